// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IReferenceTokenStore.cs (model: src/Storage/src/Models/Token.cs)
// Adapted: Token's SubjectId (computed from its claims in the source) is a plain property here.
// Real store: src/IdentityServer4/src/Stores/Default/DefaultGrantStore.cs and its subclass: Store* creates a new
//   random handle (CryptoRandom.CreateUniqueId), stores the item under it as a PersistedGrant and returns the handle;
//   Get* returns null for an unknown handle; Remove* of an unknown handle does nothing.
//   RemoveReferenceTokensAsync(subjectId, clientId) removes every reference token of that subject and client
//   (PersistedGrantStore.RemoveAllAsync with a SubjectId + ClientId + Type filter).
// Shapes: *=1,13; RemoveReferenceTokensAsync=1,4
// After this round (h-wrongclass6): WRONG found reviewing what the script does not try: RemoveReferenceTokensAsync(null
//   or "", clientId) removed the tokens whose SubjectId is null (or ""), where the filter skips a blank value (every
//   reference token of the client: client-credentials tokens have no subject); stores of the same signature elsewhere
//   compare it. A null or blank argument is now refused at run time (ArgumentException naming the parameter, nothing
//   removed): loud, not silent. The script passes both, as before.
// After h-oblivious2 (session 30): complete as before; GetReferenceTokenAsync answers null for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IReferenceTokenStoreCase;

public class Token
{
    public string ClientId { get; set; }
    public string SubjectId { get; set; }
    public DateTime CreationTime { get; set; }
    public int Lifetime { get; set; }
    public string Type { get; set; } = "access_token";
}

[InMemoryFake]
public interface IReferenceTokenStore
{
    Task<string> StoreReferenceTokenAsync(Token token);
    Task<Token> GetReferenceTokenAsync(string handle);
    Task RemoveReferenceTokenAsync(string handle);
    Task RemoveReferenceTokensAsync(string subjectId, string clientId);
}

public static class Smoke
{
    public static async Task RunAsync(IReferenceTokenStore store)
    {
        var a = await store.StoreReferenceTokenAsync(new Token { ClientId = "web", SubjectId = "alice", Lifetime = 3600 });
        var b = await store.StoreReferenceTokenAsync(new Token { ClientId = "web", SubjectId = "alice", Lifetime = 3600 });
        var c = await store.StoreReferenceTokenAsync(new Token { ClientId = "web", SubjectId = "bob", Lifetime = 3600 });
        Check.True(a != b, "each stored token gets its own handle");
        Check.Equal("alice", (await store.GetReferenceTokenAsync(a))?.SubjectId, "GetReferenceTokenAsync finds the token by handle");
        await store.RemoveReferenceTokenAsync(a);
        Check.Null(await store.GetReferenceTokenAsync(a), "RemoveReferenceTokenAsync removes it");
        await store.RemoveReferenceTokensAsync("alice", "web");
        Check.Null(await store.GetReferenceTokenAsync(b), "RemoveReferenceTokensAsync removes the subject's tokens for the client");
        Check.True(await store.GetReferenceTokenAsync(c) is not null, "other subjects' tokens stay");
    }
}
