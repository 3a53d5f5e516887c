// Source: https://github.com/dotnet/orleans
// Commit: the Microsoft.Orleans.Core 10.4.2 package this project references (interface transcribed first at e558829b0b0f)
// Licence: MIT
// Path: src/Orleans.Core/Providers/IGrainStorage.cs (src/Orleans.Core/CodeGeneration/IGrainState.cs)
// Adapted (h-corpus3, session of 2026-12-04): the fake is now declared over the real Orleans.Storage.IGrainStorage
//   ([InMemoryFake(typeof(IGrainStorage))], Orleans' own GrainId, IGrainState<T>, GrainState<T> and
//   InconsistentStateException), as a user who meets the refusal does: docs/generator.md "Framework stores" has a rule for
//   this interface, matched by its full name (Conventions.FrameworkETagStateStores), and the look-alike copy this file
//   held before (GrainId cut down to two strings, in the file's own namespace) was refused on purpose (IMF0001
//   ReadStateAsync, WriteStateAsync, ClearStateAsync: an ETag contract no signature shows). The smoke script is the same
//   walk, on the real types; a stale write now asserts Orleans' own InconsistentStateException.
// Real store: src/Orleans.Persistence.Memory/Storage/MemoryStorage.cs (MemoryGrainStorage) + MemoryStorageGrain.cs: the state is kept under
//   "{stateName}/{grainId}"; ReadStateAsync fills the CALLER'S grainState (State, ETag, RecordExists) from the stored one,
//   or leaves a fresh state (RecordExists false) when there is none; WriteStateAsync checks grainState.ETag against the
//   stored ETag (mismatch: InconsistentStateException, "*" always passes), stores it and writes a new ETag back
//   into grainState (RecordExists true); ClearStateAsync checks the ETag the same way, forgets the state and resets grainState
//   (ETag null, RecordExists false; MemoryStorage.cs read again at 0f83c9be for the real types).
// Shapes: *=5,19
// First try (a75b0ce): incomplete: IMF0001 ReadStateAsync, WriteStateAsync, ClearStateAsync
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Corpus.Orleans.IGrainStorageCase;

[InMemoryFake(typeof(IGrainStorage))]
public partial class GrainStorageFake;

public sealed class Counter
{
    public int Value { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IGrainStorage store)
    {
        var grain = GrainId.Create("counter", "1");
        var fresh = new GrainState<Counter>(new Counter());
        await store.ReadStateAsync("state", grain, fresh);
        Check.False(fresh.RecordExists, "nothing stored yet: RecordExists stays false");
        Check.NotNull(fresh.State, "a fresh read keeps the caller's state").Value = 5;
        await store.WriteStateAsync("state", grain, fresh);
        Check.True(!string.IsNullOrEmpty(fresh.ETag), "WriteStateAsync writes the new ETag into the caller's state");
        Check.True(fresh.RecordExists, "WriteStateAsync marks the caller's state as stored");
        var read = new GrainState<Counter>(new Counter());
        await store.ReadStateAsync("state", grain, read);
        Check.True(read.RecordExists, "ReadStateAsync of a stored state sets RecordExists");
        Check.Equal(5, Check.NotNull(read.State, "ReadStateAsync fills State").Value, "ReadStateAsync fills the caller's state with what was written");
        Check.Equal(fresh.ETag, read.ETag, "ReadStateAsync fills the stored ETag");
        var other = new GrainState<Counter>(new Counter());
        await store.ReadStateAsync("other", grain, other);
        Check.False(other.RecordExists, "another state name of the same grain is another record");
        var stale = new GrainState<Counter>(new Counter { Value = 9 }, "stale");
        await Check.ThrowsAsync<InconsistentStateException>(() => store.WriteStateAsync("state", grain, stale), "a write with a stale ETag fails with InconsistentStateException");
        await store.ClearStateAsync("state", grain, read);
        Check.False(read.RecordExists, "ClearStateAsync resets the caller's state");
        var after = new GrainState<Counter>(new Counter());
        await store.ReadStateAsync("state", grain, after);
        Check.False(after.RecordExists, "ClearStateAsync forgot the state");
        Check.Equal(0, Check.NotNull(after.State, "a fresh read keeps the caller's state").Value, "a cleared state reads as fresh");
    }
}
