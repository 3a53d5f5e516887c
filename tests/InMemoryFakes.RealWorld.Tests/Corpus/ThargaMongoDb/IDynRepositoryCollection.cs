// Source: https://github.com/Tharga/MongoDB
// Commit: 2046f93ffa47
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample92 rule (Corpus/OctoConstructionKit/IDisplayRuleSweepStore.cs has it in full, with the walk and the
//   three picks).
//   This one: the 2nd pick (the 95th repository of find_repos("Mongo")). Before it in path order: IDynRepository in
//   Sample/ConsoleSample/DynamicRepo/DynamicCommands.cs (2 members; IRepository, its base, declares none). This
//   interface declares none and inherits 43 from the library's IDiskRepositoryCollection<DynEntity, ObjectId>; its
//   implementation, DynRepositoryCollection : DiskRepositoryCollectionBase<DynEntity>, keeps a MongoDB collection.
// Path: Sample/ConsoleSample/DynamicRepo/IDynRepositoryCollection.cs (implementation: DynamicCommands.cs'
//   DynRepositoryCollection and Tharga.MongoDB/Disk/DiskRepositoryCollectionBase.cs; interfaces:
//   Tharga.MongoDB/IDiskRepositoryCollection.cs, IRepositoryCollection.cs, IDiskReadOnlyRepositoryCollection.cs; models:
//   DynEntity.cs, EntityBase.cs, PersistableEntityBase.cs, Result.cs, EntityChangeResult.cs, Options.cs, OneOption.cs,
//   EMode.cs, IndexFailOperation.cs, Disk/Operation.cs, Paging/CursorPage.cs, Paging/PagePosition.cs)
// Adapted: the four interfaces of the hierarchy as in the source (members in their order, XML comments dropped), in one
//   namespace: Paging.CursorPage<T> and Paging.PagePosition are declared in it (CursorPage without its cursor tokens,
//   PagePosition with First only). MongoDB.Driver's FilterDefinition<T>, UpdateDefinition<T>, SortDefinition<T>,
//   ProjectionDefinition<T>, IClientSessionHandle, IMongoCollection<T> and IAsyncCursor<T> are empty stubs here;
//   ObjectId is the corpus' MongoDB.Bson stub (Support/MongoDbTypes.cs). PersistableEntityBase keeps NeedsCleaning
//   (false: the extra-elements bag the driver fills is dropped); EntityChangeResult keeps Before and GetAfterAsync with
//   a public constructor (internal in the source); DynEntity drops [FlexibleGuid]. Nullable disabled, as in the source
//   (neither project enables it).
// Real store: DiskRepositoryCollectionBase over the MongoDB collection "Dyn_<instance>" (DynRepository picks it per
//   instance), the document's _id being Id. AddAsync inserts (an Id already stored: MongoWriteException, duplicate key;
//   an empty ObjectId: the driver's ObjectIdGenerator gives the entity a new one). TryAddAsync inserts and answers true,
//   or false on a write error. AddManyAsync inserts all (InsertMany, ordered). GetOneAsync(id) answers the document of
//   that Id or null; GetOneAsync(predicate) with no options is SingleOrDefault (two matches throw), with OneOption's
//   Mode First/FirstOrDefault/Single as named. GetAsync(predicate) streams the matches (null: all) in the collection's
//   natural order; GetManyAsync answers them as Items with TotalCount (a limit of FetchSize or 1000 when none is given).
//   CountAsync(predicate) counts the matches; EstimatedCountAsync the collection's metadata count; GetSizeAsync the
//   collection's size in bytes (the server's collStats). DeleteOneAsync(id) removes the document and answers it as it
//   was (null when none). DeleteManyAsync(predicate) answers the count removed. AddOrReplaceAsync(entity) replaces the
//   document of its Id or inserts it, answering Before (null when inserted) and the entity as after. ReplaceOneAsync(
//   entity) with no options finds the document of its Id (SingleOrDefault) and replaces it, answering Before and after;
//   none: Before and after null, nothing written. DropCollectionAsync drops the collection. GetDirtyAsync streams the
//   documents with fields the class does not map; GetFailedIndices the index operations that failed at start-up.
//   Min/Max/Sum/Avg aggregate a field over the matches; UpdateOne/UpdateMany apply a driver update definition; the
//   Execute members and GetCollection hand out the driver's collection; GetPageAsync pages by a cursor (keyset).
// Shapes: *=core; GetAsync=2; GetProjectionAsync=5; GetManyAsync=14; GetManyProjectionAsync=5; GetOneAsync=2;
//   CountAsync=2; SumAsync=2; AvgAsync=2; MinAsync=5; MaxAsync=5; DeleteManyAsync=2; DeleteOneAsync=2; UpdateOneAsync=2;
//   UpdateManyAsync=2; GetPageAsync=14; GetPageProjectionAsync=14; AddOrReplaceAsync=7; ReplaceOneAsync=7
// First try (45df1faa): incomplete: 2 of 43 generated, CountAsync(predicate) (a null predicate counts every document, as
//   the real Empty filter) and GetOneAsync(id) (null when none); 41 refused: IMF0001 on 35 (the driver's
//   IClientSessionHandle session parameter on every write, FilterDefinition and UpdateDefinition parameters, generic
//   projections, Sum/Avg/Min/Max, GetSizeAsync, EstimatedCountAsync, GetDirtyAsync, GetFailedIndices, DropCollectionAsync,
//   the Execute members, GetCollection, GetPageProjectionAsync), IMF0018 on 5 (an Options or OneOption parameter beside
//   the predicate: GetAsync, GetManyAsync, GetOneAsync(predicate), GetPageAsync; DeleteManyAsync(predicate, session)),
//   IMF0019 on DeleteOneAsync(predicate, options, session) (a Delete returning the entity by a predicate) | WRONG: none.
// After this round: EstimatedCountAsync() is generated (the count of every document: an estimate read from the
//   collection's metadata, which the fake's exact count answers; Sample92Tests), 3 of 43. The rest stay refused, rightly:
//   the session ties a write to the caller's transaction, which a fake cannot join or abort (ignoring it keeps writes a
//   real abort discards; the IgnoredParameters setting naming "session" states a store used without transactions); Options and OneOption carry the driver's sort, projection and paging definitions; GetSizeAsync answers
//   bytes (collStats), GetDirtyAsync the documents with unmapped fields, GetFailedIndices the server's index start-up, and
//   DropCollectionAsync drops a collection MongoDB recreates on the next write where a DocumentDB collection is gone:
//   none of them is a count, a list or a clear the signature proves. The smoke script stops at AddAsync, the first
//   member not generated.
// After h-agg40 (session 40): SumAsync, AvgAsync, MinAsync<TField> and MaxAsync<TField>(field, predicate = null) are
//   generated (LINQ's operator over the selected values of the documents the predicate keeps, a null predicate every
//   one; docs/generator.md, Aggregates over a selector), 7 of 43. SumAsync of no documents answers 0 as the real one does
//   (?? 0m). The three others carry IMF0031 (Info): over no documents they throw, as EF Core's and LINQ's do, where this
//   store answers 0m or default (below). DynEntity declares no number to aggregate, and the smoke script stops at
//   AddAsync, refused, so it checks none of them.
// Still wrong: over no documents (or none the predicate keeps) the real AvgAsync answers 0m and MinAsync/MaxAsync
//   default (FirstOrDefaultAsync of the $group finds no group), where the fake's throw InvalidOperationException for a
//   result that cannot be null, as EF Core's AverageAsync/MinAsync/MaxAsync and LINQ's do (IMF0031 says so; a store of
//   that signature answers either; the members written by hand state Tharga's). MinAsync/MaxAsync order by
//   Comparer<TField>.Default where the server orders BSON values (a Guid by its bytes, text by code points). Not reached
//   by the probe.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using MongoDB.Bson;

namespace Corpus.ThargaMongoDb.IDynRepositoryCollectionCase;

public abstract class FilterDefinition<TDocument>
{
}

public abstract class UpdateDefinition<TDocument>
{
}

public abstract class SortDefinition<TDocument>
{
}

public abstract class ProjectionDefinition<TDocument>
{
}

public interface IClientSessionHandle : IDisposable
{
}

public interface IMongoCollection<TDocument>
{
}

public interface IAsyncCursor<TDocument> : IDisposable
{
}

public enum Operation
{
    Create,
    Read,
    Update,
    Delete,
}

public enum IndexFailOperation
{
    Create,
    Drop
}

public enum EMode
{
    SingleOrDefault,
    Single,
    FirstOrDefault,
    First,
}

public record Options<TEntity>
{
    public ProjectionDefinition<TEntity> Projection { get; init; }
    public SortDefinition<TEntity> Sort { get; init; }
    public int? Limit { get; init; }
    public int? Skip { get; init; }
    public int? FetchSize { get; init; }
}

public record OneOption<TEntity>
{
    public SortDefinition<TEntity> Sort { get; init; }
    public EMode Mode { get; init; } = EMode.FirstOrDefault;

    public static OneOption<TEntity> SingleOrDefault => new() { Mode = EMode.SingleOrDefault };
    public static OneOption<TEntity> Single => new() { Mode = EMode.Single };
    public static OneOption<TEntity> FirstOrDefault => new() { Mode = EMode.FirstOrDefault };
    public static OneOption<TEntity> First => new() { Mode = EMode.First };
}

public abstract record PersistableEntityBase
{
    public virtual bool NeedsCleaning()
    {
        return false;
    }
}

public record EntityBase<TKey> : PersistableEntityBase
{
    public TKey Id { get; init; }
}

public record EntityBase : EntityBase<ObjectId>;

public record Result<TEntity, TKey>
    where TEntity : EntityBase<TKey>
{
    public TEntity[] Items { get; init; }
    public int TotalCount { get; init; }
}

public record Result<TEntity>
{
    public TEntity[] Items { get; init; }
    public int TotalCount { get; init; }
}

public record EntityChangeResult<TEntity>
{
    private readonly TEntity _after;

    public readonly TEntity Before;

    public EntityChangeResult(TEntity before, TEntity after)
    {
        Before = before;
        _after = after;
    }

    public ValueTask<TEntity> GetAfterAsync()
    {
        return new ValueTask<TEntity>(_after);
    }
}

public sealed record CursorPage<T>(
    T[] Items,
    bool HasNext,
    bool HasPrevious);

public readonly struct PagePosition
{
    public static PagePosition First => default;
}

public record DynEntity : EntityBase
{
    public Guid StandardKey { get; init; }

    public Guid LegacyKey { get; init; }
}

public interface IReadOnlyRepositoryCollection
{
    Task<long> GetSizeAsync(CancellationToken cancellationToken = default);
}

public interface IReadOnlyRepositoryCollection<TEntity, TKey> : IReadOnlyRepositoryCollection
    where TEntity : EntityBase<TKey>
{
    //Read
    IAsyncEnumerable<TEntity> GetAsync(Expression<Func<TEntity, bool>> predicate = null, Options<TEntity> options = null, CancellationToken cancellationToken = default);
    IAsyncEnumerable<TEntity> GetAsync(FilterDefinition<TEntity> filter, Options<TEntity> options = null, CancellationToken cancellationToken = default);

    IAsyncEnumerable<T> GetProjectionAsync<T>(Expression<Func<TEntity, bool>> predicate = null, Options<TEntity> options = null, CancellationToken cancellationToken = default);
    IAsyncEnumerable<T> GetProjectionAsync<T>(FilterDefinition<TEntity> filter, Options<TEntity> options = null, CancellationToken cancellationToken = default);

    Task<Result<TEntity, TKey>> GetManyAsync(Expression<Func<TEntity, bool>> predicate = null, Options<TEntity> options = null, CancellationToken cancellationToken = default);
    Task<Result<TEntity, TKey>> GetManyAsync(FilterDefinition<TEntity> filter, Options<TEntity> options = null, CancellationToken cancellationToken = default);

    Task<Result<T>> GetManyProjectionAsync<T>(Expression<Func<TEntity, bool>> predicate = null, Options<TEntity> options = null, CancellationToken cancellationToken = default);
    Task<Result<T>> GetManyProjectionAsync<T>(FilterDefinition<TEntity> filter, Options<TEntity> options = null, CancellationToken cancellationToken = default);

    Task<TEntity> GetOneAsync(TKey id, CancellationToken cancellationToken = default);
    Task<TEntity> GetOneAsync(Expression<Func<TEntity, bool>> predicate, OneOption<TEntity> options = null, CancellationToken cancellationToken = default);
    Task<TEntity> GetOneAsync(FilterDefinition<TEntity> filter, OneOption<TEntity> options = null, CancellationToken cancellationToken = default);

    Task<long> CountAsync(Expression<Func<TEntity, bool>> predicate = default, CancellationToken cancellationToken = default);
    Task<long> CountAsync(FilterDefinition<TEntity> filter, CancellationToken cancellationToken = default);

    Task<long> EstimatedCountAsync(CancellationToken cancellationToken = default);

    Task<decimal> SumAsync(Expression<Func<TEntity, decimal>> field, Expression<Func<TEntity, bool>> predicate = null, CancellationToken cancellationToken = default);

    Task<decimal> AvgAsync(Expression<Func<TEntity, decimal>> field, Expression<Func<TEntity, bool>> predicate = null, CancellationToken cancellationToken = default);

    Task<TField> MinAsync<TField>(Expression<Func<TEntity, TField>> field, Expression<Func<TEntity, bool>> predicate = null, CancellationToken cancellationToken = default);

    Task<TField> MaxAsync<TField>(Expression<Func<TEntity, TField>> field, Expression<Func<TEntity, bool>> predicate = null, CancellationToken cancellationToken = default);

    //Other

    IAsyncEnumerable<TEntity> GetDirtyAsync();

    IEnumerable<(IndexFailOperation Operation, string Name)> GetFailedIndices();
}

public interface IRepositoryCollection : IReadOnlyRepositoryCollection
{
    Task DropCollectionAsync();
}

public interface IRepositoryCollection<TEntity, TKey> : IReadOnlyRepositoryCollection<TEntity, TKey>, IRepositoryCollection
    where TEntity : EntityBase<TKey>
{
    //Create
    Task AddAsync(TEntity entity, IClientSessionHandle session = null);
    Task<bool> TryAddAsync(TEntity entity, IClientSessionHandle session = null);
    Task AddManyAsync(IEnumerable<TEntity> entities, IClientSessionHandle session = null);

    //Delete
    Task<TEntity> DeleteOneAsync(TKey id, IClientSessionHandle session = null);

    Task<T> ExecuteAsync<T>(Func<IMongoCollection<TEntity>, Task<T>> execute, Operation operation);
    Task<T> ExecuteAsync<T>(Func<IMongoCollection<TEntity>, CancellationToken, Task<T>> execute, Operation operation, CancellationToken cancellationToken);
    IAsyncEnumerable<T> ExecuteManyAsync<T>(Func<IMongoCollection<TEntity>, CancellationToken, Task<IAsyncCursor<T>>> queryFactory, CancellationToken cancellationToken = default);

    Task<CursorPage<TEntity>> GetPageAsync(
        int pageSize,
        PagePosition position,
        System.Linq.Expressions.Expression<Func<TEntity, bool>> predicate = null,
        System.Linq.Expressions.Expression<Func<TEntity, object>> sortBy = null,
        bool ascending = true,
        CancellationToken cancellationToken = default);

    Task<CursorPage<T>> GetPageProjectionAsync<T>(
        int pageSize,
        PagePosition position,
        System.Linq.Expressions.Expression<Func<TEntity, T>> projection,
        System.Linq.Expressions.Expression<Func<TEntity, bool>> predicate = null,
        System.Linq.Expressions.Expression<Func<TEntity, object>> sortBy = null,
        bool ascending = true,
        CancellationToken cancellationToken = default);
}

public interface IDiskRepositoryCollection<TEntity, TKey> : IRepositoryCollection<TEntity, TKey>
    where TEntity : EntityBase<TKey>
{
    //Update
    Task<EntityChangeResult<TEntity>> AddOrReplaceAsync(TEntity entity, IClientSessionHandle session = null);
    Task<EntityChangeResult<TEntity>> ReplaceOneAsync(TEntity entity, OneOption<TEntity> options = null, IClientSessionHandle session = null);

    Task<EntityChangeResult<TEntity>> UpdateOneAsync(TKey id, UpdateDefinition<TEntity> update, IClientSessionHandle session = null);
    Task<EntityChangeResult<TEntity>> UpdateOneAsync(Expression<Func<TEntity, bool>> predicate, UpdateDefinition<TEntity> update, OneOption<TEntity> options = null, IClientSessionHandle session = null);
    Task<EntityChangeResult<TEntity>> UpdateOneAsync(FilterDefinition<TEntity> filter, UpdateDefinition<TEntity> update, OneOption<TEntity> options = null, IClientSessionHandle session = null);

    Task<long> UpdateManyAsync(Expression<Func<TEntity, bool>> predicate, UpdateDefinition<TEntity> update, IClientSessionHandle session = null);
    Task<long> UpdateManyAsync(FilterDefinition<TEntity> filter, UpdateDefinition<TEntity> update, IClientSessionHandle session = null);

    //Delete
    Task<TEntity> DeleteOneAsync(Expression<Func<TEntity, bool>> predicate, OneOption<TEntity> options = null, IClientSessionHandle session = null);
    Task<TEntity> DeleteOneAsync(FilterDefinition<TEntity> filter, OneOption<TEntity> options = null, IClientSessionHandle session = null);

    Task<long> DeleteManyAsync(Expression<Func<TEntity, bool>> predicate = null, IClientSessionHandle session = null);
    Task<long> DeleteManyAsync(FilterDefinition<TEntity> filter, IClientSessionHandle session = null);

    //Other
    [Obsolete($"Use {nameof(ExecuteAsync)} instead. This method will be deprecated.")]
    IMongoCollection<TEntity> GetCollection();
}

public interface IDiskRepositoryCollection<TEntity> : IDiskRepositoryCollection<TEntity, ObjectId>
    where TEntity : EntityBase<ObjectId>;

[InMemoryFake]
public interface IDynRepositoryCollection : IDiskRepositoryCollection<DynEntity>
{
}

public static class Smoke
{
    public static async Task RunAsync(IDynRepositoryCollection collection)
    {
        var first = new DynEntity { Id = ObjectId.GenerateNewId(), StandardKey = Guid.NewGuid() };
        var second = new DynEntity { Id = ObjectId.GenerateNewId(), StandardKey = Guid.NewGuid() };
        var third = new DynEntity { Id = ObjectId.GenerateNewId(), StandardKey = first.StandardKey };

        Check.Null(await collection.GetOneAsync(first.Id), "GetOneAsync(id) of a new collection is null");
        await collection.AddAsync(first);
        Check.Equal(first, await collection.GetOneAsync(first.Id), "AddAsync stores the document under its Id");
        await Check.ThrowsAsync<Exception>(() => collection.AddAsync(first with { LegacyKey = Guid.NewGuid() }), "AddAsync of an Id already stored is a duplicate-key write error");
        Check.Equal(Guid.Empty, (await collection.GetOneAsync(first.Id)).LegacyKey, "and the stored document stays as it was");

        Check.True(await collection.TryAddAsync(second), "TryAddAsync of a new Id inserts it and answers true");
        Check.False(await collection.TryAddAsync(second with { LegacyKey = Guid.NewGuid() }), "TryAddAsync of an Id already stored answers false");
        await collection.AddManyAsync(new[] { third });
        Check.Equal(3L, await collection.CountAsync(x => true), "CountAsync(predicate) counts the matching documents");
        Check.Equal(2L, await collection.CountAsync(x => x.StandardKey == first.StandardKey), "only those that match");
        Check.Equal(3L, await collection.EstimatedCountAsync(), "EstimatedCountAsync counts the collection");

        var matches = new List<DynEntity>();
        await foreach (var item in collection.GetAsync(x => x.StandardKey == first.StandardKey))
        {
            matches.Add(item);
        }

        Check.Equal(2, matches.Count, "GetAsync(predicate) streams the matches");
        var many = await collection.GetManyAsync(x => x.StandardKey == first.StandardKey);
        Check.Equal(2, many.Items.Length, "GetManyAsync answers the matches as Items");
        Check.Equal(2, many.TotalCount, "and their count as TotalCount");
        Check.Equal(second, await collection.GetOneAsync(x => x.Id == second.Id), "GetOneAsync(predicate) answers the one match");
        await Check.ThrowsAsync<Exception>(() => collection.GetOneAsync(x => x.StandardKey == first.StandardKey), "GetOneAsync(predicate) with no options is SingleOrDefault: two matches throw");

        var replaced = await collection.AddOrReplaceAsync(second with { LegacyKey = Guid.NewGuid() });
        Check.Equal(second, replaced.Before, "AddOrReplaceAsync of a stored Id answers the document before as Before");
        var fourth = new DynEntity { Id = ObjectId.GenerateNewId() };
        var added = await collection.AddOrReplaceAsync(fourth);
        Check.Null(added.Before, "AddOrReplaceAsync of a new Id inserts it, Before null");
        Check.Equal(fourth, await collection.GetOneAsync(fourth.Id), "and stores it");

        var missing = await collection.ReplaceOneAsync(new DynEntity { Id = ObjectId.GenerateNewId() });
        Check.Null(missing.Before, "ReplaceOneAsync of an Id not stored answers Before null");
        Check.Equal(4L, await collection.CountAsync(x => true), "and inserts nothing");

        Check.Equal(fourth, await collection.DeleteOneAsync(fourth.Id), "DeleteOneAsync(id) answers the document it removed");
        Check.Null(await collection.DeleteOneAsync(fourth.Id), "DeleteOneAsync(id) of an Id not stored answers null");
        Check.Equal(2L, await collection.DeleteManyAsync(x => x.StandardKey == first.StandardKey), "DeleteManyAsync(predicate) answers the count removed");
        Check.Equal(1L, await collection.CountAsync(x => true), "and removes them");

        await collection.DropCollectionAsync();
        Check.Equal(0L, await collection.CountAsync(x => true), "DropCollectionAsync empties the collection");
        Check.Equal(0, collection.GetFailedIndices().Count(), "a collection whose indexes were made has no failed index");
    }
}
