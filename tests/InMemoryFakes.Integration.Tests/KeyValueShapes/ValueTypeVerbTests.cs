using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Verbs followed by the name of the value's own type (ValueTypeVerbs): SetString beside generic items (ServiceStack's
// ILocalStorage; its GetStringAsync is refused beside SetItemAsync<T>, because what a string read answers for an item is the
// real store's conversion, JSON there: Generators.Tests' KeyValueRefusalTests), Unity-style GetInt/SetString over values of
// several types, and a store of strings only.

[InMemoryFake]
public interface IBrowserStorage
{
    Task SetStringAsync(string name, string value);

    Task SetItemAsync<T>(string name, T value);

    Task<T?> GetItemAsync<T>(string name);

    Task RemoveAsync(string name);
}

[InMemoryFake]
public interface IPreferenceStore
{
    int GetInt(string key);

    void SetInt(string key, int value);

    string? GetString(string key);

    void SetString(string key, string value);

    bool TryGetBoolean(string key, out bool value);

    void SetBoolean(string key, bool value);
}

[InMemoryFake]
public interface ITextSettings
{
    string? GetString(string key);

    void SetString(string key, string value);

    void Remove(string key);
}

public sealed class ValueTypeVerbTests
{
    [Fact]
    public async Task SetString_and_generic_items_share_one_table()
    {
        IBrowserStorage storage = new InMemoryBrowserStorage();
        Assert.Null(await storage.GetItemAsync<string>("token"));

        await storage.SetStringAsync("token", "abc");
        await storage.SetItemAsync("count", 3);

        Assert.Equal("abc", await storage.GetItemAsync<string>("token"));
        Assert.Equal(3, await storage.GetItemAsync<int>("count"));

        await storage.RemoveAsync("token");
        Assert.Null(await storage.GetItemAsync<string>("token"));
    }

    [Fact]
    public void Verbs_naming_several_value_types_share_one_table_of_objects_and_each_reads_its_own_type()
    {
        IPreferenceStore prefs = new InMemoryPreferenceStore();
        prefs.SetInt("volume", 7);
        prefs.SetString("name", "Ada");
        prefs.SetBoolean("muted", true);

        Assert.Equal(7, prefs.GetInt("volume"));
        Assert.Equal("Ada", prefs.GetString("name"));
        Assert.True(prefs.TryGetBoolean("muted", out var muted) && muted);

        prefs.SetInt("name", 1);
        Assert.Null(prefs.GetString("name"));
        Assert.False(prefs.TryGetBoolean("missing", out _));
    }

    [Fact]
    public void GetInt_of_a_missing_key_throws_not_found_and_of_a_string_a_clear_cast_error()
    {
        IPreferenceStore prefs = new InMemoryPreferenceStore();
        prefs.SetString("name", "Ada");

        Assert.Throws<NotFoundException>(() => prefs.GetInt("missing"));
        var error = Assert.Throws<InvalidCastException>(() => prefs.GetInt("name"));
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_whose_verbs_name_only_string_is_a_store_of_strings()
    {
        ITextSettings settings = new InMemoryTextSettings();
        settings.SetString("theme", "dark");
        settings.SetString("theme", "light");

        Assert.Equal("light", settings.GetString("theme"));
        settings.Remove("theme");
        Assert.Null(settings.GetString("theme"));
        Assert.Equal(0, Fakes.Of(settings).Count);
    }
}
