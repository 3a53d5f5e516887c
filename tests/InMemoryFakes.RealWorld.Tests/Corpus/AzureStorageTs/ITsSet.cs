// Source: https://github.com/chandandas/Azure.Storage
// Commit: 5a4aa8d2d77c
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample93 rule (Corpus/CosmosFramework/ICommandBinder.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 5th pick, from find_repos("Azure.Storage") (the 8th repository it lists; the ones before it have no
//   interface, no C# or no licence file); the first interface of the repository in path order.
// Path: src/Azure.Storage.Table/ITsSet.cs (implementation: TsSet.cs over ITsTable.cs / TsTable.cs, a CloudTable of
//   WindowsAzure.Storage; TsQuery.cs; entity: src/Azure.Storage.Specs/TestClasses/TestingEntity.cs and query
//   FindByPartitionKey.cs, the repository's only entity and query, under its specs)
// Adapted: closed over the specs' TestingEntity on a partial class ([InMemoryFake(typeof(ITsSet<TestingEntity>))]);
//   TestingEntity keeps its three-argument constructor and MyProperty; TableEntity is WindowsAzure.Storage's
//   (Support/AzureStorageTypes.cs). FindByPartitionKey writes the filter TableQuery.GenerateFilterCondition makes.
//   Nullable disabled, as in the source.
// Real store: an Azure Table. FindAsync(partitionKey, rowKey) is TableOperation.Retrieve: the row, or null.
//   AddAsync(entity) is Insert: a row of those keys already stored throws StorageException (409 Conflict); the entity
//   gets the row's ETag and Timestamp. UpdateAsync(entity) is InsertOrMerge: a row not stored is inserted, a stored one
//   gets the entity's properties (merged over the stored row). DeleteAsync(entity) is TableOperation.Delete inside a
//   try/catch that ignores every exception: the row is removed when the entity's ETag matches the stored row's (or is
//   "*"); a row not stored (404), a stale ETag (412) and an entity without an ETag (ArgumentException before any
//   request) all remove nothing and throw nothing. QueryAsync(query) runs query.Query, an OData filter string
//   (up to 500 rows a segment, every segment read).
// Shapes: *=4; QueryAsync=2
// First try (45df1faa): incomplete: IMF0001 DeleteAsync (a removal by entity that returns nothing: MissingDelete must
//   say what it does for an entity not stored), QueryAsync ('Query' is not a known verb); generated: FindAsync (the
//   row by (PartitionKey, RowKey), null when none), AddAsync (an insert; stored keys: the duplicate-key error),
//   UpdateAsync (an update by the keys) | WRONG: UpdateAsync of a row not stored throws the not-found error, where the
//   real InsertOrMerge inserts it (loud: the documented default of an update by entity, which MissingUpdate = Insert
//   states otherwise).
// After this round: unchanged, and the refusals are right: QueryAsync runs an OData filter string the fake cannot
//   read, and DeleteAsync swallows every failure, so an entity without an ETag or with a stale one removes nothing
//   and throws nothing, which MissingDelete = Ignore states only for a row not stored. Stating MissingUpdate = Insert
//   would make UpdateAsync insert, but the fake stays incomplete, so the file keeps the source's declaration.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.WindowsAzure.Storage.Table;

namespace Corpus.AzureStorageTs.ITsSetCase;

public class TestingEntity : TableEntity
{
    public TestingEntity()
    {
    }

    public TestingEntity(string partitionKey, string rowKey, string value)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
        MyProperty = value;
    }

    public string MyProperty { get; set; }
}

public abstract class TsQuery
{
    protected TsQuery(string query)
    {
        if (query == null)
            throw new ArgumentNullException("query");

        Query = query;
    }

    public string Query { get; private set; }
}

public class FindByPartitionKey : TsQuery
{
    public FindByPartitionKey(string value)
        : base("PartitionKey eq '" + value + "'")
    {
    }
}

public interface ITsSet<T>
{
    Task<T> FindAsync(string partitionKey, string rowKey);
    Task AddAsync(T entity);
    Task UpdateAsync(T entity);
    Task DeleteAsync(T entity);
    Task<IEnumerable<T>> QueryAsync(TsQuery query);
}

[InMemoryFake(typeof(ITsSet<TestingEntity>))]
public partial class TestingEntitySetFake;

public static class Smoke
{
    public static async Task RunAsync(ITsSet<TestingEntity> set)
    {
        Check.Null(await set.FindAsync("p1", "r1"), "FindAsync of a row not stored is null");

        await set.AddAsync(new TestingEntity("p1", "r1", "one"));
        Check.Equal("one", (await set.FindAsync("p1", "r1"))?.MyProperty, "AddAsync inserts the row");
        await Check.ThrowsAsync<Exception>(() => set.AddAsync(new TestingEntity("p1", "r1", "again")), "AddAsync of stored keys throws (409)");
        Check.Equal("one", (await set.FindAsync("p1", "r1"))?.MyProperty, "and keeps the stored row");

        await set.UpdateAsync(new TestingEntity("p1", "r1", "changed"));
        Check.Equal("changed", (await set.FindAsync("p1", "r1"))?.MyProperty, "UpdateAsync writes over a stored row");
        await set.UpdateAsync(new TestingEntity("p1", "r2", "two"));
        Check.Equal("two", (await set.FindAsync("p1", "r2"))?.MyProperty, "UpdateAsync of a row not stored inserts it");

        await set.DeleteAsync(new TestingEntity("p1", "r2", "two"));
        Check.Equal("two", (await set.FindAsync("p1", "r2"))?.MyProperty, "DeleteAsync of an entity without an ETag removes nothing");
        var stored = await set.FindAsync("p1", "r2");
        await set.DeleteAsync(stored);
        Check.Null(await set.FindAsync("p1", "r2"), "DeleteAsync of the row as read removes it");
        await set.DeleteAsync(stored);
        Check.Null(await set.FindAsync("p1", "r2"), "DeleteAsync of a row not stored throws nothing");

        await set.AddAsync(new TestingEntity("p2", "r1", "other"));
        var rows = (await set.QueryAsync(new FindByPartitionKey("p1"))).ToList();
        Check.Equal("r1", string.Join(",", rows.Select(static r => r.RowKey)), "QueryAsync runs the filter: the rows of partition p1");
    }
}
