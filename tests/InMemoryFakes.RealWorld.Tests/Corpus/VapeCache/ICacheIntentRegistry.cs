// Source: https://github.com/haxxornulled/VapeCache
// Commit: 8b943a6cffac
// Licence: BSL-1.1 (Business Source License 1.1: copying, modification and non-production use granted, Apache-2.0 from
//   2029-03-11; an interface signature and minimal models transcribed for a test, which is non-production use)
// Sample: h-sample90 rule, fixed before probing: the repositories find_repos("Cache") lists, in its order, keeping those
//   with C# files (find_files(repo, ext="cs") with rows; find_repos("Caching") next if the list ran out: it did not); in
//   each, the first C# interface in path order (git grep of the fetched snapshot) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and that
//   has at least 3 members, not already a corpus source; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5. Of the 71 repositories listed up to the fifth pick, 63 have no C# file in the index
//   (docs/generator-rounds.md, h-sample90, names them); xinetex/agentcache.ai (4 C# files), Abduro/Ora-Cache and
//   BitcoinCacheMachine/BitcoinCacheMachine (one empty Class1) declare no C# interface. The 5 picks, in order:
//   LancacheManager IActivityRegistry, NCache ICache, TypeCache IDataSource, CacheMeIfYouCan ISampleInterface,
//   VapeCache ICacheIntentRegistry.
//   This one: the 1st of haxxornulled/VapeCache (the four interfaces before it in path order, in Reference/Examples,
//   declare 1 or 2 members each).
// Path: VapeCache.Abstractions/Caching/CacheIntent.cs (the interface and its models; implementation:
//   VapeCache.Infrastructure/Caching/CacheIntentRegistry.cs; CacheEntryOptions.cs and Diagnostics/BackendType.cs beside
//   it)
// Adapted: CacheIntentKind keeps its first three values; BackendTypeResolver and the XML comments are dropped;
//   CacheIntent, CacheIntentEntry and CacheEntryOptions transcribed whole. Nullable enabled, as in the source project.
// Real store: CacheIntentRegistry, a ConcurrentDictionary of CacheIntentEntry by key (ordinal), which the Redis and
//   in-memory cache services write beside each set and removal. RecordSet(key, backend, options, payloadBytes) ignores a
//   null or blank key; otherwise it stores a new entry under the key (replacing one held): the backend, options.Intent or
//   (Unspecified, "unspecified"), RecordedAtUtc = now, ExpiresAtUtc = now + options.Ttl (null without one), the payload
//   size. RecordRemove(key) ignores a null or blank key, else removes the entry. TryGet(key) answers the entry and true, or
//   null and false (an expired entry is removed and answers false). GetRecent(maxCount) answers at most max(1, maxCount)
//   live entries, newest RecordedAtUtc first, removing expired ones.
// Shapes: *=cache
// First try (8b82adcf): incomplete: IMF0001 on RecordSet (its parameter 'options' is not a time to live), TryGet (its value
//   type differs from the store's value type BackendType), GetRecent ('Recent' is no noun of the store) | WRONG: none
//   (RecordRemove, generated as the removal of the key's entry, is the registry's; a null key throws
//   ArgumentNullException where the registry ignores it, the fake's rule for bad input).
// After this round: still incomplete, and the refusals are right, but the fake's table is of CacheIntentEntry now
//   (h-sample90: on a tie the value type a member reads back wins over one only written; before, BackendType won by its
//   name, and the hand-written members could not keep the entries in the table). RecordSet is refused for its BackendType
//   value (the entry it stores is built from four arguments and the clock), TryGet because the entries carry their own
//   expiry (ExpiresAtUtc), which this registry honours on a read, and GetRecent as before (its order is the recorded time).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VapeCache.ICacheIntentRegistryCase;

public enum BackendType
{
    Redis = 0,
    InMemory = 1
}

public enum CacheIntentKind
{
    Unspecified = 0,
    ReadThrough = 1,
    QueryResult = 2
}

public sealed record CacheIntent
{
    public CacheIntent(
        CacheIntentKind Kind,
        string? Reason = null,
        string? Owner = null,
        string[]? Tags = null)
    {
        this.Kind = Kind;
        this.Reason = Reason;
        this.Owner = Owner;
        this.Tags = Tags;
    }

