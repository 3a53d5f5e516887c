using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures.BotState;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The way out the refusal of Bot Framework's <c>IStorage.WriteAsync</c> points to: the write written in the partial class
/// on the fake's table, with MemoryStorage's rule (a stale or missing ETag over a stored item conflicts, "*" writes anyway,
/// each write stores a new ETag, plain values have none). Values of <c>object</c> stores need a copy hook to be copied.
/// </summary>
public class HandWrittenETagWriteTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    private static IStorage NewStorage()
        => new InMemoryStorage(new InMemoryFakeOptions
        {
            CopyHooks = new CopyHooks().Add<ConversationData>(static (c, _) => new ConversationData { ETag = c.ETag, TurnCount = c.TurnCount }),
        });

    private static async Task<ConversationData> ReadAsync(IStorage storage, string key)
        => Assert.IsType<ConversationData>((await storage.ReadAsync([key], None))[key]);

    [Fact]
    public async Task A_write_stores_a_new_ETag_and_leaves_the_callers_object_and_plain_values_alone()
    {
        var storage = NewStorage();
        var written = new ConversationData { TurnCount = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = written, ["user/1"] = "alice" }, None);

        var first = await ReadAsync(storage, "conv/1");
        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.Null(written.ETag);
        Assert.Equal("alice", (await storage.ReadAsync(["user/1"], None))["user/1"]);

        first.TurnCount = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = first }, None);
        var second = await ReadAsync(storage, "conv/1");
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(2, second.TurnCount);
    }

    [Theory]
    [InlineData("stale")]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_write_whose_ETag_is_not_the_stored_one_throws_ArgumentException_and_writes_nothing(string? etag)
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new ConversationData { TurnCount = 1 } }, None);
        var stored = await ReadAsync(storage, "conv/1");

        var conflict = await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(
            new Dictionary<string, object> { ["user/1"] = "bob", ["conv/1"] = new ConversationData { ETag = etag, TurnCount = 9 } }, None));

        Assert.StartsWith("Etag conflict.", conflict.Message, StringComparison.Ordinal);
        var after = await ReadAsync(storage, "conv/1");
        Assert.Equal((stored.ETag, 1), (after.ETag, after.TurnCount));
        Assert.Empty(await storage.ReadAsync(["user/1"], None));
    }

    [Fact]
    public async Task A_write_with_the_wildcard_ETag_overwrites_and_gets_a_new_ETag()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new ConversationData { TurnCount = 1 } }, None);
        var before = (await ReadAsync(storage, "conv/1")).ETag;

        await storage.WriteAsync(new Dictionary<string, object> { ["conv/1"] = new ConversationData { ETag = "*", TurnCount = 5 } }, None);

        var after = await ReadAsync(storage, "conv/1");
        Assert.Equal(5, after.TurnCount);
        Assert.NotEqual(before, after.ETag);
        Assert.NotEqual("*", after.ETag);
    }
}
