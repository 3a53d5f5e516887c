using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>bool TryRemove(TKey key, out TValue value)</c> of a key-value store is ConcurrentDictionary's <c>TryRemove</c> (and
/// Dictionary's <c>Remove(key, out value)</c>): the key's entry is removed and its value handed out, false and default when
/// absent. h-sample57's round: Azure/Azure-AppServices-Diagnostics' <c>ICache&lt;K, V&gt;.TryRemoveValue(K key, out V
/// value)</c>, over a <c>ConcurrentDictionary</c> in every implementation, was refused for its out parameter.
/// </summary>
public class TryRemoveOutValueTests
{
    private const string Caches = Sources.Usings + """
        #nullable disable
        namespace Diag;

        public class Entry
        {
            public string Name { get; set; }
        }

        [InMemoryFake]
        public interface ICache<K, V>
        {
            void AddOrUpdate(K key, V value);
            bool TryGetValue(K key, out V value);
            bool TryRemoveValue(K key, out V value);
        }

        [InMemoryFake]
        public interface IEntryStore
        {
            void Set(string key, Entry value);
            Entry Get(string key);
            bool Remove(string key, out Entry removed);
        }

        """;

    [Fact]
    public void TryRemove_with_an_out_value_removes_the_entry_and_hands_out_its_value()
    {
        var run = GeneratorHarness.Run(Caches);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Diag;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    ICache<string, Entry> cache = new InMemoryCache<string, Entry>();
                    cache.AddOrUpdate("Gist", new Entry { Name = "commonqueries" });
                    Is(true, cache.TryRemoveValue("Gist", out var removed), "TryRemoveValue of a stored key answers true");
                    Is("commonqueries", removed.Name, "and hands out the value it removed");
                    Is(false, cache.TryGetValue("Gist", out _), "which is gone");
                    Is(false, cache.TryRemoveValue("Gist", out var nothing), "TryRemoveValue of an absent key answers false");
                    Is(null, nothing, "with the value type's default");

                    IEntryStore store = new InMemoryEntryStore();
                    store.Set("a", new Entry { Name = "first" });
                    Is(true, store.Remove("a", out var entry), "Remove(key, out value), Dictionary's shape, too");
                    Is("first", entry.Name, "hands out the value");
                    Is(null, store.Get("a"), "and removes it");
                    Throws<ArgumentNullException>(() => store.Remove(null, out _), "key", "a null key is refused");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_into_an_out_parameter_of_another_type_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Diag;

            [InMemoryFake]
            public interface INameStore
            {
                void Set(string key, string value);
                string? Get(string key);
                bool TryRemove(string key, out int value);
            }
            """);

        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Contains("'TryRemove'", refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("is not the store's value type", refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
