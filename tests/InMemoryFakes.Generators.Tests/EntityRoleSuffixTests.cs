using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An entity type named with a role suffix (<c>ProductEntity</c>, <c>CustomerModel</c>: Conventions.EntityRoleSuffixes) is
/// called by its head in members and parameters, as the code around it does: <c>DeleteProductAsync(int productId)</c>,
/// <c>GetProductsByCategoryAsync</c>, <c>CountProductsAsync</c> (docs/generator.md, "Entity repository").
/// </summary>
public class EntityRoleSuffixTests
{
    [Fact]
    public void The_head_of_a_role_suffixed_entity_name_names_it_in_members_and_its_key_in_parameters()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            public class ProductEntity { public int Id { get; set; } public string Name { get; set; } = ""; public int CategoryId { get; set; } }
            public interface IProductRepository
            {
                Task<ProductEntity?> GetProductAsync(int productId);
                Task<IEnumerable<ProductEntity>> GetProductsByCategoryAsync(int categoryId);
                Task AddProductAsync(ProductEntity product);
                Task<bool> ProductExistsAsync(int productId);
                Task<int> CountProductsAsync();
                Task DeleteProductAsync(int productId);
            }
            [InMemoryFake(typeof(IProductRepository))] public partial class FakeProducts { }
            public class CustomerModel { public int Id { get; set; } public string Email { get; set; } = ""; }
            public interface ICustomerData
            {
                Task<CustomerModel?> GetCustomerAsync(int customerId);
                Task<CustomerModel?> GetCustomerByEmailAsync(string email);
                Task InsertCustomerAsync(CustomerModel customer);
                Task DeleteCustomerAsync(int customerId);
            }
            [InMemoryFake(typeof(ICustomerData))] public partial class FakeCustomers { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Shop;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var products = new FakeProducts();
                    products.AddProductAsync(new ProductEntity { Name = "Tea", CategoryId = 2 }).GetAwaiter().GetResult();
                    products.AddProductAsync(new ProductEntity { Name = "Cup", CategoryId = 3 }).GetAwaiter().GetResult();
                    Expect.Is("Tea", products.GetProductAsync(1).GetAwaiter().GetResult()?.Name, "productId is the key");
                    Expect.Is("Cup", products.GetProductsByCategoryAsync(3).GetAwaiter().GetResult().Single().Name, "ByCategory is CategoryId");
                    Expect.Is(2, products.CountProductsAsync().GetAwaiter().GetResult(), "CountProducts counts every product");
                    products.DeleteProductAsync(1).GetAwaiter().GetResult();
                    Expect.Is(false, products.ProductExistsAsync(1).GetAwaiter().GetResult(), "removed by its key");

                    var customers = new FakeCustomers();
                    customers.InsertCustomerAsync(new CustomerModel { Email = "a@b.c" }).GetAwaiter().GetResult();
                    Expect.Is(1, customers.GetCustomerByEmailAsync("a@b.c").GetAwaiter().GetResult()?.Id, "GetCustomerByEmail of a CustomerModel");
                    customers.DeleteCustomerAsync(1).GetAwaiter().GetResult();
                    Expect.Is(null, customers.GetCustomerAsync(1).GetAwaiter().GetResult(), "customerId is the key");
                }
            }
            """);
    }

    [Fact]
    public void An_item_or_info_type_keeps_its_head_for_the_other_entity()
    {
        // OrderItem and UserInfo are things of their own beside an order and a user: orderId and userId name no key of theirs.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            public class OrderItem { public int Id { get; set; } public string Sku { get; set; } = ""; }
            public interface IOrderItems
            {
                Task<OrderItem?> GetOrderItemAsync(int orderId);
                Task AddOrderItemAsync(OrderItem item);
            }
            [InMemoryFake(typeof(IOrderItems))] public partial class FakeOrderItems { }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("parameter 'orderId' names neither the key (Id) nor a property of OrderItem", refused.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
