// Source: https://github.com/grandnode/grandnode2
// Commit: 22c554f0562e
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of grandnode/grandnode2.
// Path: src/Core/Grand.Data/IRepository.cs (models: src/Core/Grand.Domain/BaseEntity.cs, ParentEntity.cs,
//   src/Core/Grand.Data/UpdateBuilder.cs)
// Adapted: BaseEntity drops UserFields; ParentEntity's new id is a 24-hex-digit string made from a Guid (GrandNode's
//   UniqueIdentifier.New is an ObjectId's text); UpdateBuilder keeps its expression list, not the MongoDB
//   UpdateDefinitions; Product (a test entity) has Name, StockQuantity and Tags. The fake is declared as the corpus's
//   other generic repositories are: [InMemoryFake(typeof(IRepository<Product>))] on a partial class.
// Real store: src/Core/Grand.Data/Mongo/MongoRepository.cs (LiteDBRepository.cs does the same): GetById/GetByIdAsync
//   the document with that Id or null; GetOneAsync(predicate) the first match or null; Insert/InsertAsync stamp
//   CreatedOnUtc (the audit provider's UtcNow) and CreatedBy (the current user), insert (a taken Id is MongoDB's
//   duplicate-key error) and return the entity; Update/UpdateAsync stamp UpdatedOnUtc and UpdatedBy and replace the
//   document with that Id (no upsert: a missing Id changes nothing); UpdateField sets one field of the document by
//   Id; IncField adds to it; UpdateOneAsync/UpdateManyAsync apply the builder's sets to the first/every match;
//   AddToSet adds a value to a set field; UpdateToSet replaces matching elements; Pull/PullFilter remove elements;
//   Delete/DeleteAsync remove by the entity's Id (DeleteAsync(entity) returns it); DeleteManyAsync(filter) every
//   match; ClearAsync every document; Table is the collection's IQueryable; TableCollection<C>() another collection's.
// Shapes: *=core; Table=9; GetOneAsync=2; DeleteManyAsync=2; UpdateField=20; IncField=20; UpdateOneAsync=2;
//   UpdateManyAsync=2; AddToSet=5; UpdateToSet=5; PullFilter=5; Pull=5; TableCollection=5
// Configured: MissingDelete = MissingDelete.Ignore: Delete/DeleteAsync(entity) remove by the entity's Id through
//   MongoDB's DeleteOne, which deletes nothing and says nothing for a missing Id; a removal that returns nothing
//   cannot say it (docs/generator.md, attribute settings).
// First try (ffaa154): incomplete: IMF0001 UpdateField, IncField, UpdateOneAsync, UpdateManyAsync, AddToSet,
//   UpdateToSet (3), PullFilter (2), Pull, DeleteAsync(T), TableCollection | WRONG: Insert/InsertAsync and
//   Update/UpdateAsync leave CreatedOnUtc/CreatedBy and UpdatedOnUtc/UpdatedBy as given, where the real store stamps
//   them itself (no signature says a store stamps its own audit fields); the dates are stated since 2026-12-03 with
//   the stamp settings (Configured), the users are not (Still wrong)
// Configured: CreatedStamp = "CreatedOnUtc", UpdatedStamp = "UpdatedOnUtc", UpdatedStampOnInsert = StampOnInsert.Leave:
//   Insert/InsertAsync stamp CreatedOnUtc and Update/UpdateAsync stamp UpdatedOnUtc with the time of the write, on the
//   entity passed in, as the real store's `entity.CreatedOnUtc = _auditInfoProvider.GetCurrentDateTime()` does; an insert
//   leaves UpdatedOnUtc as given (the real Insert does not set it). No signature says a store stamps a property.
// Still wrong: CreatedBy and UpdatedBy keep what they are given (the real store writes the current user; a user is no
//   clock value, so no setting states it); an Update of an entity built afresh keeps the stored CreatedOnUtc, where the
//   real ReplaceOne writes the CreatedOnUtc the caller's entity holds (the same value when it was read first, as usual).
// After h-oblivious (session 29): still incomplete (other members); GetById, GetByIdAsync, GetOneAsync answer null for
//   a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing
//   one, and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a
//   missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GrandNode.IRepositoryCase;

public abstract class ParentEntity
{
    private string _id;

    protected ParentEntity()
    {
        _id = Guid.NewGuid().ToString("N")[..24];
    }

    public string Id
    {
        get => _id;
        set => _id = string.IsNullOrEmpty(value) ? Guid.NewGuid().ToString("N")[..24] : value;
    }
}

public abstract class BaseEntity : ParentEntity
{
    public DateTime CreatedOnUtc { get; set; }
    public string CreatedBy { get; set; }
    public DateTime? UpdatedOnUtc { get; set; }
    public string UpdatedBy { get; set; }
}

public class UpdateBuilder<T>
{
    private readonly List<(LambdaExpression Selector, object Value)> _fields = new();

    protected UpdateBuilder() { }

    public IEnumerable<(LambdaExpression Selector, object Value)> ExpressionFields => _fields;

