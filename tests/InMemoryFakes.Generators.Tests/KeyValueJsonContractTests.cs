using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-kvjson37 (session 37): a key-value store whose writes take System.Text.Json's contract of the value
/// (<c>SetAsync&lt;T&gt;(key, T value, JsonTypeInfo&lt;T&gt; jsonTypeInfo, TimeSpan? ttl)</c>, docs-aspire's <c>ICacheService</c>)
/// keeps the value's JSON, as the real store (Redis, IDistributedCache, a file) does: the fake's table holds the JSON text,
/// a write serializes with its contract, a read deserializes with its own (a new object per read; a change made to the
/// object after the write is not seen; a read with another type's contract does what System.Text.Json does with that JSON).
/// Members that take no contract in such a store are refused unless they only name keys. The behaviour with a source-generated
/// context compiled by the SDK is <see cref="JsonContractFixtureTests"/>.
/// </summary>
public class KeyValueJsonContractTests
{
    private const string Cache = Sources.Usings + """
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;

        namespace V;

        public sealed class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
        }

        public sealed class ProductName
        {
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface ICacheService
        {
            Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo);
            Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? absoluteExpiration = null);
            Task RemoveAsync(string key);
            Task<bool> ExistsAsync(string key);
            Task ClearAllAsync();
        }
        """;

    /// <summary>The contracts a check uses: System.Text.Json's reflection resolver, as a test without a context has them.</summary>
    private const string Contracts = """

            private static readonly System.Text.Json.JsonSerializerOptions Options = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

            private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Info<T>() => (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

        """;

