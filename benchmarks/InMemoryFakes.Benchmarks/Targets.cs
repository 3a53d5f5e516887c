using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace InMemoryFakes.Benchmarks;

/// <summary>The targets of docs/benchmarks.md, evaluated from a run's medians (ratios of medians, not of means).</summary>
internal static class Targets
{
    private enum Kind
    {
        /// <summary>numerator / denominator must be at most the limit.</summary>
        AtMost,

        /// <summary>numerator / denominator must be at least the limit.</summary>
        AtLeast,

        /// <summary>the numerator's median (ns) must be at most the limit (ns).</summary>
        TimeAtMost,

        /// <summary>the numerator's allocation per operation (bytes) must be at most the limit.</summary>
        BytesAtMost,

        /// <summary>measured, no target.</summary>
        Report,
    }

    private sealed record Target(string Scenario, string Text, Kind Kind, string Numerator, string? Denominator, double Limit);

    private static readonly Target[] All =
    [
        new("Get by key", "fake (reference) ≤ 2× ConcurrentDictionary.TryGetValue", Kind.AtMost, "GetByKeyBenchmarks.Fake_Find_Reference", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 2),
        new("Get by key", "fake (copy-on-read, mutable class) ≤ 3× ConcurrentDictionary.TryGetValue", Kind.AtMost, "GetByKeyBenchmarks.Fake_Find_CopyOnRead", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 3),
        new("Get by key", "Moq-backed fake ≥ 20× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.Moq_Find", "GetByKeyBenchmarks.Fake_Find_Reference", 20),
        new("Get by key", "NSubstitute-backed fake ≥ 20× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.NSubstitute_Find", "GetByKeyBenchmarks.Fake_Find_Reference", 20),
        new("Get by key", "EF Core InMemory by key (AsNoTracking, 20k rows) ≥ 1,000× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.EfCore_QueryByKey_NoTracking", "GetByKeyBenchmarks.Fake_Find_Reference", 1000),
        new("Get by key", "fake (reference) allocates 0 B per get", Kind.BytesAtMost, "GetByKeyBenchmarks.Fake_Find_Reference", null, 0),
        new("Add/upsert", "fake upsert (reference) ≤ 2× ConcurrentDictionary indexer set", Kind.AtMost, "UpsertBenchmarks.Fake_Upsert_Reference", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 2),
        new("Add/upsert", "fake upsert (copy-on-write) vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.Fake_Upsert_CopyOnWrite", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Key-value with TTL", "fake set with TTL ≤ 1× MemoryCache.Set (absolute expiry)", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_Set_Ttl", "KeyValueTtlBenchmarks.MemoryCache_Set_AbsoluteExpiry", 1),
        new("Key-value with TTL", "fake TryGet ≤ 1× MemoryCache.TryGetValue", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_TryGet", "KeyValueTtlBenchmarks.MemoryCache_TryGetValue", 1),
        new("Key-value with TTL", "fake Get ≤ 1× MemoryCache.TryGetValue", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_Get", "KeyValueTtlBenchmarks.MemoryCache_TryGetValue", 1),
        new("Fresh fake per test", "FakeScope + first fake ≤ 2 µs", Kind.TimeAtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", null, 2_000),
        new("Fresh fake per test", "FakeScope + first fake ≤ 1/100 of a Moq mock with 3 setups", Kind.AtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", "FreshPerTestBenchmarks.Moq_MockWith3Setups", 0.01),
        new("Fresh fake per test", "FakeScope + first fake ≤ 1/10 of a fresh EF Core InMemory context + database", Kind.AtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", "FreshPerTestBenchmarks.EfCore_FreshContextAndDatabase", 0.1),
        new("Query (100k entities)", "indexed equality query (one match, FindByEmail) ≤ 5× key lookup", Kind.AtMost, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.Fake_Find_ByKey", 5),
        new("Query (100k entities)", "unindexed scan (derived FindByRegion, 1,000 matches) ≤ 1.2× LINQ Where over the same values", Kind.AtMost, "QueryBenchmarks.Fake_Unindexed_FindByRegion", "QueryBenchmarks.Linq_Where_ToList", 1.2),
        new("Query (100k entities)", "unindexed scan (runtime EntityTable.Where) vs LINQ Where", Kind.Report, "QueryBenchmarks.Fake_Scan_Where", "QueryBenchmarks.Linq_Where_ToList", 0),
        new("Query (100k entities)", "indexed FindByCountry (1,000 matches) vs LINQ Where", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByCountry", "QueryBenchmarks.Linq_Where_ToList", 0),
        new("2 threads, 90/10 read/write", "throughput on 2 threads ≥ 1.5× one thread", Kind.AtLeast, "ConcurrencyBenchmarks.Fake_1Thread", "ConcurrencyBenchmarks.Fake_2Threads", 1.5),
        new("2 threads, 90/10 read/write", "ConcurrentDictionary: throughput on 2 threads vs one thread", Kind.Report, "ConcurrencyBenchmarks.ConcurrentDictionary_1Thread", "ConcurrencyBenchmarks.ConcurrentDictionary_2Threads", 0),
        new("Generator (200 interfaces)", "first run ≤ 2 ms per interface", Kind.TimeAtMost, "GeneratorBenchmarks.FirstRun_PerInterface", null, 2_000_000),
        new("Generator (200 interfaces)", "re-run after an unrelated edit, per interface (measured only)", Kind.Report, "GeneratorBenchmarks.RerunAfterUnrelatedEdit_PerInterface", null, 0),
        new("Generator (200 interfaces)", "re-run / first run (measured only)", Kind.Report, "GeneratorBenchmarks.RerunAfterUnrelatedEdit_PerInterface", "GeneratorBenchmarks.FirstRun_PerInterface", 0),
    ];

    public sealed record Result(string Markdown, int Met, int Missed, int NotRun);

    public static Result Evaluate(IReadOnlyList<Summary> summaries, string mode)
    {
        var medians = new Dictionary<string, (double Median, long? Bytes)>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(static s => s.Reports))
        {
            if (report.ResultStatistics is not { } stats)
            {
                continue;
            }

            var name = report.BenchmarkCase.Descriptor.Type.Name + "." + report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            medians[name] = (stats.Median, bytes);
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets ({mode} run; ratios of medians)");
        text.AppendLine();
        text.AppendLine("| Scenario | Target | Numerator median | Denominator median | Measured | Result |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
        int met = 0, missed = 0, notRun = 0;
        foreach (var target in All)
        {
            var hasNumerator = medians.TryGetValue(target.Numerator, out var numerator);
            var denominator = (Median: double.NaN, Bytes: (long?)null);
            var hasDenominator = target.Denominator is null || medians.TryGetValue(target.Denominator, out denominator);
            if (!hasNumerator || !hasDenominator)
            {
                notRun++;
                text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Scenario} | {target.Text} | | | | not run |");
                continue;
            }

            string measured;
            bool? ok;
            switch (target.Kind)
            {
                case Kind.TimeAtMost:
                    measured = Time(numerator.Median);
                    ok = numerator.Median <= target.Limit;
                    break;
                case Kind.BytesAtMost:
                    measured = numerator.Bytes is { } b ? b.ToString(CultureInfo.InvariantCulture) + " B" : "?";
                    ok = numerator.Bytes is { } bytes && bytes <= target.Limit;
                    break;
                default:
                    var ratio = target.Denominator is null ? double.NaN : numerator.Median / denominator.Median;
                    measured = target.Denominator is null ? Time(numerator.Median) : Ratio(ratio);
                    ok = target.Kind switch
                    {
                        Kind.AtMost => ratio <= target.Limit,
                        Kind.AtLeast => ratio >= target.Limit,
                        _ => null,
                    };
                    break;
            }

            var verdict = ok switch { true => "MET", false => "MISSED", null => "measured" };
            if (ok == true)
            {
                met++;
            }
            else if (ok == false)
            {
                missed++;
            }

            var denominatorText = target.Denominator is null ? "" : Time(denominator.Median);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Scenario} | {target.Text} | {Time(numerator.Median)} | {denominatorText} | {measured} | {verdict} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{met} met, {missed} missed, {notRun} not run or pending.");
        return new Result(text.ToString(), met, missed, notRun);
    }

    public static string Write(IReadOnlyList<Summary> summaries, Result result)
    {
        var directory = summaries[0].ResultsDirectoryPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "targets.md");
        var host = string.Join(Environment.NewLine, summaries[0].HostEnvironmentInfo.ToFormattedString());
        File.WriteAllText(path, "```\n" + host + "\n```\n\n" + result.Markdown);
        return path;
    }

    private static string Ratio(double ratio) => ratio >= 100
        ? ratio.ToString("N0", CultureInfo.InvariantCulture) + "×"
        : ratio.ToString(ratio < 0.1 ? "0.0000" : "0.00", CultureInfo.InvariantCulture) + "×";

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1_000_000 => (nanoseconds / 1_000_000).ToString("N2", CultureInfo.InvariantCulture) + " ms",
        >= 1_000 => (nanoseconds / 1_000).ToString("N2", CultureInfo.InvariantCulture) + " µs",
        _ => nanoseconds.ToString("N1", CultureInfo.InvariantCulture) + " ns",
    };
}
