// Source: https://github.com/microsoft/Windows-appsample-customers-orders-database
// Commit: 247226c93728
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of microsoft/Windows-appsample-customers-orders-database.
// Path: ContosoRepository/IContosoRepository.cs (ICustomerRepository.cs, IOrderRepository.cs, IProductRepository.cs;
//   models: ContosoModels/Customer.cs, Order.cs, Product.cs, DbObject.cs)
// Adapted: Order keeps CustomerId, CustomerName, InvoiceNumber and Address (line items, totals and the Customer
//   navigation left out); Product keeps Name and ListPrice.
// Real store: ContosoRepository/Sql/SqlContosoRepository.cs: each property returns a new Sql*Repository over a new
//   ContosoContext on the same database (so every repository sees the others' saved changes). Customers: as in
//   ICustomerRepository.cs of this folder. Orders (SqlOrderRepository.cs): GetAsync() every order; GetAsync(orderId) the
//   order or null; GetAsync(search) a free-text prefix search over address, customer names and invoice number;
//   GetForCustomerAsync(customerId) the orders whose CustomerId is that id; UpsertAsync gives a NEW order InvoiceNumber =
//   the highest stored + 1, else copies its values onto the stored one; DeleteAsync(orderId) deletes it. Products
//   (SqlProductRepository.cs): GetAsync(), GetAsync(id), GetAsync(search) (a prefix search over Name, Color,
//   Description).
// Shapes: *=3
// First try (2f120b5): incomplete: IMF0023 Customers, Orders, Products (a unit of work of
//   repositories with no save) | WRONG: none (no member generated)
// After h-oblivious (session 29): still incomplete (other members); GetAsync (3 overloads) answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ContosoOrders.IContosoRepositoryCase;

public class DbObject
{
    public Guid Id { get; set; } = Guid.NewGuid();
}

public class Customer : DbObject
{
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string Email { get; set; }
    public string Address { get; set; }
}

public class Order : DbObject
{
    public Guid CustomerId { get; set; }
    public string CustomerName { get; set; }
    public int InvoiceNumber { get; set; }
    public string Address { get; set; }
}

public class Product : DbObject
{
    public string Name { get; set; }
    public decimal ListPrice { get; set; }
}

public interface ICustomerRepository
{
    Task<IEnumerable<Customer>> GetAsync();
    Task<IEnumerable<Customer>> GetAsync(string search);
    Task<Customer> GetAsync(Guid id);
    Task<Customer> UpsertAsync(Customer customer);
    Task DeleteAsync(Guid customerId);
}

public interface IOrderRepository
{
    Task<IEnumerable<Order>> GetAsync();
    Task<Order> GetAsync(Guid orderId);
    Task<IEnumerable<Order>> GetAsync(string search);
    Task<IEnumerable<Order>> GetForCustomerAsync(Guid customerId);
    Task<Order> UpsertAsync(Order order);
    Task DeleteAsync(Guid orderId);
}

public interface IProductRepository
{
    Task<IEnumerable<Product>> GetAsync();
    Task<Product> GetAsync(Guid id);
    Task<IEnumerable<Product>> GetAsync(string search);
}

[InMemoryFake]
public interface IContosoRepository
{
    ICustomerRepository Customers { get; }
    IOrderRepository Orders { get; }
    IProductRepository Products { get; }
}

public static class Smoke
{
    public static async Task RunAsync(IContosoRepository repository)
    {
        var ann = await repository.Customers.UpsertAsync(new Customer { FirstName = "Ann", LastName = "Lee" });
        Check.Equal("Ann", (await repository.Customers.GetAsync(ann.Id))?.FirstName, "Customers sees the customer it saved");
        var order = await repository.Orders.UpsertAsync(new Order { CustomerId = ann.Id, CustomerName = "Ann Lee" });
        Check.Equal(1, (await repository.Orders.GetForCustomerAsync(ann.Id)).Count(), "Orders.GetForCustomerAsync returns the customer's orders");
        Check.Equal(order.Id, (await repository.Orders.GetAsync(order.Id))?.Id, "Orders.GetAsync(id) returns the order");
        Check.Equal(0, (await repository.Products.GetAsync()).Count(), "Products is empty until seeded");
    }
}
