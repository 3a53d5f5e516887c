using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Caching.Memory;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// A key-value cache with a 10-minute time to live: set (overwriting one of 1,024 live keys) and get, generated fake
/// versus <see cref="MemoryCache"/>. Both run on the system clock; each category has its own baseline.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the cache.")]
public class KeyValueTtlBenchmarks
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(10);

    private string[] _keys = null!;
    private string[] _values = null!;
    private int _cursor;
    private MemoryCache _cache = null!;
    private ISessionCache _fake = null!;
    private IObjectCache _objects = null!;

    [GlobalSetup]
    public void Setup()
    {
        _keys = new string[Baselines.KeyCount];
        _values = new string[Baselines.KeyCount];
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = "session:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _values[i] = "value " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _cache = new MemoryCache(new MemoryCacheOptions());
        _fake = new InMemorySessionCache();
        _objects = new InMemoryObjectCache();
        for (var i = 0; i < _keys.Length; i++)
        {
            _cache.Set(_keys[i], _values[i], Ttl);
            _fake.Set(_keys[i], _values[i], Ttl);
            _objects.Set(_keys[i], _values[i], Ttl);
        }

        if (!ReferenceEquals(_objects.Get(_keys[1]), _values[1]) && !string.Equals((string?)_objects.Get(_keys[1]), _values[1], StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The object cache does not hold the benchmark's data.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    /// <summary><c>MemoryCache.Set(key, value, TimeSpan)</c>: an absolute expiry relative to now.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Set with TTL")]
    public void MemoryCache_Set_AbsoluteExpiry()
    {
        var i = Next();
        _cache.Set(_keys[i], _values[i], Ttl);
    }

    [Benchmark]
    [BenchmarkCategory("Set with TTL")]
    public void Fake_Set_Ttl()
    {
        var i = Next();
        _fake.Set(_keys[i], _values[i], Ttl);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Get")]
    public object? MemoryCache_TryGetValue() => _cache.TryGetValue(_keys[Next()], out var value) ? value : null;

    [Benchmark]
    [BenchmarkCategory("Get")]
    public string? Fake_TryGet() => _fake.TryGet(_keys[Next()], out var value) ? value : null;

    [Benchmark]
    [BenchmarkCategory("Get")]
    public string? Fake_Get() => _fake.Get(_keys[Next()]);

    /// <summary>The same strings read back through a fake whose value type is <c>object</c> (run-time copy rules).</summary>
    [Benchmark]
    [BenchmarkCategory("Get")]
    public object? Fake_Get_ObjectValue() => _objects.Get(_keys[Next()]);

    private int Next() => _cursor++ & (Baselines.KeyCount - 1);
}
