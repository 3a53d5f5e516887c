using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Every shape of a key-value or blob member whose meaning names and types do not prove is IMF0001 with the exact reason,
/// pointing at the member, and the rest of the interface still generates and compiles (no silent guess).
/// </summary>
public class KeyValueRefusalTests
{
    private const string Header = Sources.Usings + "namespace Refusals;\n";

    /// <summary>Asserts IMF0001 on <paramref name="member"/> with exactly <paramref name="reason"/>, on the member's line.</summary>
    private static void Refused(string source, string member, string reason, string interfaceName = "IStore", string kind = "key-value store", string? className = null)
    {
        var run = GeneratorHarness.Run(Header + source);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "' ", StringComparison.Ordinal));
        className ??= "InMemory" + interfaceName[1..];

        // A member named Store leaves the typed store property the name FakeStore (docs/generator.md#hand-written-members).
        var store = member == "Store" ? "FakeStore" : "Store";
        Assert.Equal(
            "'" + member + "' of " + interfaceName + " matches no " + kind + " convention: " + reason + ". Implement it in the partial class " + className
            + ", where its " + store + " property reaches the fake's table in one line: " + store + ".Call(nameof(" + member + "), …) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.WithoutCallArguments(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
        var line = diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
        Assert.Matches(@"\s" + member + "[<(]", line);
    }

    [Fact]
    public void A_write_of_a_key_with_only_its_expiry_is_refused_when_another_member_reads_the_values()
        => Refused(
            "[InMemoryFake] public interface IStore { bool TryAdd(string securityToken, DateTime expiresOn); DateTime? Get(string securityToken); }",
            "TryAdd",
            "its only parameter besides the key, 'expiresOn', is the entry's time to live, not a value, and 'Get' works with the store's values, so what this write stores under the key is not said");

    [Fact]
    public void A_write_of_a_key_with_an_expiry_that_may_be_null_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { bool TryAdd(string token, DateTimeOffset? expiresAt); bool Exists(string token); }",
            "TryAdd",
            "its only parameter besides the key, 'expiresAt', is the entry's time to live, not a value, and it may be null, which leaves the key's lifetime unsaid");

    [Fact]
    public void A_region_that_every_member_takes_is_refused_because_its_meaning_is_not_shown()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key, string region); void Add(string key, string value, string region, TimeSpan ttl); }",
            "Get",
            "its parameter 'region' is a region, but every member takes a region, so the interface does not say whether the region is part of the entry's identity (CacheManager) or only groups keys for ClearRegion (Ocelot's cache ignores it on reads)");

    [Fact]
    public void ClearRegion_without_a_region_meaning_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key, string region); void ClearRegion(string region); }",
            "ClearRegion",
            "the region's meaning is unknown: every member takes a region, so the interface does not say whether the region is part of the entry's identity (CacheManager) or only groups keys for ClearRegion (Ocelot's cache ignores it on reads)");

    [Fact]
    public void Removal_by_pattern_is_refused_because_a_pattern_is_a_glob_or_a_regular_expression()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); void RemoveByPattern(string pattern); }",
            "RemoveByPattern",
            "a key pattern means different things in different stores: EasyCaching's in-memory provider reads only a leading or trailing '*' (suffix, prefix, contains or the exact key), Redis a glob ('*', '?', '[…]'), Squidex a regular expression; the name does not say which (a Regex parameter would), so write it with Store.RemoveWhere");

    [Fact]
    public void A_read_that_asks_for_a_type_at_run_time_is_refused_in_a_store_of_typed_values()
        => Refused(
            "[InMemoryFake] public interface IStore { Task SetAsync(string key, string value); Task<string?> GetAsync(string key, Type type); }",
            "GetAsync",
            "its parameter 'type' asks for a type at run time, which only a store of object values can answer (the value when it is of that type)");

    [Fact]
    public void A_keyless_write_that_returns_nothing_beside_keyed_members_is_refused()
        => Refused(
            "public sealed class Ticket { public string Name { get; set; } = \"\"; }\n[InMemoryFake] public interface IStore { Ticket? Retrieve(string key); void Set(string key, Ticket ticket); void Store(Ticket ticket); }",
            "Store",
            "it takes no key, but other members do; a write that makes up a key must return it");

    [Fact]
    public void A_keyless_write_of_a_value_whose_property_a_lookup_is_named_after_is_refused_for_that_reason()
        => Refused(
            "public sealed class Entry { public string Address { get; set; } = \"\"; public int OpsFailed { get; set; } }\n"
            + "[InMemoryFake] public interface IStore { Task<Entry?> GetAsync(string address); Task SetAsync(string address, Entry entry); Task UpdateAsync(Entry entry); }",
            "UpdateAsync",
            "it takes no key: its value's property 'Address', which 'GetAsync' looks up by ('address'), may be its key, but a key-value store reads no key out of a value; mark 'Address' [Key] for an entity repository");

    [Fact]
    public void A_keyless_write_that_nothing_reads_back_is_refused()
        => Refused(
            "public sealed class Provider { public string Name { get; set; } = \"\"; }\n[InMemoryFake] public interface IStore { void SetProvider(Provider provider); }",
            "SetProvider",
            "it writes a value without a key, and no member reads it back (Get() for a single value, GetAll() for a collection)");

    [Fact]
    public void A_keyless_write_that_returns_a_string_is_refused_because_the_store_has_no_keys()
        => Refused(
            "public interface IConfig { string Path { get; } }\n[InMemoryFake] public interface IStore { IConfig? Get(); string AddOrReplace(IConfig configuration); }",
            "AddOrReplace",
            "it returns string, but the store has no keys, so what it returns is unknown");

    [Fact]
    public void A_value_with_a_property_named_like_the_lookup_parameter_is_not_given_a_made_up_key()
    {
        // string Add(Order) beside Get(string orderNumber) of an Order with an OrderNumber: the key may be the order's own.
        var run = GeneratorHarness.Run(Header + "public sealed class Order { public string OrderNumber { get; set; } = \"\"; }\n[InMemoryFake] public interface IOrders { string Add(Order order); Order? Get(string orderNumber); }");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0009", diagnostic.Id);

        Refused(
            "public sealed class Order { public string OrderNumber { get; set; } = \"\"; }\n[InMemoryFake] public interface IStore { string Store(Order order); Order? Get(string orderNumber); void Set(string orderNumber, Order order); }",
            "Store",
            "its value has a property 'OrderNumber' that 'Get' looks up by ('orderNumber'), so the key it returns may be the value's own rather than one the store makes up; mark 'OrderNumber' [Key] for an entity repository");
    }

    [Fact]
    public void A_write_whose_only_parameter_is_of_the_key_type_is_refused_as_key_or_value()
        => Refused(
            "[InMemoryFake] public interface IStore { string Create(string name); string? Get(string key); }",
            "Create",
            "its parameter 'name' is of the key's type, so whether it is a key or a value is unknown");

    [Fact]
    public void A_generic_read_whose_result_only_mentions_T_is_refused()
        => Refused(
            "public abstract class Response<T> { public T Data { get; set; } = default!; }\n[InMemoryFake] public interface IStore { void Set<T>(string key, T value); Response<T> Get<T>(string key); }",
            "Get",
            "it returns Refusals.Response<T>, which is neither the value (T) nor a wrapper with a (value, hasValue) constructor");

    [Fact]
    public void A_factory_that_takes_something_else_than_the_key_is_refused()
        => Refused(
            "public interface IEntry { object Key { get; } }\n[InMemoryFake] public interface IStore { T GetOrAdd<T>(string key, Func<IEntry, T> factory); void Set<T>(string key, T value); }",
            "GetOrAdd",
            "its factory takes a Refusals.IEntry, which a fake cannot give it (a factory takes nothing, the key, or a cache entry with expiry properties such as ICacheEntry)");

    private const string Entry = "public interface IEntry : IDisposable { object Key { get; } TimeSpan? AbsoluteExpirationRelativeToNow { get; set; } IList<string> Tokens { get; } }\n";

    [Fact]
    public void An_entry_factory_beside_a_time_to_live_is_refused_because_which_expiry_wins_is_unknown()
        => Refused(
            Entry + "[InMemoryFake] public interface IStore { T GetOrAdd<T>(string key, Func<IEntry, T> factory, TimeSpan ttl); T? Get<T>(string key); }",
            "GetOrAdd",
            "its factory sets the expiry on its entry and its parameter 'ttl' gives one too, so which one wins is unknown (a policy object whose expiry properties the entry also has is copied onto it first)");

    [Fact]
    public void A_policy_whose_expiry_the_entry_cannot_hold_is_refused()
        => Refused(
            Entry + "public sealed class Policy { public TimeSpan? SlidingExpiration { get; set; } }\n[InMemoryFake] public interface IStore { T GetOrAdd<T>(string key, Func<IEntry, T> factory, Policy policy); T? Get<T>(string key); }",
            "GetOrAdd",
            "its policy's SlidingExpiration has no settable property of the same name and type on the entry Refusals.IEntry, so the policy's expiry would be lost");

    [Fact]
    public void An_entry_interface_with_a_read_only_property_the_fake_cannot_fill_is_refused()
        => Refused(
            "public interface IEntry { TimeSpan? AbsoluteExpirationRelativeToNow { get; set; } string Region { get; } }\n[InMemoryFake] public interface IStore { T GetOrAdd<T>(string key, Func<IEntry, T> factory); T? Get<T>(string key); }",
            "GetOrAdd",
            "its factory's entry Refusals.IEntry has a read-only property 'Region' that is neither the key nor a collection, so the fake cannot give it a value");

    [Fact]
    public void A_place_word_before_a_noun_that_is_not_the_store_itself_stays_in_the_verb()
        => Refused(
            "[InMemoryFake] public interface IFavoritesStore { Task AddToFavorites(string userId, string productId); Task<string?> GetFavorite(string userId); }",
            "AddToFavorites",
            "'AddToFavorites' is not a known verb: it starts with Add, which is one, but 'ToFavorites' after it is no noun of this store (its values' type string, the interface's subject, or Item/Entry/CacheItem…), so which entries it is about is not said (the known verbs: Get, TryGet, Set/Put, SetIfAbsent, Delete/Remove, Exists, Increment, Decrement, Refresh/Touch, Clear, Count, Keys, TimeToLive/GetTimeToLive, Expire, Replace, Renew, GetAll, GetMany, SetMany, DeleteMany, GetOrAdd, CompareAndSet/TryUpdate, EvictByTag, RemoveByPrefix, RemoveByPattern, ClearRegion, Append, Any/HasItems, IsEmpty, CopyTo; more synonyms in docs/generator.md#key-value-store)",
            interfaceName: "IFavoritesStore");

    [Fact]
    public void A_removal_by_a_regular_expression_over_keys_that_are_not_strings_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(int key); void Set(int key, string value); void RemoveByPattern(System.Text.RegularExpressions.Regex pattern); }",
            "RemoveByPattern",
            "removing by a regular expression needs string keys without regions");

    [Fact]
    public void A_removal_by_a_regular_expression_that_returns_something_else_than_a_count_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); bool RemoveByPattern(System.Text.RegularExpressions.Regex pattern); }",
            "RemoveByPattern",
            "it must return nothing, or how many entries it removed (int or long)");

    [Fact]
    public void GetExpiration_returning_a_point_in_time_is_refused_because_only_a_remaining_time_to_live_is_read()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value, TimeSpan? expiresIn = null); DateTimeOffset? GetExpiration(string key); }",
            "GetExpiration",
            "it must return TimeSpan? (null when the key is missing or does not expire)");

    [Fact]
    public void A_batch_read_of_wrappers_of_another_value_type_is_refused()
        => Refused(
            "public sealed class Wrapped<T> { public Wrapped(T value, bool hasValue) { Value = value; HasValue = hasValue; } public T Value { get; } public bool HasValue { get; } }\n"
            + "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); IDictionary<string, Wrapped<int>> GetAll(IEnumerable<string> keys); }",
            "GetAll",
            "its dictionary's values are Refusals.Wrapped<int>, not the store's value type string");

    [Fact]
    public void A_batch_write_returning_something_else_than_a_count_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); bool SetAll(IDictionary<string, string> values); }",
            "SetAll",
            "it must return nothing, or how many entries it wrote (int or long)");

    [Fact]
    public void A_read_of_one_type_beside_a_write_of_any_object_is_refused_as_the_real_stores_conversion()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<string?> GetValue(string key); Task<T?> Get<T>(string key); Task Set(string key, object value, TimeSpan cacheTime); Task Remove(string key); }",
            "GetValue",
            UntypedWriteReason("string", "Set", "object value"));

    [Fact]
    public void A_typed_TryGet_beside_a_generic_write_is_refused_as_the_real_stores_conversion()
        => Refused(
            "[InMemoryFake] public interface IStore { bool TryGet(string key, out int value); void Set<T>(string key, T value); void Remove(string key); }",
            "TryGet",
            UntypedWriteReason("int", "Set", "T value"));

    [Fact]
    public void Generic_and_object_reads_beside_a_write_of_any_object_still_generate_and_typed_writes_keep_their_typed_reads()
    {
        var untyped = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { Task<T?> Get<T>(string key); Task<object?> GetValue(string key); Task Set(string key, object value, TimeSpan cacheTime); Task Remove(string key); }");
        Assertions.GeneratorReported(untyped);
        Assertions.CompilationOnly(untyped);
        var typed = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IPrefs { int GetInt(string key); void SetInt(string key, int value); string? GetString(string key); void SetString(string key, string value); }");
        Assertions.GeneratorReported(typed);
        Assertions.CompilationOnly(typed);
    }

    private static string UntypedWriteReason(string readType, string write, string parameter)
        => "it reads " + readType + " values, but '" + write + "' writes values of any type (" + parameter + "), and what a read of one type answers for a value written as another is the real store's"
            + " conversion, which no signature shows (a Redis store answers the JSON it serialized the object to, a cache's 'as' cast answers null): return object or a generic T, or implement it";

    [Fact]
    public void A_verb_naming_a_value_type_its_value_is_not_is_refused_as_a_conversion()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<byte[]?> GetStringAsync(string key); Task<byte[]?> GetAsync(string key); Task SetAsync(string key, byte[] value); }",
            "GetStringAsync",
            "'GetString' names its value's type (String), but its value is byte[]?: a String read or written as byte[]? means a conversion (an encoding such as UTF-8 for IDistributedCache's GetString, parsing, JSON) that only the real store chooses");

    [Fact]
    public void A_verb_naming_its_value_type_beside_a_store_of_another_type_is_refused_as_a_conversion()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<byte[]?> GetAsync(string key); Task SetAsync(string key, byte[] value); Task<string?> GetStringAsync(string key); Task SetStringAsync(string key, string value); }",
            "SetStringAsync",
            "'SetString' names its value's type (String), but the store's values are byte[]: converting between them (an encoding such as UTF-8 for IDistributedCache's GetString, parsing, JSON) is the real store's own choice");

    [Fact]
    public void A_verb_naming_a_value_type_without_a_value_where_its_verb_has_one_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); void SetInt32(string key); }",
            "SetInt32",
            "'SetInt32' names its value's type (Int32), but it has no value where 'Set' has one");

    [Fact]
    public void A_read_whose_only_parameter_is_optional_is_refused_because_a_call_may_give_no_key()
        => Refused(
            "public readonly struct CallContext { } public record ClusterState(int NextMachineId); [InMemoryFake] public interface IStore { Task<ClusterState> ReadStateAsync(CallContext callContext = default); }",
            "ReadStateAsync",
            "its key 'callContext' (Refusals.CallContext) is optional, so a caller may leave it out and the fake would answer with the entry of the default Refusals.CallContext, while what the real store does when no key is given (its one value, a whole-store answer, an error) is its own, which the signature does not say;"
            + " a parameter a caller may leave out is as likely call information (a context, options) as a key. Make the key required, or write the member"
            // Since session 36 nothing here votes for a kind (ReadState is no key-value verb with a noun of the store's): the
            // kind is "store" and the message says the key-value conventions read it by default.
            + "; nothing in IStore says which kind of store it is (no member has a verb only a key-value store has, such as Set, Increment or Expire, or a time to live, nor a blob verb, nor an entity with a key that members add, read or remove),"
            + " so its members were read by the key-value store's conventions, the default",
            kind: "store");

    [Fact]
    public void An_optional_key_is_refused_beside_required_ones_which_still_generate()
    {
        const string source = "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); string? Read(string key = \"default\"); }";
        Refused(source, "Read", "its key 'key' (string) is optional, so a caller may leave it out and the fake would answer with the entry of the default string, while what the real store does when no key is given (its one value, a whole-store answer, an error) is its own, which the signature does not say;"
            + " a parameter a caller may leave out is as likely call information (a context, options) as a key. Make the key required, or write the member");
        // The member written by hand, as the message says: the rest of the fake is generated and compiles.
        var run = GeneratorHarness.Run(Header + source + " public partial class InMemoryStore { public string? Read(string key = \"default\") => ((IStore)this).Get(key); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var store = new Refusals.InMemoryStore();
                    Refusals.IStore api = store;
                    api.Set("a", "1");
                    if (api.Get("a") != "1" || api.Read("a") != "1") throw new System.Exception("Get should read what Set wrote");
                }
            }
            """);
    }

    [Fact]
    public void A_clear_that_takes_something_other_than_the_key_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); void Clear(string userName); }",
            "Clear",
            "Clear must take no parameters and return nothing (or only the entry's key, named key or cacheKey or as the key of the store's reads and writes, to remove it)");

    [Fact]
    public void A_clear_of_a_partition_key_is_refused_because_it_may_clear_the_whole_partition()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); void Clear(string partitionKey); }",
            "Clear",
            "Clear must take no parameters and return nothing (or only the entry's key, named key or cacheKey or as the key of the store's reads and writes, to remove it)");

    [Fact]
    public void An_entry_interface_with_a_method_is_refused()
        => Refused(
            "public interface IEntry { TimeSpan? AbsoluteExpirationRelativeToNow { get; set; } void Commit(); }\n[InMemoryFake] public interface IStore { T GetOrAdd<T>(string key, Func<IEntry, T> factory); T? Get<T>(string key); }",
            "GetOrAdd",
            "its factory's entry Refusals.IEntry has a member 'Commit' that is not a property, so the fake cannot implement it");

    private const string SupportedProperties = "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object (a get-only property of a class with a public parameterless constructor, named like Options, Settings, Defaults, Policy, Configuration or Config) are supported";

    [Fact]
    public void A_property_of_an_interface_type_is_refused_because_a_fake_has_no_engine_to_return()
        => RefusedProperty(
            "public interface ICacheProvider { object Get(string key); }\n[InMemoryFake] public interface IStore { ICacheProvider CacheProvider { get; } string? Get(string key); void Set(string key, string value); }",
            "CacheProvider",
            "it returns Refusals.ICacheProvider, an interface: the real store's own engine or service, which a fake does not have (" + SupportedProperties + ")");

    [Fact]
    public void A_property_of_another_store_s_interface_is_refused_naming_the_store_not_an_engine()
        => RefusedProperty(
            "public interface ITransactionRepository { Task<string?> GetAsync(string txId); Task PutAsync(string txId, string tx); }\n[InMemoryFake] public interface IStore { ITransactionRepository Transactions { get; } Task<string?> GetAsync(string txId); Task PutAsync(string txId, string tx); }",
            "Transactions",
            "it returns Refusals.ITransactionRepository, another store's interface (a repository, store or cache): which instance the real store holds, and whether it shares this store's entries, is set where the real store is made, not by this interface (" + SupportedProperties + ")");

    [Fact]
    public void A_string_property_is_refused_because_the_name_is_configuration()
        => RefusedProperty(
            "[InMemoryFake] public interface IStore { string Name { get; } string? Get(string key); void Set(string key, string value); }",
            "Name",
            "it returns a string the real store is configured with (a name), which the interface does not carry (" + SupportedProperties + ")");

    [Fact]
    public void An_Id_of_a_look_alike_of_ISession_is_refused_because_only_the_framework_interface_fixes_its_meaning()
        => RefusedProperty(
            "[InMemoryFake] public interface IStore { bool IsAvailable { get; } string Id { get; } bool TryGetValue(string key, out byte[]? value); void Set(string key, byte[] value); }",
            "Id",
            "it returns a string the real store is configured with (a name), which the interface does not carry (" + SupportedProperties + ")");

    [Fact]
    public void A_settings_property_of_a_type_without_a_parameterless_constructor_is_refused()
        => RefusedProperty(
            "public class CacheDefaults { public CacheDefaults(int seconds) { Seconds = seconds; } public int Seconds { get; } }\n[InMemoryFake] public interface IStore { CacheDefaults DefaultPolicy { get; } string? Get(string key); void Set(string key, string value); }",
            "DefaultPolicy",
            "it returns the settings object Refusals.CacheDefaults, which the fake cannot make (it needs a public parameterless constructor and no required members)");

    /// <summary>Asserts IMF0001 on a property with exactly <paramref name="reason"/>.</summary>
    private static void RefusedProperty(string source, string member, string reason)
    {
        var run = GeneratorHarness.Run(Header + source);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "' ", StringComparison.Ordinal));
        Assert.Equal(
            "'" + member + "' of IStore matches no key-value store convention: " + reason + ". Implement it in the partial class InMemoryStore"
            + ", where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member + "), …) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.WithoutCallArguments(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_asynchronous_factory_of_a_synchronous_member_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string GetOrAdd(string key, Func<Task<string>> factory); string? Get(string key); }",
            "GetOrAdd",
            "its factory is asynchronous but the member is not");

    [Fact]
    public void Compare_and_set_of_values_without_value_equality_is_refused()
        => Refused(
            "public sealed class Cart { public int Items { get; set; } }\n[InMemoryFake] public interface IStore { Cart? Get(string key); bool TryUpdate(string key, Cart newValue, Cart comparisonValue); }",
            "TryUpdate",
            // Since session 40 (RefusalCauseTests): only shared verbs made it a key-value store, so the refusal says why Cart is no entity first.
            "IStore was read as a key-value store of Cart values, because no member has a verb only a key-value store has (Set, Increment, Expire…) or a time to live, and not as a repository of Cart, "
                + "because Cart has no key (no property marked [Key] or [FakeKey], named Id or CartId); by the key-value store's conventions, "
                + "its values (Refusals.Cart) have no value equality, and a fake hands out copies, so no value the caller holds could equal the stored one",
            kind: "store");

    [Fact]
    public void A_plural_removal_whose_parameter_names_no_property_is_refused()
        => Refused(
            "public sealed class Token { public string SubjectId { get; set; } = \"\"; }\n[InMemoryFake] public interface ITokenStore { Task<string> StoreTokenAsync(Token token); Task<Token?> GetTokenAsync(string handle); Task RemoveTokensAsync(string userId); }",
            "RemoveTokensAsync",
            "its parameter 'userId' names no property of Refusals.Token of its type, so what it removes is unknown",
            interfaceName: "ITokenStore");

    [Fact]
    public void An_interface_that_takes_positions_is_a_list_not_a_key_value_store()
        => Refused(
            "[InMemoryFake] public interface IStore { int Add(object value); object? Get(int index); void RemoveAt(int index); }",
            "Get",
            "its interface takes positions in a list ('index'), not keys: it is a list, not a key-value store");

    [Fact]
    public void A_TryGet_of_the_key_alone_whose_result_is_not_declared_nullable_is_refused()
        // TValue? TryGet(key) is the value or null (neo's IReadOnlyStore); an int says nothing
        // a missing key could answer.
        => Refused(
            "[InMemoryFake] public interface IStore { int TryGet(string key); void Set(string key, int value); }",
            "TryGet",
            "TryGet must be 'bool TryGet(key, out value)'");

    [Fact]
    public void A_key_of_a_class_that_compares_by_reference_is_refused_ITempDataProvider()
        => Refused(
            "public class RequestContext { public string Cookie { get; set; } = \"\"; }\n[InMemoryFake] public interface ITempDataProvider { IDictionary<string, object> LoadTempData(RequestContext context); void SaveTempData(RequestContext context, IDictionary<string, object> values); }",
            "LoadTempData",
            "its key 'context' is a Refusals.RequestContext, which compares by reference (a class that is not a record and does not override Equals): the fake would find an entry again only through the very same object, while a real store keys by a value the object carries (an id, a cookie, the session), which the interface does not say",
            interfaceName: "ITempDataProvider");

    [Fact]
    public void A_key_of_an_interface_type_is_refused_on_every_member_that_takes_it()
    {
        var source = "public interface IConnection { string Id { get; } }\n[InMemoryFake] public interface IStore { string? Get(IConnection connection); void Set(IConnection connection, string value); int Count { get; } }";
        Refused(source, "Set",
            "its key 'connection' is a Refusals.IConnection, which compares by reference (an interface): the fake would find an entry again only through the very same object, while a real store keys by a value the object carries (an id, a cookie, the session), which the interface does not say");
        var run = GeneratorHarness.Run(Header + source);
        Assert.Equal(["Get", "Set"], run.GeneratorDiagnostics.Where(d => d.Id == "IMF0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order());
    }

    [Fact]
    public void CreateEntry_of_an_entry_without_Dispose_is_refused_because_nothing_says_when_it_is_stored()
        => Refused(
            "public interface IEntry { object Key { get; } object? Value { get; set; } }\n[InMemoryFake] public interface IStore { bool TryGetValue(object key, out object? value); IEntry CreateEntry(object key); }",
            "CreateEntry",
            "its entry Refusals.IEntry has no Dispose, so nothing says when the entry is stored");

    [Fact]
    public void CreateEntry_of_an_entry_without_a_Value_of_the_store_type_is_refused()
        => Refused(
            "public interface IEntry : IDisposable { string Key { get; } int Size { get; set; } }\n[InMemoryFake] public interface IStore { string? Get(string key); IEntry CreateEntry(string key); }",
            "CreateEntry",
            "its entry Refusals.IEntry has no settable Value of the store's value type string, so what it stores is unknown");

    [Fact]
    public void A_member_returning_a_service_interface_is_refused_ISessionStore()
        => Refused(
            "public interface ISession { string Id { get; } Task LoadAsync(); Task CommitAsync(); }\n[InMemoryFake] public interface ISessionStore { ISession Create(string sessionKey, TimeSpan idleTimeout, TimeSpan ioTimeout, Func<bool> tryEstablishSession, bool isNewSessionKey); }",
            "Create",
            "it returns Refusals.ISession, an interface with behaviour of its own (LoadAsync): a service the real store builds, which a key-value fake does not make",
            interfaceName: "ISessionStore");

    [Fact]
    public void A_dictionary_written_under_the_store_subject_in_the_singular_is_refused_IPersistentComponentStateStore()
        => Refused(
            "[InMemoryFake] public interface IComponentStateStore { Task<IDictionary<string, byte[]>> GetAllAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); }",
            "PersistStateAsync",
            "it writes a dictionary under the singular noun 'State', the store's own subject, so whether the dictionary replaces everything stored"
            + " (ASP.NET Core's PrerenderComponentApplicationStore persists the whole state, once) or is merged into it entry by entry (Bot Framework's IStorage.WriteAsync) is not said",
            interfaceName: "IComponentStateStore");

    [Fact]
    public void Blazors_IPersistentComponentStateStore_itself_is_a_single_document_store_by_its_framework_contract()
    {
        var run = GeneratorHarness.Run(Sources.Usings
            + "namespace Microsoft.AspNetCore.Components { public interface IPersistentComponentStateStore { Task<IDictionary<string, byte[]>> GetPersistedStateAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); } }\n"
            + "namespace App { [InMemoryFake(typeof(Microsoft.AspNetCore.Components.IPersistentComponentStateStore))] public partial class StateStoreFake; }");
        Assertions.Clean(run);
        var source = string.Join("\n", run.Sources.Select(static s => s.Value));
        Assert.Contains("KeyValueTableOperations.ReplaceAll(__entries, state, nameof(state));", source, StringComparison.Ordinal);
        Assert.Contains("__entries.Entries()", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_alike_of_IPersistentComponentStateStore_in_your_own_namespace_is_still_refused()
        => Refused(
            "[InMemoryFake] public interface IPersistentComponentStateStore { Task<IDictionary<string, byte[]>> GetPersistedStateAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); }",
            "PersistStateAsync",
            "it writes a dictionary under the singular noun 'State', the store's own subject, so whether the dictionary replaces everything stored"
            + " (ASP.NET Core's PrerenderComponentApplicationStore persists the whole state, once) or is merged into it entry by entry (Bot Framework's IStorage.WriteAsync) is not said",
            interfaceName: "IPersistentComponentStateStore");

    [Fact]
    public void EvictByTag_without_a_write_that_records_tags_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { byte[]? Get(string key); void Set(string key, byte[] value, TimeSpan ttl); void EvictByTag(string tag); }",
            "EvictByTag",
            "no write of the store records tags (a collection of strings named tags), so it would never evict anything");

    [Fact]
    public void Keys_of_a_store_with_regions_is_refused_because_keys_alone_merge_regions()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); string? Get(string key, string region); void Put(string key, string value, string region); IReadOnlyList<string> GetKeys(); }",
            "GetKeys",
            "the store's entries are named by a region and a key, so a list of keys alone would merge entries of different regions");

    [Fact]
    public void RemoveByPrefix_of_a_store_without_string_keys_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(int key); void Set(int key, string value); void RemoveByPrefix(string prefix); }",
            "RemoveByPrefix",
            "removing by prefix needs string keys without regions");

    [Fact]
    public void An_indexer_that_takes_more_than_the_key_is_refused()
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string key); string? this[string key, int version] { get; } }");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.StartsWith("'this[]' of IStore matches no key-value store convention: an indexer must take only the key (and a region).", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The fix it names must compile: nameof(this[]) does not, so the call log's name is given as a literal.
        Assert.Contains("Store.Call(\"this[]\", …) joins the call log", Refusals.WithoutCallArguments(diagnostic.GetMessage(CultureInfo.InvariantCulture)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fix_of_a_refused_method_names_it_with_nameof()
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string key); void Heartbeat(string key, int beat); }");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("Store.Call(nameof(Heartbeat), key, beat) joins the call log", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_read_of_a_store_of_sealed_values_is_refused_because_reading_one_as_any_type_is_a_conversion()
        => Refused(
            "[InMemoryFake] public interface ISettingsStore { Task<string?> GetValueAsync(string key); Task SetValueAsync(string key, string value); Task<T?> GetSettingAsync<T>(string key); }",
            "GetSettingAsync",
            "its values are string, so reading one as any T is a conversion (parsing, Convert.ChangeType, JSON) the real store chooses, not a cast;"
            + " when the real store converts with Convert.ChangeType (CacheManager's GetCasted), say so with [InMemoryFake(GenericReads = GenericReadConversion.ChangeType)]",
            interfaceName: "ISettingsStore");

    [Fact]
    public void GenericReads_ChangeType_lets_a_generic_read_of_a_store_of_sealed_values_generate()
    {
        var run = GeneratorHarness.Run(Header
            + "[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)] public interface ISettingsStore { Task<string?> GetValueAsync(string key); Task SetValueAsync(string key, string value); Task<T?> GetSettingAsync<T>(string key); T GetRequired<T>(string key); }");
        Assertions.NeverFailed(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(static d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Under_GenericReads_ChangeType_a_generic_TryGet_is_refused_because_the_setting_speaks_of_Get()
        => Refused(
            "[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)] public interface IStore { string? Get(string key); void Set(string key, string value); bool TryGet<T>(string key, out T value); }",
            "TryGet",
            "GenericReads = ChangeType states how Get<TOut>(key) converts its result; whether this read converts too (a TryGet with an out parameter, a read by a Type argument, a wrapped result, a batch read) is not said, so write it with ObjectValues.ChangeTypeOrDefault");

    [Fact]
    public void Under_GenericReads_ChangeType_a_read_by_a_Type_argument_is_refused()
        => Refused(
            "[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)] public interface IStore { object? Get(string key); void Set(string key, object value); object? Fetch(string key, Type type); }",
            "Fetch",
            "GenericReads = ChangeType states how Get<TOut>(key) converts its result; whether this read converts too (a TryGet with an out parameter, a read by a Type argument, a wrapped result, a batch read) is not said, so write it with ObjectValues.ChangeTypeOrDefault");

    [Fact]
    public void Under_GenericReads_ChangeType_a_generic_batch_read_is_refused()
        => Refused(
            "[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)] public interface IStore { Task<IDictionary<string, object>> ReadAsync(string[] keys); Task<IDictionary<string, T>> ReadAsync<T>(string[] keys) where T : class; Task WriteAsync(IDictionary<string, object> changes); }",
            "ReadAsync",
            "GenericReads = ChangeType states how Get<TOut>(key) converts its result; whether this read converts too (a TryGet with an out parameter, a read by a Type argument, a wrapped result, a batch read) is not said, so write it with ObjectValues.ChangeTypeOrDefault");

    [Fact]
    public void A_removal_by_the_value_names_the_value_and_the_key()
        => Refused(
            "public sealed class Setting { public string Identifier { get; set; } = \"\"; public string? Value { get; set; } }\n[InMemoryFake] public interface IStore { Setting? Get(string id); void Set(string id, Setting value); void Delete(Setting setting); }",
            "Delete",
            "its parameter 'setting' is the store's value (Refusals.Setting), not its key (string): a key-value store finds and removes entries by key, and which of the value's properties is its key is not said");

    [Fact]
    public void A_parameter_after_the_key_is_named_with_its_type_and_the_key_it_follows()
        => Refused(
            "public sealed class CheckpointInfo { public string SessionId { get; set; } = \"\"; public string CheckpointId { get; set; } = \"\"; }\n[InMemoryFake] public interface IStore { string? Get(string sessionId); void Set(string sessionId, string value); string? Get(string sessionId, CheckpointInfo key); }",
            "Get",
            "its parameter 'key' (Refusals.CheckpointInfo) after the key 'sessionId' is nothing a key-value store knows (it must take only the key, string)");

    [Fact]
    public void A_removal_by_another_type_names_that_type_and_the_key()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(Guid id); void Set(Guid id, string value); void Delete(Uri address); }",
            "Delete",
            "its parameter 'address' (System.Uri) is not the key (System.Guid)");

    [Fact]
    public void A_write_by_another_type_than_the_key_names_that_type_and_the_key()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(Guid id); void Set(Guid id, string value); void Save(Uri address, string value); }",
            "Save",
            "its parameter 'address' (System.Uri) is not the key (System.Guid); it must take the key, the value and optionally a time to live");

    [Fact]
    public void A_write_without_a_value_still_says_what_it_must_take()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(Guid id); void Set(Guid id, string value); void Put(Guid id); }",
            "Put",
            "it must take the key, the value and optionally a time to live");

    [Fact]
    public void A_parameterless_write_returning_a_new_value_says_the_store_makes_the_entry_up()
        => Refused(
            "public sealed record TaskInfo(string TaskId, string Status);\n"
            + "[InMemoryFake] public interface ITaskStore { Task<TaskInfo> CreateTaskAsync(CancellationToken cancellationToken = default); Task<TaskInfo?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default); Task SetAsync(string taskId, TaskInfo task); }",
            "CreateTaskAsync",
            "it takes neither a key nor a value and returns a new Refusals.TaskInfo, so what the new value holds, and under which key it is kept, is the store's own making"
            + " (the MCP C# SDK's InMemoryMcpTaskStore.CreateTaskAsync() picks a new id, the status Working and its poll interval), which no signature says;"
            + " a write must take the key, the value and optionally a time to live",
            interfaceName: "ITaskStore");

    [Theory]
    [InlineData("void Save();", "Save")]
    [InlineData("Task CreateAsync(CancellationToken cancellationToken = default);", "CreateAsync")]
    [InlineData("bool Store();", "Store")]
    public void A_parameterless_write_returning_no_value_says_it_writes_nothing_the_caller_gives(string member, string name)
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); " + member + " }",
            name,
            "it takes neither a key nor a value, so it writes nothing the caller gives: a parameterless write sets the store up"
            + " (DurableTask's ITrackingStore.CreateAsync() creates its tables) or saves changes made before (GitExtensions' IPersistentConfigValueStore.Save()),"
            + " which is the store's own code; a write must take the key, the value and optionally a time to live");

    [Fact]
    public void A_parameterless_write_written_by_hand_leaves_the_rest_of_the_store_generated_and_clean()
    {
        var run = GeneratorHarness.Run(Header
            + "public sealed record TaskInfo(string TaskId, string Status);\n"
            + "[InMemoryFake] public interface ITaskStore { Task<TaskInfo> CreateTaskAsync(CancellationToken cancellationToken = default); Task<TaskInfo?> GetTaskAsync(string taskId, CancellationToken cancellationToken = default); Task SetAsync(string taskId, TaskInfo task); }\n"
            + "public sealed partial class InMemoryTaskStore { public Task<TaskInfo> CreateTaskAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException(); }");
        Assertions.Clean(run);
    }

    [Fact]
    public void An_undefined_GenericReads_value_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Header
            + "[InMemoryFake(GenericReads = (GenericReadConversion)7)] public interface IStore { string? Get(string key); void Set(string key, string value); }");
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'IStore': GenericReads = 7 is not a GenericReadConversion (None, ChangeType or As)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void GenericReads_on_an_entity_repository_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Header
            + "public sealed class Order { public int Id { get; set; } }\n[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)] public interface IOrderRepository { Order? Get(int id); void Add(Order order); }");
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal(
            "[InMemoryFake] on 'IOrderRepository': GenericReads: it says how a key-value store's generic Get<TOut>(key) converts the stored value, and IOrderRepository is an entity repository",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_blob_read_whose_result_type_holds_no_content_is_refused()
        => Refused(
            "public sealed record FileInfo(string Name, string ContentType);\n[InMemoryFake] public interface IStore { Task<FileInfo> DownloadAsync(string name); Task UploadAsync(string name, Stream stream); }",
            "DownloadAsync",
            "it must return byte[], ReadOnlyMemory<byte>, string, Stream or a result type with the content (nullable for null when missing); its result type Refusals.FileInfo has no content member (Content, Data, Bytes, Stream, Body…, of Stream, byte[], ReadOnlyMemory<byte> or string), which a read returns",
            kind: "blob store");

    [Fact]
    public void A_blob_upload_without_a_name_that_returns_a_string_is_refused_because_the_string_could_be_a_url()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<string> UploadAsync(Stream stream, string contentType); Task<Stream?> OpenReadAsync(string name); }",
            "UploadAsync",
            "it must take the key (a string, Guid, integer or id type) and the content (byte[], ReadOnlyMemory<byte>, Stream or string), or take no key and return the Guid it names the blob with (or a receipt: a type with a string Key, Name or Id member, filled from the stored blob)",
            kind: "blob store");

    [Fact]
    public void A_receipt_whose_id_is_no_string_is_no_receipt_and_a_read_by_it_is_refused()
        => Refused(
            "public sealed record FileRef(Guid Id, long Length);\n[InMemoryFake] public interface IStore { Task<FileRef> UploadAsync(byte[] content, string contentType); Task<byte[]?> GetAsync(FileRef file); }",
            "GetAsync",
            "its key 'file' is a Refusals.FileRef, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_receipt_whose_write_is_not_generated_proves_nothing_and_a_read_by_it_is_refused()
        => Refused(
            "public sealed record FileRef(string Id, string Name, long Size);\n[InMemoryFake] public interface IStore { Task<FileRef> UploadAsync(byte[] content, string contentType); Task<byte[]?> GetAsync(FileRef file); }",
            "GetAsync",
            "its key 'file' is a Refusals.FileRef, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_receipt_with_a_name_beside_an_id_proves_neither_and_a_read_by_it_is_refused()
        => Refused(
            "public sealed record Attachment(string FileName, long Size) { public string Id { get; init; } = \"\"; }\n[InMemoryFake] public interface IStore { Task<Attachment> UploadAsync(byte[] content, string contentType); Task<byte[]?> GetAsync(Attachment file); }",
            "GetAsync",
            "its key 'file' is a Refusals.Attachment, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_blob_key_that_names_no_blob_is_refused()
        => Refused(
            "public sealed class Media { public Guid Id { get; set; } }\n[InMemoryFake] public interface IStore { Task<bool> DeleteAsync(Media media); Task UploadAsync(string name, Stream stream); }",
            "DeleteAsync",
            "its key 'media' is a Refusals.Media, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_blob_key_record_without_its_own_ToString_is_refused_because_its_printed_members_name_no_blob()
        => Refused(
            "public record ClaimCheckToken(string Id, string ContentType, long Length);\n[InMemoryFake] public interface IStore { Task DeleteAsync(ClaimCheckToken token); Task UploadAsync(string name, Stream stream); }",
            "DeleteAsync",
            "its key 'token' is a Refusals.ClaimCheckToken, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_blob_load_that_takes_more_than_the_key_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<byte[]?> LoadAsync(string name, int version); Task UploadAsync(string name, Stream stream); }",
            "LoadAsync",
            "its parameter 'version' has no meaning for a blob store: it must take only the key",
            kind: "blob store");

    [Fact]
    public void A_blob_metadata_read_that_returns_anything_but_a_string_dictionary_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<string?> GetMetadataAsync(string name); Task UploadAsync(string name, Stream stream, IDictionary<string, string> metadata); }",
            "GetMetadataAsync",
            "a metadata read must return the metadata as Dictionary<string, string>, IDictionary<string, string> or IReadOnlyDictionary<string, string>",
            kind: "blob store");

    [Fact]
    public void A_blob_owner_without_a_key_names_no_blob()
        => Refused(
            "public sealed class Media { public string? Filename { get; set; } }\n[InMemoryFake] public interface IStore { Task<bool> DeleteAsync(Media media, string fileName); Task UploadAsync(string name, Stream stream); }",
            "DeleteAsync",
            "its key 'media' is a Refusals.Media, which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)",
            kind: "blob store");

    [Fact]
    public void A_blob_write_within_an_owner_that_returns_a_string_is_refused_because_it_could_be_a_url()
        => Refused(
            "public sealed class Media { public Guid Id { get; set; } }\n[InMemoryFake] public interface IStore { Task<string> PutAsync(Media media, string filename, string contentType, Stream stream); Task<bool> DeleteAsync(Media media, string filename); }",
            "PutAsync",
            "it returns a string, which could be the blob's URL, its name or its ETag; return void, bool, BlobProperties, or a result type whose member names say which",
            kind: "blob store");

    [Fact]
    public void A_blob_write_that_returns_a_string_is_refused_because_it_could_be_a_url_a_key_or_an_etag()
        => Refused(
            "[InMemoryFake] public interface IStore { Task<string> PutAsync(string name, string contentType, Stream stream); Task<Stream?> OpenReadAsync(string name); }",
            "PutAsync",
            "it returns a string, which could be the blob's URL, its name or its ETag; return void, bool, BlobProperties, or a result type whose member names say which",
            kind: "blob store");

    [Fact]
    public void A_blob_store_transaction_is_refused_because_whether_writes_wait_for_the_commit_is_unknown()
        => Refused(
            "public interface ITransaction : IDisposable { Task CommitAsync(); }\n[InMemoryFake] public interface IStore { Task WriteAsync(string fullPath, Stream dataStream); Task<Stream?> OpenReadAsync(string fullPath); Task<ITransaction> OpenTransactionAsync(); }",
            "OpenTransactionAsync",
            "it opens a transaction, but whether the store's writes wait for its commit or are made at once (FluentStorage's in-memory store: its transaction's commit does nothing) cannot be told from the interface",
            kind: "blob store");

    [Fact]
    public void A_blob_listing_by_a_parameter_that_is_neither_a_prefix_nor_a_directory_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { Task UploadAsync(string name, Stream stream); Task<string[]> ListAsync(string owner); }",
            "ListAsync",
            "its parameter 'owner' is neither a key prefix (prefix) nor a directory (folder, directory, path)",
            kind: "blob store");

    [Fact]
    public void A_download_into_a_stream_that_returns_the_content_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { Task UploadAsync(string name, Stream stream); Task<byte[]> DownloadAsync(string name, Stream target); }",
            "DownloadAsync",
            "a download into the caller's stream must return void (a missing blob is the not-found error) or bool (whether it was found)",
            kind: "blob store");

    private const string StoreItemReason =
        ", declared beside IStorage with a read-write ETag (a concurrency token): whether the store checks and assigns it on every write, and how (which tokens conflict, what a wildcard such as '*' or an empty token means,"
        + " whether the caller's object gets the new token, which exception a conflict is), is the store's own and in no signature, and a key-value fake keeps its values opaque as a cache does";

    [Fact]
    public void A_batch_write_of_object_values_is_refused_when_an_item_contract_beside_the_store_has_a_concurrency_token()
    {
        // Bot Framework's IStorage and IStoreItem: MemoryStorage checks the ETag of an IStoreItem value and gives it a new one.
        const string source = """
            public interface IStoreItem { string ETag { get; set; } }
            [InMemoryFake] public interface IStorage
            {
                Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);
                Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);
                Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
            }
            """;
        Refused(source, "WriteAsync", "its values are object, and any of them may implement Refusals.IStoreItem" + StoreItemReason, interfaceName: "IStorage");

        // The reads and the removal do not touch a token: they still generate, and only the write is missing.
        var run = GeneratorHarness.Run(Header + source);
        Assert.Equal(["IMF0001"], run.GeneratorIds);
        Assertions.CompilationOnly(run, "CS0535");
    }

    [Fact]
    public void A_write_of_values_that_implement_an_item_contract_with_a_concurrency_token_is_refused()
        => Refused(
            "public interface IStoreItem { string ETag { get; set; } }\npublic sealed class Conversation : IStoreItem { public string ETag { get; set; } = \"\"; public int Turns { get; set; } }\n"
            + "[InMemoryFake] public interface IStorage { Conversation? Get(string key); void Set(string key, Conversation value); bool Remove(string key); }",
            "Set",
            "its values implement Refusals.IStoreItem" + StoreItemReason,
            interfaceName: "IStorage");

    [Fact]
    public void Values_with_a_token_named_property_but_no_item_contract_beside_the_store_are_opaque_and_generate()
    {
        // IdentityServer's RefreshToken has an int Version (its format's version, not a concurrency token), and a cached
        // page its HTTP ETag; a class beside an object cache says nothing about the store: all of these generate.
        var run = GeneratorHarness.Run(Header + """
            public sealed class RefreshToken { public int Version { get; set; } = 4; public string? SubjectId { get; set; } }
            [InMemoryFake] public interface IRefreshTokens { Task<string> StoreRefreshTokenAsync(RefreshToken token); Task UpdateRefreshTokenAsync(string handle, RefreshToken token); Task<RefreshToken?> GetRefreshTokenAsync(string handle); }
            public sealed class CachedPage { public string ETag { get; set; } = ""; }
            [InMemoryFake] public interface IPageCache { object? Get(string key); void Set(string key, object value); Task WriteAsync(IDictionary<string, object> values); }
            """);
        Assertions.Clean(run);
    }

    [Fact]
    public void What_is_refused_leaves_the_rest_generated_and_compiling()
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value, TimeSpan validFor); void RemoveByPattern(string pattern); }");

        Assert.Equal(["IMF0001"], run.GeneratorIds);
        Assertions.CompilationOnly(run, "CS0535");
        Assert.Contains("Expiration.After(validFor)", run.Source("IStore.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }
    [Fact]
    public void A_key_type_that_compares_by_reference_is_refused_on_every_member_that_takes_a_key()
    {
        // nopCommerce's IStaticCacheManager keys its MemoryCache by CacheKey.Key, a string, and skips caching when CacheTime
        // is 0: a table keyed by the CacheKey object would miss a second CacheKey with the same Key and ignore CacheTime.
        const string source = """
            public class CacheKey
            {
                public CacheKey(string key) { Key = key; }
                public string Key { get; protected set; }
                public int CacheTime { get; set; } = 60;
            }

            [InMemoryFake]
            public interface IStore
            {
                Task<object?> GetAsync(CacheKey key);
                Task SetAsync(CacheKey key, object data);
                Task ClearAsync();
            }
            """;
        const string reason = "its key 'key' is a Refusals.CacheKey, which compares by reference (a class that is not a record and does not override Equals): the fake would find an entry again only through the very same object, while a real store keys by a value the object carries (an id, a cookie, the session), which the interface does not say";
        Refused(source, "GetAsync", reason);
        Refused(source, "SetAsync", reason);
        var run = GeneratorHarness.Run(Header + source);
        Assert.Equal(2, run.GeneratorDiagnostics.Length);
    }

    [Fact]
    public void A_key_type_with_value_equality_keys_the_table()
    {
        var run = GeneratorHarness.Run(Header + """
            public sealed record CacheKey(string Key);

            public class NamedKey
            {
                public string Key { get; set; } = "";
                public override bool Equals(object? obj) => obj is NamedKey other && other.Key == Key;
                public override int GetHashCode() => Key.GetHashCode();
            }

            [InMemoryFake]
            public interface IStore
            {
                Task<object?> GetAsync(CacheKey key);
                Task SetAsync(CacheKey key, object data);
            }

            [InMemoryFake]
            public interface INamedStore
            {
                string? Get(NamedKey key);
                void Set(NamedKey key, string value);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_generic_write_whose_value_is_declared_nullable_is_refused_because_what_a_null_value_does_is_the_stores_choice()
        => Refused(
            "[InMemoryFake] public interface IStore { T? Get<T>(string key); void Set<T>(string key, T? value); void Clear(); }",
            "Set",
            "its value 'value' is declared nullable (T?), so null is a value it takes, and whether a null value is kept under the key (read back as null and still listed,"
            + " as Kiota's InMemoryBackingStore does), removes the key or is an error is the real store's choice, which the signature does not say (the fake's table holds no null value)");

    [Fact]
    public void A_write_whose_string_value_is_declared_nullable_is_refused_and_the_same_write_without_the_annotation_generates()
    {
        Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Put(string key, string? value); void Remove(string key); }",
            "Put",
            "its value 'value' is declared nullable (string?), so null is a value it takes, and whether a null value is kept under the key (read back as null and still listed,"
            + " as Kiota's InMemoryBackingStore does), removes the key or is an error is the real store's choice, which the signature does not say (the fake's table holds no null value)");
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string key); void Put(string key, string value); void Remove(string key); }");
        Assertions.Clean(run);
    }
    [Fact]
    public void A_batch_write_whose_dictionary_values_are_declared_nullable_is_refused_as_a_single_write_of_a_nullable_value_is()
    {
        // EF Core's ISessionTokenStorage.SetSessionTokens: the fake passed the dictionary to a table of non-null values (CS8620).
        Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void SetMany(IReadOnlyDictionary<string, string?> tokens); void Clear(); }",
            "SetMany",
            "the values of its dictionary 'tokens' are declared nullable (string?), so null is a value it takes, and whether a null value is kept under the key (read back as null and still listed,"
            + " as Kiota's InMemoryBackingStore does), removes the key or is an error is the real store's choice, which the signature does not say (the fake's table holds no null value)");
        Refused(
            "[InMemoryFake] public interface IStore { int? Get(string key); void SetMany(IDictionary<string, int?> counts); void Clear(); }",
            "SetMany",
            "the values of its dictionary 'counts' are declared nullable (int?), so null is a value it takes, and whether a null value is kept under the key (read back as null and still listed,"
            + " as Kiota's InMemoryBackingStore does), removes the key or is an error is the real store's choice, which the signature does not say (the fake's table holds no null value)");
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string key); void SetMany(IReadOnlyDictionary<string, string> tokens); void Clear(); }");
        Assertions.Clean(run);
    }
}
