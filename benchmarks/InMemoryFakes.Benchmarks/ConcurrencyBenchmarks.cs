using System;
using System.Collections.Concurrent;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Throughput of a 90 % read / 10 % write mix over a 20,000-row store, on one thread or two. The operations are
/// precomputed in <see cref="Setup"/>: two lists of <see cref="OperationsPerThread"/> operations (keys drawn at random
/// over the whole table, every tenth operation an upsert), so the measured loop does nothing but the store's calls.
/// One thread runs both lists one after the other; two threads run one list each at the same time, the second on a
/// <see cref="WorkerThread"/> created once and woken per invocation. The same operations either way, timed per
/// operation, so (one thread) / (two threads) is the throughput gain. Each thread counts its hits in a local and
/// publishes the count once at its end (no shared counter in the loop).
/// <para>The fake runs in reference mode, so the numbers are the store's scalability rather than the cost of copying. A
/// <see cref="ConcurrentDictionary{TKey, TValue}"/> runs the same lists as a control (what two cores give on this
/// machine at all), and the fake also runs the lists' reads alone (no write lock taken) to separate the read path's
/// scaling from the writes', which one lock per table serialises.</para>
/// </summary>
public class ConcurrencyBenchmarks
{
    public const int OperationsPerThread = 500_000;
    public const int Operations = 2 * OperationsPerThread;

    private Customer[] _updates = null!;
    private ICustomerRepository _fake = null!;
    private ConcurrentDictionary<int, Customer> _dictionary = null!;

    // Per thread: a key, or ~key (negative) for an upsert of that key.
    private int[] _first = null!;
    private int[] _second = null!;
    private WorkerThread? _worker;
    private Func<int> _fakeSecond = null!;
    private Func<int> _dictionarySecond = null!;
    private Func<int> _readsSecond = null!;
    private Func<int> _entriesSecond = null!;
    private ConcurrentDictionary<int, StoredEntry> _entries = null!;

    [GlobalSetup]
    public void Setup()
    {
        var customers = Enumerable.Range(1, GetByKeyBenchmarks.Rows).Select(Customer.Create).ToArray();
        _updates = Enumerable.Range(0, GetByKeyBenchmarks.Rows + 1).Select(Customer.Create).ToArray();
        _fake = Baselines.Fake(CopyMode.Reference, customers);
        _dictionary = new ConcurrentDictionary<int, Customer>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, Customer>(c.Id, c)));
        _first = OperationList(seed: 1);
        _second = OperationList(seed: 2);
        _fakeSecond = () => RunFake(_second);
        _dictionarySecond = () => RunDictionary(_second);
        _readsSecond = () => RunFakeReads(_second);
        _entriesSecond = () => RunEntries(_second);
        _entries = new ConcurrentDictionary<int, StoredEntry>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, StoredEntry>(c.Id, new StoredEntry(c, 0, 1))));
    }

    [GlobalCleanup]
    public void Cleanup() => _worker?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Fake_1Thread() => RunFake(_first) + RunFake(_second);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Fake_2Threads() => Worker.Run(_fakeSecond, () => RunFake(_first));

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_1Thread() => RunDictionary(_first) + RunDictionary(_second);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_2Threads() => Worker.Run(_dictionarySecond, () => RunDictionary(_first));

    /// <summary>
    /// A control that writes as the fake does: a <see cref="ConcurrentDictionary{TKey, TValue}"/> whose every write stores
    /// a new immutable entry object (key, value, timestamps, version: what the fake publishes so readers need no lock),
    /// instead of overwriting the value in place as the plain dictionary does. Shows what allocating an entry per write
    /// costs once entries live long enough to be promoted by the garbage collector (keys drawn over 20,000 rows).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionaryOfEntries_1Thread() => RunEntries(_first) + RunEntries(_second);

    /// <summary>The entry-per-write control on two threads.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionaryOfEntries_2Threads() => Worker.Run(_entriesSecond, () => RunEntries(_first));

    /// <summary>The same lists' reads only (the writes skipped): the fake's lock-free read path on one thread.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int Fake_ReadsOnly_1Thread() => RunFakeReads(_first) + RunFakeReads(_second);

    /// <summary>The same lists' reads only, on two threads.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int Fake_ReadsOnly_2Threads() => Worker.Run(_readsSecond, () => RunFakeReads(_first));

    // Created by the first two-thread invocation: the one-thread benchmarks (a process of their own) start no thread.
    private WorkerThread Worker => _worker ??= new WorkerThread();

    private static int[] OperationList(int seed)
    {
        var random = new Random(seed);
        var operations = new int[OperationsPerThread];
        for (var i = 0; i < operations.Length; i++)
        {
            var key = 1 + random.Next(GetByKeyBenchmarks.Rows);
            operations[i] = i % 10 == 0 ? ~key : key;
        }

        return operations;
    }

    private int RunFake(int[] operations)
    {
        var fake = _fake;
        var updates = _updates;
        var found = 0;
        foreach (var operation in operations)
        {
            if (operation < 0)
            {
                fake.Upsert(updates[~operation]);
            }
            else if (fake.Find(operation) is not null)
            {
                found++;
            }
        }

        return found;
    }

    private int RunFakeReads(int[] operations)
    {
        var fake = _fake;
        var found = 0;
        foreach (var operation in operations)
        {
            if (operation >= 0 && fake.Find(operation) is not null)
            {
                found++;
            }
        }

        return found;
    }

    private int RunEntries(int[] operations)
    {
        var entries = _entries;
        var updates = _updates;
        var found = 0;
        foreach (var operation in operations)
        {
            if (operation < 0)
            {
                var key = ~operation;
                entries[key] = new StoredEntry(updates[key], DateTime.UtcNow.Ticks, entries.TryGetValue(key, out var old) ? old.Version + 1 : 1);
            }
            else if (entries.TryGetValue(operation, out _))
            {
                found++;
            }
        }

        return found;
    }

    private int RunDictionary(int[] operations)
    {
        var dictionary = _dictionary;
        var updates = _updates;
        var found = 0;
        foreach (var operation in operations)
        {
            if (operation < 0)
            {
                dictionary[~operation] = updates[~operation];
            }
            else if (dictionary.TryGetValue(operation, out _))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>An immutable stored entry of about the fake's size: the value, timestamps, version and expiry fields.</summary>
    private sealed class StoredEntry(Customer value, long modifiedAt, long version)
    {
        public Customer Value { get; } = value;

        public long CreatedAt { get; } = modifiedAt;

        public long ModifiedAt { get; } = modifiedAt;

        public long Version { get; } = version;

        public long ExpiresAt { get; } = long.MaxValue;

        public long Sliding { get; } = version - version;

        public long Cap { get; } = long.MaxValue;

        public long Sequence { get; } = version;

        public long CoverDue { get; } = long.MaxValue;

        public object? Chain { get; } = value.Id == int.MinValue ? value : null;

        public object? Links { get; } = value.Id == int.MinValue ? value : null;
    }
}
