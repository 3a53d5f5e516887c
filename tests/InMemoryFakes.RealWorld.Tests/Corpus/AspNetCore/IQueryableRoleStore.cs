// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IQueryableRoleStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/RoleStore.cs (EF Core): Roles is Context.Roles, a query over every
//   stored role; CreateAsync/UpdateAsync/DeleteAsync save at once and return IdentityResult.Success; FindByIdAsync(id)
//   returns null when missing; FindByNameAsync(normalizedRoleName) compares NormalizedName (NOT Name); Get*/Set* read or
//   write the given role object.
// Shapes: *=16; Roles=9; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
// First try (a75b0ce): complete (smoke passed)
// After this round (h-wrongclass4): UpdateAsync and DeleteAsync of a user or role that is not stored, or stale, return
//   IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure()) (one error, code ConcurrencyFailure), as
//   the EF Core store's catch of DbUpdateConcurrencyException does; the fake's failed result carried no error before
//   (silently: Errors empty). No smoke script reaches it; Framework.Tests' IdentityTests checks the code through UserManager.
#nullable enable

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace Corpus.AspNetCore.IQueryableRoleStoreCase;

[InMemoryFake(typeof(IQueryableRoleStore<IdentityRole>))]
public partial class QueryableRoleStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IQueryableRoleStore<IdentityRole> store)
    {
        var ct = CancellationToken.None;
        var admin = new IdentityRole("Admin") { NormalizedName = "ADMIN" };
        var user = new IdentityRole("User") { NormalizedName = "USER" };
        await store.CreateAsync(admin, ct);
        await store.CreateAsync(user, ct);
        Check.Equal(2, store.Roles.Count(), "Roles queries every stored role");
        Check.Equal("Admin", store.Roles.Where(r => r.NormalizedName == "ADMIN").Select(r => r.Name).Single(), "Roles composes with LINQ");
        Check.Equal(admin.Id, (await store.FindByNameAsync("ADMIN", ct))?.Id, "FindByNameAsync compares NormalizedName");
        await store.DeleteAsync(admin, ct);
        Check.Equal("User", store.Roles.Single().Name, "a deleted role leaves Roles");
        store.Dispose();
    }
}
