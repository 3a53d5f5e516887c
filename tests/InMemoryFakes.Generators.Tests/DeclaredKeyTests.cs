using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Key</c> on <c>[InMemoryFake]</c> states an entity's key that no name and no member proves (eShop's CustomerBasket,
/// keyed by BuyerId). Parameters are read against it as against any key, so one that names neither it nor a property
/// stays refused; a wrong setting is IMF0010.
/// </summary>
public class DeclaredKeyTests
{
    private const string Basket = Sources.Usings + """
        namespace Shop;

        public class CustomerBasket
        {
            public string BuyerId { get; set; } = "";
            public List<int> Items { get; set; } = new();
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Without_the_setting_a_keyless_entity_is_IMF0009_and_with_it_a_parameter_naming_neither_the_key_nor_a_property_is_refused()
    {
        const string members = """
            {
                Task<CustomerBasket?> GetBasketAsync(string customerId);
                Task SaveAsync(CustomerBasket basket);
                Task<bool> DeleteBasketAsync(string id);
            }
            """;
        var without = GeneratorHarness.Run(Basket + "[InMemoryFake]\npublic interface IBasketRepository\n" + members);
        Assert.Equal(new[] { "IMF0009" }, without.GeneratorDiagnostics.Select(static d => d.Id).ToArray());

        // customerId is the real store's key (eShop's Redis key "/basket/{customerId}"), but no name says it is BuyerId.
        var with = GeneratorHarness.Run(Basket + "[InMemoryFake(Key = \"BuyerId\")]\npublic interface IBasketRepository\n" + members);
        Assert.Equal(new[] { "IMF0001" }, with.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'customerId' names neither the key (BuyerId) nor a property of CustomerBasket", Message(with, "GetBasketAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_a_property_or_is_named_twice_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Basket + """
            [InMemoryFake(Key = "Buyer")]
            public interface IBasketRepository
            {
                Task SaveAsync(CustomerBasket basket);
                Task<CustomerBasket?> GetAsync(string buyerId);
            }

            [InMemoryFake(Key = "BuyerId, BuyerId")]
            public interface IOtherBasketRepository
            {
                Task SaveAsync(CustomerBasket basket);
                Task<CustomerBasket?> GetAsync(string buyerId);
            }
            """);

        Assert.Equal(new[] { "IMF0010", "IMF0010" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        var messages = run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.Contains("Key = \"Buyer\": 'Buyer' is not a property of CustomerBasket (properties: BuyerId, Items)", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.Contains("Key = \"BuyerId, BuyerId\": 'BuyerId' is named twice", StringComparison.Ordinal));
    }

    [Fact]
    public void The_setting_on_a_repository_of_several_entity_types_is_IMF0010()
    {
        // Which of the tables it keys is not said (it was silently dropped: Product kept its Id).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Product { public int Id { get; set; } public string Sku { get; set; } = ""; }
            public class Order { public int Id { get; set; } public string Code { get; set; } = ""; }

            [InMemoryFake(Key = "Sku")]
            public interface IShop
            {
                void AddProduct(Product product);
                void AddOrder(Order order);
                Product? GetProduct(string sku);
                IList<Order> GetOrders();
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Contains("Key = \"Sku\": it names the key of the one entity a repository stores, and IShop stores several entity types (a table each); mark each entity's key with [Key] or [FakeKey] instead", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            [InMemoryFake(Key = "Name")]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Contains("Key = \"Name\": it names an entity repository's key property, and ICache is a key-value store", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
    [Fact]
    public void The_setting_keys_an_entity_that_has_an_Id_of_its_own_in_an_interface_whose_members_also_read_as_a_key_value_store()
    {
        // WCF's ISecurityContextSecurityTokenCache: the tokens have an Id (SecurityToken.Id), the real cache keys them by
        // ContextId and KeyGeneration. The setting was skipped here (the members score as a key-value store too), so the
        // fake kept the Id as the key and AddContext of a second token of a cached context added it.
        const string source = Sources.Usings + """
            namespace Wcf;

            public class SecurityContextSecurityToken
            {
                public string Id { get; set; } = "";
                public System.Xml.UniqueId ContextId { get; set; } = new();
                public System.Xml.UniqueId? KeyGeneration { get; set; }
            }

            [InMemoryFake(Key = "ContextId, KeyGeneration")]
            public interface ISecurityContextSecurityTokenCache
            {
                void AddContext(SecurityContextSecurityToken token);
                bool TryAddContext(SecurityContextSecurityToken token);
                void ClearContexts();
                void RemoveContext(System.Xml.UniqueId contextId, System.Xml.UniqueId generation);
                void RemoveAllContexts(System.Xml.UniqueId contextId);
                SecurityContextSecurityToken GetContext(System.Xml.UniqueId contextId, System.Xml.UniqueId generation);
                System.Collections.ObjectModel.Collection<SecurityContextSecurityToken> GetAllContexts(System.Xml.UniqueId contextId);
                void UpdateContextCachingTime(SecurityContextSecurityToken context, DateTime expirationTime);
            }
            """;
        var without = GeneratorHarness.Run(source.Replace("[InMemoryFake(Key = \"ContextId, KeyGeneration\")]", "[InMemoryFake]", StringComparison.Ordinal));
        Assert.Contains("parameter 'generation' names neither the key (Id) nor a property of SecurityContextSecurityToken", Message(without, "GetContext"), StringComparison.Ordinal);

        var with = GeneratorHarness.Run(source);
        Assert.DoesNotContain(with.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Contains("parameter 'generation' names neither the key (ContextId, KeyGeneration) nor a property of SecurityContextSecurityToken", Message(with, "GetContext"), StringComparison.Ordinal);
        Assert.Contains("(e.ContextId, e.KeyGeneration", with.Sources.Single(static s => s.Key.EndsWith("ISecurityContextSecurityTokenCache.InMemoryFake.g.cs", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }
}
