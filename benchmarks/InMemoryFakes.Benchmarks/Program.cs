using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Runs the suite. No arguments: every benchmark with the full job. <c>--quick</c>: every benchmark (or those a
/// <c>--filter</c> picks) briefly, in process, for a CI smoke run. Any other arguments go to BenchmarkSwitcher
/// (<c>--filter *Get*</c>, <c>--list flat</c>…). After a run, the targets of docs/benchmarks.md are evaluated from
/// the medians and written to BenchmarkDotNet.Artifacts/results/targets.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick", StringComparer.OrdinalIgnoreCase);
        var rest = args.Where(static a => !string.Equals(a, "--quick", StringComparison.OrdinalIgnoreCase)).ToArray();
        string[] selecting = ["--filter", "-f", "--list", "--help", "-h", "-?", "--version", "--info", "--allCategories", "--anyCategories"];
        if (!rest.Any(a => selecting.Any(s => a.StartsWith(s, StringComparison.Ordinal))))
        {
            // BenchmarkSwitcher asks interactively when nothing is selected; run everything instead.
            rest = [.. rest, "--filter", "*"];
        }

        var config = quick ? BenchmarkConfig.Quick() : BenchmarkConfig.Full();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToArray();
        if (summaries.Length == 0)
        {
            return 0;
        }

        var report = Targets.Evaluate(summaries, quick ? "quick" : "full");
        Console.WriteLine();
        Console.WriteLine(report.Markdown);
        var path = Targets.Write(summaries, report);
        Console.WriteLine("Targets written to " + path);
        return summaries.Any(static s => s.HasCriticalValidationErrors || s.Reports.Any(static r => !r.Success)) ? 1 : 0;
    }
}
