// Source: https://github.com/dotnet/MobileBlazorBindings
// Commit: 6b2d767
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample50 rule, fixed before probing (h-sample46's, continued): the repositories in the order
//   find_repos("dotnet/") lists them (owner dotnet only: akkadotnet/…, json-api-dotnet/… and the like skipped), from
//   the first after arcade-services (h-sample46's 6th pick), keeping those with C# code at their newest stored snapshot
//   and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n -E "interface
//   I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first interface
//   outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the base
//   interface is in the same repository) and holds state (something a caller puts in through the interface; a
//   …Provider that only computes, or hands out what it was built with, is skipped); at most 1 per repository; stop
//   after 6. A snapshot over fetch's 500 MiB limit is skipped (h-sample42). find_repos("dotnet/") lists 100 rows by
//   file versions and ends at dotnet/core (1331) with 5 picks; the list was continued in the same order (file
//   versions, highest first) with the dotnet/ repositories below 1331 that find_repos("dotnet/<letter>") lists for
//   a-p and r-x (y, z, q and digits not queried).
//   In order: iot none (IMotorPinProvider 1 member); arcade gives IStorage (its first match); SqlClient no match;
//   interactive none (IAuthorizationProvider, 3 members that hand out the token it was built with: skipped); wcf
//   already a source; corert gives IRootingServiceProvider (before it IEntityHandleProvider,
//   IMetadataStringDecoderProvider and ICompilationRootProvider, 1 member each); reactive none (IAsyncIListProvider<T>,
//   3 members that compute ToArray/ToList/Count of a query, and IAsyncQueryProvider, 3 that build and run queries:
//   computing; the others 1); corefxlab no match; command-line-api none (IShellProvider, 4 members that describe a
//   shell and compute its completion script: computing; ISuggestionStore 1); ClangSharp no match;
//   aspnet-api-versioning none (1-2 members each); diagnostics none (IRuntimeProvider 1); MQTTnet none (1-2 each);
//   dotnet-monitor already a source; Open-XML-SDK none (INameProvider 1); dotnet-api-docs (1.9 GB) over the limit;
//   maui-labs has no snapshot; vscode-csharp no match; AspNetCore.Docs.pl-pl no C# code; roslyn-analyzers no match;
//   Scaffolding none (1-2 each); performance gives IX509Store (before it ILocalCertStore 2); upgrade-assistant, Comet,
//   samples no match; runtimelab (0.95 GB) over the limit; try no match; EntityFramework.Docs's only match is under
//   samples/core/Testing (a "test" path); android-samples, TorchSharp no match; docker-tools none (1 each); infer none
//   (1 each; IGenericArgumentProvider's IComparable is not the repository's); Kerberos.NET gives ITicketCache;
//   MobileBlazorBindings gives ITokenCache (before it IRemoteAuthenticationPathsProvider 1, IAccessTokenProvider 2);
//   dotnet-docker none (2 and 1); dotnet/dotnet (2.0 GB) over the limit; eShop already a source; skills no match;
//   coreclr's snapshot has no C# code; core no match. Continued below 1331: docs-maui no match; docs-desktop.it-it no
//   C# code; LLVMSharp no match; systemweb-adapters none (ILockedSessionCache 2); docs-aspire no match;
//   ResXResourceManager gives IErrorListProvider, the 6th. No interface of these repositories was in the corpus.
//   This one: the 5th pick (MobileBlazorBindings, archived; the first in path order with at least 3 members that
//   holds state, 3).
// Path: src/Microsoft.MobileBlazorBindings.Authentication/Services/ITokenCache.cs (real store: MemoryTokenCache.cs
//   beside it, registered by MobileBlazorBindingsAuthenticationServiceExtensions; caller: OidcAuthenticationService.cs)
// Adapted: the namespace; the XML docs left out; System.IdentityModel.Tokens.Jwt's JwtSecurityToken cut down to its
//   raw data and ValidTo (the real one parses both from the JWT; the corpus compiles without that package). Nullable
//   disabled, as in the project.
// Real store: MemoryTokenCache is a ConcurrentDictionary<string, JwtSecurityToken>. Add(key, token) writes the token
//   under the key (a key already held is replaced); TryGet(key, out token) answers true with the token when one is held
//   whose ValidTo is not before DateTime.UtcNow; a held token whose ValidTo has passed is removed and, as for a key not
//   held, TryGet answers false with token null; Clear() empties the cache. OidcAuthenticationService reads the access
//   token with TryGet before each request and refreshes it when TryGet is false: the expiry check is what makes it
//   refresh.
// First try (30887e9): incomplete: IMF0001 on TryGet (an async member with an out parameter); Add generated as a
//   key-value add (set if absent, the duplicate-key error for a live key) and Clear (empties the table). The probe
//   stops at TryGet, the script's first line | WRONG: Add of a key already held throws the duplicate-key error, where
//   MemoryTokenCache replaces the token (tokens[key] = token) and OidcAuthenticationService adds the refreshed access
//   token under the same key (not reached by the probe). Clear was right.
// After this round: Add is refused too (IMF0001): a plain Add returning nothing on an interface named a cache says
//   nothing of a key already held (this cache replaces, ObjectCache.Add keeps the first), and the message names
//   Store.Set(key, value) (replaces) and Store.SetIfAbsent(key, value). Clear generated; the probe still stops at TryGet
//   (a Task<bool> member with an out parameter: MemoryTokenCache sets it synchronously and returns a completed task).
//   Left refused on purpose: a generated TryGet would hand out a token whose ValidTo has passed, where MemoryTokenCache
//   drops it, and no signature shows that expiry. Incomplete, nothing wrong generated.
// Configured: (session 33) TakenKeyAdds = TakenKeyAdd.Replace: MemoryTokenCache.Add writes tokens[key] = token,
//   replacing a token already held.
// After session 33 (lead, TakenKeyAdds on caches): Add is generated as that set; TryGet stays refused (the expiry
//   above), so still incomplete.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MobileBlazorBindings.ITokenCacheCase;

public class JwtSecurityToken
{
    public string RawData { get; set; }
    public DateTime ValidTo { get; set; }
}

[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Replace)]
public interface ITokenCache
{
    Task Add(string key, JwtSecurityToken token);

    Task<bool> TryGet(string key, out JwtSecurityToken token);

    Task Clear();
}

public static class Smoke
{
    public static async Task RunAsync(ITokenCache cache)
    {
        Check.False(await cache.TryGet("access_token", out var none), "TryGet of a key never added is false");
        Check.Null(none, "with a null token");

        await cache.Add("access_token", new JwtSecurityToken { RawData = "eyJ.a", ValidTo = DateTime.UtcNow.AddHours(1) });
        Check.True(await cache.TryGet("access_token", out var token), "TryGet finds the token added");
        Check.Equal("eyJ.a", token.RawData, "the token added");

        await cache.Add("access_token", new JwtSecurityToken { RawData = "eyJ.b", ValidTo = DateTime.UtcNow.AddHours(1) });
        Check.True(await cache.TryGet("access_token", out var replaced), "Add of a key already held");
        Check.Equal("eyJ.b", replaced.RawData, "replaces the token");

        await cache.Add("id_token", new JwtSecurityToken { RawData = "eyJ.expired", ValidTo = DateTime.UtcNow.AddHours(-1) });
        Check.False(await cache.TryGet("id_token", out var expired), "TryGet of a token whose ValidTo has passed is false (MemoryTokenCache removes it)");
        Check.Null(expired, "with a null token");

        await cache.Clear();
        Check.False(await cache.TryGet("access_token", out _), "Clear empties the cache");
    }
}
