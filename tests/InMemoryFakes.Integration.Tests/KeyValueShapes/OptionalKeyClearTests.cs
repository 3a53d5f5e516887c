using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Cofoundry's IObjectCache: Clear(string? key = null) removes that entry, or every entry when no key is given (the default
// says the key may be left out, as RemoveAll(keys = null) does); GetOrAdd's DateTimeOffset? expiry is an absolute expiry.

[InMemoryFake]
public interface ITypedObjectCache
{
    T? Get<T>(string key);

    T? GetOrAdd<T>(string key, Func<T> getter, DateTimeOffset? expiry = null);

    Task<T?> GetOrAddAsync<T>(string key, Func<Task<T>> getter, DateTimeOffset? expiry = null);

    void Clear(string? key = null);
}

[InMemoryFake]
public interface IStrictClearCache
{
    void Set(string key, string value);

    string? Get(string key);

    void Clear(string key);
}

public sealed class OptionalKeyClearTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Clear_with_a_key_removes_only_that_entry()
    {
        ITypedObjectCache cache = new InMemoryTypedObjectCache(new ManualClock(Start));
        cache.GetOrAdd("a", static () => "1");
        cache.GetOrAdd("b", static () => "2");

        cache.Clear("a");

        Assert.Null(cache.Get<string>("a"));
        Assert.Equal("2", cache.Get<string>("b"));
    }

    [Fact]
    public void Clear_without_a_key_removes_every_entry()
    {
        ITypedObjectCache cache = new InMemoryTypedObjectCache(new ManualClock(Start));
        cache.GetOrAdd("a", static () => "1");
        cache.GetOrAdd("b", static () => "2");

        cache.Clear();

        Assert.Null(cache.Get<string>("a"));
        Assert.Null(cache.Get<string>("b"));
    }

    [Fact]
    public void Without_a_null_default_a_null_key_stays_the_argument_error_and_removes_nothing()
    {
        IStrictClearCache cache = new InMemoryStrictClearCache();
        cache.Set("a", "1");

        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => cache.Clear(null!)).ParamName);
        Assert.Equal("1", cache.Get("a"));
    }

    [Fact]
    public async Task A_DateTimeOffset_expiry_is_absolute_and_none_never_expires()
    {
        var clock = new ManualClock(Start);
        ITypedObjectCache cache = new InMemoryTypedObjectCache(clock);
        var calls = 0;

        Assert.Equal("v", cache.GetOrAdd("k", () => { calls++; return "v"; }, Start.AddMinutes(1)));
        Assert.Equal("v", cache.GetOrAdd("k", () => { calls++; return "w"; }, Start.AddMinutes(1)));
        Assert.Equal("a", await cache.GetOrAddAsync("forever", static () => Task.FromResult("a")));
        Assert.Equal(1, calls);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(cache.Get<string>("k"));
        Assert.Equal("a", cache.Get<string>("forever"));
    }
}
