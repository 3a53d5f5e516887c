// Source: https://github.com/Zubplug/hotel_pms
// Commit: bddb7bb4826f
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-sample78 rule (the whole rule and the repositories it skipped: Corpus/ZuluHotel/ITownCrierEntryList.cs).
//   This one: the 2nd pick (the 15th of find_repos("Hotel"), LodgeCore, a hotel PMS with a MAUI desk app). Before it in
//   path order: TestReservations.cs (a test path) and ILockProvider (apps/agent-windows, the door-lock encoder driver
//   over the Deluns and HS vendor SDKs: it encodes, reads and cancels key cards on the hardware and keeps nothing).
// Path: apps/desktop/LodgeCore.Desktop/Services/CredentialStorageService.cs (the interface and its one implementation,
//   DpapiCredentialStorageService, registered in MauiProgram.cs and used by SyncEngine and TerminalBootstrapService to
//   keep the terminal's API secret)
// Adapted: none (no model). Nullable enabled, as in the source (LodgeCore.Desktop.csproj).
// Real store: DpapiCredentialStorageService keeps one file per key under LocalApplicationData/LodgeCoreDesktop/
//   Credentials, the key's invalid file-name characters replaced by '_' ("a/b" and "a_b" are one credential), its
//   content the secret encrypted with DPAPI (machine scope), base64. SaveCredential(key, secret) writes the file,
//   replacing a secret saved before; a null or empty key or secret is ignored (it returns, nothing written, a secret
//   already saved under the key kept). LoadCredential(key) answers the decrypted secret, or null when no file exists
//   (or the file cannot be decrypted: it logs and answers null). DeleteCredential(key) deletes the file; a key with no
//   file is nothing. On Windows (the project's only target) the file system compares names case-insensitively, so
//   "Key" and "key" are one credential too.
// Shapes: *=1
// Configured: BlankKeys = BlankKeys.Ignore: SaveCredential returns for a null or empty key, and LoadCredential and
//   DeleteCredential of "" find no file (".dat"), so nothing is saved, read or deleted under it (a white-space key,
//   which the fake ignores too, names a file there: not checked).
// First try (2df64237): incomplete: IMF0001 SaveCredential, LoadCredential and DeleteCredential ('Credential' after the
//   verb is no noun of the store: the subject was read as CredentialStorage, its Service stripped but not its Storage)
//   | WRONG: none (nothing generated).
// After this round: complete. A subject that itself ends in a word naming a store (Cache, Store, Storage) proves the
//   noun inside it too (VerbNouns.InnerSubject; Sample78Tests; docs/generator.md, key-value nouns), so the three are a
//   set, a read (null when missing) and a removal of a store of strings. BlankKeys = Ignore states the real store's
//   guard of an empty key (Configured, above). Left, in KnownSmokeMismatches: the real SaveCredential also ignores an empty secret
//   (the one saved before is kept), where the fake stores ""; a guard of the value no signature shows.
// After h-review32 (session 32): StringKeys = StringKeyComparison.OrdinalIgnoreCase, set: the real store's key is a file name on
//   Windows, where "API-Secret" and "api-secret" name one file, so a credential saved under one casing loads, is
//   replaced and is deleted under the other; before, the fake kept two (silently different: a load under another casing
//   answered null). The script checks it.
// Still wrong: the real store also replaces the key's invalid file-name characters by '_' ("a/b" and "a_b" are one
//   credential), a normalization of its own which no setting states; a white-space key names a file there, where
//   BlankKeys = Ignore ignores it (not checked).
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HotelPms.ICredentialStorageServiceCase;

[InMemoryFake(BlankKeys = BlankKeys.Ignore, StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface ICredentialStorageService
{
    void SaveCredential(string key, string secret);
    string? LoadCredential(string key);
    void DeleteCredential(string key);
}

public static class Smoke
{
    public static Task RunAsync(ICredentialStorageService credentials)
    {
        Check.Null(credentials.LoadCredential("api-secret"), "a credential never saved loads as null");

        credentials.SaveCredential("api-secret", "s3cret");
        Check.Equal("s3cret", credentials.LoadCredential("api-secret"), "LoadCredential answers the secret saved");

        credentials.SaveCredential("api-secret", "rotated");
        Check.Equal("rotated", credentials.LoadCredential("api-secret"), "a second save replaces the secret");

        credentials.SaveCredential("other", "x");
        credentials.DeleteCredential("api-secret");
        Check.Null(credentials.LoadCredential("api-secret"), "DeleteCredential removes it");
        Check.Equal("x", credentials.LoadCredential("other"), "and no other");
        credentials.DeleteCredential("api-secret");
        Check.Null(credentials.LoadCredential("api-secret"), "deleting a credential not saved is nothing");

        credentials.SaveCredential("other", "");
        Check.Equal("x", credentials.LoadCredential("other"), "an empty secret is ignored: the saved one is kept");
        credentials.SaveCredential("Terminal-Key", "k1");
        Check.Equal("k1", credentials.LoadCredential("terminal-key"), "a key is a Windows file name: another casing names the same credential");
        credentials.SaveCredential("TERMINAL-KEY", "k2");
        Check.Equal("k2", credentials.LoadCredential("Terminal-Key"), "and a save under it replaces the secret");
        credentials.DeleteCredential("terminal-KEY");
        Check.Null(credentials.LoadCredential("Terminal-Key"), "and a delete under it removes it");

        credentials.SaveCredential("", "y");
        Check.Null(credentials.LoadCredential(""), "an empty key is ignored: nothing is saved under it");
        return Task.CompletedTask;
    }
}
