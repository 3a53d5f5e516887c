using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Azure;
using Azure.Data.Tables;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Azure Table Storage: an entity is identified by PartitionKey and RowKey together (ITableEntity). A wrapper service as
// the Azure Tables tutorials write one over TableClient.

public sealed class CustomerRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Email { get; set; }
}

[InMemoryFake]
public interface ITableStorageService
{
    Task<CustomerRow?> GetEntityAsync(string partitionKey, string rowKey);

    Task<IEnumerable<CustomerRow>> GetEntitiesAsync(string partitionKey);

    Task UpsertEntityAsync(CustomerRow entity);

    Task DeleteEntityAsync(string partitionKey, string rowKey);
}

public sealed class TableEntityKeyTests
{
    [Fact]
    public async Task A_table_entitys_lists_come_sorted_by_partition_key_then_row_key_as_the_service_returns_them()
    {
        ITableStorageService table = new InMemoryTableStorageService();
        foreach (var (partition, row) in new[] { ("nl", "b"), ("de", "z"), ("nl", "a"), ("nl", "C") })
        {
            await table.UpsertEntityAsync(new CustomerRow { PartitionKey = partition, RowKey = row });
        }

        // Ordinal: "C" (0x43) sorts before "a" (0x61), as the service compares keys.
        Assert.Equal(new[] { "C", "a", "b" }, (await table.GetEntitiesAsync("nl")).Select(static r => r.RowKey));
    }

    [Fact]
    public async Task A_table_entity_is_identified_by_its_partition_key_and_row_key_together()
    {
        ITableStorageService table = new InMemoryTableStorageService();
        await table.UpsertEntityAsync(new CustomerRow { PartitionKey = "nl", RowKey = "1", Email = "ann@example.nl" });
        await table.UpsertEntityAsync(new CustomerRow { PartitionKey = "de", RowKey = "1", Email = "bob@example.de" });
        await table.UpsertEntityAsync(new CustomerRow { PartitionKey = "nl", RowKey = "2", Email = "cas@example.nl" });
        await table.UpsertEntityAsync(new CustomerRow { PartitionKey = "nl", RowKey = "1", Email = "ann@example.com" });

        Assert.Equal("ann@example.com", (await table.GetEntityAsync("nl", "1"))?.Email);
        Assert.Equal("bob@example.de", (await table.GetEntityAsync("de", "1"))?.Email);
        Assert.Equal(new[] { "1", "2" }, (await table.GetEntitiesAsync("nl")).Select(static r => r.RowKey));

        await table.DeleteEntityAsync("nl", "1");
        Assert.Null(await table.GetEntityAsync("nl", "1"));
        Assert.NotNull(await table.GetEntityAsync("de", "1"));
    }
}
