// Source: https://github.com/AzureAD/microsoft-identity-web
// Commit: dfeab82385cb
// Licence: MIT
// Path: src/Microsoft.Identity.Web.TokenCache/IMsalTokenCacheProvider.cs (ITokenCache from Microsoft.Identity.Client, cut down;
//   TokenCacheErrorMessage.InitializeAsyncIsObsolete written out)
// Adapted: ITokenCache keeps the three callback setters Microsoft.Identity.Web calls; TokenCacheNotificationArgs keeps
//   SuggestedCacheKey and HasStateChanged.
// Real store: src/Microsoft.Identity.Web.TokenCache/MsalAbstractTokenCacheProvider.cs (MsalMemoryTokenCacheProvider over
//   IMemoryCache, MsalDistributedTokenCacheAdapter over IDistributedCache): Initialize(tokenCache) subscribes to MSAL's
//   before-access / after-access / before-write callbacks, which read and write the serialized cache bytes under the
//   args' SuggestedCacheKey; ClearAsync(homeAccountId) removes the bytes stored under that key.
// Shapes: *=core
// First try (a75b0ce): incomplete: IMF0001 InitializeAsync, Initialize, ClearAsync
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityWeb.IMsalTokenCacheProviderCase;

public sealed class TokenCacheNotificationArgs
{
    public string? SuggestedCacheKey { get; init; }
    public bool HasStateChanged { get; init; }
}

public interface ITokenCache
{
    void SetBeforeAccessAsync(Func<TokenCacheNotificationArgs, Task> beforeAccess);
    void SetAfterAccessAsync(Func<TokenCacheNotificationArgs, Task> afterAccess);
    void SetBeforeWriteAsync(Func<TokenCacheNotificationArgs, Task> beforeWrite);
}

[InMemoryFake]
public interface IMsalTokenCacheProvider
{
    [Obsolete("IDW10801: Use Initialize instead. See https://aka.ms/ms-id-web/1.9.0. ", true)]
    Task InitializeAsync(ITokenCache tokenCache);

    void Initialize(ITokenCache tokenCache);

    Task ClearAsync(string homeAccountId);
}

public sealed class RecordingTokenCache : ITokenCache
{
    public int Subscriptions { get; private set; }
    public void SetBeforeAccessAsync(Func<TokenCacheNotificationArgs, Task> beforeAccess) => Subscriptions++;
    public void SetAfterAccessAsync(Func<TokenCacheNotificationArgs, Task> afterAccess) => Subscriptions++;
    public void SetBeforeWriteAsync(Func<TokenCacheNotificationArgs, Task> beforeWrite) => Subscriptions++;
}

public static class Smoke
{
    public static async Task RunAsync(IMsalTokenCacheProvider provider)
    {
        var cache = new RecordingTokenCache();
        provider.Initialize(cache);
        Check.Equal(3, cache.Subscriptions, "Initialize subscribes to MSAL's three cache callbacks");
        await provider.ClearAsync("uid.utid");
    }
}
