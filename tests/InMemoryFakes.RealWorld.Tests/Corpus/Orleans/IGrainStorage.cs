// Source: https://github.com/dotnet/orleans
// Commit: e558829b0b0f
// Licence: MIT
// Path: src/Orleans.Core/Providers/IGrainStorage.cs (src/Orleans.Core/CodeGeneration/IGrainState.cs; GrainId cut down to two strings)
// Adapted: GrainId is a record struct of (Type, Key) instead of Orleans' GrainType/IdSpan struct; IGrainState<T> keeps its
//   three members. The three CancellationToken overloads are default interface members (they call these), kept as written.
// Real store: src/Orleans.Persistence.Memory/Storage/MemoryStorage.cs (MemoryGrainStorage) + MemoryStorageGrain.cs: the state is kept under
//   "{stateName}/{grainId}"; ReadStateAsync fills the CALLER'S grainState (State, ETag, RecordExists) from the stored one,
//   or leaves a fresh state (RecordExists false) when there is none; WriteStateAsync checks grainState.ETag against the
//   stored ETag (mismatch: InconsistentStateException, "*" always passes), stores it and writes a new ETag back
//   into grainState; ClearStateAsync checks the ETag the same way, forgets the state and resets grainState (ETag null, RecordExists false, State a new T).
// Shapes: *=5,19
// First try (a75b0ce): incomplete: IMF0001 ReadStateAsync, WriteStateAsync, ClearStateAsync
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Orleans.IGrainStorageCase;

public readonly record struct GrainId(string Type, string Key);

public interface IGrainState<T>
{
    T State { get; set; }
    string? ETag { get; set; }
    bool RecordExists { get; set; }
}

public sealed class GrainState<T> : IGrainState<T>
{
    public T State { get; set; } = default!;
    public string? ETag { get; set; }
    public bool RecordExists { get; set; }
}

[InMemoryFake]
public interface IGrainStorage
{
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
        => ReadStateAsync(stateName, grainId, grainState);

    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
        => WriteStateAsync(stateName, grainId, grainState);

    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
        => ClearStateAsync(stateName, grainId, grainState);
}

public sealed class Counter
{
    public int Value { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IGrainStorage store)
    {
        var grain = new GrainId("counter", "1");
        var fresh = new GrainState<Counter> { State = new Counter() };
        await store.ReadStateAsync("state", grain, fresh);
        Check.False(fresh.RecordExists, "nothing stored yet: RecordExists stays false");
        fresh.State.Value = 5;
        await store.WriteStateAsync("state", grain, fresh);
        Check.True(!string.IsNullOrEmpty(fresh.ETag), "WriteStateAsync writes the new ETag into the caller's state");
        var read = new GrainState<Counter> { State = new Counter() };
        await store.ReadStateAsync("state", grain, read);
        Check.Equal(5, read.State.Value, "ReadStateAsync fills the caller's state with what was written");
        Check.Equal(fresh.ETag, read.ETag, "ReadStateAsync fills the stored ETag");
        var stale = new GrainState<Counter> { State = new Counter { Value = 9 }, ETag = "stale" };
        await Check.ThrowsAsync<Exception>(() => store.WriteStateAsync("state", grain, stale), "a write with a stale ETag fails (InconsistentStateException)");
        await store.ClearStateAsync("state", grain, read);
        var after = new GrainState<Counter> { State = new Counter() };
        await store.ReadStateAsync("state", grain, after);
        Check.Equal(0, after.State.Value, "ClearStateAsync forgot the state");
    }
}
