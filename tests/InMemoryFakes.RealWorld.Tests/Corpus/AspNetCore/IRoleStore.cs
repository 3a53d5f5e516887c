// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IRoleStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/RoleStore.cs (EF Core): CreateAsync/UpdateAsync/DeleteAsync save at
//   once and return IdentityResult.Success; FindByIdAsync(id) returns null when missing; FindByNameAsync(
//   normalizedRoleName) compares NormalizedName (NOT Name); Get*/Set* read or write the given role object.
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

namespace Corpus.AspNetCore.IRoleStoreCase;

[InMemoryFake(typeof(IRoleStore<IdentityRole>))]
public partial class RoleStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IRoleStore<IdentityRole> store)
    {
        var ct = CancellationToken.None;
        var role = new IdentityRole("Admin");
        await store.SetNormalizedRoleNameAsync(role, "ADMIN", ct);
        Check.True((await store.CreateAsync(role, ct)).Succeeded, "CreateAsync returns Success");
        Check.Equal(role.Id, (await store.FindByNameAsync("ADMIN", ct))?.Id, "FindByNameAsync compares NormalizedName");
        Check.Null(await store.FindByNameAsync("Admin", ct), "FindByNameAsync does not compare Name");
        Check.Equal("Admin", await store.GetRoleNameAsync((await store.FindByIdAsync(role.Id, ct))!, ct), "FindByIdAsync finds the role");
        await store.SetRoleNameAsync(role, "Administrator", ct);
        await store.UpdateAsync(role, ct);
        Check.Equal("Administrator", (await store.FindByIdAsync(role.Id, ct))?.Name, "UpdateAsync saved the new name");
        Check.True((await store.DeleteAsync(role, ct)).Succeeded, "DeleteAsync returns Success");
        Check.Null(await store.FindByIdAsync(role.Id, ct), "DeleteAsync deleted the role");
        store.Dispose();
    }
}
