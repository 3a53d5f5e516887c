// Source: https://github.com/MiniProfiler/dotnet
// Commit: 4453d62c
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample15 rule, fixed before probing: in these repositories, in this order (danielgerlag/workflow-core,
//   MiniProfiler/dotnet, DuendeSoftware/IdentityServer, Prowlarr/Prowlarr, anjoy8/Blog.Core, zhontai/Admin.Core,
//   OrchardCMS/Orchard, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   DotNetNext/SqlSugar, umbraco/Umbraco-CMS), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). The round's hard deadline cut the list at 8, in
//   that order: workflow-core IEventRepository, IScheduledCommandRepository, ISubscriptionRepository; MiniProfiler
//   IAsyncStorage (its only one); Duende IAutomaticKeyManagerKeyStore, ICache<T>, IConsentMessageStore; Prowlarr
//   IAppIndexerMapRepository. Not transcribed for lack of time: Prowlarr's IApplicationsRepository and
//   IApplicationStatusRepository and the repositories after Prowlarr in the list.
//   This one: the 1st and only one of MiniProfiler/dotnet (12 members).
// Path: src/MiniProfiler.Shared/Storage/IAsyncStorage.cs (model: src/MiniProfiler.Shared/MiniProfiler.cs)
// Adapted: MiniProfiler keeps Id, Name, Started, DurationMilliseconds, MachineName, User and HasUserViewed (its timings,
//   options and storage references dropped); ListResultsOrder as it is; the extension class AsyncStorageExtensions
//   left out (not members). Nullable enabled as in the repository's Directory.Build.props.
// Real store: src/MiniProfiler.AspNetCore/Storage/MemoryCacheStorage.cs (the default storage of AddMiniProfiler; an
//   IMemoryCache plus a SortedList keyed by (Started, Id)): Save(p) does nothing for null, else caches p under its Id
//   (replacing) for CacheDuration, adds (Started, Id) to the sorted index once, evicts index entries Started more than
//   CacheDuration ago, and when !p.HasUserViewed adds p.Id to p.User's unviewed list; Load(id) the cached profiler or
//   null (it does NOT mark it viewed, whatever the interface's remarks say); List(maxResults, start, finish, orderBy)
//   the Ids of the index between the entries closest to start and finish (a binary closest search), by Started,
//   newest first unless Ascending, at most maxResults; SetUnviewed(user, id) adds id to the user's unviewed list once
//   (a list per user, null user included); SetViewed(user, id) removes it; GetUnviewedIds(user) a copy of that list in
//   the order added. Each ...Async is Task.FromResult of its sync twin.
// Shapes: *=core
// First try (acd8f01): incomplete: IMF0001 List, ListAsync ('maxResults' names no property), GetUnviewedIds,
//   GetUnviewedIdsAsync ('Unviewed' unproven), SetUnviewed, SetUnviewedAsync, SetViewed, SetViewedAsync (unknown
//   verbs). Generated: Save, SaveAsync, Load, LoadAsync, right as far as the probe goes (save replaces under the Id, a
//   missing Id loads null); Save's side effect on the user's unviewed list is part of the refused members' story.
//   Unchanged after this round.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MiniProfiler.IAsyncStorageCase;

public enum ListResultsOrder
{
    Ascending = 0,
    Descending = 1
}

public class MiniProfiler
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public DateTime Started { get; set; }

    public decimal DurationMilliseconds { get; set; }

    public string? MachineName { get; set; }

    public string? User { get; set; }

    public bool HasUserViewed { get; set; }
}

[InMemoryFake]
public interface IAsyncStorage
{
    IEnumerable<Guid> List(
        int maxResults,
        DateTime? start = null,
        DateTime? finish = null,
        ListResultsOrder orderBy = ListResultsOrder.Descending);

    void Save(MiniProfiler profiler);

    MiniProfiler? Load(Guid id);

    void SetUnviewed(string? user, Guid id);

    void SetViewed(string? user, Guid id);

    List<Guid> GetUnviewedIds(string? user);

    Task<IEnumerable<Guid>> ListAsync(
        int maxResults,
        DateTime? start = null,
        DateTime? finish = null,
        ListResultsOrder orderBy = ListResultsOrder.Descending);

    Task SaveAsync(MiniProfiler profiler);

    Task<MiniProfiler?> LoadAsync(Guid id);

    Task SetUnviewedAsync(string? user, Guid id);

    Task SetViewedAsync(string? user, Guid id);

    Task<List<Guid>> GetUnviewedIdsAsync(string? user);
}

public static class Smoke
{
    public static async Task RunAsync(IAsyncStorage storage)
    {
        // Started a few minutes ago: MemoryCacheStorage evicts entries older than its CacheDuration (an hour or more in use).
        var now = DateTime.UtcNow;
        var a = new MiniProfiler { Id = Guid.NewGuid(), Name = "a", Started = now.AddMinutes(-3), User = "ann" };
        var b = new MiniProfiler { Id = Guid.NewGuid(), Name = "b", Started = now.AddMinutes(-1), User = "ann", HasUserViewed = true };
        var c = new MiniProfiler { Id = Guid.NewGuid(), Name = "c", Started = now.AddMinutes(-2), User = null };
        storage.Save(a);
        await storage.SaveAsync(b);
        storage.Save(c);
        Check.Equal("a", storage.Load(a.Id)?.Name, "Load finds a saved profiler by Id");
        Check.Null(await storage.LoadAsync(Guid.NewGuid()), "LoadAsync of a missing Id is null");
        Check.Equal(string.Join(",", b.Id, c.Id, a.Id), string.Join(",", storage.List(10)), "List is newest Started first by default");
        Check.Equal(string.Join(",", a.Id, c.Id), string.Join(",", await storage.ListAsync(2, orderBy: ListResultsOrder.Ascending)), "ListAsync Ascending is oldest first, at most maxResults");
        Check.Equal(a.Id.ToString(), string.Join(",", storage.GetUnviewedIds("ann")), "Save adds an unviewed profiler to its user's unviewed list (b was viewed)");
        Check.Equal(c.Id.ToString(), string.Join(",", await storage.GetUnviewedIdsAsync(null)), "a null user has its own unviewed list");
        storage.Load(a.Id);
        Check.Equal(a.Id.ToString(), string.Join(",", storage.GetUnviewedIds("ann")), "Load does not mark the profiler viewed");
        storage.SetUnviewed("ann", b.Id);
        await storage.SetUnviewedAsync("ann", b.Id);
        Check.Equal(string.Join(",", a.Id, b.Id), string.Join(",", storage.GetUnviewedIds("ann")), "SetUnviewed adds an Id once, in the order added");
        storage.SetViewed("ann", a.Id);
        await storage.SetViewedAsync("ann", Guid.NewGuid());
        Check.Equal(b.Id.ToString(), string.Join(",", storage.GetUnviewedIds("ann")), "SetViewed removes the Id");
        a.Name = "a2";
        storage.Save(a);
        Check.Equal(3, storage.List(10).Count(), "saving the same profiler again keeps one index entry");
        Check.Equal("a2", storage.Load(a.Id)?.Name, "saving again replaces the cached profiler");
    }
}
