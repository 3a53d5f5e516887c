// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserAuthenticatorKeyStore.cs
// Real store: src/Identity/Extensions.Stores/src/UserStoreBase.cs: SetAuthenticatorKeyAsync/GetAuthenticatorKeyAsync keep
//   the key as the user's token ("[AspNetUserStore]", "AuthenticatorKey") in AspNetUserTokens: one key per user, null
//   until set, replaced by the next set, gone with the user.
// Shapes: *=16; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
// After this round (h-wrongclass4): UpdateAsync and DeleteAsync of a user or role that is not stored, or stale, return
//   IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure()) (one error, code ConcurrencyFailure), as
//   the EF Core store's catch of DbUpdateConcurrencyException does; the fake's failed result carried no error before
//   (silently: Errors empty). No smoke script reaches it; Framework.Tests' IdentityTests checks the code through UserManager.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace Corpus.AspNetCore.IUserAuthenticatorKeyStoreCase;

[InMemoryFake(typeof(IUserAuthenticatorKeyStore<IdentityUser>))]
public partial class UserAuthenticatorKeyStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserAuthenticatorKeyStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        var other = new IdentityUser("bob");
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.True((await store.CreateAsync(other, ct)).Succeeded, "CreateAsync of a second user succeeds");
        Check.Null(await store.GetAuthenticatorKeyAsync(user, ct), "GetAuthenticatorKeyAsync before any key returns null");
        await store.SetAuthenticatorKeyAsync(user, "KEY1", ct);
        await store.UpdateAsync(user, ct);
        Check.Equal("KEY1", await store.GetAuthenticatorKeyAsync(user, ct), "GetAuthenticatorKeyAsync returns the key set");
        await store.SetAuthenticatorKeyAsync(user, "KEY2", ct);
        await store.UpdateAsync(user, ct);
        Check.Equal("KEY2", await store.GetAuthenticatorKeyAsync(user, ct), "a new key replaces the old one");
        Check.Null(await store.GetAuthenticatorKeyAsync(other, ct), "each user has its own key");
    }
}
