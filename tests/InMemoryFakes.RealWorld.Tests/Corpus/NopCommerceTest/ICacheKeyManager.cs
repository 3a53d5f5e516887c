// Source: https://github.com/ParvezBs1538/NopCommerce_Test
// Commit: 4c3a4d005be7
// Licence: nopCommerce Public License 4.0 (an interface signature transcribed for a test)
// Sample: h-sample66 rule (the whole rule and the repositories it skipped: Corpus/ECommerceSpareParts/IS3StorageService.cs).
//   This one: the 6th pick (the 95th of find_repos("commerce"), a fork of nopSolutions/nopCommerce 4.70 with
//   NopStation plugins; not the upstream repository, a source). Its first interface in path order whose implementation
//   keeps state; the corpus's NopCommerce files are IRepository, IStaticCacheManager and IShortTermCacheManager, not
//   this one.
// Path: src/Libraries/Nop.Core/Caching/ICacheKeyManager.cs (real store: Caching/CacheKeyManager.cs over
//   Infrastructure/ConcurrentTrie.cs, the IConcurrentCollection<byte> NopStartup registers)
// Adapted: the namespace; the XML comments dropped. Nullable disabled, as in the source (Nop.Core.csproj sets none).
// Real store: CacheKeyManager, a singleton over a ConcurrentTrie<byte>: the set of cache keys the distributed cache
//   managers have written, so they can remove keys by prefix. AddKey(key) adds the key (a key added twice is one key);
//   RemoveKey(key) removes it (a key not there: nothing). Both throw ArgumentException for a null or empty key.
//   Clear() removes every key. RemoveByPrefix(prefix) removes the keys starting with prefix (ordinal, case-sensitive)
//   and returns them (none: empty); an empty prefix returns every key and removes none (ConcurrentTrie.Prune of ""
//   answers the root without pruning it). Keys lists the keys held, in the trie's order.
// Shapes: *=10
// First try (f923f300): incomplete: IMF0001 AddKey (read as a write of a value with no key: "it takes no key, but other
//   members do", though its one parameter is the key) and RemoveByPrefix (it returns the keys it removed, where a removal
//   by prefix is a convention returning nothing or a count); RemoveKey, Clear and Keys generated | WRONG: RemoveKey("")
//   (nothing in the fake; ArgumentException in the real ConcurrentTrie, a guard no signature shows).
// After this round: still incomplete. AddKey's refusal names its cause now (KeySetTests): the store is a set of keys,
//   and what writing a key already held does (nothing, as the trie; an error, as a Dictionary.Add underneath) is the
//   store's own, as for a plain add to a cache; its fix is one line, Store.Call(nameof(AddKey), key).Set(key, key).
//   RemoveByPrefix returning the keys it removed is the near shape, left (a runtime removal that hands out its keys).
//   h-leftover2 (session 28): RemoveByPrefix is generated: it removes the keys with the prefix (ordinal) and answers them
//   in the order they were first written (the trie's order is its own; the smoke script sorts). An empty prefix removes
//   every key where the trie answers every key and removes none, a quirk no signature shows. AddKey stays refused, for
//   its cause (RemovedKeysListTests); still incomplete by that one member.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NopCommerceTest.ICacheKeyManagerCase;

[InMemoryFake]
public partial interface ICacheKeyManager
{
    void AddKey(string key);

    void RemoveKey(string key);

    void Clear();

    IEnumerable<string> RemoveByPrefix(string prefix);

    IEnumerable<string> Keys { get; }
}

public static class Smoke
{
    private static string Sorted(IEnumerable<string> keys) => string.Join(",", keys.OrderBy(static k => k, StringComparer.Ordinal));

    public static Task RunAsync(ICacheKeyManager keys)
    {
        Check.Equal("", Sorted(keys.Keys), "no key is held at first");
        keys.AddKey("Nop.product.1");
        keys.AddKey("Nop.product.2");
        keys.AddKey("Nop.category.1");
        keys.AddKey("Nop.product.1");
        Check.Equal("Nop.category.1,Nop.product.1,Nop.product.2", Sorted(keys.Keys), "AddKey adds a key once");

        Check.Equal("Nop.product.1,Nop.product.2", Sorted(keys.RemoveByPrefix("Nop.product.")), "RemoveByPrefix answers the keys under the prefix");
        Check.Equal("Nop.category.1", Sorted(keys.Keys), "and removes them");
        Check.Equal("", Sorted(keys.RemoveByPrefix("Nop.product.")), "none are left under it");
        Check.Equal("", Sorted(keys.RemoveByPrefix("nop.")), "the prefix is case-sensitive");

        keys.RemoveKey("Nop.category.1");
        keys.RemoveKey("Nop.category.1");
        Check.Equal("", Sorted(keys.Keys), "RemoveKey removes a key, and a key not there is nothing to remove");
        Check.Throws<ArgumentException>(() => keys.AddKey(""), "an empty key is refused");
        Check.Throws<ArgumentException>(() => keys.RemoveKey(null), "a null key is refused");

        keys.AddKey("a");
        keys.AddKey("b");
        keys.Clear();
        Check.Equal("", Sorted(keys.Keys), "Clear removes every key");
        return Task.CompletedTask;
    }
}