    [Fact]
    public void A_read_and_a_write_taking_a_JsonTypeInfo_keep_the_values_JSON_and_a_read_makes_a_new_object()
    {
        var run = GeneratorHarness.Run(Cache);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Contracts + """
                public static void Run()
                {
                    var clock = new ManualClock(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
                    ICacheService cache = new InMemoryCacheService(clock);
                    var chai = new Product { Id = 1, Name = "Chai", Price = 18m };
                    cache.SetAsync("product:1", chai, Info<Product>()).GetAwaiter().GetResult();
                    chai.Name = "changed after the write";
                    var read = cache.GetAsync("product:1", Info<Product>()).GetAwaiter().GetResult()!;
                    Is("Chai", read.Name, "the JSON written is read back, not the object changed after the write");
                    Is(18m, read.Price, "every property of the contract round-trips");
                    var again = cache.GetAsync("product:1", Info<Product>()).GetAwaiter().GetResult()!;
                    Is(false, ReferenceEquals(read, again), "each read makes a new object from the JSON");
                    read.Name = "changed after the read";
                    Is("Chai", cache.GetAsync("product:1", Info<Product>()).GetAwaiter().GetResult()!.Name, "a change to a read object is not stored");

                    // Another type's contract reads the same JSON as System.Text.Json does: the properties it knows.
                    Is("Chai", cache.GetAsync("product:1", Info<ProductName>()).GetAwaiter().GetResult()!.Name, "a contract of another type reads the properties it has");
                    Throws<System.Text.Json.JsonException>(() => cache.GetAsync("product:1", Info<int>()).GetAwaiter().GetResult(), null, "an object's JSON read as a number is System.Text.Json's error");
                    Is(0, cache.GetAsync("product:2", Info<int>()).GetAwaiter().GetResult(), "a missing key is default");
                    Is(null, cache.GetAsync("product:2", Info<Product>()).GetAwaiter().GetResult(), "a missing key is null");

                    // The table holds the JSON text, which a snapshot restores.
                    var fake = (IInMemoryFake)cache;
                    var snapshot = fake.Snapshot();
                    cache.RemoveAsync("product:1").GetAwaiter().GetResult();
                    fake.Restore(snapshot);
                    Is("Chai", cache.GetAsync("product:1", Info<Product>()).GetAwaiter().GetResult()!.Name, "a snapshot restores the JSON");

                    // A time to live, on the manual clock.
                    cache.SetAsync("product:3", new Product { Id = 3, Name = "Chang" }, Info<Product>(), TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
                    clock.Advance(TimeSpan.FromMinutes(4));
                    Is("Chang", cache.GetAsync("product:3", Info<Product>()).GetAwaiter().GetResult()!.Name, "alive before its time to live");
                    clock.Advance(TimeSpan.FromMinutes(1));
                    Is(null, cache.GetAsync("product:3", Info<Product>()).GetAwaiter().GetResult(), "gone once its time to live has passed");
                    Is(false, cache.ExistsAsync("product:3").GetAwaiter().GetResult(), "an expired key does not exist");

                    // A null value is JSON's null, as the serializer writes it.
                    cache.SetAsync<Product?>("product:4", null, Info<Product?>()).GetAwaiter().GetResult();
                    Is(true, cache.ExistsAsync("product:4").GetAwaiter().GetResult(), "a null value is stored as null");
                    Is(null, cache.GetAsync("product:4", Info<Product>()).GetAwaiter().GetResult(), "and read as null");

                    cache.RemoveAsync("product:1").GetAwaiter().GetResult();
                    Is(null, cache.GetAsync("product:1", Info<Product>()).GetAwaiter().GetResult(), "a removed key reads as null");
                    cache.ClearAllAsync().GetAwaiter().GetResult();
                    Is(false, cache.ExistsAsync("product:4").GetAwaiter().GetResult(), "ClearAllAsync removes every entry");
                    Throws<ArgumentNullException>(() => cache.SetAsync<Product>(null!, chai, Info<Product>()).GetAwaiter().GetResult(), "key", "a null key is the runtime's argument error");
                }
            }
            """);
    }

    [Fact]
    public void The_byte_quota_counts_the_JSON_written()
    {
        var run = GeneratorHarness.Run(Cache.Replace("[InMemoryFake]", "[InMemoryFake(MaxBytes = 40)]", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Contracts + """
                public static void Run()
                {
                    ICacheService cache = new InMemoryCacheService();
                    // {"Id":1,"Name":"Chai","Price":18} is 33 bytes of UTF-8: it fits in 40, and a second one does not.
                    cache.SetAsync("product:1", new Product { Id = 1, Name = "Chai", Price = 18m }, Info<Product>()).GetAwaiter().GetResult();
                    Is(33L, ((IInMemoryFake)cache).Entries[0].Size, "the entry's size is its JSON's UTF-8 bytes");
                    Throws<QuotaExceededException>(() => cache.SetAsync("product:2", new Product { Id = 2, Name = "Chang" }, Info<Product>()).GetAwaiter().GetResult(), null, "the quota counts the JSON");
                    Is(false, cache.ExistsAsync("product:2").GetAwaiter().GetResult(), "the refused write stored nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_member_without_a_contract_in_a_store_of_JSON_is_refused_unless_it_only_names_keys()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Text.Json.Serialization.Metadata;

            namespace V;

            public sealed class Product
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ICacheService
            {
                Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo);
                Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? ttl = null);
                Task<T?> GetAsync<T>(string key);
                Task SetAsync(string key, Product value);
                Task<bool> RemoveAsync(string key);
                Task<bool> ExistsAsync(string key);
                Task RefreshAsync(string key);
                IEnumerable<string> GetKeys();
            }
            """);
        Assert.Equal(
            "'GetAsync' of ICacheService matches no key-value store convention: the store keeps its values as JSON: SetAsync serializes each value with System.Text.Json's contract it takes "
            + "('jsonTypeInfo', JsonTypeInfo<T>), so the table holds the JSON, not the object, and this member takes no contract: how the real store turns that JSON into a value here, "
            + "or a value into JSON (its own JsonSerializerOptions, another serializer, the text as it is), is in no signature; write the member (the table's values are the JSON strings: "
            + "Store.TryGet(key, out var json)). Implement it in the partial class InMemoryCacheService, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(GetAsync), key) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            run.GeneratorDiagnostics.Single(d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "GetAsync" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Call(nameof(GetAsync), key)", StringComparison.Ordinal))
                .GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            new[] { "GetAsync", "SetAsync" },
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(Refusals.PointedAt).Order(StringComparer.Ordinal));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"), static d => Assert.Contains("the store keeps its values as JSON", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_read_with_a_contract_beside_writes_without_one_keeps_its_refusal_and_the_plain_store_is_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Text.Json.Serialization.Metadata;

            namespace V;

            public sealed record Product(int Id, string Name);

            [InMemoryFake]
            public interface IProductCache
            {
                Product? Get(string key, JsonTypeInfo<Product> jsonTypeInfo);
                Product? Get(string key);
                void Set(string key, Product value);
            }
            """);

        // No write takes a contract: the table keeps the objects, and what the real store read the contract's JSON from is not said.
        Refusals.Exactly(run, ("Get", "its parameter 'jsonTypeInfo' (JsonTypeInfo<Product>) is System.Text.Json's contract of the value: the real store keeps the value as JSON written with it"));
    }

    [Fact]
    public void A_contract_of_another_type_than_the_value_or_the_result_is_refused_naming_both()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Text.Json.Serialization.Metadata;

            namespace V;

            public sealed record Product(int Id, string Name);

            public sealed record ProductName(string Name);

            [InMemoryFake]
            public interface IProductCache
            {
                Task<ProductName?> GetAsync(string key, JsonTypeInfo<Product> jsonTypeInfo);
                Task SetAsync(string key, Product value, JsonTypeInfo<ProductName> jsonTypeInfo);
                Task SetProductAsync(string key, Product value, JsonTypeInfo<Product> jsonTypeInfo);
                Task<IReadOnlyList<Product>> GetManyAsync(IEnumerable<string> keys, JsonTypeInfo<Product> jsonTypeInfo);
            }
            """);
        Refusals.Exactly(run,
            ("GetAsync", "it returns ProductName?, but its contract 'jsonTypeInfo' (JsonTypeInfo<Product>) reads Product: how the real store turns one into the other is not said"),
            ("SetAsync", "its value 'value' is Product, but its contract 'jsonTypeInfo' (JsonTypeInfo<ProductName>) writes ProductName: how the real store turns one into the other is not said"),
            ("GetManyAsync", "it takes System.Text.Json's contract of the value 'jsonTypeInfo' (JsonTypeInfo<Product>), and of such members only a read of one key (Get) and a write of one key"));
    }

    [Fact]
    public void A_store_of_JSON_declared_without_nullable_annotations_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;

            namespace V;

            public class Product
            {
                public int Id { get; set; }
                public string Name { get; set; }
            }

            [InMemoryFake]
            public interface ICacheService
            {
                Task<T> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo);
                Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? ttl = null);
                object Get(string key, JsonTypeInfo typeInfo);
                void Set(string key, object value, JsonTypeInfo typeInfo);
                Task RemoveAsync(string key);
            }

            [InMemoryFake]
            public interface IProductStore
            {
                Product Get(string key, JsonSerializerContext context);
                bool Set(string key, Product value, JsonSerializerOptions options);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Contracts + """
                public static void Run()
                {
                    ICacheService cache = new InMemoryCacheService();
                    cache.SetAsync("p", new Product { Id = 1, Name = "Chai" }, Info<Product>()).GetAwaiter().GetResult();
                    Is("Chai", cache.GetAsync("p", Info<Product>()).GetAwaiter().GetResult().Name, "generic");
                    Is("Chai", ((Product)cache.Get("p", Options.GetTypeInfo(typeof(Product)))).Name, "the non-generic JsonTypeInfo reads as its type");
                    cache.Set("q", new Product { Id = 2, Name = "Chang" }, Options.GetTypeInfo(typeof(Product)));
                    Is("Chang", cache.GetAsync("q", Info<Product>()).GetAwaiter().GetResult().Name, "the non-generic JsonTypeInfo writes as its type");
                    IProductStore products = new InMemoryProductStore();
                    Is(true, products.Set("r", new Product { Id = 3, Name = "Aniseed" }, Options), "the options write");
                    Is(null, cache.GetAsync("missing", Info<Product>()).GetAwaiter().GetResult(), "an oblivious read of a missing key is default");
                    cache.RemoveAsync("p").GetAwaiter().GetResult();
                    Is(null, cache.Get("p", Options.GetTypeInfo(typeof(Product))), "removed");
                }
            }
            """);
    }
}

