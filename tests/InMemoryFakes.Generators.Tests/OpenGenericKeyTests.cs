using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An open generic key-value store keyed by an unconstrained type parameter (bicep's
/// <c>IConcurrentCache&lt;TKey, TValue&gt;</c>): the fake puts <c>notnull</c> on the key parameter, so its table
/// (<c>KeyValueTable&lt;TKey, TValue&gt; where TKey : notnull</c>) compiles without CS8714.
/// </summary>
public class OpenGenericKeyTests
{
    private const string Source = Sources.Usings + """
        namespace Caching;

        [InMemoryFake]
        public interface IConcurrentCache<TKey, TValue>
        {
            TValue GetOrAdd(TKey key, Func<TValue> valueFactory);
            bool Remove(TKey key);
        }
        """;

    [Fact]
    public void An_unconstrained_key_type_parameter_gets_notnull_on_the_fake_and_compiles_warning_free()
    {
        var run = GeneratorHarness.Run(Source);

        Assertions.Clean(run);
        var fake = run.OutputCompilation.GetTypeByMetadataName("Caching.InMemoryConcurrentCache`2");
        Assert.NotNull(fake);
        Assert.True(fake!.TypeParameters[0].HasNotNullConstraint, "TKey of the fake must be notnull");
        Assert.False(fake.TypeParameters[1].HasNotNullConstraint, "TValue is not a key: it keeps the interface's (no) constraint");
    }

    [Fact]
    public void A_fake_keyed_by_a_type_parameter_stores_and_removes_by_that_key()
    {
        var cache = new InMemoryOpenKeyCache<int, string>();
        var calls = 0;

        Assert.Equal("one", cache.GetOrAdd(1, () => { calls++; return "one"; }));
        Assert.Equal("one", cache.GetOrAdd(1, () => { calls++; return "other"; }));
        Assert.Equal(1, calls);
        Assert.True(cache.Remove(1));
        Assert.False(cache.Remove(1));
        Assert.Equal("again", cache.GetOrAdd(1, () => "again"));
    }

    [Fact]
    public void A_removal_returning_the_value_type_declared_nullable_returns_the_removed_value_then_default()
    {
        var cache = new InMemoryOpenKeyCache<string, string>();
        cache.GetOrAdd("a", () => "one");

        Assert.Equal("one", cache.TryRemove("a"));
        Assert.Null(cache.TryRemove("a"));
        Assert.False(cache.Remove("a"));

        var counts = new InMemoryOpenKeyCache<string, int>();
        counts.GetOrAdd("n", () => 7);
        Assert.Equal(7, counts.TryRemove("n"));
        Assert.Equal(0, counts.TryRemove("n"));
    }

    [Fact]
    public async System.Threading.Tasks.Task An_async_removal_returning_the_value_removes_it_and_returns_a_copy()
    {
        var store = new InMemoryTicketStore();
        var ticket = new Ticket { Subject = "alice" };
        await store.SetAsync("t1", ticket);

        var removed = await store.TryRemoveAsync("t1");

        Assert.NotNull(removed);
        Assert.Equal("alice", removed!.Subject);
        Assert.NotSame(ticket, removed);
        Assert.Null(await store.TryGetAsync("t1"));
        Assert.Null(await store.TryRemoveAsync("t1"));
    }

    [Fact]
    public void A_nullable_value_type_result_of_a_removal_is_null_when_the_key_is_absent()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Counters;

            [InMemoryFake]
            public interface ICounts
            {
                void Set(string name, int count);
                int? Remove(string name);
            }
            """);

        Assertions.Clean(run);
        Assert.Contains("? (int?)__removed : default", run.Source("ICounts.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    // Under #nullable disable an oblivious result is generated since session 25 (default when absent, as an oblivious Get):
    // ObliviousRemovedValueTests.
    [Theory]
    [InlineData("#nullable enable", "string", "string?")]
    [InlineData("#nullable enable", "int", "int?")]
    public void A_removal_returning_the_value_not_declared_nullable_is_refused(string context, string valueType, string shown)
    {
        var run = GeneratorHarness.Run(Sources.Usings + context + "\n" + """
            namespace Removals;

            [InMemoryFake]
            public interface IValues
            {
                void Set(string key, VALUE value);
                VALUE TryRemove(string key);
            }
            """.Replace("VALUE", valueType, StringComparison.Ordinal));

        Assertions.GeneratorReported(run, "IMF0001");
        var message = run.GeneratorDiagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("'TryRemove' of IValues matches no key-value store convention: it must return void, bool, or the value it removed declared nullable (" + shown + ", default when the key is absent)", message, StringComparison.Ordinal);
    }
}
