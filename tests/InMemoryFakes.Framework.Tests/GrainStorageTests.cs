using System;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>The state a counter grain persists.</summary>
[GenerateSerializer]
public sealed class CounterState
{
    /// <summary>The count.</summary>
    [Id(0)]
    public int Value { get; set; }
}

/// <summary>A grain whose state lives in the grain storage named "fake".</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and writes the state.</summary>
    Task<int> IncrementAsync();

    /// <summary>The count as this activation read it.</summary>
    Task<int> GetAsync();

    /// <summary>Whether the activation read a stored record.</summary>
    Task<bool> RecordExistsAsync();

    /// <summary>Clears the stored state.</summary>
    Task ClearAsync();

    /// <summary>This activation's identity: a new one after a deactivation.</summary>
    Task<Guid> ActivationAsync();
}

/// <summary>The counter grain: its state is read on activation by Orleans' StateStorageBridge, through the fake.</summary>
public sealed class CounterGrain([PersistentState("counter", GrainStorageTests.StorageName)] IPersistentState<CounterState> counter) : Grain, ICounterGrain
{
    private readonly Guid _activation = Guid.NewGuid();

    /// <inheritdoc />
    public async Task<int> IncrementAsync()
    {
        counter.State.Value++;
        await counter.WriteStateAsync();
        return counter.State.Value;
    }

    /// <inheritdoc />
    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);

    /// <inheritdoc />
    public Task<bool> RecordExistsAsync() => Task.FromResult(counter.RecordExists);

    /// <inheritdoc />
    public Task ClearAsync() => counter.ClearStateAsync();

    /// <inheritdoc />
    public Task<Guid> ActivationAsync() => Task.FromResult(_activation);
}

/// <summary>
/// Orleans' <see cref="IGrainStorage"/> faked with nothing written by hand, as the named grain storage of a real silo
/// (the in-process test cluster, on loopback, stopped by each test): a grain's <c>[PersistentState]</c> is written, the
/// grain is deactivated, and its next activation reads the state back through Orleans' own storage bridge; a write
/// with a stale ETag fails as Orleans reports it (<see cref="InconsistentStateException"/>).
/// </summary>
public sealed class GrainStorageTests
{
    /// <summary>The storage provider name the grain's state names.</summary>
    public const string StorageName = "fake";

    [Fact]
    public async Task State_written_by_one_activation_is_read_by_the_next()
    {
        var storage = new GrainStorageFake();
        await using var cluster = await StartAsync(storage);
        var grain = cluster.Client.GetGrain<ICounterGrain>("a");

        Assert.False(await grain.RecordExistsAsync());
        Assert.Equal(1, await grain.IncrementAsync());
        Assert.Equal(2, await grain.IncrementAsync());
        var first = await grain.ActivationAsync();

        await cluster.DeactivateAsync(grain);

        Assert.NotEqual(first, await grain.ActivationAsync());
        Assert.True(await grain.RecordExistsAsync());
        Assert.Equal(2, await grain.GetAsync());
        Assert.Equal(0, await cluster.Client.GetGrain<ICounterGrain>("b").GetAsync());
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_fails_with_InconsistentStateException_and_the_other_write_stays()
    {
        var storage = new GrainStorageFake();
        await using var cluster = await StartAsync(storage);
        var grain = cluster.Client.GetGrain<ICounterGrain>("a");
        Assert.Equal(1, await grain.IncrementAsync());

        // Another writer (a second silo's activation, in production) replaces the state: the grain's ETag is now stale.
        var other = new GrainState<CounterState> { State = new CounterState { Value = 10 }, ETag = "*" };
        await ((IGrainStorage)storage).WriteStateAsync("counter", grain.GetGrainId(), other);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.IncrementAsync());

        // Orleans deactivates a grain whose write was inconsistent; the next activation reads the other writer's state.
        Assert.Equal(10, await grain.GetAsync());
        Assert.Equal(11, await grain.IncrementAsync());
    }

