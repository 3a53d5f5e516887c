// Source: https://github.com/VirtoCommerce/vc-platform
// Commit: f2011c244
// Licence: Virto Commerce Open Software License (an interface signature and minimal models transcribed for a test)
// Sample: h-sample10 rule, fixed before probing: in these repositories, in this order (HangfireIO/Hangfire,
//   Jackett/Jackett, duplicati/duplicati, files-community/Files, dnnsoftware/Dnn.Platform, VirtoCommerce/vc-platform,
//   ChilliCream/graphql-platform, dapr/dotnet-sdk, SteeltoeOSS/Steeltoe, ErsatzTV/ErsatzTV, Lidarr/Lidarr,
//   ShareX/ShareX, OData/AspNetCoreOData, linq2db/linq2db, JasperFx/marten), skipping any the tools do not hold or
//   already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Dnn.Platform (792 MB) and graphql-platform (992 MB) are over fetch's
//   500 MB limit: skipped, unprobed. Hangfire, Jackett, Files, Steeltoe and ShareX have no such interface; dapr's
//   IInterpretedMachineStore, vc-platform's IPlatformMemoryCache (1 member; its base IMemoryCache is not in the
//   repository) and IRequestScopedCache, and Lidarr's IArtistStatisticsRepository declare 2 or fewer; Lidarr's
//   IAutoTaggingRepository declares nothing beyond IBasicRepository<T>, a member-for-member copy of the corpus's
//   Sonarr IBasicRepository: not counted. The 12: duplicati ITokenFamilyStore; vc-platform IRepository and
//   IPushNotificationStorage; ErsatzTV IHlsInitSegmentCache and IEmbySecretStore; Lidarr IUserRepository and
//   IBlocklistRepository; AspNetCoreOData IAlternateKeyRepository; linq2db ICredentialStore and IMemoryCache; marten
//   IThingStore and IOtherStore (both only IDocumentStore, dozens of members: not transcribed, a gap to close).
//   This one: the 2nd of VirtoCommerce/vc-platform.
// Path: src/VirtoCommerce.Platform.Core/PushNotifications/IPushNotificationStorage.cs (models: PushNotification.cs,
//   PushNotificationSearchCriteria.cs, PushNotificationSearchResult.cs, Common/SearchCriteriaBase.cs)
// Adapted: Entity keeps only its string Id; SearchCriteriaBase keeps Skip and Take (20 by default) and drops its
//   keyword, object-type and sort properties (the store sorts by Created descending when none is given); the
//   ValueObject base is dropped. vc-platform builds without nullable annotations (#nullable disable).
// Real store: src/VirtoCommerce.Platform.Web/PushNotifications/PushNotificationInMemoryStorage.cs (a list):
//   SavePushNotificationAsync(null) throws ArgumentNullException; a notification whose Id is stored replaces it;
//   otherwise, when the newest stored notification (by Created) has the same Title, NotifyType and Description, that
//   one is NOT added again: the stored one gets IsNew = true, RepeatCount + 1 and Created = UtcNow; else it is added.
//   SavePushNotification is the same, synchronously. SearchPushNotifications(userId, criteria) the notifications whose
//   Creator is userId, filtered by criteria.Ids, OnlyNew, StartDate/EndDate (on Created), newest first, Skip/Take;
//   TotalCount and NewCount count the filtered set before paging.
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0001 SearchPushNotifications (a criteria object) | WRONG: SavePushNotification and
//   SavePushNotificationAsync are generated as an upsert by Id, where the real store folds a new notification with the
//   newest one's Title, NotifyType and Description into that one (RepeatCount + 1, IsNew, Created = now) instead of
//   adding it. The probe stops at SearchPushNotifications, before it.
// Still wrong: the repeat folding above. No signature says a store merges repeats; only a setting could state it
//   (this round adds none), and a Save by Id is an upsert everywhere else.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VcPlatform.IPushNotificationStorageCase;

