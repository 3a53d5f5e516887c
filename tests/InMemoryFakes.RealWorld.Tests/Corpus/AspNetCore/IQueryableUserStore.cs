// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IQueryableUserStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
// Shapes: *=16; Users=9; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IQueryableUserStoreCase;

[InMemoryFake(typeof(IQueryableUserStore<IdentityUser>))]
public partial class QueryableUserStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IQueryableUserStore<IdentityUser> users)
    {
        var ct = CancellationToken.None;
        var store = (IUserStore<IdentityUser>)users;
        await store.CreateAsync(new IdentityUser("alice") { NormalizedUserName = "ALICE" }, ct);
        await store.CreateAsync(new IdentityUser("bob") { NormalizedUserName = "BOB" }, ct);
        Check.Equal(2, users.Users.Count(), "Users exposes every stored user");
        Check.Equal("bob", users.Users.Where(u => u.NormalizedUserName == "BOB").Select(u => u.UserName).Single(), "Users is queryable");
    }
}
