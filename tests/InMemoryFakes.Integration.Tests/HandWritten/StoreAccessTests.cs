using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.HandWritten;

public sealed class Shipment
{
    public int Id { get; set; }

    public string Status { get; set; } = "new";

    public DateTime DueAt { get; set; }
}

[InMemoryFake]
public interface IShipments
{
    Shipment Add(Shipment shipment);

    Shipment? Find(int id);

    IReadOnlyList<Shipment> GetOverdue(DateTime now);

    Task<Shipment> MarkShippedAsync(int id, CancellationToken cancellationToken = default);
}

// The members no convention covers, written as a user would: one line each through the generated Store property.
public sealed partial class InMemoryShipments
{
    public IReadOnlyList<Shipment> GetOverdue(DateTime now)
        => Store.Call(nameof(GetOverdue), now).Where(s => s.DueAt < now && s.Status != "shipped");

    public async Task<Shipment> MarkShippedAsync(int id, CancellationToken cancellationToken = default)
        => (await Store.CallAsync(nameof(MarkShippedAsync), cancellationToken, id)).Update(id, s => { s.Status = "shipped"; return s; });
}

[InMemoryFake]
public interface ITenantTokens
{
    string? Get(string key);

    void Set(string key, string value);

    int RemoveTenant(string tenant);
}

public sealed partial class InMemoryTenantTokens
{
    public int RemoveTenant(string tenant)
        => Store.Call(nameof(RemoveTenant), tenant).RemoveWhere(key => key.StartsWith(tenant + ":", StringComparison.Ordinal));
}

[InMemoryFake]
public interface IDocumentShelf
{
    void Upload(string key, byte[] content);

    bool Exists(string key);

    long TotalSize(string folder);
}

public sealed partial class InMemoryDocumentShelf
{
    public long TotalSize(string folder)
        => Store.Call(nameof(TotalSize), folder).List(folder + "/").Sum(b => b.Size);
}

public class StoreAccessTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_hand_written_entity_query_reads_the_same_table_as_generated_members()
    {
        var shipments = new InMemoryShipments();
        shipments.Add(new Shipment { DueAt = Now.AddDays(-1) });
        shipments.Add(new Shipment { DueAt = Now.AddDays(1) });

        var overdue = shipments.GetOverdue(Now);

        Assert.Equal(1, Assert.Single(overdue).Id);
    }

    [Fact]
    public async Task A_hand_written_field_update_is_stored_and_returned_items_stay_copies()
    {
        var shipments = new InMemoryShipments();
        var added = shipments.Add(new Shipment { DueAt = Now });

        var shipped = await shipments.MarkShippedAsync(added.Id, TestContext.Current.CancellationToken);
        shipped.Status = "tampered";

        Assert.Equal("shipped", shipments.Find(added.Id)!.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => shipments.MarkShippedAsync(99, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void The_call_log_records_hand_written_members_with_their_arguments()
    {
        var shipments = new InMemoryShipments();
        var core = Fakes.Of(shipments).Core;
        core.Calls.Enabled = true;

        shipments.GetOverdue(Now);

        var call = Assert.Single(core.Calls.Of("GetOverdue"));
        Assert.Equal(new object?[] { Now }, call.Arguments);
    }

    [Fact]
    public void An_injected_fault_fires_in_a_hand_written_member_and_leaves_the_store_unchanged()
    {
        var tokens = new InMemoryTenantTokens();
        tokens.Set("acme:1", "a");
        Fakes.Of(tokens).Core.Faults.Throw("RemoveTenant", new TimeoutException("injected"), times: 1);

        Assert.Equal("injected", Assert.Throws<TimeoutException>(() => tokens.RemoveTenant("acme")).Message);
        Assert.Equal("a", tokens.Get("acme:1"));
        Assert.Equal(1, tokens.RemoveTenant("acme"));
        Assert.Null(tokens.Get("acme:1"));
    }

    [Fact]
    public async Task An_injected_fault_fires_in_an_async_hand_written_member()
    {
        var shipments = new InMemoryShipments();
        var added = shipments.Add(new Shipment());
        Fakes.Of(shipments).Core.Faults.Throw("MarkShippedAsync", new InvalidOperationException("down"), times: 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => shipments.MarkShippedAsync(added.Id, TestContext.Current.CancellationToken));
        Assert.Equal("new", shipments.Find(added.Id)!.Status);
    }

    [Fact]
    public async Task A_cancelled_token_stops_an_async_hand_written_member_before_it_writes()
    {
        var shipments = new InMemoryShipments();
        var added = shipments.Add(new Shipment());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => shipments.MarkShippedAsync(added.Id, cancelled.Token));
        Assert.Equal("new", shipments.Find(added.Id)!.Status);
    }

    [Fact]
    public void A_hand_written_key_value_member_removes_only_its_prefix()
    {
        var tokens = new InMemoryTenantTokens();
        tokens.Set("acme:1", "a");
        tokens.Set("acme:2", "b");
        tokens.Set("globex:1", "c");

        Assert.Equal(2, tokens.RemoveTenant("acme"));
        Assert.Null(tokens.Get("acme:2"));
        Assert.Equal("c", tokens.Get("globex:1"));
    }

    [Fact]
    public void A_hand_written_blob_member_sums_a_folder()
    {
        var shelf = new InMemoryDocumentShelf();
        shelf.Upload("a/1.txt", new byte[3]);
        shelf.Upload("a/2.txt", new byte[4]);
        shelf.Upload("b/3.txt", new byte[5]);

        Assert.Equal(7, shelf.TotalSize("a"));
    }
}
