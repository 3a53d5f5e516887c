// Source: https://github.com/falberthen/EcommerceDDD
// Commit: e7f9d5c8a634
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample70 rule (the whole rule and the repositories it skipped: Corpus/AQMod/ICustomStorage.cs).
//   This one: the 4th pick (the 34th of find_repos("Ddd")); the first interface of the repository in path order.
// Path: src/Core/EcommerceDDD.Core.Infrastructure/Identity/ITokenRequester.cs (real store: TokenRequester.cs in the same
//   folder, the only implementation, over an IMemoryCache)
// Adapted: Duende.IdentityModel.Client's TokenResponse cut to AccessToken, ExpiresIn and HttpStatusCode. Nullable
//   enabled, as in the source (the csproj).
// Real store: TokenRequester, a client of the IdentityServer that keeps the application token in an IMemoryCache under
//   "application_token". GetApplicationTokenAsync answers the cached response while it is there; otherwise it requests a
//   client-credentials token from {Authority}/connect/token (one request at a time, under a static lock) and, on 200 OK,
//   caches it until 60 seconds before the JWT expires. GetUserTokenFromCredentialsAsync(userName, password) requests a
//   password-grant token each time (nothing cached). GetUserTokenFromHttpContextAsync reads the current request's
//   "access_token" (InvalidOperationException when there is no HttpContext).
// Shapes: *=none
// First try (0487eace): incomplete: IMF0001 on all 3 members (GetApplicationToken, GetUserTokenFromCredentials,
//   GetUserTokenFromHttpContext: Get, then a noun that is no noun of the store) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: tokens an identity server issues and the current request
//   holds; the cache only keeps what the server answered.
#nullable enable

using System;
using System.Net;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EcommerceDDD.ITokenRequesterCase;

public class TokenResponse
{
    public string? AccessToken { get; init; }

    public int ExpiresIn { get; init; }

    public HttpStatusCode HttpStatusCode { get; init; }
}

[InMemoryFake]
public interface ITokenRequester
{
    Task<TokenResponse?> GetApplicationTokenAsync();
    Task<TokenResponse?> GetUserTokenFromCredentialsAsync(string userName, string password);
    Task<string?> GetUserTokenFromHttpContextAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ITokenRequester tokens)
    {
        var first = await tokens.GetApplicationTokenAsync();
        var second = await tokens.GetApplicationTokenAsync();
        Check.True(first is not null && ReferenceEquals(first, second), "the application token is requested once, then served from the cache");
        await Check.ThrowsAsync<InvalidOperationException>(() => tokens.GetUserTokenFromHttpContextAsync(), "outside a request there is no HttpContext to read the token from");
    }
}
