// Source: https://github.com/dotnet/efcore
// Commit: ecd0ba4c2337
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample86 rule, fixed before looking at any interface: the repositories find_repos("EFCore") lists, in its
//   order, keeping those with C# files (then find_repos("EfCore") had the list run out; it did not); in each, the first
//   C# interface in path order (git grep of the fetched snapshot) outside test paths whose implementation in the same
//   repository keeps state (a database, cache, blob, table, in-memory collection) and that has at least 3 members; not
//   already in the corpus; at most 1 per repository; stop after 5. The fifth pick is the 8th repository listed.
//   dotnet/efcore: ILazyLoader, first in path order (LazyLoader keeps a dictionary of the navigations loaded and loads
//   them from the database). npgsql/efcore.pg: no such interface (options, a plugin, a type mapping, a factory of 1
//   member; INpgsqlRelationalConnection opens connections and reads or writes no data through its members;
//   INpgsqlValueGeneratorCache has 2 with its base). mongodb/mongo-efcore-provider: IMongoClientWrapper (an options
//   builder, an encryption-schema provider of 1 member, a search-index definition and an expression before it keep no
//   state). ErikEJ/EFCorePowerTools: ICredentialStore (before it: DacFx model-element wrappers, scaffolders, model
//   factories of 1 member, the extension-version service, the reverse-engineer BLL, view models, dialogs and wizard
//   contracts, none a store). LayeredCraft/dynamodb-efcore-provider: IDynamoClientWrapper (an options builder, an index
//   analyzer, factories and private serializer factories before it keep no state). ibprovider/Lcpi.EFCore.LcpiOleDb-v06.00:
//   no such interface (query-translation services; its lookups Structure_IGetDataByKey and ...Key2 have 1 and 2
//   members). win7user10/Laraue.EfCoreTriggers: no such interface (visitors and SQL generators; IDbSchemaRetriever reads
//   the EF model's metadata, nothing stored). JonPSmith/EfCoreinAction-SecondEdition: IAddReviewService (before it:
//   IPlaceOrderDbAccess has 2 members; IBizAction and IPlaceOrderAction, IPlaceOrderPart1, IPlaceOrderPart2 (3, inherited)
//   are business logic whose implementations hold no store of their own: they validate and hand the order to
//   IPlaceOrderDbAccess, keeping only the last call's errors; IBizActionAsync has no implementation outside tests;
//   IUserIdService has 1).
//   The 5 picks, in order: EfCore ILazyLoader, MongoEfCoreProvider IMongoClientWrapper, EfCorePowerTools
//   ICredentialStore, DynamoDbEfCoreProvider IDynamoClientWrapper, EfCoreInAction IAddReviewService.
//   This one: the 1st of dotnet/efcore not yet in the corpus (5 members).
// Path: src/EFCore.Abstractions/Infrastructure/ILazyLoader.cs (implementation: src/EFCore/Infrastructure/Internal/LazyLoader.cs)
// Adapted: nothing but the XML comments, dropped; EF Core builds with nullable annotations, as here.
// Real store: LazyLoader, one per entity instance (injected into the entity by the change tracker with the DbContext):
//   a Dictionary<string, bool> of navigation names, created on the first SetLoaded. SetLoaded(entity, name, loaded)
//   sets the flag of the NAVIGATION NAME and ignores the entity argument (the loader belongs to one entity);
//   IsLoaded(entity, name) answers that flag, false for a name never set. Load / LoadAsync(entity, name) check the
//   entity (ArgumentNullException) and the name (ArgumentException when empty), then, unless the name is flagged loaded,
//   the entity is detached or the context says lazy loading is off, load the navigation from the database through
//   DbContext.Entry(entity).Navigation(name).Load() (a concurrent load of the same navigation waits for the first).
//   Dispose drops the context: a later Load only logs a warning and loads nothing; the flags stay readable.
// Shapes: *=none; Dispose=17
// First try (8b82adcf): incomplete: IMF0001 SetLoaded ('Loaded' is no noun of a key-value store), IsLoaded (no known
//   verb), Load and LoadAsync (the navigation name after the key 'entity' is nothing a key-value store knows); Dispose
//   generated (a no-op) | WRONG: none (Dispose's only effect in the real loader is on Load, which is refused).
// After this round: unchanged, and the refusals are right: flags of a navigation name that ignore the entity argument,
//   and a load that runs EF Core's query for a navigation, are the change tracker's machinery; no signature says the
//   entity argument is ignored, and a fake has no database to load from.
#nullable enable

using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EfCore.ILazyLoaderCase;

[InMemoryFake]
public interface ILazyLoader
{
    void SetLoaded(
        object entity,
        [CallerMemberName] string navigationName = "",
        bool loaded = true);

    bool IsLoaded(
        object entity,
        [CallerMemberName] string navigationName = "");

    void Load(object entity, [CallerMemberName] string navigationName = "");

    Task LoadAsync(
        object entity,
        CancellationToken cancellationToken = default,
        [CallerMemberName] string navigationName = "");

    void Dispose();
}

public static class Smoke
{
    private sealed class Blog
    {
        public int Id { get; set; }
    }

    public static async Task RunAsync(ILazyLoader loader)
    {
        var blog = new Blog { Id = 1 };
        Check.False(loader.IsLoaded(blog, "Posts"), "a navigation never flagged is not loaded");
        loader.SetLoaded(blog, "Posts");
        Check.True(loader.IsLoaded(blog, "Posts"), "SetLoaded flags the navigation loaded (loaded defaults to true)");
        Check.False(loader.IsLoaded(blog, "Tags"), "and only that navigation");
        Check.True(loader.IsLoaded(new Blog { Id = 2 }, "Posts"), "the flag is the navigation name's: the loader belongs to one entity and ignores the argument");
        loader.SetLoaded(blog, "Posts", loaded: false);
        Check.False(loader.IsLoaded(blog, "Posts"), "SetLoaded(…, false) clears the flag");

        Check.Throws<ArgumentException>(() => loader.Load(blog, ""), "Load rejects an empty navigation name");
        Check.Throws<ArgumentNullException>(() => loader.Load(null!, "Posts"), "and a null entity");
        loader.SetLoaded(blog, "Posts");
        loader.Load(blog, "Posts");
        await loader.LoadAsync(blog, CancellationToken.None, "Posts");
        Check.True(loader.IsLoaded(blog, "Posts"), "a navigation flagged loaded is not loaded again");

        loader.Dispose();
        loader.Load(blog, "Tags");
        Check.False(loader.IsLoaded(blog, "Tags"), "after Dispose a load only logs a warning: nothing is loaded or flagged");
        Check.True(loader.IsLoaded(blog, "Posts"), "and the flags stay readable");
    }
}
