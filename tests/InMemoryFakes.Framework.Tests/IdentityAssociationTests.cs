using System;
using System.Linq;
using System.Net.Http;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// The data Identity keeps beside users and roles (user claims, external logins, role membership, role claims) in the
/// generated fakes' side tables, through UserManager, RoleManager and SignInManager on a TestServer. The user fake finds
/// the roles in the role fake's table because both share one <see cref="InMemoryBackend"/>.
/// </summary>
public sealed class IdentityAssociationTests
{
    private const string Password = "Passw0rd!";

    private static async Task<(TestApp App, IdentityUserStoreFake Users, IdentityRoleStoreFake Roles)> StartAsync()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var users = new IdentityUserStoreFake(backend);
        var roles = new IdentityRoleStoreFake(backend);
        var app = await TestApp.StartAsync(
            services =>
            {
                services.AddSingleton<IUserStore<IdentityUser>>(users);
                services.AddSingleton<IRoleStore<IdentityRole>>(roles);
                services.AddIdentity<IdentityUser, IdentityRole>();
            },
            web =>
            {
                web.UseAuthentication();
                web.MapPost("/login", async (SignInManager<IdentityUser> signIn, string name, string password) =>
                    (await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: false)).Succeeded ? "signed in" : "failed");
                web.MapGet("/claims", (HttpContext context) => string.Join(";", context.User.Claims
                    .Where(static c => c.Type is "dept" or "perm" || c.Type == ClaimTypes.Role)
                    .Select(static c => (c.Type == ClaimTypes.Role ? "role" : c.Type) + "=" + c.Value)
                    .Order(StringComparer.Ordinal)));
            });
        return (app, users, roles);
    }

    private static async Task<T> WithManagersAsync<T>(TestApp app, Func<UserManager<IdentityUser>, RoleManager<IdentityRole>, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    private static async Task<IdentityUser> CreateUserAsync(TestApp app, string name)
        => await WithManagersAsync(app, async (users, _) =>
        {
            var user = new IdentityUser(name) { Email = name + "@example.com" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            return user;
        });

    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, url);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task UserManager_reports_claim_login_and_role_support_from_the_one_user_fake()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;

        var supports = await WithManagersAsync(app, static (m, r) => Task.FromResult((m.SupportsUserClaim, m.SupportsUserLogin, m.SupportsUserRole, r.SupportsRoleClaims)));

        Assert.Equal((true, true, true, true), supports);
    }

    [Fact]
    public async Task User_claims_are_added_listed_replaced_and_removed_by_type_and_value_not_by_reference()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");
        var bob = await CreateUserAsync(app, "bob");

        var (listed, holders, replaced, afterRemove) = await WithManagersAsync(app, async (users, _) =>
        {
            var user = (await users.FindByIdAsync(alice.Id))!;
            Assert.True((await users.AddClaimsAsync(user, [new Claim("dept", "sales"), new Claim("level", "2")])).Succeeded);
            Assert.True((await users.AddClaimAsync((await users.FindByIdAsync(bob.Id))!, new Claim("dept", "sales"))).Succeeded);
            var listed = (await users.GetClaimsAsync(user)).Select(static c => c.Type + "=" + c.Value).ToArray();
            var holders = (await users.GetUsersForClaimAsync(new Claim("dept", "sales"))).Select(static u => u.UserName!).Order(StringComparer.Ordinal).ToArray();
            Assert.True((await users.ReplaceClaimAsync(user, new Claim("level", "2"), new Claim("level", "3"))).Succeeded);
            var replaced = (await users.GetClaimsAsync(user)).Single(static c => c.Type == "level").Value;
            Assert.True((await users.RemoveClaimAsync(user, new Claim("dept", "sales"))).Succeeded);
            var afterRemove = (await users.GetUsersForClaimAsync(new Claim("dept", "sales"))).Select(static u => u.UserName!).ToArray();
            return (listed, holders, replaced, afterRemove);
        });

        Assert.Equal(["dept=sales", "level=2"], listed);
        Assert.Equal(["alice", "bob"], holders);
        Assert.Equal("3", replaced);
        Assert.Equal(["bob"], afterRemove);
    }

    [Fact]
    public async Task An_external_login_finds_its_user_and_cannot_be_added_to_a_second_user()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");
        var bob = await CreateUserAsync(app, "bob");

        var (found, second, logins, afterRemove) = await WithManagersAsync(app, async (users, _) =>
        {
            Assert.True((await users.AddLoginAsync((await users.FindByIdAsync(alice.Id))!, new UserLoginInfo("GitHub", "gh-1", "GitHub"))).Succeeded);
            var found = await users.FindByLoginAsync("GitHub", "gh-1");
            var second = await users.AddLoginAsync((await users.FindByIdAsync(bob.Id))!, new UserLoginInfo("GitHub", "gh-1", "GitHub"));
            var logins = (await users.GetLoginsAsync(found!)).Select(static l => l.LoginProvider + "/" + l.ProviderKey + "/" + l.ProviderDisplayName).ToArray();
            Assert.True((await users.RemoveLoginAsync(found!, "GitHub", "gh-1")).Succeeded);
            return (found, second, logins, await users.FindByLoginAsync("GitHub", "gh-1"));
        });

        Assert.Equal(alice.Id, found?.Id);
        Assert.Equal(["LoginAlreadyAssociated"], second.Errors.Select(static e => e.Code));
        Assert.Equal(["GitHub/gh-1/GitHub"], logins);
        Assert.Null(afterRemove);
    }

    [Fact]
    public async Task A_user_added_to_a_role_is_in_it_lists_it_by_name_and_an_unknown_role_throws()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");
        await CreateUserAsync(app, "bob");

        var (inRole, roles, members, duplicate, notInOther) = await WithManagersAsync(app, async (users, roleManager) =>
        {
            Assert.True((await roleManager.CreateAsync(new IdentityRole("Admin"))).Succeeded);
            Assert.True((await roleManager.CreateAsync(new IdentityRole("Editor"))).Succeeded);
            var user = (await users.FindByIdAsync(alice.Id))!;
            Assert.True((await users.AddToRoleAsync(user, "Admin")).Succeeded);
            return (await users.IsInRoleAsync(user, "admin"), await users.GetRolesAsync(user),
                (await users.GetUsersInRoleAsync("Admin")).Select(static u => u.UserName!).ToArray(),
                await users.AddToRoleAsync(user, "Admin"), await users.IsInRoleAsync(user, "Editor"));
        });

        Assert.True(inRole);
        Assert.Equal(["Admin"], roles);
        Assert.Equal(["alice"], members);
        Assert.Equal(["UserAlreadyInRole"], duplicate.Errors.Select(static e => e.Code));
        Assert.False(notInOther);
        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() => WithManagersAsync(app, async (users, _) => await users.AddToRoleAsync((await users.FindByIdAsync(alice.Id))!, "Nope")));
        Assert.Equal("Role NOPE does not exist.", unknown.Message);
    }

    [Fact]
    public async Task Removing_a_user_from_a_role_ends_the_membership()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");

        var (inRole, members) = await WithManagersAsync(app, async (users, roleManager) =>
        {
            await roleManager.CreateAsync(new IdentityRole("Admin"));
            var user = (await users.FindByIdAsync(alice.Id))!;
            await users.AddToRoleAsync(user, "Admin");
            Assert.True((await users.RemoveFromRoleAsync(user, "Admin")).Succeeded);
            return (await users.IsInRoleAsync(user, "Admin"), await users.GetUsersInRoleAsync("Admin"));
        });

        Assert.False(inRole);
        Assert.Empty(members);
    }

    [Fact]
    public async Task Role_claims_are_added_listed_and_removed_by_type_and_value()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;

        var (listed, afterRemove) = await WithManagersAsync(app, async (_, roles) =>
        {
            await roles.CreateAsync(new IdentityRole("Admin"));
            var role = (await roles.FindByNameAsync("Admin"))!;
            Assert.True((await roles.AddClaimAsync(role, new Claim("perm", "users.delete"))).Succeeded);
            Assert.True((await roles.AddClaimAsync(role, new Claim("perm", "users.read"))).Succeeded);
            var listed = (await roles.GetClaimsAsync(role)).Select(static c => c.Value).ToArray();
            Assert.True((await roles.RemoveClaimAsync(role, new Claim("perm", "users.delete"))).Succeeded);
            return (listed, (await roles.GetClaimsAsync(role)).Select(static c => c.Value).ToArray());
        });

        Assert.Equal(["users.delete", "users.read"], listed);
        Assert.Equal(["users.read"], afterRemove);
    }

    [Fact]
    public async Task A_signed_in_user_carries_their_claims_their_roles_and_their_roles_claims()
    {
        var (app, _, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");
        await WithManagersAsync(app, async (users, roles) =>
        {
            await roles.CreateAsync(new IdentityRole("Admin"));
            await roles.AddClaimAsync((await roles.FindByNameAsync("Admin"))!, new Claim("perm", "users.delete"));
            var user = (await users.FindByIdAsync(alice.Id))!;
            await users.AddClaimAsync(user, new Claim("dept", "sales"));
            await users.AddToRoleAsync(user, "Admin");
            return true;
        });
        using var client = app.Client();

        Assert.Equal("signed in", await SendAsync(client, HttpMethod.Post, "/login?name=alice&password=" + Uri.EscapeDataString(Password)));

        Assert.Equal("dept=sales;perm=users.delete;role=Admin", await SendAsync(client, HttpMethod.Get, "/claims"));
    }

    [Fact]
    public async Task Deleting_a_user_drops_their_claims_logins_and_memberships()
    {
        var (app, users, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");

        var (byLogin, forClaim, inRole) = await WithManagersAsync(app, async (manager, roles) =>
        {
            await roles.CreateAsync(new IdentityRole("Admin"));
            var user = (await manager.FindByIdAsync(alice.Id))!;
            await manager.AddClaimAsync(user, new Claim("dept", "sales"));
            await manager.AddLoginAsync(user, new UserLoginInfo("GitHub", "gh-1", null));
            await manager.AddToRoleAsync(user, "Admin");
            Assert.True((await manager.DeleteAsync(user)).Succeeded);
            return (await manager.FindByLoginAsync("GitHub", "gh-1"), await manager.GetUsersForClaimAsync(new Claim("dept", "sales")), await manager.GetUsersInRoleAsync("Admin"));
        });

        Assert.Null(byLogin);
        Assert.Empty(forClaim);
        Assert.Empty(inRole);
        Assert.Equal(0, Fakes.Of(users).Count);
    }

    [Fact]
    public async Task A_snapshot_restores_the_side_tables_and_Reset_empties_them()
    {
        var (app, users, _) = await StartAsync();
        await using var _app = app;
        var alice = await CreateUserAsync(app, "alice");
        await WithManagersAsync(app, async (m, _) => (await m.AddClaimAsync((await m.FindByIdAsync(alice.Id))!, new Claim("dept", "sales"))).Succeeded);
        var snapshot = Fakes.Of(users).Snapshot();

        await WithManagersAsync(app, async (m, _) => (await m.RemoveClaimAsync((await m.FindByIdAsync(alice.Id))!, new Claim("dept", "sales"))).Succeeded);
        await WithManagersAsync(app, async (m, _) => (await m.AddClaimAsync((await m.FindByIdAsync(alice.Id))!, new Claim("level", "9"))).Succeeded);
        Fakes.Of(users).Restore(snapshot);
        var restored = await WithManagersAsync(app, async (m, _) => (await m.GetClaimsAsync((await m.FindByIdAsync(alice.Id))!)).Select(static c => c.Type + "=" + c.Value).ToArray());

        Fakes.Of(users).Reset();
        var store = (IUserClaimStore<IdentityUser>)users;
        var afterReset = await store.GetUsersForClaimAsync(new Claim("dept", "sales"), TestContext.Current.CancellationToken);

        Assert.Equal(["dept=sales"], restored);
        Assert.Empty(afterReset);
        Assert.Equal(0, Fakes.Of(users).Count);
    }
}
