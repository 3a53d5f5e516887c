// Source: https://github.com/Xabaril/JWTSimpleServer
// Commit: 896504030c29 (2018-02-07, "Add IRefreshTokenStore abstraction and NoRefreshTokenStore": the version the search
//   result shows and read_file reads; the file was created there. The next two commits, the same evening, change the
//   members to a Token model and add GenerateRefreshToken; the stateful stores come later, against that changed interface)
// Licence: Apache-2.0 (LICENSE at the root; an interface signature transcribed for a test)
// Sample: h-sample130 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample130-rule.md,
//   with the walk): identity, OAuth and OpenID Connect server codebases; the search tool (corpus code) with these
//   queries, in this order: (1) `interface IPersistedGrantStore`, (2) `interface IClientStore Task`, (3) `interface
//   IRefreshTokenStore`, (4) `interface IAuthorizationCodeStore`, (5) `interface IUserConsentStore`, (6) `interface
//   IDeviceFlowStore`, (7) `interface IResourceStore Task`, (8) `interface ISigningKeyStore`; from each, the FIRST result
//   in the order returned that is a C# interface declaration with at least 3 members (inherited ones count when the base
//   interface is declared in the same repository), whose path contains no "test" (any case), from a repository that has
//   a licence, is not already a corpus source and is not already picked; a result naming no repository or path
//   (anonymous excerpt) is not taken; at most 1 per repository; stop after 3. Picks: (1) query (1), rank 4,
//   linuxchata/oauth IPersistedGrantRepository; (2) query (3), rank 1, Xabaril/JWTSimpleServer IRefreshTokenStore;
//   (3) query (5), rank 4, alexhiggins732/IdentityServer8 IUserConsentStore. Queries (2) and (4) gave none (repositories
//   without a licence, 2 members, a corpus source, other languages, anonymous excerpts); (6)-(8) were not run.
//   This one: query (3), rank 1.
// Path: src/JWTSimpleServer/Abstractions/IRefreshTokenStore.cs (real store: src/JWTSimpleServer/NoRefreshTokenStore.cs;
//   caller: JwtSimpleServerMiddleware.cs, whose refresh-token grant answers "no IRefreshTokenStore registered" while
//   the store is a NoRefreshTokenStore, and calls no member yet)
// Adapted: the namespace. No nullable annotations (netstandard 2018), so #nullable disable.
// Real store: NoRefreshTokenStore, the only implementation at this version: the null object of "no refresh token
//   store". GetRefreshTokenAsync answers string.Empty for every token; StoreTokenAsync and InvalidateRefreshToken do
//   nothing. The script checks that. Every later store of the interface keys by the refresh token (the in-memory one of
//   commit f6c5bd6: `_tokens.TryAdd(token.RefreshToken, token)`, GetTokenAsync(refreshToken), TryRemove(refreshToken)).
// Shapes: *=cache
// First try (c183da2f): complete (a key-value store of strings by string; IMF0026 info on GetRefreshTokenAsync):
//   GetRefreshTokenAsync (the value under the key, null when missing), StoreTokenAsync (a set, read key first: accessToken
//   the key, refreshToken the value), InvalidateRefreshToken (a removal by key) | WRONG: StoreTokenAsync keeps the refresh
//   token under the access token, so GetRefreshTokenAsync(refreshToken) never finds a token stored and
//   InvalidateRefreshToken(refreshToken) never removes one: the names say the key is the refresh token, which every store
//   of the interface keys by. Against this version's real store (which keeps nothing), the fake keeps what is stored, and
//   GetRefreshTokenAsync answers null for a token not held where NoRefreshTokenStore answers "" (IMF0026 reports the
//   null; no setting states "").
// After this round: incomplete: StoreTokenAsync refused (IMF0001: its value 'refreshToken' has the name
//   GetRefreshTokenAsync and InvalidateRefreshToken give their key; what the store keeps under it is not said; h-sample130).
//   GetRefreshTokenAsync and InvalidateRefreshToken stay generated, by the refresh token.
// Still wrong: GetRefreshTokenAsync answers null for a token not held, where the real null object answers "" for every
//   token (the probe's first check): the documented reading of an oblivious string read (IMF0026), and no signature says a
//   store answers "" for what it does not hold.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.JwtSimpleServer.IRefreshTokenStoreCase;

[InMemoryFake]
public interface IRefreshTokenStore
{
    Task<string> GetRefreshTokenAsync(string refreshToken);
    Task StoreTokenAsync(string accessToken, string refreshToken);
    Task InvalidateRefreshToken(string refreshToken);
}

public static class Smoke
{
    public static async Task RunAsync(IRefreshTokenStore store)
    {
        Check.Equal("", await store.GetRefreshTokenAsync("refresh-1"), "GetRefreshTokenAsync answers the empty string for any token (NoRefreshTokenStore)");
        await store.StoreTokenAsync("access-1", "refresh-1");
        Check.Equal("", await store.GetRefreshTokenAsync("refresh-1"), "StoreTokenAsync keeps nothing: the refresh token is not found");
        Check.Equal("", await store.GetRefreshTokenAsync("access-1"), "nor is the access token");
        await store.InvalidateRefreshToken("refresh-1");
        await store.InvalidateRefreshToken("never-stored");
        Check.Equal("", await store.GetRefreshTokenAsync("refresh-1"), "InvalidateRefreshToken does nothing, and the read still answers the empty string");
    }
}
