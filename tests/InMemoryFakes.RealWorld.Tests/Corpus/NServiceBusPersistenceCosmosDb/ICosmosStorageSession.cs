// Source: https://github.com/Particular/NServiceBus.Persistence.CosmosDB
// Commit: 24789bdaddcc
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
//   This one: the 5th pick (NServiceBus.Persistence.CosmosDB; 4 members; IProvideCosmosClient before it declares 1).
// Path: src/NServiceBus.Persistence.CosmosDB/SynchronizedStorage/ICosmosStorageSession.cs (implementation:
//   SharedTransactionalBatch.cs beside it, over IWorkWithSharedTransactionalBatch)
// Adapted: Microsoft.Azure.Cosmos' PartitionKey (a value compared by its value), PartitionKeyPath, Container and
//   TransactionalBatch cut to what the script uses (TransactionalBatch to CreateItem and DeleteItem). Nullable disabled,
//   as in the source project (none set).
// Real store: SharedTransactionalBatch, one per handled message: a TransactionalBatch of its own that delegates every
//   operation to the storage session (CreateItem, UpsertItem, ReplaceItem, DeleteItem, PatchItem… each adds an operation
//   under the session's partition key and answers the batch itself; ExecuteAsync throws InvalidOperationException, the
//   session executes the batch when it completes). Batch answers that batch itself; PartitionKey the partition key the
//   message's context gave; Container and PartitionKeyPath the session's (the container configured or given by the
//   context).
// Shapes: *=none
// First try (45df1faa): incomplete, nothing generated: IMF0001 on PartitionKey, PartitionKeyPath, Container and Batch
//   ("only Count, IsEmpty/HasItems, Keys, Values and a settings object are supported") | WRONG: none.
// After this round: unchanged, and rightly refused: what the session hands out is the message's context and the
//   configured container, and its batch records operations for the session to run; no table of the fake holds them.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NServiceBusPersistenceCosmosDb.ICosmosStorageSessionCase;

// Microsoft.Azure.Cosmos: stand-ins with the members the script uses.
public readonly struct PartitionKey : IEquatable<PartitionKey>
{
    private readonly string value;

    public PartitionKey(string partitionKeyValue)
    {
        value = partitionKeyValue;
    }

    public static readonly PartitionKey None = default;

    public bool Equals(PartitionKey other) => string.Equals(value, other.value, StringComparison.Ordinal);

    public override bool Equals(object obj) => obj is PartitionKey other && Equals(other);

    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    public override string ToString() => "[\"" + value + "\"]";
}

public readonly struct PartitionKeyPath
{
    public PartitionKeyPath(string partitionKeyPath)
    {
        Value = partitionKeyPath;
    }

    public string Value { get; }
}

public abstract class Container
{
    public abstract string Id { get; }
}

public abstract class TransactionalBatch
{
    public abstract TransactionalBatch CreateItem<T>(T item);

    public abstract TransactionalBatch DeleteItem(string id);
}

/// <summary>
/// Exposes the current <see cref="TransactionalBatch"/> as well the partition key, path and the container that
/// are managed by NServiceBus.
/// </summary>
[InMemoryFake]
public interface ICosmosStorageSession
{
    /// <summary>
    /// The partition key under which all batched items will be stored.
    /// </summary>
    PartitionKey PartitionKey { get; }

    /// <summary>
    /// The partition key path of the container.
    /// </summary>
    PartitionKeyPath PartitionKeyPath { get; }

    /// <summary>
    /// The container that will be used to store the batched items.
    /// </summary>
    Container Container { get; }

    /// <summary>
    /// The transactional batch that can be used to store items.
    /// </summary>
    /// <remarks>The transactional batch exposed delays the actual batch operations until the transaction is completed.</remarks>
    TransactionalBatch Batch { get; }
}

public static class Smoke
{
    // What a session holds comes from the message's context (its partition key) and the configured container; the script
    // checks what holds for every session: the batch is the session's own, the same on every read, and chains.
    public static Task RunAsync(ICosmosStorageSession session)
    {
        var batch = session.Batch;
        Check.NotNull(batch, "a session always has a batch");
        Check.True(ReferenceEquals(batch, session.Batch), "every read answers the same batch");
        Check.True(ReferenceEquals(batch, batch.CreateItem("order-1")), "whose operations answer the batch itself, to chain them");
        return Task.CompletedTask;
    }
}
