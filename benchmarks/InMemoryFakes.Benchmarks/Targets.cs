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

    /// <summary>One target. <paramref name="FallbackFor"/>: the text of the target this one replaces when that one is missed (evaluated only then).</summary>
    private sealed record Target(string Scenario, string Text, Kind Kind, string Numerator, string? Denominator, double Limit, string? FallbackFor = null);

    private const string UpsertTarget = "fake upsert (reference) ≤ 3× ConcurrentDictionary indexer set";
    private const string InsertTarget = "20,000 inserts into a fresh fake (reference) ≤ 4× ConcurrentDictionary.TryAdd";

    private static readonly Target[] All =
    [
        new("Get by key", "fake (reference) ≤ 1.5× ConcurrentDictionary.TryGetValue", Kind.AtMost, "GetByKeyBenchmarks.Fake_Find_Reference", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 1.5),
        new("Get by key", "hand-written fake over ConcurrentDictionary, called through the interface, vs ConcurrentDictionary.TryGetValue", Kind.Report, "GetByKeyBenchmarks.HandWrittenFake_Find", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 0),
        new("Get by key", "ConcurrentDictionary of entries of the fake's size (104 B: timestamps, version, expiry, chain link) vs ConcurrentDictionary.TryGetValue", Kind.Report, "GetByKeyBenchmarks.ConcurrentDictionaryOfEntries_TryGetValue", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 0),
        new("Get by key", "fake (reference) vs ConcurrentDictionary of entries of the fake's size", Kind.Report, "GetByKeyBenchmarks.Fake_Find_Reference", "GetByKeyBenchmarks.ConcurrentDictionaryOfEntries_TryGetValue", 0),
        new("Get by key", "fake (reference) vs the hand-written fake", Kind.Report, "GetByKeyBenchmarks.Fake_Find_Reference", "GetByKeyBenchmarks.HandWrittenFake_Find", 0),
        new("Get by key", "fake (copy-on-read, 4-property class) ≤ 3× ConcurrentDictionary.TryGetValue", Kind.AtMost, "GetByKeyBenchmarks.Fake_Find_CopyOnRead", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 3),
        new("Get by key", "ConcurrentDictionary.TryGetValue + hand-written copy (new Customer { … }, a copying read's floor) vs ConcurrentDictionary.TryGetValue", Kind.Report, "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue_HandWrittenCopy", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue", 0),
        new("Get by key", "fake (copy-on-read) vs ConcurrentDictionary.TryGetValue + hand-written copy", Kind.Report, "GetByKeyBenchmarks.Fake_Find_CopyOnRead", "GetByKeyBenchmarks.ConcurrentDictionary_TryGetValue_HandWrittenCopy", 0),
        new("Get by key", "Moq-backed fake ≥ 20× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.Moq_Find", "GetByKeyBenchmarks.Fake_Find_Reference", 20),
        new("Get by key", "NSubstitute-backed fake ≥ 20× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.NSubstitute_Find", "GetByKeyBenchmarks.Fake_Find_Reference", 20),
        new("Get by key", "EF Core InMemory by key (AsNoTracking, 20k rows) ≥ 1,000× slower than fake (reference)", Kind.AtLeast, "GetByKeyBenchmarks.EfCore_QueryByKey_NoTracking", "GetByKeyBenchmarks.Fake_Find_Reference", 1000),
        new("Get by key", "fake (reference) allocates 0 B per get", Kind.BytesAtMost, "GetByKeyBenchmarks.Fake_Find_Reference", null, 0),
        new("Add/upsert", UpsertTarget, Kind.AtMost, "UpsertBenchmarks.Fake_Upsert_Reference", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 3),
        new("Add/upsert", "fake upsert (reference) ≤ 1.5× lock + Dictionary set (only if the target above is missed)", Kind.AtMost, "UpsertBenchmarks.Fake_Upsert_Reference", "UpsertBenchmarks.LockedDictionary_IndexerSet", 1.5, UpsertTarget),
        new("Add/upsert", "hand-written fake over ConcurrentDictionary, called through the interface, vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.HandWrittenFake_Upsert", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Add/upsert", "lock + Dictionary set vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.LockedDictionary_IndexerSet", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Add/upsert", "one system clock read (TimeProvider.System.GetUtcNow) vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.Clock_GetUtcNow", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Add/upsert", "fake upsert (reference) vs lock + clock read + Dictionary set (a timestamped write's floor)", Kind.Report, "UpsertBenchmarks.Fake_Upsert_Reference", "UpsertBenchmarks.LockedDictionaryWithClock_IndexerSet", 0),
        new("Add/upsert", "fake upsert (reference) vs lock + clock read + a new entry object + Dictionary set (the floor of a store whose readers take no lock)", Kind.Report, "UpsertBenchmarks.Fake_Upsert_Reference", "UpsertBenchmarks.LockedEntryDictionaryWithClock_IndexerSet", 0),
        new("Add/upsert", "fake upsert (reference) on a ManualClock (the clock InMemoryFixture gives each test) vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.Fake_Upsert_Reference_ManualClock", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Add/upsert", "fake upsert (copy-on-write) vs ConcurrentDictionary indexer set", Kind.Report, "UpsertBenchmarks.Fake_Upsert_CopyOnWrite", "UpsertBenchmarks.ConcurrentDictionary_IndexerSet", 0),
        new("Inserts (20,000, fresh store)", InsertTarget, Kind.AtMost, "InsertBenchmarks.Fake_Insert20k_Reference", "InsertBenchmarks.ConcurrentDictionary_Insert20k", 4),
        new("Inserts (20,000, fresh store)", "fake (reference) ≤ 1.5× lock + Dictionary (only if the target above is missed)", Kind.AtMost, "InsertBenchmarks.Fake_Insert20k_Reference", "InsertBenchmarks.LockedDictionary_Insert20k", 1.5, InsertTarget),
        new("Inserts (20,000, fresh store)", "lock + Dictionary vs ConcurrentDictionary", Kind.Report, "InsertBenchmarks.LockedDictionary_Insert20k", "InsertBenchmarks.ConcurrentDictionary_Insert20k", 0),
        new("Inserts (20,000, fresh store)", "fake (reference) vs lock + clock read + Dictionary (a timestamped write's floor)", Kind.Report, "InsertBenchmarks.Fake_Insert20k_Reference", "InsertBenchmarks.LockedDictionaryWithClock_Insert20k", 0),
        new("Inserts (20,000, fresh store)", "fake (copy-on-write) vs ConcurrentDictionary", Kind.Report, "InsertBenchmarks.Fake_Insert20k_CopyOnWrite", "InsertBenchmarks.ConcurrentDictionary_Insert20k", 0),
        new("Key-value with TTL", "fake set with TTL ≤ 1× MemoryCache.Set (absolute expiry)", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_Set_Ttl", "KeyValueTtlBenchmarks.MemoryCache_Set_AbsoluteExpiry", 1),
        new("Key-value with TTL", "fake set with TTL vs lock + clock read + a new entry object + Dictionary set (the floor of a store whose readers take no lock)", Kind.Report, "KeyValueTtlBenchmarks.Fake_Set_Ttl", "KeyValueTtlBenchmarks.LockedEntryDictionaryWithClock_Set_Ttl", 0),
        new("Key-value with TTL", "fake set with TTL on a ManualClock (no system-clock read) vs MemoryCache.Set", Kind.Report, "KeyValueTtlBenchmarks.Fake_Set_Ttl_ManualClock", "KeyValueTtlBenchmarks.MemoryCache_Set_AbsoluteExpiry", 0),
        new("Key-value with TTL", "one system clock read (TimeProvider.System.GetUtcNow) vs MemoryCache.Set", Kind.Report, "KeyValueTtlBenchmarks.Clock_GetUtcNow", "KeyValueTtlBenchmarks.MemoryCache_Set_AbsoluteExpiry", 0),
        new("Key-value with TTL", "fake TryGet ≤ 1× MemoryCache.TryGetValue", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_TryGet", "KeyValueTtlBenchmarks.MemoryCache_TryGetValue", 1),
        new("Key-value with TTL", "fake Get ≤ 1× MemoryCache.TryGetValue", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_Get", "KeyValueTtlBenchmarks.MemoryCache_TryGetValue", 1),
        new("Key-value with TTL", "fake Get of object values (strings) ≤ 1× MemoryCache.TryGetValue", Kind.AtMost, "KeyValueTtlBenchmarks.Fake_Get_ObjectValue", "KeyValueTtlBenchmarks.MemoryCache_TryGetValue", 1),
        new("Fresh fake per test", "FakeScope + first fake ≤ 2 µs", Kind.TimeAtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", null, 2_000),
        new("Fresh fake per test", "FakeScope + first fake ≤ 1/100 of a Moq mock with 3 setups", Kind.AtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", "FreshPerTestBenchmarks.Moq_MockWith3Setups", 0.01),
        new("Fresh fake per test", "FakeScope + first fake ≤ 1/10 of a fresh EF Core InMemory context + database", Kind.AtMost, "FreshPerTestBenchmarks.Fake_FakeScopeAndFirstFake", "FreshPerTestBenchmarks.EfCore_FreshContextAndDatabase", 0.1),
        new("Per test: fixture + 10 operations", "EF Core on a fresh SQLite in-memory database (EnsureCreated) ≥ 1,000× slower than the fake", Kind.AtLeast, "PerTestBenchmarks.Sqlite_FreshInMemoryDatabase_TenOperations", "PerTestBenchmarks.Fake_FreshScope_TenOperations", 1000),
        new("Per test: fixture + 10 operations", "EF Core on PostgreSQL, one transaction rolled back per test, vs the fake", Kind.Report, "PerTestBenchmarks.PostgreSql_TransactionRolledBack_TenOperations", "PerTestBenchmarks.Fake_FreshScope_TenOperations", 0),
        new("Per test: fixture + 10 operations", "EF Core InMemory, fresh database per test, vs the fake", Kind.Report, "PerTestBenchmarks.EfCoreInMemory_FreshDatabase_TenOperations", "PerTestBenchmarks.Fake_FreshScope_TenOperations", 0),
        new("Query (100k entities)", "indexed equality query (one match, FindByEmail) ≤ 5× key lookup", Kind.AtMost, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.Fake_Find_ByKey", 5),
        new("Query (100k entities)", "Dictionary<string, Account>.TryGetValue by email (a lookup by the string's hash, the floor of any lookup by it) vs key lookup", Kind.Report, "QueryBenchmarks.Dictionary_ByEmail_TryGetValue", "QueryBenchmarks.Fake_Find_ByKey", 0),
        new("Query (100k entities)", "two dictionaries, email → key → account (a secondary index's floor) vs key lookup", Kind.Report, "QueryBenchmarks.Dictionaries_EmailToKey_ThenKeyToAccount", "QueryBenchmarks.Fake_Find_ByKey", 0),
        new("Query (100k entities)", "the two dictionaries under a lock (a locked secondary index's floor) vs key lookup", Kind.Report, "QueryBenchmarks.LockedDictionaries_EmailToKey_ThenKeyToAccount", "QueryBenchmarks.Fake_Find_ByKey", 0),
        new("Query (100k entities)", "indexed FindByEmail vs the two dictionaries under a lock", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.LockedDictionaries_EmailToKey_ThenKeyToAccount", 0),
        new("Query (100k entities)", "indexed FindByEmail vs the two dictionaries under a lock, then the predicate's read of the entity (email compared): the floor of a probe whose predicate still decides", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.LockedDictionaries_EmailToKey_ThenKeyToAccount_ThenPredicate", 0),
        new("Query (100k entities)", "indexed FindByEmail vs two dictionaries, email → key → account", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.Dictionaries_EmailToKey_ThenKeyToAccount", 0),
        new("Query (100k entities)", "indexed FindByEmail vs Dictionary<string, Account>.TryGetValue by email", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByEmail", "QueryBenchmarks.Dictionary_ByEmail_TryGetValue", 0),
        new("Query (100k entities)", "unindexed scan (derived FindByRegion, 1,000 matches) ≤ 1.5× LINQ Where over the same values", Kind.AtMost, "QueryBenchmarks.Fake_Unindexed_FindByRegion", "QueryBenchmarks.Linq_Where_ToList", 1.5),
        new("Query (100k entities)", "unindexed scan (runtime EntityTable.Where) vs LINQ Where", Kind.Report, "QueryBenchmarks.Fake_Scan_Where", "QueryBenchmarks.Linq_Where_ToList", 0),
        new("Query (100k entities)", "scan predicate A/B: ordinal form (the value as state, string.Equals(a, b)) vs the comparison carried in a tuple state", Kind.Report, "QueryBenchmarks.Fake_Scan_OrdinalEquals", "QueryBenchmarks.Fake_Scan_ComparisonInState", 0),
        new("Query (100k entities)", "indexed FindByCountry (1,000 matches) vs LINQ Where", Kind.Report, "QueryBenchmarks.Fake_Indexed_FindByCountry", "QueryBenchmarks.Linq_Where_ToList", 0),
        new("2 threads, 90/10 read/write", "throughput on 2 threads ≥ 1.5× one thread", Kind.AtLeast, "ConcurrencyBenchmarks.Fake_1Thread", "ConcurrencyBenchmarks.Fake_2Threads", 1.5),
        new("2 threads, 90/10 read/write", "ConcurrentDictionary: throughput on 2 threads vs one thread", Kind.Report, "ConcurrencyBenchmarks.ConcurrentDictionary_1Thread", "ConcurrencyBenchmarks.ConcurrentDictionary_2Threads", 0),
        new("2 threads, 90/10 read/write", "control with the fake's write pattern (ConcurrentDictionary of a new immutable entry per write) vs the plain ConcurrentDictionary, one thread", Kind.Report, "ConcurrencyBenchmarks.ConcurrentDictionaryOfEntries_1Thread", "ConcurrencyBenchmarks.ConcurrentDictionary_1Thread", 0),
        new("2 threads, 90/10 read/write", "control with the fake's write pattern: throughput on 2 threads vs one thread", Kind.Report, "ConcurrencyBenchmarks.ConcurrentDictionaryOfEntries_1Thread", "ConcurrencyBenchmarks.ConcurrentDictionaryOfEntries_2Threads", 0),
        new("2 threads, 90/10 read/write", "fake (mixed) vs the fake's reads alone, one thread", Kind.Report, "ConcurrencyBenchmarks.Fake_1Thread", "ConcurrencyBenchmarks.Fake_ReadsOnly_1Thread", 0),
        new("2 threads, 90/10 read/write", "fake, the same lists' reads only (no write lock): throughput on 2 threads vs one thread", Kind.Report, "ConcurrencyBenchmarks.Fake_ReadsOnly_1Thread", "ConcurrencyBenchmarks.Fake_ReadsOnly_2Threads", 0),
        new("Generator (200 interfaces)", "first run ≤ 1 ms per interface", Kind.TimeAtMost, "GeneratorBenchmarks.FirstRun_PerInterface", null, 1_000_000),
        new("Generator (200 interfaces)", "re-run after an unrelated edit ≤ 0.25× the first run", Kind.AtMost, "GeneratorBenchmarks.RerunAfterUnrelatedEdit_PerInterface", "GeneratorBenchmarks.FirstRun_PerInterface", 0.25),
        new("Generator (200 interfaces)", "re-run after an unrelated edit ≤ 3× a no-op ForAttributeWithMetadataName generator's re-run", Kind.AtMost, "GeneratorBenchmarks.RerunAfterUnrelatedEdit_PerInterface", "GeneratorBenchmarks.NoOpFloor_RerunAfterUnrelatedEdit_PerInterface", 3),
        new("Generator (200 interfaces)", "first run vs the no-op generator's first run (measured only)", Kind.Report, "GeneratorBenchmarks.FirstRun_PerInterface", "GeneratorBenchmarks.NoOpFloor_FirstRun_PerInterface", 0),
        new("Generator (200 interfaces)", "binding floor (a generator that binds each target's signatures and their source types' properties, emits nothing) vs the no-op generator's first run (measured only)", Kind.Report, "GeneratorBenchmarks.BindingFloor_FirstRun_PerInterface", "GeneratorBenchmarks.NoOpFloor_FirstRun_PerInterface", 0),
        new("Generator (200 interfaces)", "first run vs the binding floor's first run (measured only)", Kind.Report, "GeneratorBenchmarks.FirstRun_PerInterface", "GeneratorBenchmarks.BindingFloor_FirstRun_PerInterface", 0),
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
        text.AppendLine("| Scenario | Target | Numerator median | Denominator median | Measured | Result | Load avg (1 min) at start → end |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | --- | --- |");
        int met = 0, missed = 0, notRun = 0;
        var verdicts = new Dictionary<string, bool?>(StringComparer.Ordinal);
        foreach (var target in All)
        {
            var load = Load(target);
            if (target.FallbackFor is { } primary && verdicts.TryGetValue(primary, out var primaryMet) && primaryMet != false)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Scenario} | {target.Text} | | | | not needed: the target above is {(primaryMet == true ? "met" : "not run")} | |");
                continue;
            }

            var hasNumerator = medians.TryGetValue(target.Numerator, out var numerator);
            var denominator = (Median: double.NaN, Bytes: (long?)null);
            var hasDenominator = target.Denominator is null || medians.TryGetValue(target.Denominator, out denominator);
            if (!hasNumerator || !hasDenominator)
            {
                notRun++;
                verdicts[target.Text] = null;
                text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Scenario} | {target.Text} | | | | not run{WhyNotRun(target)} | {load} |");
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
            verdicts[target.Text] = ok;
            if (ok == true)
            {
                met++;
            }
            else if (ok == false)
            {
                missed++;
            }

            var denominatorText = target.Denominator is null ? "" : Time(denominator.Median);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Scenario} | {target.Text} | {Time(numerator.Median)} | {denominatorText} | {measured} | {verdict} | {load} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{met} met, {missed} missed, {notRun} not run or pending.");
        text.AppendLine();
        var cores = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        text.AppendLine(LoadAverage.Instance.Range is { } range
            ? string.Create(CultureInfo.InvariantCulture, $"1-minute load average (/proc/loadavg) at the starts and ends of the benchmarks: {range.Min:0.00} to {range.Max:0.00}, on {cores} cores; now {LoadAverage.Now():0.00}. Above {cores}, other processes were competing with the benchmarks for the cores.")
            : "Load average: not available on this system (/proc/loadavg).");
        if (SchedulerHints() is { } hints)
        {
            text.AppendLine();
            text.AppendLine("Kernel scheduler and clock settings of this host (/proc/cmdline): " + hints + ". A virtual machine may place its virtual CPUs on fewer physical cores, which the two-thread rows and their ConcurrentDictionary control show.");
        }

        return new Result(text.ToString(), met, missed, notRun);
    }

    /// <summary>
    /// The kernel command line's scheduler and clock switches (<c>sched_…</c>, <c>clocksource</c>, <c>tsc</c>), which say
    /// how a virtual machine's CPUs and clock behave; null where there is no <c>/proc/cmdline</c> or none is set.
    /// </summary>
    private static string? SchedulerHints()
    {
        try
        {
            var switches = File.ReadAllText("/proc/cmdline")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .TakeWhile(static s => s != "--")
                .Where(static s => s.StartsWith("sched_", StringComparison.Ordinal) || s.StartsWith("clocksource=", StringComparison.Ordinal) || s.StartsWith("tsc=", StringComparison.Ordinal))
                .Select(static s => "`" + s + "`")
                .ToArray();
            return switches.Length == 0 ? null : string.Join(", ", switches);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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

    /// <summary>The load averages at the start and end of the target's benchmarks (numerator, and denominator if any).</summary>
    private static string Load(Target target)
    {
        static string One(string benchmark) => LoadAverage.Instance.Of(benchmark) is { } load
            ? string.Create(CultureInfo.InvariantCulture, $"{load.Start:0.0} → {(double.IsNaN(load.End) ? "?" : load.End.ToString("0.0", CultureInfo.InvariantCulture))}")
            : "";

        var numerator = One(target.Numerator);
        var denominator = target.Denominator is null ? "" : One(target.Denominator);
        return denominator.Length == 0 || target.Kind is Kind.TimeAtMost or Kind.BytesAtMost ? numerator : numerator + "; " + denominator;
    }

    /// <summary>Why a target's benchmark has no result, where the suite knows: PostgreSQL that could not start is reported, never skipped silently.</summary>
    private static string WhyNotRun(Target target)
    {
        if (!target.Numerator.StartsWith("PerTestBenchmarks.PostgreSql", StringComparison.Ordinal))
        {
            return "";
        }

        if (PerTestBenchmarks.PostgresUnavailable is { } reason)
        {
            return ": " + reason.Replace('|', '/');
        }

        var binaries = InMemoryFakes.Verification.Engines.PostgresCluster.FindBinariesAsync().GetAwaiter().GetResult();
        return binaries is null
            ? ": PostgreSQL server binaries not found (apt-get install -y postgresql, or set INMEMORYFAKES_PG_BINDIR)"
            : ": the PostgreSQL benchmark failed (binaries in " + binaries + "; its setup error is in the run's log)";
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
