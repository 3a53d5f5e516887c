// Source: https://github.com/Particular/NServiceBus.Persistence.AzureTable
// Commit: e423b34f4d19
// Licence: RPL-1.5 (Particular Software's LICENSE.md: the Reciprocal Public License 1.5, or Particular's commercial
//   agreement; an interface signature and minimal models transcribed for a test)
// Sample: h-sample94 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Persistence") lists, in its order, keeping those with C# files (find_files(repo, ext="cs") with rows;
//   then find_repos("Storage") if that list ran out: it did not); in each, at its newest stored snapshot (fetch, then
//   git grep of interface declarations in *.cs, paths in git's order), the first C# interface outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5.
//   The walk, every skip and why: Corpus/NServiceBusPersistenceSql/ISqlOutboxTransaction.cs and docs/generator.md,
//   h-sample94. The 5 picks, in order: NServiceBus.Persistence.Sql ISqlOutboxTransaction, PersistenceMap ILoggerFactory,
//   Akka.Persistence.Sql IJournalDao, NServiceBus.Persistence.AzureTable IAzureTableStorageSession,
//   NServiceBus.Persistence.CosmosDB ICosmosStorageSession.
//   This one: the 4th pick (NServiceBus.Persistence.AzureTable; 3 members; the three interfaces before it in path order
//   declare 1 member each).
// Path: src/NServiceBus.Persistence.AzureTable/SynchronizedStorage/IAzureTableStorageSession.cs (implementations:
//   StorageSession.cs, and AzureStorageSynchronizedStorageSession.cs, which hands on to it; IWorkWithSharedTransactionalBatch
//   beside it)
// Adapted: Azure.Data.Tables' TableClient cut to its name, TableTransactionAction to its action type and entity
//   (TableTransactionActionType whole). Nullable disabled, as in the source project (none set).
// Real store: StorageSession, one per handled message, over the Azure table of the message's context. Table answers the
//   TableClient resolved from the context's TableInformation (null without one); PartitionKey the context's
//   TableEntityPartitionKey (null without one). Batch is the session's own List<TableTransactionAction>, the same list on
//   every read, empty when the session opens: a handler adds actions to it, and the session's Commit runs them as one
//   transactional batch per partition beside the saga and outbox operations; Dispose clears it.
// Shapes: *=none
// First try (45df1faa): incomplete, nothing generated: IMF0009 on the interface ("Entity type 'TableTransactionAction'
//   used by IAzureTableStorageSession has no key", read from Batch's element type) | WRONG: none.
// After this round: unchanged, and rightly refused: a session that hands out the context's table, partition key and its
//   own list of pending actions; none is a row a fake keeps. Given the key its hint asks for (Key = "…" on the
//   attribute), each property is IMF0001 with its own reason (a list a caller adds to, a client, a setting), as the probe
//   checked.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NServiceBusPersistenceAzureTable.IAzureTableStorageSessionCase;

// Azure.Data.Tables: stand-ins with the members the script uses.
public class TableClient
{
    public TableClient(string tableName)
    {
        Name = tableName;
    }

    public virtual string Name { get; }
}

public enum TableTransactionActionType
{
    Add = 0,
    UpdateMerge = 1,
    UpdateReplace = 2,
    Delete = 3,
    UpsertMerge = 4,
    UpsertReplace = 5
}

public class TableTransactionAction
{
    public TableTransactionAction(TableTransactionActionType actionType, object entity)
    {
        ActionType = actionType;
        Entity = entity;
    }

    public TableTransactionActionType ActionType { get; }

    public object Entity { get; }
}

/// <summary>
/// Exposes the current batch as well the partition key and the table that
/// are managed by NServiceBus.
/// </summary>
[InMemoryFake]
public interface IAzureTableStorageSession
{
    /// <summary>
    /// The table that will be used to store the batched items.
    /// </summary>
    TableClient Table { get; }

    /// <summary>
    /// The transactional batch that can be used to store items.
    /// </summary>
    /// <remarks>The transactional batch exposed delays the actual batch operations until the transaction is completed.</remarks>
    List<TableTransactionAction> Batch { get; }

    /// <summary>
    /// The partition key under which all batched items will be stored.
    /// </summary>
    string PartitionKey { get; }
}

public static class Smoke
{
    // The session the script gets is one opened for a message whose context set neither a table nor a partition key
    // (TableInformation, TableEntityPartitionKey): NServiceBus then leaves both null.
    public static Task RunAsync(IAzureTableStorageSession session)
    {
        Check.NotNull(session.Batch, "a session always has a batch");
        Check.Equal(0, session.Batch.Count, "empty when the session opens");
        session.Batch.Add(new TableTransactionAction(TableTransactionActionType.Add, "order-1"));
        Check.Equal(1, session.Batch.Count, "the batch is the session's own list: an action added to it is there on the next read");
        Check.True(ReferenceEquals(session.Batch, session.Batch), "every read answers the same list");

        Check.Null(session.Table, "without a table in the context the session has none");
        Check.Null(session.PartitionKey, "without a partition key in the context the session has none");
        return Task.CompletedTask;
    }
}
