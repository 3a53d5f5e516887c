using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The oblivious reads other than an entity's lookup (session 30, h-oblivious2; the lookups: <see cref="ObliviousLookupTests"/>).
/// A key-value store's read by key and a property's read by key, declared without nullable annotations
/// (<c>#nullable disable</c>) and not named to say null, answered null (or default) for a missing key without a word. Of the
/// corpus's 52 generated key-value reads of that kind 46 answer null or default (5 are not said) in their real stores, while Coravel's
/// <c>InMemoryCache.GetAsync</c> throws <c>NoCacheEntryException</c> (and DeveloperImmersionData's repository answers a default
/// item or throws): the fake keeps the majority's answer and says so (IMF0026, Info), as for the lookups. A stated
/// <c>MissingKeyReads</c>, an annotation or a name that says null decides without it; the setting now also reaches a
/// property's read, a two-key store's read and an owned keyed value's read, and is no IMF0010 where it decides one.
/// </summary>
public class ObliviousReadTests
{
    private const string Fix = "if yours does, set MissingKeyReads = MissingKeyRead.NotFound on [InMemoryFake]; to say it answers ";

    private static string[] Reported(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0026").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal).ToArray();

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0026" && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    private static string Cache(string attribute, string reads) => Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ATTRIBUTE)]
        public interface ICache
        {
            void Set(string key, string value);
            READS
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal).Replace("READS", reads, StringComparison.Ordinal);

    private const string Reads = """
        string Get(string key);
            Task<string> GetAsync(string key);
        """;

    private static string ObjectCache(string attribute) => Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ATTRIBUTE)]
        public interface IObjectCache
        {
            void Set(string key, object value);
            T Get<T>(string key);
            Task<T> GetAsync<T>(string key);
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal);

    private static string Pets(string attribute) => Sources.Usings + """
        #nullable disable
        namespace V;

        public class Pet
        {
            public int Id { get; set; }
            public string PetName { get; set; }
            public DateTime LastSeen { get; set; }
        }

        [InMemoryFake(ATTRIBUTE)]
        public interface IPets
        {
            void Add(Pet pet);
            string GetPetName(int id);
            Task<string> GetPetNameAsync(int id);
            DateTime GetLastSeen(int id);
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal);

    [Fact]
    public void An_oblivious_key_value_read_answers_null_and_says_so_sync_and_async()
    {
        var run = GeneratorHarness.Run(Cache("", Reads));
        Assertions.Clean(run);
        Assert.Equal(new[] { "Get", "GetAsync" }, Reported(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0026"), static d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal("ICache.Get answers null for a missing key: its result string is declared without nullable annotations (#nullable disable), which does not say what a missing key gives,"
            + " and the fake answers as most stores of this signature do (MemoryCache, LazyCache's Get<T>, StackExchange.Redis' StringGet, IdentityServer4's grant stores)."
            + " Some throw instead (Coravel's InMemoryCache.GetAsync, NoCacheEntryException): " + Fix + "null, set MissingKeyReads = MissingKeyRead.Default", Message(run, "Get"));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache cache = new InMemoryCache();
                    cache.Set("a", "1");
                    Is("1", cache.Get("a"), "found");
                    Is(null, cache.Get("b"), "a missing key: null");
                    Is(null, cache.GetAsync("b").GetAwaiter().GetResult(), "a missing key: null, async");
                }
            }
            """);
    }

    [Fact]
    public void A_generic_oblivious_read_answers_default_and_says_so()
    {
        var run = GeneratorHarness.Run(ObjectCache(""));
        Assertions.Clean(run);
        Assert.Equal(new[] { "Get", "GetAsync" }, Reported(run));
        Assert.StartsWith("IObjectCache.GetAsync answers default for a missing key: its result T is declared without nullable annotations", Message(run, "GetAsync"), StringComparison.Ordinal);
        Assert.EndsWith(Fix + "default, set MissingKeyReads = MissingKeyRead.Default", Message(run, "GetAsync"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IObjectCache cache = new InMemoryObjectCache();
                    cache.Set("a", "1");
                    Is("1", cache.Get<string>("a"), "found");
                    Is(null, cache.Get<string>("b"), "a missing key: default");
                    Is(0, cache.GetAsync<int>("b").GetAwaiter().GetResult(), "a missing key: default, async");
                }
            }
            """);
    }

    [Fact]
    public void A_store_of_one_oblivious_value_answers_null_before_its_first_write_and_says_so()
    {
        // Ocelot's IInternalConfigurationRepository.Get(): null before the first AddOrReplace.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class Settings { public string Path { get; set; } }

            [InMemoryFake]
            public interface ISettingsDocument
            {
                Settings Get();
                void Set(Settings settings);
            }
            """);
        Assertions.Clean(run);
        Assert.Equal(new[] { "Get" }, Reported(run));
        Assert.StartsWith("ISettingsDocument.Get answers null for a value never written: its result V.Settings is declared without nullable annotations", Message(run, "Get"), StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISettingsDocument document = new InMemorySettingsDocument();
                    Is(null, document.Get(), "never written: null");
                    document.Set(new Settings { Path = "/a" });
                    Is("/a", document.Get()?.Path, "written");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_NotFound_makes_oblivious_key_value_reads_the_not_found_error_without_the_info()
    {
        var run = GeneratorHarness.Run(Cache("MissingKeyReads = MissingKeyRead.NotFound", Reads));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache cache = new InMemoryCache();
                    cache.Set("a", "1");
                    Is("1", cache.GetAsync("a").GetAwaiter().GetResult(), "found, async");
                    Throws<KeyNotFoundException>(() => cache.Get("b"), null, "a missing key");
                    Throws<KeyNotFoundException>(() => cache.GetAsync("b").GetAwaiter().GetResult(), null, "a missing key, async");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_Default_states_null_for_oblivious_key_value_reads_and_is_no_IMF0010()
    {
        // Before session 30 the setting was IMF0010 here: no read declared not null for it to change.
        var run = GeneratorHarness.Run(Cache("MissingKeyReads = MissingKeyRead.Default", Reads));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache cache = new InMemoryCache();
                    Is(null, cache.Get("b"), "a missing key: null");
                    Is(null, cache.GetAsync("b").GetAwaiter().GetResult(), "a missing key: null, async");
                }
            }
            """);
    }

    [Fact]
    public void Names_and_annotations_that_say_null_are_not_reported_and_a_not_null_annotation_is_the_not_found_error()
    {
        var run = GeneratorHarness.Run(Cache("", """
            string GetOrDefault(string key);
                [CanBeNull] string Read(string key);
                [ItemCanBeNull] Task<string> LoadAsync(string key);
                [ItemNotNull] Task<string> FetchAsync(string key);
            """) + """

            [AttributeUsage(AttributeTargets.All)] public sealed class CanBeNullAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class ItemCanBeNullAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] public sealed class ItemNotNullAttribute : Attribute { }
            """);
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache cache = new InMemoryCache();
                    Is(null, cache.GetOrDefault("b"), "OrDefault: null");
                    Is(null, cache.Read("b"), "[CanBeNull]: null");
                    Is(null, cache.LoadAsync("b").GetAwaiter().GetResult(), "[ItemCanBeNull]: null");
                    Throws<KeyNotFoundException>(() => cache.FetchAsync("b").GetAwaiter().GetResult(), null, "[ItemNotNull]: the not-found error");
                }
            }
            """);
    }

    [Fact]
    public void An_oblivious_property_read_by_key_answers_null_and_says_so_and_a_value_type_read_stays_the_not_found_error()
    {
        var run = GeneratorHarness.Run(Pets(""));
        Assertions.Clean(run);
        Assert.Equal(new[] { "GetPetName", "GetPetNameAsync" }, Reported(run));
        Assert.Equal("IPets.GetPetName answers null for a missing key: its result string is declared without nullable annotations (#nullable disable), which does not say what a missing key gives,"
            + " and the fake answers as most stores of this signature do (EF Core's Where(…).Select(…).FirstOrDefault(), as Skoruba's GetApiScopeNameAsync)."
            + " Some throw instead (a store that loads the row first, Find(id).Name or First()): " + Fix + "null, set MissingKeyReads = MissingKeyRead.Default", Message(run, "GetPetName"));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPets pets = new InMemoryPets();
                    pets.Add(new Pet { Id = 1, PetName = "Rex", LastSeen = new DateTime(2026, 1, 2) });
                    Is("Rex", pets.GetPetName(1), "the row's value");
                    Is(null, pets.GetPetName(2), "a missing row: null");
                    Is(null, pets.GetPetNameAsync(2).GetAwaiter().GetResult(), "a missing row: null, async");
                    Is(new DateTime(2026, 1, 2), pets.GetLastSeen(1), "a value type's read");
                    Throws<KeyNotFoundException>(() => pets.GetLastSeen(2), null, "a value type says no null: the not-found error");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_NotFound_reaches_an_oblivious_property_read()
    {
        var run = GeneratorHarness.Run(Pets("MissingKeyReads = MissingKeyRead.NotFound"));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPets pets = new InMemoryPets();
                    pets.Add(new Pet { Id = 1, PetName = "Rex" });
                    Is("Rex", pets.GetPetNameAsync(1).GetAwaiter().GetResult(), "the row's value, async");
                    Throws<KeyNotFoundException>(() => pets.GetPetName(2), null, "a missing row");
                    Throws<KeyNotFoundException>(() => pets.GetPetNameAsync(2).GetAwaiter().GetResult(), null, "a missing row, async");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_Default_states_null_for_an_oblivious_property_read_and_default_for_a_value_type()
    {
        var run = GeneratorHarness.Run(Pets("MissingKeyReads = MissingKeyRead.Default"));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPets pets = new InMemoryPets();
                    Is(null, pets.GetPetName(2), "a missing row: null");
                    Is(null, pets.GetPetNameAsync(2).GetAwaiter().GetResult(), "a missing row: null, async");
                    Is(default(DateTime), pets.GetLastSeen(2), "a missing row: default");
                }
            }
            """);
    }

    private static string DeviceFlow(string attribute) => Sources.Usings + """
        #nullable disable
        namespace V;

        public class DeviceCode { public string ClientId { get; set; } }

        [InMemoryFake(ATTRIBUTE)]
        public interface IDeviceFlowStore
        {
            Task StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceCode data);
            Task<DeviceCode> GetByUserCodeAsync(string userCode);
            Task<DeviceCode> FindByDeviceCodeAsync(string deviceCode);
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal);

    [Fact]
    public void A_two_key_stores_oblivious_read_answers_null_without_the_info_every_known_store_agreeing()
    {
        var run = GeneratorHarness.Run(DeviceFlow(""));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDeviceFlowStore store = new InMemoryDeviceFlowStore();
                    store.StoreDeviceAuthorizationAsync("d1", "U1", new DeviceCode { ClientId = "tv" }).GetAwaiter().GetResult();
                    Is("tv", store.GetByUserCodeAsync("U1").GetAwaiter().GetResult()?.ClientId, "found by the user code");
                    Is(null, store.GetByUserCodeAsync("U2").GetAwaiter().GetResult(), "a missing key: null");
                    Is(null, store.FindByDeviceCodeAsync("d2").GetAwaiter().GetResult(), "Find: null");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_reaches_a_two_key_stores_oblivious_read_and_is_no_IMF0010()
    {
        // Before session 30 MissingKeyReads = Default was IMF0010 on a store of two keys, and NotFound was applied silently.
        var notFound = GeneratorHarness.Run(DeviceFlow("MissingKeyReads = MissingKeyRead.NotFound"));
        Assertions.Clean(notFound);
        BehaviourCheck.Run(notFound, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDeviceFlowStore store = new InMemoryDeviceFlowStore();
                    Throws<KeyNotFoundException>(() => store.GetByUserCodeAsync("U2").GetAwaiter().GetResult(), null, "a missing key: the not-found error");
                    Is(null, store.FindByDeviceCodeAsync("d2").GetAwaiter().GetResult(), "Find: its name says null");
                }
            }
            """);

        var stated = GeneratorHarness.Run(DeviceFlow("MissingKeyReads = MissingKeyRead.Default"));
        Assertions.Clean(stated);
        BehaviourCheck.Run(stated, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDeviceFlowStore store = new InMemoryDeviceFlowStore();
                    Is(null, store.GetByUserCodeAsync("U2").GetAwaiter().GetResult(), "a missing key: null");
                }
            }
            """);
    }

    private static string Nicknames(string attribute) => Sources.Usings + """
        #nullable disable
        namespace V;

        public class User { public string Id { get; set; } }

        [InMemoryFake(ATTRIBUTE)]
        public interface IUsers
        {
            Task AddAsync(User user);
            Task<User> FindByIdAsync(string id);
            Task SetNicknameAsync(User user, string provider, string value);
            Task<string> GetNicknameAsync(User user, string provider);
        }
        """.Replace("(ATTRIBUTE)", attribute.Length == 0 ? "" : "(" + attribute + ")", StringComparison.Ordinal);

    [Fact]
    public void An_owned_keyed_values_oblivious_read_answers_null_without_the_info_and_follows_a_stated_setting()
    {
        // Identity's GetTokenAsync answers null for a token never set; no store of the shape is known to throw.
        var run = GeneratorHarness.Run(Nicknames(""));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IUsers users = new InMemoryUsers();
                    var ann = new User { Id = "ann" };
                    users.AddAsync(ann).GetAwaiter().GetResult();
                    Is(null, users.GetNicknameAsync(ann, "github").GetAwaiter().GetResult(), "never set: null");
                    users.SetNicknameAsync(ann, "github", "annie").GetAwaiter().GetResult();
                    Is("annie", users.GetNicknameAsync(ann, "github").GetAwaiter().GetResult(), "set");
                }
            }
            """);

        // Before session 30 the setting did not reach it: null whatever was stated.
        var notFound = GeneratorHarness.Run(Nicknames("MissingKeyReads = MissingKeyRead.NotFound"));
        Assertions.Clean(notFound);
        BehaviourCheck.Run(notFound, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IUsers users = new InMemoryUsers();
                    var ann = new User { Id = "ann" };
                    users.AddAsync(ann).GetAwaiter().GetResult();
                    Throws<KeyNotFoundException>(() => users.GetNicknameAsync(ann, "github").GetAwaiter().GetResult(), null, "never set: the not-found error");
                    Is(null, users.FindByIdAsync("bob").GetAwaiter().GetResult(), "Find: its name says null");
                }
            }
            """);

        var stated = GeneratorHarness.Run(Nicknames("MissingKeyReads = MissingKeyRead.Default"));
        Assertions.Clean(stated);
    }
    private static string GenericCache(string attribute) => Sources.Usings + """
        #nullable disable
        namespace V;

        public interface ICache<TCacheValue>
        {
            TCacheValue this[string key] { get; set; }
            void Put(string key, TCacheValue value);
        }

        [InMemoryFake(typeof(ICache<string>)ATTRIBUTE)]
        public partial class StringCache;
        """.Replace("ATTRIBUTE", attribute.Length == 0 ? "" : ", " + attribute, StringComparison.Ordinal);

    [Fact]
    public void An_oblivious_indexer_declared_as_a_type_parameter_answers_default_and_says_so()
    {
        // CacheManager's ICache<TCacheValue>.this[key] is its Get (null for a missing key); a dictionary's indexer, declared
        // the same way, throws KeyNotFoundException. Before session 31 the default came without a word.
        var run = GeneratorHarness.Run(GenericCache(""));
        Assertions.Clean(run);
        Assert.Equal(new[] { "this" }, Reported(run));
        Assert.Equal("ICache.this[] answers default for a missing key: its result TCacheValue is declared without nullable annotations (#nullable disable), which does not say what a missing key gives,"
            + " and the fake answers as most stores of this signature do (CacheManager's ICache<TCacheValue>.this[key], which is its Get)."
            + " Some throw instead (IDictionary<TKey, TValue>'s indexer, KeyNotFoundException): " + Fix + "default, set MissingKeyReads = MissingKeyRead.Default", Message(run, "this"));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache<string> cache = new StringCache();
                    Is(null, cache["a"], "a missing key: default");
                    cache["a"] = "1";
                    Is("1", cache["a"], "set through the indexer");
                }
            }
            """);

        var notFound = GeneratorHarness.Run(GenericCache("MissingKeyReads = MissingKeyRead.NotFound"));
        Assertions.Clean(notFound);
        Assert.Empty(Reported(notFound));
        BehaviourCheck.Run(notFound, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICache<string> cache = new StringCache();
                    Throws<KeyNotFoundException>(() => _ = cache["a"], null, "a missing key: the not-found error");
                    cache.Put("a", "1");
                    Is("1", cache["a"], "found");
                }
            }
            """);

        var stated = GeneratorHarness.Run(GenericCache("MissingKeyReads = MissingKeyRead.Default"));
        Assertions.Clean(stated);
        Assert.Empty(Reported(stated));
    }
}
