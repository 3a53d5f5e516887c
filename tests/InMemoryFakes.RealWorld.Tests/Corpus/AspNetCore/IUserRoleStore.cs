// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserRoleStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
//   AddToRoleAsync(user, normalizedRoleName) looks the role up by NormalizedName and throws InvalidOperationException
//   when there is none; GetRolesAsync returns the role NAMES; the roles table is seeded as a test would.
//   IUserRoleStore does not name the role type; EF Core's UserStore<TUser> keeps IdentityRole rows in the same
//   database, so the roles live in a role store fake on the same InMemoryBackend (the user fake reads its table).
// Shapes: *=16; AddToRoleAsync=16,4; RemoveFromRoleAsync=16,4; GetRolesAsync=16,4; IsInRoleAsync=16,4; GetUsersInRoleAsync=16,4; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IUserRoleStoreCase;

[InMemoryFake(typeof(IUserRoleStore<IdentityUser>))]
public partial class UserRoleStoreFake;

[InMemoryFake(typeof(IRoleStore<IdentityRole>))]
public partial class RoleStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserRoleStore<IdentityUser> store)
    {
        var roles = Fakes.Create<IRoleStore<IdentityRole>>(new InMemoryFakeOptions { Backend = ((IInMemoryFake)store).Backend });
        ((IInMemoryFake)roles).Seed(new IdentityRole("Admin") { NormalizedName = "ADMIN" });
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Equal(user.Id, await store.GetUserIdAsync(user, ct), "GetUserIdAsync returns the user's Id");
        Check.Equal("alice", (await store.FindByNameAsync("ALICE", ct))?.UserName, "FindByNameAsync compares NormalizedUserName");
        await store.AddToRoleAsync(user, "ADMIN", ct);
        await store.UpdateAsync(user, ct);
        Check.True(await store.IsInRoleAsync(user, "ADMIN", ct), "IsInRoleAsync takes the normalized role name");
        Check.Equal("Admin", (await store.GetRolesAsync(user, ct)).Single(), "GetRolesAsync returns the role names");
        Check.Equal(user.Id, (await store.GetUsersInRoleAsync("ADMIN", ct)).Single().Id, "GetUsersInRoleAsync lists the role's users");
        await Check.ThrowsAsync<InvalidOperationException>(() => store.AddToRoleAsync(user, "NOPE", ct), "AddToRoleAsync of an unknown role throws InvalidOperationException");
        await store.RemoveFromRoleAsync(user, "ADMIN", ct);
        await store.UpdateAsync(user, ct);
        Check.False(await store.IsInRoleAsync(user, "ADMIN", ct), "RemoveFromRoleAsync removes the membership");
    }
}
