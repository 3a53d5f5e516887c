// Source: https://github.com/hpeebles/CacheMeIfYouCan
// Commit: a78a95cef9fa
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample90 rule, fixed before probing: the repositories find_repos("Cache") lists, in its order, keeping those
//   with C# files (find_files(repo, ext="cs") with rows; find_repos("Caching") next if the list ran out: it did not); in
//   each, the first C# interface in path order (git grep of the fetched snapshot) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and that
//   has at least 3 members, not already a corpus source; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5. Of the 71 repositories listed up to the fifth pick, 63 have no C# file in the index
//   (docs/generator-rounds.md, h-sample90, names them); xinetex/agentcache.ai (4 C# files), Abduro/Ora-Cache and
//   BitcoinCacheMachine/BitcoinCacheMachine (one empty Class1) declare no C# interface. The 5 picks, in order:
//   LancacheManager IActivityRegistry, NCache ICache, TypeCache IDataSource, CacheMeIfYouCan ISampleInterface,
//   VapeCache ICacheIntentRegistry.
//   This one: the 1st of hpeebles/CacheMeIfYouCan (sandbox/, first in path order, is no test path; its one implementation,
//   CachedInterfaceSample, keeps a cache of each method's results: the state the rule asks for).
// Path: sandbox/CacheMeIfYouCan.ILTemplates/ISampleInterface.cs (implementation: sandbox/CacheMeIfYouCan.ILTemplates/
//   CachedInterfaceSample.cs, the hand-written template of the cached proxy the library emits in IL)
// Adapted: nothing (the interface has no model). Nullable disabled, as in the source project (netcoreapp3.1, no nullable
//   context).
// Real store: CachedInterfaceSample(originalImpl, config): each method is a cached function built from the original
//   implementation's method and that method's configuration (a local or distributed cache, its time to live, its key
//   selector). A single-key method answers the cached value for the key, else calls the original with it and caches the
//   result; an enumerable-key method answers a dictionary of the keys it found, calling the original once for the keys not
//   cached; the Canx variants pass the token on. The sync, async and Canx variants are separate cached functions, each with
//   its own cache; no method writes or removes.
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 on all 8 members (SingleKey…, EnumerableKey…: not known verbs) | WRONG: none
//   (nothing generated).
// After this round: unchanged, and the refusals are right: a read-through cache's values are what the wrapped
//   implementation answers, which only the test can say; the fake's hand-written members fetch and store them.
#nullable disable

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CacheMeIfYouCan.ISampleInterfaceCase;

[InMemoryFake]
public interface ISampleInterface
{
    Task<string> SingleKeyAsync(string key);
    string SingleKeySync(string key);
    Task<string> SingleKeyAsyncCanx(string key, CancellationToken cancellationToken);
    string SingleKeySyncCanx(string key, CancellationToken cancellationToken);
    Task<Dictionary<string, string>> EnumerableKeyAsync(IEnumerable<string> keys);
    Dictionary<string, string> EnumerableKeySync(IEnumerable<string> keys);
    Task<Dictionary<string, string>> EnumerableKeyAsyncCanx(IEnumerable<string> keys, CancellationToken cancellationToken);
    Dictionary<string, string> EnumerableKeySyncCanx(IEnumerable<string> keys, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(ISampleInterface sample)
    {
        var first = sample.SingleKeySync("a");
        Check.Equal(first, sample.SingleKeySync("a"), "a second call with the key answers the cached value");
        Check.Equal(await sample.SingleKeyAsync("a"), await sample.SingleKeyAsync("a"), "so does the async variant");

        var found = sample.EnumerableKeySync(new[] { "a", "b" });
        foreach (var pair in found)
        {
            Check.True(pair.Key == "a" || pair.Key == "b", "an enumerable-key call answers only keys it was given");
        }

        var again = sample.EnumerableKeySync(new[] { "a", "b" });
        Check.Equal(found.Count, again.Count, "and the same keys again, from the cache");
    }
}
