using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes.Packaging.Tests;
using Xunit;

[assembly: AssemblyFixture(typeof(PackedPackages))]

namespace InMemoryFakes.Packaging.Tests;

/// <summary>
/// Packs every package once per run into one local feed, with a version unique to the run (so no stale copy in the
/// NuGet cache can be used), and writes the nuget.config every fresh project of the run restores through.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public static readonly string[] PackageIds =
    {
        "InMemoryFakes", "InMemoryFakes.DependencyInjection", "InMemoryFakes.Xunit", "InMemoryFakes.NUnit", "InMemoryFakes.MSTest", "InMemoryFakes.TUnit",
    };

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "inmemoryfakes-packaging-" + Guid.NewGuid().ToString("N")[..8]);

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The folder the fresh projects live in; its nuget.config adds <see cref="Feed"/> to the user's sources.</summary>
    public string Projects => Path.Combine(Root, "projects");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string PathOf(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Projects);

        // Pack from a copy of the sources so this never writes into the build output other test
        // projects of the same run are using.
        var repository = Path.Combine(Root, "source");
        CopySources(RepositoryRoot, repository);
        // One pack of a solution holding the packable projects: one restore, one build graph.
        var solution = Path.Combine(repository, "Packages.slnx");
        await File.WriteAllTextAsync(solution, """
            <Solution>
              <Project Path="src/Runtime/InMemoryFakes/InMemoryFakes.csproj" />
              <Project Path="src/Runtime/InMemoryFakes.DependencyInjection/InMemoryFakes.DependencyInjection.csproj" />
              <Project Path="src/Testing/InMemoryFakes.Xunit/InMemoryFakes.Xunit.csproj" />
              <Project Path="src/Testing/InMemoryFakes.NUnit/InMemoryFakes.NUnit.csproj" />
              <Project Path="src/Testing/InMemoryFakes.MSTest/InMemoryFakes.MSTest.csproj" />
              <Project Path="src/Testing/InMemoryFakes.TUnit/InMemoryFakes.TUnit.csproj" />
            </Solution>
            """);
        var pack = await Dotnet.RunAsync(repository, "pack", solution, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--nologo");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
        }

        await File.WriteAllTextAsync(Path.Combine(Projects, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="inmemoryfakes-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    public ValueTask DisposeAsync()
    {
        TryDelete(Root);
        // The run's packages were restored into the user's NuGet cache under this run's unique version: remove them.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            TryDelete(Path.Combine(cache, id.ToLowerInvariant(), Version));
        }

        return ValueTask.CompletedTask;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", ".editorconfig" })
        {
            Directory.CreateDirectory(to);
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }

        CopyTree(Path.Combine(from, "src"), Path.Combine(to, "src"));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(dir, Path.Combine(to, name));
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InMemoryFakes.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InMemoryFakes.sln not found above " + AppContext.BaseDirectory);
    }
}
