// Source: https://github.com/NuGet/Insights
// Commit: 3d26e7ec
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 2nd of NuGet/Insights (3 members).
// Path: src/Website/Models/IAdminViewModelCache.cs (models: CachedAdminViewModel.cs; NuGetInsightsWebsiteSettings)
// Adapted: AdminViewModel and NuGetInsightsWebsiteSettings keep one property each. The Website project builds
//   without nullable annotations (#nullable disable).
// Real store: src/Website/HostedServices/CachedAdminViewModelService.cs AdminViewModelCache: three auto-properties
//   (false, null, null at first) that the background CachedAdminViewModelService sets: Refreshing true while it
//   loads, then Value = new CachedAdminViewModel(now, data) and Settings from the options, every
//   CachedAdminViewModelMaxAge. Readers only read; nothing in the interface writes.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 Refreshing, Value (get-only properties a background service sets) | SILENTLY
//   WRONG: Settings is generated and returns a NuGetInsightsWebsiteSettings instance, where the real AdminViewModelCache
//   holds null until the background service's first load.
// After this round: unchanged (no fix in time).
//   Now (h-addtaken): Settings is refused too (IMF0001): the settings-object convention (one instance the fake makes, as
//   LazyCache's CachingService owns its DefaultCachePolicy) applies only beside members that read or write entries, and
//   this interface is properties alone, values something outside sets. Incomplete: Refreshing, Value, Settings; no
//   generated member is known wrong.

#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetInsights.IAdminViewModelCacheCase;

public class AdminViewModel
{
    public string DefaultTableName { get; set; }
}

public class NuGetInsightsWebsiteSettings
{
    public bool ShowAdminMetadata { get; set; }
}

public record CachedAdminViewModel(DateTimeOffset AsOfTimestamp, AdminViewModel Data);

[InMemoryFake]
public interface IAdminViewModelCache
{
    public bool Refreshing { get; }
    public CachedAdminViewModel Value { get; }
    public NuGetInsightsWebsiteSettings Settings { get; }
}

public static class Smoke
{
    public static Task RunAsync(IAdminViewModelCache cache)
    {
        Check.Null(cache.Settings, "Settings is null until the first load");
        Check.False(cache.Refreshing, "Refreshing is false before the background service runs");
        Check.Null(cache.Value, "Value is null until the first load");
        return Task.CompletedTask;
    }
}
