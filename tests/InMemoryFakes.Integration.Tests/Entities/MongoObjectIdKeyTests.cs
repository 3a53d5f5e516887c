using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Microsoft's "Create a web API with ASP.NET Core and MongoDB" tutorial: Book.Id is a string the driver fills with an
// ObjectId on insert ([BsonRepresentation(BsonType.ObjectId)]); the controller returns CreatedAtAction(…, newBook.Id).

public sealed class MongoBook
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("Name")]
    public string BookName { get; set; } = null!;

    public decimal Price { get; set; }
}

[InMemoryFake]
public interface IMongoBooksService
{
    Task<List<MongoBook>> GetAsync();

    Task<MongoBook?> GetAsync(string id);

    Task CreateAsync(MongoBook newBook);

    Task UpdateAsync(string id, MongoBook updatedBook);

    Task RemoveAsync(string id);
}

/// <summary>A plain string key: the caller names every row, as before.</summary>
public sealed class PlainBook
{
    public string? Id { get; set; }

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface IPlainBooks
{
    Task CreateAsync(PlainBook book);

    Task<PlainBook?> GetAsync(string id);
}

public sealed class MongoObjectIdKeyTests
{
    [Fact]
    public async Task A_string_key_marked_as_an_ObjectId_gets_a_new_ObjectId_on_insert_as_the_driver_sets_it()
    {
        IMongoBooksService books = new InMemoryMongoBooksService();
        var first = new MongoBook { BookName = "Design Patterns", Price = 54.93m };
        var second = new MongoBook { BookName = "Clean Code", Price = 43.15m };

        await books.CreateAsync(first);
        await books.CreateAsync(second);

        Assert.True(ObjectId.TryParse(first.Id, out var firstId), "the key is an ObjectId's text: " + first.Id);
        Assert.True(ObjectId.TryParse(second.Id, out var secondId), "the key is an ObjectId's text: " + second.Id);
        Assert.True(secondId.CompareTo(firstId) > 0, "a later insert sorts after an earlier one, as ObjectIds do");
        Assert.Equal("Clean Code", (await books.GetAsync(second.Id!))?.BookName);
        Assert.Equal(new[] { first.Id, second.Id }, (await books.GetAsync()).Select(static b => b.Id));
    }

    [Fact]
    public async Task A_caller_given_ObjectId_is_kept_and_updates_and_removals_find_the_book_by_it()
    {
        IMongoBooksService books = new InMemoryMongoBooksService();
        var id = ObjectId.GenerateNewId().ToString();
        await books.CreateAsync(new MongoBook { Id = id, BookName = "Refactoring", Price = 30m });

        await books.UpdateAsync(id, new MongoBook { Id = id, BookName = "Refactoring (2nd ed.)", Price = 35m });
        Assert.Equal("Refactoring (2nd ed.)", (await books.GetAsync(id))?.BookName);

        await books.RemoveAsync(id);
        Assert.Null(await books.GetAsync(id));
    }

    [Fact]
    public async Task A_plain_string_key_is_not_generated_so_a_book_without_one_is_refused_and_nothing_is_stored()
    {
        IPlainBooks books = new InMemoryPlainBooks();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => books.CreateAsync(new PlainBook { Title = "No key" }));
        Assert.Null(await books.GetAsync(""));
    }
}
