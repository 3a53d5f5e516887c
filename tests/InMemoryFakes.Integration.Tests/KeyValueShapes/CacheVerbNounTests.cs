using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Cache services as tutorials write them: the verb carries the store's own noun and the value's (RemoveCacheValueAsync),
// or a place (GetFromCache, AddToCache); ClearCache(key) clears that one key.

[InMemoryFake]
public interface IRedisCacheService
{
    Task<T?> GetCacheValueAsync<T>(string key);

    Task SetCacheValueAsync<T>(string key, T value, TimeSpan? expiry = null);

    Task RemoveCacheValueAsync(string key);

    Task<bool> KeyExistsAsync(string key);
}

[InMemoryFake]
public interface ICacheProvider
{
    Task<T?> GetFromCache<T>(string key)
        where T : class;

    Task AddToCache<T>(string key, T value)
        where T : class;

    Task ClearCache(string key);
}

public sealed class CacheVerbNounTests
{
    [Fact]
    public async Task A_verb_with_the_store_noun_and_the_value_noun_is_the_plain_verb()
    {
        IRedisCacheService cache = new InMemoryRedisCacheService();
        await cache.SetCacheValueAsync("user:1", "Ada");
        await cache.SetCacheValueAsync("user:2", "Grace");

        await cache.RemoveCacheValueAsync("user:1");

        Assert.False(await cache.KeyExistsAsync("user:1"));
        Assert.Null(await cache.GetCacheValueAsync<string>("user:1"));
        Assert.Equal("Grace", await cache.GetCacheValueAsync<string>("user:2"));
    }

    [Fact]
    public async Task A_place_word_before_the_store_noun_goes_with_it_and_clearing_a_key_removes_only_that_key()
    {
        ICacheProvider cache = new InMemoryCacheProvider();
        await cache.AddToCache("a", "alpha");
        await cache.AddToCache("b", "beta");

        Assert.Equal("alpha", await cache.GetFromCache<string>("a"));

        await cache.ClearCache("a");

        Assert.Null(await cache.GetFromCache<string>("a"));
        Assert.Equal("beta", await cache.GetFromCache<string>("b"));
    }
}
