// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserPhoneNumberStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core): CreateAsync, UpdateAsync and
//   DeleteAsync save at once and return IdentityResult.Success (UpdateAsync/DeleteAsync of a user that is no longer
//   stored return a failed result, ConcurrencyFailure); FindByIdAsync(userId) returns null when missing;
//   FindByNameAsync(normalizedUserName) compares NormalizedUserName; every Get*/Set* accessor reads or writes the
//   property of the user object it is given (Set* is persisted by the next UpdateAsync).
//   Set/GetPhoneNumberAsync is PhoneNumber, Set/GetPhoneNumberConfirmedAsync is PhoneNumberConfirmed (UserStoreBase).
// Shapes: *=16; FindByNameAsync=16,4; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
// First try (a75b0ce): complete (smoke passed)
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

namespace Corpus.AspNetCore.IUserPhoneNumberStoreCase;

[InMemoryFake(typeof(IUserPhoneNumberStore<IdentityUser>))]
public partial class UserPhoneNumberStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserPhoneNumberStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        await store.SetNormalizedUserNameAsync(user, "ALICE", ct);
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        Check.Null(await store.GetPhoneNumberAsync(user, ct), "a new user has no phone number");
        await store.SetPhoneNumberAsync(user, "+1 555 0100", ct);
        Check.Equal("+1 555 0100", user.PhoneNumber, "SetPhoneNumberAsync sets PhoneNumber on the object");
        await store.SetPhoneNumberConfirmedAsync(user, true, ct);
        Check.True(user.PhoneNumberConfirmed, "SetPhoneNumberConfirmedAsync sets PhoneNumberConfirmed on the object");
        await store.UpdateAsync(user, ct);
        var saved = (await store.FindByNameAsync("ALICE", ct))!;
        Check.Equal("+1 555 0100", await store.GetPhoneNumberAsync(saved, ct), "UpdateAsync saved the phone number");
        Check.True(await store.GetPhoneNumberConfirmedAsync(saved, ct), "UpdateAsync saved the confirmation");
        Check.True((await store.DeleteAsync(saved, ct)).Succeeded, "DeleteAsync returns Success");
        Check.Null(await store.FindByIdAsync(user.Id, ct), "DeleteAsync deleted the user");
        store.Dispose();
    }
}
