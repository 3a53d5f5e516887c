// Source: https://github.com/cocosip/sharp-abp
// Commit: 33ee691a9bf9
// Licence: LGPL-3.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample76 rule (the whole rule and the repositories it skipped: Corpus/AbpNextAdmin/IAuditLogManager.cs).
//   This one: the 2nd pick (the 15th of find_repos("abp")). Before it in path order: HTTP accessors, serializers,
//   crypto services, SQL dialect adapters and connection factories (no state), and the performance package's
//   factories and providers (1 or 2 members).
// Path: framework/src/SharpAbp.Abp.DotCommon/SharpAbp/Abp/DotCommon/Performance/IPerformanceService.cs (model:
//   PerformanceInfo.cs beside it)
// Adapted: the XML comments left out. Nullable enabled, as in the source (common.props).
// Real store: DefaultPerformanceService over a ConcurrentDictionary<string, CountInfo> (one named service per
//   IPerformanceServiceFactory.Create): IncrementKeyCount(key, rt) adds 1 to the key's total count (a new key starts at
//   1) and adds rt to its response-time sums; UpdateKeyCount(key, count, rt) sets the key's total count to count (a
//   new key starts at count) and adds rt; GetKeyPerformanceInfo(key) answers a snapshot of the key's counters
//   (TotalCount, and the Throughput, AverageThroughput, RT and AverageRT that a scheduled task computes every
//   StatIntervalSeconds), null for a key never counted. Start() schedules that task on DotCommon's IScheduleService
//   (exception when the service has no name); Stop() stops it.
// Shapes: *=none
// First try (ddd0e550): incomplete: IMF0001 on all 5 members (Start, Stop: no known verb;
//   IncrementKeyCount, UpdateKeyCount, GetKeyPerformanceInfo: a known verb, then a noun of nothing the store holds) |
//   WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: per-key counters whose snapshot carries
//   throughput and response times that a scheduled task computes from the calls; no member stores a value the caller
//   gives, and GetKeyPerformanceInfo answers a PerformanceInfo nothing writes.
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SharpAbp.IPerformanceServiceCase;

public class PerformanceInfo
{
    public long TotalCount { get; private set; }
    public long Throughput { get; private set; }
    public long AverageThroughput { get; private set; }
    public double RT { get; private set; }
    public double AverageRT { get; private set; }

    public PerformanceInfo(long totalCount, long throughput, long averageThroughput, double rt, double averageRT)
    {
        TotalCount = totalCount;
        Throughput = throughput;
        AverageThroughput = averageThroughput;
        RT = rt;
        AverageRT = averageRT;
    }
}

[InMemoryFake]
public interface IPerformanceService
{
    void Start();

    void Stop();

    void IncrementKeyCount(string key, double rtMilliseconds);

    void UpdateKeyCount(string key, long count, double rtMilliseconds);

    PerformanceInfo? GetKeyPerformanceInfo(string key);

}

public static class Smoke
{
    public static Task RunAsync(IPerformanceService performance)
    {
        Check.Null(performance.GetKeyPerformanceInfo("orders"), "a key never counted has no counters");

        performance.IncrementKeyCount("orders", 12.5);
        Check.Equal(1L, performance.GetKeyPerformanceInfo("orders")?.TotalCount, "the first increment starts the key at 1");
        performance.IncrementKeyCount("orders", 7.5);
        Check.Equal(2L, performance.GetKeyPerformanceInfo("orders")?.TotalCount, "each increment adds 1");

        performance.UpdateKeyCount("orders", 40, 3);
        Check.Equal(40L, performance.GetKeyPerformanceInfo("orders")?.TotalCount, "UpdateKeyCount sets the total count");
        performance.UpdateKeyCount("payments", 5, 1);
        Check.Equal(5L, performance.GetKeyPerformanceInfo("payments")?.TotalCount, "UpdateKeyCount of a new key starts it at the count");
        Check.Equal(40L, performance.GetKeyPerformanceInfo("orders")?.TotalCount, "keys count apart");
        return Task.CompletedTask;
    }
}
