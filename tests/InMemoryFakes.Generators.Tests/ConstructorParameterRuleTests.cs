using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A parameter named after a constructor parameter that the entity's constructor stores, unchanged, in one property
/// reads that property: eShop's <c>GetBasketAsync(string customerId)</c> of a
/// <c>CustomerBasket(string customerId) { BuyerId = customerId; }</c> keyed by <c>BuyerId</c>. Anything the constructor
/// does besides a plain store keeps the parameter unnamed (IMF0001).
/// </summary>
public class ConstructorParameterRuleTests
{
    private const string CheckPrelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Shop;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {

        """;

    private static string Baskets(string constructor) => Sources.Usings + """
        namespace Shop;

        public sealed class CustomerBasket
        {
            public string BuyerId { get; set; } = "";
            public string Note { get; set; } = "";
            public int Items { get; set; }

            public CustomerBasket() { }

        """ + constructor + """

        }

        [InMemoryFake(Key = "BuyerId", MissingUpdate = MissingUpdate.Insert)]
        public interface IBasketRepository
        {
            Task<CustomerBasket?> GetBasketAsync(string customerId);
            Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
            Task<bool> DeleteBasketAsync(string id);
        }

        public sealed class Order
        {
            public int Id { get; set; }
            public string ClientRef { get; set; } = "";

            public Order() { }

            public Order(string customerId) => ClientRef = customerId;
        }

        [InMemoryFake]
        public interface IOrderRepository
        {
            void Add(Order order);
            IReadOnlyList<Order> GetOrders(string customerId);
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_parameter_the_constructor_stores_in_the_key_reads_the_key_and_one_stored_in_a_property_filters_by_it()
    {
        var run = GeneratorHarness.Run(Baskets("""
                public CustomerBasket(string customerId)
                {
                    BuyerId = customerId;
                }
            """));
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    IBasketRepository baskets = new InMemoryBasketRepository();
                    Is(null, baskets.GetBasketAsync("alice").Result, "a missing basket");
                    baskets.UpdateBasketAsync(new CustomerBasket("alice") { Items = 2 }).Wait();
                    baskets.UpdateBasketAsync(new CustomerBasket("bob") { Items = 5 }).Wait();
                    Is(2, baskets.GetBasketAsync("alice").Result?.Items, "the basket whose BuyerId is the customer id");
                    Is(5, baskets.GetBasketAsync("bob").Result?.Items, "another customer's basket");
                    Is(true, baskets.DeleteBasketAsync("alice").Result, "deleted");
                    Is(null, baskets.GetBasketAsync("alice").Result, "gone");

                    IOrderRepository orders = new InMemoryOrderRepository();
                    orders.Add(new Order("c1") { Id = 1 });
                    orders.Add(new Order("c2") { Id = 2 });
                    orders.Add(new Order("c1") { Id = 3 });
                    Is("1,3", string.Join(",", orders.GetOrders("c1").Select(o => o.Id)), "the orders whose ClientRef is the customer id");
                }
            }
            """, "Behaviour.Checks");
    }

    [Fact]
    public void A_primary_constructor_parameter_stored_by_a_property_initializer_reads_that_property()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public sealed class Wishlist(string customerId)
            {
                public string OwnerId { get; set; } = customerId;
                public int Items { get; set; }
            }

            [InMemoryFake(Key = "OwnerId", MissingUpdate = MissingUpdate.Insert)]
            public interface IWishlists
            {
                Wishlist? GetWishlist(string customerId);
                void UpdateWishlist(Wishlist wishlist);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using Shop;

            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    IWishlists lists = new InMemoryWishlists();
                    Is(null, lists.GetWishlist("ann"), "a missing list");
                    lists.UpdateWishlist(new Wishlist("ann") { Items = 3 });
                    Is(3, lists.GetWishlist("ann")?.Items, "the list whose OwnerId is the customer id");
                }
            }
            """);
    }

    [Theory]
    [InlineData("public CustomerBasket(string customerId) { BuyerId = customerId.Trim(); }", "stored after a change")]
    [InlineData("public CustomerBasket(string customerId) { BuyerId = customerId; Note = customerId; }", "stored in two properties")]
    [InlineData("public CustomerBasket(string customerId) { BuyerId = customerId; BuyerId = \"x\"; }", "the property assigned again")]
    [InlineData("public CustomerBasket(string customerId) { if (customerId.Length > 0) { BuyerId = customerId; } }", "stored under a condition")]
    [InlineData("public CustomerBasket(string customerId) { BuyerId = customerId; }\n    public CustomerBasket(string customerId, int items) { Note = customerId; Items = items; }", "two constructors that disagree")]
    public void A_constructor_that_does_more_than_store_the_parameter_proves_nothing(string constructor, string why)
    {
        var run = GeneratorHarness.Run(Baskets(constructor));

        Assert.True(run.GeneratorDiagnostics.Any(d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'GetBasketAsync'", StringComparison.Ordinal)), why);
        Assert.Contains("parameter 'customerId' names neither the key (BuyerId) nor a property of CustomerBasket", Message(run, "GetBasketAsync"), StringComparison.Ordinal);
    }
}