/// <summary>
/// The stores of JSON of <c>Fixtures/JsonContractStores.cs</c>, generated in this project beside a context the SDK's
/// System.Text.Json generator writes (h-kvjson37).
/// </summary>
public class JsonContractFixtureTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_value_written_with_a_generated_contract_reads_back_as_a_new_object()
    {
        IJsonContractCache cache = new InMemoryJsonContractCache();
        var context = FixtureJsonContext.Default;
        var chai = new CachedProduct { Id = 1, Name = "Chai", Price = 18m, Tags = { "tea" } };
        await cache.SetAsync("product:1", chai, context.CachedProduct, cancellationToken: TestContext.Current.CancellationToken);
        chai.Tags.Add("changed after the write");

        var read = await cache.GetAsync("product:1", context.CachedProduct, TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        Assert.NotSame(chai, read);
        Assert.Equal(("Chai", 18m), (read.Name, read.Price));
        Assert.Equal(new[] { "tea" }, read.Tags);
        read.Tags.Clear();
        var again = await cache.GetAsync("product:1", context.CachedProduct, TestContext.Current.CancellationToken);
        Assert.NotSame(read, again);
        Assert.Equal(new[] { "tea" }, again!.Tags);
    }

    [Fact]
    public async Task A_read_with_another_types_contract_does_what_System_Text_Json_does_with_the_JSON()
    {
        IJsonContractCache cache = new InMemoryJsonContractCache();
        var context = FixtureJsonContext.Default;
        await cache.SetAsync("product:1", new CachedProduct { Id = 1, Name = "Chai" }, context.CachedProduct, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Chai", (await cache.GetAsync("product:1", context.CachedProductName, TestContext.Current.CancellationToken))!.Name);
        await Assert.ThrowsAsync<JsonException>(async () => await cache.GetAsync("product:1", context.Int32, TestContext.Current.CancellationToken));
        await cache.SetAsync("count", 42, context.Int32, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(42, await cache.GetAsync("count", context.Int32, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<JsonException>(async () => await cache.GetAsync("count", context.CachedProduct, TestContext.Current.CancellationToken));
        Assert.Equal(0, await cache.GetAsync("missing", context.Int32, TestContext.Current.CancellationToken));
        Assert.Null(await cache.GetAsync("missing", context.CachedProduct, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_entry_with_a_time_to_live_expires_on_the_manual_clock()
    {
        var clock = new ManualClock(Start);
        IJsonContractCache cache = new InMemoryJsonContractCache(clock);
        var info = FixtureJsonContext.Default.CachedProduct;
        await cache.SetAsync("product:1", new CachedProduct { Id = 1, Name = "Chai" }, info, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.NotNull(await cache.GetAsync("product:1", info, TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(await cache.GetAsync("product:1", info, TestContext.Current.CancellationToken));
        Assert.False(await cache.RemoveAsync("product:1"));
    }

    [Fact]
    public void A_context_and_options_are_the_contract_of_the_declared_type()
    {
        IJsonDocumentStore documents = new InMemoryJsonDocumentStore();
        var chai = new CachedProduct { Id = 1, Name = "Chai", Tags = { "tea" } };
        documents.Set("p1", chai, FixtureJsonContext.Default);
        chai.Name = "changed";
        Assert.Equal("Chai", documents.Get("p1", FixtureJsonContext.Default)!.Name);
        Assert.NotSame(documents.Get("p1", FixtureJsonContext.Default), documents.Get("p1", FixtureJsonContext.Default));
        Assert.True(documents.Exists("p1"));
        Assert.Null(documents.Get("p2", FixtureJsonContext.Default));

        IJsonOptionsStore settings = new InMemoryJsonOptionsStore();
        var camel = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = FixtureJsonContext.Default };
        Assert.True(settings.Set("p1", chai, camel));
        Assert.Equal("changed", settings.Get<CachedProduct>("p1", camel)!.Name);

        // Written with web (camelCase) names, read with the defaults (case-sensitive PascalCase): what the serializer does.
        Assert.Equal("", settings.Get<CachedProduct>("p1", new JsonSerializerOptions { TypeInfoResolver = FixtureJsonContext.Default })!.Name);
        settings.Remove("p1");
        Assert.Null(settings.Get<CachedProduct>("p1", camel));
    }
}
