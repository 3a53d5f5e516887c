// Source: https://github.com/AzureAD/microsoft-authentication-library-for-dotnet
// Commit: 39d200113f6e
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
//   This one: the 1st of AzureAD/microsoft-authentication-library-for-dotnet not yet in the corpus (ICacheAccessor,
//   first in path order, is; the interfaces between them in path order are executors, configuration, HTTP factories and
//   authentication schemes, whose implementations keep no state).
// Path: src/client/Microsoft.Identity.Client/Cache/ICacheSessionManager.cs (implementation: Cache/CacheSessionManager.cs;
//   models: Cache/Items/Msal*CacheItem.cs, Account.cs, IAccount.cs, OAuth2/MsalTokenResponse.cs)
// Adapted: internal in the source, public here (the harness's public Smoke takes it). RequestContext and
//   ITokenCacheInternal are empty (the request's parameters and the token cache are internals the session wraps); each
//   cache item keeps ClientId, Environment, HomeAccountId and Secret (the token), the id token its TenantId, the
//   refresh token its FamilyId; Account and IAccount keep Username, Environment and HomeAccountId (a string here);
//   MsalTokenResponse keeps AccessToken, IdToken, RefreshToken, FamilyId and ClientInfo. The project builds without
//   nullable annotations (#nullable disable).
// Real store: CacheSessionManager, made per token request from the application's token cache (ITokenCacheInternal, over
//   InMemoryPartitionedUserTokenCacheAccessor or the app cache) and the request's AuthenticationRequestParameters (client
//   id, authority, scopes, account, claims). Each read first raises the app's BeforeAccess serialization callback once
//   per session, then asks the token cache WITH THE REQUEST'S PARAMETERS: FindAccessTokenAsync the access token of the
//   request's account, client, environment, tenant and scopes that is not expired (null otherwise);
//   FindRefreshTokenAsync the refresh token of the account and client; FindFamilyRefreshTokenAsync(familyId) the
//   account's refresh token of that family (ArgumentNullException for a null or empty familyId);
//   IsAppFociMemberAsync(familyId) whether the app metadata says the client is in the family (null when unknown);
//   GetIdTokenCacheItemAsync(accessToken) the id token of the access token's account, client and tenant;
//   GetAccountsAsync the accounts of the client; GetAccountAssociatedWithAccessTokenAsync the account of the access
//   token. SaveTokenResponseAsync(response) writes the access, id and refresh tokens and the account for the request's
//   client and authority and returns the three. With the internal cache disabled every read is null (accounts: empty).
// Shapes: *=none
// First try (1a8c558c): incomplete: IMF0009 on the interface (MsalTokenResponse, which SaveTokenResponseAsync takes, has no
//   key; no class generated) | WRONG: none.
// After this round: unchanged, and the refusal is right: every read is scoped by the request's parameters (client, account,
//   scopes, tenant, family) that the session holds and no signature shows, and the write splits one response into
//   three items and an account; with a key of MsalTokenResponse the parameterless Find* members would still be guesses.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MsalDotnet.ICacheSessionManagerCase;

public class RequestContext
{
}

public interface ITokenCacheInternal
{
}

public class MsalAccessTokenCacheItem
{
    public string ClientId { get; set; }

    public string Environment { get; set; }

    public string HomeAccountId { get; set; }

    public string Secret { get; set; }
}

public class MsalIdTokenCacheItem
{
    public string ClientId { get; set; }

    public string Environment { get; set; }

    public string HomeAccountId { get; set; }

    public string TenantId { get; set; }

    public string Secret { get; set; }
}

public class MsalRefreshTokenCacheItem
{
    public string ClientId { get; set; }

    public string Environment { get; set; }

    public string HomeAccountId { get; set; }

    public string FamilyId { get; set; }

    public string Secret { get; set; }
}

public interface IAccount
{
    string Username { get; }

    string Environment { get; }

    string HomeAccountId { get; }
}

public class Account : IAccount
{
    public Account(string homeAccountId, string username, string environment)
    {
        HomeAccountId = homeAccountId;
        Username = username;
        Environment = environment;
    }

    public string Username { get; }

    public string Environment { get; }

    public string HomeAccountId { get; }
}

public class MsalTokenResponse
{
    public string AccessToken { get; set; }

    public string IdToken { get; set; }

    public string RefreshToken { get; set; }

    public string FamilyId { get; set; }

    public string ClientInfo { get; set; }
}

[InMemoryFake]
public interface ICacheSessionManager
{
    RequestContext RequestContext { get; }
    ITokenCacheInternal TokenCacheInternal { get; }
    Task<MsalAccessTokenCacheItem> FindAccessTokenAsync();
    Task<Tuple<MsalAccessTokenCacheItem, MsalIdTokenCacheItem, Account>> SaveTokenResponseAsync(MsalTokenResponse tokenResponse);
    Task<MsalIdTokenCacheItem> GetIdTokenCacheItemAsync(MsalAccessTokenCacheItem accessTokenCacheItem);
    Task<MsalRefreshTokenCacheItem> FindRefreshTokenAsync();
    Task<MsalRefreshTokenCacheItem> FindFamilyRefreshTokenAsync(string familyId);
    Task<bool?> IsAppFociMemberAsync(string familyId);

    Task<IEnumerable<IAccount>> GetAccountsAsync();
    Task<Account> GetAccountAssociatedWithAccessTokenAsync(MsalAccessTokenCacheItem msalAccessTokenCacheItem);

}

public static class Smoke
{
    public static async Task RunAsync(ICacheSessionManager session)
    {
        Check.Null(await session.FindAccessTokenAsync(), "a session over an empty cache finds no access token");
        Check.Null(await session.FindRefreshTokenAsync(), "nor a refresh token");
        await Check.ThrowsAsync<ArgumentNullException>(() => session.FindFamilyRefreshTokenAsync(""), "FindFamilyRefreshTokenAsync rejects an empty family id");

        var saved = await session.SaveTokenResponseAsync(new MsalTokenResponse { AccessToken = "at", IdToken = "id", RefreshToken = "rt", FamilyId = "1" });
        Check.Equal("at", saved.Item1.Secret, "SaveTokenResponseAsync returns the access token it wrote");
        Check.Equal("at", (await session.FindAccessTokenAsync())?.Secret, "which the session then finds for its own request");
        Check.Equal("rt", (await session.FindRefreshTokenAsync())?.Secret, "and the refresh token");
        Check.Equal("rt", (await session.FindFamilyRefreshTokenAsync("1"))?.Secret, "also as the family's refresh token");
        Check.Equal(1, new List<IAccount>(await session.GetAccountsAsync()).Count, "and the account");
    }
}
