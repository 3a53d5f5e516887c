using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// Authentication tokens, the authenticator key, recovery codes and passkeys through the real UserManager, on the
/// generated fake (nothing hand-written) and on the real EF Core Identity store over SQLite: the same script, the same
/// observations.
/// </summary>
public sealed class IdentityTwoFactorTests
{
    private static readonly byte[] CredentialId = [1, 2, 3, 4];

    private static ServiceProvider FakeServices(IdentityTwoFactorUserStoreFake? fake = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IUserStore<IdentityUser>>(fake ?? new IdentityTwoFactorUserStoreFake(new ManualClock()));
        services.AddIdentityCore<IdentityUser>();
        return services.BuildServiceProvider();
    }

    private sealed class TwoFactorDbContext(DbContextOptions<TwoFactorDbContext> options) : IdentityDbContext<IdentityUser>(options);

    private static (ServiceProvider Services, SqliteConnection Connection) RealServices()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<TwoFactorDbContext>(o => o.UseSqlite(connection));
        services.AddIdentityCore<IdentityUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .AddEntityFrameworkStores<TwoFactorDbContext>();
        var provider = services.BuildServiceProvider();
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<TwoFactorDbContext>().Database.EnsureCreated();
        }

        return (provider, connection);
    }

    private static UserPasskeyInfo Passkey(byte[] id, string name, uint signCount, byte[] publicKey, bool backedUp = false)
        => new(id, publicKey, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), signCount, ["usb", "nfc"], isUserVerified: true,
            isBackupEligible: true, isBackedUp: backedUp, attestationObject: [9, 9], clientDataJson: [7])
        { Name = name };

    private static string Describe(UserPasskeyInfo? p)
        => p is null ? "none" : Convert.ToHexString(p.CredentialId) + " name=" + p.Name + " sign=" + p.SignCount + " key=" + Convert.ToHexString(p.PublicKey)
            + " created=" + p.CreatedAt.ToString("O") + " transports=" + string.Join(",", p.Transports ?? []) + " verified=" + p.IsUserVerified
            + " eligible=" + p.IsBackupEligible + " backedUp=" + p.IsBackedUp + " attestation=" + Convert.ToHexString(p.AttestationObject) + " client=" + Convert.ToHexString(p.ClientDataJson);

    /// <summary>The script: every observable result, in order, as text (random values reduced to what both stores must agree on).</summary>
    private static async Task<List<string>> RunScriptAsync(IServiceProvider services)
    {
        var seen = new List<string>();
        void See(string what) => seen.Add(what);

        async Task<T> WithUsers<T>(Func<UserManager<IdentityUser>, Task<T>> work)
        {
            await using var scope = services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
        }

        var ann = new IdentityUser("ann") { Id = "ann-id", Email = "ann@example.com" };
        var bob = new IdentityUser("bob") { Id = "bob-id", Email = "bob@example.com" };
        await WithUsers(async users =>
        {
            See("create ann " + (await users.CreateAsync(ann)).Succeeded);
            See("create bob " + (await users.CreateAsync(bob)).Succeeded);
            return 0;
        });

        // The authenticator key: none, then a new one on each reset.
        await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            See("key before " + (await users.GetAuthenticatorKeyAsync(user) ?? "null"));
            See("reset key " + (await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            var first = await users.GetAuthenticatorKeyAsync(user);
            See("key length " + first?.Length);
            See("reset again " + (await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            See("key changed " + (await users.GetAuthenticatorKeyAsync(user) != first));
            See("bob's key " + (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync("bob-id"))!) ?? "null"));
            return 0;
        });

        // Recovery codes: each redeems once; the count drops; an unknown code fails; new codes replace the old.
        var codes = await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            See("count before " + await users.CountRecoveryCodesAsync(user));
            var generated = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 5))!.ToArray();
            See("generated " + generated.Length + " distinct " + generated.Distinct().Count());
            See("count " + await users.CountRecoveryCodesAsync(user));
            return generated;
        });
        await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            See("redeem first " + (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
            See("count after redeem " + await users.CountRecoveryCodesAsync(user));
            See("redeem first again " + (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
            See("redeem unknown " + (await users.RedeemTwoFactorRecoveryCodeAsync(user, "NOT-A-CODE")).Succeeded);
            See("redeem by bob " + (await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByIdAsync("bob-id"))!, codes[1])).Succeeded);
            See("count still " + await users.CountRecoveryCodesAsync(user));
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3);
            See("count after new codes " + await users.CountRecoveryCodesAsync(user));
            See("old code after new codes " + (await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[2])).Succeeded);
            return 0;
        });

        // Authentication tokens under (login provider, name).
        await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            See("token before " + (await users.GetAuthenticationTokenAsync(user, "Google", "access") ?? "null"));
            See("set token " + (await users.SetAuthenticationTokenAsync(user, "Google", "access", "t1")).Succeeded);
            See("set other " + (await users.SetAuthenticationTokenAsync(user, "Google", "refresh", "r1")).Succeeded);
            See("set other provider " + (await users.SetAuthenticationTokenAsync(user, "GitHub", "access", "g1")).Succeeded);
            See("token " + await users.GetAuthenticationTokenAsync(user, "Google", "access"));
            See("overwrite " + (await users.SetAuthenticationTokenAsync(user, "Google", "access", "t2")).Succeeded);
            See("token now " + await users.GetAuthenticationTokenAsync(user, "Google", "access"));
            See("other " + await users.GetAuthenticationTokenAsync(user, "Google", "refresh") + " " + await users.GetAuthenticationTokenAsync(user, "GitHub", "access"));
            See("case differs " + (await users.GetAuthenticationTokenAsync(user, "google", "access") ?? "null"));
            See("bob's token " + (await users.GetAuthenticationTokenAsync((await users.FindByIdAsync("bob-id"))!, "Google", "access") ?? "null"));
            See("remove " + (await users.RemoveAuthenticationTokenAsync(user, "Google", "access")).Succeeded);
            See("token removed " + (await users.GetAuthenticationTokenAsync(user, "Google", "access") ?? "null"));
            See("remove missing " + (await users.RemoveAuthenticationTokenAsync(user, "Google", "nothing")).Succeeded);
            See("set null " + (await users.SetAuthenticationTokenAsync(user, "Google", "refresh", null)).Succeeded);
            See("null token " + (await users.GetAuthenticationTokenAsync(user, "Google", "refresh") ?? "null"));
            return 0;
        });

        // Passkeys: add, list, find by id (a different array with the same bytes), update (only the settable
        // properties change), another user's passkey, remove.
        await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            See("passkeys before " + (await users.GetPasskeysAsync(user)).Count);
            See("add passkey " + (await users.AddOrUpdatePasskeyAsync(user, Passkey(CredentialId, "laptop", 1, [5, 5, 5]))).Succeeded);
            See("add second " + (await users.AddOrUpdatePasskeyAsync(user, Passkey([8, 8], "phone", 1, [6]))).Succeeded);
            See("list " + string.Join(" | ", (await users.GetPasskeysAsync(user)).Select(Describe).Order(StringComparer.Ordinal)));
            See("owner " + (await users.FindByPasskeyIdAsync([1, 2, 3, 4]))?.UserName);
            See("unknown owner " + ((await users.FindByPasskeyIdAsync([1, 2, 3])) is null));
            See("find " + Describe(await users.GetPasskeyAsync(user, [1, 2, 3, 4])));
            See("update " + (await users.AddOrUpdatePasskeyAsync(user, Passkey([1, 2, 3, 4], "desk", 7, [0], backedUp: true))).Succeeded);
            See("after update " + Describe(await users.GetPasskeyAsync(user, CredentialId)));
            var bobUser = (await users.FindByIdAsync("bob-id"))!;
            See("bob updates ann's " + (await users.AddOrUpdatePasskeyAsync(bobUser, Passkey(CredentialId, "bob's", 9, [0]))).Succeeded);
            See("still ann's " + (await users.FindByPasskeyIdAsync(CredentialId))?.UserName + " " + Describe(await users.GetPasskeyAsync(user, CredentialId)));
            See("bob has " + (await users.GetPasskeysAsync(bobUser)).Count + " bob finds " + Describe(await users.GetPasskeyAsync(bobUser, CredentialId)));
            See("bob removes ann's " + (await users.RemovePasskeyAsync(bobUser, CredentialId)).Succeeded + " " + ((await users.FindByPasskeyIdAsync(CredentialId)) is not null));
            See("remove " + (await users.RemovePasskeyAsync(user, [8, 8])).Succeeded);
            See("removed " + Describe(await users.GetPasskeyAsync(user, [8, 8])) + " count " + (await users.GetPasskeysAsync(user)).Count);
            return 0;
        });

        // Deleting the user deletes what it owned; a new user with the same id starts with none of it.
        await WithUsers(async users =>
        {
            var user = (await users.FindByIdAsync("ann-id"))!;
            await users.SetAuthenticationTokenAsync(user, "Google", "access", "t3");
            See("delete " + (await users.DeleteAsync(user)).Succeeded);
            See("owner after delete " + ((await users.FindByPasskeyIdAsync(CredentialId)) is null));
            return 0;
        });
        await WithUsers(async users =>
        {
            var again = new IdentityUser("ann2") { Id = "ann-id" };
            See("recreate " + (await users.CreateAsync(again)).Succeeded);
            again = (await users.FindByIdAsync("ann-id"))!;
            See("after recreate token=" + (await users.GetAuthenticationTokenAsync(again, "Google", "access") ?? "null")
                + " key=" + (await users.GetAuthenticatorKeyAsync(again) ?? "null")
                + " codes=" + await users.CountRecoveryCodesAsync(again)
                + " passkeys=" + (await users.GetPasskeysAsync(again)).Count);
            return 0;
        });

        return seen;
    }

    [Fact]
    public async Task The_fake_and_the_EF_Core_store_on_SQLite_give_the_same_results_for_tokens_keys_recovery_codes_and_passkeys()
    {
        await using var fake = FakeServices();
        var (real, connection) = RealServices();
        await using (real)
        await using (connection)
        {
            var onFake = await RunScriptAsync(fake);
            var onReal = await RunScriptAsync(real);

            Assert.Equal(onReal, onFake);
            Assert.Contains("redeem first True", onFake);
            Assert.Contains("redeem first again False", onFake);
            Assert.Contains("count after redeem 4", onFake);
            Assert.Contains("token now t2", onFake);
            Assert.Contains(onFake, static s => s.StartsWith("after update 01020304 name=desk sign=7 key=050505", StringComparison.Ordinal));
            Assert.Contains("after recreate token=null key=null codes=0 passkeys=0", onFake);
        }
    }

    [Fact]
    public async Task Recovery_codes_redeem_once_and_the_count_drops()
    {
        await using var services = FakeServices();
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser("carol");
        Assert.True((await users.CreateAsync(user)).Succeeded);

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToArray();

        Assert.Equal(10, await users.CountRecoveryCodesAsync(user));
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.Equal(9, await users.CountRecoveryCodesAsync(user));
    }

    [Fact]
    public async Task A_passkey_is_found_by_a_copy_of_its_id_and_a_returned_passkey_is_a_copy()
    {
        var fake = new IdentityTwoFactorUserStoreFake(new ManualClock());
        await using var services = FakeServices(fake);
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser("dave");
        Assert.True((await users.CreateAsync(user)).Succeeded);
        var id = new byte[] { 4, 2 };
        var added = Passkey(id, "key", 1, [1]);
        Assert.True((await users.AddOrUpdatePasskeyAsync(user, added)).Succeeded);

        id[0] = 0;                                     // the caller's arrays are not the store's
        added.PublicKey[0] = 0;
        var found = await users.GetPasskeyAsync(user, [4, 2]);
        found!.PublicKey[0] = 99;

        Assert.Equal("dave", (await users.FindByPasskeyIdAsync([4, 2]))!.UserName);
        Assert.Equal([1], (await users.GetPasskeyAsync(user, [4, 2]))!.PublicKey);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_naming_the_argument_and_the_store_is_unchanged()
    {
        IIdentityTwoFactorUserStore store = new IdentityTwoFactorUserStoreFake(new ManualClock());
        var user = new IdentityUser("erin");
        await store.CreateAsync(user, TestContext.Current.CancellationToken);
        var token = TestContext.Current.CancellationToken;

        Assert.Equal("loginProvider", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.SetTokenAsync(user, null!, "n", "v", token))).ParamName);
        Assert.Equal("user", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.GetTokenAsync(null!, "p", "n", token))).ParamName);
        Assert.Equal("code", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.RedeemCodeAsync(user, null!, token))).ParamName);
        Assert.Equal("recoveryCodes", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.ReplaceCodesAsync(user, ["a", null!], token))).ParamName);
        Assert.Equal("passkey", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.AddOrUpdatePasskeyAsync(user, null!, token))).ParamName);
        Assert.Equal("credentialId", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.FindByPasskeyIdAsync(null!, token))).ParamName);
        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.SetAuthenticatorKeyAsync(user, null!, token))).ParamName);

        Assert.Null(await store.GetTokenAsync(user, "p", "n", token));
        Assert.Equal(0, await store.CountCodesAsync(user, token));
        Assert.Empty(await store.GetPasskeysAsync(user, token));
        Assert.Null(await store.GetAuthenticatorKeyAsync(user, token));
    }

    [Fact]
    public async Task Writes_for_a_user_that_is_not_stored_throw_not_found()
    {
        IIdentityTwoFactorUserStore store = new IdentityTwoFactorUserStoreFake(new ManualClock());
        var stranger = new IdentityUser("nobody");
        var token = TestContext.Current.CancellationToken;

        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() => store.SetTokenAsync(stranger, "p", "n", "v", token));
        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() => store.ReplaceCodesAsync(stranger, ["a"], token));
        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() => store.AddOrUpdatePasskeyAsync(stranger, Passkey([1], "k", 1, [1]), token));
        Assert.Equal(0, Fakes.Of((IdentityTwoFactorUserStoreFake)store).Count);
    }
}
