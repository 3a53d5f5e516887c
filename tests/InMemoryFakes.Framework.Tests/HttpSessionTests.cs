using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Session;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// <c>HttpContext.Session</c> (<see cref="ISession"/>) faked with nothing written by hand: the framework's own session
/// extensions and an endpoint on TestServer use it, and one script gives the same observations on the fake and on the
/// real <c>DistributedSession</c> the session middleware creates.
/// </summary>
public sealed class HttpSessionTests
{
    [Fact]
    public async Task An_endpoint_counts_visits_in_the_fake_session_through_the_framework_session_extensions()
    {
        var session = new HttpSessionFake();
        await using var app = await TestApp.StartAsync(
            _ => { },
            app =>
            {
                // What the session middleware does per request, with the one fake session: the feature HttpContext.Session reads.
                app.Use((context, next) =>
                {
                    context.Features.Set<ISessionFeature>(new SessionFeature { Session = session });
                    return next(context);
                });
                app.MapGet("/visit", async (HttpContext context) =>
                {
                    await context.Session.LoadAsync();
                    var visits = context.Session.GetInt32("visits") ?? 0;
                    context.Session.SetInt32("visits", visits + 1);
                    await context.Session.CommitAsync();
                    return visits.ToString(System.Globalization.CultureInfo.InvariantCulture);
                });
            });
        using var client = app.Client();

        Assert.Equal("0", await client.GetStringAsync("/visit", TestContext.Current.CancellationToken));
        Assert.Equal("1", await client.GetStringAsync("/visit", TestContext.Current.CancellationToken));
        Assert.Equal("2", await client.GetStringAsync("/visit", TestContext.Current.CancellationToken));

        Assert.Equal(3, session.GetInt32("visits"));
        Assert.Equal(new[] { "visits" }, session.Keys.ToArray());
    }

    [Fact]
    public async Task One_script_observes_the_same_on_the_fake_and_on_the_real_distributed_session()
    {
        var real = new DistributedSessionStore(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), NullLoggerFactory.Instance)
            .Create(Guid.NewGuid().ToString(), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(1), static () => true, isNewSessionKey: true);

        var onReal = await ScriptAsync(real);

        Assert.Equal(
            "available True | id is a GUID True, stable True | missing False | read back apple | keys cart,user,visits | case-sensitive False"
            + " | after remove user,visits | after commit ada 3 | after clear 0",
            onReal);
        Assert.Equal(onReal, await ScriptAsync(new HttpSessionFake()));
    }

    [Fact]
    public void A_null_value_is_refused_naming_the_argument_and_the_session_is_unchanged()
    {
        ISession session = new HttpSessionFake();
        session.SetString("name", "Ada");

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => session.Set("name", null!)).ParamName);
        Assert.Equal("Ada", session.GetString("name"));
    }

    private static async Task<string> ScriptAsync(ISession session)
    {
        var seen = new List<string>();
        await session.LoadAsync(TestContext.Current.CancellationToken);
        seen.Add("available " + session.IsAvailable);
        var id = session.Id;
        seen.Add("id is a GUID " + Guid.TryParse(id, out _) + ", stable " + (id == session.Id));
        seen.Add("missing " + session.TryGetValue("cart", out _));

        var bytes = Encoding.UTF8.GetBytes("apple");
        session.Set("cart", bytes);
        bytes[0] = (byte)'X';
        seen.Add("read back " + session.GetString("cart"));

        session.SetString("user", "ada");
        session.SetInt32("visits", 3);
        seen.Add("keys " + string.Join(",", session.Keys.Order(StringComparer.Ordinal)));
        seen.Add("case-sensitive " + session.TryGetValue("CART", out _));

        session.Remove("cart");
        seen.Add("after remove " + string.Join(",", session.Keys.Order(StringComparer.Ordinal)));
        await session.CommitAsync(TestContext.Current.CancellationToken);
        seen.Add("after commit " + session.GetString("user") + " " + session.GetInt32("visits"));

        session.Clear();
        seen.Add("after clear " + session.Keys.Count());
        return string.Join(" | ", seen);
    }
}
