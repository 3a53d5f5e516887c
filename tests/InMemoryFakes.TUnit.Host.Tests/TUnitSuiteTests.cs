using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.TUnit.Host.Tests;

/// <summary>
/// Runs tests/InMemoryFakes.TUnit.Tests (a Microsoft.Testing.Platform app, which the repository's VSTest-mode
/// <c>dotnet test</c> cannot run itself) and passes only when every one of its TUnit tests passed.
/// </summary>
public sealed class TUnitSuiteTests
{
    [Fact]
    public async Task Every_TUnit_fixture_test_passes()
    {
        var app = typeof(TUnitSuiteTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TUnitTestApp").Value!;
        Assert.True(File.Exists(app), "The TUnit test app was not built: " + app);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--no-ansi");
        start.ArgumentList.Add("--no-progress");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var output = await stdout + await stderr;
        TestContext.Current.TestOutputHelper?.WriteLine(output);

        Assert.True(process.ExitCode == 0, "TUnit tests failed:\n" + output);
        var succeeded = Regex.Match(output, @"succeeded:\s+(\d+)");
        Assert.True(succeeded.Success, "No TUnit summary in:\n" + output);
        Assert.Matches(@"failed:\s+0\b", output);
        // The suite has 100 parallel isolation cases alone; far fewer means discovery lost tests.
        Assert.True(int.Parse(succeeded.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 100, "Too few TUnit tests ran:\n" + output);
    }
}
