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
//   This one: the 1st of VirtoCommerce/vc-platform.
// Path: src/VirtoCommerce.Platform.Core/Domain/IRepository.cs (model: Domain/IUnitOfWork.cs)
// Adapted: none. vc-platform builds without nullable annotations (#nullable disable).
// Real store: src/VirtoCommerce.Platform.Data/Infrastructure/DbContextRepositoryBase.cs (an EF Core DbContext):
//   Attach/Add/Update/Remove<T>(item) only mark the item Unchanged/Added/Modified/Deleted in the context's change
//   tracker of ANY mapped entity type T; nothing is written until UnitOfWork.Commit()/CommitAsync() (SaveChanges),
//   which returns the number of rows written (Add then Commit: 1; a second Commit: 0). Dispose disposes the context.
//   A unit of work over every entity type of a DbContext, with no read member.
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0001 every member (Attach, Add, Update, Remove: generic methods over any entity
//   type; UnitOfWork and its Commit/CommitAsync) | WRONG: none. A unit of work over every type of a DbContext with no
//   read: refused honestly.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VcPlatform.IRepositoryCase;

public interface IUnitOfWork
{
    int Commit();
    Task<int> CommitAsync();
}

[InMemoryFake]
public interface IRepository : IDisposable
{
    IUnitOfWork UnitOfWork { get; }
    void Attach<T>(T item) where T : class;
    void Add<T>(T item) where T : class;
    void Update<T>(T item) where T : class;
    void Remove<T>(T item) where T : class;
}

public static class Smoke
{
    public sealed class Setting
    {
        public string Id { get; set; }
        public string Name { get; set; }
    }

    public static async Task RunAsync(IRepository store)
    {
        var setting = new Setting { Id = "1", Name = "Theme" };
        store.Add(setting);
        Check.Equal(1, store.UnitOfWork.Commit(), "Commit writes the added item");
        Check.Equal(0, await store.UnitOfWork.CommitAsync(), "a second Commit writes nothing");
        setting.Name = "Locale";
        store.Update(setting);
        Check.Equal(1, store.UnitOfWork.Commit(), "Commit writes the updated item");
        store.Remove(setting);
        Check.Equal(1, await store.UnitOfWork.CommitAsync(), "Commit deletes the removed item");
    }
}
