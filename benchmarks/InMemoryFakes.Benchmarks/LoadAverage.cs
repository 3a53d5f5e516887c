using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Reads the 1-minute load average (<c>/proc/loadavg</c>) when each benchmark starts and ends, so the targets table can
/// say how busy the machine was beside each result. On a 2-core machine, a load above 2 means other processes competed
/// with the benchmark for the cores (the benchmark's own threads count too: about 1, or 2 for the two-thread runs).
/// </summary>
internal sealed class LoadAverage : EventProcessor
{
    private readonly ConcurrentDictionary<string, (double Start, double End)> _byBenchmark = new(StringComparer.Ordinal);

    public static LoadAverage Instance { get; } = new();

    /// <summary>The lowest and highest 1-minute load average seen at any benchmark's start or end, or null when not available.</summary>
    public (double Min, double Max)? Range { get; private set; }

    /// <summary>The 1-minute load average now, or null where <c>/proc/loadavg</c> does not exist.</summary>
    public static double? Now()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The load averages at a benchmark's start and end ("Type.Method"), or null.</summary>
    public (double Start, double End)? Of(string benchmark) => _byBenchmark.TryGetValue(benchmark, out var load) ? load : null;

    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (Now() is { } load)
        {
            _byBenchmark[Name(benchmarkCase)] = (load, double.NaN);
            Note(load);
        }
    }

    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (Now() is { } load && _byBenchmark.TryGetValue(Name(benchmarkCase), out var started))
        {
            _byBenchmark[Name(benchmarkCase)] = (started.Start, load);
            Note(load);
        }
    }

    public static string Name(BenchmarkCase benchmarkCase)
        => benchmarkCase.Descriptor.Type.Name + "." + benchmarkCase.Descriptor.WorkloadMethod.Name;

    private void Note(double load)
    {
        lock (_byBenchmark)
        {
            Range = Range is { } range ? (Math.Min(range.Min, load), Math.Max(range.Max, load)) : (load, load);
        }
    }
}
