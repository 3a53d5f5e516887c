using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Duende IdentityServer's ICache<T> (DefaultCache<T> over IMemoryCache): SetAsync(key, item, expiration) caches the item
// under the key it is given, for a time to live; GetOrAddAsync(key, duration, get) takes the time to live before the
// factory. The cached type has a key of its own (a client's ClientId), which the cache never reads.

public sealed class CachedClient
{
    public string ClientId { get; set; } = "";

    public string? ClientName { get; set; }
}

public interface IKeyedTypeCache<T>
    where T : class
{
    Task<T?> GetAsync(string key);

    Task<T> GetOrAddAsync(string key, TimeSpan duration, Func<Task<T>> get);

    Task SetAsync(string key, T item, TimeSpan expiration);

    Task RemoveAsync(string key);
}

[InMemoryFake(typeof(IKeyedTypeCache<CachedClient>))]
public partial class CachedClientCacheFake;

public sealed class CacheOfKeyedTypeTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_key_is_the_one_SetAsync_is_given_not_the_cached_types_own()
    {
        IKeyedTypeCache<CachedClient> cache = new CachedClientCacheFake(new ManualClock(Start));

        await cache.SetAsync("clients:web", new CachedClient { ClientId = "web", ClientName = "a" }, TimeSpan.FromMinutes(5));

        Assert.Equal("a", (await cache.GetAsync("clients:web"))?.ClientName);
        Assert.Null(await cache.GetAsync("web"));
        await cache.RemoveAsync("web");
        Assert.NotNull(await cache.GetAsync("clients:web"));
        await cache.RemoveAsync("clients:web");
        Assert.Null(await cache.GetAsync("clients:web"));
    }

    [Fact]
    public async Task SetAsync_caches_for_its_time_to_live_exactly()
    {
        var clock = new ManualClock(Start);
        IKeyedTypeCache<CachedClient> cache = new CachedClientCacheFake(clock);

        await cache.SetAsync("k", new CachedClient { ClientId = "web" }, TimeSpan.FromMinutes(5));
        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.NotNull(await cache.GetAsync("k"));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(await cache.GetAsync("k"));
    }

    [Fact]
    public async Task GetOrAddAsync_with_the_time_to_live_before_the_factory_caches_what_get_made_for_that_long()
    {
        var clock = new ManualClock(Start);
        IKeyedTypeCache<CachedClient> cache = new CachedClientCacheFake(clock);
        var calls = 0;
        Task<CachedClient> Get()
        {
            calls++;
            return Task.FromResult(new CachedClient { ClientId = "spa", ClientName = "n" + calls });
        }

        Assert.Equal("n1", (await cache.GetOrAddAsync("k", TimeSpan.FromMinutes(1), Get)).ClientName);
        Assert.Equal("n1", (await cache.GetOrAddAsync("k", TimeSpan.FromMinutes(1), Get)).ClientName);
        Assert.Equal(1, calls);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await cache.GetAsync("k"));
        Assert.Equal("n2", (await cache.GetOrAddAsync("k", TimeSpan.FromMinutes(1), Get)).ClientName);
    }

    [Fact]
    public async Task GetOrAddAsync_returns_but_does_not_cache_a_null_and_refuses_a_null_factory()
    {
        IKeyedTypeCache<CachedClient> cache = new CachedClientCacheFake(new ManualClock(Start));

        Assert.Null(await cache.GetOrAddAsync("k", TimeSpan.FromMinutes(1), static () => Task.FromResult<CachedClient>(null!)));
        Assert.Null(await cache.GetAsync("k"));
        Assert.Equal("get", (await Assert.ThrowsAsync<ArgumentNullException>(() => cache.GetOrAddAsync("k", TimeSpan.FromMinutes(1), null!))).ParamName);
    }
}
