// Source: https://github.com/dotnet/Kerberos.NET
// Commit: 790b08f
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
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
//   This one: the 4th pick (Kerberos.NET; its first match in path order, 11 members).
// Path: Kerberos.NET/Cache/ITicketCache.cs (model: Cache/TicketCacheEntry.cs; real stores: Cache/MemoryTicketCache.cs
//   over Cache/TicketCacheBase.cs, KerberosClient's cache unless a ccache file or the LSA is configured;
//   Krb5TicketCache.cs and LsaCredentialCache.cs beside it)
// Adapted: the namespace; ITicketCache2 (declared first in the file, not a match of the rule) left out;
//   TicketCacheEntry cut down to its properties and key (ConvertKrbCredToCacheEntry, which builds one from a KRB-CRED,
//   left out). Nullable disabled, as in Kerberos.NET.
// Real store: MemoryTicketCache keeps a ConcurrentDictionary<string, CacheEntry> under the entry's Computed key,
//   "kerberos-{container}-{key}" lower-cased (a key or container of another case is the same entry). Add(entry)
//   replaces an entry already held (AddOrUpdate; BlockUpdates, off by default and not on the interface, keeps it) and
//   answers true; the entry expires at its Expires when that is in the future at the Add (MarkLifetime), and an entry
//   whose Expires is already past is kept with no lifetime (never expires). Contains(entry) is ContainsKey of its
//   Computed key. GetCacheItem(key, container) answers the entry's Value, or null when none is held (an expired one is
//   evicted then); GetCacheItem<T> answers the value when it is a T, else default; GetCacheItemAsync<T> casts
//   ((T)result): a value of another type throws InvalidCastException. The Async forms answer the same at once.
//   RefreshTickets, RefreshInterval and DefaultDomain are plain properties (TicketCacheBase: RefreshInterval starts at
//   30 s, not scripted: a constructor's default, not state a caller puts in).
// First try (30887e9): incomplete: IMF0001 on all eleven: Add/AddAsync (a key-value add must return nothing or
//   the new key), Contains/ContainsAsync (a TicketCacheEntry is no string key), the three settable properties, and the
//   four GetCacheItem reads (the settable bool RefreshTickets is a switch that may change what a read answers).
//   Nothing generated; the probe stops at GetCacheItem, the script's first line | WRONG: none. Rightly refused: the key
//   is computed from two properties of the entry, lower-cased, and the value read is the entry's Value, not the entry.
// After this round: unchanged (incomplete, nothing generated, rightly refused).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KerberosNet.ITicketCacheCase;

public class TicketCacheEntry
{
    public string Computed => GenerateKey(this.Container, this.Key);

    internal static string GenerateKey(string container = null, string key = null)
    {
        return $"kerberos-{container?.ToLowerInvariant()}-{key?.ToLowerInvariant()}";
    }

    public string Key { get; set; }

    public string Container { get; set; }

    public DateTimeOffset Expires { get; set; }

    public DateTimeOffset? RenewUntil { get; set; }

    public object Value { get; set; }
}

[InMemoryFake]
public interface ITicketCache
{
    bool RefreshTickets { get; set; }

    TimeSpan RefreshInterval { get; set; }

    string DefaultDomain { get; set; }

    ValueTask<bool> AddAsync(TicketCacheEntry entry);

    bool Add(TicketCacheEntry entry);

    ValueTask<bool> ContainsAsync(TicketCacheEntry entry);

    bool Contains(TicketCacheEntry entry);

    ValueTask<object> GetCacheItemAsync(string key, string container = null);

    object GetCacheItem(string key, string container = null);

    ValueTask<T> GetCacheItemAsync<T>(string key, string container = null);

    T GetCacheItem<T>(string key, string container = null);
}

public static class Smoke
{
    public static async Task RunAsync(ITicketCache cache)
    {
        var tgt = "krbtgt/EXAMPLE.COM";
        Check.Null(cache.GetCacheItem(tgt), "GetCacheItem of a key never added is null");
        Check.False(cache.Contains(new TicketCacheEntry { Key = tgt }), "Contains of an entry never added is false");

        Check.True(cache.Add(new TicketCacheEntry { Key = tgt, Expires = DateTimeOffset.UtcNow.AddHours(10), Value = "tgt-1" }), "Add answers true");
        Check.True(cache.Contains(new TicketCacheEntry { Key = tgt }), "Contains finds the entry by its key");
        Check.Equal("tgt-1", (string)cache.GetCacheItem(tgt), "GetCacheItem answers the entry's Value");
        Check.Equal("tgt-1", (string)cache.GetCacheItem("KRBTGT/example.com"), "keys are compared lower-cased");
        Check.Equal("tgt-1", cache.GetCacheItem<string>(tgt), "GetCacheItem<T> answers the value as a T");
        Check.Null(cache.GetCacheItem<Uri>(tgt), "and default when the value is not a T");
        Check.Equal("tgt-1", await cache.GetCacheItemAsync<string>(tgt), "GetCacheItemAsync<T> answers the same");
        await Check.ThrowsAsync<InvalidCastException>(async () => await cache.GetCacheItemAsync<Uri>(tgt), "GetCacheItemAsync<T> of a value that is not a T throws InvalidCastException (a cast)");

        Check.True(await cache.AddAsync(new TicketCacheEntry { Key = tgt, Expires = DateTimeOffset.UtcNow.AddHours(10), Value = "tgt-2" }), "AddAsync of a key already held answers true");
        Check.Equal("tgt-2", (string)await cache.GetCacheItemAsync(tgt), "and replaces the entry");

        Check.True(cache.Add(new TicketCacheEntry { Key = "host/app.example.com", Container = "svc", Expires = DateTimeOffset.UtcNow.AddHours(1), Value = "st-1" }), "Add with a container answers true");
        Check.Null(cache.GetCacheItem("host/app.example.com"), "the container is part of the key");
        Check.Equal("st-1", (string)cache.GetCacheItem("host/app.example.com", "svc"), "GetCacheItem with the container finds it");
        Check.True(await cache.ContainsAsync(new TicketCacheEntry { Key = "host/app.example.com", Container = "SVC" }), "ContainsAsync compares the container lower-cased too");

        Check.True(cache.Add(new TicketCacheEntry { Key = "old", Expires = DateTimeOffset.UtcNow.AddHours(-1), Value = "stale" }), "Add of an entry whose Expires is past answers true");
        Check.Equal("stale", (string)cache.GetCacheItem("old"), "and keeps it without a lifetime (MarkLifetime only for a future Expires)");

        cache.RefreshTickets = true;
        cache.RefreshInterval = TimeSpan.FromMinutes(5);
        cache.DefaultDomain = "EXAMPLE.COM";
        Check.True(cache.RefreshTickets, "RefreshTickets keeps what was set");
        Check.Equal(TimeSpan.FromMinutes(5), cache.RefreshInterval, "RefreshInterval keeps what was set");
        Check.Equal("EXAMPLE.COM", cache.DefaultDomain, "DefaultDomain keeps what was set");
    }
}
