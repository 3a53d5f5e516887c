using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Filling a fresh store: a new store, then 20,000 inserts of new keys (what a test that seeds a large table pays). The
/// baseline is a new <see cref="ConcurrentDictionary{TKey, TValue}"/> filled with <c>TryAdd</c>; beside it a new
/// <see cref="Dictionary{TKey, TValue}"/> filled under a <c>lock</c> per insert, which is what a table with one write lock
/// costs at the least. The fake is the generated repository's <c>Add</c> (duplicate-key check, timestamps, insertion
/// order) in reference mode, and in its default copy mode.
/// </summary>
public class InsertBenchmarks
{
    public const int Inserts = 20_000;

    private Customer[] _customers = null!;
    private readonly object _gate = new();

    [GlobalSetup]
    public void Setup() => _customers = Enumerable.Range(1, Inserts).Select(Customer.Create).ToArray();

    [Benchmark(Baseline = true)]
    public int ConcurrentDictionary_Insert20k()
    {
        var store = new ConcurrentDictionary<int, Customer>();
        foreach (var customer in _customers)
        {
            store.TryAdd(customer.Id, customer);
        }

        return store.Count;
    }

    [Benchmark]
    public int LockedDictionary_Insert20k()
    {
        var store = new Dictionary<int, Customer>();
        foreach (var customer in _customers)
        {
            lock (_gate)
            {
                store.Add(customer.Id, customer);
            }
        }

        return store.Count;
    }

    /// <summary>The same, with one read of the system clock per insert inside the lock (a timestamped write's floor).</summary>
    [Benchmark]
    public int LockedDictionaryWithClock_Insert20k()
    {
        var store = new Dictionary<int, Customer>();
        long stamp = 0;
        foreach (var customer in _customers)
        {
            lock (_gate)
            {
                store.Add(customer.Id, customer);
                stamp = TimeProvider.System.GetUtcNow().UtcTicks;
            }
        }

        return store.Count + (int)(stamp & 1);
    }

    [Benchmark]
    public int Fake_Insert20k_Reference()
    {
        ICustomerRepository fake = new InMemoryCustomerRepository(new InMemoryFakeOptions { CopyMode = CopyMode.Reference });
        foreach (var customer in _customers)
        {
            fake.Add(customer);
        }

        return fake.Count();
    }

    [Benchmark]
    public int Fake_Insert20k_CopyOnWrite()
    {
        ICustomerRepository fake = new InMemoryCustomerRepository();
        foreach (var customer in _customers)
        {
            fake.Add(customer);
        }

        return fake.Count();
    }
}
