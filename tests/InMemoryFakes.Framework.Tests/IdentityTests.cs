using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// ASP.NET Core Identity's UserManager, RoleManager and SignInManager (AddIdentity) keep their users and roles in the
/// generated fakes: registration, lookups by normalized name and email, the duplicate checks of Identity's validators,
/// password checks and sign-in, updates and deletes, all through the framework's own code.
/// </summary>
public sealed class IdentityTests
{
    private const string Password = "Passw0rd!";

    private static Task<TestApp> StartAsync(IdentityUserStoreFake users, IdentityRoleStoreFake roles, Action<IdentityOptions>? options = null) => TestApp.StartAsync(
        services =>
        {
            services.AddSingleton<IUserStore<IdentityUser>>(users);
            services.AddSingleton<IRoleStore<IdentityRole>>(roles);
            services.AddIdentity<IdentityUser, IdentityRole>(o => options?.Invoke(o));
        },
        app =>
        {
            app.UseAuthentication();
            app.MapPost("/register", async (UserManager<IdentityUser> manager, string name, string email, string password) =>
            {
                var result = await manager.CreateAsync(new IdentityUser(name) { Email = email }, password);
                return result.Succeeded ? "registered" : string.Join(",", result.Errors.Select(static e => e.Code));
            });
            app.MapPost("/login", async (SignInManager<IdentityUser> signIn, string name, string password) =>
                (await signIn.PasswordSignInAsync(name, password, isPersistent: false, lockoutOnFailure: false)).Succeeded ? "signed in" : "failed");
            app.MapGet("/me", (HttpContext context) => context.User.Identity?.IsAuthenticated == true
                ? Results.Text(context.User.Identity.Name)
                : Results.Unauthorized());
        });

    private static async Task<string> PostAsync(HttpClient client, string url)
    {
        using var response = await client.PostAsync(url, content: null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static Task<string> RegisterAsync(HttpClient client, string name, string email, string password = Password)
        => PostAsync(client, $"/register?name={Uri.EscapeDataString(name)}&email={Uri.EscapeDataString(email)}&password={Uri.EscapeDataString(password)}");

    /// <summary>Runs <paramref name="work"/> with a UserManager of a new request scope, as each request gets one.</summary>
    private static async Task<T> WithUsersAsync<T>(TestApp app, Func<UserManager<IdentityUser>, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }

    private static async Task<T> WithRolesAsync<T>(TestApp app, Func<RoleManager<IdentityRole>, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    [Fact]
    public async Task UserManager_sees_one_fake_as_its_user_email_and_password_store()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));

        var supports = await WithUsersAsync(app, static m => Task.FromResult((m.SupportsUserEmail, m.SupportsUserPassword, m.SupportsUserSecurityStamp)));

        Assert.Equal((true, true, false), supports);
    }

