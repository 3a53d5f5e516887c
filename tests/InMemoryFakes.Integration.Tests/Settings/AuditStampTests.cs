using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class StampedProduct
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? UpdatedOnUtc { get; set; }
}

/// <summary>GrandNode's MongoRepository: Insert stamps CreatedOnUtc, Update stamps UpdatedOnUtc (not on insert).</summary>
[InMemoryFake(CreatedStamp = "CreatedOnUtc", UpdatedStamp = "UpdatedOnUtc", UpdatedStampOnInsert = StampOnInsert.Leave)]
public interface IStampedProducts
{
    StampedProduct Insert(StampedProduct product);

    Task<StampedProduct> UpdateAsync(StampedProduct product);

    StampedProduct Upsert(StampedProduct product);

    void InsertMany(IEnumerable<StampedProduct> products);

    StampedProduct? GetById(string id);
}

public class Listing
{
    public int? Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset LastUpdatedUtc { get; set; }
}

/// <summary>MS Learn's UpsertProperty: LastUpdatedUtc stamped on every write, insert included.</summary>
[InMemoryFake(UpdatedStamp = "LastUpdatedUtc", UpdatedStampOnInsert = StampOnInsert.Stamp)]
public interface IListings
{
    Task<Listing> UpsertListing(Listing listing);

    Task<Listing?> GetListing(int id);
}

public sealed record Note(Guid Id, string Text)
{
    public DateTimeOffset? CreatedAt { get; init; }
}

[InMemoryFake(CreatedStamp = "CreatedAt")]
public interface INotes
{
    Note Add(Note note);

    Note Update(Note note);

    Note? Find(Guid id);
}

public class Ticket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ModifiedAt { get; set; }
}

/// <summary>A unit of work: the stamps are written when the save writes the entity, as an EF Core SavingChanges interceptor does.</summary>
[InMemoryFake(CreatedStamp = "CreatedAt", UpdatedStamp = "ModifiedAt", UpdatedStampOnInsert = StampOnInsert.Leave)]
public interface ITicketUnitOfWork
{
    void Add(Ticket ticket);

    Ticket? GetById(int id);

    int SaveChanges();
}

public class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

public class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

[InMemoryFake(CreatedStamp = "CreatedAt")]
public interface ILibrary
{
    Author AddAuthor(Author author);

    Book AddBook(Book book);

    Author? GetAuthor(int id);

    Book? GetBook(int id);
}

/// <summary>The same stamps with the store keeping the caller's instances (CopyMode.Reference).</summary>
[InMemoryFake(CreatedStamp = "CreatedOnUtc", UpdatedStamp = "UpdatedOnUtc", UpdatedStampOnInsert = StampOnInsert.Stamp, CopyMode = CopyMode.Reference)]
public interface IReferencedProducts
{
    StampedProduct Insert(StampedProduct product);

    StampedProduct Update(StampedProduct product);

    StampedProduct? GetById(string id);
}

