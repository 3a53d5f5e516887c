using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Rules earlier sessions found wrong and left (docs/generator.md: the bare Exists of another thing's key, a void removal of
/// several entities, the CreateOrUpdate/AddOrUpdate verbs), and the silent guesses the review of the generated members of
/// Microsoft's client interfaces found ("Generated members of Microsoft client interfaces, reviewed"). Each variant is
/// generated with the meaning its signature proves (a behaviour check) or refused with its exact cause.
/// </summary>
public class KnownWrongRuleTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static string Message(GeneratorRun run, string member) => Refusals.Message(run, member);

    /// <summary>Exactly these members are IMF0001 (by the name the diagnostic points at), and each message has its cause.</summary>
    private static void Refused(GeneratorRun run, params (string Member, string Cause)[] refused) => Refusals.Exactly(run, refused);

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    // ---- a. A bare Exists whose one parameter is another thing's key -----------------------------------------------------

    /// <summary>
    /// Quartz's <c>IJobStore.CheckExists(JobKey jobKey)</c> asks whether the JOB exists; over rows that carry a JobKey the fake
    /// answered whether a row of that job did. Exists, Contains and CheckExists of one foreign key are refused.
    /// </summary>
    [Fact]
    public void A_bare_Exists_Contains_or_CheckExists_of_one_foreign_key_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public sealed record JobKey(string Name, string Group);
            public class FireInstance
            {
                public string FireInstanceId { get; set; } = "";
                public JobKey JobKey { get; set; } = new("", "");
                public Guid CustomerId { get; set; }
                public string Email { get; set; } = "";
            }
            [InMemoryFake] public interface IFireInstanceStore
            {
                void Add(FireInstance instance);
                FireInstance? Get(string fireInstanceId);
                ValueTask<bool> Exists(JobKey jobKey, CancellationToken cancellationToken = default);
                bool Contains(Guid customerId);
                Task<bool> CheckExistsAsync(JobKey jobKey);
            }
            """);
        Refused(
            run,
            ("Exists", "'Exists' names no noun, and its one parameter 'jobKey' is the key of a Job, not of FireInstance, so whether it asks if the Job itself exists (another table) or if FireInstance rows of that Job do is not said; rename it ExistsByJobKey to ask about FireInstance rows (or write it: Store.Where(e => e.JobKey == jobKey).Count > 0 asks the same)"),
            ("Contains", "'Contains' names no noun, and its one parameter 'customerId' is the id of a Customer, not of FireInstance"),
            ("CheckExistsAsync", "'CheckExists' puts a noun before Exists"));
    }

    /// <summary>
    /// What stays generated: a check of the entity's own key or of a value of its own, ExistsBy{Property}, and a check by two
    /// foreign ids (the row that pairs them: RoleForeignKeyTests' <c>ExistsAsync(chapterId, userId)</c>).
    /// </summary>
    [Fact]
    public void A_bare_Exists_of_two_foreign_ids_of_the_key_or_of_an_own_value_and_ExistsBy_stay_generated()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class ChapterRole
            {
                public int Id { get; set; }
                public int ChapterId { get; set; }
                public int UserId { get; set; }
                public string Email { get; set; } = "";
            }
            [InMemoryFake] public interface IChapterRoles
            {
                void Add(ChapterRole role);
                Task<bool> ExistsAsync(int chapterId, int userId);
                bool Exists(int id);
                bool Contains(string email);
                bool ExistsByUserId(int userId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IChapterRoles roles = new InMemoryChapterRoles();
                    roles.Add(new ChapterRole { Id = 1, ChapterId = 31, UserId = 7, Email = "a@x" });
                    Is(true, roles.ExistsAsync(31, 7).GetAwaiter().GetResult(), "the row pairing chapter 31 and user 7");
                    Is(false, roles.ExistsAsync(31, 8).GetAwaiter().GetResult(), "no row pairs chapter 31 and user 8");
                    Is(true, roles.Exists(1), "the key");
                    Is(false, roles.Exists(2), "another key");
                    Is(true, roles.Contains("a@x"), "a value of its own");
                    Is(true, roles.ExistsByUserId(7), "ExistsBy a foreign id");
                    Is(false, roles.ExistsByUserId(8), "ExistsBy a foreign id with no row");
                }
            }
            """);
    }

    // ---- b. A removal of several entities that returns nothing ---------------------------------------------------------

    private const string Orders = """
        #nullable enable
        namespace V;
        public class Order { public Guid Id { get; set; } public string Number { get; set; } = ""; }
        """;

    /// <summary>
    /// Unstated, a void removal of several entities is refused as the removal of one is: EF Core's RemoveRange + SaveChanges
    /// throws for a missing one and removes none, Dapper and MongoDB remove the others. Before, the fake skipped missing ones.
    /// A count result says it (the number removed) and a void removal by keys follows the removal by one key (missing: nothing).
    /// </summary>
    [Fact]
    public void RangeRemoval_a_void_removal_of_several_entities_is_refused_unless_stated()
    {
        var run = Run(Orders + """
            [InMemoryFake] public interface IOrders
            {
                void Add(Order order);
                void RemoveRange(IEnumerable<Order> orders);
                Task DeleteManyAsync(IReadOnlyCollection<Order> orders, CancellationToken cancellationToken = default);
                int DeleteRange(IEnumerable<Order> orders);
                void RemoveMany(IEnumerable<Guid> ids);
                Order? Find(Guid id);
            }
            """);
        Refused(
            run,
            ("RemoveRange", "a removal of several entities that returns nothing cannot say what it does when one of them is not stored: EF Core's RemoveRange + SaveChanges throws DbUpdateConcurrencyException and removes none"),
            ("DeleteManyAsync", "State it on [InMemoryFake] as for the removal of one: MissingDelete = MissingDelete.NotFound (the not-found error, nothing removed) or MissingDelete = MissingDelete.Ignore (missing ones skipped)"));
    }

    /// <summary>Under MissingDelete = NotFound (the removal of one throws for a missing entity) the removal of several does too, and removes none.</summary>
    [Fact]
    public void RangeRemoval_under_MissingDelete_NotFound_a_missing_entity_or_key_is_the_not_found_error_and_nothing_is_removed()
    {
        var run = Run(Orders + """
            [InMemoryFake(MissingDelete = MissingDelete.NotFound)] public interface IOrders
            {
                void Add(Order order);
                void Remove(Order order);
                void RemoveRange(IEnumerable<Order> orders);
                Task DeleteManyAsync(IEnumerable<Guid> ids);
                Order? Find(Guid id);
                int Count();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IOrders orders = new InMemoryOrders();
                    var a = new Order { Id = Guid.NewGuid(), Number = "a" };
                    var b = new Order { Id = Guid.NewGuid(), Number = "b" };
                    var c = new Order { Id = Guid.NewGuid(), Number = "c" };
                    orders.Add(a);
                    orders.Add(b);
                    orders.Add(c);
                    var missing = new Order { Id = Guid.NewGuid(), Number = "m" };
                    Throws<NotFoundException>(() => orders.Remove(missing), null, "the removal of one missing entity");
                    Throws<NotFoundException>(() => orders.RemoveRange(new[] { a, missing }), null, "a range with a missing entity");
                    Is(3, orders.Count(), "nothing removed by the failed range");
                    Throws<ArgumentNullException>(() => orders.RemoveRange(new[] { a, null! }), "orders", "a null entity");
                    Is(3, orders.Count(), "nothing removed by the range with a null");
                    Throws<NotFoundException>(() => orders.DeleteManyAsync(new[] { b.Id, Guid.NewGuid() }).GetAwaiter().GetResult(), null, "keys with a missing one");
                    Is(3, orders.Count(), "nothing removed by the failed keys");
                    orders.RemoveRange(new[] { a, b });
                    Is(1, orders.Count(), "a range of stored entities");
                    Is(null, orders.Find(a.Id), "a removed");
                    orders.DeleteManyAsync(new[] { c.Id }).GetAwaiter().GetResult();
                    Is(0, orders.Count(), "stored keys removed");
                }
            }
            """);
    }

    /// <summary>Under MissingDelete = Ignore the removal of several skips the missing ones and removes the others.</summary>
    [Fact]
    public void RangeRemoval_under_MissingDelete_Ignore_skips_missing_entities()
    {
        var run = Run(Orders + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)] public interface IOrders
            {
                void Add(Order order);
                void Remove(Order order);
                void RemoveRange(IEnumerable<Order> orders);
                int Count();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IOrders orders = new InMemoryOrders();
                    var a = new Order { Id = Guid.NewGuid(), Number = "a" };
                    orders.Add(a);
                    orders.Add(new Order { Id = Guid.NewGuid(), Number = "b" });
                    orders.RemoveRange(new[] { a, new Order { Id = Guid.NewGuid(), Number = "m" } });
                    Is(1, orders.Count(), "the stored one removed, the missing one skipped");
                }
            }
            """);
    }

    // ---- c. CreateOrUpdate, AddOrUpdate: upserts, and a bool result refused -----------------------------------------------

    /// <summary>
    /// AddOrUpdate and InsertOrUpdate of an entity are upserts and a bool result is refused, as for every upsert: true may
    /// mean created, wrote or changed. An entity's CreateOrUpdate stays refused (an either-or write whose branches are unproven): Microsoft's
    /// Teams samples write another row type under that name (Corpus/TeamsContactGroupLookup), a decision of an earlier round.
    /// </summary>
    [Fact]
    public void Upsert_AddOrUpdate_and_InsertOrUpdate_of_an_entity_are_upserts_and_a_bool_result_or_CreateOrUpdate_is_refused()
    {
        var run = Run(Orders + """
            [InMemoryFake] public interface IOrders
            {
                void InsertOrUpdate(Order order);
                Task<Order> AddOrUpdateAsync(Order order);
                Task<bool> InsertOrUpdateOrderAsync(Order order);
                bool AddOrUpdate(Order order);
                Task CreateOrUpdateAsync(Order order);
                Order? Find(Guid id);
            }
            """);
        Refused(
            run,
            ("InsertOrUpdateOrderAsync", "an upsert that returns bool does not say what true means"),
            ("AddOrUpdate", "an upsert that returns bool does not say what true means"),
            ("CreateOrUpdateAsync", "'CreateOrUpdate' is Create or Update, an either-or write the conventions read only as AddOrUpdate, InsertOrUpdate or Upsert"));
        var generated = Run(Orders + """
            [InMemoryFake] public interface IOrders
            {
                void InsertOrUpdate(Order order);
                Task<Order> AddOrUpdateAsync(Order order);
                Order? Find(Guid id);
            }
            """);
        Assertions.Clean(generated);
        BehaviourCheck.Run(generated, Prelude + """
                public static void Run()
                {
                    IOrders orders = new InMemoryOrders();
                    var id = Guid.NewGuid();
                    orders.InsertOrUpdate(new Order { Id = id, Number = "1" });
                    Is("1", orders.Find(id)!.Number, "created");
                    orders.InsertOrUpdate(new Order { Id = id, Number = "2" });
                    Is("2", orders.Find(id)!.Number, "updated, no duplicate-key error");
                    Is("3", orders.AddOrUpdateAsync(new Order { Id = id, Number = "3" }).GetAwaiter().GetResult().Number, "AddOrUpdate returns what it stored");
                    Is("3", orders.Find(id)!.Number, "updated again");
                }
            }
            """);
    }

    /// <summary>
    /// In a key-value store CreateOrUpdate and InsertOrUpdate are sets (before, neither was a verb); a bool result of a verb
    /// that names both branches is refused, while a bool Set stays "written" (Redis's SET).
    /// </summary>
    [Fact]
    public void Upsert_CreateOrUpdate_and_InsertOrUpdate_of_a_key_value_store_set_and_a_bool_AddOrUpdate_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface ISettings
            {
                string? Get(string key);
                void CreateOrUpdate(string key, string value);
                Task InsertOrUpdateAsync(string key, string value);
                bool Set(string key, string value);
                bool AddOrUpdate(string key, string value);
                Task<bool> UpsertAsync(string key, string value);
            }
            """);
        Refused(
            run,
            ("AddOrUpdate", "'AddOrUpdate' says it adds or updates, and its bool result does not say what true means"),
            ("UpsertAsync", "'Upsert' says it adds or updates, and its bool result does not say what true means"));
        var generated = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface ISettings
            {
                string? Get(string key);
                void CreateOrUpdate(string key, string value);
                Task InsertOrUpdateAsync(string key, string value);
                bool Set(string key, string value);
            }
            """);
        Assertions.Clean(generated);
        BehaviourCheck.Run(generated, Prelude + """
                public static void Run()
                {
                    ISettings settings = new InMemorySettings();
                    settings.CreateOrUpdate("a", "1");
                    settings.CreateOrUpdate("a", "2");
                    Is("2", settings.Get("a"), "CreateOrUpdate replaces");
                    settings.InsertOrUpdateAsync("a", "3").GetAwaiter().GetResult();
                    Is("3", settings.Get("a"), "InsertOrUpdate replaces, it is no insert-if-absent");
                    Is(true, settings.Set("a", "4"), "a bool Set answers written");
                    Is("4", settings.Get("a"), "Set replaces");
                }
            }
            """);
    }

    // ---- Generated members of Microsoft client interfaces, reviewed ---------------------------------------------------------

    /// <summary>
    /// A bool or a delegate parameter is no key: Durable Task's IOrchestrationService.DeleteAsync(bool deleteInstanceStore)
    /// removed an entry keyed by true; MSAL's GetHttpClient(bool useDefaultCredentials) and GetHttpClient(Func&lt;…&gt;
    /// validateServerCert) answered null from a table keyed by the flag or the callback.
    /// </summary>
    [Fact]
    public void Client_a_bool_or_a_delegate_taken_for_the_key_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Client { public string Name { get; set; } = ""; }
            [InMemoryFake] public interface IWsTrustClientFactory { Client? GetClient(bool useDefaultCredentials); }
            [InMemoryFake] public interface IValidatingClientFactory { Client? GetClient(Func<string, bool> validateServerCert); }
            [InMemoryFake] public interface IHubService { Task DeleteAsync(bool deleteInstanceStore); }
            """);
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.True(messages.Count == 3, string.Join("\n", messages));
        foreach (var expected in new[]
        {
            "its key 'useDefaultCredentials' is a bool: a flag that says how the member works",
            "its key 'deleteInstanceStore' is a bool: a flag that says how the member works",
            "its key 'validateServerCert' is a delegate (System.Func<string, bool>): code the real member calls",
        })
        {
            Assert.True(messages.Any(m => m.Contains(expected, StringComparison.Ordinal)), expected + " in:\n" + string.Join("\n", messages));
        }
    }

    /// <summary>
    /// TryGet of services that no member puts in is refused as Get is (Orleans' IGrainContextActivatorProvider.TryGet and
    /// IStreamNamespacePredicateProvider.TryGetPredicate build what they hand out); with a write beside it, it stays a lookup.
    /// </summary>
    [Fact]
    public void Client_TryGet_of_services_nothing_writes_is_refused_and_stays_a_lookup_beside_a_write()
    {
        const string Types = """
            #nullable enable
            using System.Diagnostics.CodeAnalysis;
            namespace V;
            public interface IActivator { object CreateInstance(string grainId); }
            """;
        var run = Run(Types + """
            [InMemoryFake] public interface IActivatorProvider { bool TryGet(string grainType, [NotNullWhen(true)] out IActivator? activator); }
            """);
        Assert.Contains("no member of IActivatorProvider puts a value in, and its values are V.IActivator, an interface with behaviour of its own (CreateInstance)",
            Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var written = Run(Types + """
            [InMemoryFake] public interface IActivatorRegistry
            {
                bool TryGet(string grainType, [NotNullWhen(true)] out IActivator? activator);
                void Set(string grainType, IActivator activator);
            }
            """);
        Assert.DoesNotContain(written.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }

    /// <summary>
    /// A settable bool property of a key-value store is a switch the fake does not hold, and a switch may change what a read
    /// answers (Kiota's IBackingStore.ReturnOnlyChangedValues): the reads are refused with it, the other members stay.
    /// </summary>
    [Fact]
    public void Client_a_read_beside_a_switch_property_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IBackingStore
            {
                T? Get<T>(string key);
                bool TryGetValue(string key, out object? value);
                void Set(string key, object value);
                void Clear();
                bool ReturnOnlyChangedValues { get; set; }
            }
            """);
        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, refused.Count);
        Assert.Equal(2, refused.Count(static m => m.Contains("its interface has the switch 'ReturnOnlyChangedValues' (a settable bool, which the fake does not hold), and a switch may change what a read answers", StringComparison.Ordinal)));
        Assert.Single(refused, static m => m.StartsWith("'ReturnOnlyChangedValues'", StringComparison.Ordinal));
    }

    // ---- Session 20: the generated members of more Microsoft and framework interfaces, reviewed -------------------------

    /// <summary>
    /// An indexer whose result is oblivious (<c>#nullable disable</c>) reads a missing key as the not-found error (a
    /// KeyNotFoundException), as IDictionary's indexer does: NEST's IIsADictionary&lt;string, IAction&gt; and Polly's
    /// IReadOnlyPolicyRegistry answered null for a missing key where both throw KeyNotFoundException. A stated
    /// MissingKeyReads = Default gives null, and a result declared nullable (<c>object? this[key]</c>: ITempDataDictionary,
    /// IConfiguration, EF Core's annotations) or a type parameter (CacheManager's <c>ICache&lt;TCacheValue&gt;</c>) stays null
    /// when missing.
    /// </summary>
    [Fact]
    public void Client_an_oblivious_indexer_reads_a_missing_key_as_the_not_found_error()
    {
        const string Types = """
            #nullable disable
            namespace V;
            public class Policy { public string Name { get; set; } = ""; }
            """;
        var run = Run(Types + """
            [InMemoryFake] public interface IPolicyRegistry
            {
                Policy this[string key] { get; set; }
                bool ContainsKey(string key);
            }
            public interface ICache<TValue>
            {
                TValue this[string key] { get; set; }
            }
            [InMemoryFake(typeof(ICache<Policy>))] public partial class PolicyCache;
            #nullable enable
            [InMemoryFake] public interface ITempValues
            {
                object? this[string key] { get; set; }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IPolicyRegistry registry = new InMemoryPolicyRegistry();
                    registry["retry"] = new Policy { Name = "retry" };
                    Is("retry", registry["retry"].Name, "a stored key");
                    Throws<KeyNotFoundException>(() => _ = registry["missing"], null, "a missing key, as Dictionary's indexer");
                    Throws<NotFoundException>(() => _ = registry["missing"], null, "the fake's not-found error");
                    ITempValues values = new InMemoryTempValues();
                    Is(null, values["missing"], "a result declared nullable stays null when missing");
                    ICache<Policy> cache = new PolicyCache();
                    Is(null, cache["missing"], "a type parameter's value keeps default when missing (CacheManager's indexer is its Get)");
                }
            }
            """);
        // NEST's IActions : IIsADictionary<string, IAction> : IDictionary<string, IAction>: the indexer is IDictionary's own
        // (declared TValue), whose contract throws. Its other members (CopyTo, the enumerators) are refused, so the generated
        // text is read instead of running it.
        var dictionary = Run(Types + """
            [InMemoryFake] public interface IActions : IDictionary<string, Policy> { }
            """);
        var indexer = dictionary.Sources.Single(static s => s.Value.Contains("class InMemoryActions", StringComparison.Ordinal)).Value;
        var getter = indexer[indexer.IndexOf("this[string key]", StringComparison.Ordinal)..];
        Assert.Contains("GetRequired(key", getter[..getter.IndexOf("set", StringComparison.Ordinal)], StringComparison.Ordinal);

        var stated = Run(Types + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] public interface IPolicyRegistry
            {
                Policy this[string key] { get; set; }
            }
            """);
        Assertions.Clean(stated);
        BehaviourCheck.Run(stated, Prelude + """
                public static void Run()
                {
                    IPolicyRegistry registry = new InMemoryPolicyRegistry();
                    Is(null, registry["missing"], "MissingKeyReads = Default: null for a missing key");
                }
            }
            """);
    }

    /// <summary>
    /// A write whose value is a bool, in a store where nothing reads a value back, is refused: IPersistFile.Save(string?
    /// pszFileName, bool fRemember) stored the flag under the file name, where the real one saves the object to the file and
    /// the flag says whether the file becomes the current one. A read of the value beside it (Microsoft.FeatureManagement's
    /// ISessionManager: GetAsync(featureName) answers what SetAsync(featureName, enabled) wrote) keeps the write.
    /// </summary>
    [Fact]
    public void Client_a_bool_written_after_a_key_that_nothing_reads_back_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IPersistFile
            {
                void Save(string? pszFileName, bool fRemember);
            }
            """);
        // Since session 42 (h-meaning42) a bool written without a bool read back casts no vote, so the store is one of object
        // values and the refusal says so; it said "the only thing that makes the store's values bools".
        Refused(run, ("Save", "its value 'fRemember' is a bool, in a store of object values, and no member of the interface reads a value back (a Get, TryGet, get-or-add, listing or indexer)"));
        Assert.Contains("Store.Call(nameof(Save)", Message(run, "Save"), StringComparison.Ordinal);
        var read = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface ISessionManager
            {
                Task SetAsync(string featureName, bool enabled);
                Task<bool?> GetAsync(string featureName);
            }
            """);
        Assertions.Clean(read);
        BehaviourCheck.Run(read, Prelude + """
                public static void Run()
                {
                    ISessionManager session = new InMemorySessionManager();
                    session.SetAsync("beta", true).GetAwaiter().GetResult();
                    Is(true, session.GetAsync("beta").GetAwaiter().GetResult(), "the flag written");
                    Is(null, session.GetAsync("other").GetAwaiter().GetResult(), "no flag written");
                }
            }
            """);
    }

    /// <summary>
    /// A blob name a caller may leave out is refused, as an optional key of a key-value store is: Blazor's
    /// IBrowserFile.OpenReadStream(long maxAllowedSize = 512000) and JSInterop's IJSStreamReference.OpenReadStreamAsync opened
    /// the blob named "512000", where the real ones open the one file and throw when it is larger than the limit. A required
    /// name, and a listing's optional prefix, stay generated.
    /// </summary>
    [Fact]
    public void Client_an_optional_blob_name_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IBrowserFile
            {
                Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default);
            }
            [InMemoryFake] public interface IFiles
            {
                Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);
                Task PutAsync(string name, Stream content);
                Task<IReadOnlyList<string>> ListAsync(string? prefix = null);
            }
            """);
        Refused(run, ("OpenReadStream", "its blob name 'maxAllowedSize' (long) is optional, so a caller may leave it out and the fake would use the blob named after the default value"));
        Assert.Contains("Store.Call(nameof(OpenReadStream)", Message(run, "OpenReadStream"), StringComparison.Ordinal);
    }
}
