// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserAuthenticationTokenStore.cs
// Real store: src/Identity/Extensions.Stores/src/UserStoreBase.cs (SetTokenAsync/RemoveTokenAsync/GetTokenAsync over
//   FindTokenAsync) and src/Identity/EntityFrameworkCore/src/UserStore.cs (FindTokenAsync = UserTokens.FindAsync(UserId,
//   LoginProvider, Name)): one AspNetUserTokens row per (user, login provider, name); SetTokenAsync adds it or changes its
//   Value, GetTokenAsync returns the Value or null, RemoveTokenAsync removes it (nothing when missing); the rows cascade
//   with the user.
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

namespace Corpus.AspNetCore.IUserAuthenticationTokenStoreCase;

[InMemoryFake(typeof(IUserAuthenticationTokenStore<IdentityUser>))]
public partial class UserAuthenticationTokenStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserAuthenticationTokenStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Null(await store.GetTokenAsync(user, "Google", "access_token", ct), "GetTokenAsync of a token never set returns null");
        await store.SetTokenAsync(user, "Google", "access_token", "t1", ct);
        await store.SetTokenAsync(user, "Google", "refresh_token", "r1", ct);
        await store.UpdateAsync(user, ct);
        Check.Equal("t1", await store.GetTokenAsync(user, "Google", "access_token", ct), "GetTokenAsync returns the value under (provider, name)");
        await store.SetTokenAsync(user, "Google", "access_token", "t2", ct);
        await store.UpdateAsync(user, ct);
        Check.Equal("t2", await store.GetTokenAsync(user, "Google", "access_token", ct), "SetTokenAsync of an existing token changes its value");
        Check.Equal("r1", await store.GetTokenAsync(user, "Google", "refresh_token", ct), "another name keeps its own value");
        await store.RemoveTokenAsync(user, "Google", "access_token", ct);
        await store.UpdateAsync(user, ct);
        Check.Null(await store.GetTokenAsync(user, "Google", "access_token", ct), "RemoveTokenAsync removes the token");
        Check.True((await store.DeleteAsync(user, ct)).Succeeded, "DeleteAsync returns IdentityResult.Success");
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "a user with the same Id can be created again");
        Check.Null(await store.GetTokenAsync(user, "Google", "refresh_token", ct), "deleting the user deleted its tokens (cascade)");
    }
}