    [Fact]
    public async Task Cleared_state_is_gone_after_reactivation()
    {
        var storage = new GrainStorageFake();
        await using var cluster = await StartAsync(storage);
        var grain = cluster.Client.GetGrain<ICounterGrain>("a");
        await grain.IncrementAsync();

        await grain.ClearAsync();
        await cluster.DeactivateAsync(grain);

        Assert.False(await grain.RecordExistsAsync());
        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(1, await grain.IncrementAsync());
    }

    [Fact]
    public async Task Writes_and_clears_follow_the_memory_storage_ETag_rule()
    {
        IGrainStorage storage = new GrainStorageFake();
        var id = GrainId.Create("counter", "1");
        var mine = new GrainState<CounterState> { State = new CounterState { Value = 1 } };

        await storage.WriteStateAsync("counter", id, mine);
        var firstTag = mine.ETag;
        Assert.False(string.IsNullOrEmpty(firstTag));
        Assert.True(mine.RecordExists);

        var stale = new GrainState<CounterState> { State = new CounterState { Value = 5 }, ETag = "stale" };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, stale));
        Assert.Equal(firstTag, error.StoredEtag);
        Assert.Equal("stale", error.CurrentEtag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("counter", id, stale));

        var wildcard = new GrainState<CounterState> { State = new CounterState { Value = 7 }, ETag = "*" };
        await storage.WriteStateAsync("counter", id, wildcard);
        Assert.NotEqual(firstTag, wildcard.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, mine));

        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", id, read);
        Assert.Equal(7, read.State!.Value);
        Assert.Equal(wildcard.ETag, read.ETag);

        await storage.ClearStateAsync("counter", id, read);
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State!.Value);

        // A cleared state is remembered: a write must bring no tag (or *), not the tag of the state that was cleared.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, wildcard));
        var after = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", id, after);
        Assert.False(after.RecordExists);
        Assert.Null(after.ETag);
        after.State!.Value = 3;
        await storage.WriteStateAsync("counter", id, after);
        Assert.True(after.RecordExists);
    }

    [Fact]
    public async Task States_are_kept_per_state_name_and_grain()
    {
        IGrainStorage storage = new GrainStorageFake();
        await storage.WriteStateAsync("counter", GrainId.Create("counter", "1"), new GrainState<CounterState> { State = new CounterState { Value = 1 } });

        foreach (var (name, id) in new[] { ("other", GrainId.Create("counter", "1")), ("counter", GrainId.Create("counter", "2")), ("counter", GrainId.Create("other", "1")) })
        {
            var read = new GrainState<CounterState> { ETag = "left over" };
            await storage.ReadStateAsync(name, id, read);
            Assert.False(read.RecordExists);
            Assert.Null(read.ETag);
            Assert.Equal(0, read.State!.Value);
        }
    }

    [Fact]
    public async Task The_stored_state_is_a_copy_when_the_state_type_can_be_copied()
    {
        var hooks = new CopyHooks().Add<CounterState>(static (state, _) => new CounterState { Value = state.Value });
        var fake = new GrainStorageFake(new InMemoryFakeOptions { CopyHooks = hooks });
        IGrainStorage storage = fake;
        var id = GrainId.Create("counter", "1");
        var written = new GrainState<CounterState> { State = new CounterState { Value = 1 } };
        await storage.WriteStateAsync("counter", id, written);

        written.State!.Value = 99;
        var read = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", id, read);
        read.State!.Value = 42;
        var again = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", id, again);

        Assert.Equal(1, again.State!.Value);
        Assert.Empty(((IInMemoryFake)fake).Core.ValuesStoredByReference);
    }

    [Fact]
    public async Task A_state_type_no_copy_rule_knows_is_reported_as_stored_by_reference()
    {
        var fake = new GrainStorageFake();
        await ((IGrainStorage)fake).WriteStateAsync("counter", GrainId.Create("counter", "1"), new GrainState<CounterState> { State = new CounterState { Value = 1 } });

        Assert.Contains(((IInMemoryFake)fake).Core.ValuesStoredByReference, static e => e.ValueType == typeof(CounterState));
    }

    private static async Task<InProcessTestCluster> StartAsync(GrainStorageFake storage)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.Services.AddGrainStorage(StorageName, (_, _) => storage));
        var cluster = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await cluster.DeployAsync().WaitAsync(timeout.Token);
        return cluster;
    }
}
