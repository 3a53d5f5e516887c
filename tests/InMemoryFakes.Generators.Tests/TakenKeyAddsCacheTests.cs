using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>TakenKeyAdds</c> on caches and key-value stores (session 33). A plain add on an interface named a cache was refused
/// with no setting to state it: caches replace (LazyCache's <c>IAppCache.Add</c>, MobileBlazorBindings'
/// <c>MemoryTokenCache.Add</c>, OpenIddict's caches), keep the first (<c>ObjectCache.Add</c>) or throw (Service Fabric's
/// <c>AddStateAsync</c> behind das-payments-V2's <c>IDataCache.Add</c>). The setting now states it for a key-value store's
/// plain add returning nothing, and <c>TakenKeyAdd.Replace</c> makes an entity cache's add an upsert.
/// </summary>
public class TakenKeyAddsCacheTests
{
    private const string Header = Sources.Usings + """
        namespace Caches;

        public class Application { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }

        public class Ticket { public Guid Id { get; set; } public string Title { get; set; } = ""; }

        public class CacheItem { public CacheItem(string key, string value) { Key = key; Value = value; } public string Key { get; } public string Value { get; } }

        """;

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string declaration)
        => GeneratorHarness.Run(Header + "[InMemoryFake(" + attribute + ")]\n" + declaration);

    private const string TokenCache = "public interface ITokenCache { void Add(string key, string token); string? Get(string key); bool Remove(string key); }";

    [Fact]
    public void Unstated_a_caches_plain_add_is_refused_and_the_message_names_the_three_settings()
    {
        var run = Run("", TokenCache);

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("'Add' returning nothing does not say which. State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Replace (a set), TakenKeyAdd.Skip (the first value kept, nothing thrown)"
            + " or TakenKeyAdd.Throw (the duplicate-key error)", Message(refused), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Replace", "second", "")]
    [InlineData("Skip", "first", "")]
    [InlineData("Throw", "first", "InMemoryFakes.DuplicateKeyException")]
    public void A_caches_plain_add_does_what_the_setting_states_with_a_taken_key(string setting, string kept, string error)
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd." + setting, TokenCache);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var cache = new InMemoryTokenCache();
                    cache.Add("alice", "first");
                    Is("first", cache.Get("alice"), "an add of a free key stores the value");
                    Exception? thrown = null;
                    try { cache.Add("alice", "second"); } catch (Exception e) { thrown = e; }
                    Is("ERROR", thrown?.GetType().FullName ?? "", "a taken key: the setting's answer");
                    Is("KEPT", cache.Get("alice"), "and the value the setting keeps");
                    cache.Add("bob", "third");
                    Is("third", cache.Get("bob"), "another key is stored");
                    Throws<ArgumentNullException>(() => cache.Add(null!, "x"), "key", "a null key is a clear error");
                }
            }
            """.Replace("ERROR", error, System.StringComparison.Ordinal).Replace("KEPT", kept, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Throw_keeps_the_duplicate_error_for_an_async_generic_caches_add_as_service_fabrics_AddStateAsync()
    {
        var run = GeneratorHarness.Run(Header + """
            public interface IDataCache<T>
            {
                Task<bool> Contains(string key, CancellationToken cancellationToken = default(CancellationToken));
                Task Add(string key, T entity, CancellationToken cancellationToken = default(CancellationToken));
                Task AddOrReplace(string key, T entity, CancellationToken cancellationToken = default(CancellationToken));
            }

            [InMemoryFake(typeof(IDataCache<Application>), TakenKeyAdds = TakenKeyAdd.Throw)]
            public partial class ApplicationDataCache;
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var cache = new ApplicationDataCache();
                    cache.Add("10000001", new Application { Id = "a", Name = "Ada" }).GetAwaiter().GetResult();
                    Is(true, cache.Contains("10000001").GetAwaiter().GetResult(), "the add stores the key");
                    Throws<InMemoryFakes.DuplicateKeyException>(() => cache.Add("10000001", new Application { Id = "b" }).GetAwaiter().GetResult(), null, "a second add of the key throws");
                    cache.AddOrReplace("10000001", new Application { Id = "c" }).GetAwaiter().GetResult();
                    Throws<InMemoryFakes.DuplicateKeyException>(() => cache.Add("10000001", new Application()).GetAwaiter().GetResult(), null, "still, after a replace");
                }
            }
            """);
    }

    [Fact]
    public void Skip_on_a_key_value_store_not_named_a_cache_keeps_the_first_value_where_unstated_it_throws()
    {
        const string Store = "public interface ISettingsStore { void Add(string key, string value); string? Get(string key); }";
        const string Checks = """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var store = new InMemorySettingsStore();
                    store.Add("theme", "dark");
                    Exception? thrown = null;
                    try { store.Add("theme", "light"); } catch (Exception e) { thrown = e; }
                    Is("ERROR", thrown?.GetType().FullName ?? "", "a taken key");
                    Is("dark", store.Get("theme"), "keeps the first value");
                }
            }
            """;

        var unstated = Run("", Store);
        Assert.Empty(unstated.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(unstated, Checks.Replace("ERROR", "InMemoryFakes.DuplicateKeyException", System.StringComparison.Ordinal));

        var skip = Run("TakenKeyAdds = TakenKeyAdd.Skip", Store);
        Assert.Empty(skip.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(skip, Checks.Replace("ERROR", "", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Throw_makes_an_add_of_an_item_carrying_its_key_throw_for_a_taken_key()
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd.Throw", "public interface IItemCache { string? Get(string key); void Set(string key, string value, TimeSpan ttl); void Add(CacheItem item); bool Remove(string key); }");

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var cache = new InMemoryItemCache();
                    cache.Add(new CacheItem("k", "first"));
                    Throws<InMemoryFakes.DuplicateKeyException>(() => cache.Add(new CacheItem("k", "second")), null, "a taken key throws");
                    Is("first", cache.Get("k"), "and keeps the first value");
                }
            }
            """);
    }

    [Fact]
    public void Unstated_an_add_of_an_item_carrying_its_key_throws_for_a_taken_key_as_an_add_of_a_key_and_value_does()
    {
        // Until session 34 the unstated item add dropped SetIfAbsent's answer: a taken key kept its first value without a
        // word, where Add(key, value) on the same store threw and docs/generator.md said both throw (silently different).
        const string Store = "public interface IItemStore { string? Get(string key); void Set(string key, string value); void Add(CacheItem item); bool Remove(string key); }";
        const string Checks = """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var store = new InMemoryItemStore();
                    store.Add(new CacheItem("k", "first"));
                    Exception? thrown = null;
                    try { store.Add(new CacheItem("k", "second")); } catch (Exception e) { thrown = e; }
                    Is("ERROR", thrown?.GetType().FullName ?? "", "a taken key");
                    Is("first", store.Get("k"), "keeps the first value either way");
                    store.Add(new CacheItem("other", "value"));
                    Is("value", store.Get("other"), "a free key is stored");
                }
            }
            """;

        var unstated = Run("", Store);
        Assert.Empty(unstated.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(unstated, Checks.Replace("ERROR", "InMemoryFakes.DuplicateKeyException", System.StringComparison.Ordinal));

        var skip = Run("TakenKeyAdds = TakenKeyAdd.Skip", Store);
        Assert.Empty(skip.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(skip, Checks.Replace("ERROR", "", System.StringComparison.Ordinal));

        var replace = Run("TakenKeyAdds = TakenKeyAdd.Replace", Store);
        Assert.Empty(replace.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(replace, """
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var store = new InMemoryItemStore();
                    store.Add(new CacheItem("k", "first"));
                    store.Add(new CacheItem("k", "second"));
                    Is("second", store.Get("k"), "Replace: the add is a set");
                }
            }
            """);
    }

    private const string ApplicationCache = """
        public interface IApplicationCache
        {
            ValueTask AddAsync(Application application, CancellationToken cancellationToken = default);
            ValueTask<Application?> FindByIdAsync(string id, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void Replace_makes_an_entity_caches_add_an_upsert_as_openiddicts_caches_store_the_entry_again()
    {
        var unstated = Run("", ApplicationCache);
        var refused = Assert.Single(unstated.GeneratorDiagnostics);
        Assert.Contains("State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Replace (an upsert), TakenKeyAdd.Skip (the first kept) or TakenKeyAdd.Throw (the error)", Message(refused), System.StringComparison.Ordinal);

        var run = Run("TakenKeyAdds = TakenKeyAdd.Replace", ApplicationCache);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Caches;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var cache = new InMemoryApplicationCache();
                    cache.AddAsync(new Application { Id = "app", Name = "first" }).AsTask().GetAwaiter().GetResult();
                    cache.AddAsync(new Application { Id = "app", Name = "second" }).AsTask().GetAwaiter().GetResult();
                    Is("second", cache.FindByIdAsync("app").AsTask().GetAwaiter().GetResult()?.Name, "a second add of the key replaces the entry");
                    cache.AddAsync(new Application { Id = "other", Name = "third" }).AsTask().GetAwaiter().GetResult();
                    Is("third", cache.FindByIdAsync("other").AsTask().GetAwaiter().GetResult()?.Name, "and an add of a free key adds it");
                }
            }
            """);
    }

    [Theory]
    [InlineData("Task<bool> AddAsync(Application application);", "returns bool: whether true means \"added\" (false when it replaced) or \"written\" is not said")]
    [InlineData("Guid Add(Ticket ticket);", "returns a key: whether a replaced entity keeps its key or gets a new one is not said")]
    public void Under_Replace_an_add_whose_result_would_have_to_say_more_is_refused(string add, string why)
    {
        var entity = add.Contains("Ticket", System.StringComparison.Ordinal) ? "Ticket" : "Application";
        var run = Run("TakenKeyAdds = TakenKeyAdd.Replace", "public interface IApplications { " + add + " " + entity + "? Find(" + (entity == "Ticket" ? "Guid" : "string") + " id); }");

        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.True(Message(refused).Contains("TakenKeyAdds = Replace says an add replaces the entity stored under a taken key, and '", System.StringComparison.Ordinal), Message(refused));
        Assert.Contains(why + "; write the member (Store.Upsert(entity) is one line)", Message(refused), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public interface ICache { string? Get(string key); void Set(string key, string value); }",
        "TakenKeyAdds = Throw: no member of ICache, a key-value store, is a plain add returning nothing (Add, Insert or Create of a key and a value), so the setting states nothing")]
    [InlineData("public interface ICache { string? Get(string key); bool Add(string key, string value); }",
        "TakenKeyAdds = Throw: no member of ICache, a key-value store, is a plain add returning nothing (Add, Insert or Create of a key and a value), so the setting states nothing")]
    public void On_a_key_value_store_with_no_plain_add_returning_nothing_the_setting_is_IMF0010(string declaration, string problem)
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd.Throw", declaration);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'ICache': " + problem, Message(diagnostic));
    }

    [Fact]
    public void A_caches_indexer_beside_its_plain_add_stays_refused_when_the_add_is_stated()
    {
        var run = Run("TakenKeyAdds = TakenKeyAdd.Skip", "public interface IObjectCache { object? this[string key] { get; set; } void Add(string key, object data); }");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("is that add in such caches (Mzl's MemoryCacheCache: set { Add(key, value); }, with the add's default 30-minute cacheTime), which an indexer's signature does not show; TakenKeyAdds states the add, not the setter",
            Message(refused), System.StringComparison.Ordinal);
    }
}
