using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>
/// Concurrent lock-free readers during random writer sequences that include Restore, Reset and refused ranges, checked
/// for linearizability against a reference model: the writer records the model's state after every operation and
/// publishes how many it completed; a reader notes that count before and after each key read, and what it read must be
/// the key's value in one of the states from the first count to one past the second (the operation in flight). A range
/// that is refused part-way, or a Restore or Reset seen half done, shows a value that no state had.
/// </summary>
public sealed class ConcurrentReaderModelTests
{
    private const int Keys = 12;
    private const int Operations = 600;
    private const int Seeds = 6;

    [Fact]
    public void Lock_free_readers_only_ever_see_states_the_writer_committed()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            Run(7_000_000 + seed);
        }
    }

    private static void Run(int seed)
    {
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock() }, new FakeDefaults("IItems"));
        var table = core.EntityTable("Item", EntityModelTests.ItemModel(deepCopy: seed % 2 == 0));
        var history = new List<ImmutableDictionary<int, string>> { ImmutableDictionary<int, string>.Empty };
        var committed = 0;
        var done = 0;
        var reads = new List<Read>[2];
        var readers = Enumerable.Range(0, reads.Length).Select(index =>
        {
            reads[index] = new List<Read>();
            return new Thread(() => ReadUntilDone(table, reads[index], new Random(seed * 10 + index), () => Volatile.Read(ref committed), () => Volatile.Read(ref done) == 1));
        }).ToList();
        readers.ForEach(t => t.Start());

        try
        {
            var random = new Random(seed);
            var state = ImmutableDictionary<int, string>.Empty;
            var snapshots = new List<(FakeSnapshot Snapshot, ImmutableDictionary<int, string> State)>();
            for (var op = 0; op < Operations; op++)
            {
                state = Step(table, core, random, state, snapshots, op);
                history.Add(state);
                Volatile.Write(ref committed, history.Count - 1);
            }
        }
        finally
        {
            Volatile.Write(ref done, 1);
            readers.ForEach(t => t.Join());
        }

        var checkedReads = 0;
        foreach (var read in reads.SelectMany(static r => r))
        {
            var last = Math.Min(read.After + 1, history.Count - 1);
            var ok = false;
            for (var s = read.Before; s <= last && !ok; s++)
            {
                ok = (history[s].TryGetValue(read.Key, out var name) ? name : null) == read.Name;
            }

            Assert.True(ok, $"seed {seed}: key {read.Key} read as {read.Name ?? "missing"} between committed states {read.Before} and {read.After}, "
                + $"which held {string.Join(" / ", Enumerable.Range(read.Before, last - read.Before + 1).Select(s => history[s].TryGetValue(read.Key, out var n) ? n : "missing"))}.");
            checkedReads++;
        }

        Assert.True(checkedReads > 100, $"seed {seed}: only {checkedReads} reads overlapped the writer.");
    }

    /// <summary>One writer operation on the table and the model; returns the model's state after it.</summary>
    private static ImmutableDictionary<int, string> Step(
        EntityTable<int, Item> table,
        FakeCore core,
        Random random,
        ImmutableDictionary<int, string> state,
        List<(FakeSnapshot Snapshot, ImmutableDictionary<int, string> State)> snapshots,
        int op)
    {
        var name = "n" + op;
        switch (random.Next(9))
        {
            case 0:
            {
                // A range of new rows that ends with a duplicate of a stored one (or of its own first row): refused whole.
                var fresh = Enumerable.Range(1, Keys).Where(k => !state.ContainsKey(k)).Take(random.Next(1, 4)).ToList();
                if (fresh.Count == 0)
                {
                    return state;
                }

                var duplicate = state.Keys.Any() && Pick.Chance(random, 50) ? state.Keys.First() : fresh[0];
                var items = fresh.Select(k => new Item { Id = k, Name = name }).Append(new Item { Id = duplicate, Name = name }).ToList();
                Assert.Throws<DuplicateKeyException>(() => table.AddRange(items));
                return state;
            }

            case 1:
            {
                var fresh = Enumerable.Range(1, Keys).Where(k => !state.ContainsKey(k)).Take(random.Next(1, 4)).ToList();
                table.AddRange(fresh.Select(k => new Item { Id = k, Name = name }));
                return state.SetItems(fresh.Select(k => KeyValuePair.Create(k, name)));
            }

            case 2:
            {
                // Renames several rows; one missing key refuses the whole range.
                var stored = state.Keys.OrderBy(static k => k).Take(random.Next(1, 5)).ToList();
                var missing = Enumerable.Range(1, Keys).FirstOrDefault(k => !state.ContainsKey(k));
                if (stored.Count > 0 && missing != 0 && Pick.Chance(random, 40))
                {
                    Assert.Throws<NotFoundException>(() => table.UpdateRange(stored.Select(k => new Item { Id = k, Name = name, Version = table.Get(k).Version }).Append(new Item { Id = missing, Name = name })));
                    return state;
                }

                table.UpdateRange(stored.Select(k => new Item { Id = k, Name = name, Version = table.Get(k).Version }));
                return state.SetItems(stored.Select(k => KeyValuePair.Create(k, name)));
            }

            case 3:
            {
                var keys = Enumerable.Range(1, Keys).Where(_ => Pick.Chance(random, 30)).ToList();
                table.RemoveRange(keys);
                return state.RemoveRange(keys);
            }

            case 4:
                snapshots.Add((core.Snapshot(), state));
                return state;
            case 5 when snapshots.Count > 0:
            {
                var (snapshot, saved) = Pick.One(random, snapshots);
                core.Restore(snapshot);
                return saved;
            }

            case 6 when Pick.Chance(random, 40):
                core.Reset();
                return ImmutableDictionary<int, string>.Empty;
            default:
            {
                var key = random.Next(1, Keys + 1);
                table.Upsert(new Item { Id = key, Name = name, Version = state.ContainsKey(key) ? table.Get(key).Version : 0 });
                return state.SetItem(key, name);
            }
        }
    }

    private static void ReadUntilDone(EntityTable<int, Item> table, List<Read> reads, Random random, Func<int> committed, Func<bool> done)
    {
        while (!done())
        {
            var before = committed();
            var key = random.Next(1, Keys + 1);
            var name = table.Find(key)?.Name;
            var after = committed();
            if (reads.Count < 200_000)
            {
                reads.Add(new Read(key, name, before, after));
            }
        }
    }

    private readonly record struct Read(int Key, string? Name, int Before, int After);
}
