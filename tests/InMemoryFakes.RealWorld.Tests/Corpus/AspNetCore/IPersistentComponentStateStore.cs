// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Components/Components/src/IPersistentComponentStateStore.cs
// Real store: src/Components/Shared/src/PrerenderComponentApplicationStore.cs (prerendering; the WebAssembly and Server stores
//   derive from it): GetPersistedStateAsync returns the state the store was CREATED with (what the prerendered page
//   carried; empty for a new store), never what this instance persisted; PersistStateAsync(state) serialises the whole
//   state once into PersistedState for the next process, and a second call throws InvalidOperationException
//   ("State already persisted."). SupportsRenderMode is a default interface member (the prerender store overrides it).
// Shapes: *=12,18
// First try (a75b0ce): incomplete: IMF0001 GetPersistedStateAsync; PersistStateAsync was generated as a merge of the
//   entries (SetMany), while the real store persists the whole state once and throws on a second call
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
        Check.Equal(0, (await store.GetPersistedStateAsync()).Count, "a new store restores no state");
        await store.PersistStateAsync(new Dictionary<string, byte[]> { ["counter"] = new byte[] { 1, 2 } });
        Check.Equal(0, (await store.GetPersistedStateAsync()).Count, "what this instance persisted is for the next process, not restored here");
        await Check.ThrowsAsync<InvalidOperationException>(
            () => store.PersistStateAsync(new Dictionary<string, byte[]> { ["counter"] = new byte[] { 3 } }),
            "state is persisted once: a second PersistStateAsync throws");
    }
}
