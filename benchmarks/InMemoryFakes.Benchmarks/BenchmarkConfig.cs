using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace InMemoryFakes.Benchmarks;

/// <summary>The two ways the suite runs: the full BenchmarkDotNet defaults, or a quick in-process smoke run for CI.</summary>
internal static class BenchmarkConfig
{
    /// <summary>
    /// A separate process per benchmark (the default out-of-process toolchain) with 6 warmup and 15 measured iterations of
    /// BenchmarkDotNet's default length (0.5 s): fixed counts, so a noisy shared machine cannot stretch one benchmark to the
    /// default maximum of 100 iterations (about 2.5 minutes each). One launch per benchmark keeps the 47 benchmarks near
    /// half an hour on this 2-core machine. Medians, ratios against each class's baseline, and allocations.
    /// </summary>
    public static IConfig Full() => Common(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithId("Full")
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(15));

    /// <summary>
    /// One in-process launch, one warmup and three 50 ms iterations per benchmark: enough to smoke-test every
    /// scenario and to see ratios to within a few tens of percent, in well under three minutes. Not for publishing.
    /// </summary>
    public static IConfig Quick() => Common(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithId("Quick")
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(50)));

    private static ManualConfig Common(IConfig baseConfig)
    {
        var config = ManualConfig.Create(baseConfig)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .AddEventProcessor(LoadAverage.Instance)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile)

            // Each out-of-process run first builds a copy of this project (generator, runtime, verification engines) without
            // the shared compiler: on a loaded 2-core machine that takes longer than BenchmarkDotNet's default 2 minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        return config;
    }
}
