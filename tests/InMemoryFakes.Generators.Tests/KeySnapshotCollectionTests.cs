using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Keys and values returned as a set or a frozen or immutable collection (Bicep's <c>FrozenSet&lt;TKey&gt; Keys { get; }</c>,
/// once refused): a snapshot of the live keys or values in the declared type, which later writes do not change.
/// </summary>
public class KeySnapshotCollectionTests
{
    [Fact]
    public async Task Every_declared_collection_holds_the_live_keys_and_values_at_the_call()
    {
        ISnapshotKeyCache cache = new InMemorySnapshotKeyCache();
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 2);
        Assert.True(cache.Remove("c"));

        var frozen = cache.Keys;
        Assert.Equal(new[] { "a", "b" }, frozen.Order(System.StringComparer.Ordinal));
        Assert.Equal(new[] { "a", "b" }, cache.GetKeys());
        Assert.True((await cache.ListKeysAsync()).SetEquals(new[] { "a", "b" }));
        Assert.True(cache.AllKeys().SetEquals(new[] { "a", "b" }));
        Assert.True(cache.GetAllKeys().SetEquals(new[] { "a", "b" }));
        Assert.Equal(new[] { 1, 2 }, cache.GetValues());
        Assert.True(cache.ListValues().SetEquals(new[] { 1, 2 }));

        cache.Set("d", 4);
        Assert.Equal(2, frozen.Count);
        Assert.Contains("d", (IEnumerable<string>)cache.Keys);
    }

    [Fact]
    public void The_keys_of_an_open_cache_declared_without_nullable_annotations_come_back_frozen()
    {
        IObliviousSnapshotCache<int, string> cache = new InMemoryObliviousSnapshotCache<int, string>();
        Assert.Equal("one", cache.GetOrAdd(1, () => "one"));
        Assert.Equal("two", cache.GetOrAdd(2, () => "two"));

        Assert.True(cache.Keys.SetEquals(new[] { 1, 2 }));
        Assert.Equal(new[] { "one", "two" }, cache.GetValues());
    }

    [Theory]
    [InlineData("enable")]
    [InlineData("disable")]
    [InlineData("enable annotations")]
    [InlineData("enable warnings")]
    public void The_snapshot_types_compile_warning_free_in_every_nullable_context(string context)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "using System.Collections.Frozen;\nusing System.Collections.Immutable;\n#nullable " + context + "\n" + """
            namespace Snapshots;

            [InMemoryFake]
            public interface ICache<TKey, TValue>
            {
                FrozenSet<TKey> Keys { get; }
                ImmutableArray<TValue> GetValues();
                TValue GetOrAdd(TKey key, Func<TValue> valueFactory);
            }

            [InMemoryFake]
            public interface INames
            {
                Task<IReadOnlySet<string>> GetKeysAsync();
                ImmutableList<string> ListValues();
                bool Remove(string key);
                void Set(string key, string value);
            }
            """);
        Assertions.Clean(run);
    }
}
