// Source: https://github.com/QuantConnect/Lean
// Commit: 24863901
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample23 rule, fixed before probing: in these repositories, in this order (microsoft/PowerToys,
//   microsoft/ApplicationInsights-dotnet, microsoft/garnet, CoreWCF/CoreWCF, dotnet/docfx,
//   microsoft/component-detection, Azure/azure-functions-durable-extension, microsoft/onefuzz, dotnet/msbuild,
//   files-community/Files, QuantConnect/Lean, ShareX/ShareX, dotnet/roslyn, microsoft/vs-streamjsonrpc), skipping any
//   the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep for
//   `interface I…(Repository|Repo|Store|Storage|Cache)` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole (up to 50 members).
//   PowerToys (565 MB) and roslyn (3.75 GB) are over fetch's 500 MB limit: skipped as not held. ApplicationInsights-
//   dotnet, garnet, docfx, component-detection, azure-functions-durable-extension, Files and ShareX have no such
//   interface outside test paths; CoreWCF's only one, ISecurityContextSecurityTokenCache, is already in the corpus (its
//   declaration is dotnet/wcf's, member for member: Corpus/Wcf, h-sample17); msbuild's IPropertyCache declares no member
//   (IResultsCache comes after IRegisteredTaskObjectCache); vs-streamjsonrpc's only one, IGenericTypeArgStore, declares 1.
//   So the rule picks 4, not 10, in order: onefuzz IStorage; msbuild IConfigCache, IRegisteredTaskObjectCache; Lean
//   IObjectStore.
//   This one: the 1st of QuantConnect/Lean (10 members of its own; IDisposable and IEnumerable<KeyValuePair<string,
//   byte[]>> are the BCL's).
// Path: Common/Interfaces/IObjectStore.cs (real store: Engine/Storage/LocalObjectStore.cs; models:
//   Common/Interfaces/ObjectStoreErrorRaisedEventArgs.cs, Common/Packets/Controls.cs, Common/Global.cs AlgorithmMode)
// Adapted: [InheritedExport(typeof(IObjectStore))] (MEF) dropped; Controls cut to the four settings the store reads,
//   StoragePermissions to Read/Write/Delete; AlgorithmMode's members as in the source. Nullable disabled, as in the
//   source (Lean does not enable it).
// Real store: LocalObjectStore, files under a storage root with an in-memory ConcurrentDictionary in front, persisted
//   by a timer (or at once when PersistenceIntervalSeconds <= 0). Keys are normalized: leading '.', then leading '/'
//   and '\' trimmed, '\' made '/' ("/a\\b" and "a/b" are one key). MaxSize / MaxFiles are Controls.StorageLimit /
//   StorageFileCount (0 before Initialize). ContainsKey: null throws ArgumentNullException, no read permission
//   InvalidOperationException; true when in memory or on disk. ReadBytes: a missing key throws KeyNotFoundException, else
//   the stored bytes (the same array). SaveBytes: null path ArgumentNullException, no write permission
//   InvalidOperationException, a path outside ^\.?[a-zA-Z0-9\\/_#\-\$= ]+\.?[a-zA-Z0-9]*$ ArgumentException; over
//   MaxFiles or MaxSize (counting the other stored objects) raises ErrorRaised and returns false (throws
//   StorageLimitExceededException in Research mode); else upserts and returns true when contents is not null (a null
//   contents registers the key without data and returns false). Delete: null ArgumentNullException, no delete
//   permission InvalidOperationException; removes from memory and disk, true when something was removed. GetFilePath:
//   the file path under the root (SaveBytes(path, null) first when missing). Keys: every key in memory or on disk.
//   Clear: persists pending writes, then empties the in-memory cache only: the files stay, so ContainsKey / ReadBytes /
//   Keys still find persisted objects after Clear. Enumerating yields (key, bytes) of every object.
// Shapes: *=core
// First try (8d3c8a1): incomplete: IMF0001 on 9 members (ErrorRaised, an event; both GetEnumerator; GetFilePath,
//   Initialize not known verbs; MaxFiles, MaxSize not supported properties; ReadBytes, SaveBytes "names its value's type
//   (Bytes), but the store's values are IEnumerator<KeyValuePair<string, byte[]>>": the value type was voted from
//   GetEnumerator's result, a cause they do not have: their values are byte[], as the KeyValuePair says); generated:
//   ContainsKey, Delete, Keys, Clear, Dispose | WRONG: Clear empties the fake, where the real Clear persists pending
//   writes and drops only the in-memory copies, so every saved object is still found (ContainsKey, ReadBytes, Keys) after
//   it (the interface's own XML doc: "clear the object store state cache"); ContainsKey and Delete compare keys
//   ordinally, where the real store normalizes them first ("/a\\b.json" and "a/b.json" are one key).
// After this round: unchanged. The ReadBytes/SaveBytes message still names IEnumerator<KeyValuePair<string, byte[]>> as the
//   store's values (the value type is voted from GetEnumerator's result, KeyValueShape.Types). Leaving GetEnumerator out of
//   the vote was tried: the values become byte[] and ReadBytes is then generated as an oblivious read that returns null for
//   a missing key (the key-value convention for #nullable disable), where Lean throws KeyNotFoundException: a refusal would
//   become a silent guess, so the vote was left as it is, for the lead (see the round's report).
// Still wrong: Clear empties the fake, where LocalObjectStore.Clear persists pending writes and drops only its in-memory
//   copies, so saved objects are still found after it; ContainsKey and Delete compare keys ordinally, where the real store
//   normalizes them ("/a\\b.json" is "a/b.json"). No signature says either; the smoke script, which stops at Initialize
//   (refused), reaches neither.

#nullable disable

using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using InMemoryFakes;

namespace Corpus.Lean.IObjectStoreCase;

public enum AlgorithmMode
{
    Live,
    Optimization,
    Backtesting,
    Research,
}

public class StoragePermissions
{
    public bool Read { get; set; } = true;

    public bool Write { get; set; } = true;

    public bool Delete { get; set; } = true;
}

public class Controls
{
    public long StorageLimit { get; set; } = 10737418240L;

    public int StorageFileCount { get; set; } = 10000;

    public StoragePermissions StorageAccess { get; set; } = new StoragePermissions();

    public int PersistenceIntervalSeconds { get; set; } = 5;
}

public class ObjectStoreErrorRaisedEventArgs : EventArgs
{
    public Exception Error { get; }

    public ObjectStoreErrorRaisedEventArgs(Exception error)
    {
        Error = error;
    }
}

[InMemoryFake]
public interface IObjectStore : IDisposable, IEnumerable<KeyValuePair<string, byte[]>>
{
    long MaxSize { get; }

    int MaxFiles { get; }

    event EventHandler<ObjectStoreErrorRaisedEventArgs> ErrorRaised;

    void Initialize(int userId, int projectId, string userToken, Controls controls, AlgorithmMode algorithmMode);

    bool ContainsKey(string path);

    byte[] ReadBytes(string path);

    bool SaveBytes(string path, byte[] contents);

    bool Delete(string path);

    string GetFilePath(string path);

    ICollection<string> Keys { get; }

    void Clear();
}

public static class Smoke
{
    public static async Task RunAsync(IObjectStore store)
    {
        await Task.CompletedTask;
        store.Initialize(1, 2, "token", new Controls(), AlgorithmMode.Backtesting);
        Check.Equal(10737418240L, store.MaxSize, "MaxSize is Controls.StorageLimit");
        Check.Equal(10000, store.MaxFiles, "MaxFiles is Controls.StorageFileCount");

        Check.False(store.ContainsKey("a/b.json"), "ContainsKey of a missing key is false");
        Check.Throws<ArgumentNullException>(() => store.ContainsKey(null), "ContainsKey(null) throws ArgumentNullException");
        Check.Throws<KeyNotFoundException>(() => store.ReadBytes("a/b.json"), "ReadBytes of a missing key throws KeyNotFoundException");
        Check.Throws<ArgumentException>(() => store.SaveBytes("bad|name", new byte[] { 1 }), "a path outside the allowed characters throws ArgumentException");

        Check.True(store.SaveBytes("a/b.json", new byte[] { 1, 2 }), "SaveBytes stores and returns true");
        Check.True(store.ContainsKey("/a\\b.json"), "keys are normalized: leading '/' trimmed, '\\' made '/'");
        Check.Equal(2, store.ReadBytes("a/b.json").Length, "ReadBytes has the bytes");
        Check.True(store.SaveBytes("a/b.json", new byte[] { 3 }), "SaveBytes of a stored key upserts");
        Check.Equal((byte)3, store.ReadBytes("a/b.json")[0], "the upsert is read");
        Check.Equal(1, store.Keys.Count, "Keys has one key per object");

        Check.True(store.Delete("a/b.json"), "Delete of a stored key is true");
        Check.False(store.ContainsKey("a/b.json"), "Delete removes");
        Check.False(store.Delete("a/b.json"), "Delete of a missing key is false");
    }
}
