// Source: https://github.com/Azure/azure-mobile-services
// Commit: 1198c8576bf1
// Licence: Apache-2.0 (an interface signature transcribed for a test)
// Sample: h-sample57 rule, fixed before probing (the whole walk is in Corpus/AzureSdkTools/IBlobCodeFileRepository.cs):
//   the Azure/ repositories in find_repos("Azure/") order (then find_repos("Azure/azure-") past its 100), mostly C# at
//   the newest stored snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 6. This one: the 5th pick (azure-mobile-services, 540 .cs of 977
//   source files; its first in path order, 3 members).
// Path: sdk/Managed/src/Microsoft.WindowsAzure.MobileServices/Platform/IApplicationStorage.cs (real stores, one per
//   platform: Microsoft.WindowsAzure.MobileServices.WindowsStore/Platform/ApplicationStorage.cs, .Android/, .iOS/,
//   .Net45/, .WindowsPhone8/, .WindowsPhone81/)
// Adapted: the namespace; internal made public (the corpus compiles each file as a library). Nullable disabled, as in
//   the source.
// Real store: the Windows Store one, ApplicationData.Current.LocalSettings.Values (a property set of typed values;
//   Android's SharedPreferences store keeps "TypeCode:value" and reads the typed value back the same).
//   TryReadSetting(name, out value): a null, empty or whitespace name throws ArgumentException; answers whether the
//   setting is there, with its value (the value written, typed). WriteSetting(name, value): the same ArgumentException;
//   stores the value under name, at once, overwriting. Save(): does nothing on every platform ("a no-op": the setting is
//   saved during the write). The Net45 store is the odd one out (an isolated-storage file per name: it reads back the
//   ToString() text with a line break, and a missing name reads as "" and true); the smoke script follows the others.
//   Writing null removes the setting on Windows and Android (not in the smoke script).
// First try (e5da2c2): incomplete, nothing generated: IMF0001 on all three: TryReadSetting ("its parameter 'value' is
//   passed out": Setting is no noun the store proves, so TryRead + Setting is no TryGet), WriteSetting ("not a known
//   verb"), Save ("it takes neither a key nor a value ... saves changes made before"). The probe stops at
//   TryReadSetting, the script's first line | WRONG: none (no member generated).
// After this round: unchanged. Save is rightly refused (a no-op on every platform, which its name does not say: it
//   could as well write what WriteSetting left pending). TryReadSetting/WriteSetting would be a TryGet and a Set of a
//   store of object values if "Setting" were a noun the store proves; it is neither the subject (ApplicationStorage)
//   nor the value type (object): left to the lead, as the noun rule's (docs/generator.md, key-value nouns).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureMobileServices.IApplicationStorageCase;

/// <summary>
/// An interface for platform-specific assemblies to implement to support
/// accessing settings in application storage.
/// </summary>
[InMemoryFake]
public interface IApplicationStorage
{
    bool TryReadSetting(string name, out object value);

    void WriteSetting(string name, object value);

    void Save();
}

public static class Smoke
{
    public static Task RunAsync(IApplicationStorage storage)
    {
        Check.False(storage.TryReadSetting("MobileServices.Installation.config", out var none), "TryReadSetting of a setting never written answers false");
        storage.WriteSetting("MobileServices.Installation.config", "2f3c6e0a");
        Check.True(storage.TryReadSetting("MobileServices.Installation.config", out var id), "WriteSetting stores the setting at once (before Save)");
        Check.Equal("2f3c6e0a", (string)id, "with its value");
        storage.WriteSetting("MobileServices.Installation.config", "9b1d");
        Check.True(storage.TryReadSetting("MobileServices.Installation.config", out var overwritten), "WriteSetting of a written name");
        Check.Equal("9b1d", (string)overwritten, "overwrites it");
        storage.WriteSetting("MobileServices.Retries", 3);
        Check.True(storage.TryReadSetting("MobileServices.Retries", out var retries), "a setting of another base type");
        Check.Equal(3, (int)retries, "reads back typed");
        storage.Save();
        Check.True(storage.TryReadSetting("MobileServices.Retries", out _), "Save changes nothing (a no-op)");
        Check.Throws<ArgumentException>(() => storage.WriteSetting(" ", "x"), "WriteSetting of a blank name throws ArgumentException");
        Check.Throws<ArgumentException>(() => storage.TryReadSetting("", out _), "TryReadSetting of an empty name throws ArgumentException");
        return Task.CompletedTask;
    }
}
