using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 41 (h-cause41, issue 10: a refusal names its real cause): refusals whose message named a cause the member does
/// not have, or named it in words that send the user elsewhere, found among h-cause40's leftovers and a seeded sample of 25
/// refusal lines of the corpus page (docs/generator-rounds.md, "Refusals that name their real cause, continued"). Only the
/// words change: every member refused here was refused before, and nothing generated before is refused now.
/// </summary>
public class Cause41Tests
{
    private static string[] Messages(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

    private const string Models = """
        #nullable enable
        namespace V;

        public interface IModel
        {
            string Name { get; }
        }

        """;

    [Fact]
    public void A_cache_read_by_default_keeps_the_key_value_words_without_why_no_entity_was_taken()
    {
        // OpenRA's IModelCache: only Get verbs (both kinds have them) made it a key-value store, and its name says Cache: the
        // key-value reading is what every reader expects there, so h-cause40's "was read as a key-value store of IModel values,
        // because …" is left out (the lead's decision).
        var run = GeneratorHarness.Run(Sources.Usings + Models + """
            [InMemoryFake]
            public interface IModelCache
            {
                IModel GetModel(string model);
                IModel GetModelSequence(string model, string sequence);
            }
            """);
        Refusals.Exactly(run,
            ("GetModel", "'GetModel' of IModelCache matches no key-value store convention: no member of IModelCache puts a value in, so the cache fills itself on a miss"),
            ("GetModelSequence", "'GetModelSequence' of IModelCache matches no key-value store convention: 'GetModelSequence' is not a known verb: it starts with Get, which is one, but 'ModelSequence' after it is its noun Model and then 'Sequence'"));
        Assert.All(Messages(run), static m => Assert.DoesNotContain("was read as a key-value store", m, StringComparison.Ordinal));

        // The same members under a name that does not say Cache keep session 40's why.
        var store = GeneratorHarness.Run(Sources.Usings + Models + """
            [InMemoryFake]
            public interface IModelStore
            {
                IModel GetModel(string model);
                IModel GetModelSequence(string model, string sequence);
            }
            """);
        Assert.All(Messages(store), static m => Assert.Contains("matches no store convention: IModelStore was read as a key-value store of IModel values, because no member has a verb only a key-value store has (Set, Increment, Expire…) or a time to live, and not as a repository of IModel, because IModel is an interface", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cache_beside_a_type_with_a_key_no_member_proves_keeps_the_key_value_cause()
    {
        // ABP's IAuditLogManager's members under a cache's name: session 40 said first why AuditLog was no repository's entity
        // and then the repository reading's cause; a cache of logs read by the key-value conventions says their cause.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class AuditLog
            {
                public Guid Id { get; set; }
                public string? Url { get; set; }
                public DateTime ExecutionTime { get; set; }
            }

            [InMemoryFake]
            public interface IAuditLogCache
            {
                Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
                Task<List<AuditLog>> GetListAsync(string? sorting = null, int maxResultCount = 50, int skipCount = 0, DateTime? startTime = null, string? url = null, CancellationToken cancellationToken = default);
            }
            """);
        var message = Refusals.Message(run, "GetListAsync");
        Assert.StartsWith("'GetListAsync' of IAuditLogCache matches no key-value store convention: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("because no member proves AuditLog its rows (none adds", message, StringComparison.Ordinal);
        Assert.DoesNotContain("read as a repository of AuditLog it is refused too", message, StringComparison.Ordinal);
    }

    private const string Workflows = """
        #nullable disable
        namespace V;

        public class WorkflowInstance
        {
            public string Name { get; set; }
        }

        """;

    [Fact]
    public void A_read_beside_a_switch_names_its_own_cause_first()
    {
        // WTM's IBaseCRUDVM: GetWorkflowInstanceAsync(flowName = null) named the ByPassBaseValidation switch as its cause; its
        // key is optional, a cause of its own, and the switch is named only where it is the cause.
        var run = GeneratorHarness.Run(Sources.Usings + Workflows + """
            [InMemoryFake]
            public interface IWorkflowViewModel
            {
                Task<WorkflowInstance> GetWorkflowInstanceAsync(string flowName = null);
                void Set(string flowName, WorkflowInstance instance);
                bool ByPassBaseValidation { get; set; }
            }
            """);
        Refusals.Exactly(run,
            ("GetWorkflowInstanceAsync", "'GetWorkflowInstanceAsync' of IWorkflowViewModel matches no key-value store convention: its key 'flowName' (string) is optional, so a caller may leave it out"),
            ("ByPassBaseValidation", "'ByPassBaseValidation' of IWorkflowViewModel matches no key-value store convention: properties with a setter are not supported"));
        Assert.DoesNotContain("its interface has the switch", Refusals.Message(run, "GetWorkflowInstanceAsync"), StringComparison.Ordinal);

        // A read every other rule generates still names the switch (Kiota's IBackingStore.ReturnOnlyChangedValues).
        var switched = GeneratorHarness.Run(Sources.Usings + Workflows + """
            [InMemoryFake]
            public interface IWorkflowViewModel
            {
                Task<WorkflowInstance> GetWorkflowInstanceAsync(string flowName);
                void Set(string flowName, WorkflowInstance instance);
                bool ByPassBaseValidation { get; set; }
            }
            """);
        Assert.Contains("'GetWorkflowInstanceAsync' of IWorkflowViewModel matches no key-value store convention: its interface has the switch 'ByPassBaseValidation' (a settable bool, which the fake does not hold), and a switch may change what a read answers",
            Refusals.Message(switched, "GetWorkflowInstanceAsync"), StringComparison.Ordinal);
    }

    private const string TaggedCache = """
        #nullable enable
        namespace V;

        public class EntryOptions
        {
            public TimeSpan Duration { get; set; }
        }

        """;

    [Fact]
    public void A_removal_by_tag_names_the_parameter_after_the_tag()
    {
        // FusionCache's RemoveByTag(tag, options) said "it must take one string (the tag, or a collection of tags)" of a
        // member that takes one: the cause is the options after it.
        var run = GeneratorHarness.Run(Sources.Usings + TaggedCache + """
            [InMemoryFake]
            public interface ITaggedCache
            {
                string? Get(string key);
                void Set(string key, string value, IEnumerable<string>? tags = null);
                void RemoveByTag(string tag, EntryOptions? options = null);
            }
            """);
        Refusals.Exactly(run,
            ("RemoveByTag", "'RemoveByTag' of ITaggedCache matches no key-value store convention: its parameter 'options' (V.EntryOptions?) after the tag 'tag' is nothing a removal by tag knows (it must take only the tag, or a collection of tags)"));

        var tags = GeneratorHarness.Run(Sources.Usings + TaggedCache + """
            [InMemoryFake]
            public interface ITaggedCache
            {
                string? Get(string key);
                void Set(string key, string value, IEnumerable<string>? tags = null);
                void RemoveByTag(IEnumerable<string> tags, EntryOptions? options = null);
            }
            """);
        Refusals.Exactly(tags,
            ("RemoveByTag", "'RemoveByTag' of ITaggedCache matches no key-value store convention: its parameter 'options' (V.EntryOptions?) after the tags 'tags' is nothing a removal by tag knows (it must take only the tag, or a collection of tags)"));
    }

    [Fact]
    public void A_get_or_add_given_a_value_or_a_factory_of_a_context_says_which()
    {
        // FusionCache's GetOrSet(key, defaultValue) and GetOrSetAsync(key, Func<FusionCacheFactoryExecutionContext<TValue>,
        // CancellationToken, Task<TValue>>) both said "is not a factory of the value": the first is given the value itself,
        // the second is a factory of a context the real cache hands it.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class FactoryContext<T>
            {
                public TimeSpan Duration { get; set; }
            }

            [InMemoryFake]
            public interface IValueCache
            {
                string? Get(string key);
                void Set(string key, string value);
                string GetOrSet(string key, string defaultValue);
                Task<string> GetOrSetAsync(string key, Func<FactoryContext<string>, CancellationToken, Task<string>> factory);
            }
            """);
        // Since session 42 (h-meaning42, Meaning42Tests) the get-or-add given the value itself is generated; the factory of a
        // context keeps its refusal.
        Refusals.Exactly(run,
            ("GetOrSetAsync", "'GetOrSetAsync' of IValueCache matches no key-value store convention: its factory takes V.FactoryContext<string> and System.Threading.CancellationToken, which a fake cannot give it "
                + "(a factory takes nothing, the key, a cancellation token, or a cache entry with expiry properties such as ICacheEntry)"));
    }

    private const string Catalog = """
        #nullable enable
        namespace V;

        public class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        public class Order
        {
            public int Id { get; set; }
            public int ProductId { get; set; }
        }

        """;

    [Fact]
    public void A_member_of_a_repository_of_several_types_with_no_known_verb_says_so()
    {
        // Microsoft Learn's ICosmosDbService.InitializeAsync() said only "its signature proves no entity type and its name
        // names none of the types ICosmosDbService stores (Order, Product), so which table it acts on cannot be told", as if
        // naming a table would give it a meaning; 'Initialize' is no verb the conventions read.
        var run = GeneratorHarness.Run(Sources.Usings + Catalog + """
            [InMemoryFake]
            public interface ICatalogService
            {
                Task InitializeAsync();
                Task<bool> CheckHealthAsync();
                Task<int> CountTagsAsync();
                Task<IEnumerable<Product>> GetProductsAsync();
                Task<Product?> GetProductByIdAsync(int id);
                Task<Product> CreateProductAsync(Product product);
                Task<IEnumerable<Order>> GetOrdersAsync();
                Task<Order?> GetOrderByIdAsync(int id);
                Task<Order> CreateOrderAsync(Order order);
            }
            """);
        Refusals.Exactly(run,
            ("InitializeAsync", "'InitializeAsync' of ICatalogService matches no entity repository convention: 'Initialize' is not a known verb (Add/Insert, Update/Replace"),
            ("CheckHealthAsync", "'CheckHealthAsync' of ICatalogService matches no entity repository convention: 'CheckHealth' is not a known verb (Add/Insert, Update/Replace"),
            // A known verb (Count) keeps the table's cause: which of the tables it counts is what is not said.
            ("CountTagsAsync", "'CountTagsAsync' of ICatalogService matches no entity repository convention: its signature proves no entity type and its name names none of the types ICatalogService stores (Order, Product), so which table it acts on cannot be told"));
        Assert.Contains("; nor do its signature or its name say which of the types ICatalogService stores (Order, Product) it is about", Refusals.Message(run, "InitializeAsync"), StringComparison.Ordinal);
    }
    [Fact]
    public void A_read_given_a_default_after_the_key_says_it_is_a_default()
    {
        // RTVS's ISettingsStorage.GetSetting<T>(name, T defaultValue) said its default "is nothing a key-value store knows";
        // a default answered for a missing key is what every such read does, but whether the store also keeps it, or answers
        // it for a stored null too (VsSettingsStorage: yes; Dictionary's GetValueOrDefault: no), is the store's own.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface ISettingsStorage
            {
                bool SettingExists(string name);
                object? GetSetting(string name, Type t);
                T GetSetting<T>(string name, T defaultValue);
                void SetSetting(string name, object value);
            }
            """);
        Refusals.Exactly(run,
            ("GetSetting", "'GetSetting' of ISettingsStorage matches no key-value store convention: its parameter 'defaultValue' (T) after the key 'name' is a default the read answers in place of a missing value, "
                + "and whether the store also keeps it under the key (as a get-or-add does) or answers it for a stored null too (RTVS's VsSettingsStorage.GetSetting<T> does) is its own, which the signature does not say "
                + "(a key-value read takes only the key, string)"));
    }
    [Fact]
    public void A_read_of_items_a_keyless_write_adds_says_so_before_the_pick_among_key_types()
    {
        // cosmos-holiday's IFixedHolidayManager: Add(func) writes a holiday without a key, and the reads by a country, a
        // country code or a month select among the holidays. Get(code) said "'code' is not the key (Country), a pick among
        // the key types …", and Get(country) "its key type is not proven": a key-value store's doubts, where the read's cause
        // is that the store keeps the items one by one (h-sample93's rule, which Get(country) met only behind the tie).
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public enum Country { China, UnitedStates }

            public enum CountryCode { CN, US }

            public interface IHolidayFunc
            {
                Country Country { get; }
                int Month { get; }
            }

            [InMemoryFake]
            public interface IHolidayManager
            {
                void Add(IHolidayFunc func);
                IEnumerable<IHolidayFunc> Get(Country country);
                IEnumerable<IHolidayFunc> Get(Country country, int month);
                IEnumerable<IHolidayFunc> Get(CountryCode code);
                IEnumerable<IHolidayFunc> Get(CountryCode code, int month);
                IEnumerable<IHolidayFunc> Get(int month);
            }
            """);
        var gets = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "Get").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(5, gets.Length);
        Assert.All(gets, static m =>
        {
            Assert.Contains("Add(func) writes IHolidayFunc without a key: the store keeps IHolidayFunc items one by one, and a member by a key selects among them", m, StringComparison.Ordinal);
            Assert.DoesNotContain("a pick among the key types", m, StringComparison.Ordinal);
            Assert.DoesNotContain("its key type is not proven", m, StringComparison.Ordinal);
        });
    }
}
