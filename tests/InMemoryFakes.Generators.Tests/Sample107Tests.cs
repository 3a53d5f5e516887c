using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample107 (session 34), Orleans codebases. OrleanSpaces' <c>IBoolDirector</c> (<c>IStoreDirector&lt;BoolTuple&gt;</c>)
/// was read as a key-value store keyed by the <c>TupleAction</c> its <c>Remove(action)</c> takes and holding the actions its
/// <c>Insert(action)</c> writes: <c>Remove</c> was generated as the removal of the entry stored under the action, where the
/// real director removes the tuple inside it from the partition it names (silently wrong); it is now refused. Its
/// <c>Insert</c>'s refusal said a <c>Guid</c> "is not a key the store can make up (string, Guid, int or long keys)", and
/// Orleans.Lattice's high-water-mark grain's <c>GetAsync()</c> was refused because "no member puts a value in" beside
/// <c>TryAdvanceAsync(candidate)</c> and <c>PinSnapshotAsync(asOfHlc)</c>: both messages now name their real cause.
/// The refusal of <c>Remove</c> is tested in Refusals35Tests (session 35): here its key type was <c>Guid</c>, not the
/// action, by the names' order alone (a namespace <c>V</c> sorts after <c>System</c>, the corpus's <c>Corpus.*</c> before
/// it), and the older value-not-key rule refused it; the removal no longer votes for the key type.
/// </summary>
public class Sample107Tests
{
    [Fact]
    public void A_removal_by_a_key_of_the_values_type_stays_generated_where_a_member_reads_or_writes_by_that_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IAliasStore
            {
                void Set(string key, string value);
                string? Get(string key);
                void Remove(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var aliases = new InMemoryAliasStore();
                    aliases.Set("a", "x");
                    aliases.Set("x", "a");
                    aliases.Remove("a");
                    Is(null, aliases.Get("a"), "the entry under the key is removed");
                    Is("a", aliases.Get("x"), "the entry whose value equals the key stays");
                }
            }
            """);
    }

    [Fact]
    public void A_keyless_read_beside_unknown_writers_of_the_one_value_names_them()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public readonly record struct Mark(long Ticks, int Counter);

            [InMemoryFake]
            public interface IHighWaterMarkGrain
            {
                Task<Mark> GetAsync(CancellationToken cancellationToken = default);
                Task<bool> TryAdvanceAsync(Mark candidate, CancellationToken cancellationToken = default);
                Task PinSnapshotAsync(Mark asOfHlc, CancellationToken cancellationToken = default);
            }
            """);
        Assert.StartsWith(
            "'GetAsync' of IHighWaterMarkGrain matches no key-value store convention: no member the fake knows puts the one value in: 'PinSnapshotAsync' and 'TryAdvanceAsync' take a V.Mark but are not known verbs (Get, TryGet, ",
            Refusals.Message(run, "GetAsync"), StringComparison.Ordinal);
        Assert.Contains(
            "), so when they write the value is the real store's own code (Orleans.Lattice's TryAdvanceAsync(candidate) writes only a candidate above the value held), "
            + "and a read over the fake's table would not see it; write the read with them (Store.Set(\"value\", …) puts the one value in, Store.Get(\"value\") reads it). ",
            Refusals.Message(run, "GetAsync"), StringComparison.Ordinal);

        // One such writer is named alone; with none (members that take no value) the refusal keeps its cause.
        var alone = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public readonly record struct Mark(long Ticks, int Counter);

            [InMemoryFake]
            public interface IHighWaterMarkGrain
            {
                Task<Mark> GetAsync(CancellationToken cancellationToken = default);
                Task PinSnapshotAsync(Mark asOfHlc, CancellationToken cancellationToken = default);
            }
            """);
        Assert.StartsWith("'GetAsync' of IHighWaterMarkGrain matches no key-value store convention: no member the fake knows puts the one value in: 'PinSnapshotAsync' takes a V.Mark but is not a known verb (",
            Refusals.Message(alone, "GetAsync"), StringComparison.Ordinal);

        var none = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public readonly record struct Mark(long Ticks, int Counter);

            [InMemoryFake]
            public interface IHighWaterMarkGrain
            {
                Task<Mark> GetAsync(CancellationToken cancellationToken = default);
                Task<bool> IsCaughtUpAsync(CancellationToken cancellationToken = default);
                void Forget();
            }
            """);
        Assert.Contains("no member of IHighWaterMarkGrain puts a value in, and no member takes a key", Refusals.Message(none, "GetAsync"), StringComparison.Ordinal);
    }
}
