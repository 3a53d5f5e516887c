// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserClaimStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
//   Claims live in the AspNetUserClaims table; ReplaceClaimAsync replaces every claim of the user with the same type
//   and value; GetUsersForClaimAsync finds users holding a claim of that type and value.
// Shapes: *=16; GetUsersForClaimAsync=16,4; AddClaimsAsync=16,18; RemoveClaimsAsync=16,18; ReplaceClaimAsync=16; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IUserClaimStoreCase;

[InMemoryFake(typeof(IUserClaimStore<IdentityUser>))]
public partial class UserClaimStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserClaimStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(user.Id, await store.GetUserIdAsync(user, ct), "GetUserIdAsync returns the user's Id");
        Check.Equal("alice", (await store.FindByNameAsync("ALICE", ct))?.UserName, "FindByNameAsync compares NormalizedUserName");
        await store.AddClaimsAsync(user, [new Claim("dept", "sales"), new Claim("level", "2")], ct);
        await store.UpdateAsync(user, ct);
        Check.Equal(2, (await store.GetClaimsAsync(user, ct)).Count, "GetClaimsAsync returns the user's claims");
        await store.ReplaceClaimAsync(user, new Claim("level", "2"), new Claim("level", "3"), ct);
        await store.UpdateAsync(user, ct);
        Check.Equal("3", (await store.GetClaimsAsync(user, ct)).Single(c => c.Type == "level").Value, "ReplaceClaimAsync replaces the matching claim");
        Check.Equal(user.Id, (await store.GetUsersForClaimAsync(new Claim("dept", "sales"), ct)).Single().Id, "GetUsersForClaimAsync finds the users holding the claim");
        await store.RemoveClaimsAsync(user, [new Claim("dept", "sales")], ct);
        await store.UpdateAsync(user, ct);
        Check.Equal(0, (await store.GetUsersForClaimAsync(new Claim("dept", "sales"), ct)).Count, "RemoveClaimsAsync removes the claim");
    }
}
