// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserLoginStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
//   Logins live in the AspNetUserLogins table keyed by (LoginProvider, ProviderKey).
// Shapes: *=16; AddLoginAsync=16,1; RemoveLoginAsync=16,1,4; GetLoginsAsync=16,4; FindByLoginAsync=16,4; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IUserLoginStoreCase;

[InMemoryFake(typeof(IUserLoginStore<IdentityUser>))]
public partial class UserLoginStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserLoginStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(user.Id, await store.GetUserIdAsync(user, ct), "GetUserIdAsync returns the user's Id");
        Check.Equal("alice", (await store.FindByNameAsync("ALICE", ct))?.UserName, "FindByNameAsync compares NormalizedUserName");
        await store.AddLoginAsync(user, new UserLoginInfo("GitHub", "gh-42", "GitHub"), ct);
        await store.UpdateAsync(user, ct);
        Check.Equal(user.Id, (await store.FindByLoginAsync("GitHub", "gh-42", ct))?.Id, "FindByLoginAsync finds the user by (provider, key)");
        Check.Null(await store.FindByLoginAsync("GitHub", "gh-43", ct), "FindByLoginAsync of an unknown key returns null");
        Check.Equal("gh-42", (await store.GetLoginsAsync(user, ct)).Single().ProviderKey, "GetLoginsAsync lists the user's logins");
        await store.RemoveLoginAsync(user, "GitHub", "gh-42", ct);
        await store.UpdateAsync(user, ct);
        Check.Null(await store.FindByLoginAsync("GitHub", "gh-42", ct), "RemoveLoginAsync removes the login");
    }
}
