// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Identity/Extensions.Core/src/IUserPasskeyStore.cs
// Real store: src/Identity/EntityFrameworkCore/src/UserOnlyStore.cs / UserStore.cs (EF Core, .NET 10): AspNetUserPasskeys
//   is keyed by CredentialId; AddOrUpdatePasskeyAsync finds the passkey by CredentialId among every user's and, when
//   found, changes only Name, SignCount, IsUserVerified and IsBackedUp (UpdateFromUserPasskeyInfo), else adds it for the
//   user; GetPasskeysAsync lists the user's; FindByPasskeyIdAsync returns the owner or null; FindPasskeyAsync and
//   RemovePasskeyAsync act on the user's passkey with the id (byte[] compared by content); the rows cascade with the user.
// Shapes: *=16; CreateAsync=14; UpdateAsync=14; DeleteAsync=14; Dispose=17
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

namespace Corpus.AspNetCore.IUserPasskeyStoreCase;

[InMemoryFake(typeof(IUserPasskeyStore<IdentityUser>))]
public partial class UserPasskeyStoreFake;

public static class Smoke
{
    private static UserPasskeyInfo Passkey(byte[] id, string name, uint signCount, byte[] publicKey)
        => new(id, publicKey, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), signCount, new[] { "usb" }, true, true, false, new byte[] { 1 }, new byte[] { 2 }) { Name = name };

    public static async Task RunAsync(IUserPasskeyStore<IdentityUser> store)
    {
        var ct = CancellationToken.None;
        var user = new IdentityUser("alice");
        Check.True((await store.CreateAsync(user, ct)).Succeeded, "CreateAsync returns IdentityResult.Success");
        await store.AddOrUpdatePasskeyAsync(user, Passkey(new byte[] { 1, 2, 3 }, "laptop", 1, new byte[] { 7 }), ct);
        Check.Equal(1, (await store.GetPasskeysAsync(user, ct)).Count, "GetPasskeysAsync lists the added passkey");
        Check.Equal(user.Id, (await store.FindByPasskeyIdAsync(new byte[] { 1, 2, 3 }, ct))?.Id, "FindByPasskeyIdAsync compares the id's bytes");
        Check.Null(await store.FindByPasskeyIdAsync(new byte[] { 9 }, ct), "FindByPasskeyIdAsync of an unknown id returns null");
        await store.AddOrUpdatePasskeyAsync(user, Passkey(new byte[] { 1, 2, 3 }, "desk", 5, new byte[] { 8 }), ct);
        var updated = await store.FindPasskeyAsync(user, new byte[] { 1, 2, 3 }, ct);
        Check.Equal("desk", updated?.Name, "AddOrUpdatePasskeyAsync of a known id updates its name");
        Check.Equal(5u, updated?.SignCount, "and its sign count");
        Check.Equal((byte)7, updated?.PublicKey.Single(), "but keeps the public key it was created with");
        Check.Equal(1, (await store.GetPasskeysAsync(user, ct)).Count, "an update adds no passkey");
        await store.RemovePasskeyAsync(user, new byte[] { 1, 2, 3 }, ct);
        Check.Null(await store.FindPasskeyAsync(user, new byte[] { 1, 2, 3 }, ct), "RemovePasskeyAsync removes it");
    }
}
