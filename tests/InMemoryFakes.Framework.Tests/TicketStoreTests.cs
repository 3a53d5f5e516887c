using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>Cookie authentication keeps its tickets in the ITicketStore fake (its SessionStore): the cookie holds only the key.</summary>
public sealed class TicketStoreTests
{
    private const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private static Task<TestApp> StartAsync(TicketStoreFake store) => TestApp.StartAsync(
        services =>
        {
            services.AddAuthentication(Scheme).AddCookie(Scheme);
            services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure(options => options.SessionStore = store);
            services.AddAuthorization();
        },
        app =>
        {
            app.UseAuthentication();
            app.MapGet("/signin", async (HttpContext context, string name) =>
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, "reader")], Scheme);
                await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
                return "signed in";
            });
            app.MapGet("/me", (HttpContext context) => context.User.Identity?.IsAuthenticated == true
                ? Results.Text(context.User.Identity.Name + " " + string.Join(",", context.User.FindAll(ClaimTypes.Role).Select(static c => c.Value)))
                : Results.Unauthorized());
            app.MapGet("/signout", async (HttpContext context) =>
            {
                await context.SignOutAsync(Scheme);
                return "signed out";
            });
        });

    private static string AuthCookie(System.Net.CookieContainer cookies)
        => cookies.GetCookies(new Uri("http://localhost/"))[".AspNetCore." + Scheme]?.Value ?? throw new InvalidOperationException("no authentication cookie");

    [Fact]
    public async Task Signing_in_stores_the_ticket_in_the_fake_and_a_request_with_the_cookie_is_authenticated()
    {
        var store = new TicketStoreFake(new ManualClock());
        await using var app = await StartAsync(store);
        using var client = app.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/me", TestContext.Current.CancellationToken)).StatusCode);
        await client.GetStringAsync("/signin?name=alice", TestContext.Current.CancellationToken);

        Assert.Equal("alice reader", await client.GetStringAsync("/me", TestContext.Current.CancellationToken));
        var stored = Assert.Single(Fakes.Of(store).Entries);
        var ticket = await ((ITicketStore)store).RetrieveAsync((string)stored.Key, TestContext.Current.CancellationToken);
        Assert.Equal("alice", ticket?.Principal.Identity?.Name);
    }

    [Fact]
    public async Task The_cookie_carries_only_the_key_of_the_ticket_in_the_fake()
    {
        var store = new TicketStoreFake(new ManualClock());
        await using var app = await StartAsync(store);
        var (client, cookies) = app.Browser();
        using var _ = client;
        await client.GetStringAsync("/signin?name=alice", TestContext.Current.CancellationToken);

        var format = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(Scheme).TicketDataFormat;
        var inCookie = format.Unprotect(AuthCookie(cookies)) ?? throw new InvalidOperationException("the cookie does not hold a ticket");
        var claim = Assert.Single(inCookie.Principal.Claims);
        Assert.Equal("Microsoft.AspNetCore.Authentication.Cookies-SessionId", claim.Type);
        Assert.Equal((string)Assert.Single(Fakes.Of(store).Entries).Key, claim.Value);
    }

    [Fact]
    public async Task Signing_out_removes_the_ticket_so_the_old_cookie_no_longer_authenticates()
    {
        var store = new TicketStoreFake(new ManualClock());
        await using var app = await StartAsync(store);
        var (client, cookies) = app.Browser();
        using var _ = client;
        await client.GetStringAsync("/signin?name=alice", TestContext.Current.CancellationToken);
        var cookie = AuthCookie(cookies);

        await client.GetStringAsync("/signout", TestContext.Current.CancellationToken);
        Assert.Equal(0, Fakes.Of(store).Count);

        // A request that replays the old cookie finds no ticket behind its key.
        using var replay = app.PlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("Cookie", ".AspNetCore." + Scheme + "=" + cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Two_users_get_two_tickets_under_different_keys()
    {
        var store = new TicketStoreFake(new ManualClock());
        await using var app = await StartAsync(store);
        using var alice = app.Client();
        using var bob = app.Client();
        await alice.GetStringAsync("/signin?name=alice", TestContext.Current.CancellationToken);
        await bob.GetStringAsync("/signin?name=bob", TestContext.Current.CancellationToken);

        Assert.Equal("alice reader", await alice.GetStringAsync("/me", TestContext.Current.CancellationToken));
        Assert.Equal("bob reader", await bob.GetStringAsync("/me", TestContext.Current.CancellationToken));
        Assert.Equal(2, Fakes.Of(store).Entries.Select(static e => e.Key).Distinct().Count());
    }
}
