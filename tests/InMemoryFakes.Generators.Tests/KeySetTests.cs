using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A store of keys without values (h-sample66): nopCommerce's <c>ICacheKeyManager</c> (<c>AddKey(string key)</c>,
/// <c>RemoveKey(key)</c>, <c>Clear()</c>, <c>Keys</c>, over a <c>ConcurrentTrie</c>) records which cache keys were
/// written. Its <c>AddKey</c> was read as a value with no key and refused for a cause it does not have ("it takes no key,
/// but other members do"). It stays refused, for its own cause: what writing a key already held does (nothing, as a set;
/// an error, as <c>Dictionary.Add</c>) is the store's own, as for a plain add to a cache; the one-line fix records the key.
/// </summary>
public class KeySetTests
{
    [Fact]
    public void A_key_written_alone_where_no_member_has_a_value_is_refused_as_a_set_of_keys_the_rest_generated()
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
                IEnumerable<string> Keys { get; }
            }
            """);

        Refusals.Exactly(
            run,
            ("AddKey", "it writes the key 'key' alone, and no other member of ICacheKeyManager reads or writes a value, so the store is a set of keys; what writing a key already held does (nothing, as a set and nopCommerce's ConcurrentTrie do; an error, as a Dictionary.Add underneath throws) is the store's own; write it: Store.Set(key, key) records the key once"));

        var written = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            [InMemoryFake]
            public interface ICacheKeyManager
            {
                void AddKey(string key);
                void RemoveKey(string key);
                void Clear();
                IEnumerable<string> Keys { get; }
            }

            public partial class InMemoryCacheKeyManager
            {
                public void AddKey(string key) => Store.Call(nameof(AddKey), key).Set(key, key);
            }
            """);

        Assertions.Clean(written);
        BehaviourCheck.Run(written, Refusals.CheckPreludeForV + """
                private static string Sorted(IEnumerable<string> keys)
                {
                    var list = new List<string>(keys);
                    list.Sort(StringComparer.Ordinal);
                    return string.Join(",", list);
                }

                public static void Run()
                {
                    ICacheKeyManager keys = new InMemoryCacheKeyManager();
                    keys.AddKey("Nop.product.1");
                    keys.AddKey("Nop.category.1");
                    keys.AddKey("Nop.product.1");
                    Is("Nop.category.1,Nop.product.1", Sorted(keys.Keys), "the fix's line records a key once, and the generated Keys lists it");
                    keys.RemoveKey("Nop.product.1");
                    Is("Nop.category.1", Sorted(keys.Keys), "the generated RemoveKey takes it out");
                    keys.Clear();
                    Is("", Sorted(keys.Keys), "and Clear every key");
                }
            }
            """);
    }

    [Fact]
    public void A_key_written_alone_beside_a_read_of_values_is_no_set_of_keys_and_a_result_is_named_in_the_set_cause()
    {
        var withValues = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IStore
            {
                void AddKey(string key);
                string? Get(string key);
                void RemoveKey(string key);
            }
            """);

        Refusals.Exactly(withValues, ("AddKey", "'AddKey' is not a known verb: it starts with Add, which is one, but 'Key' after it is no noun of this store"));

        var answering = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface ICacheKeyManager
            {
                bool AddKey(string key);
                void RemoveKey(string key);
                IReadOnlyCollection<string> Keys { get; }
            }
            """);

        Refusals.Exactly(answering, ("AddKey", "so the store is a set of keys; what writing a key already held does (nothing, as a set and nopCommerce's ConcurrentTrie do; an error, as a Dictionary.Add underneath throws), and what its bool says is the store's own"));
    }
}
