using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A generic batch read of a store of object values (the Agents SDK's IStorage.ReadAsync<TStoreItem>(keys)): the entries
// found whose value is a TStoreItem, the others left out, as Get<T> reads one value.

[InMemoryFake]
public interface IItemStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(string[] keys, CancellationToken cancellationToken = default)
        where TStoreItem : class;

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);
}

public sealed record Conversation(int Turns);

public sealed class GenericBatchReadTests
{
    [Fact]
    public async Task A_generic_batch_read_returns_the_found_entries_whose_value_is_of_the_type_asked_for()
    {
        IItemStorage storage = new InMemoryItemStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new Conversation(1), ["conv/2"] = new Conversation(2), ["user/1"] = "alice" }, TestContext.Current.CancellationToken);

        var conversations = await storage.ReadAsync<Conversation>(["conv/1", "user/1", "conv/2", "missing"], TestContext.Current.CancellationToken);

        Assert.Equal(2, conversations.Count);
        Assert.Equal(1, conversations["conv/1"].Turns);
        Assert.Equal(2, conversations["conv/2"].Turns);
        Assert.False(conversations.ContainsKey("user/1"));
        Assert.Equal("alice", Assert.Single(await storage.ReadAsync<string>(["conv/1", "user/1"], TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task A_generic_batch_read_of_null_keys_names_the_parameter()
    {
        IItemStorage storage = new InMemoryItemStorage();

        var error = await Assert.ThrowsAsync<System.ArgumentNullException>(() => storage.ReadAsync<Conversation>(null!, TestContext.Current.CancellationToken));
        Assert.Equal("keys", error.ParamName);
    }
}
