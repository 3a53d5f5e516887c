using System.Collections.Concurrent;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Get by key on a 20,000-row store, cycling through 1,024 keys spread over it. Every contender returns the stored
/// customer (or, copy-on-read, a deep copy of it).
/// </summary>
public class GetByKeyBenchmarks
{
    public const int Rows = 20_000;

    private int[] _keys = null!;
    private int _cursor;
    private ConcurrentDictionary<int, Customer> _dictionary = null!;
    private ICustomerRepository _fakeReference = null!;
    private ICustomerRepository _fakeCopy = null!;
    private ICustomerRepository _handWritten = null!;
    private ConcurrentDictionary<int, EntryLike> _entries = null!;
    private ICustomerRepository _moq = null!;
    private ICustomerRepository _nsubstitute = null!;
    private ShopContext _ef = null!;

    [GlobalSetup]
    public void Setup()
    {
        var customers = Enumerable.Range(1, Rows).Select(Customer.Create).ToArray();
        _keys = Baselines.SpreadKeys(Rows);
        _dictionary = new ConcurrentDictionary<int, Customer>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, Customer>(c.Id, c)));
        _fakeReference = Baselines.Fake(CopyMode.Reference, customers);
        _fakeCopy = Baselines.Fake(CopyMode.Auto, customers);
        _handWritten = new HandWrittenCustomerRepository(_dictionary);
        _entries = new ConcurrentDictionary<int, EntryLike>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, EntryLike>(c.Id, new EntryLike(c.Id, c, 0, 0, 1))));
        _moq = Baselines.Moq(_dictionary);
        _nsubstitute = Baselines.NSubstitute(_dictionary);
        _ef = Baselines.EfCore("get-by-key", customers);
    }

    [GlobalCleanup]
    public void Cleanup() => _ef.Dispose();

    [Benchmark(Baseline = true)]
    public Customer? ConcurrentDictionary_TryGetValue() => _dictionary.TryGetValue(NextKey(), out var c) ? c : null;

    /// <summary>
    /// The floor of any copy-on-read: the baseline's lookup plus a hand-written copy of the 4-property customer (one
    /// allocation, four field copies). A copying read cannot be cheaper than this.
    /// </summary>
    [Benchmark]
    public Customer? ConcurrentDictionary_TryGetValue_HandWrittenCopy()
        => _dictionary.TryGetValue(NextKey(), out var c) ? new Customer { Id = c.Id, Name = c.Name, Country = c.Country, Age = c.Age } : null;

    /// <summary>
    /// The baseline's lookup over entries of the fake's size (<see cref="EntryLike"/>: the value plus timestamps, version,
    /// expiry and chain link, 104 bytes against the dictionary node's 40), checking the expiry as the fake does: what the
    /// per-entry state the fake keeps costs a read in cache footprint alone, with none of the fake's code.
    /// </summary>
    [Benchmark]
    public Customer? ConcurrentDictionaryOfEntries_TryGetValue()
        => _entries.TryGetValue(NextKey(), out var e) && e.ExpiresAt > 0 ? e.Value : null;

    /// <summary>The baseline's lookup in a hand-written fake class, called through the repository interface.</summary>
    [Benchmark]
    public Customer? HandWrittenFake_Find() => _handWritten.Find(NextKey());

    [Benchmark]
    public Customer? Fake_Find_Reference() => _fakeReference.Find(NextKey());

    [Benchmark]
    public Customer? Fake_Find_CopyOnRead() => _fakeCopy.Find(NextKey());

    [Benchmark]
    public Customer? Moq_Find() => _moq.Find(NextKey());

    [Benchmark]
    public Customer? NSubstitute_Find() => _nsubstitute.Find(NextKey());

    /// <summary>
    /// EF Core InMemory, by key, AsNoTracking on a long-lived context that tracks nothing: the same work as
    /// <c>DbSet.Find</c> on a miss in the change tracker (a query over the table), never a tracker cache hit.
    /// </summary>
    [Benchmark]
    public Customer? EfCore_QueryByKey_NoTracking()
    {
        var key = NextKey();
        return _ef.Customers.AsNoTracking().FirstOrDefault(c => c.Id == key);
    }

    private int NextKey() => _keys[_cursor++ & (Baselines.KeyCount - 1)];
}
