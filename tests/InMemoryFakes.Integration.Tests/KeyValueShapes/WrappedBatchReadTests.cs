using System;
using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A batch read whose values come in a found/not-found wrapper lists every key asked for, a missing one as the wrapper's
// no value, as EasyCaching's and Foundatio's GetAll do.

public sealed class Cached<T>
{
    public Cached(T value, bool hasValue)
    {
        Value = value;
        HasValue = hasValue;
    }

    public T Value { get; }

    public bool HasValue { get; }

    public static Cached<T> NoValue { get; } = new(default!, false);
}

[InMemoryFake]
public interface IPriceCache
{
    Cached<decimal> Get(string key);

    void Set(string key, decimal value, TimeSpan expiration);

    IDictionary<string, Cached<decimal>> GetAll(IEnumerable<string> keys);
}

public sealed class WrappedBatchReadTests
{
    [Fact]
    public void GetAll_lists_every_key_asked_for_with_missing_and_expired_ones_as_no_value()
    {
        var clock = new ManualClock();
        IPriceCache cache = new InMemoryPriceCache(clock);
        cache.Set("apple", 1.5m, TimeSpan.FromMinutes(10));
        cache.Set("pear", 2m, TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(2));

        var all = cache.GetAll(["apple", "pear", "plum", "apple"]);

        Assert.Equal(3, all.Count);
        Assert.True(all["apple"].HasValue);
        Assert.Equal(1.5m, all["apple"].Value);
        Assert.Same(Cached<decimal>.NoValue, all["pear"]);
        Assert.Same(Cached<decimal>.NoValue, all["plum"]);
    }

    [Fact]
    public void GetAll_of_a_null_key_collection_is_ArgumentNullException_naming_it()
    {
        IPriceCache cache = new InMemoryPriceCache();

        var error = Assert.Throws<ArgumentNullException>(() => cache.GetAll(null!));

        Assert.Equal("keys", error.ParamName);
    }
}
