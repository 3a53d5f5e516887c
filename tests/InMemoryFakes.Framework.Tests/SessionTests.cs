using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>ASP.NET Core's session middleware keeps its sessions in the IDistributedCache fake.</summary>
public sealed class SessionTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(20);

    private static Task<TestApp> StartAsync(DistributedCacheFake cache) => TestApp.StartAsync(
        services =>
        {
            services.AddSingleton<IDistributedCache>(cache);
            services.AddSession(options => options.IdleTimeout = IdleTimeout);
        },
        app =>
        {
            app.UseSession();
            app.MapGet("/set", (HttpContext context, string value) =>
            {
                context.Session.SetString("value", value);
                return "stored";
            });
            app.MapGet("/get", (HttpContext context) => context.Session.GetString("value") ?? "(none)");
        });

    [Fact]
    public async Task A_session_value_is_stored_in_the_fake_and_read_back_on_the_next_request()
    {
        var cache = new DistributedCacheFake(new ManualClock());
        await using var app = await StartAsync(cache);
        using var client = app.Client();

        Assert.Equal("stored", await client.GetStringAsync("/set?value=hello", TestContext.Current.CancellationToken));
        Assert.Equal("hello", await client.GetStringAsync("/get", TestContext.Current.CancellationToken));

        var entry = Assert.Single(Fakes.Of(cache).Entries);
        Assert.Equal(IdleTimeout, entry.SlidingWindow);
    }

    [Fact]
    public async Task A_session_used_within_the_idle_timeout_stays_and_one_idle_longer_is_gone()
    {
        var clock = new ManualClock();
        var cache = new DistributedCacheFake(clock);
        await using var app = await StartAsync(cache);
        using var client = app.Client();
        await client.GetStringAsync("/set?value=hello", TestContext.Current.CancellationToken);

        // Each request within the idle timeout renews the session (the middleware refreshes the cache entry).
        clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal("hello", await client.GetStringAsync("/get", TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal("hello", await client.GetStringAsync("/get", TestContext.Current.CancellationToken));

        clock.Advance(IdleTimeout);
        Assert.Equal("(none)", await client.GetStringAsync("/get", TestContext.Current.CancellationToken));
        Assert.Equal(0, Fakes.Of(cache).Count);
    }

    [Fact]
    public async Task Two_browsers_have_two_sessions()
    {
        var cache = new DistributedCacheFake(new ManualClock());
        await using var app = await StartAsync(cache);
        using var alice = app.Client();
        using var bob = app.Client();

        await alice.GetStringAsync("/set?value=alice", TestContext.Current.CancellationToken);
        await bob.GetStringAsync("/set?value=bob", TestContext.Current.CancellationToken);

        Assert.Equal("alice", await alice.GetStringAsync("/get", TestContext.Current.CancellationToken));
        Assert.Equal("bob", await bob.GetStringAsync("/get", TestContext.Current.CancellationToken));
        Assert.Equal(2, Fakes.Of(cache).Count);
    }
}
