// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserTwoFactorRecoveryCodeStore.cs
// Real store: src/Identity/Extensions.Stores/src/UserStoreBase.cs: the codes are one token ("[AspNetUserStore]",
//   "RecoveryCodes") joined by ';'; ReplaceCodesAsync replaces them all, RedeemCodeAsync returns false for an unknown
//   code and otherwise removes it (every copy) and returns true, CountCodesAsync counts what is left (0 when none).
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

namespace Corpus.AspNetCore.IUserTwoFactorRecoveryCodeStoreCase;

[InMemoryFake(typeof(IUserTwoFactorRecoveryCodeStore<IdentityUser>))]
public partial class UserTwoFactorRecoveryCodeStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserTwoFactorRecoveryCodeStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(0, await store.CountCodesAsync(user, ct), "CountCodesAsync before any codes returns 0");
        await store.ReplaceCodesAsync(user, new[] { "AAAA-1111", "BBBB-2222", "CCCC-3333" }, ct);
        await store.UpdateAsync(user, ct);
        Check.Equal(3, await store.CountCodesAsync(user, ct), "CountCodesAsync counts the codes");
        Check.True(await store.RedeemCodeAsync(user, "BBBB-2222", ct), "RedeemCodeAsync of a valid code returns true");
        Check.False(await store.RedeemCodeAsync(user, "BBBB-2222", ct), "a code redeems only once");
        Check.False(await store.RedeemCodeAsync(user, "ZZZZ-9999", ct), "RedeemCodeAsync of an unknown code returns false");
        Check.Equal(2, await store.CountCodesAsync(user, ct), "the redeemed code is gone from the count");
        await store.ReplaceCodesAsync(user, new[] { "DDDD-4444" }, ct);
        Check.False(await store.RedeemCodeAsync(user, "AAAA-1111", ct), "ReplaceCodesAsync invalidates the old codes");
        Check.Equal(1, await store.CountCodesAsync(user, ct), "only the new codes count");
    }
}