public abstract class Entity
{
    public string Id { get; set; }
}

public abstract class PushNotification : Entity
{
    public PushNotification(string creator)
    {
        Created = DateTime.UtcNow;
        IsNew = true;
        Id = Guid.NewGuid().ToString();
        Creator = creator;
        NotifyType = GetType().Name;
    }

    public string ServerId { get; set; }
    public string Creator { get; set; }
    public DateTime Created { get; set; }
    public bool IsNew { get; set; }
    public string NotifyType { get; set; }
    public string Description { get; set; }
    public string Title { get; set; }
    public int RepeatCount { get; set; }
}

public abstract class SearchCriteriaBase
{
    public int Skip { get; set; }
    public int Take { get; set; } = 20;
}

public class PushNotificationSearchCriteria : SearchCriteriaBase
{
    public string[] Ids { get; set; }
    public bool OnlyNew { get; set; }
    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
}

public class PushNotificationSearchResult
{
    public PushNotificationSearchResult()
    {
        NotifyEvents = new List<PushNotification>();
    }

    public int TotalCount { get; set; }
    public int NewCount { get; set; }
    public List<PushNotification> NotifyEvents { get; set; }
}

[InMemoryFake]
public interface IPushNotificationStorage
{
    void SavePushNotification(PushNotification notification);
    Task SavePushNotificationAsync(PushNotification notification);
    PushNotificationSearchResult SearchPushNotifications(string userId, PushNotificationSearchCriteria criteria);
}

public static class Smoke
{
    private sealed class SampleNotification(string creator) : PushNotification(creator);

    public static async Task RunAsync(IPushNotificationStorage store)
    {
        var first = new SampleNotification("ann") { Title = "Export", Description = "started", Created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        await store.SavePushNotificationAsync(first);
        var result = store.SearchPushNotifications("ann", new PushNotificationSearchCriteria());
        Check.Equal(1, result.TotalCount, "a saved notification is found for its creator");
        Check.Equal(0, store.SearchPushNotifications("bob", new PushNotificationSearchCriteria()).TotalCount, "and not for another user");

        var second = new SampleNotification("ann") { Title = "Import", Description = "done", Created = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), IsNew = false };
        store.SavePushNotification(second);
        result = store.SearchPushNotifications("ann", new PushNotificationSearchCriteria());
        Check.Equal(2, result.TotalCount, "a second notification is added");
        Check.Equal(1, result.NewCount, "NewCount counts the new ones");
        Check.Equal(second.Id, result.NotifyEvents[0].Id, "newest first");
        Check.Equal(1, store.SearchPushNotifications("ann", new PushNotificationSearchCriteria { OnlyNew = true }).TotalCount, "OnlyNew keeps the new ones");
        Check.Equal(1, store.SearchPushNotifications("ann", new PushNotificationSearchCriteria { Ids = new[] { first.Id } }).TotalCount, "Ids filters by id");
        Check.Equal(1, store.SearchPushNotifications("ann", new PushNotificationSearchCriteria { Take = 1 }).NotifyEvents.Count, "Take pages");

        second.Description = "done twice";
        await store.SavePushNotificationAsync(second);
        result = store.SearchPushNotifications("ann", new PushNotificationSearchCriteria());
        Check.Equal(2, result.TotalCount, "saving a stored Id replaces it");

        var repeat = new SampleNotification("ann") { Title = "Import", Description = "done twice" };
        await store.SavePushNotificationAsync(repeat);
        result = store.SearchPushNotifications("ann", new PushNotificationSearchCriteria());
        Check.Equal(2, result.TotalCount, "a repeat of the newest notification's content is not added");
        Check.Equal(1, result.NotifyEvents.Single(n => n.Id == second.Id).RepeatCount, "the newest one's RepeatCount goes up instead");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.SavePushNotificationAsync(null), "a null notification throws ArgumentNullException");
    }
}
