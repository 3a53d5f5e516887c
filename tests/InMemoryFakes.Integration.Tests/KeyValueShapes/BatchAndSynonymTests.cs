using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shapes 18 and 19 of issue 10 (key-value part): batches of keys and of entries without a Range suffix, synonyms of the
// known verbs, and conditional writes (set if absent, replace if present, compare-and-set).

[InMemoryFake]
public interface IBatchStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IScoreBoard
{
    int? Get(string key);

    void SetAll(IDictionary<string, int> scores, TimeSpan expiration);

    IReadOnlyList<int> GetMany(IEnumerable<string> keys);

    int RemoveAll(IEnumerable<string> keys);

    void Persist(string key, int score);

    bool TrySet(string key, int score);

    bool Replace(string key, int score);

    bool TryUpdate(string key, int newValue, int comparisonValue);

    void Purge(string key);

    bool IsEmpty();

    bool HasItems { get; }
}

public sealed class BatchAndSynonymTests
{
    [Fact]
    public async Task A_batch_read_gives_the_entries_it_found_and_leaves_out_the_missing_keys()
    {
        IBatchStorage storage = new InMemoryBatchStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = "alice", ["b"] = 42 }, TestContext.Current.CancellationToken);

        var read = await storage.ReadAsync(["a", "b", "missing"], TestContext.Current.CancellationToken);

        Assert.Equal(2, read.Count);
        Assert.Equal("alice", read["a"]);
        Assert.Equal(42, read["b"]);
    }

    [Fact]
    public async Task A_batch_delete_removes_each_key_and_ignores_missing_ones()
    {
        IBatchStorage storage = new InMemoryBatchStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, TestContext.Current.CancellationToken);

        await storage.DeleteAsync(["a", "c", "missing"], TestContext.Current.CancellationToken);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b", "c"], TestContext.Current.CancellationToken)).Keys);
    }

    [Fact]
    public async Task A_null_batch_is_refused_naming_the_parameter()
    {
        IBatchStorage storage = new InMemoryBatchStorage();

        Assert.Equal("keys", (await Assert.ThrowsAsync<ArgumentNullException>(() => storage.ReadAsync(null!, TestContext.Current.CancellationToken))).ParamName);
        Assert.Equal("changes", (await Assert.ThrowsAsync<ArgumentNullException>(() => storage.WriteAsync(null!, TestContext.Current.CancellationToken))).ParamName);
    }

    [Fact]
    public async Task A_batch_write_with_a_null_value_writes_nothing()
    {
        IBatchStorage storage = new InMemoryBatchStorage();

        await Assert.ThrowsAsync<ArgumentNullException>(() => storage.WriteAsync(new Dictionary<string, object> { ["a"] = 1, ["b"] = null! }, TestContext.Current.CancellationToken));

        Assert.Empty(await storage.ReadAsync(["a", "b"], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void SetAll_writes_every_entry_with_its_expiry_and_GetMany_reads_them_in_the_order_asked()
    {
        var clock = new ManualClock();
        IScoreBoard board = new InMemoryScoreBoard(clock);
        board.SetAll(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, TimeSpan.FromMinutes(1));

        Assert.Equal([3, 1], board.GetMany(["c", "missing", "a"]));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(board.GetMany(["a", "b", "c"]));
    }

    [Fact]
    public void RemoveAll_with_keys_removes_those_keys_and_says_how_many()
    {
        IScoreBoard board = new InMemoryScoreBoard();
        board.SetAll(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, TimeSpan.FromMinutes(1));

        Assert.Equal(2, board.RemoveAll(["a", "b", "missing"]));
        Assert.Equal(3, board.Get("c"));
    }

    [Fact]
    public void Persist_is_a_set_and_Purge_a_delete()
    {
        IScoreBoard board = new InMemoryScoreBoard();

        board.Persist("a", 1);
        board.Persist("a", 2);
        Assert.Equal(2, board.Get("a"));
        board.Purge("a");
        Assert.Null(board.Get("a"));
    }

    [Fact]
    public void IsEmpty_and_HasItems_say_whether_any_live_entry_is_left()
    {
        var clock = new ManualClock();
        IScoreBoard board = new InMemoryScoreBoard(clock);
        Assert.True(board.IsEmpty());
        Assert.False(board.HasItems);

        board.SetAll(new Dictionary<string, int> { ["a"] = 1 }, TimeSpan.FromMinutes(1));
        Assert.False(board.IsEmpty());
        Assert.True(board.HasItems);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(board.IsEmpty());
    }

    [Fact]
    public void TrySet_stores_only_when_the_key_is_absent()
    {
        IScoreBoard board = new InMemoryScoreBoard();

        Assert.True(board.TrySet("a", 1));
        Assert.False(board.TrySet("a", 2));
        Assert.Equal(1, board.Get("a"));
    }

    [Fact]
    public void Replace_writes_only_when_the_key_exists()
    {
        IScoreBoard board = new InMemoryScoreBoard();

        Assert.False(board.Replace("a", 1));
        Assert.Null(board.Get("a"));
        board.Persist("a", 1);
        Assert.True(board.Replace("a", 2));
        Assert.Equal(2, board.Get("a"));
    }

    [Fact]
    public void TryUpdate_replaces_the_value_only_when_it_still_holds_the_expected_one()
    {
        IScoreBoard board = new InMemoryScoreBoard();
        board.Persist("a", 1);

        Assert.False(board.TryUpdate("a", 3, comparisonValue: 2));
        Assert.Equal(1, board.Get("a"));
        Assert.True(board.TryUpdate("a", 3, comparisonValue: 1));
        Assert.Equal(3, board.Get("a"));
        Assert.False(board.TryUpdate("missing", 3, comparisonValue: 0));
    }

    [Fact]
    public void Concurrent_compare_and_set_increments_lose_no_update()
    {
        IScoreBoard board = new InMemoryScoreBoard();
        board.Persist("n", 0);

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            while (true)
            {
                var current = board.Get("n")!.Value;
                if (board.TryUpdate("n", current + 1, current))
                {
                    return;
                }
            }
        });

        Assert.Equal(400, board.Get("n"));
    }
}
