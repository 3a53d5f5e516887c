using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>The result of one CLI run: what was run, its exit code and everything it printed.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Took)
{
    public override string ToString() => $"$ {Command}  (exit {ExitCode}, {Took.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>Runs the dotnet CLI (or another program) the way a user's shell would, with a clean MSBuild environment.</summary>
public static class Dotnet
{
    public static Task<CommandResult> RunAsync(string workingDirectory, params string[] arguments)
        => RunProgramAsync("dotnet", workingDirectory, arguments);

    /// <summary>Runs a program; the outer test run's MSBuild/VSTest variables are removed so they cannot leak in.</summary>
    public static async Task<CommandResult> RunProgramAsync(string program, string workingDirectory, IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
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
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild worker nodes left behind by the many short builds of the matrix.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time.");
        }

        output.Append(await stdout).Append(await stderr);
        var result = new CommandResult(program + " " + string.Join(' ', arguments), process.ExitCode, output.ToString(), clock.Elapsed);
        // Shown with diagnosticMessages on (xunit.runner.json): where the matrix spends its time.
        Xunit.TestContext.Current.SendDiagnosticMessage($"{result.Took.TotalSeconds,6:0.0} s  exit {result.ExitCode}  {workingDirectory}$ {result.Command}");
        return result;
    }
}
