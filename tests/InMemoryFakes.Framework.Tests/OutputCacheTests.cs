using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>The output caching middleware caches responses in the IOutputCacheStore fake; evicting a tag removes them.</summary>
public sealed class OutputCacheTests
{
    private static Task<TestApp> StartAsync(OutputCacheStoreFake store, Func<int> next) => TestApp.StartAsync(
        services =>
        {
            services.AddSingleton<IOutputCacheStore>(store);
            services.AddOutputCache();
        },
        app =>
        {
            app.UseOutputCache();
            app.MapGet("/products", () => "products " + next()).CacheOutput(policy => policy.Tag("products").Expire(TimeSpan.FromMinutes(1)));
            app.MapGet("/orders", () => "orders " + next()).CacheOutput(policy => policy.Tag("orders").Expire(TimeSpan.FromMinutes(1)));
        });

    [Fact]
    public async Task A_cached_response_is_served_from_the_fake_until_its_tag_is_evicted()
    {
        var clock = new ManualClock();
        var store = new OutputCacheStoreFake(clock);
        var calls = 0;
        await using var app = await StartAsync(store, () => Interlocked.Increment(ref calls));
        using var client = app.Client();

        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("orders 2", await client.GetStringAsync("/orders", TestContext.Current.CancellationToken));

        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("products", TestContext.Current.CancellationToken);

        Assert.Equal("products 3", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("orders 2", await client.GetStringAsync("/orders", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_cached_response_expires_after_its_duration_on_the_fake_clock()
    {
        var clock = new ManualClock();
        var store = new OutputCacheStoreFake(clock);
        var calls = 0;
        await using var app = await StartAsync(store, () => Interlocked.Increment(ref calls));
        using var client = app.Client();

        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("products 2", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
    }
}
