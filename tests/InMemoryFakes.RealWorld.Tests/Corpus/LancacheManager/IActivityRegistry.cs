// Source: https://github.com/regix1/lancache-manager
// Commit: fdb7cde05864
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 1st of regix1/lancache-manager (the first interface in path order, Api/LancacheManager/Core/Interfaces/).
// Path: Api/LancacheManager/Core/Interfaces/IActivityRegistry.cs (implementation:
//   Api/LancacheManager/Core/Services/Operations/ActivityRegistry.cs; models: Api/LancacheManager/Models/Operations/ActivityStatus.cs)
// Adapted: the XML comments are dropped; ActivityItem and ActivitySnapshot are transcribed whole (the ActivityDomains and
//   ActivityAspects constants are left out). Nullable enabled, as in the source project.
// Real store: ActivityRegistry, a Dictionary keyed by the (domain, key, aspect) triple under one SemaphoreSlim, and a
//   revision counter. ReportAsync(domain, key, aspect, isActive, activeCount) stores an active entry with that count when
//   isActive and activeCount > 0 (replacing one with another count), else removes the entry; only a change raises the
//   revision by 1 and broadcasts the snapshot over SignalR (a repeated report changes nothing). ReplaceAsync(domain,
//   aspect, activeKeys) makes the active set of that domain and aspect exactly the dictionary's keys (a key with count <= 0
//   is removed), one revision step for the whole change. GetSnapshotAsync returns the revision and the active entries
//   ordered by domain, key and aspect (ordinal).
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 on ReportAsync (Report is not a known verb), ReplaceAsync (no member reads a
//   value back, and the writes take ActivitySnapshot and string in equal numbers), GetSnapshotAsync (Snapshot is no noun
//   of the store) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a report whose flag says add or remove, a replacement of one
//   domain's and aspect's entries that leaves the others, and a snapshot whose revision counts only the changes a report
//   made are this registry's own rules, which no signature states; the three members are the hand-written part.
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LancacheManager.IActivityRegistryCase;

public sealed record ActivityItem
{
    public required string Domain { get; init; }

    public required string Key { get; init; }

    public required string Aspect { get; init; }

    public bool IsActive { get; init; } = true;

    public int ActiveCount { get; init; } = 1;
}

public sealed record ActivitySnapshot
{
    public required long Revision { get; init; }

    public required IReadOnlyList<ActivityItem> Activities { get; init; }
}

[InMemoryFake]
public interface IActivityRegistry
{
    Task ReportAsync(string domain, string key, string aspect, bool isActive, int activeCount = 1);

    Task ReplaceAsync(string domain, string aspect, IReadOnlyDictionary<string, int> activeKeys);

    Task<ActivitySnapshot> GetSnapshotAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IActivityRegistry registry)
    {
        var empty = await registry.GetSnapshotAsync();
        Check.Equal(0L, empty.Revision, "a new registry is at revision 0");
        Check.Equal(0, empty.Activities.Count, "and holds no entry");

        await registry.ReportAsync("download", "steam", "downloading", true, 2);
        var first = await registry.GetSnapshotAsync();
        Check.Equal(1L, first.Revision, "a report that changes the set raises the revision");
        Check.Equal(1, first.Activities.Count, "and stores the entry");
        Check.Equal(2, first.Activities[0].ActiveCount, "with its count");

        await registry.ReportAsync("download", "steam", "downloading", true, 2);
        Check.Equal(1L, (await registry.GetSnapshotAsync()).Revision, "a repeated report changes nothing");

        await registry.ReportAsync("schedule", "gc", "running", true);
        var two = await registry.GetSnapshotAsync();
        Check.Equal(2L, two.Revision, "another entry is another change");
        Check.Equal("download", two.Activities[0].Domain, "entries are ordered by domain");
        Check.Equal("schedule", two.Activities[1].Domain, "ordinally");

        await registry.ReplaceAsync("download", "downloading", new Dictionary<string, int> { ["epic"] = 1 });
        var replaced = await registry.GetSnapshotAsync();
        Check.Equal(3L, replaced.Revision, "a replacement is one change");
        Check.Equal("epic", replaced.Activities[0].Key, "it stores the keys given");
        Check.Equal(2, replaced.Activities.Count, "drops the other keys of that domain and aspect, and keeps other domains");

        await registry.ReportAsync("schedule", "gc", "running", false);
        var removed = await registry.GetSnapshotAsync();
        Check.Equal(4L, removed.Revision, "an inactive report of an active entry removes it");
        Check.Equal(1, removed.Activities.Count, "one entry is left");

        await registry.ReportAsync("schedule", "nothing", "running", false);
        Check.Equal(4L, (await registry.GetSnapshotAsync()).Revision, "an inactive report of an entry not held changes nothing");
    }
}
