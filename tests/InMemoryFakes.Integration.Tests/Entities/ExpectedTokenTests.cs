using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class SyncedItem
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public byte[] Version { get; set; } = [];
}

/// <summary>
/// The shape of CommunityToolkit.Datasync's <c>IRepository&lt;TEntity&gt;</c>: an optional expected version on writes (its
/// <c>DeleteAsync</c> returns nothing, which leaves a missing entity unsaid, so this one returns bool).
/// </summary>
[InMemoryFake]
public interface ISyncedItems
{
    ValueTask CreateAsync(SyncedItem item, CancellationToken cancellationToken = default);

    ValueTask<SyncedItem> ReadAsync(string id, CancellationToken cancellationToken = default);

    ValueTask ReplaceAsync(SyncedItem item, byte[]? version = null, CancellationToken cancellationToken = default);

    ValueTask<bool> DeleteAsync(string id, byte[]? version = null, CancellationToken cancellationToken = default);
}

public sealed class VersionedTicket
{
    public int Id { get; set; }

    public string Subject { get; set; } = "";

    public long Version { get; set; }
}

[InMemoryFake]
public interface IVersionedTickets
{
    VersionedTicket Add(VersionedTicket ticket);

    VersionedTicket? Find(int id);

    VersionedTicket Update(VersionedTicket ticket, long? expectedVersion = null);

    bool Remove(int id, long? expectedVersion = null);
}

public sealed class Blobish
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string ETag { get; set; } = "";
}

[InMemoryFake]
public interface IBlobishes
{
    void Add(Blobish item);

    Blobish? Get(string id);

    int Delete(string id, string? ifMatch = null);
}

public sealed class VersionedTicketConflict(string message) : Exception(message);

[InMemoryFake(typeof(IVersionedTickets), ConcurrencyException = typeof(VersionedTicketConflict))]
public partial class MappedVersionedTickets;

