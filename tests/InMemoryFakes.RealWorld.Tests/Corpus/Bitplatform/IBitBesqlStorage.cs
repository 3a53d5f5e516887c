// Source: https://github.com/bitfoundation/bitplatform
// Commit: 344755e5
// Licence: MIT (an interface signature transcribed for a test)
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
//   This one: the 1st and only one of bitfoundation/bitplatform (4 members).
// Path: src/Besql/Bit.Besql/IBitBesqlStorage.cs
// Adapted: the XML comments shortened. Bit.Besql builds with nullable annotations (#nullable enable).
// Real store: src/Besql/Bit.Besql/BitBesqlBrowserCacheStorage.cs (WebAssembly; BitBesqlNoopStoage elsewhere does
//   nothing): Persist(fileName) copies the in-memory SQLite file into the browser's cache storage through JS interop,
//   or, while paused, only remembers the file name; Load(fileName) copies it back from the cache storage;
//   PauseAutomaticPersistent starts a new (empty) list of paused files; ResumeAutomaticPersistent
//   InvalidOperationException when not paused, else ends the pause and persists each remembered file once.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 Persist, Load, PauseAutomaticPersistent, ResumeAutomaticPersistent (not
//   known verbs) | WRONG: none (nothing generated).
// After this round: unchanged; refusing is right: a sync of a file to browser storage is not a keyed store.

#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Bitplatform.IBitBesqlStorageCase;

[InMemoryFake]
public interface IBitBesqlStorage
{
    /// <summary>Saves the in-memory SQLite file into the browser's cache storage.</summary>
    Task Persist(string filename);

    /// <summary>Loads the SQLite file from the browser's cache storage into memory.</summary>
    Task Load(string filename);

    /// <summary>Holds off the automatic syncing.</summary>
    void PauseAutomaticPersistent();

    /// <summary>Resumes the syncing paused with <see cref="PauseAutomaticPersistent"/>.</summary>
    Task ResumeAutomaticPersistent();
}

public static class Smoke
{
    public static async Task RunAsync(IBitBesqlStorage storage)
    {
        await Check.ThrowsAsync<InvalidOperationException>(() => storage.ResumeAutomaticPersistent(), "ResumeAutomaticPersistent when not paused throws");
        storage.PauseAutomaticPersistent();
        await storage.Persist("app.db");
        await storage.ResumeAutomaticPersistent();
        await Check.ThrowsAsync<InvalidOperationException>(() => storage.ResumeAutomaticPersistent(), "a second Resume throws: the pause ended");
    }
}
