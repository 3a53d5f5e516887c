// Source: https://github.com/akkadotnet/Akka.Persistence.Sql
// Commit: 35ec93c85faf
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
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
//   This one: the 3rd pick (Akka.Persistence.Sql; 3 members of its own and 2 of IJournalDaoWithReadMessages, its base in
//   the same repository; the four interfaces before it in path order hold configuration values).
// Path: src/Akka.Persistence.Sql/Journal/Dao/IJournalDao.cs (base: IJournalDaoWithReadMessages.cs beside it;
//   implementation: BaseByteArrayJournalDao.cs and BaseJournalDaoWithReadMessages.cs, ByteArrayJournalDao.cs; model:
//   Journal/Types/ReplayCompletion.cs)
// Adapted: Akka's IPersistentRepresentation, Persistent and AtomicWrite cut down to the payload, sequence number and
//   persistence id (AtomicWrite computes its persistence id and lowest and highest sequence numbers from its payload, as
//   Akka's does); Akka.Streams' Source<TOut, TMat>, Akka.Util's Try<T> and Option<T>, NotUsed and IScheduler are
//   stand-ins without members (a stream needs an actor system to run); ReplayCompletion keeps its fields and first
//   constructor. Nullable enabled, as in the source (src/Directory.Build.props).
// Real store: ByteArrayJournalDao over the SQL journal table (linq2db), one row per event (persistence id, sequence
//   number, ordering, deleted flag, tags). AsyncWriteMessages(messages) serializes each AtomicWrite's events and queues
//   their rows for a batched insert, then answers one entry per AtomicWrite: null when it was stored, the serialization
//   error otherwise (a failed insert fails the task). HighestSequenceNr(persistenceId, fromSequenceNr) answers the highest
//   sequence number of the id's rows above fromSequenceNr (rows marked deleted too), else 0. Delete(persistenceId,
//   toSequenceNr) marks the id's rows up to toSequenceNr deleted, then deletes all but the highest marked one, so the
//   highest sequence number is never reused. Messages(persistenceId, from, to, max) streams the undeleted rows between
//   from and to, in sequence order, at most max; MessagesWithBatch pages through Messages, batchSize at a time, polling
//   on refreshInterval when it has one.
// Shapes: *=none
// First try (45df1faa): incomplete, nothing generated (read as a key-value store keyed by the string persistence id):
//   IMF0001 on Messages, MessagesWithBatch, HighestSequenceNr, AsyncWriteMessages ("not a known verb") and Delete ("its
//   parameter 'toSequenceNr' (long) after the key 'persistenceId' is nothing a key-value store knows") | WRONG: none.
// After this round: unchanged, and rightly refused: an event journal whose sequence numbers, soft deletes that keep the
//   highest row, and streams are the journal's own. Its neighbour written as a derived query,
//   GetByPersistenceIdAndSequenceNumber(persistenceId, fromSequenceNumber), compared SequenceNumber == fromSequenceNumber
//   silently, and is refused now (IMF0018: docs/generator.md, Bounds; Sample94Tests).
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AkkaPersistenceSql.IJournalDaoCase;

// Akka.Persistence
public interface IPersistentRepresentation
{
    object Payload { get; }

    long SequenceNr { get; }

    string PersistenceId { get; }
}

public sealed class Persistent : IPersistentRepresentation
{
    public Persistent(object payload, long sequenceNr = 0L, string? persistenceId = null)
    {
        Payload = payload;
        SequenceNr = sequenceNr;
        PersistenceId = persistenceId ?? string.Empty;
    }

    public object Payload { get; }

    public long SequenceNr { get; }

    public string PersistenceId { get; }
}

public sealed class AtomicWrite
{
    public AtomicWrite(IImmutableList<IPersistentRepresentation> payload)
    {
        if (payload.Count == 0)
        {
            throw new ArgumentException("Payload of AtomicWrite must not be empty.", nameof(payload));
        }

        Payload = payload;
        PersistenceId = payload[0].PersistenceId;
        LowestSequenceNr = payload[0].SequenceNr;
        HighestSequenceNr = payload[payload.Count - 1].SequenceNr;
    }

