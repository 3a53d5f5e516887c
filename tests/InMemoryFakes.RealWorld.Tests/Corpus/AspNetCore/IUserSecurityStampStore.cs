// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserSecurityStampStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
// Shapes: *=16; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IUserSecurityStampStoreCase;

[InMemoryFake(typeof(IUserSecurityStampStore<IdentityUser>))]
public partial class UserSecurityStampStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserSecurityStampStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(user.Id, await store.GetUserIdAsync(user, ct), "GetUserIdAsync returns the user's Id");
        Check.Equal("alice", (await store.FindByNameAsync("ALICE", ct))?.UserName, "FindByNameAsync compares NormalizedUserName");
        await store.SetSecurityStampAsync(user, "STAMP-2", ct);
        Check.Equal("STAMP-2", await store.GetSecurityStampAsync(user, ct), "GetSecurityStampAsync reads the given user object");
        await store.UpdateAsync(user, ct);
        Check.Equal("STAMP-2", (await store.FindByIdAsync(user.Id, ct))?.SecurityStamp, "the stamp was saved");
    }
}
