using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Throughput of a 90 % read / 10 % write mix over a 20,000-row store: a fixed number of operations run on one thread,
/// or split in half across two threads. Times are per operation, so (one thread) / (two threads) is the throughput gain.
/// Operation i touches key 1 + (i × 7919 mod 20,000), so the two halves walk the whole table at different places instead
/// of fighting over a small hot set (with 1,024 shared hot keys, even the <see cref="ConcurrentDictionary{TKey, TValue}"/>
/// control ran slower on two threads than on one: every write invalidated lines the other core was reading). The fake
/// runs in reference mode, so the numbers are the store's scalability rather than the cost of copying.
/// </summary>
public class ConcurrencyBenchmarks
{
    public const int Operations = 1_000_000;

    private Customer[] _updates = null!;
    private ICustomerRepository _fake = null!;
    private ConcurrentDictionary<int, Customer> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var customers = Enumerable.Range(1, GetByKeyBenchmarks.Rows).Select(Customer.Create).ToArray();
        _updates = Enumerable.Range(0, GetByKeyBenchmarks.Rows + 1).Select(Customer.Create).ToArray();
        _fake = Baselines.Fake(CopyMode.Reference, customers);
        _dictionary = new ConcurrentDictionary<int, Customer>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, Customer>(c.Id, c)));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Fake_1Thread() => RunFake(0, Operations);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Fake_2Threads() => OnTwoThreads(RunFake);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_1Thread() => RunDictionary(0, Operations);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_2Threads() => OnTwoThreads(RunDictionary);

    /// <summary>
    /// The first half on this thread, the second on a dedicated thread (a long-running task is never run inline by the
    /// waiting thread, which <c>Parallel.Invoke</c> may do when the pool is slow to pick the work up). Starting that
    /// thread is counted against the two-thread side.
    /// </summary>
    private static int OnTwoThreads(Func<int, int, int> run)
    {
        var second = Task.Factory.StartNew(() => run(Operations / 2, Operations), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var first = run(0, Operations / 2);
        return first + second.GetAwaiter().GetResult();
    }

    private static int Key(int i) => 1 + (int)((long)i * 7919 % GetByKeyBenchmarks.Rows);

    private int RunFake(int from, int to)
    {
        var found = 0;
        for (var i = from; i < to; i++)
        {
            var key = Key(i);
            if (i % 10 == 0)
            {
                _fake.Upsert(_updates[key]);
            }
            else if (_fake.Find(key) is not null)
            {
                found++;
            }
        }

        return found;
    }

    private int RunDictionary(int from, int to)
    {
        var found = 0;
        for (var i = from; i < to; i++)
        {
            var key = Key(i);
            if (i % 10 == 0)
            {
                _dictionary[key] = _updates[key];
            }
            else if (_dictionary.TryGetValue(key, out _))
            {
                found++;
            }
        }

        return found;
    }
}
