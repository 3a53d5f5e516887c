using System;
using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// What a test pays before its first line: a fresh fixture with its first fake, versus a fresh Moq mock or NSubstitute
/// substitute configured as a dictionary-backed fake (three setups), versus a fresh EF Core InMemory context and database.
/// </summary>
public class FreshPerTestBenchmarks
{
    private long _database;

    [Benchmark(Baseline = true)]
    public ICustomerRepository Moq_MockWith3Setups() => Baselines.Moq(new ConcurrentDictionary<int, Customer>());

    [Benchmark]
    public ICustomerRepository NSubstitute_SubstituteWith3Setups() => Baselines.NSubstitute(new ConcurrentDictionary<int, Customer>());

    /// <summary>A new context on a new, uniquely named database, created (EnsureCreated) and disposed, as a test fixture does.</summary>
    [Benchmark]
    public bool EfCore_FreshContextAndDatabase()
    {
        using var context = new ShopContext(ShopContext.Options("fresh-" + (++_database).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return context.Database.EnsureCreated();
    }

    /// <summary>What the xunit/NUnit fixtures do per test: a FakeScope (ManualClock, backend) and its first fake.</summary>
    [Benchmark]
    public ICustomerRepository Fake_FakeScopeAndFirstFake() => new FakeScope().Get<ICustomerRepository>();

    /// <summary>The generated class constructed directly (own backend, system clock).</summary>
    [Benchmark]
    public ICustomerRepository Fake_New() => new InMemoryCustomerRepository();
}