/// <summary>
/// A parameter named as the entity's concurrency token (or expected/original + its name, ifMatch for an ETag), of its
/// type, optional with a null default, on an update of one entity or a removal by key: the write happens only when the
/// stored token equals it (null or empty: no check), else the concurrency error with the store unchanged
/// (CommunityToolkit.Datasync's InMemoryRepository: 412; Azure.Data.Tables' DeleteEntity(partitionKey, rowKey, ifMatch)).
/// </summary>
public sealed class ExpectedTokenTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replace_without_a_version_stores_the_entity_whatever_its_own_token_and_bumps_the_token()
    {
        ISyncedItems items = new InMemorySyncedItems();
        await items.CreateAsync(new SyncedItem { Id = "a", Title = "one" }, None);
        await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "two" }, cancellationToken: None);
        var first = (await items.ReadAsync("a", None)).Version;

        // The entity's own (stale) Version is not compared: only the expected one is.
        await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "three", Version = [9, 9] }, null, None);

        var stored = await items.ReadAsync("a", None);
        Assert.Equal("three", stored.Title);
        Assert.NotEqual(first, stored.Version);
    }

    [Fact]
    public async Task Replace_with_the_stored_version_writes_and_with_a_stale_one_throws_the_conflict_and_changes_nothing()
    {
        ISyncedItems items = new InMemorySyncedItems();
        await items.CreateAsync(new SyncedItem { Id = "a", Title = "one" }, None);
        await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "two" }, cancellationToken: None);
        var current = (await items.ReadAsync("a", None)).Version;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "stale" }, [1, 2, 3], None));
        Assert.Equal("two", (await items.ReadAsync("a", None)).Title);
        Assert.Equal(current, (await items.ReadAsync("a", None)).Version);

        await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "three" }, current, None);
        var stored = await items.ReadAsync("a", None);
        Assert.Equal("three", stored.Title);
        Assert.NotEqual(current, stored.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "late" }, current, None));
    }

    [Fact]
    public async Task Replace_of_a_missing_entity_is_the_not_found_error_with_or_without_a_version()
    {
        ISyncedItems items = new InMemorySyncedItems();

        await Assert.ThrowsAsync<NotFoundException>(async () => await items.ReplaceAsync(new SyncedItem { Id = "x" }, cancellationToken: None));
        await Assert.ThrowsAsync<NotFoundException>(async () => await items.ReplaceAsync(new SyncedItem { Id = "x" }, [1], None));
        Assert.Equal(0, Fakes.Of(items).Count);
    }

    [Fact]
    public async Task Delete_with_a_stale_version_throws_and_keeps_the_entity_an_empty_or_null_one_is_no_check()
    {
        ISyncedItems items = new InMemorySyncedItems();
        await items.CreateAsync(new SyncedItem { Id = "a", Title = "one" }, None);
        await items.CreateAsync(new SyncedItem { Id = "b", Title = "two" }, None);
        await items.ReplaceAsync(new SyncedItem { Id = "a", Title = "one" }, cancellationToken: None);
        var current = (await items.ReadAsync("a", None)).Version;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await items.DeleteAsync("a", [7], None));
        Assert.Equal("one", (await items.ReadAsync("a", None)).Title);

        Assert.True(await items.DeleteAsync("a", current, None));
        await Assert.ThrowsAsync<NotFoundException>(async () => await items.ReadAsync("a", None));
        Assert.True(await items.DeleteAsync("b", [], None));
        Assert.Equal(0, Fakes.Of(items).Count);

        // A missing entity: false, whatever the token.
        Assert.False(await items.DeleteAsync("a", [7], None));
    }

    [Fact]
    public void A_number_token_compares_the_expected_version_and_the_results_say_what_happened()
    {
        IVersionedTickets tickets = new InMemoryVersionedTickets();
        var added = tickets.Add(new VersionedTicket { Subject = "s" });
        var updated = tickets.Update(new VersionedTicket { Id = added.Id, Subject = "t" }, added.Version);
        Assert.Equal(added.Version + 1, updated.Version);

        Assert.Throws<ConcurrencyConflictException>(() => tickets.Update(new VersionedTicket { Id = added.Id, Subject = "u" }, added.Version));
        Assert.Throws<ConcurrencyConflictException>(() => tickets.Remove(added.Id, added.Version));
        Assert.Equal("t", tickets.Find(added.Id)!.Subject);

        Assert.False(tickets.Remove(99, 1));
        Assert.True(tickets.Remove(added.Id, updated.Version));
        Assert.Null(tickets.Find(added.Id));
    }

    [Fact]
    public void An_ifMatch_ETag_of_star_or_null_is_no_check_and_a_stale_one_conflicts()
    {
        IBlobishes blobs = new InMemoryBlobishes();
        blobs.Add(new Blobish { Id = "a", Name = "x", ETag = "e1" });
        blobs.Add(new Blobish { Id = "b", Name = "y", ETag = "e2" });
        blobs.Add(new Blobish { Id = "c", Name = "z", ETag = "e3" });

        Assert.Throws<ConcurrencyConflictException>(() => blobs.Delete("a", "stale"));
        Assert.NotNull(blobs.Get("a"));
        Assert.Equal(1, blobs.Delete("a", "e1"));
        Assert.Equal(1, blobs.Delete("b", "*"));
        Assert.Equal(1, blobs.Delete("c"));
        Assert.Equal(0, blobs.Delete("c", "e3"));
    }

    [Fact]
    public void The_configured_concurrency_exception_is_thrown_for_a_stale_expected_token()
    {
        IVersionedTickets tickets = new MappedVersionedTickets();
        var added = tickets.Add(new VersionedTicket { Subject = "s" });
        tickets.Update(new VersionedTicket { Id = added.Id, Subject = "t" });

        Assert.Throws<VersionedTicketConflict>(() => tickets.Update(new VersionedTicket { Id = added.Id, Subject = "u" }, added.Version));
        Assert.Throws<VersionedTicketConflict>(() => tickets.Remove(added.Id, added.Version));
        Assert.Equal("t", tickets.Find(added.Id)!.Subject);
    }
}
