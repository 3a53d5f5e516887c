// Source: https://github.com/microsoft/sqltoolsservice
// Commit: 3aa0d631a561
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample45 rule, fixed before probing (Corpus/TypeAgent/IConversationCache.cs has it in full: the repositories
//   find_repos("microsoft/") lists, in that order, with C# code and not a corpus source; first
//   *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order with >= 3 members that holds state,
//   outside paths containing "test", 1 per repository, stop after 6). This one: the 6th and last pick
//   (sqltoolsservice; its first hit in path order, 3 members).
// Path: src/Microsoft.SqlTools.Credentials/Credentials/ICredentialStore.cs (real stores: Linux/LinuxCredentialStore.cs
//   (a JSON file through FileTokenStorage), OSX/OSXCredentialStore.cs (the keychain), Win32/Win32CredentialStore.cs
//   (the Windows credential manager); model: Contracts/Credential.cs)
// Adapted: the namespace (one for all). Credential without its request types; its ValidateForSave as Validate's checks
//   do them. Nullable enabled, as in the source.
// Real store: LinuxCredentialStore (the Windows and macOS stores agree on what follows). Save(credential): the
//   credential must be non-null, with a non-empty CredentialId and a non-null Password (Validate.IsNotNull /
//   IsNotNullOrEmptyString: ArgumentNullException / ArgumentException, nothing written); it replaces any credential with
//   the same id (ordinal) and returns true. TryGetPassword(credentialId, out password): true with the stored password,
//   or false with null; a null or empty id is ArgumentException. DeletePassword(credentialId): true when a credential
//   with that id was stored and is now removed, else false; a null or empty id is ArgumentException.
// Shapes: *=core
// First try (e557a11): incomplete, read as an entity repository of Credential keyed by CredentialId, no member
//   generated: IMF0001 on all three: Save ("an upsert that returns bool does not say what true means"; this store
//   answers true always), TryGetPassword ("ref, in and out parameters are not supported") and DeletePassword ("'Password'
//   names neither the entity (Credential), the interface nor a parameter"). The probe stops at TryGetPassword, the
//   script's first line | WRONG: none (no member generated). The refusals are right: whether DeletePassword removes the
//   credential or clears its password is not in its name (this store removes it).
// After this round: unchanged (all three refused, rightly; TryGetPassword, a Try read of one property of the entity by
//   its key, would need a convention of its own, and DeletePassword's meaning is not in its name).
#nullable enable

using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SqlToolsService.ICredentialStoreCase;

public class Credential
{
    public string? CredentialId { get; set; }

    public string? Password { get; set; }

    public Credential()
    {
    }

    public Credential(string credentialId)
        : this(credentialId, null)
    {
    }

    public Credential(string credentialId, string? password)
    {
        CredentialId = credentialId;
        Password = password;
    }
}

/// <summary>
/// An <see cref="ICredentialStore"/> support securely saving and retrieving passwords
/// </summary>
[InMemoryFake]
public interface ICredentialStore
{
    /// <summary>
    /// Saves a Password linked to a given Credential
    /// </summary>
    /// <returns>True if successful, false otherwise</returns>
    bool Save(Credential credential);

    /// <summary>
    /// Gets a Password and sets it into a <see cref="Credential"/> object
    /// </summary>
    /// <returns>true if password was found, false otherwise</returns>
    bool TryGetPassword(string credentialId, [NotNullWhen(true)] out string? password);

    /// <summary>
    /// Deletes a password linked to a given credential
    /// </summary>
    /// <returns>True if password existed and was deleted, false otherwise</returns>
    bool DeletePassword(string credentialId);

}

public static class Smoke
{
    public static Task RunAsync(ICredentialStore store)
    {
        Check.False(store.TryGetPassword("server1", out var missing), "TryGetPassword of an id never saved is false");
        Check.Null(missing, "with null");

        Check.True(store.Save(new Credential("server1", "p@ss")), "Save returns true");
        Check.True(store.TryGetPassword("server1", out var password), "TryGetPassword finds the saved credential");
        Check.Equal("p@ss", password, "with its password");
        Check.False(store.TryGetPassword("SERVER1", out _), "ids are ordinal, case-sensitive");

        Check.True(store.Save(new Credential("server1", "n3w")), "Save of the same id again returns true");
        Check.True(store.TryGetPassword("server1", out password), "and replaces it");
        Check.Equal("n3w", password, "with the new password");

        Check.Throws<ArgumentException>(() => store.Save(new Credential("server2", null)), "Save with a null password is ArgumentException (ArgumentNullException)");
        Check.False(store.TryGetPassword("server2", out _), "and writes nothing");
        Check.Throws<ArgumentException>(() => store.Save(new Credential { Password = "x" }), "Save without an id is ArgumentException");

        Check.True(store.DeletePassword("server1"), "DeletePassword of a saved id is true");
        Check.False(store.TryGetPassword("server1", out _), "and it is gone");
        Check.False(store.DeletePassword("server1"), "DeletePassword of an id not stored is false");
        return Task.CompletedTask;
    }
}
