using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>
/// Blazor's <see cref="IPersistentComponentStateStore"/> faked with nothing written by hand, driven by the real
/// <see cref="ComponentStatePersistenceManager"/>: one manager persists what its components registered, another restores
/// it from the same fake and reads it through <see cref="PersistentComponentState.TryTakeFromJson{TValue}"/>.
/// </summary>
public sealed class ComponentStateTests
{
    [Fact]
    public async Task State_one_manager_persists_is_restored_by_another_over_the_same_fake()
    {
        var store = new ComponentStateStoreFake();

        await PersistAsync(store, ("counter", 41), ("user", 7));
        var restored = await RestoreAsync(store);

        Assert.True(restored.TryTakeFromJson<int>("counter", out var counter));
        Assert.Equal(41, counter);
        Assert.True(restored.TryTakeFromJson<int>("user", out var user));
        Assert.Equal(7, user);
        Assert.False(restored.TryTakeFromJson<int>("missing", out _));
    }

    [Fact]
    public async Task A_new_fake_restores_no_state()
    {
        var restored = await RestoreAsync(new ComponentStateStoreFake());

        Assert.False(restored.TryTakeFromJson<int>("counter", out _));
    }

    [Fact]
    public async Task A_later_persist_replaces_the_whole_state_and_restoring_does_not_consume_the_fake()
    {
        var store = new ComponentStateStoreFake();
        await PersistAsync(store, ("counter", 1), ("user", 7));
        await PersistAsync(store, ("counter", 2));

        var first = await RestoreAsync(store);
        Assert.True(first.TryTakeFromJson<int>("counter", out var counter));
        Assert.Equal(2, counter);
        Assert.False(first.TryTakeFromJson<int>("user", out _));

        // The fake hands out a copy: a second restore (another circuit, another test step) sees the same state.
        var second = await RestoreAsync(store);
        Assert.True(second.TryTakeFromJson<int>("counter", out counter));
        Assert.Equal(2, counter);
    }

    [Fact]
    public async Task A_null_state_is_refused_naming_the_argument_and_the_store_is_unchanged()
    {
        IPersistentComponentStateStore store = new ComponentStateStoreFake();
        await PersistAsync((ComponentStateStoreFake)store, ("counter", 5));

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => store.PersistStateAsync(null!));
        Assert.Equal("state", error.ParamName);
        Assert.Single(await store.GetPersistedStateAsync());
    }

    private static async Task PersistAsync(ComponentStateStoreFake store, params (string Key, int Value)[] values)
    {
        var manager = new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance, new ServiceCollection().BuildServiceProvider());
        manager.State.RegisterOnPersisting(
            () =>
            {
                foreach (var (key, value) in values)
                {
                    manager.State.PersistAsJson(key, value);
                }

                return Task.CompletedTask;
            },
            new AnyRenderMode());
        await manager.PersistStateAsync(store, new IdleRenderer());
    }

    private static async Task<PersistentComponentState> RestoreAsync(ComponentStateStoreFake store)
    {
        var manager = new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance, new ServiceCollection().BuildServiceProvider());
        await manager.RestoreStateAsync(store);
        return manager.State;
    }

    private sealed class AnyRenderMode : IComponentRenderMode;

    // BL0006: Renderer and RenderBatch are the framework's own extension points (aspnetcore's ComponentStatePersistenceManagerTest
    // derives the same renderer); the manager's PersistStateAsync takes one.
#pragma warning disable BL0006
    /// <summary>A renderer with no components: the persistence manager only needs its dispatcher.</summary>
    private sealed class IdleRenderer : Microsoft.AspNetCore.Components.RenderTree.Renderer
    {
        private readonly Dispatcher _dispatcher = Dispatcher.CreateDefault();

        public IdleRenderer()
            : base(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance)
        {
        }

        public override Dispatcher Dispatcher => _dispatcher;

        protected override void HandleException(Exception exception) => throw exception;

        protected override Task UpdateDisplayAsync(in Microsoft.AspNetCore.Components.RenderTree.RenderBatch renderBatch) => Task.CompletedTask;
    }
#pragma warning restore BL0006
}
