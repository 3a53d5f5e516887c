// Source: https://github.com/ledjon-behluli/OrleanSpaces
// Commit: 8a4640f4423b
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample107 rule (the whole rule and the repositories it skipped: Corpus/OrleansLattice/
//   IReplicationHighWaterMarkGrain.cs). This one: the 2nd pick (the 3rd repository listed), and the first interface of
//   the snapshot in path order (none under bench/, src/OrleanSpaces.Analyzers/ or src/OrleanSpaces.Benchmarks/).
// Path: src/OrleanSpaces/Grains/Directors/BoolDirector.cs (IBoolDirector; its members are IStoreDirector<T>'s,
//   src/OrleanSpaces/IStoreDirector.cs), src/OrleanSpaces/StoreTuple.cs, src/OrleanSpaces/TupleAction.cs,
//   src/OrleanSpaces/Tuples/Specialized/BoolTuple.cs (real store: BoolDirector over
//   src/OrleanSpaces/Grains/Directors/BaseDirector.cs, and the store grains of src/OrleanSpaces/Grains/Stores/BaseStore.cs)
// Adapted: the Orleans serializer attributes ([GenerateSerializer], [Immutable], [Id]) dropped; ISpaceTuple cut to its
//   marker; BoolTuple cut to its fields, sequence equality and hash (templates, spans, formatting dropped). Nullable
//   enabled, as in the source (OrleanSpaces.csproj).
// Real store: BoolDirector, a grain with persistent state (DirectorState: the current store id and the set of store-grain
//   keys "{realm}-{storeId:N}"); on activation it makes one empty store (a new Guid) when it has none. Each store grain
//   keeps a List<BoolTuple> in persistent state, at most SpaceServerOptions.PartitioningThreshold tuples.
//   Insert(action) adds action's tuple to the current store (a full one: a new store, new Guid, takes it), publishes the
//   action on the realm's stream with that store id, and answers the store id; the same tuple twice is stored twice.
//   GetAllBatches() answers every stored tuple as StoreTuple(storeId, tuple); GetBatch() yields one array per store,
//   an empty store's too. Remove(action) removes one tuple equal to action.StoreTuple.Tuple from the store named by
//   action.StoreTuple.StoreId (a store it does not know: nothing); when that store is left empty, its key is dropped
//   and, with no store left, a new one (new Guid) becomes current. RemoveAll(agentId) clears every store, starts a new
//   current store and publishes a Clear action for agentId.
// Shapes: GetBatch=18; GetAllBatches=18; Insert=1,13; Remove=1; RemoveAll=4
// First try (6587633c): incomplete: read as a key-value store of TupleAction<BoolTuple> values keyed by
//   TupleAction<BoolTuple> (the key from Remove's parameter, the value from Insert's): IMF0001 GetBatch, GetAllBatches ("'Batch'/'Batches' …
//   is no noun of this store"), Insert ("it returns System.Guid, which is not a key the store can make up (string, Guid,
//   int or long keys)": a wrong cause, Guid is in its own list), RemoveAll ("Clear must take no parameters") | WRONG:
//   Remove(action) was generated as the removal of the entry stored under the action itself, where the real store removes
//   one tuple equal to action.StoreTuple.Tuple from the store grain action.StoreTuple.StoreId names (an action built for
//   the removal, Type Remove, equals no action inserted).
// After this round: Remove is refused (IMF0001: its parameter is a value of the store, what 'Insert' writes alone, and
//   no member reads, checks or writes an entry by such a key), and Insert's refusal names its real cause (the Guid it
//   returns keys nothing the other members take), shown by this file's corpus run. Incomplete, rightly: a partitioned tuple space whose
//   store ids and batches are the director's own.
// After session 35 (h-refusals35): Remove no longer votes for the key type, so the keys are the Guids Insert returns in
//   every namespace (before, the names' order made them the actions here and Guids elsewhere, where Insert was generated
//   as an add under a new Guid); Remove keeps its refusal, now tested in the generator harness (Refusals35Tests), and
//   Insert is refused because no other member reads, checks or removes an entry by a Guid ('RemoveAll' takes one but is
//   about no entry). Same five refusals.
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Orleans;
using Orleans.Concurrency;

namespace Corpus.OrleanSpaces.IBoolDirectorCase;

/// <summary>
/// Marker interface for any space tuple.
/// </summary>
public interface ISpaceTuple
{
}

/// <summary>
/// Represents a tuple which has <see cref="bool"/> field types only.
/// </summary>
public readonly record struct BoolTuple : ISpaceTuple
{
    private readonly bool[] fields;

    public BoolTuple(params bool[]? fields) => this.fields = fields is null ? Array.Empty<bool>() : fields;

    public int Length => fields?.Length ?? 0;

    public bool Equals(BoolTuple other) => (fields ?? Array.Empty<bool>()).AsSpan().SequenceEqual(other.fields ?? Array.Empty<bool>());

    public override int GetHashCode() => fields?.GetHashCode() ?? 0;
}

/// <summary>
/// An <see cref="ISpaceTuple"/> that is part of a tuple store given by the <paramref name="StoreId"/>.
/// </summary>
internal readonly record struct StoreTuple<T>(Guid StoreId, T Tuple) where T : ISpaceTuple;

internal readonly record struct TupleAction<T>(Guid AgentId, StoreTuple<T> StoreTuple, TupleActionType Type) where T : ISpaceTuple;

internal enum TupleActionType
{
    Insert,
    Remove,
    Clear
}

internal interface IStoreDirector<T>
     where T : ISpaceTuple
{
    [ReadOnly] IAsyncEnumerable<ImmutableArray<StoreTuple<T>>> GetBatch();
    [ReadOnly] Task<ImmutableArray<StoreTuple<T>>> GetAllBatches();

    Task<Guid> Insert(TupleAction<T> action);
    Task Remove(TupleAction<T> action);
    Task RemoveAll(Guid agentId);
}

[InMemoryFake]
internal interface IBoolDirector : IStoreDirector<BoolTuple>, IGrainWithStringKey { }

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object director) => RunCoreAsync((IBoolDirector)director);

    private static async Task RunCoreAsync(IBoolDirector director)
    {
        var agent = Guid.Parse("0b6f1f8e-3c55-4d8e-9a3e-0f4c2d1b7a10");
        Check.Equal(0, (await director.GetAllBatches()).Length, "a new director holds no tuple");

        var yes = new BoolTuple(true, false);
        var no = new BoolTuple(false);
        var storeId = await director.Insert(new TupleAction<BoolTuple>(agent, new StoreTuple<BoolTuple>(Guid.Empty, yes), TupleActionType.Insert));
        Check.True(storeId != Guid.Empty, "Insert answers the id of the store that took the tuple");
        var again = await director.Insert(new TupleAction<BoolTuple>(agent, new StoreTuple<BoolTuple>(Guid.Empty, no), TupleActionType.Insert));
        Check.Equal(storeId, again, "the current store, not full, takes the next tuple too");

        var all = await director.GetAllBatches();
        Check.Equal(2, all.Length, "GetAllBatches answers every stored tuple");
        Check.True(all.Contains(new StoreTuple<BoolTuple>(storeId, yes)) && all.Contains(new StoreTuple<BoolTuple>(storeId, no)), "each with the id of its store");

        await director.Remove(new TupleAction<BoolTuple>(agent, new StoreTuple<BoolTuple>(storeId, yes), TupleActionType.Remove));
        var left = await director.GetAllBatches();
        Check.Equal(1, left.Length, "Remove takes the tuple off its store");
        Check.Equal(no, left[0].Tuple, "and leaves the other");

        await director.RemoveAll(agent);
        Check.Equal(0, (await director.GetAllBatches()).Length, "RemoveAll clears every store");
    }
}
