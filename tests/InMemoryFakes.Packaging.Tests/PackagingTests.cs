using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>
/// The path a new user takes: pack the four packages, then create a brand-new test project outside
/// this repository that references them by PackageReference (a local folder feed plus the normal
/// source), annotate an interface, and build and run its tests. One pack per run, shared by the tests.
/// </summary>
public sealed class PackagingTests : IClassFixture<PackagingTests.PackedPackages>
{
    private static readonly string[] PackageIds =
    {
        "InMemoryFakes", "InMemoryFakes.DependencyInjection", "InMemoryFakes.Xunit", "InMemoryFakes.NUnit",
    };

    private readonly PackedPackages _packages;

    public PackagingTests(PackedPackages packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Every_package_carries_readme_license_description_tags_and_xml_docs()
    {
        foreach (var id in PackageIds)
        {
            using var zip = ZipFile.OpenRead(_packages.PathOf(id));
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            var nuspec = ReadNuspec(zip);
            string Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

            Assert.Contains("README.md", entries);
            Assert.Equal("MIT", Meta("license"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("description")), id + " has no description");
            Assert.False(string.IsNullOrWhiteSpace(Meta("tags")), id + " has no tags");
            foreach (var tfm in new[] { "net8.0", "net10.0" })
            {
                Assert.Contains($"lib/{tfm}/{id}.dll", entries);
                Assert.Contains($"lib/{tfm}/{id}.xml", entries);
            }
        }
    }

    [Fact]
    public void The_runtime_package_carries_the_generator_as_an_analyzer()
    {
        using var zip = ZipFile.OpenRead(_packages.PathOf("InMemoryFakes"));
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/InMemoryFakes.Generators.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("InMemoryFakes.Generators.dll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_brand_new_test_project_restores_the_packages_generates_a_fake_and_passes_its_tests()
    {
        var project = Path.Combine(_packages.Root, "NewUser.Tests");
        Directory.CreateDirectory(project);
        await File.WriteAllTextAsync(Path.Combine(_packages.Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{_packages.Feed}" />
              </packageSources>
            </configuration>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(project, "NewUser.Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="InMemoryFakes" Version="{_packages.Version}" />
                <PackageReference Include="InMemoryFakes.Xunit" Version="{_packages.Version}" />
                <PackageReference Include="InMemoryFakes.DependencyInjection" Version="{_packages.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.14" />
                <PackageReference Include="xunit.v3" Version="3.2.2" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
              </ItemGroup>
            </Project>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(project, "OrderTests.cs"), """
            using InMemoryFakes;
            using InMemoryFakes.Xunit;
            using Microsoft.Extensions.DependencyInjection;
            using Xunit;

            namespace NewUser.Tests;

            public sealed class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Order Add(Order order);
                Order? Find(int id);
                Task<int> CountAsync(CancellationToken cancellationToken);
            }

            public class OrderTests : InMemoryFixture
            {
                [Fact]
                public async Task Orders_get_ids_and_are_found_again()
                {
                    var orders = Get<IOrderRepository>();
                    var order = orders.Add(new Order { Customer = "Ada" });
                    Assert.Equal(1, order.Id);
                    Assert.Equal("Ada", orders.Find(1)!.Customer);
                    Assert.Equal(1, await orders.CountAsync(CancellationToken));
                }

                [Fact]
                public void The_fake_can_be_resolved_from_dependency_injection()
                {
                    using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();
                    Assert.IsType<InMemoryOrderRepository>(provider.GetRequiredService<IOrderRepository>());
                }
            }
            """, TestContext.Current.CancellationToken);

        var run = await Dotnet.RunAsync(project, "test", "--nologo");

        Assert.True(run.ExitCode == 0, "dotnet test of the new project failed:\n" + run.Output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+2,", run.Output);
    }

    private static XDocument ReadNuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    /// <summary>Packs the packages once, with a version unique to this run so no stale copy in the NuGet cache can be used.</summary>
    public sealed class PackedPackages : IAsyncLifetime
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "inmemoryfakes-packaging-" + Guid.NewGuid().ToString("N")[..8]);

        public string Feed => Path.Combine(Root, "feed");

        public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        public string PathOf(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

        public async ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(Feed);

            // Pack from a copy of the sources so this never writes into the build output other test
            // projects of the same run are using.
            var repository = Path.Combine(Root, "source");
            CopySources(RepositoryRoot(), repository);
            // One pack of a solution holding the four packable projects: one restore, one build graph.
            var solution = Path.Combine(repository, "Packages.slnx");
            await File.WriteAllTextAsync(solution, """
                <Solution>
                  <Project Path="src/Runtime/InMemoryFakes/InMemoryFakes.csproj" />
                  <Project Path="src/Runtime/InMemoryFakes.DependencyInjection/InMemoryFakes.DependencyInjection.csproj" />
                  <Project Path="src/Testing/InMemoryFakes.Xunit/InMemoryFakes.Xunit.csproj" />
                  <Project Path="src/Testing/InMemoryFakes.NUnit/InMemoryFakes.NUnit.csproj" />
                </Solution>
                """);
            var pack = await Dotnet.RunAsync(repository, "pack", solution, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--nologo");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack failed:\n{pack.Output}");
            }
        }

        public ValueTask DisposeAsync()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }

            return ValueTask.CompletedTask;
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

        private static string RepositoryRoot()
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

    private static class Dotnet
    {
        /// <summary>Runs the dotnet CLI with a clean MSBuild environment (the outer test run sets variables that would leak in).</summary>
        public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var name in start.Environment.Keys.ToList())
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase) || name == "DOTNET_HOST_PATH")
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            await process.WaitForExitAsync(timeout.Token);
            output.Append(await stdout).Append(await stderr);
            return (process.ExitCode, output.ToString());
        }
    }
}
