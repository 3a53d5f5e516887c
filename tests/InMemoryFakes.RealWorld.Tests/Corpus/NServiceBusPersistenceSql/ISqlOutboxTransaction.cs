// Source: https://github.com/Particular/NServiceBus.Persistence.Sql
// Commit: d1ecdedac138
// Licence: RPL-1.5 (Particular Software's LICENSE.md: the Reciprocal Public License 1.5, or Particular's commercial
//   agreement; an interface signature and minimal models transcribed for a test)
// Sample: h-sample94 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Persistence") lists, in its order, keeping those with C# files (find_files(repo, ext="cs") with rows;
//   then find_repos("Storage") if that list ran out: it did not); in each, at its newest stored snapshot (fetch, then
//   git grep of interface declarations in *.cs, paths in git's order), the first C# interface outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5.
//   The walk (the first 36 repositories listed): Blazebit/blaze-persistence, exedio/persistence,
//   Evans-Software-Solutions-Limited/persistence-backend-sst, vladmihalcea/high-performance-java-persistence: no C#;
//   Particular/NServiceBus.Persistence.Sql: ISagaScriptWriter (writes script text), IConnectionManager (builds
//   connections) and IAsyncTimer (2 members) keep no state, ISqlOutboxTransaction is the 1st pick (this file);
//   Relentless-Persistence/SprintZero, kenshoo/persistence-layer, atlasapi/atlas-persistence,
//   jinahya/oracle-sample-schemas-persistence, jinahya/jinahya-persistence,
//   bloominstituteoftechnology/web-sprint-challenge-adding-data-persistence, prodigasistemas/gsan-persistence,
//   jakartaee/persistence, persistenceOne/pstake-native, vladmihalcea/hypersistence-utils: no C#;
//   PersistenceMap/PersistenceMap: IProcedureQueryExpression and IProcedureQueryExpression<T> (fluent query builders:
//   they hold the query being built, not data), IQueryExecuter (1 member), the Sqlite IDatabaseQueryExpression and
//   ITableQueryExpression<T> (builders), ILogWriter (1 member), then ILoggerFactory, the 2nd pick (LoggerFactory keeps a
//   Dictionary of writers); invesdwin/invesdwin-context-persistence, eclipse-fennec/emf.persistence-jpa,
//   songuu/tech-persistence: no C#; akkadotnet/Akka.Persistence.Sql: IProviderConfig, IProviderConfig<TTable>,
//   IPluginConfig, IDaoConfig (configuration values) skipped, IJournalDao the 3rd; akka/akka-persistence-jdbc,
//   rendyrobbani/keuangan-persistence, Laustrup/BandwichPersistence: no C#; Particular/NServiceBus.Persistence.AzureTable:
//   IProvideTableServiceClient, IProvideTableServiceClientForSubscriptions, IProvidePartitionKeyFromSagaId (1 member
//   each), IAzureTableStorageSession the 4th; persistenceOne/persistenceJS, persistenceOne/persistenceCore,
//   SOFTNETWORK-APP/generic-persistence-api, akka/akka-persistence-cassandra, arquillian/arquillian-extension-persistence,
//   nawsaafa/persistence-os, j5ik2o/akka-persistence-dynamodb, persistenceOne/comdexCrust, LittleStarZzz1/persistence,
//   MyJetTools/my-service-bus-persistence, persistenceOne/persistenceBridge: no C#;
//   Particular/NServiceBus.Persistence.CosmosDB: IProvideCosmosClient (1 member), ICosmosStorageSession the 5th. Stop.
//   Licences: the three Particular repositories' LICENSE.md (RPL-1.5, or Particular's commercial agreement), Ms-PL,
//   Apache-2.0: each allows transcribing a signature. Read in full in docs/generator-rounds.md, h-sample94.
//   This one: the 1st pick (NServiceBus.Persistence.Sql; 5 members of its own, 3 of IOutboxTransaction: Commit, Dispose,
//   DisposeAsync).
// Path: src/SqlPersistence/Outbox/ISqlOutboxTransaction.cs (internal; implementations AdoNetSqlOutboxTransaction.cs and
//   TransactionScopeSqlOutboxTransaction.cs beside it, writing through OptimisticConcurrencyControlStrategy.cs or
//   PessimisticConcurrencyControlStrategy.cs; IOutboxTransaction, OutboxMessage and TransportOperation from
//   Particular/NServiceBus at 1d534882dd43, src/NServiceBus.Core/Reliability/Outbox/)
// Adapted: ContextBag is an empty class; TransportOperation keeps its message id and body (DispatchProperties and the
//   headers dropped); IOutboxTransaction is declared beside the interface. Nullable disabled, as in the source project
//   (SqlPersistence.csproj sets none; NServiceBus's IOutboxTransaction is #nullable enable, with no reference type).
// Real store: one outbox transaction per incoming message, over the endpoint's SQL database. Transaction and Connection
//   are null until Begin. Prepare(context): nothing in the ADO.NET transaction; the TransactionScope one opens a
//   TransactionScope (RequiresNew) and keeps the ambient transaction. Begin(context): opens a connection for the context's
//   incoming message, begins a DbTransaction at the configured isolation level (or enlists in the scope), and under
//   pessimistic concurrency inserts the outbox row of the message id. Complete(outboxMessage, context): writes the
//   message's transport operations as JSON to its outbox row (optimistic: an insert; pessimistic: an update of the row
//   Begin inserted). Commit(): DbTransaction.Commit (or completes and disposes the scope). Dispose/DisposeAsync: dispose
//   the transaction and the connection and set both to null.
// Shapes: *=none; Dispose=17; DisposeAsync=17
// First try (45df1faa): incomplete: IMF0001 on Transaction, Connection ("only Count, IsEmpty/HasItems, Keys, Values and a
//   settings object are supported"), Prepare, Begin, Complete, Commit ("not a known verb"); Dispose and DisposeAsync
//   generated (no-ops) | WRONG: none (the probe stops at Transaction, the script's first line).
// After this round: unchanged, and rightly refused: a transaction over the endpoint's database connection, which the
//   fake has no table for; what Begin opens and Complete writes is the SQL dialect's and the concurrency strategy's.
#nullable disable

