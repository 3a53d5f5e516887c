using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover2 (session 28), what h-sample66 and h-review27 left: nopCommerce's <c>ICacheKeyManager.RemoveByPrefix(prefix)</c>
/// returns the keys it removed (CacheKeyManager answers the keys its ConcurrentTrie pruned), which was refused for its
/// result; now generated, the keys in the order they were first written. A <c>Task AddKeyAsync(string key)</c> of a key set
/// whose name says nothing of keys was refused as "'AddKey' is not a known verb"; it is refused for the key set's own cause,
/// as the sync <c>AddKey</c> is (KeySetTests).
/// </summary>
public class RemovedKeysListTests
{
    [Fact]
    public void A_removal_by_prefix_that_returns_strings_answers_the_keys_it_removed_in_the_order_they_were_first_written()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            [InMemoryFake]
            public interface ICacheKeyManager
            {
                void AddKey(string key);
                void RemoveKey(string key);
                void Clear();
                IEnumerable<string> RemoveByPrefix(string prefix);
                IEnumerable<string> Keys { get; }
            }

            [InMemoryFake]
            public interface IKeyIndex
            {
                string Get(string key);
                void Set(string key, string value);
                Task<string[]> RemoveByPrefixAsync(string prefix);
                IReadOnlyList<string> DeleteByPrefix(string prefix);
            }

            public partial class InMemoryCacheKeyManager
            {
                public void AddKey(string key) => Store.Call(nameof(AddKey), key).Set(key, key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICacheKeyManager keys = new InMemoryCacheKeyManager();
                    keys.AddKey("Nop.product.2");
                    keys.AddKey("Nop.category.1");
                    keys.AddKey("Nop.product.1");
                    keys.AddKey("Nop.product.2");
                    Is("Nop.product.2,Nop.product.1", string.Join(",", keys.RemoveByPrefix("Nop.product.")), "the keys removed, in the order first written");
                    Is("Nop.category.1", string.Join(",", keys.Keys), "and they are gone");
                    Is("", string.Join(",", keys.RemoveByPrefix("Nop.product.")), "none left: empty");
                    Is("", string.Join(",", keys.RemoveByPrefix("nop.")), "the prefix is ordinal");
                    Throws<ArgumentNullException>(() => keys.RemoveByPrefix(null), "prefix", "a null prefix is refused");
                    Is("Nop.category.1", string.Join(",", keys.Keys), "and removed nothing");

                    IKeyIndex index = new InMemoryKeyIndex();
                    index.Set("a:1", "x");
                    index.Set("b:1", "y");
                    index.Set("a:2", "z");
                    var removed = index.RemoveByPrefixAsync("a:").GetAwaiter().GetResult();
                    Is("a:1,a:2", string.Join(",", removed), "an array of the keys removed");
                    Is(null, index.Get("a:1"), "a:1 gone");
                    Is("y", index.Get("b:1"), "b:1 kept");
                    Is(1, index.DeleteByPrefix("b").Count, "a read-only list of them");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_by_prefix_returning_another_collection_and_AddKeyAsync_of_a_key_set_are_refused_with_their_causes()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake] public interface ICacheKeys { Task AddKeyAsync(string key); Task RemoveKeyAsync(string key); IEnumerable<string> Keys { get; } }

            [InMemoryFake]
            public interface IPrefixCache
            {
                string? Get(string key);
                void Set(string key, string value);
                HashSet<string> RemoveByPrefix(string prefix);
                IAsyncEnumerable<string> EvictByPrefix(string prefix);
            }
            """);

        Refusals.Exactly(run,
            ("AddKeyAsync", "it writes the key 'key' alone, and no other member of ICacheKeys reads or writes a value, so the store is a set of keys; what writing a key already held does (nothing, as a set and nopCommerce's ConcurrentTrie do; an error, as a Dictionary.Add underneath throws) is the store's own; write it: Store.Set(key, key) records the key once"),
            ("RemoveByPrefix", "it returns the keys it removed, which must come as IReadOnlyList<string>, IReadOnlyCollection<string>, IList<string>, ICollection<string>, List<string>, IEnumerable<string> or string[]"),
            ("EvictByPrefix", "it must return nothing, how many entries it removed (int or long), or the keys it removed (a list of strings)"));
        Assert.DoesNotContain("is not a known verb", Refusals.Message(run, "AddKeyAsync"), StringComparison.Ordinal);
    }
}
