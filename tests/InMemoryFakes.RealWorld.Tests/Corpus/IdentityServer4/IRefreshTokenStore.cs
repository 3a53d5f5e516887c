// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IRefreshTokenStore.cs (model: src/Storage/src/Models/RefreshToken.cs)
// Adapted: RefreshToken's SubjectId/ClientId (computed from its access token in the source) are plain properties.
// Real store: src/IdentityServer4/src/Stores/Default/DefaultGrantStore.cs and its subclass: Store* creates a new
//   random handle (CryptoRandom.CreateUniqueId), stores the item under it as a PersistedGrant and returns the handle;
//   Get* returns null for an unknown handle; Remove* of an unknown handle does nothing.
//   UpdateRefreshTokenAsync(handle, token) replaces the token stored under that handle;
//   RemoveRefreshTokensAsync(subjectId, clientId) removes every refresh token of that subject and client.
// Shapes: *=1,13; UpdateRefreshTokenAsync=1,20; RemoveRefreshTokensAsync=1,4
// After this round (h-wrongclass6): WRONG found reviewing what the script does not try: RemoveRefreshTokensAsync(null
//   or "", clientId) removed the tokens whose SubjectId is null (or ""), where DefaultGrantStore runs RemoveAllAsync with
//   a filter that skips a blank value (every refresh token of the client); stores of the same signature elsewhere
//   compare it. A null or blank argument is now refused at run time (ArgumentException naming the parameter, nothing
//   removed): loud, not silent. The script passes both, as before.
// After h-oblivious2 (session 30): complete as before; GetRefreshTokenAsync answers null for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IRefreshTokenStoreCase;

public class RefreshToken
{
    public DateTime CreationTime { get; set; }
    public int Lifetime { get; set; }
    public DateTime? ConsumedTime { get; set; }
    public string SubjectId { get; set; }
    public string ClientId { get; set; }
    public int Version { get; set; } = 4;
}

[InMemoryFake]
public interface IRefreshTokenStore
{
    Task<string> StoreRefreshTokenAsync(RefreshToken refreshToken);
    Task UpdateRefreshTokenAsync(string handle, RefreshToken refreshToken);
    Task<RefreshToken> GetRefreshTokenAsync(string refreshTokenHandle);
    Task RemoveRefreshTokenAsync(string refreshTokenHandle);
    Task RemoveRefreshTokensAsync(string subjectId, string clientId);
}

public static class Smoke
{
    public static async Task RunAsync(IRefreshTokenStore store)
    {
        var handle = await store.StoreRefreshTokenAsync(new RefreshToken { SubjectId = "alice", ClientId = "web", Lifetime = 3600 });
        var token = await store.GetRefreshTokenAsync(handle) ?? throw new InvalidOperationException("GetRefreshTokenAsync lost the token");
        token.ConsumedTime = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await store.UpdateRefreshTokenAsync(handle, token);
        Check.Equal(token.ConsumedTime, (await store.GetRefreshTokenAsync(handle))?.ConsumedTime, "UpdateRefreshTokenAsync replaces the token under its handle");
        Check.Null(await store.GetRefreshTokenAsync("unknown"), "an unknown handle gives null");
        await store.RemoveRefreshTokensAsync("alice", "web");
        Check.Null(await store.GetRefreshTokenAsync(handle), "RemoveRefreshTokensAsync removes the subject's tokens for the client");
        await store.RemoveRefreshTokenAsync(handle);
    }
}
