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
}
