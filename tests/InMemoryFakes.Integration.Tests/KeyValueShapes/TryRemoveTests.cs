using System;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// TryRemove/TryDelete(key) returning bool: ConcurrentDictionary's vocabulary, and that of Microsoft.Extensions.Options'
// IOptionsMonitorCache<TOptions> (GetOrAdd, TryAdd, TryRemove, Clear), which this interface copies.

public sealed class SchemeSettings
{
    public string Authority { get; set; } = "";
}

[InMemoryFake]
public interface ISchemeSettingsCache
{
    SchemeSettings GetOrAdd(string name, Func<SchemeSettings> createOptions);

    bool TryAdd(string name, SchemeSettings options);

    bool TryRemove(string name);

    bool TryDelete(string name);

    void Clear();
}

public sealed class TryRemoveTests
{
    [Fact]
    public void TryRemove_removes_a_stored_key_and_says_whether_it_did()
    {
        ISchemeSettingsCache cache = new InMemorySchemeSettingsCache();
        Assert.True(cache.TryAdd("oidc", new SchemeSettings { Authority = "https://a" }));

        Assert.True(cache.TryRemove("oidc"));
        Assert.False(cache.TryRemove("oidc"));
        Assert.Equal("made", cache.GetOrAdd("oidc", static () => new SchemeSettings { Authority = "made" }).Authority);
    }

    [Fact]
    public void TryDelete_is_the_same_removal()
    {
        ISchemeSettingsCache cache = new InMemorySchemeSettingsCache();
        cache.TryAdd("a", new SchemeSettings());

        Assert.True(cache.TryDelete("a"));
        Assert.False(cache.TryDelete("a"));
        Assert.True(cache.TryAdd("a", new SchemeSettings()));
    }
}