    public object Payload { get; }

    public string PersistenceId { get; }

    public long LowestSequenceNr { get; }

    public long HighestSequenceNr { get; }
}

// Akka (Akka.Util, Akka.Actor) and Akka.Streams: stand-ins without members.
public sealed class NotUsed
{
    public static readonly NotUsed Instance = new();

    private NotUsed()
    {
    }
}

public sealed class Source<TOut, TMat>
{
}

public sealed class Try<T>
{
}

public readonly struct Option<T>
{
}

public interface IScheduler
{
}

public sealed class ReplayCompletion
{
    public readonly long Ordering;

    public readonly IPersistentRepresentation Representation;

    public readonly string[] Tags;

    public ReplayCompletion(
        IPersistentRepresentation representation,
        string[] tags,
        long ordering)
    {
        Representation = representation;
        Ordering = ordering;
        Tags = tags;
    }
}

public interface IJournalDaoWithReadMessages
{
    Task<Source<Try<ReplayCompletion>, NotUsed>> Messages(
        string persistenceId,
        long fromSequenceNr,
        long toSequenceNr,
        long max);

    Source<Try<ReplayCompletion>, NotUsed> MessagesWithBatch(
        string persistenceId,
        long fromSequenceNr,
        long toSequenceNr,
        int batchSize,
        Option<(TimeSpan duration, IScheduler scheduler)> refreshInterval);
}

[InMemoryFake]
public interface IJournalDao : IJournalDaoWithReadMessages
{
    Task Delete(
        string persistenceId,
        long toSequenceNr);

    Task<long> HighestSequenceNr(
        string persistenceId,
        long fromSequenceNr);

    Task<IImmutableList<Exception>> AsyncWriteMessages(
        IEnumerable<AtomicWrite> messages,
        long timeStamp = 0);
}

public static class Smoke
{
    private static AtomicWrite Write(string persistenceId, params long[] sequenceNrs) =>
        new(sequenceNrs.Select(nr => (IPersistentRepresentation)new Persistent("event " + nr, nr, persistenceId)).ToImmutableList());

    // Messages and MessagesWithBatch answer Akka.Streams sources, which need an actor system to run: the script reads the
    // journal through HighestSequenceNr.
    public static async Task RunAsync(IJournalDao journal)
    {
        Check.Equal(0L, await journal.HighestSequenceNr("order-1", 0), "HighestSequenceNr of a persistence id with no event is 0");

        var rejections = await journal.AsyncWriteMessages([Write("order-1", 1, 2), Write("order-1", 3), Write("order-2", 1)]);
        Check.Equal(3, rejections.Count, "AsyncWriteMessages answers one entry per AtomicWrite");
        Check.True(rejections.All(static r => r is null), "null for each write that was stored");
        Check.Equal(3L, await journal.HighestSequenceNr("order-1", 0), "HighestSequenceNr answers the highest sequence number written");
        Check.Equal(1L, await journal.HighestSequenceNr("order-2", 0), "of that persistence id only");
        Check.Equal(3L, await journal.HighestSequenceNr("order-1", 2), "among those above fromSequenceNr");
        Check.Equal(0L, await journal.HighestSequenceNr("order-1", 3), "and 0 when none is above it");

        await journal.Delete("order-1", 3);
        Check.Equal(3L, await journal.HighestSequenceNr("order-1", 0), "Delete keeps the highest row (marked deleted), so the sequence number is not reused");
        Check.Equal(1L, await journal.HighestSequenceNr("order-2", 0), "and leaves other persistence ids alone");

        await journal.AsyncWriteMessages([Write("order-1", 4)]);
        Check.Equal(4L, await journal.HighestSequenceNr("order-1", 0), "writing goes on after a Delete");
    }
}
