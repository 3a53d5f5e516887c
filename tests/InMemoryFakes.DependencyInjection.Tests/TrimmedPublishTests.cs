using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

/// <summary>
/// samples/TrimmedPersistence, published self-contained and fully trimmed with every trim warning an error, saves its
/// fakes and reads them back: the generated JSON metadata is all persistence needs, and nothing in the app, the
/// generated code or the InMemoryFakes libraries warns.
/// </summary>
public sealed class TrimmedPublishTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "inmemoryfakes-trimmed-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_fully_trimmed_app_publishes_without_warnings_and_round_trips_its_fakes()
    {
        var project = Path.Combine(RepositoryRoot(), "samples", "TrimmedPersistence", "TrimmedPersistence.csproj");
        var output = Path.Combine(_root, "out");

        var (publishCode, publishLog) = await RunAsync("dotnet", "publish", project, "-c", "Release", "-o", output);

        Assert.True(publishCode == 0, "dotnet publish failed:\n" + publishLog);
        Assert.DoesNotMatch(@"warning (IL\d{4}|CS\d{4})", publishLog);
        var coreLib = new FileInfo(Path.Combine(output, "System.Private.CoreLib.dll"));
        Assert.True(coreLib.Exists, "Not a self-contained publish.");
        Assert.True(coreLib.Length < new FileInfo(typeof(object).Assembly.Location).Length / 2, "Not trimmed: System.Private.CoreLib is " + coreLib.Length + " bytes.");

        var app = Path.Combine(output, "TrimmedPersistence");
        var file = Path.Combine(_root, "data", "fakes.json");
        var (writeCode, written) = await RunAsync(app, file, "write");
        Assert.True(writeCode == 0, written);
        var (readCode, read) = await RunAsync(app, file, "read");
        Assert.True(readCode == 0, read);
        Assert.Equal("Dune|Fiction|Frank Herbert 1920|5", read.Trim());
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild and test-platform variables would leak into the nested build.
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
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
