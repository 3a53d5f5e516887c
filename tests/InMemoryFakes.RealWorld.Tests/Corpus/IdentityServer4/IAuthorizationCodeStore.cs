// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IAuthorizationCodeStore.cs (model: src/Storage/src/Models/AuthorizationCode.cs)
// Real store: src/IdentityServer4/src/Stores/Default/DefaultGrantStore.cs and its subclass: Store* creates a new
//   random handle (CryptoRandom.CreateUniqueId), stores the item under it as a PersistedGrant and returns the handle;
//   Get* returns null for an unknown handle; Remove* of an unknown handle does nothing.
// After h-oblivious2 (session 30): complete as before; GetAuthorizationCodeAsync answers null for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
// Shapes: *=1,13
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IAuthorizationCodeStoreCase;

public class AuthorizationCode
{
    public DateTime CreationTime { get; set; }
    public int Lifetime { get; set; }
    public string ClientId { get; set; }
    public string RedirectUri { get; set; }
    public string Nonce { get; set; }
}

[InMemoryFake]
public interface IAuthorizationCodeStore
{
    Task<string> StoreAuthorizationCodeAsync(AuthorizationCode code);
    Task<AuthorizationCode> GetAuthorizationCodeAsync(string code);
    Task RemoveAuthorizationCodeAsync(string code);
}

public static class Smoke
{
    public static async Task RunAsync(IAuthorizationCodeStore store)
    {
        var first = await store.StoreAuthorizationCodeAsync(new AuthorizationCode { ClientId = "web", RedirectUri = "https://app/cb", Lifetime = 300 });
        var second = await store.StoreAuthorizationCodeAsync(new AuthorizationCode { ClientId = "web", RedirectUri = "https://app/cb", Lifetime = 300 });
        Check.True(!string.IsNullOrEmpty(first) && first != second, "each stored code gets a new, unique handle");
        Check.Equal("https://app/cb", (await store.GetAuthorizationCodeAsync(first))?.RedirectUri, "GetAuthorizationCodeAsync finds the code by its handle");
        Check.Null(await store.GetAuthorizationCodeAsync("unknown"), "an unknown handle gives null");
        await store.RemoveAuthorizationCodeAsync(first);
        Check.Null(await store.GetAuthorizationCodeAsync(first), "RemoveAuthorizationCodeAsync removes it");
        Check.True(await store.GetAuthorizationCodeAsync(second) is not null, "the other code stays");
        await store.RemoveAuthorizationCodeAsync("unknown");
    }
}
