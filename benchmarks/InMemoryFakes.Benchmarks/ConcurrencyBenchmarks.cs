using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Throughput of a 90 % read / 10 % write mix: a fixed number of operations run on one thread, or split in half across
/// two threads. Times are per operation, so (one thread) / (two threads) is the throughput gain. The fake runs in
/// reference mode, so the numbers are the store's scalability rather than the cost of copying.
/// </summary>
public class ConcurrencyBenchmarks
{
    public const int Operations = 200_000;

    private int[] _keys = null!;
    private Customer[] _updates = null!;
    private ICustomerRepository _fake = null!;
    private ConcurrentDictionary<int, Customer> _dictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var customers = Enumerable.Range(1, GetByKeyBenchmarks.Rows).Select(Customer.Create).ToArray();
        _keys = Baselines.SpreadKeys(GetByKeyBenchmarks.Rows);
        _updates = _keys.Select(Customer.Create).ToArray();
        _fake = Baselines.Fake(CopyMode.Reference, customers);
        _dictionary = new ConcurrentDictionary<int, Customer>(customers.Select(static c => new System.Collections.Generic.KeyValuePair<int, Customer>(c.Id, c)));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Fake_1Thread() => RunFake(0, Operations);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Fake_2Threads()
    {
        int a = 0, b = 0;
        Parallel.Invoke(() => a = RunFake(0, Operations / 2), () => b = RunFake(Operations / 2, Operations));
        return a + b;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_1Thread() => RunDictionary(0, Operations);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int ConcurrentDictionary_2Threads()
    {
        int a = 0, b = 0;
        Parallel.Invoke(() => a = RunDictionary(0, Operations / 2), () => b = RunDictionary(Operations / 2, Operations));
        return a + b;
    }

    private int RunFake(int from, int to)
    {
        var found = 0;
        for (var i = from; i < to; i++)
        {
            var slot = i & (Baselines.KeyCount - 1);
            if (i % 10 == 0)
            {
                _fake.Upsert(_updates[slot]);
            }
            else if (_fake.Find(_keys[slot]) is not null)
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
            var slot = i & (Baselines.KeyCount - 1);
            if (i % 10 == 0)
            {
                var customer = _updates[slot];
                _dictionary[customer.Id] = customer;
            }
            else if (_dictionary.TryGetValue(_keys[slot], out _))
            {
                found++;
            }
        }

        return found;
    }
}
