using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A removal by key pattern whose parameter is a Regex: the type says what the pattern means (a string pattern is refused,
// since EasyCaching reads a leading or trailing '*', Redis a glob and Squidex a regular expression).

[InMemoryFake]
public interface IPatternCache
{
    string? Get(string key);

    void Set(string key, string value);

    int RemoveByPattern(Regex pattern);

    Task RemoveByPatternAsync(Regex pattern);
}

public sealed class RegexRemovalTests
{
    [Fact]
    public void RemoveByPattern_removes_the_keys_the_regular_expression_matches_anywhere_and_counts_them()
    {
        IPatternCache cache = new InMemoryPatternCache();
        cache.Set("product:1", "a");
        cache.Set("product:2", "b");
        cache.Set("category:product", "c");
        cache.Set("user:1", "d");

        Assert.Equal(3, cache.RemoveByPattern(new Regex("product")));

        Assert.Null(cache.Get("product:1"));
        Assert.Null(cache.Get("category:product"));
        Assert.Equal("d", cache.Get("user:1"));
    }

    [Fact]
    public async Task An_anchored_pattern_removes_only_the_keys_it_anchors_to()
    {
        IPatternCache cache = new InMemoryPatternCache();
        cache.Set("product:1", "a");
        cache.Set("category:product", "c");

        await cache.RemoveByPatternAsync(new Regex("^product:"));

        Assert.Null(cache.Get("product:1"));
        Assert.Equal("c", cache.Get("category:product"));
    }

    [Fact]
    public void A_null_pattern_is_ArgumentNullException_naming_it_and_removes_nothing()
    {
        IPatternCache cache = new InMemoryPatternCache();
        cache.Set("product:1", "a");

        var error = Assert.Throws<ArgumentNullException>(() => cache.RemoveByPattern(null!));

        Assert.Equal("pattern", error.ParamName);
        Assert.Equal("a", cache.Get("product:1"));
    }
}