    public CacheIntentKind Kind { get; init; }
    public string? Reason { get; init; }
    public string? Owner { get; init; }
    public string[]? Tags { get; init; }
}

public sealed record CacheIntentEntry
{
    public CacheIntentEntry(
        string Key,
        BackendType Backend,
        CacheIntent Intent,
        DateTimeOffset RecordedAtUtc,
        DateTimeOffset? ExpiresAtUtc,
        int PayloadBytes)
    {
        this.Key = Key;
        this.Backend = Backend;
        this.Intent = Intent;
        this.RecordedAtUtc = RecordedAtUtc;
        this.ExpiresAtUtc = ExpiresAtUtc;
        this.PayloadBytes = PayloadBytes;
    }

    public string Key { get; init; }
    public BackendType Backend { get; init; }
    public CacheIntent Intent { get; init; }
    public DateTimeOffset RecordedAtUtc { get; init; }
    public DateTimeOffset? ExpiresAtUtc { get; init; }
    public int PayloadBytes { get; init; }
}

public readonly record struct CacheEntryOptions
{
    public CacheEntryOptions(TimeSpan? Ttl = null, CacheIntent? Intent = null)
    {
        this.Ttl = Ttl;
        this.Intent = Intent;
    }

    public TimeSpan? Ttl { get; init; }
    public CacheIntent? Intent { get; init; }
}

[InMemoryFake]
public interface ICacheIntentRegistry
{
    void RecordSet(string key, BackendType backend, in CacheEntryOptions options, int payloadBytes);

    void RecordRemove(string key);

    bool TryGet(string key, out CacheIntentEntry? entry);

    IReadOnlyList<CacheIntentEntry> GetRecent(int maxCount);
}

public static class Smoke
{
    public static Task RunAsync(ICacheIntentRegistry registry)
    {
        Check.False(registry.TryGet("user:1", out var none), "a key never recorded is not found");
        Check.Null(none, "and its entry is null");

        registry.RecordSet("user:1", BackendType.Redis, new CacheEntryOptions(TimeSpan.FromMinutes(5), new CacheIntent(CacheIntentKind.QueryResult, "profile")), 120);
        Check.True(registry.TryGet("user:1", out var entry), "RecordSet stores an entry under the key");
        Check.Equal(BackendType.Redis, entry!.Backend, "with the backend");
        Check.Equal(CacheIntentKind.QueryResult, entry.Intent.Kind, "the intent given");
        Check.Equal(120, entry.PayloadBytes, "the payload size");
        Check.Equal<DateTimeOffset?>(entry.RecordedAtUtc + TimeSpan.FromMinutes(5), entry.ExpiresAtUtc, "and an expiry of the time to live after the recording");

        registry.RecordSet("user:1", BackendType.InMemory, default, 80);
        Check.True(registry.TryGet("user:1", out var replaced), "a second RecordSet of the key");
        Check.Equal(BackendType.InMemory, replaced!.Backend, "replaces the entry");
        Check.Equal(CacheIntentKind.Unspecified, replaced.Intent.Kind, "options without an intent record Unspecified");
        Check.Equal("unspecified", replaced.Intent.Reason, "with the reason 'unspecified'");
        Check.Null(replaced.ExpiresAtUtc, "and options without a time to live no expiry");

        registry.RecordSet(" ", BackendType.Redis, default, 1);
        Check.False(registry.TryGet(" ", out _), "a blank key is not recorded");

        registry.RecordSet("user:2", BackendType.Redis, default, 10);
        Check.Equal(2, registry.GetRecent(10).Count, "GetRecent answers the live entries");
        Check.Equal(1, registry.GetRecent(1).Count, "at most maxCount of them");
        Check.Equal(1, registry.GetRecent(0).Count, "and a maxCount below 1 counts as 1");

        registry.RecordRemove("user:1");
        Check.False(registry.TryGet("user:1", out _), "RecordRemove removes the key's entry");
        registry.RecordRemove("user:1");
        Check.Equal(1, registry.GetRecent(10).Count, "a removal of a key not held changes nothing");
        return Task.CompletedTask;
    }
}
