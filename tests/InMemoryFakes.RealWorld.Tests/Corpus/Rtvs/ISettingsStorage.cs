// Source: https://github.com/microsoft/RTVS
// Commit: 52d0684bec5b
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample45 rule, fixed before probing (Corpus/TypeAgent/IConversationCache.cs has it in full: the repositories
//   find_repos("microsoft/") lists, in that order, with C# code and not a corpus source; first
//   *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order with >= 3 members that holds state,
//   outside paths containing "test", 1 per repository, stop after 6). This one: the 3rd pick (RTVS; its first hit in
//   path order, 5 members). Not the same interface as Corpus/DevToys/ISettingsStorage.cs (another repository, other
//   members).
// Path: src/Common/Core/Impl/Shell/ISettingsStorage.cs (real store: src/Package/Impl/Shell/Services/VsSettingsStorage.cs,
//   registered in VsAppShell.Services.cs; the VS Code language server's SettingsStorage is a no-op stand-in)
// Adapted: the namespace. Nullable disabled, as in the source.
// Real store: VsSettingsStorage, a Dictionary<string, Setting> cache in front of Visual Studio's settings manager
//   (names ordinal, case-sensitive). SetSetting(name, value) caches the value under the name (adds or replaces; null
//   kept) and marks it changed. SettingExists(name): true when the name is cached (also with a null value), else
//   whether VS's store holds a non-null value. GetSetting(name, type): the cached value as it was set, whatever the type
//   asked (a miss loads VS's stored value, converted to the type, and caches it; nothing stored: null).
//   GetSetting<T>(name, defaultValue): GetSetting(name, typeof(T)); a non-null value cast to T, null (missing or set to
//   null) gives defaultValue. PersistAsync writes the changed values to VS's settings manager (JSON for non-simple
//   types) and clears their changed mark: the cached values stay as they are.
// Shapes: *=core
// First try (e557a11): incomplete, read as a key-value store of object values (string name -> object): IMF0001 on
//   GetSetting<T>(name, defaultValue) ("its parameter 'defaultValue' (T) after the key is nothing a key-value store
//   knows") and PersistAsync (a parameterless write: the store's own). Generated: SettingExists (Exists), SetSetting
//   (Set), GetSetting(name, Type) (the value when it is an instance of the type, else null). The probe stops at
//   GetSetting<T>, the script's third line | WRONG (found by a throwaway probe, not in the script): GetSetting(name,
//   typeof(string)) of a setting set to 14 returns null, where VsSettingsStorage returns the cached 14 whatever type is
//   asked (which answer a store gives for a value of another type, null, the value as stored or a conversion, is in no
//   signature). Loud only: SetSetting(name, null) throws ArgumentNullException (value is oblivious), where the real
//   store caches null.
// After this round: still incomplete (GetSetting<T> and PersistAsync refused, rightly: a default value the store
//   answers for a missing or null setting, and a save of changes made before, are its own). GetSetting(name, Type) no
//   longer answers null for a value of another type: it throws InvalidCastException naming GetSetting, the key and both
//   types and the one-line access (Store.TryGet(key, out var value) ? value : null returns it as stored, as
//   VsSettingsStorage does), since what a store answers there is in no signature (docs/generator.md, key-value refused
//   guesses). A value of the type asked and a missing name are unchanged.
// After h-oblivious2 (session 30): still incomplete (other members); GetSetting answers null for a missing key as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing
//   key, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store
//   answers null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Rtvs.ISettingsStorageCase;

[InMemoryFake]
public interface ISettingsStorage
{
    bool SettingExists(string name);
    object GetSetting(string name, Type t);
    T GetSetting<T>(string name, T defaultValue);
    void SetSetting(string name, object value);
    Task PersistAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ISettingsStorage settings)
    {
        Check.False(settings.SettingExists("FontSize"), "a setting never set does not exist");
        Check.Null(settings.GetSetting("FontSize", typeof(int)), "GetSetting of a setting never set is null");
        Check.Equal(12, settings.GetSetting("FontSize", 12), "GetSetting<T> of a setting never set is the default given");

        settings.SetSetting("FontSize", 14);
        Check.True(settings.SettingExists("FontSize"), "a set setting exists");
        Check.Equal<object>(14, settings.GetSetting("FontSize", typeof(int)), "GetSetting returns the value set");
        Check.Equal(14, settings.GetSetting("FontSize", 12), "GetSetting<T> returns the value set, not the default");
        Check.False(settings.SettingExists("fontsize"), "names are case-sensitive");

        settings.SetSetting("FontSize", 16);
        Check.Equal(16, settings.GetSetting("FontSize", 12), "setting it again replaces the value");

        settings.SetSetting("Theme", null);
        Check.True(settings.SettingExists("Theme"), "a setting set to null exists");
        Check.Null(settings.GetSetting("Theme", typeof(string)), "and reads as null");
        Check.Equal("Light", settings.GetSetting("Theme", "Light"), "GetSetting<T> of a null setting is the default given");

        await settings.PersistAsync();
        Check.Equal(16, settings.GetSetting("FontSize", 12), "PersistAsync keeps the values as they are");
        Check.True(settings.SettingExists("Theme"), "every one of them");
    }
}
