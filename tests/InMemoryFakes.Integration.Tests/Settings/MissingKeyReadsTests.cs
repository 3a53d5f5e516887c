using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

// Proto.Actor's IKeyValueStore<T>: GetAsync declares Task<T>, and EmptyKeyValueStore<T> returns default(T)! for an id it
// does not hold; ClearAsync(id) takes the key its GetAsync and SetAsync take.

public sealed class ActorSubscribers
{
    public List<string> MemberIds { get; set; } = new();
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IActorStateStore<T>
{
    Task<T> GetAsync(string id, CancellationToken ct);

    Task SetAsync(string id, T state, CancellationToken ct);

    Task ClearAsync(string id, CancellationToken ct);
}

[InMemoryFake]
public interface IStrictActorStateStore
{
    Task<ActorSubscribers> GetAsync(string id, CancellationToken ct);

    Task SetAsync(string id, ActorSubscribers state, CancellationToken ct);
}

public sealed class MissingKeyReadsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_read_declared_not_null_returns_default_for_a_missing_id_under_the_setting()
    {
        IActorStateStore<ActorSubscribers> store = new InMemoryActorStateStore<ActorSubscribers>(new ManualClock(Start));

        Assert.Null(await store.GetAsync("topic", CancellationToken.None));
        await store.SetAsync("topic", new ActorSubscribers { MemberIds = { "m1" } }, CancellationToken.None);
        Assert.Equal(["m1"], (await store.GetAsync("topic", CancellationToken.None)).MemberIds);
    }

    [Fact]
    public async Task A_value_type_store_reads_a_missing_id_as_its_default()
    {
        IActorStateStore<int> store = new InMemoryActorStateStore<int>(new ManualClock(Start));

        Assert.Equal(0, await store.GetAsync("count", CancellationToken.None));
        await store.SetAsync("count", 3, CancellationToken.None);
        Assert.Equal(3, await store.GetAsync("count", CancellationToken.None));
    }

    [Fact]
    public async Task ClearAsync_of_the_key_the_reads_and_writes_take_removes_that_entry_only()
    {
        IActorStateStore<ActorSubscribers> store = new InMemoryActorStateStore<ActorSubscribers>(new ManualClock(Start));
        await store.SetAsync("a", new ActorSubscribers { MemberIds = { "m1" } }, CancellationToken.None);
        await store.SetAsync("b", new ActorSubscribers { MemberIds = { "m2" } }, CancellationToken.None);

        await store.ClearAsync("a", CancellationToken.None);
        await store.ClearAsync("missing", CancellationToken.None);

        Assert.Null(await store.GetAsync("a", CancellationToken.None));
        Assert.Equal(["m2"], (await store.GetAsync("b", CancellationToken.None)).MemberIds);
    }

    [Fact]
    public async Task Without_the_setting_the_same_read_is_the_not_found_error()
    {
        IStrictActorStateStore store = new InMemoryStrictActorStateStore(new ManualClock(Start));

        await Assert.ThrowsAsync<NotFoundException>(() => store.GetAsync("topic", CancellationToken.None));
    }
}
