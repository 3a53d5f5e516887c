using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>
/// Lock-free key reads against the table's own hash map while a writer makes single-step changes (set, remove, add if
/// absent) that link and unlink entries in shared chains, grows the table through several map resizes, clears it, resets
/// it (the map shrinks back) and imports earlier contents. Checked for linearizability as in
/// <see cref="ConcurrentReaderModelTests"/>: every value a reader sees must be the key's value in a state the writer
/// committed between the reader's start and end. Run once with the default comparer (keys spread over the buckets) and
/// once with a comparer whose hashes collide (a few long chains, so readers stand on entries that get unlinked or replaced).
/// </summary>
public sealed class LockFreeMapReaderTests
{
    private const int Keys = 256;
    private const int Operations = 4_000;
    private const int Seeds = 4;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Lock_free_readers_see_only_committed_values_through_unlinks_resizes_clears_and_imports(bool collidingHashes)
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            Run(8_000_000 + seed, collidingHashes);
        }
    }

    private static void Run(int seed, bool collidingHashes)
    {
        var table = new KeyValueTable<int, string>(new TableOptions("Items") { Clock = new ManualClock() }, collidingHashes ? new CollidingComparer() : null);
        var history = new List<ImmutableDictionary<int, string>> { ImmutableDictionary<int, string>.Empty };
        var committed = 0;
        var done = 0;
        var readsMade = 0L;
        var reads = new List<Read>[2];
        var readers = Enumerable.Range(0, reads.Length).Select(index =>
        {
            reads[index] = new List<Read>();
            return new Thread(() => ReadUntilDone(table, reads[index], new Random(seed * 10 + index), () => Volatile.Read(ref committed), () => Volatile.Read(ref done) == 1, () => Interlocked.Increment(ref readsMade)));
        }).ToList();
        readers.ForEach(t => t.Start());

        var resets = 0;
        try
        {
            var random = new Random(seed);
            var state = ImmutableDictionary<int, string>.Empty;
            var exports = new List<(TableContents<int, string> Contents, ImmutableDictionary<int, string> State)>();
            var growing = 0;
            for (var op = 0; op < Operations; op++)
            {
                // On a loaded machine the writer could finish before the readers are scheduled: each operation waits
                // (briefly, bounded) until some reader has read since the last one, so reads and writes interleave.
                AwaitReaderProgress(ref readsMade);
                var name = "n" + op;
                var key = random.Next(1, Keys + 1);
                if (growing > 0)
                {
                    // A run of fresh keys, one single-step add each: the map resizes while readers read.
                    growing--;
                    var fresh = Enumerable.Range(1, Keys).FirstOrDefault(k => !state.ContainsKey(k));
                    if (fresh != 0)
                    {
                        Assert.True(table.SetIfAbsent(fresh, name));
                        state = state.SetItem(fresh, name);
                    }
                }
                else
                {
                    switch (random.Next(100))
                    {
                        case < 35:
                            table.Set(key, name);
                            state = state.SetItem(key, name);
                            break;
                        case < 60:
                            Assert.Equal(state.ContainsKey(key), table.Remove(key));
                            state = state.Remove(key);
                            break;
                        case < 70:
                            Assert.Equal(!state.ContainsKey(key), table.SetIfAbsent(key, name));
                            state = state.ContainsKey(key) ? state : state.SetItem(key, name);
                            break;
                        case < 80:
                            growing = random.Next(20, Keys);
                            break;
                        case < 85:
                            exports.Add((table.Export(), state));
                            break;
                        case < 90 when exports.Count > 0:
                        {
                            var (contents, saved) = exports[random.Next(exports.Count)];
                            table.Import(contents);
                            state = saved;
                            break;
                        }

                        case < 94:
                            table.Clear();
                            state = ImmutableDictionary<int, string>.Empty;
                            break;
                        case < 97:
                            table.Reset();
                            resets++;
                            state = ImmutableDictionary<int, string>.Empty;
                            break;
                        default:
                            break;
                    }
                }

                history.Add(state);
                Volatile.Write(ref committed, history.Count - 1);
            }
        }
        finally
        {
            Volatile.Write(ref done, 1);
            readers.ForEach(t => t.Join());
        }

        // The writer's own view agrees with the model at the end (a lost link would show here too).
        var final = history[^1];
        Assert.Equal(final.Count, table.Count);
        foreach (var (key, name) in final)
        {
            Assert.True(table.TryGetValue(key, out var stored) && stored == name, $"seed {seed}: key {key} lost after the run.");
        }

        var checkedReads = 0;
        var hits = 0;
        foreach (var read in reads.SelectMany(static r => r))
        {
            var last = Math.Min(read.After + 1, history.Count - 1);
            var ok = false;
            for (var s = read.Before; s <= last && !ok; s++)
            {
                ok = (history[s].TryGetValue(read.Key, out var name) ? name : null) == read.Name;
            }

            Assert.True(ok, $"seed {seed} (colliding hashes: {collidingHashes}): key {read.Key} read as {read.Name ?? "missing"} between committed states {read.Before} and {read.After}, "
                + $"which held {string.Join(" / ", Enumerable.Range(read.Before, last - read.Before + 1).Select(s => history[s].TryGetValue(read.Key, out var n) ? n : "missing"))}.");
            checkedReads++;
            hits += read.Name is null ? 0 : 1;
        }

        Assert.True(checkedReads > 1_000, $"seed {seed}: only {checkedReads} reads overlapped the writer.");
        Assert.True(hits > 100, $"seed {seed}: only {hits} of {checkedReads} reads found a value, too few to test the chains (reads between states {reads.SelectMany(static r => r).Min(static r => r.Before)} and {reads.SelectMany(static r => r).Max(static r => r.After)}; states with entries: {history.Count(static h => h.Count > 0)} of {history.Count}).");
        Assert.True(resets > 0, $"seed {seed}: the run never reset the table (the map never shrank back).");
    }

    private static void AwaitReaderProgress(ref long readsMade)
    {
        var seen = Volatile.Read(ref readsMade);
        var spin = new SpinWait();
        for (var i = 0; i < 2_000 && Volatile.Read(ref readsMade) == seen; i++)
        {
            spin.SpinOnce();
        }
    }

    private static void ReadUntilDone(KeyValueTable<int, string> table, List<Read> reads, Random random, Func<int> committed, Func<bool> done, Action counted)
    {
        // At most 64 reads are kept per committed state, so the record spans the whole run (a reader can make thousands of
        // reads while the writer makes one operation); every read still runs against the writer.
        var lastBefore = -1;
        var keptForState = 0;
        while (!done())
        {
            var before = committed();
            var key = random.Next(1, Keys + 1);
            var name = table.TryGetValue(key, out var value) ? value : null;
            var after = committed();
            keptForState = before == lastBefore ? keptForState + 1 : 0;
            lastBefore = before;
            if (keptForState < 64)
            {
                reads.Add(new Read(key, name, before, after));
            }

            counted();
        }
    }

    /// <summary>Equal keys are equal ints; every hash is one of four, so the map's chains are long and shared.</summary>
    private sealed class CollidingComparer : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => x == y;

        public int GetHashCode(int obj) => obj & 3;
    }

    private readonly record struct Read(int Key, string? Name, int Before, int After);
}
