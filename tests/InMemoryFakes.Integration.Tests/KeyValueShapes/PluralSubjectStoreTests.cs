using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A store named after a plural (ISettingsStore) whose verbs carry the singular (GetSetting, SetSetting, DeleteSetting)
// and whose GetAllSettings returns every entry as a dictionary, as application settings stores are written.
[InMemoryFake]
public interface ISettingsStore
{
    Task<string?> GetSettingAsync(string name);

    Task SetSettingAsync(string name, string value);

    Task<IDictionary<string, string>> GetAllSettingsAsync();

    Task DeleteSettingAsync(string name);
}

[InMemoryFake]
public interface IUserPreferencesStore
{
    int? GetPreference(string key);

    void SetPreference(string key, int value);

    IReadOnlyDictionary<string, int> GetPreferences();
}

public sealed class PluralSubjectStoreTests
{
    [Fact]
    public async Task Singular_verbs_read_and_write_one_entry_and_get_all_returns_every_entry_with_its_key()
    {
        ISettingsStore settings = new InMemorySettingsStore();

        Assert.Null(await settings.GetSettingAsync("theme"));
        await settings.SetSettingAsync("theme", "dark");
        await settings.SetSettingAsync("lang", "en");
        await settings.SetSettingAsync("theme", "light");

        Assert.Equal("light", await settings.GetSettingAsync("theme"));
        var all = await settings.GetAllSettingsAsync();
        Assert.Equal(new Dictionary<string, string> { ["theme"] = "light", ["lang"] = "en" }, all);

        all["lang"] = "fr";
        Assert.Equal("en", await settings.GetSettingAsync("lang"));

        await settings.DeleteSettingAsync("theme");
        Assert.Null(await settings.GetSettingAsync("theme"));
        Assert.Equal(new[] { "lang" }, (await settings.GetAllSettingsAsync()).Keys);
    }

    [Fact]
    public void A_plural_getter_without_a_key_returns_every_entry()
    {
        IUserPreferencesStore preferences = new InMemoryUserPreferencesStore();
        Assert.Empty(preferences.GetPreferences());

        preferences.SetPreference("fontSize", 14);
        preferences.SetPreference("columns", 2);

        Assert.Equal(14, preferences.GetPreference("fontSize"));
        Assert.Null(preferences.GetPreference("zoom"));
        Assert.Equal(new Dictionary<string, int> { ["fontSize"] = 14, ["columns"] = 2 }, preferences.GetPreferences());
    }
}

// The generic nouns Record and Object (Tim Corey's GetRecordAsync/SetRecordAsync over IDistributedCache, session
// helpers' SetObject/GetObject) name the stored value, as Item and Entry do.
[InMemoryFake]
public interface IRecordCache
{
    Task<T?> GetRecordAsync<T>(string recordId)
        where T : class;

    Task SetRecordAsync<T>(string recordId, T data, TimeSpan? expiry = null)
        where T : class;

    Task RemoveRecordAsync(string recordId);

    bool ObjectExists(string recordId);
}

public sealed class RecordNounTests
{
    [Fact]
    public async Task Record_and_object_verbs_read_write_and_remove_entries_by_key()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var fake = new InMemoryRecordCache(clock);
        IRecordCache cache = fake;

        await cache.SetRecordAsync("user:1", "Ada", TimeSpan.FromMinutes(5));
        Assert.Equal("Ada", await cache.GetRecordAsync<string>("user:1"));
        Assert.True(cache.ObjectExists("user:1"));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(await cache.GetRecordAsync<string>("user:1"));

        await cache.SetRecordAsync("user:2", "Grace");
        await cache.RemoveRecordAsync("user:2");
        Assert.False(cache.ObjectExists("user:2"));
    }
}
