// Source: https://github.com/ProximoSrl/NStore
// Commit: 33b153eb1294
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample35 rule, fixed before probing: in these repositories, in this order (NEventStore/NEventStore,
//   BrighterCommand/Brighter, ProximoSrl/NStore, yevhen/Streamstone, stratisproject/StratisFullNode,
//   NethermindEth/nethermind, JosefNemec/Playnite, Flow-Launcher/Flow.Launcher, blogifierdotnet/Blogifier,
//   madskristensen/Miniblog.Core, HTBox/allReady, akkadotnet/akka.net, DevToys-app/DevToys, ShareX/ShareX), skipping
//   any the tools do not hold or that are over fetch's limit, and every interface already in the corpus (grep of
//   Corpus/ for its name and source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache|Persistence|Outbox|Inbox|Db)\b` in *.cs, paths sorted
//   ordinally): the first interfaces in ordinal path order not yet in the corpus (at most 2 per repository), outside
//   paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base interface is
//   in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   NethermindEth/nethermind (651 MB) is over fetch's 500 MB limit: skipped. NEventStore, Streamstone, Playnite,
//   Flow.Launcher, Blogifier and Miniblog.Core have no such interface; allReady's only one (ITwitterRepository) is
//   commented out; akka.net's only one (ITestSnapshotStore) is under src/core/Akka.Persistence.TestKit/. Brighter's
//   IAmAnInbox and IAmAnOutbox declare 1 member each (a Tracer setter), NStore's IEnhancedPersistence 1;
//   StratisFullNode's IKeyRepository, INBitcoinBlockRepository and IBlockTransactionMapStore 1 each and
//   ITransactionRepository 2 (it is in the corpus too, transcribed whole beside Corpus/NBitcoin/
//   IColoredTransactionRepository.cs), and its src/NBitcoin/OpenAsset/IColoredTransactionRepository.cs is in the corpus
//   (Corpus/NBitcoin, from MetacoSA/NBitcoin). No other interface of these repositories was in the corpus. So the rule
//   picks 8, in order: Brighter IAmACausationTrackingOutbox and IAmACausationTrackingInbox; NStore IGlobalPersistence
//   and IPartitionPersistence; StratisFullNode IChainStore and IBlockRepository (with its base IBlockStore); DevToys
//   IFileStorage and ISettingsStorage (ShareX not reached).
//   This one: the 2nd of ProximoSrl/NStore (7 members).
// Path: src/NStore.Core/Persistence/IPartitionPersistence.cs (real store: src/NStore.Core/InMemory/InMemoryPersistence.cs
//   and InMemoryPartition.cs; models: Persistence/IChunk.cs, Persistence/ISubscription.cs,
//   Persistence/DuplicateStreamIndexException.cs)
// Adapted: XML comments dropped; IChunk and ISubscription transcribed whole (the ChunkProcessor delegate dropped);
//   DuplicateStreamIndexException cut down to its (streamId, streamIndex) constructor and message. Nullable disabled, as
//   in the source (the project does not enable it).
// Real store: InMemoryPersistence: partitions (streams) of chunks, each chunk with a global Position (1, 2, … in write
//   order), its partition's Index, a Payload and an OperationId. SupportsFillers is true. AppendAsync(partitionId,
//   index, payload, operationId) writes a chunk at the next position, with Index = index (index < 0: the position),
//   OperationId = operationId (null: a new GUID), the payload as given (the default clone function is the identity),
//   and returns it; an operation id already in the partition writes nothing and returns null (idempotency); an index
//   already in the partition throws DuplicateStreamIndexException (and fills the position with an empty chunk of the
//   "::empty" partition). ReadForwardAsync(partitionId, from, subscription, to, limit) calls OnStartAsync(from), pushes
//   the partition's chunks with from <= Index <= to in index order (at most limit) to OnNextAsync (stopping when it
//   answers false), then CompletedAsync(last index pushed, 0 when none); an unknown partition calls nothing at all.
//   ReadBackwardAsync is the same from the top down. ReadSingleBackwardAsync(partitionId, fromUpperIndexInclusive)
//   answers the chunk with the highest Index <= it, null when none or the partition is unknown. DeleteAsync(partitionId,
//   from, to) removes the partition's chunks with from <= Index <= to (and their operation ids: a later append may reuse
//   them); an unknown partition does nothing. ReadByOperationIdAsync(partitionId, operationId) answers the partition's
//   chunk of that operation id, or null. A null partitionId throws ArgumentNullException on the reads.
// Shapes: *=none
// First try (e79390d): incomplete: IMF0001 on all 7 (SupportsFillers: not a property a store holds; ReadForwardAsync,
//   ReadBackwardAsync, ReadSingleBackwardAsync: not known verbs; AppendAsync: 'payload' is not a time to live;
//   DeleteAsync: 'fromLowerIndexInclusive' after the key 'partitionId' is nothing a key-value store knows;
//   ReadByOperationIdAsync: OperationId names none of its parameters) | WRONG: none (nothing generated; the probe stops
//   at SupportsFillers, the script's first line).
// After this round: unchanged, and the refusals are right: an append-only log per partition with positions and
//   indexes the store assigns, idempotent appends by operation id, a duplicate-index error and range deletes. AppendAsync's
//   message names a time to live where the cause is an append of four values (noticed, left: the refusal is right).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NStore.IPartitionPersistenceCase;

public interface IChunk
{
    long Position { get; }
    string PartitionId { get; }
    long Index { get; }
    object Payload { get; }
    string OperationId { get; }
}

public interface ISubscription
{
    Task OnStartAsync(long indexOrPosition);
    Task<bool> OnNextAsync(IChunk chunk);
    Task CompletedAsync(long indexOrPosition);
    Task StoppedAsync(long indexOrPosition);
    Task OnErrorAsync(long indexOrPosition, Exception ex);
}

public class DuplicateStreamIndexException : Exception
{
    public DuplicateStreamIndexException(string streamId, long streamIndex)
        : base($"Duplicated index {streamIndex} on stream {streamId}")
    {
    }
}

[InMemoryFake]
public interface IPartitionPersistence
{
    bool SupportsFillers { get; }

    Task ReadForwardAsync(
        string partitionId,
        long fromLowerIndexInclusive,
        ISubscription subscription,
        long toUpperIndexInclusive,
        int limit,
        CancellationToken cancellationToken
    );

    Task ReadBackwardAsync(
        string partitionId,
        long fromUpperIndexInclusive,
        ISubscription subscription,
        long toLowerIndexInclusive,
        int limit,
        CancellationToken cancellationToken
    );

    Task<IChunk> ReadSingleBackwardAsync(
        string partitionId,
        long fromUpperIndexInclusive,
        CancellationToken cancellationToken
    );

    Task<IChunk> AppendAsync(
        string partitionId,
        long index,
        object payload,
        string operationId,
        CancellationToken cancellationToken
    );

    Task DeleteAsync(
        string partitionId,
        long fromLowerIndexInclusive,
        long toUpperIndexInclusive,
        CancellationToken cancellationToken
    );

    Task<IChunk> ReadByOperationIdAsync(
        string partitionId,
        string operationId,
        CancellationToken cancellationToken
    );
}

public static class Smoke
{
    private sealed class Recorder : ISubscription
    {
        public List<string> Calls { get; } = new();
        public Task OnStartAsync(long indexOrPosition) { Calls.Add("start " + indexOrPosition); return Task.CompletedTask; }
        public Task<bool> OnNextAsync(IChunk chunk) { Calls.Add("next " + chunk.Index + "=" + chunk.Payload); return Task.FromResult(true); }
        public Task CompletedAsync(long indexOrPosition) { Calls.Add("completed " + indexOrPosition); return Task.CompletedTask; }
        public Task StoppedAsync(long indexOrPosition) { Calls.Add("stopped " + indexOrPosition); return Task.CompletedTask; }
        public Task OnErrorAsync(long indexOrPosition, Exception ex) { Calls.Add("error " + indexOrPosition); return Task.CompletedTask; }
    }

    public static async Task RunAsync(IPartitionPersistence persistence)
    {
        var none = CancellationToken.None;
        Check.True(persistence.SupportsFillers, "the in-memory persistence supports fillers");
        Check.Null(await persistence.ReadSingleBackwardAsync("stream-1", long.MaxValue, none), "ReadSingleBackwardAsync of an unknown partition is null");

        var first = Check.NotNull(await persistence.AppendAsync("stream-1", 1, "created", "op-1", none), "AppendAsync returns the chunk written");
        Check.Equal(1L, first.Position, "the first chunk is at position 1");
        Check.Equal(1L, first.Index, "with the index given");
        Check.Equal("op-1", first.OperationId, "and the operation id given");
        var second = Check.NotNull(await persistence.AppendAsync("stream-1", 2, "renamed", "op-2", none), "a second append");
        Check.Equal(2L, second.Position, "is at position 2");
        Check.Null(await persistence.AppendAsync("stream-1", 3, "again", "op-1", none), "an append with an operation id already in the partition writes nothing and returns null");
        await Check.ThrowsAsync<DuplicateStreamIndexException>(() => persistence.AppendAsync("stream-1", 2, "clash", "op-3", none), "an append at an index already written throws DuplicateStreamIndexException");

        var last = Check.NotNull(await persistence.ReadSingleBackwardAsync("stream-1", long.MaxValue, none), "ReadSingleBackwardAsync finds the highest index");
        Check.Equal("renamed", (string)last.Payload, "which is the second chunk");
        Check.Equal("created", (string)Check.NotNull(await persistence.ReadByOperationIdAsync("stream-1", "op-1", none), "ReadByOperationIdAsync finds the chunk of an operation").Payload, "the first chunk");

        var forward = new Recorder();
        await persistence.ReadForwardAsync("stream-1", 0, forward, long.MaxValue, int.MaxValue, none);
        Check.Equal("start 0,next 1=created,next 2=renamed,completed 2", string.Join(",", forward.Calls), "ReadForwardAsync pushes the chunks in index order");
        var backward = new Recorder();
        await persistence.ReadBackwardAsync("stream-1", long.MaxValue, backward, 0, 1, none);
        Check.Equal("start " + long.MaxValue + ",next 2=renamed,completed 2", string.Join(",", backward.Calls), "ReadBackwardAsync pushes from the top, at most limit");

        await persistence.DeleteAsync("stream-1", 1, 1, none);
        Check.Null(await persistence.ReadByOperationIdAsync("stream-1", "op-1", none), "DeleteAsync removes the chunks of the index range");
        var afterDelete = new Recorder();
        await persistence.ReadForwardAsync("stream-1", 0, afterDelete, long.MaxValue, int.MaxValue, none);
        Check.Equal("start 0,next 2=renamed,completed 2", string.Join(",", afterDelete.Calls), "and keeps the others");
    }
}
