// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IRoleClaimStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/RoleStore.cs (EF Core): CreateAsync/UpdateAsync/DeleteAsync save at
//   once and return IdentityResult.Success; FindByIdAsync(id) returns null when missing; FindByNameAsync(
//   normalizedRoleName) compares NormalizedName (NOT Name); Get*/Set* read or write the given role object.
//   Role claims live in AspNetRoleClaims; RemoveClaimAsync removes the claims of that type and value.
// Shapes: *=16; GetClaimsAsync=16,4; AddClaimAsync=16,1; RemoveClaimAsync=16,1; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IRoleClaimStoreCase;

[InMemoryFake(typeof(IRoleClaimStore<IdentityRole>))]
public partial class RoleClaimStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IRoleClaimStore<IdentityRole> store)
    {
        var ct = CancellationToken.None;
        var role = new IdentityRole("Admin") { NormalizedName = "ADMIN" };
        await store.CreateAsync(role, ct);
        await store.AddClaimAsync(role, new Claim("permission", "orders.delete"), ct);
        await store.AddClaimAsync(role, new Claim("permission", "orders.read"), ct);
        await store.UpdateAsync(role, ct);
        Check.Equal(2, (await store.GetClaimsAsync(role, ct)).Count, "GetClaimsAsync returns the role's claims");
        await store.RemoveClaimAsync(role, new Claim("permission", "orders.delete"), ct);
        await store.UpdateAsync(role, ct);
        Check.Equal("orders.read", (await store.GetClaimsAsync(role, ct)).Single().Value, "RemoveClaimAsync removes the matching claim");
    }
}
