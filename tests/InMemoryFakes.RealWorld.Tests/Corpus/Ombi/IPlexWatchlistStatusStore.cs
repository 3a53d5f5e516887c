// Source: https://github.com/Ombi-app/Ombi
// Commit: 86c179caafcc
// Licence: GPL-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st of Ombi-app/Ombi.
// Path: src/Ombi.Core/Services/IPlexWatchlistStatusStore.cs (model: src/Ombi.Core/Models/PlexUserWatchlistModel.cs)
// Adapted: nothing; Ombi builds without nullable annotations (#nullable disable).
// Real store: src/Ombi.Core/Services/PlexWatchlistStatusStore.cs (EF Core rows PlexWatchlistUserStatus(UserId,
//   SyncStatus, LastSyncedAt), unique on UserId): SetAsync does nothing for a null/blank user id, else updates the
//   user's row (status, LastSyncedAt = now) or inserts one; GetAsync null for a blank or unknown user id, else the
//   user's status; GetAllAsync a dictionary user id -> status of every row; ClearAsync deletes every row.
// Shapes: *=core
// First try (46fe673): WRONG: complete, but SetAsync and GetAsync take a blank user id ("", white space) as a key,
//   where the real store ignores it (SetAsync stores nothing, GetAsync returns null); a null id throws
//   ArgumentNullException where the real store does nothing / returns null
// Configured: BlankKeys = BlankKeys.Ignore: SetAsync of a null, empty or white-space user id stores nothing and GetAsync of
//   one returns null, as the real store's `if (string.IsNullOrWhiteSpace(ombiUserId)) return;` does; no signature says
//   which keys a store ignores.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ombi.IPlexWatchlistStatusStoreCase;

public enum WatchlistSyncStatus
{
    Successful = 0,
    Failed = 1,
    NotAFriend = 2,
    Pending = 3,
}

[InMemoryFake(BlankKeys = BlankKeys.Ignore)]
public interface IPlexWatchlistStatusStore
{
    Task SetAsync(string ombiUserId, WatchlistSyncStatus status, CancellationToken cancellationToken = default);
    Task<WatchlistSyncStatus?> GetAsync(string ombiUserId, CancellationToken cancellationToken = default);
    Task<IReadOnlyDictionary<string, WatchlistSyncStatus>> GetAllAsync(CancellationToken cancellationToken = default);
    Task ClearAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IPlexWatchlistStatusStore store)
    {
        Check.Null(await store.GetAsync("user-1"), "GetAsync of an unknown user is null");
        await store.SetAsync("user-1", WatchlistSyncStatus.Pending);
        Check.Equal(WatchlistSyncStatus.Pending, await store.GetAsync("user-1"), "SetAsync stores the user's status");
        await store.SetAsync("user-1", WatchlistSyncStatus.Successful);
        Check.Equal(WatchlistSyncStatus.Successful, await store.GetAsync("user-1"), "SetAsync of a known user updates the status");
        await store.SetAsync("user-2", WatchlistSyncStatus.Failed);
        var all = await store.GetAllAsync();
        Check.Equal(2, all.Count, "GetAllAsync has one entry per user");
        Check.Equal(WatchlistSyncStatus.Failed, all["user-2"], "GetAllAsync maps the user id to its status");
        await store.SetAsync("  ", WatchlistSyncStatus.Failed);
        Check.Equal(2, (await store.GetAllAsync()).Count, "SetAsync of a blank user id does nothing");
        Check.Null(await store.GetAsync(""), "GetAsync of a blank user id is null");
        await store.SetAsync(null, WatchlistSyncStatus.Failed);
        Check.Equal(2, (await store.GetAllAsync()).Count, "SetAsync of a null user id does nothing");
        Check.Null(await store.GetAsync(null), "GetAsync of a null user id is null");
        await store.ClearAsync();
        Check.Equal(0, (await store.GetAllAsync()).Count, "ClearAsync deletes every status");
        Check.Null(await store.GetAsync("user-1"), "a cleared user has no status");
    }
}