    public static UpdateBuilder<T> Create() => new UpdateBuilder<T>();

    public UpdateBuilder<T> Set<TProperty>(Expression<Func<T, TProperty>> selector, TProperty value)
    {
        _fields.Add((selector, value));
        return this;
    }
}

public class Product : BaseEntity
{
    public string Name { get; set; }
    public int StockQuantity { get; set; }
    public IList<string> Tags { get; set; } = new List<string>();
}

public interface IRepository<T> where T : BaseEntity
{
    IQueryable<T> Table { get; }

    T GetById(string id);

    Task<T> GetByIdAsync(string id);

    Task<T> GetOneAsync(Expression<Func<T, bool>> predicate);

    T Insert(T entity);

    Task<T> InsertAsync(T entity);

    T Update(T entity);

    Task<T> UpdateAsync(T entity);

    Task UpdateField<U>(string id, Expression<Func<T, U>> expression, U value);

    Task IncField<U>(string id, Expression<Func<T, U>> expression, U value);

    Task UpdateOneAsync(Expression<Func<T, bool>> filterexpression, UpdateBuilder<T> updateBuilder);

    Task UpdateManyAsync(Expression<Func<T, bool>> filterexpression, UpdateBuilder<T> updateBuilder);

    Task AddToSet<U>(string id, Expression<Func<T, IEnumerable<U>>> field, U value);

    Task UpdateToSet<U, Z>(string id, Expression<Func<T, IEnumerable<U>>> field, Expression<Func<U, Z>> elemFieldMatch,
        Z elemMatch, U value);

    Task UpdateToSet<U>(string id, Expression<Func<T, IEnumerable<U>>> field, Expression<Func<U, bool>> elemFieldMatch,
        U value);

    Task UpdateToSet<U>(Expression<Func<T, IEnumerable<U>>> field, U elemFieldMatch, U value);

    Task PullFilter<U, Z>(string id, Expression<Func<T, IEnumerable<U>>> field, Expression<Func<U, Z>> elemFieldMatch,
        Z elemMatch);

    Task PullFilter<U>(string id, Expression<Func<T, IEnumerable<U>>> field, Expression<Func<U, bool>> elemFieldMatch);

    Task Pull(string id, Expression<Func<T, IEnumerable<string>>> field, string element);

    void Delete(T entity);

    Task<T> DeleteAsync(T entity);

    Task DeleteAsync(IEnumerable<T> entities);

    Task DeleteManyAsync(Expression<Func<T, bool>> filterExpression);

    Task ClearAsync();

    IQueryable<C> TableCollection<C>() where C : class;
}

[InMemoryFake(typeof(IRepository<Product>), CreatedStamp = "CreatedOnUtc", UpdatedStamp = "UpdatedOnUtc", UpdatedStampOnInsert = StampOnInsert.Leave, MissingDelete = MissingDelete.Ignore)]
public partial class ProductRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Product> repository)
    {
        var shirt = await repository.InsertAsync(new Product { Name = "Shirt", StockQuantity = 5 });
        Check.True(shirt.CreatedOnUtc != default, "InsertAsync stamps CreatedOnUtc on the entity passed in");
        Check.Null(shirt.UpdatedOnUtc, "InsertAsync leaves UpdatedOnUtc unset");
        var mug = repository.Insert(new Product { Name = "Mug", StockQuantity = 0 });
        await repository.InsertAsync(new Product { Name = "Cap", StockQuantity = 9 });
        Check.Equal("Shirt", (await repository.GetByIdAsync(shirt.Id))?.Name, "GetByIdAsync finds an inserted product");
        Check.Null(repository.GetById("000000000000000000000000"), "GetById of a missing id is null");
        Check.Equal("Mug", (await repository.GetOneAsync(p => p.StockQuantity == 0))?.Name, "GetOneAsync returns the first match");
        Check.Equal(3, repository.Table.Count(), "Table exposes every product");
        shirt.StockQuantity = 4;
        await repository.UpdateAsync(shirt);
        Check.Equal(4, repository.GetById(shirt.Id)?.StockQuantity, "UpdateAsync replaces the document");
        repository.Delete(mug);
        Check.Null(repository.GetById(mug.Id), "Delete removes the document");
        await repository.DeleteManyAsync(p => p.StockQuantity > 8);
        Check.Equal(1, repository.Table.Count(), "DeleteManyAsync removes every match");
        Check.True(repository.GetById(shirt.Id)!.CreatedOnUtc != default, "InsertAsync stamps CreatedOnUtc");
        Check.True(repository.GetById(shirt.Id)!.UpdatedOnUtc != null, "UpdateAsync stamps UpdatedOnUtc");
        Check.True(shirt.UpdatedOnUtc != null, "UpdateAsync stamps the entity passed in");
        await repository.UpdateField(shirt.Id, p => p.Name, "T-Shirt");
        Check.Equal("T-Shirt", repository.GetById(shirt.Id)?.Name, "UpdateField sets one field");
        await repository.ClearAsync();
        Check.Equal(0, repository.Table.Count(), "ClearAsync removes every document");
    }
}