    [Fact]
    public async Task A_registered_user_is_stored_with_normalized_name_and_email_and_a_password_hash()
    {
        var users = new IdentityUserStoreFake(new ManualClock());
        await using var app = await StartAsync(users, new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();

        Assert.Equal("registered", await RegisterAsync(client, "Alice", "Alice@Example.com"));

        Assert.Equal(1, Fakes.Of(users).Count);
        var stored = await ((IUserStore<IdentityUser>)users).FindByNameAsync("ALICE", TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("Alice", stored.UserName);
        Assert.Equal("ALICE@EXAMPLE.COM", stored.NormalizedEmail);
        Assert.NotNull(stored.PasswordHash);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_user_is_found_by_name_and_by_email_in_any_case_and_not_by_another_name()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");
        await RegisterAsync(client, "Bob", "bob@example.com");

        var (byName, byEmail, byOtherCase, missing) = await WithUsersAsync(app, static async m =>
            (await m.FindByNameAsync("Alice"), await m.FindByEmailAsync("ALICE@example.COM"), await m.FindByNameAsync("alice"), await m.FindByNameAsync("carol")));

        Assert.Equal("alice@example.com", byName?.Email);
        Assert.Equal("Alice", byEmail?.UserName);
        Assert.Equal(byName?.Id, byOtherCase?.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task A_second_user_with_the_same_name_in_another_case_is_rejected_as_DuplicateUserName()
    {
        var users = new IdentityUserStoreFake(new ManualClock());
        await using var app = await StartAsync(users, new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();

        Assert.Equal("registered", await RegisterAsync(client, "Alice", "alice@example.com"));
        Assert.Equal("DuplicateUserName", await RegisterAsync(client, "ALICE", "other@example.com"));

        Assert.Equal(1, Fakes.Of(users).Count);
    }

    [Fact]
    public async Task With_RequireUniqueEmail_a_second_user_with_the_same_email_is_rejected_as_DuplicateEmail()
    {
        var users = new IdentityUserStoreFake(new ManualClock());
        await using var app = await StartAsync(users, new IdentityRoleStoreFake(new ManualClock()), static o => o.User.RequireUniqueEmail = true);
        using var client = app.Client();

        Assert.Equal("registered", await RegisterAsync(client, "Alice", "alice@example.com"));
        Assert.Equal("DuplicateEmail", await RegisterAsync(client, "Bob", "ALICE@example.com"));

        Assert.Equal(1, Fakes.Of(users).Count);
    }

    [Fact]
    public async Task A_password_that_fails_Identity_password_rules_stores_no_user()
    {
        var users = new IdentityUserStoreFake(new ManualClock());
        await using var app = await StartAsync(users, new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();

        var codes = await RegisterAsync(client, "Alice", "alice@example.com", password: "short");

        Assert.Contains("PasswordTooShort", codes, StringComparison.Ordinal);
        Assert.Equal(0, Fakes.Of(users).Count);
    }

    [Fact]
    public async Task CheckPasswordAsync_is_true_for_the_registered_password_and_false_for_another()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        var (right, wrong, hasPassword) = await WithUsersAsync(app, static async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            return (await m.CheckPasswordAsync(alice, Password), await m.CheckPasswordAsync(alice, "Wr0ng-password"), await m.HasPasswordAsync(alice));
        });

        Assert.True(right);
        Assert.False(wrong);
        Assert.True(hasPassword);
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_authenticates_the_next_request_and_a_wrong_one_does_not()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        using var stranger = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        Assert.Equal("failed", await PostAsync(stranger, "/login?name=Alice&password=Wr0ng-password"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/me", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal("signed in", await PostAsync(client, $"/login?name=alice&password={Uri.EscapeDataString(Password)}"));
        Assert.Equal("Alice", await client.GetStringAsync("/me", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_changed_email_saved_with_UpdateAsync_is_found_by_the_new_email_and_not_the_old()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        var updated = await WithUsersAsync(app, static async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            alice.Email = "alice@contoso.com";
            alice.PhoneNumber = "+1 555 0100";
            return await m.UpdateAsync(alice);
        });
        var (byNew, byOld) = await WithUsersAsync(app, static async m => (await m.FindByEmailAsync("alice@contoso.com"), await m.FindByEmailAsync("alice@example.com")));

        Assert.True(updated.Succeeded);
        Assert.Equal("Alice", byNew?.UserName);
        Assert.Equal("+1 555 0100", byNew?.PhoneNumber);
        Assert.Null(byOld);
    }

    [Fact]
    public async Task Every_IdentityUser_property_saved_with_UpdateAsync_is_read_back_in_the_next_scope()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");
        var lockoutEnd = new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.FromHours(1));

        var saved = await WithUsersAsync(app, async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            alice.EmailConfirmed = true;
            alice.PhoneNumber = "+1 555 0100";
            alice.PhoneNumberConfirmed = true;
            alice.TwoFactorEnabled = true;
            alice.LockoutEnabled = false;
            alice.LockoutEnd = lockoutEnd;
            alice.AccessFailedCount = 3;
            alice.SecurityStamp = "stamp-1";
            Assert.True((await m.UpdateAsync(alice)).Succeeded);
            return alice;
        });
        var loaded = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice")) ?? throw new InvalidOperationException("Alice is not stored");

        Assert.NotSame(saved, loaded);
        Assert.Equal(
            (saved.Id, saved.UserName, saved.NormalizedUserName, saved.Email, saved.NormalizedEmail, saved.EmailConfirmed, saved.PasswordHash, saved.SecurityStamp, saved.ConcurrencyStamp),
            (loaded.Id, loaded.UserName, loaded.NormalizedUserName, loaded.Email, loaded.NormalizedEmail, loaded.EmailConfirmed, loaded.PasswordHash, loaded.SecurityStamp, loaded.ConcurrencyStamp));
        Assert.Equal(
            (saved.PhoneNumber, saved.PhoneNumberConfirmed, saved.TwoFactorEnabled, saved.LockoutEnabled, saved.LockoutEnd, saved.AccessFailedCount),
            ("+1 555 0100", true, true, false, (DateTimeOffset?)lockoutEnd, 3));
        Assert.Equal(
            (saved.PhoneNumber, saved.PhoneNumberConfirmed, saved.TwoFactorEnabled, saved.LockoutEnabled, saved.LockoutEnd, saved.AccessFailedCount),
            (loaded.PhoneNumber, loaded.PhoneNumberConfirmed, loaded.TwoFactorEnabled, loaded.LockoutEnabled, loaded.LockoutEnd, loaded.AccessFailedCount));
    }

    [Fact]
    public async Task A_change_to_a_found_user_without_UpdateAsync_is_not_stored()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        await WithUsersAsync(app, static async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            alice.Email = "changed@example.com";
            return alice;
        });
        var again = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice"));

        Assert.Equal("alice@example.com", again?.Email);
    }

    [Fact]
    public async Task Renaming_a_user_to_a_taken_name_is_rejected_as_DuplicateUserName_and_stores_nothing()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");
        await RegisterAsync(client, "Bob", "bob@example.com");

        var result = await WithUsersAsync(app, static async m =>
        {
            var bob = await m.FindByNameAsync("Bob") ?? throw new InvalidOperationException("Bob is not stored");
            return await m.SetUserNameAsync(bob, "alice");
        });
        var (bob, alice) = await WithUsersAsync(app, static async m => (await m.FindByEmailAsync("bob@example.com"), await m.FindByNameAsync("Alice")));

        Assert.Equal("DuplicateUserName", Assert.Single(result.Errors).Code);
        Assert.Equal("Bob", bob?.UserName);
        Assert.Equal("alice@example.com", alice?.Email);
    }

    [Fact]
    public async Task Each_UpdateAsync_gives_the_user_a_new_ConcurrencyStamp_and_later_updates_of_the_same_object_succeed()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        var (before, first, afterFirst, second, afterSecond) = await WithUsersAsync(app, static async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            var stamp = alice.ConcurrencyStamp;
            alice.PhoneNumber = "+1 555 0100";
            var one = await m.UpdateAsync(alice);
            var stampAfterOne = alice.ConcurrencyStamp;
            alice.PhoneNumber = "+1 555 0199";
            var two = await m.UpdateAsync(alice);
            return (stamp, one, stampAfterOne, two, alice.ConcurrencyStamp);
        });
        var stored = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice"));

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.NotEqual(before, afterFirst);
        Assert.NotEqual(afterFirst, afterSecond);
        Assert.Equal(afterSecond, stored?.ConcurrencyStamp);
        Assert.Equal("+1 555 0199", stored?.PhoneNumber);
    }

    [Fact]
    public async Task UpdateAsync_of_a_stale_copy_fails_and_keeps_the_change_saved_first()
    {
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        // Two requests load Alice; the first saves its change, the second still holds the old ConcurrencyStamp.
        var first = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice"));
        var second = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice"));
        first!.PhoneNumber = "+1 555 0100";
        second!.Email = "stale@example.com";
        var firstResult = await WithUsersAsync(app, m => m.UpdateAsync(first));
        var staleResult = await WithUsersAsync(app, m => m.UpdateAsync(second));
        var staleDelete = await WithUsersAsync(app, m => m.DeleteAsync(second));
        var stored = await WithUsersAsync(app, static m => m.FindByNameAsync("Alice"));

        Assert.True(firstResult.Succeeded);
        Assert.False(staleResult.Succeeded);
        Assert.False(staleDelete.Succeeded);

        // The error UserStore returns when SaveChanges throws DbUpdateConcurrencyException (h-wrongclass4: the fake's
        // failed result carried no error at all).
        Assert.Equal("ConcurrencyFailure", Assert.Single(staleResult.Errors).Code);
        Assert.Equal("ConcurrencyFailure", Assert.Single(staleDelete.Errors).Code);
        Assert.Equal("+1 555 0100", stored?.PhoneNumber);
        Assert.Equal("alice@example.com", stored?.Email);
    }

    [Fact]
    public async Task A_deleted_user_is_found_neither_by_id_nor_by_name_and_its_name_can_be_registered_again()
    {
        var users = new IdentityUserStoreFake(new ManualClock());
        await using var app = await StartAsync(users, new IdentityRoleStoreFake(new ManualClock()));
        using var client = app.Client();
        await RegisterAsync(client, "Alice", "alice@example.com");

        var (id, deleted) = await WithUsersAsync(app, static async m =>
        {
            var alice = await m.FindByNameAsync("Alice") ?? throw new InvalidOperationException("Alice is not stored");
            return (alice.Id, await m.DeleteAsync(alice));
        });
        var (byId, byName) = await WithUsersAsync(app, async m => (await m.FindByIdAsync(id), await m.FindByNameAsync("Alice")));

        Assert.True(deleted.Succeeded);
        Assert.Null(byId);
        Assert.Null(byName);
        Assert.Equal(0, Fakes.Of(users).Count);
        Assert.Equal("registered", await RegisterAsync(client, "Alice", "alice@example.com"));
    }

    [Fact]
    public async Task RoleManager_creates_a_role_finds_it_by_name_in_any_case_and_rejects_a_duplicate_as_DuplicateRoleName()
    {
        var roles = new IdentityRoleStoreFake(new ManualClock());
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), roles);

        var created = await WithRolesAsync(app, static m => m.CreateAsync(new IdentityRole("Admin")));
        var (found, exists, missing) = await WithRolesAsync(app, static async m => (await m.FindByNameAsync("admin"), await m.RoleExistsAsync("ADMIN"), await m.FindByNameAsync("Reader")));
        var duplicate = await WithRolesAsync(app, static m => m.CreateAsync(new IdentityRole("ADMIN")));

        Assert.True(created.Succeeded);
        Assert.Equal("Admin", found?.Name);
        Assert.Equal("ADMIN", found?.NormalizedName);
        Assert.True(exists);
        Assert.Null(missing);
        Assert.Equal("DuplicateRoleName", Assert.Single(duplicate.Errors).Code);
        Assert.Equal(1, Fakes.Of(roles).Count);
    }

    [Fact]
    public async Task RoleManager_UpdateAsync_of_a_stale_role_fails_and_keeps_the_name_saved_first()
    {
        var roles = new IdentityRoleStoreFake(new ManualClock());
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), roles);
        await WithRolesAsync(app, static m => m.CreateAsync(new IdentityRole("Admin")));
        var first = await WithRolesAsync(app, static m => m.FindByNameAsync("Admin"));
        var second = await WithRolesAsync(app, static m => m.FindByNameAsync("Admin"));

        var firstResult = await WithRolesAsync(app, async m =>
        {
            await m.SetRoleNameAsync(first!, "Administrator");
            return await m.UpdateAsync(first!);
        });
        var staleResult = await WithRolesAsync(app, async m =>
        {
            await m.SetRoleNameAsync(second!, "Owner");
            return await m.UpdateAsync(second!);
        });
        var (administrator, owner) = await WithRolesAsync(app, static async m => (await m.RoleExistsAsync("Administrator"), await m.RoleExistsAsync("Owner")));

        Assert.True(firstResult.Succeeded);
        Assert.False(staleResult.Succeeded);
        Assert.Equal("ConcurrencyFailure", Assert.Single(staleResult.Errors).Code);
        Assert.True(administrator);
        Assert.False(owner);
        Assert.Equal(1, Fakes.Of(roles).Count);
    }

    [Fact]
    public async Task RoleManager_renames_a_role_with_UpdateAsync_and_deletes_it()
    {
        var roles = new IdentityRoleStoreFake(new ManualClock());
        await using var app = await StartAsync(new IdentityUserStoreFake(new ManualClock()), roles);
        await WithRolesAsync(app, static m => m.CreateAsync(new IdentityRole("Admin")));

        var renamed = await WithRolesAsync(app, static async m =>
        {
            var admin = await m.FindByNameAsync("Admin") ?? throw new InvalidOperationException("Admin is not stored");
            // RoleManager.SetRoleNameAsync only changes the object (and its normalized name); UpdateAsync stores it.
            await m.SetRoleNameAsync(admin, "Administrator");
            return await m.UpdateAsync(admin);
        });
        var (oldName, newName) = await WithRolesAsync(app, static async m => (await m.FindByNameAsync("Admin"), await m.FindByNameAsync("administrator")));
        var deleted = await WithRolesAsync(app, async m => await m.DeleteAsync(newName!));
        var afterDelete = await WithRolesAsync(app, static m => m.RoleExistsAsync("Administrator"));

        Assert.True(renamed.Succeeded);
        Assert.Null(oldName);
        Assert.Equal("Administrator", newName?.Name);
        Assert.True(deleted.Succeeded);
        Assert.False(afterDelete);
        Assert.Equal(0, Fakes.Of(roles).Count);
    }
}
