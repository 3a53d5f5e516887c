// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Components/Components/src/IPersistentComponentStateStore.cs
// Real store: the interface documents a storage ("Persists the serialized state into the storage"; "Gets the persisted
//   state from the store"). The framework's own in-memory store, TestStore in
//   src/Components/Components/test/PersistentState/ComponentStatePersistenceManagerTest.cs, keeps one document:
//   PersistStateAsync(state) replaces it with a copy (State = state.ToDictionary(…)), GetPersistedStateAsync returns it,
//   empty for a new store. The production stores carry the document from one process to the next:
//   src/Components/Shared/src/PrerenderComponentApplicationStore.cs serialises the state once into PersistedState for the
//   page, and the next process's store is created from it (GetPersistedStateAsync returns what it was created with).
//   One fake stands for both ends of that trip: what was persisted last is what is read back. SupportsRenderMode is a
//   default interface member (left alone).
//   Since h-framework2 the fake follows that contract (Conventions.FrameworkMemberMeanings): PersistStateAsync replaces
//   the whole state, GetPersistedStateAsync reads it back as a new dictionary with copied bytes.
// Shapes: *=12,18
// First try (a75b0ce): incomplete: IMF0001 GetPersistedStateAsync; PersistStateAsync was generated as a merge of the
//   entries (SetMany), while the real store persists the whole state once and throws on a second call
// Still wrong: a second PersistStateAsync replaces the document, where the prerender stores throw InvalidOperationException
//   ("State already persisted."); GetPersistedStateAsync returns a copy, where TestStore and the prerender store hand out
//   their own dictionary (which ComponentStatePersistenceManager.RestoreStateAsync empties as it takes the entries).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Components;

namespace Corpus.AspNetCore.IPersistentComponentStateStoreCase;

[InMemoryFake(typeof(IPersistentComponentStateStore))]
public partial class PersistentComponentStateStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IPersistentComponentStateStore store)
    {
        Check.Equal(0, (await store.GetPersistedStateAsync()).Count, "a new store holds no state");
        var bytes = new byte[] { 1, 2 };
        await store.PersistStateAsync(new Dictionary<string, byte[]> { ["counter"] = bytes, ["user"] = new byte[] { 7 } });
        bytes[0] = 9;
        var read = await store.GetPersistedStateAsync();
        Check.Equal(2, read.Count, "what was persisted is read back");
        Check.Equal(1, (int)read["counter"][0], "the store kept a copy of the persisted state");
        await store.PersistStateAsync(new Dictionary<string, byte[]> { ["counter"] = new byte[] { 3 } });
        read = await store.GetPersistedStateAsync();
        Check.Equal(1, read.Count, "a later PersistStateAsync replaces the whole state (State = state.ToDictionary(...)), it does not merge");
        Check.Equal(3, (int)read["counter"][0], "the later state is read back");
        await store.PersistStateAsync(new Dictionary<string, byte[]>());
        Check.Equal(0, (await store.GetPersistedStateAsync()).Count, "an empty state replaces everything");
    }
}
