// Source: https://github.com/mongodb/mongo-efcore-provider
// Commit: a278ee8f5d81
// Licence: Apache-2.0 (an interface signature transcribed for a test)
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
//   This one: the 1st of mongodb/mongo-efcore-provider (7 members).
// Path: src/MongoDB.EntityFrameworkCore/Storage/IMongoClientWrapper.cs (implementation: Storage/MongoClientWrapper.cs)
// Adapted: the driver's IMongoClient, IMongoDatabase, IMongoCollection<T> and IClientSessionHandle are empty interfaces
//   here and MongoExecutableQuery an empty class (the provider's query plan: a LINQ provider, an expression and a
//   cardinality); the XML comments are dropped. The project builds with nullable annotations, as here.
// Real store: MongoClientWrapper, made per DbContext from its options: Client creates the MongoClient on first use (or
//   takes the one registered in the service provider or the options; encryption settings with a pre-configured client
//   throw InvalidOperationException) and reads the database name from the options or the connection string;
//   DatabaseName is that name (null when neither gives one); Database is Client.GetDatabase(name), cached;
//   GetCollection<T>(name) is Database.GetCollection<T>(name), the server's collection (created by the server on the
//   first write); Execute<T>(query, out log) runs the compiled LINQ query through the driver's provider (a scalar query
//   as one result, a Sum of nothing as 0) and hands back an action that logs the MQL; StartSession / StartSessionAsync
//   start a server session for a transaction. Every read and write is the server's.
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 on all 7 members (Client, Database: the real store's own engine, an
//   interface; DatabaseName: a configured name the interface does not carry; GetCollection, StartSession,
//   StartSessionAsync: no known verb; Execute: an out parameter) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the wrapper hands out the driver's client, database,
//   collections and sessions and runs compiled queries; there are no rows of its own for a fake to keep, and the test
//   double of a MongoDB provider is the provider over a test server.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MongoEfCoreProvider.IMongoClientWrapperCase;

public interface IMongoClient
{
}

public interface IMongoDatabase
{
}

public interface IMongoCollection<T>
{
}

public interface IClientSessionHandle : IDisposable
{
}

public sealed class MongoExecutableQuery
{
}

[InMemoryFake]
public interface IMongoClientWrapper
{
    IMongoClient Client { get; }

    IMongoDatabase Database { get; }

    string DatabaseName { get; }

    IMongoCollection<T> GetCollection<T>(string collectionName);

    IEnumerable<T> Execute<T>(MongoExecutableQuery executableQuery, out Action log);

    IClientSessionHandle StartSession();

    Task<IClientSessionHandle> StartSessionAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    private sealed class Movie
    {
    }

    public static async Task RunAsync(IMongoClientWrapper wrapper)
    {
        Check.NotNull(wrapper.Client, "the wrapper creates (or takes) one client");
        Check.True(ReferenceEquals(wrapper.Client, wrapper.Client), "and hands out the same one each time");
        Check.True(ReferenceEquals(wrapper.Database, wrapper.Database), "as it does the database");
        Check.NotNull(wrapper.GetCollection<Movie>("movies"), "GetCollection gives the database's collection of that name");
        using var session = wrapper.StartSession();
        Check.NotNull(session, "StartSession starts a server session");
        using var other = await wrapper.StartSessionAsync();
        Check.False(ReferenceEquals(session, other), "and each call starts a new one");
    }
}
