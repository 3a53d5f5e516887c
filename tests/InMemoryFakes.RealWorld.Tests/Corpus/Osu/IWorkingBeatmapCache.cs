// Source: https://github.com/ppy/osu
// Commit: e9451fe70b91
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 1st of ppy/osu.
// Path: osu.Game/Beatmaps/IWorkingBeatmapCache.cs (models: BeatmapInfo.cs, BeatmapSetInfo.cs, WorkingBeatmap.cs)
// Adapted: BeatmapInfo keeps ID, DifficultyName, BeatmapSet and its equality by ID; BeatmapSetInfo keeps ID, OnlineID,
//   Beatmaps and its equality by ID; WorkingBeatmap is an abstract class holding its BeatmapInfo. The project's
//   <Nullable>enable</Nullable> is kept.
// Real store: osu.Game/Beatmaps/WorkingBeatmapCache.cs: GetWorkingBeatmap(beatmapInfo) returns the cached
//   WorkingBeatmap whose BeatmapInfo equals it (by ID), else creates one (a BeatmapManagerWorkingBeatmap that loads
//   the beatmap's files on demand), caches and returns it (null or the default beatmap's info gives the default
//   beatmap); Invalidate(beatmapInfo) drops that cached working beatmap (raising OnInvalidated); Invalidate(set) does so
//   for each of the set's beatmaps.
// Shapes: GetWorkingBeatmap=10; Invalidate=10
// First try (ffaa154): incomplete: IMF0001 Invalidate(BeatmapSetInfo) | WRONG: GetWorkingBeatmap of a beatmap not
//   cached yet throws the not-found error (a key-value Get with a non-nullable result), where the real cache creates,
//   caches and returns its working beatmap (a get-or-create whose loader the interface does not show); now refused
//   (IMF0001: a read of a cache that no member writes to, docs/generator.md key-value refused guesses)
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Osu.IWorkingBeatmapCacheCase;

public class BeatmapSetInfo : IEquatable<BeatmapSetInfo>
{
    public Guid ID { get; set; } = Guid.NewGuid();
    public int OnlineID { get; set; } = -1;
    public List<BeatmapInfo> Beatmaps { get; } = new List<BeatmapInfo>();

    public bool Equals(BeatmapSetInfo? other) => other is not null && ID == other.ID;

    public override bool Equals(object? obj) => obj is BeatmapSetInfo other && Equals(other);

    public override int GetHashCode() => ID.GetHashCode();
}

public class BeatmapInfo : IEquatable<BeatmapInfo>
{
    public Guid ID { get; set; } = Guid.NewGuid();
    public string DifficultyName { get; set; } = string.Empty;
    public BeatmapSetInfo? BeatmapSet { get; set; }

    public bool Equals(BeatmapInfo? other) => other is not null && ID == other.ID;

    public override bool Equals(object? obj) => obj is BeatmapInfo other && Equals(other);

    public override int GetHashCode() => ID.GetHashCode();
}

public abstract class WorkingBeatmap
{
    protected WorkingBeatmap(BeatmapInfo beatmapInfo)
    {
        BeatmapInfo = beatmapInfo;
    }

    public BeatmapInfo BeatmapInfo { get; }
}

[InMemoryFake]
public interface IWorkingBeatmapCache
{
    WorkingBeatmap GetWorkingBeatmap(BeatmapInfo beatmapInfo);

    void Invalidate(BeatmapSetInfo beatmapSetInfo);

    void Invalidate(BeatmapInfo beatmapInfo);
}

public static class Smoke
{
    public static Task RunAsync(IWorkingBeatmapCache cache)
    {
        var set = new BeatmapSetInfo();
        var easy = new BeatmapInfo { DifficultyName = "Easy", BeatmapSet = set };
        set.Beatmaps.Add(easy);
        var first = cache.GetWorkingBeatmap(easy);
        Check.Equal(easy.ID, first.BeatmapInfo.ID, "GetWorkingBeatmap returns a working beatmap of that beatmap");
        Check.True(ReferenceEquals(first, cache.GetWorkingBeatmap(new BeatmapInfo { ID = easy.ID })), "GetWorkingBeatmap returns the cached one for an equal beatmap");
        cache.Invalidate(easy);
        Check.False(ReferenceEquals(first, cache.GetWorkingBeatmap(easy)), "Invalidate drops the cached working beatmap");
        var second = cache.GetWorkingBeatmap(easy);
        cache.Invalidate(set);
        Check.False(ReferenceEquals(second, cache.GetWorkingBeatmap(easy)), "Invalidate(set) drops its beatmaps' working beatmaps");
        return Task.CompletedTask;
    }
}
