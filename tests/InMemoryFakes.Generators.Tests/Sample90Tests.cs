using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample90 (session 31), cache libraries and cache-heavy applications. NCache's content-optimization <c>ICache</c>
/// declares <c>bool Insert(string key, object value)</c>, which the fake read as a set if absent (false for a key
/// already held, the value kept), where its <c>CacheAdapter.Insert</c> calls NCache's <c>ICache.Insert</c>, which
/// replaces the value (NCache's <c>Add</c> is the one that keeps the first), and answers true. ASP.NET's
/// <c>Cache.Insert</c> replaces too; a SQL <c>INSERT</c> fails on a taken key. A plain <c>Insert</c> returning
/// <c>bool</c> is refused now, on any key-value store, naming both one-line writes; a <c>bool Add</c> keeps the
/// set-if-absent reading (<c>ObjectCache.Add</c>). VapeCache's <c>ICacheIntentRegistry</c> tied one write of
/// <c>BackendType</c> and one read of <c>CacheIntentEntry</c>, and the name that sorts first made the store's value type;
/// a type some member reads back wins such a tie now (string still first).
/// </summary>
public class Sample90Tests
{
    private const string Cause = "returns bool, and what an insert does with a key already held is the store's own";

    private const string ContentCache = Sources.Usings + """
        namespace V;

        #nullable disable
        [InMemoryFake]
        public interface IContentCache
        {
            bool Contains(string key);
            object Get(string key);
            bool Insert(string key, object value);
            bool Remove(string key);
        }
        """;

    [Fact]
    public void A_bool_insert_on_a_cache_is_refused_naming_both_one_line_writes()
    {
        var run = GeneratorHarness.Run(ContentCache);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("Insert", Cause));
        Assert.Contains("Store.Set(key, value) then true replaces, Store.SetIfAbsent(key, value) keeps the first", Refusals.Message(run, "Insert"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_rest_of_such_a_cache_still_generates_and_a_hand_written_Insert_replaces_as_NCache_does()
    {
        var run = GeneratorHarness.Run(ContentCache, """
            namespace V;

            public sealed partial class InMemoryContentCache
            {
                public bool Insert(string key, object value)
                {
                    Store.Call(nameof(Insert), key, value).Set(key, value);
                    return true;
                }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var cache = new InMemoryContentCache();
                    Is(true, cache.Insert("page", "first"), "Insert of a missing key stores it");
                    Is(true, cache.Insert("page", "second"), "Insert of a key held answers true");
                    Is("second", (string)cache.Get("page"), "and replaces the value, as NCache's Insert");
                    Is(true, cache.Contains("page"), "Contains finds it");
                    Is(true, cache.Remove("page"), "Remove of a held key answers true");
                    Is(null, cache.Get("page"), "and Get answers null after it");
                }
            }
            """);
    }

    [Theory]
    [InlineData("interface IPageStore { bool Insert(string key, string value); string? Get(string key); }", "Insert")]
    [InlineData("interface ISessionCache { Task<bool> InsertAsync(string key, string value, TimeSpan ttl); Task<string?> GetAsync(string key); }", "InsertAsync")]
    [InlineData("interface ITokenCache { bool InsertToken(string key, string token); string? GetToken(string key); }", "InsertToken")]
    public void A_bool_insert_is_refused_on_any_key_value_store_with_or_without_a_time_to_live_or_noun(string declaration, string member)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace V;\n\n[InMemoryFake]\npublic " + declaration + "\n");
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, (member, Cause));
    }

    [Fact]
    public void A_bool_add_beside_it_keeps_the_set_if_absent_reading()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface INameCache
            {
                bool Add(string key, string value);
                bool Insert(string key, string value);
                string? Get(string key);
            }
            """);
        Refusals.Exactly(run, ("Insert", Cause));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Add' of", System.StringComparison.Ordinal));
    }

    private const string IntentRegistry = Sources.Usings + """
        namespace V;

        public enum BackendType { Redis, InMemory }

        public sealed record IntentEntry(string Key, BackendType Backend, int PayloadBytes);

        [InMemoryFake]
        public interface IIntentRegistry
        {
            void RecordSet(string key, BackendType backend, int payloadBytes);
            void RecordRemove(string key);
            bool TryGet(string key, out IntentEntry? entry);
        }
        """;

    [Fact]
    public void On_a_tie_the_value_type_a_member_reads_back_wins_over_one_only_written()
    {
        // VapeCache's ICacheIntentRegistry: one write of BackendType, one read of the entry. Before, BackendType won by its
        // name, TryGet was refused and the fake's table could not hold the entries a hand-written RecordSet builds.
        var run = GeneratorHarness.Run(IntentRegistry);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("RecordSet", "IntentEntry"));
    }

    [Fact]
    public void The_read_is_generated_over_the_entries_a_hand_written_write_stores()
    {
        var run = GeneratorHarness.Run(IntentRegistry, """
            namespace V;

            public sealed partial class InMemoryIntentRegistry
            {
                public void RecordSet(string key, BackendType backend, int payloadBytes)
                    => Store.Call(nameof(RecordSet), key, backend, payloadBytes).Set(key, new IntentEntry(key, backend, payloadBytes));
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var registry = new InMemoryIntentRegistry();
                    Is(false, registry.TryGet("k", out var none), "TryGet of a key not recorded answers false");
                    Is(null, none, "and no entry");
                    registry.RecordSet("k", BackendType.Redis, 12);
                    Is(true, registry.TryGet("k", out var entry), "TryGet finds the entry RecordSet stored");
                    Is(12, entry!.PayloadBytes, "with its values");
                    registry.RecordRemove("k");
                    Is(false, registry.TryGet("k", out _), "RecordRemove removes it");
                }
            }
            """);
    }

    [Fact]
    public void A_tie_between_string_and_a_read_type_still_goes_to_string()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public sealed class Profile { public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface IProfileCache
            {
                void Set(string key, string value);
                Profile? Get(string key);
            }
            """);
        Refusals.Exactly(run, ("Get", "differs from the store's value type string"));
    }
}
