using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class Shelf
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}

/// <summary>EF Core's repository: <c>Remove(entity)</c> + <c>SaveChanges</c> at once, which fails for a row that is not there.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IStrictShelves
{
    void Add(Shelf shelf);

    Shelf? Find(string id);

    void Remove(Shelf shelf);

    Task DeleteAsync(Shelf shelf, CancellationToken cancellationToken);
}

/// <summary>Dapper's or MongoDB's repository: a DELETE of a row that is not there deletes nothing.</summary>
[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ILenientShelves
{
    void Add(Shelf shelf);

    Shelf? Find(string id);

    void Remove(Shelf shelf);

    Task DeleteAsync(Shelf shelf, CancellationToken cancellationToken);
}

/// <summary>EF Core's repository over a DbContext: <c>Remove</c> only tracks, <c>SaveChangesAsync</c> writes.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ITrackedStrictShelves
{
    void Add(Shelf shelf);

    Shelf? Find(string id);

    void Remove(Shelf shelf);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ITrackedLenientShelves
{
    void Add(Shelf shelf);

    Shelf? Find(string id);

    void Remove(Shelf shelf);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A removal BY ENTITY that returns nothing is generated only when <c>MissingDelete</c> states what a missing entity does
/// (unstated it is IMF0001: the generator tests). <c>NotFound</c>: the not-found error at once with the store unchanged, or,
/// through a unit of work whose writes wait for the save, a tracked removal that fails the save with the concurrency error
/// (EF Core's <c>Remove</c> + <c>SaveChanges</c>: <c>DbUpdateConcurrencyException</c>). <c>Ignore</c>: nothing.
/// </summary>
public sealed class MissingDeleteByEntityTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotFound_throws_for_a_missing_entity_sync_and_async_and_leaves_the_store_unchanged()
    {
        IStrictShelves shelves = new InMemoryStrictShelves();
        shelves.Add(new Shelf { Id = "a", Name = "one" });

        var sync = Assert.Throws<NotFoundException>(() => shelves.Remove(new Shelf { Id = "x" }));
        Assert.Contains("x", sync.Message, System.StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => shelves.DeleteAsync(new Shelf { Id = "y" }, None));
        Assert.Equal(1, Fakes.Of(shelves).Count);
        Assert.Equal("one", shelves.Find("a")!.Name);

        await shelves.DeleteAsync(new Shelf { Id = "a" }, None);
        Assert.Null(shelves.Find("a"));
        Assert.Throws<NotFoundException>(() => shelves.Remove(new Shelf { Id = "a" }));
    }

    [Fact]
    public async Task Ignore_does_nothing_for_a_missing_entity_sync_and_async_and_removes_a_stored_one()
    {
        ILenientShelves shelves = new InMemoryLenientShelves();
        shelves.Add(new Shelf { Id = "a", Name = "one" });

        shelves.Remove(new Shelf { Id = "x" });
        await shelves.DeleteAsync(new Shelf { Id = "y" }, None);
        Assert.Equal(1, Fakes.Of(shelves).Count);

        shelves.Remove(new Shelf { Id = "a" });
        Assert.Null(shelves.Find("a"));
        await shelves.DeleteAsync(new Shelf { Id = "a" }, None);
        Assert.Equal(0, Fakes.Of(shelves).Count);
    }

    [Fact]
    public async Task NotFound_through_a_unit_of_work_fails_the_save_as_EF_Core_does_and_writes_nothing()
    {
        ITrackedStrictShelves shelves = new InMemoryTrackedStrictShelves();
        shelves.Add(new Shelf { Id = "a", Name = "one" });
        Assert.Equal(1, await shelves.SaveChangesAsync(None));

        shelves.Remove(new Shelf { Id = "x" });
        shelves.Add(new Shelf { Id = "b", Name = "two" });
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => shelves.SaveChangesAsync(None));
        Assert.Equal(1, Fakes.Of(shelves).Count);
        Assert.Equal("one", shelves.Find("a")!.Name);
    }

    [Fact]
    public async Task NotFound_through_a_unit_of_work_removes_a_stored_entity_at_the_save()
    {
        ITrackedStrictShelves shelves = new InMemoryTrackedStrictShelves();
        shelves.Add(new Shelf { Id = "a", Name = "one" });
        await shelves.SaveChangesAsync(None);

        shelves.Remove(shelves.Find("a")!);
        Assert.Equal(1, Fakes.Of(shelves).Count);
        Assert.Equal(1, await shelves.SaveChangesAsync(None));
        Assert.Equal(0, Fakes.Of(shelves).Count);
    }

    [Fact]
    public async Task Ignore_through_a_unit_of_work_tracks_nothing_for_a_missing_entity()
    {
        ITrackedLenientShelves shelves = new InMemoryTrackedLenientShelves();
        shelves.Add(new Shelf { Id = "a", Name = "one" });
        await shelves.SaveChangesAsync(None);

        shelves.Remove(new Shelf { Id = "x" });
        Assert.Equal(0, await shelves.SaveChangesAsync(None));
        Assert.Equal(1, Fakes.Of(shelves).Count);
    }
}
