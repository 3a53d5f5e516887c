// Source: https://github.com/Euynac/MoLibrary
// Commit: e43c0e7422b2
// Licence: MIT
// Sample: h-sample85 rule, fixed before probing: the repositories find_repos("Library") lists, in its order, keeping
//   those with C# files (find_repos("Book") next had the list run out; it did not); in each, the first C# interface in
//   path order (git grep of the fetched snapshot) outside test paths whose implementation in the same repository keeps
//   state (a database, cache, blob, table, in-memory collection) and that has at least 3 members, not already a corpus
//   source; at most 1 per repository; stop after 5. Of the 88 repositories listed up to the fifth pick, 75 have no C#
//   file in the index (docs/generator-rounds.md, h-sample85, names them); WonderlandLibrary/client-sources (decompiled game
//   clients, over fetch's limit), bossaia/alexandrialibrary, w01f/VolgaTeam.SalesLibrary (vendor licences only),
//   AustenXiyue/RimWorldLibrary (decompiled game code) and nburgessx/LIBRARY_UPDATE have no licence file;
//   Beneficial-Strategies/Iso20022Library's two interfaces keep no state; AzureAD/microsoft-authentication-library-for-js
//   has C# only in sample web APIs, with no interface; annium/library has no snapshot to fetch and find_files lists a
//   4,244-file union over its history, whose first interfaces (Backuper's IConnection, a pg_dump wrapper; Blazor form
//   and chart-series contexts) keep no state or have no stored implementation to read: skipped unsettled, a gap. The 5
//   picks, in order: MoLibrary IMoJwtAuthManager, MsalDotnet ICacheSessionManager, EnterpriseLibrary
//   IExpenseDataContext, AwsMaterialProviders ICryptographicMaterialsCache, NanoLibrary IRepository.
//   This one: the 1st of Euynac/MoLibrary.
// Path: MoLibrary.Authority/Authentication/IMoJwtAuthManager.cs (the interface, its one implementation MoJwtAuthManager
//   and the models JwtAuthResult and RefreshToken, all in that file and MoJwtAuthManager.cs)
// Adapted: JwtSecurityToken (System.IdentityModel.Tokens.Jwt, a package the corpus does not reference) is an empty class
//   here; JwtAuthResult keeps AccessToken, RefreshToken, ExpiresAt and RefreshTokenObj (TokenType and the JsonIgnore
//   attribute dropped); RefreshToken keeps its three properties; the second interface of the file (IMoAuthManager, one
//   member) is left out, and so are the XML comments. Nullable enabled, as in the source project.
// Real store: MoJwtAuthManager keeps the refresh tokens in a ConcurrentDictionary<string, RefreshToken> keyed by the
//   token string. GenerateTokens(username, claims, now) signs an access token with the configured key (expiry now +
//   AccessTokenExpiration minutes), makes a random 32-byte base64 refresh token (expiry now + RefreshTokenExpiration
//   minutes), stores it and returns both. Refresh(refreshToken, accessToken, now) validates the access token's
//   signature, finds the refresh token (MoAuthorizationException RefreshTokenExpired when it is missing, belongs to
//   another user or is past ExpireAt) and generates a new pair (the old refresh token is kept). RemoveExpiredRefreshTokens(now)
//   removes the tokens whose ExpireAt is before now; RemoveRefreshTokenByUsername(username) removes every token of
//   that user; UsersRefreshTokensReadOnlyDictionary is an immutable copy of the dictionary. DecodeJwtToken validates
//   the token (issuer, audience, signing key; not its lifetime), with a leading "bearer" stripped.
// Shapes: *=none; RemoveRefreshTokenByUsername=1; RemoveExpiredRefreshTokens=1
// First try (1a8c558c): incomplete: IMF0001 on all six members (UsersRefreshTokensReadOnlyDictionary: an
//   IImmutableDictionary property is none of a key-value store's; GenerateTokens and DecodeJwtToken: no known verb;
//   Refresh: 'accessToken' after the key 'refreshToken'; RemoveExpiredRefreshTokens and RemoveRefreshTokenByUsername:
//   Remove followed by no noun of the store) | WRONG: none (no member generated).
// After this round: unchanged, and the refusals are right: minting and validating tokens (signing with the configured key, a
//   random refresh token, a refresh that checks the access token's signature) is the real store's own work, not a read
//   or a write of entries; RemoveRefreshTokenByUsername deletes by a property of the value and RemoveExpiredRefreshTokens
//   by a comparison with ExpireAt, and the only member that writes a token is GenerateTokens, which no convention
//   reads as a write.
#nullable enable

using System;
using System.Collections.Immutable;
using System.Security.Claims;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MoLibrary.IMoJwtAuthManagerCase;

public class JwtSecurityToken
{
}

public class JwtAuthResult
{
    public string AccessToken { get; set; } = string.Empty;

    public string RefreshToken => RefreshTokenObj.TokenString;

    public DateTime ExpiresAt { get; set; }

    public RefreshToken RefreshTokenObj { get; set; } = new();
}

public class RefreshToken
{
    public string Username { get; set; } = string.Empty;

    public string TokenString { get; set; } = string.Empty;

    public DateTime ExpireAt { get; set; }
}

[InMemoryFake]
public interface IMoJwtAuthManager
{
    IImmutableDictionary<string, RefreshToken> UsersRefreshTokensReadOnlyDictionary { get; }
    JwtAuthResult GenerateTokens(string username, Claim[] claims, DateTime? now = null);
    JwtAuthResult Refresh(string refreshToken, string accessToken, DateTime? now = null);
    void RemoveExpiredRefreshTokens(DateTime now);
    void RemoveRefreshTokenByUsername(string username);
    (ClaimsPrincipal, JwtSecurityToken?) DecodeJwtToken(string token);
}

public static class Smoke
{
    public static Task RunAsync(IMoJwtAuthManager jwt)
    {
        var now = new DateTime(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        Check.Equal(0, jwt.UsersRefreshTokensReadOnlyDictionary.Count, "a new manager holds no refresh token");

        var alice = jwt.GenerateTokens("alice", [new Claim(ClaimTypes.Name, "alice")], now);
        Check.True(alice.AccessToken.Length > 0, "GenerateTokens returns a signed access token");
        Check.True(alice.RefreshToken.Length > 0, "and a new refresh token");
        Check.Equal("alice", alice.RefreshTokenObj.Username, "that belongs to the user");
        Check.True(jwt.UsersRefreshTokensReadOnlyDictionary.ContainsKey(alice.RefreshToken), "the refresh token is stored under its own string");

        var bob = jwt.GenerateTokens("bob", [new Claim(ClaimTypes.Name, "bob")], now.AddDays(30));
        Check.Equal(2, jwt.UsersRefreshTokensReadOnlyDictionary.Count, "each GenerateTokens stores one more refresh token");

        jwt.RemoveExpiredRefreshTokens(alice.RefreshTokenObj.ExpireAt.AddMinutes(1));
        Check.False(jwt.UsersRefreshTokensReadOnlyDictionary.ContainsKey(alice.RefreshToken), "RemoveExpiredRefreshTokens removes the tokens that expired before now");
        Check.True(jwt.UsersRefreshTokensReadOnlyDictionary.ContainsKey(bob.RefreshToken), "and keeps the others");

        jwt.RemoveRefreshTokenByUsername("bob");
        Check.Equal(0, jwt.UsersRefreshTokensReadOnlyDictionary.Count, "RemoveRefreshTokenByUsername removes every token of that user");
        return Task.CompletedTask;
    }
}
