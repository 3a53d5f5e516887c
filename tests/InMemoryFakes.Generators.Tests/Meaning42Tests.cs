using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 42 (h-meaning42, issue 10): meanings session 41 found provable and two settings the sample rounds asked for
/// (docs/generator-rounds.md, "Meanings found provable, and two settings"). A get-or-add given the value itself
/// (FusionCache's <c>GetOrSet(key, TValue defaultValue, options, tags)</c>) with an options object's <c>Duration</c> read as its
/// time to live; a <c>void</c> read whose result is an <c>out</c> parameter (COM's <c>[out, retval]</c>: Windows Terminal's
/// <c>IPropertyStore.GetValue(ref key, out pv)</c>); <c>NullValueWrites</c>, what a write of a null value does (edelivery2022's
/// <c>IInternalStateService</c> removes the key, microsoft-ui-xaml's <c>IAttachedPropertyStore</c> keeps the null); and
/// <c>MissingKeyReads</c> on a blob store (MovieTheater's <c>Task&lt;byte[]&gt; GetImage</c> answers null for a poster never
/// saved).
/// </summary>
public class Meaning42Tests
{
    private static string[] Invalid(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0010").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

    // ---- MissingKeyReads on a blob store -----------------------------------------------------------------------------

    private const string Posters = Sources.Usings + """
        #nullable enable
        namespace V;

        public enum PosterImageVariant
        {
            Main,
            Thumbnail
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IPosterImageRepository
        {
            Task<bool> HasImage(int movieId, PosterImageVariant variant);
            Task<byte[]> GetImage(int movieId, PosterImageVariant variant);
            Task SaveImage(int movieId, PosterImageVariant variant, byte[] imageContent);
        }
        """;

    [Fact]
    public void MissingKeyReads_Default_makes_a_blob_read_declared_not_null_answer_null_for_a_blob_never_stored()
    {
        var run = GeneratorHarness.Run(Posters);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosterImageRepository posters = new InMemoryPosterImageRepository();
                    Is(null, posters.GetImage(1, PosterImageVariant.Main).GetAwaiter().GetResult(), "a poster never saved reads as null, as the setting states");
                    posters.SaveImage(1, PosterImageVariant.Main, new byte[] { 1, 2 }).GetAwaiter().GetResult();
                    Is("1,2", string.Join(",", posters.GetImage(1, PosterImageVariant.Main).GetAwaiter().GetResult()), "a saved one reads back");
                    Is(null, posters.GetImage(1, PosterImageVariant.Thumbnail).GetAwaiter().GetResult(), "the other variant is still missing");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_NotFound_states_what_an_oblivious_blob_read_gives_and_a_setting_that_reaches_no_read_is_IMF0010()
    {
        // #nullable disable: Stream says neither null nor the error, refused without a setting; a stated NotFound says the error.
        var oblivious = Sources.Usings + """
            #nullable disable
            namespace V;

            [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]
            public interface IFiles
            {
                Task<Stream> OpenAsync(string name);
                Task SaveAsync(string name, Stream content);
            }
            """;
        var run = GeneratorHarness.Run(oblivious);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    Throws<System.Collections.Generic.KeyNotFoundException>(() => files.OpenAsync("a.txt").GetAwaiter().GetResult(), null, "stated NotFound: the not-found error");
                }
            }
            """);

        var unstated = GeneratorHarness.Run(oblivious.Replace("[InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]", "[InMemoryFake]", StringComparison.Ordinal));
        Assert.Contains("it returns Stream from a nullable-oblivious context (#nullable disable), so whether reading a missing blob gives null (as FluentStorage's OpenReadAsync does) or an error (as Rebus's Read and the Azure and S3 clients do) is not said; enable nullable annotations for the interface (Stream? for null when missing, Stream for the not-found error), state it with [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] (null) or MissingKeyRead.NotFound (the not-found error), or set", Refusals.Message(unstated, "OpenAsync"), StringComparison.Ordinal);

        var nullable = GeneratorHarness.Run(Posters.Replace("Task<byte[]> GetImage", "Task<byte[]?> GetImage", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "[InMemoryFake] on 'IPosterImageRepository': MissingKeyReads: on a blob store it says what a read of a blob's content declared not null (Task<byte[]> GetAsync(name), Stream OpenRead(name)) gives for a blob never stored, and no member of IPosterImageRepository is one (a nullable result says it itself); remove it" },
            Invalid(nullable));

        var empty = GeneratorHarness.Run(Posters.Replace("MissingKeyRead.Default", "MissingKeyRead.Empty", StringComparison.Ordinal));
        Assert.Single(Invalid(empty), static m => m.Contains("MissingKeyReads = MissingKeyRead.Empty", StringComparison.Ordinal) && m.Contains("is a blob store", StringComparison.Ordinal));
    }

    // ---- NullValueWrites -----------------------------------------------------------------------------------------------

    private const string StateService = Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default, NullValueWrites = NullValueWrite.Remove)]
        public interface IInternalStateService
        {
            T Get<T>(string key);
            void Remove(string key);
            void Set(string key, object value);
        }
        """;

    [Fact]
    public void NullValueWrites_Remove_makes_a_null_value_remove_the_key()
    {
        var run = GeneratorHarness.Run(StateService);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var fake = new InMemoryInternalStateService();
                    IInternalStateService state = fake;
                    state.Set("session", "https://idp.example");
                    Is("https://idp.example", state.Get<string>("session"), "stored");
                    state.Set("session", null);
                    Is(null, state.Get<string>("session"), "a null value removed the key: it reads as default");
                    Is(0, ((InMemoryFakes.IInMemoryFake)fake).Count, "and nothing is left");
                    state.Set("never", null);
                    Is(0, ((InMemoryFakes.IInMemoryFake)fake).Count, "a null for a missing key removes nothing and stores nothing");
                }
            }
            """);
    }

    [Fact]
    public void NullValueWrites_Keep_stores_the_null_as_a_dictionary_does()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            [InMemoryFake(NullValueWrites = NullValueWrite.Keep)]
            public interface IAttachedPropertyStore
            {
                int PropertyCount { get; }
                bool RemoveProperty(string name);
                void SetProperty(string name, object value);
                bool TryGetProperty(string name, out object value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAttachedPropertyStore store = new InMemoryAttachedPropertyStore();
                    store.SetProperty("Row", 2);
                    store.SetProperty("Tag", null);
                    Is(true, store.TryGetProperty("Tag", out var tag), "the null is kept: the key is found");
                    Is(null, tag, "with null");
                    Is(2, store.PropertyCount, "and counted");
                    store.SetProperty("Row", null);
                    Is(true, store.TryGetProperty("Row", out var row), "a null replaces a value");
                    Is(null, row, "and reads back as null");
                    store.SetProperty("Row", 3);
                    Is(true, store.TryGetProperty("Row", out row), "a value replaces the null");
                    Is(3, row, "and reads back");
                    Is(true, store.RemoveProperty("Tag"), "a kept null is removed as any value");
                    Is(false, store.TryGetProperty("Tag", out _), "and is gone");
                }
            }
            """);
    }

    [Fact]
    public void NullValueWrites_lets_a_value_declared_nullable_be_written_and_is_IMF0010_where_no_write_takes_a_null()
    {
        var source = Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake(NullValueWrites = NullValueWrite.Remove)]
            public interface INotes
            {
                string? Get(string key);
                void Set(string key, string? value);
            }
            """;
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INotes notes = new InMemoryNotes();
                    notes.Set("a", "x");
                    notes.Set("a", null);
                    Is(null, notes.Get("a"), "removed by the null");
                }
            }
            """);

        // Unstated, the value declared nullable stays refused, naming its cause.
        var unstated = GeneratorHarness.Run(source.Replace("[InMemoryFake(NullValueWrites = NullValueWrite.Remove)]", "[InMemoryFake]", StringComparison.Ordinal));
        Assert.Contains("its value 'value' is declared nullable (string?), so null is a value it takes", Refusals.Message(unstated, "Set"), StringComparison.Ordinal);

        // A store of values that are never null: nothing for the setting to say.
        var numbers = GeneratorHarness.Run(source.Replace("string? Get", "int? Get", StringComparison.Ordinal).Replace("string? value", "int value", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "[InMemoryFake] on 'INotes': NullValueWrites: it says what a key-value store's write of one key given a null value does (Set(key, value) whose value is object, a reference type without nullable annotations, or declared nullable), and no member of INotes is one (an add-if-absent, a write with tags, of JSON or of a byte buffer keeps the ArgumentNullException, and an entity repository or a blob store has no such write); remove it" },
            Invalid(numbers));
        var notAValue = GeneratorHarness.Run(source.Replace("NullValueWrite.Remove", "(NullValueWrite)7", StringComparison.Ordinal));
        Assert.Equal(new[] { "[InMemoryFake] on 'INotes': NullValueWrites = 7 is not a NullValueWrite (Refuse, Remove or Keep)" }, Invalid(notAValue));
    }

    // ---- void Get(key, out value) ------------------------------------------------------------------------------------

    private const string PropertyStore = Sources.Usings + """
        #nullable disable
        namespace V;

        public struct PROPERTYKEY
        {
            public Guid fmtid;
            public uint pid;
        }

        [InMemoryFake]
        public interface IPropertyStore
        {
            void GetValue([In] ref PROPERTYKEY key, out object pv);
            void SetValue([In] ref PROPERTYKEY key, [In] ref object pv);
        }
        """;

    [Fact]
    public void A_void_read_whose_result_is_an_out_parameter_hands_out_the_value_or_null()
    {
        var run = GeneratorHarness.Run(PropertyStore.Replace("#nullable disable", "#nullable disable\nusing System.Runtime.InteropServices;", StringComparison.Ordinal));
        Assertions.GeneratorReported(run, "IMF0026");
        Assert.Equal(
            "IPropertyStore.GetValue answers null for a missing key: its result object (its out parameter 'pv') is declared without nullable annotations (#nullable disable), which does not say what a missing key gives, and the fake answers as most stores of this signature do (COM's IPropertyStore.GetValue (VT_EMPTY, S_OK)). Some throw instead (a store whose read fails for a key it does not hold): if yours does, set MissingKeyReads = MissingKeyRead.NotFound on [InMemoryFake]; to say it answers null, set MissingKeyReads = MissingKeyRead.Default",
            run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0026").GetMessage(CultureInfo.InvariantCulture));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPropertyStore store = new InMemoryPropertyStore();
                    var key = new PROPERTYKEY { fmtid = Guid.Empty, pid = 1 };
                    store.GetValue(ref key, out var missing);
                    Is(null, missing, "a key never set hands out null (VT_EMPTY)");
                    object value = true;
                    store.SetValue(ref key, ref value);
                    store.GetValue(ref key, out var read);
                    Is(true, read, "the value set");
                    Is(1u, key.pid, "the key passed by reference is not written");
                }
            }
            """);
    }

    [Fact]
    public void A_void_out_read_follows_MissingKeyReads_and_the_declaration_and_is_refused_for_another_type()
    {
        var notFound = GeneratorHarness.Run(PropertyStore.Replace("#nullable disable", "#nullable disable\nusing System.Runtime.InteropServices;", StringComparison.Ordinal)
            .Replace("[InMemoryFake]", "[InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]", StringComparison.Ordinal));
        Assertions.Clean(notFound);
        BehaviourCheck.Run(notFound, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPropertyStore store = new InMemoryPropertyStore();
                    var key = new PROPERTYKEY { pid = 1 };
                    Throws<System.Collections.Generic.KeyNotFoundException>(() => store.GetValue(ref key, out _), null, "stated NotFound: the not-found error");
                }
            }
            """);

        var typed = Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface INames
            {
                void Get(string key, out string value);
                void Set(string key, string value);
            }
            """;
        var run = GeneratorHarness.Run(typed);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INames names = new InMemoryNames();
                    Throws<System.Collections.Generic.KeyNotFoundException>(() => names.Get("a", out _), null, "declared not null: the not-found error");
                    names.Set("a", "x");
                    names.Get("a", out var value);
                    Is("x", value, "the value set");
                }
            }
            """);

        var nullable = GeneratorHarness.Run(typed.Replace("out string value", "out string? value", StringComparison.Ordinal));
        Assertions.Clean(nullable);
        BehaviourCheck.Run(nullable, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INames names = new InMemoryNames();
                    names.Get("a", out var value);
                    Is(null, value, "declared nullable: null");
                }
            }
            """);

        var other = GeneratorHarness.Run(typed.Replace("out string value", "out int value", StringComparison.Ordinal).Replace("string value);", "string value);\n    string? Find(string key);", StringComparison.Ordinal));
        Assert.Contains("its out parameter 'value' (int) is not the store's value type string", Refusals.Message(other, "Get"), StringComparison.Ordinal);
    }

    // ---- a get-or-add given the value itself ---------------------------------------------------------------------------

    [Fact]
    public void A_get_or_add_given_the_value_stores_it_on_a_miss_with_the_options_Duration_as_its_time_to_live()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class FusionCacheEntryOptions
            {
                public FusionCacheEntryOptions(TimeSpan? duration = null)
                {
                    Duration = duration ?? TimeSpan.FromSeconds(30);
                }

                public TimeSpan Duration { get; set; }
                public bool IsFailSafeEnabled { get; set; }
            }

            [InMemoryFake]
            public interface IFusionCache
            {
                TValue GetOrSet<TValue>(string key, TValue defaultValue, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
                void Set<TValue>(string key, TValue value, FusionCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken token = default);
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'GetOrSet'", StringComparison.Ordinal));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var clock = new InMemoryFakes.ManualClock(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero));
                    IFusionCache cache = new InMemoryFusionCache(clock);
                    Is("seed", cache.GetOrSet("k", "seed", new FusionCacheEntryOptions(TimeSpan.FromSeconds(10))), "a miss stores the value given and returns it");
                    Is("seed", cache.GetOrSet("k", "other"), "a hit returns the value found, not the one given");
                    clock.Advance(TimeSpan.FromSeconds(9));
                    Is("seed", cache.GetOrSet("k", "other"), "still live before the options' Duration");
                    clock.Advance(TimeSpan.FromSeconds(1));
                    Is("other", cache.GetOrSet("k", "other"), "gone at the Duration: the new value is stored");
                    cache.Set("n", 5);
                    Throws<InvalidCastException>(() => cache.GetOrSet("n", "text"), null, "a value of another type is the cast's error, as a generic read's");
                }
            }
            """);
    }

    [Fact]
    public void An_expire_given_entry_options_is_refused_for_them()
    {
        // FusionCache's Expire(key, options) marks the entry expired at once; the options' Duration is no new lifetime.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class FusionCacheEntryOptions
            {
                public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);
            }

            [InMemoryFake]
            public interface IFusionCache
            {
                void Set<TValue>(string key, TValue value, FusionCacheEntryOptions? options = null);
                void Expire(string key, FusionCacheEntryOptions? options = null);
            }
            """);
        Assert.StartsWith("'Expire' of IFusionCache matches no key-value store convention: its parameter 'options' is an options object (FusionCacheEntryOptions?), not a time to live: entry options given to an expire (FusionCache's Expire(key, options) marks the entry expired at once, kept as a stale value for fail-safe) say how the real store expires it, and whether their time to live becomes the entry's new one is not said",
            Refusals.Message(run, "Expire"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_get_or_add_given_the_value_is_ConcurrentDictionary_GetOrAdd()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface INameCache
            {
                string GetOrAdd(string key, string value);
                bool TryGetValue(string key, out string? value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INameCache cache = new InMemoryNameCache();
                    Is("a", cache.GetOrAdd("k", "a"), "added");
                    Is("a", cache.GetOrAdd("k", "b"), "found");
                    Is(true, cache.TryGetValue("k", out var value), "stored");
                    Is("a", value, "the first value");
                }
            }
            """);
    }

    // ---- a bool flag is no value ---------------------------------------------------------------------------------------

    private const string LaunchSettings = Sources.Usings + """
        #nullable enable
        namespace V;

        public interface ILaunchProfile
        {
            string? Name { get; }
        }

        [InMemoryFake]
        public interface ILaunchSettingsProvider
        {
            Task AddOrUpdateProfileAsync(ILaunchProfile profile, bool addToFront);
            Task RemoveProfileAsync(string profileName);
            Task AddOrUpdateGlobalSettingAsync(string settingName, object settingContent);
            Task RemoveGlobalSettingAsync(string settingName);
            Task SetActiveProfileAsync(string profileName);
        }
        """;

    [Fact]
    public void A_bool_flag_written_after_the_key_does_not_make_the_values_bool_unless_a_bool_is_read_back()
    {
        // ILaunchSettingsProvider's AddOrUpdateProfileAsync(profile, bool addToFront): its flag alone made the store one of
        // bool values, and every refusal spoke of them. Nothing is generated either way (no member reads as a removal by key).
        var run = GeneratorHarness.Run(LaunchSettings);
        Assert.Equal(new[] { "AddOrUpdateGlobalSettingAsync", "AddOrUpdateProfileAsync", "RemoveGlobalSettingAsync", "RemoveProfileAsync", "SetActiveProfileAsync" },
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(run.GeneratorDiagnostics, static d => Assert.DoesNotContain("bool", d.GetMessage(CultureInfo.InvariantCulture).Split(" Implement it")[0], StringComparison.Ordinal));
        Assert.StartsWith("'RemoveProfileAsync' of ILaunchSettingsProvider matches no key-value store convention: 'RemoveProfile' is not a known verb: it starts with Remove, which is one, but 'Profile' after it is no noun of this store",
            Refusals.Message(run, "RemoveProfileAsync"), StringComparison.Ordinal);

        // A flag in the value's place of a store with no read stays refused for it (the store is one of objects now).
        var flags = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IFiles
            {
                void Save(string fileName, bool remember);
                bool Remove(string fileName);
            }
            """);
        Assert.StartsWith("'Save' of IFiles matches no key-value store convention: its value 'remember' is a bool, in a store of object values, and no member of the interface reads a value back",
            Refusals.Message(flags, "Save"), StringComparison.Ordinal);

        // Beside a read of a bool the write stores it (Microsoft.FeatureManagement's ISessionManager).
        var sessions = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface ISessionManager
            {
                Task SetAsync(string featureName, bool enabled);
                Task<bool?> GetAsync(string featureName);
            }
            """);
        Assertions.Clean(sessions);
        BehaviourCheck.Run(sessions, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISessionManager sessions = new InMemorySessionManager();
                    Is(null, sessions.GetAsync("beta").GetAwaiter().GetResult(), "nothing set");
                    sessions.SetAsync("beta", true).GetAwaiter().GetResult();
                    Is(true, sessions.GetAsync("beta").GetAwaiter().GetResult(), "the bool set");
                }
            }
            """);
    }
}