public class StampTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Insert_stamps_the_creation_time_on_the_callers_instance_and_update_stamps_only_the_modification_time()
    {
        var clock = new ManualClock(Start);
        var products = new InMemoryStampedProducts(clock);
        var shirt = new StampedProduct { Id = "a", Name = "Shirt" };

        var inserted = products.Insert(shirt);

        Assert.Same(shirt, inserted);
        Assert.Equal(Start.UtcDateTime, shirt.CreatedOnUtc);
        Assert.Equal(DateTimeKind.Utc, shirt.CreatedOnUtc.Kind);
        Assert.Null(shirt.UpdatedOnUtc);
        Assert.Equal(Start.UtcDateTime, products.GetById("a")!.CreatedOnUtc);
        Assert.Null(products.GetById("a")!.UpdatedOnUtc);

        clock.Advance(TimeSpan.FromMinutes(5));
        var replacement = new StampedProduct { Id = "a", Name = "T-Shirt", CreatedOnUtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        await products.UpdateAsync(replacement);

        var stored = products.GetById("a")!;
        Assert.Equal("T-Shirt", stored.Name);
        Assert.Equal(Start.UtcDateTime, stored.CreatedOnUtc);
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, stored.UpdatedOnUtc);
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, replacement.UpdatedOnUtc);
        Assert.Equal(Start.UtcDateTime, replacement.CreatedOnUtc);
    }

    [Fact]
    public void Upsert_stamps_as_an_insert_or_as_a_replace_and_range_inserts_stamp_each_entity()
    {
        var clock = new ManualClock(Start);
        var products = new InMemoryStampedProducts(clock);

        products.Upsert(new StampedProduct { Id = "a" });
        clock.Advance(TimeSpan.FromSeconds(30));
        products.Upsert(new StampedProduct { Id = "a", Name = "again" });
        products.InsertMany(new[] { new StampedProduct { Id = "b" }, new StampedProduct { Id = "c" } });

        Assert.Equal(Start.UtcDateTime, products.GetById("a")!.CreatedOnUtc);
        Assert.Equal(Start.AddSeconds(30).UtcDateTime, products.GetById("a")!.UpdatedOnUtc);
        Assert.Equal(Start.AddSeconds(30).UtcDateTime, products.GetById("b")!.CreatedOnUtc);
        Assert.Null(products.GetById("c")!.UpdatedOnUtc);
    }

    [Fact]
    public void In_reference_mode_the_stored_instance_is_the_stamped_one()
    {
        var clock = new ManualClock(Start);
        var products = new InMemoryReferencedProducts(clock);
        var cap = new StampedProduct { Id = "c" };

        products.Insert(cap);
        clock.Advance(TimeSpan.FromSeconds(10));
        var replacement = new StampedProduct { Id = "c", Name = "Cap" };
        products.Update(replacement);

        var stored = products.GetById("c")!;
        Assert.Same(replacement, stored);
        Assert.Equal(Start.UtcDateTime, stored.CreatedOnUtc);
        Assert.Equal(Start.AddSeconds(10).UtcDateTime, stored.UpdatedOnUtc);
        Assert.Equal(Start.UtcDateTime, cap.UpdatedOnUtc);
    }

    [Fact]
    public void Seeded_entities_keep_the_stamps_they_are_given()
    {
        var products = new InMemoryStampedProducts(new ManualClock(Start));
        var old = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

        Fakes.Of(products).Seed(new StampedProduct { Id = "s", CreatedOnUtc = old });

        Assert.Equal(old, products.GetById("s")!.CreatedOnUtc);
    }

    [Fact]
    public async Task An_updated_stamp_that_inserts_stamp_is_set_on_every_write_as_a_DateTimeOffset()
    {
        var clock = new ManualClock(Start);
        var listings = new InMemoryListings(clock);

        var house = await listings.UpsertListing(new Listing { Name = "Sea house" });
        Assert.Equal(Start, house.LastUpdatedUtc);
        Assert.Equal(TimeSpan.Zero, house.LastUpdatedUtc.Offset);

        clock.Advance(TimeSpan.FromHours(1));
        house.Name = "Sea house, renovated";
        await listings.UpsertListing(house);

        Assert.Equal(Start.AddHours(1), (await listings.GetListing(house.Id!.Value))!.LastUpdatedUtc);
    }

    [Fact]
    public void A_record_is_stamped_through_with_and_a_replace_keeps_the_stored_creation_stamp()
    {
        var clock = new ManualClock(Start);
        var notes = new InMemoryNotes(clock);
        var id = Guid.NewGuid();

        var added = notes.Add(new Note(id, "first"));
        clock.Advance(TimeSpan.FromDays(1));
        var updated = notes.Update(new Note(id, "second") { CreatedAt = Start.AddYears(-3) });

        Assert.Equal(Start, added.CreatedAt);
        Assert.Equal(Start, updated.CreatedAt);
        Assert.Equal(Start, notes.Find(id)!.CreatedAt);
    }

    [Fact]
    public void Under_a_unit_of_work_the_stamp_is_the_time_of_the_save()
    {
        var clock = new ManualClock(Start);
        var tickets = new InMemoryTicketUnitOfWork(clock);
        var ticket = new Ticket { Title = "Broken build" };

        tickets.Add(ticket);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(default, ticket.CreatedAt);
        tickets.SaveChanges();

        Assert.Equal(Start.AddMinutes(2).UtcDateTime, ticket.CreatedAt);
        var loaded = tickets.GetById(ticket.Id)!;
        Assert.Equal(Start.AddMinutes(2).UtcDateTime, loaded.CreatedAt);
        Assert.Null(loaded.ModifiedAt);

        clock.Advance(TimeSpan.FromMinutes(3));
        loaded.Title = "Fixed build";
        tickets.SaveChanges();

        var saved = tickets.GetById(ticket.Id)!;
        Assert.Equal(Start.AddMinutes(5).UtcDateTime, saved.ModifiedAt);
        Assert.Equal(Start.AddMinutes(2).UtcDateTime, saved.CreatedAt);
    }

    [Fact]
    public void A_store_of_several_entity_types_stamps_each_table()
    {
        var clock = new ManualClock(Start);
        var library = new InMemoryLibrary(clock);

        var author = library.AddAuthor(new Author { Name = "Le Guin" });
        clock.Advance(TimeSpan.FromSeconds(1));
        var book = library.AddBook(new Book { Title = "The Dispossessed" });

        Assert.Equal(Start.UtcDateTime, library.GetAuthor(author.Id)!.CreatedAt);
        Assert.Equal(Start.AddSeconds(1).UtcDateTime, library.GetBook(book.Id)!.CreatedAt);
    }
}