using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NServiceBusPersistenceSql.ISqlOutboxTransactionCase;

public class ContextBag
{
}

public class TransportOperation
{
    public TransportOperation(string messageId, ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);

        MessageId = messageId;
        Body = body;
    }

    public string MessageId { get; }

    public ReadOnlyMemory<byte> Body { get; }
}

public class OutboxMessage
{
    public OutboxMessage(string messageId, TransportOperation[] operations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(operations);

        MessageId = messageId;
        TransportOperations = operations;
    }

    public string MessageId { get; }

    public TransportOperation[] TransportOperations { get; }
}

public interface IOutboxTransaction : IDisposable, IAsyncDisposable
{
    Task Commit(CancellationToken cancellationToken = default);
}

[InMemoryFake]
interface ISqlOutboxTransaction : IOutboxTransaction
{
    DbTransaction Transaction { get; }
    DbConnection Connection { get; }

    // Prepare is deliberately kept sync to allow floating of TxScope where needed
    void Prepare(ContextBag context);
    Task Begin(ContextBag context, CancellationToken cancellationToken = default);
    Task Complete(OutboxMessage outboxMessage, ContextBag context, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object transaction) => RunCoreAsync((ISqlOutboxTransaction)transaction);

    // Begin opens a connection for the incoming message in the context and Complete writes the outbox row through it:
    // neither can run without a database, so the script checks what the transaction does before Begin and after Dispose.
    private static async Task RunCoreAsync(ISqlOutboxTransaction transaction)
    {
        Check.Null(transaction.Transaction, "a transaction not begun has no DbTransaction");
        Check.Null(transaction.Connection, "and no DbConnection");

        transaction.Prepare(new ContextBag());
        Check.Null(transaction.Transaction, "Prepare of an ADO.NET outbox transaction does nothing (the TransactionScope one starts a scope)");
        Check.Null(transaction.Connection, "it opens no connection either");

        transaction.Dispose();
        Check.Null(transaction.Connection, "Dispose leaves no connection");
        transaction.Dispose();
        await transaction.DisposeAsync();
        Check.Null(transaction.Transaction, "a second Dispose and a DisposeAsync do nothing more");
    }
}
