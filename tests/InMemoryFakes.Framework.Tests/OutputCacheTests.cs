using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>The output caching middleware caches responses in the IOutputCacheStore fake (and the IOutputCacheBufferStore fake); evicting a tag removes them.</summary>
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

    private static Task<TestApp> StartAsync(OutputCacheBufferStoreFake store, Func<int> next) => TestApp.StartAsync(
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
    public async Task With_the_buffer_store_a_response_written_as_a_sequence_is_served_from_the_fake_until_its_tag_is_evicted()
    {
        var store = new OutputCacheBufferStoreFake(new InMemoryFakeOptions { TimeProvider = new ManualClock(), RecordCalls = true });
        var calls = 0;
        await using var app = await StartAsync(store, () => Interlocked.Increment(ref calls));
        using var client = app.Client();

        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("products 1", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("orders 2", await client.GetStringAsync("/orders", TestContext.Current.CancellationToken));

        // The middleware wrote both responses through IOutputCacheBufferStore.SetAsync (a ReadOnlySequence and the tags as
        // ReadOnlyMemory<string> from a pooled array) and read them back through GetAsync, on the one table.
        var log = Fakes.Of(store).Calls;
        var writes = log.Of("SetAsync");
        Assert.Equal(2, writes.Count);
        Assert.All(writes, w => Assert.IsType<ReadOnlySequence<byte>>(w.Arguments[1]));
        Assert.All(writes, w => Assert.IsType<ReadOnlyMemory<string>>(w.Arguments[2]));
        Assert.NotEmpty(log.Of("GetAsync"));

        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("products", TestContext.Current.CancellationToken);

        Assert.Equal("products 3", await client.GetStringAsync("/products", TestContext.Current.CancellationToken));
        Assert.Equal("orders 2", await client.GetStringAsync("/orders", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_response_the_middleware_cached_is_read_into_a_pipe_through_the_buffer_store()
    {
        var store = new OutputCacheBufferStoreFake(new InMemoryFakeOptions { TimeProvider = new ManualClock(), RecordCalls = true });
        var calls = 0;
        await using var app = await StartAsync(store, () => Interlocked.Increment(ref calls));
        using var client = app.Client();
        await client.GetStringAsync("/orders", TestContext.Current.CancellationToken);
        var key = (string)Fakes.Of(store).Calls.Of("SetAsync").Single().Arguments[0]!;
        IOutputCacheBufferStore buffers = store;

        var pipe = new Pipe();
        Assert.True(await buffers.TryGetAsync(key, pipe.Writer, TestContext.Current.CancellationToken));
        var read = await pipe.Reader.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(await buffers.GetAsync(key, TestContext.Current.CancellationToken), read.Buffer.ToArray());
        Assert.True(read.Buffer.ToArray().AsSpan().IndexOf("orders 1"u8) >= 0, "the cached entry holds the response body");
    }

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
