// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserLockoutStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
//   IncrementAccessFailedCountAsync increments AccessFailedCount on the object and returns it.
// Shapes: *=16; IncrementAccessFailedCountAsync=16,20; ResetAccessFailedCountAsync=16,20; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
// After this round (h-wrongclass4): UpdateAsync and DeleteAsync of a user or role that is not stored, or stale, return
//   IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure()) (one error, code ConcurrencyFailure), as
//   the EF Core store's catch of DbUpdateConcurrencyException does; the fake's failed result carried no error before
//   (silently: Errors empty). No smoke script reaches it; Framework.Tests' IdentityTests checks the code through UserManager.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace Corpus.AspNetCore.IUserLockoutStoreCase;

[InMemoryFake(typeof(IUserLockoutStore<IdentityUser>))]
public partial class UserLockoutStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserLockoutStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(user.Id, await store.GetUserIdAsync(user, ct), "GetUserIdAsync returns the user's Id");
        Check.Equal("alice", (await store.FindByNameAsync("ALICE", ct))?.UserName, "FindByNameAsync compares NormalizedUserName");
        Check.Equal(1, await store.IncrementAccessFailedCountAsync(user, ct), "IncrementAccessFailedCountAsync returns the new count");
        Check.Equal(2, await store.IncrementAccessFailedCountAsync(user, ct), "it counts up");
        await store.ResetAccessFailedCountAsync(user, ct);
        Check.Equal(0, await store.GetAccessFailedCountAsync(user, ct), "ResetAccessFailedCountAsync sets it to 0");
        var until = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await store.SetLockoutEnabledAsync(user, true, ct);
        await store.SetLockoutEndDateAsync(user, until, ct);
        await store.UpdateAsync(user, ct);
        var saved = (await store.FindByIdAsync(user.Id, ct))!;
        Check.Equal(until, await store.GetLockoutEndDateAsync(saved, ct), "the lockout end was saved");
        Check.True(await store.GetLockoutEnabledAsync(saved, ct), "lockout enabled was saved");
    }
}
