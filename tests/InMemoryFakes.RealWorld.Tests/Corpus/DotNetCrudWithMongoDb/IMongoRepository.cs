// Source: https://github.com/imbelal/DotNetCrudWithMongoDb
// Commit: 0ab0e87 (Repositories/IMongoRepository.cs, MongoRepository.cs, MongoRepositoryFactory.cs, Models/Book.cs,
//   Controllers/BooksController.cs, DotNetCrudWithMongoDb.csproj; the newest snapshot)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample67 rule (in full in Corpus/JoyjkCleanArchitectureDapper/IDapperRepository.cs), fixed before probing:
//   the search tool (corpus code), queries (1) `interface IDapperRepository Task QueryAsync`, (2) `interface
//   IMongoRepository Task FindAsync`, (3) `interface IRedisCacheService Task GetAsync`, (4) `interface IBlobService Task
//   UploadAsync DeleteAsync`; from each query's results in order, the interfaces with at least 3 members whose
//   implementation in the same repository keeps state, outside test paths, not a corpus source already; at most 1 per
//   repository, 2 per query, stop after 8. Seven picks. This one: query (2), rank 2 (5 members).
// Path: Repositories/IMongoRepository.cs (real store: Repositories/MongoRepository.cs, over the IMongoCollection<T>
//   MongoRepositoryFactory opens by name; BooksController uses it as IMongoRepository<Book> over "Books"; model:
//   Models/Book.cs)
// Adapted: the namespaces shortened into one; faked as IMongoRepository<Book>, the one type BooksController asks for,
//   through a partial class; Book's [BsonElement("Name")] and [JsonPropertyName("Name")] on BookName left out (they
//   rename the stored field only). Nullable enabled, as in DotNetCrudWithMongoDb.csproj (implicit usings on).
// Real store: MongoRepository<Book> over one collection; Book.Id, [BsonId] [BsonRepresentation(ObjectId)], is the
//   document's _id. AddAsync = InsertOneAsync: a null Id is given a new ObjectId by the driver, written back as its
//   24-hex-digit text; an Id already stored is MongoDB's duplicate-key error (MongoWriteException). GetByIdAsync(id) =
//   Find(_id == new ObjectId(id)).FirstOrDefaultAsync(): the book, null for an id not stored (and FormatException for
//   a text that is no ObjectId, before the query). GetAllAsync = every book. UpdateAsync(id, entity) = ReplaceOneAsync
//   (_id == ObjectId(id), entity) without upsert: the stored book replaced whole, nothing for an id not stored, no
//   error; BooksController sets entity.Id = id first (a different Id would be MongoDB's immutable-_id error).
//   DeleteAsync(id) = DeleteOneAsync: nothing for an id not stored.
// Shapes: *=core
// First try (f923f300): complete | generated: GetAllAsync, GetByIdAsync (the not-found error for an id not stored:
//   Task<T> is declared not null under nullable annotations), AddAsync (a null Id given a new ObjectId's text, as the
//   MongoDB key convention says; the duplicate error for an Id stored), UpdateAsync (the stored book replaced;
//   ArgumentException naming entity when entity.Id is not id; the not-found error for an id not stored), DeleteAsync
//   (nothing for an id not stored) | WRONG: GetByIdAsync of an id not stored throws the not-found error, where
//   FirstOrDefaultAsync answers null (loud: the smoke script's first failure); UpdateAsync of an id not stored throws
//   the not-found error, where ReplaceOneAsync without upsert changes nothing (loud).
// Configured: MissingKeyReads = MissingKeyRead.Default (FirstOrDefaultAsync's null, whatever Task<T> says),
//   MissingUpdate = MissingUpdate.Ignore (ReplaceOne without upsert).
// After this round: unchanged in the generator (a lookup declared not null and an update of a missing document are the
//   store's own choice, which the settings state); complete with them, and the smoke script passes. Still differs,
//   unchecked: an id that is no ObjectId's text reads as not stored, where the real GetByIdAsync throws FormatException.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Corpus.DotNetCrudWithMongoDb.IMongoRepositoryCase;

public class Book
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    public string BookName { get; set; } = null!;

    public decimal Price { get; set; }

    public string Category { get; set; } = null!;

    public string Author { get; set; } = null!;
}

public interface IMongoRepository<T> where T : class
{
    Task<List<T>> GetAllAsync();
    Task<T> GetByIdAsync(string id);
    Task AddAsync(T entity);
    Task UpdateAsync(string id, T entity);
    Task DeleteAsync(string id);
}

[InMemoryFake(typeof(IMongoRepository<Book>), MissingKeyReads = MissingKeyRead.Default, MissingUpdate = MissingUpdate.Ignore)]
public partial class BookRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IMongoRepository<Book> books)
    {
        var dune = new Book { BookName = "Dune", Price = 9.5m, Category = "SF", Author = "Herbert" };
        await books.AddAsync(dune);
        Check.True(dune.Id is { Length: 24 } && dune.Id.All(Uri.IsHexDigit), "AddAsync gives a null Id a new ObjectId, written back as its text");
        var emma = new Book { BookName = "Emma", Price = 5m, Category = "Classic", Author = "Austen" };
        await books.AddAsync(emma);
        Check.True(emma.Id != dune.Id, "each insert gets its own ObjectId");
        await Check.ThrowsAsync<Exception>(() => books.AddAsync(new Book { Id = dune.Id, BookName = "Copy", Category = "SF", Author = "?" }), "AddAsync of an Id already stored is the duplicate-key error");
        Check.Equal(2, (await books.GetAllAsync()).Count, "GetAllAsync lists every book, and the duplicate was not stored");

        Check.Equal("Dune", (await books.GetByIdAsync(dune.Id!))?.BookName, "GetByIdAsync reads one by its ObjectId");
        Check.Null(await books.GetByIdAsync("65a0f0f0f0f0f0f0f0f0f0f0"), "GetByIdAsync of an id not stored is null (FirstOrDefaultAsync)");

        var updated = new Book { Id = dune.Id, BookName = "Dune", Price = 12m, Category = "SF", Author = "Frank Herbert" };
        await books.UpdateAsync(dune.Id!, updated);
        Check.Equal(12m, (await books.GetByIdAsync(dune.Id!))?.Price, "UpdateAsync replaces the stored book whole");
        await books.UpdateAsync("65a0f0f0f0f0f0f0f0f0f0f0", new Book { Id = "65a0f0f0f0f0f0f0f0f0f0f0", BookName = "Nowhere", Category = "-", Author = "-" });
        Check.Null(await books.GetByIdAsync("65a0f0f0f0f0f0f0f0f0f0f0"), "UpdateAsync of an id not stored changes nothing and adds nothing (ReplaceOne without upsert), no error");

        await books.DeleteAsync(emma.Id!);
        Check.Null(await books.GetByIdAsync(emma.Id!), "DeleteAsync removes the book");
        await books.DeleteAsync("65a0f0f0f0f0f0f0f0f0f0f0");
        Check.Equal(1, (await books.GetAllAsync()).Count, "DeleteAsync of an id not stored does nothing, no error");
    }
}
