using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Add-or-replace of an existing key on a 20,000-row store (the steady state of a test that saves what it loaded),
/// cycling through 1,024 customers, so the stores do not grow across iterations.
/// </summary>
public class UpsertBenchmarks
{
    private Customer[] _updates = null!;
    private int _cursor;
    private ConcurrentDictionary<int, Customer> _dictionary = null!;
    private ICustomerRepository _fakeReference = null!;
    private ICustomerRepository _fakeCopy = null!;
    private ICustomerRepository _fakeManualClock = null!;
    private ICustomerRepository _handWritten = null!;
    private ICustomerRepository _moq = null!;
    private ICustomerRepository _nsubstitute = null!;
    private ShopContext _ef = null!;
    private Dictionary<int, Customer> _locked = null!;
    private readonly object _gate = new();
    private Dictionary<int, EntryLike> _entries = null!;

    [GlobalSetup]
    public void Setup()
    {
        var customers = Enumerable.Range(1, GetByKeyBenchmarks.Rows).Select(Customer.Create).ToArray();
        _updates = Baselines.SpreadKeys(GetByKeyBenchmarks.Rows).Select(Customer.Create).ToArray();
        _dictionary = new ConcurrentDictionary<int, Customer>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, Customer>(c.Id, c)));
        _locked = new Dictionary<int, Customer>(_dictionary);
        _entries = customers.ToDictionary(static c => c.Id, static c => new EntryLike(c.Id, c, 0, 0, 1));
        _fakeReference = Baselines.Fake(CopyMode.Reference, customers);
        _fakeCopy = Baselines.Fake(CopyMode.Auto, customers);
        _fakeManualClock = Baselines.Fake(new InMemoryFakeOptions { CopyMode = CopyMode.Reference, TimeProvider = new ManualClock() }, customers);
        _handWritten = new HandWrittenCustomerRepository(new ConcurrentDictionary<int, Customer>(_dictionary));
        _moq = Baselines.Moq(new ConcurrentDictionary<int, Customer>(_dictionary));
        _nsubstitute = Baselines.NSubstitute(new ConcurrentDictionary<int, Customer>(_dictionary));
        _ef = Baselines.EfCore("upsert", customers);
    }

    [GlobalCleanup]
    public void Cleanup() => _ef.Dispose();

    [Benchmark(Baseline = true)]
    public void ConcurrentDictionary_IndexerSet()
    {
        var customer = Next();
        _dictionary[customer.Id] = customer;
    }

    /// <summary>A <see cref="Dictionary{TKey, TValue}"/> set under a <c>lock</c>: the least a store with one write lock pays.</summary>
    [Benchmark]
    public void LockedDictionary_IndexerSet()
    {
        var customer = Next();
        lock (_gate)
        {
            _locked[customer.Id] = customer;
        }
    }

    /// <summary>
    /// The same, plus one read of the system clock inside the lock: the least a store pays whose every write is
    /// timestamped (a fake's entries carry created/modified times, and expiry is measured from the write).
    /// </summary>
    [Benchmark]
    public long LockedDictionaryWithClock_IndexerSet()
    {
        var customer = Next();
        lock (_gate)
        {
            _locked[customer.Id] = customer;
            return TimeProvider.System.GetUtcNow().UtcTicks;
        }
    }

    /// <summary>
    /// The floor of a store whose readers take no lock: every write publishes a new immutable entry object (key, value,
    /// timestamps, version, expiry: the fake's <c>Entry</c> fields) under the lock, with one clock read. What the fake's
    /// upsert does, without its map, insertion order and bookkeeping.
    /// </summary>
    [Benchmark]
    public long LockedEntryDictionaryWithClock_IndexerSet()
    {
        var customer = Next();
        lock (_gate)
        {
            var now = DateTime.UtcNow.Ticks;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_entries, customer.Id, out _);
            slot = new EntryLike(customer.Id, customer, slot is null ? now : slot.CreatedAt, now, (slot?.Version ?? 0) + 1);
            return now;
        }
    }

    /// <summary>One read of the system clock (<c>TimeProvider.System.GetUtcNow()</c>), alone.</summary>
    [Benchmark]
    public long Clock_GetUtcNow() => TimeProvider.System.GetUtcNow().UtcTicks;

    /// <summary>The baseline's set in a hand-written fake class, called through the repository interface.</summary>
    [Benchmark]
    public void HandWrittenFake_Upsert() => _handWritten.Upsert(Next());

    [Benchmark]
    public void Fake_Upsert_Reference() => _fakeReference.Upsert(Next());

    /// <summary>
    /// The same upsert on a <see cref="ManualClock"/>, the clock <c>InMemoryFixture</c> gives every test: the entry is
    /// stamped as on the system clock, but reading the instant is a field read instead of a system call.
    /// </summary>
    [Benchmark]
    public void Fake_Upsert_Reference_ManualClock() => _fakeManualClock.Upsert(Next());

    [Benchmark]
    public void Fake_Upsert_CopyOnWrite() => _fakeCopy.Upsert(Next());

    [Benchmark]
    public void Moq_Upsert() => _moq.Upsert(Next());

    [Benchmark]
    public void NSubstitute_Upsert() => _nsubstitute.Upsert(Next());

    /// <summary>EF Core InMemory: Update + SaveChanges, then the tracker is cleared so the next call starts clean.</summary>
    [Benchmark]
    public void EfCore_Update_SaveChanges()
    {
        _ef.Update(Next());
        _ef.SaveChanges();
        _ef.ChangeTracker.Clear();
    }

    private Customer Next() => _updates[_cursor++ & (Baselines.KeyCount - 1)];
}
