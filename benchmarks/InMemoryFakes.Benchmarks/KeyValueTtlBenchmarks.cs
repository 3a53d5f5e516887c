using System;
using System.Collections.Generic;
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
    private ISessionCache _fakeManualClock = null!;
    private readonly object _gate = new();
    private Dictionary<string, TtlEntryLike> _entries = null!;
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
        _fakeManualClock = new InMemorySessionCache(new InMemoryFakeOptions { TimeProvider = new ManualClock() });
        _entries = new Dictionary<string, TtlEntryLike>(StringComparer.Ordinal);
        _objects = new InMemoryObjectCache();
        for (var i = 0; i < _keys.Length; i++)
        {
            _cache.Set(_keys[i], _values[i], Ttl);
            _fake.Set(_keys[i], _values[i], Ttl);
            _fakeManualClock.Set(_keys[i], _values[i], Ttl);
            _entries[_keys[i]] = new TtlEntryLike(_values[i], 0, 0, 1, Ttl.Ticks);
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

    /// <summary>
    /// The fake's set on a <see cref="ManualClock"/> (the clock <c>InMemoryFixture</c> gives every test): the same write
    /// without the system-clock read, so the A/B with <see cref="Fake_Set_Ttl"/> shows what that read costs.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Set with TTL")]
    public void Fake_Set_Ttl_ManualClock()
    {
        var i = Next();
        _fakeManualClock.Set(_keys[i], _values[i], Ttl);
    }

    /// <summary>
    /// The floor of a store whose readers take no lock and whose entries expire: under a lock, one system-clock read,
    /// a new immutable entry (value, created and modified times, version, expiry) and a <c>Dictionary</c> set. What the
    /// fake's set does, without its map, insertion order and bookkeeping.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Set with TTL")]
    public long LockedEntryDictionaryWithClock_Set_Ttl()
    {
        var i = Next();
        lock (_gate)
        {
            var now = TimeProvider.System.GetUtcNow().UtcTicks;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_entries, _keys[i], out _);
            slot = new TtlEntryLike(_values[i], slot is null ? now : slot.CreatedAt, now, (slot?.Version ?? 0) + 1, now + Ttl.Ticks);
            return now;
        }
    }

    /// <summary>One read of the system clock (<c>TimeProvider.System.GetUtcNow()</c>), alone, in this category's run.</summary>
    [Benchmark]
    [BenchmarkCategory("Set with TTL")]
    public long Clock_GetUtcNow() => TimeProvider.System.GetUtcNow().UtcTicks;

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

/// <summary>The fields a time-to-live entry carries (value, created and modified times, version, expiry).</summary>
internal sealed class TtlEntryLike
{
    public readonly string Value;
    public readonly long CreatedAt;
    public readonly long ModifiedAt;
    public readonly long Version;
    public readonly long ExpiresAt;

    public TtlEntryLike(string value, long createdAt, long modifiedAt, long version, long expiresAt)
    {
        Value = value;
        CreatedAt = createdAt;
        ModifiedAt = modifiedAt;
        Version = version;
        ExpiresAt = expiresAt;
    }
}
