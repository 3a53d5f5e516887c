// Source: https://github.com/microsoft/InventorySample
// Commit: 07de2aca19c0
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing (rule 1: in each of 7 Microsoft repositories, Azure-Samples/todo-csharp-cosmos-sql,
//   Azure-Samples/todo-csharp-sql, microsoft/SmartHotel360-Backend, microsoft/TailwindTraders-Backend, microsoft/PartsUnlimited,
//   microsoft/InventorySample, microsoft/teams-ai, the first 2 interfaces in path order, outside paths containing "test",
//   named *Repository/*Store/*Storage/*Cache with at least 3 members: none found; rule 2, fixed before any probe: the same
//   7 plus microsoft/dotnet-podcasts, microsoft/SmartHotel360-Mobile, microsoft/TailwindTraders-Mobile,
//   microsoft/SmartHotel360-Website, names ending in Repository, Store, Storage, Cache or Service, at least 3 members of
//   which at least 2 methods start with a data verb Get/Find/List/Add/Create/Insert/Save/Update/Upsert/Set/Delete/Remove:
//   5 interfaces). This one: the 1st of microsoft/InventorySample.
// Path: src/Inventory.Data/DataServices/IDataService.cs (models: src/Inventory.Data/Data/*.cs, Common/DataRequest.cs)
// Adapted: entities keep their [Key] and a few columns (navigation properties, thumbnails, SearchTerms builders left out);
//   the six lookup types keep their key and Name.
// Real store: src/Inventory.Data/DataServices/Base/DataServiceBase*.cs (EF Core over SQLite or SQL Server). Per entity:
//   Get{E}Async(key) the row or null (OrderItem by OrderID AND OrderLine); Get{E}sAsync(skip, take, request) the rows
//   whose SearchTerms contain request.Query lowercased (when set), matching request.Where (when set), ordered by
//   request.OrderBy or OrderByDesc (when set), then Skip(skip).Take(take); Get{E}KeysAsync the same rows with only the key
//   filled; Get{E}sCountAsync(request) the count after Query and Where; Update{E}Async(e): an upsert: key > 0 (Product: a
//   non-empty ProductID) updates the row, else assigns a NEW key (UIDGenerator; OrderItem: the order's highest OrderLine
//   + 1) and inserts; sets LastModifiedOn; returns SaveChanges' row count; Delete{E}sAsync(params e[]) removes those rows
//   (by key) and returns the row count. Get{Categories,CountryCodes,OrderStatus,PaymentTypes,Shippers,TaxTypes}Async:
//   every row of that lookup table. Dispose: disposes the DbContext.
// Shapes: GetCustomersAsync=2,14; GetCustomerKeysAsync=2,14; GetCustomersCountAsync=2; UpdateCustomerAsync=7; DeleteCustomersAsync=18,7; GetOrdersAsync=2,14; GetOrderKeysAsync=2,14; GetOrdersCountAsync=2; UpdateOrderAsync=7; DeleteOrdersAsync=18,7; GetOrderItemsAsync=2,14; GetOrderItemKeysAsync=2,14; GetOrderItemsCountAsync=2; UpdateOrderItemAsync=7; DeleteOrderItemsAsync=18,7; GetProductsAsync=2,14; GetProductKeysAsync=2,14; GetProductsCountAsync=2; UpdateProductAsync=7; DeleteProductsAsync=18,7; GetOrderStatusAsync=1; *=core
// First try (6713fa8): incomplete: IMF0001 GetCustomersAsync, GetCustomerKeysAsync, GetCustomersCountAsync and the same
//   three of Order, OrderItem and Product (skip/take and a DataRequest<T> query object), GetCategoriesAsync,
//   GetCountryCodesAsync, GetOrderStatusAsync, GetPaymentTypesAsync, GetShippersAsync, GetTaxTypesAsync (lookup tables
//   no member writes) | WRONG: UpdateCustomerAsync, UpdateOrderAsync, UpdateProductAsync of a new entity (its generated
//   key unset: 0, null) returned 0 and stored nothing, where the real store inserts it with a new key; UpdateOrderItemAsync
//   with OrderLine 0 likewise returns 0 where the real store numbers the line (a composite key, not generated). Since
//   h-sample5 the first three throw ArgumentException naming the parameter (an update of an unset generated key is
//   refused, docs/generator.md refused guesses); UpdateOrderItemAsync with OrderLine 0 still returned 0. Since 2026-12-02
//   all four are IMF0001: no member of the interface creates those entities, so an Update that may create is refused
// After this round (h-wrongclass4): Delete{E}sAsync(params e[]) of an entity that is not stored skips it and counts
//   the others, where RemoveRange + SaveChanges throws DbUpdateConcurrencyException and removes none; the documented
//   reading of a removal returning a count, left to the lead. The probe does not reach it.
// After h-oblivious (session 29): still incomplete (other members); GetCustomerAsync, GetOrderAsync, GetOrderItemAsync,
//   GetProductAsync answer null for a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one
//   entity says nothing of a missing one, and stores of that signature disagree (docs/generator.md, Oblivious reads);
//   the real store answers null for a missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the
//   attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.InventorySample.IDataServiceCase;

public class DataRequest<T>
{
    public string Query { get; set; }
    public Expression<Func<T, bool>> Where { get; set; }
    public Expression<Func<T, object>> OrderBy { get; set; }
    public Expression<Func<T, object>> OrderByDesc { get; set; }
}

public class Customer
{
    [Key] public long CustomerID { get; set; }
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string EmailAddress { get; set; }
    public DateTimeOffset LastModifiedOn { get; set; }
    public string SearchTerms { get; set; }
}

public class Order
{
    [Key] public long OrderID { get; set; }
    public long CustomerID { get; set; }
    public int Status { get; set; }
    public DateTimeOffset LastModifiedOn { get; set; }
    public string SearchTerms { get; set; }
}

public class OrderItem
{
    [Key] public long OrderID { get; set; }
    [Key] public int OrderLine { get; set; }
    public string ProductID { get; set; }
    public int Quantity { get; set; }
}

public class Product
{
    [Key] public string ProductID { get; set; }
    public int CategoryID { get; set; }
    public string Name { get; set; }
    public decimal ListPrice { get; set; }
    public DateTimeOffset LastModifiedOn { get; set; }
    public string SearchTerms { get; set; }
}

public class Category { [Key] public int CategoryID { get; set; } public string Name { get; set; } }
public class CountryCode { [Key] public string CountryCodeID { get; set; } public string Name { get; set; } }
public class OrderStatus { [Key] public int Status { get; set; } public string Name { get; set; } }
public class PaymentType { [Key] public int PaymentTypeID { get; set; } public string Name { get; set; } }
public class Shipper { [Key] public int ShipperID { get; set; } public string Name { get; set; } }
public class TaxType { [Key] public int TaxTypeID { get; set; } public decimal Rate { get; set; } }

[InMemoryFake]
public interface IDataService : IDisposable
{
    Task<Customer> GetCustomerAsync(long id);
    Task<IList<Customer>> GetCustomersAsync(int skip, int take, DataRequest<Customer> request);
    Task<IList<Customer>> GetCustomerKeysAsync(int skip, int take, DataRequest<Customer> request);
    Task<int> GetCustomersCountAsync(DataRequest<Customer> request);
    Task<int> UpdateCustomerAsync(Customer customer);
    Task<int> DeleteCustomersAsync(params Customer[] customers);

    Task<Order> GetOrderAsync(long id);
    Task<IList<Order>> GetOrdersAsync(int skip, int take, DataRequest<Order> request);
    Task<IList<Order>> GetOrderKeysAsync(int skip, int take, DataRequest<Order> request);
    Task<int> GetOrdersCountAsync(DataRequest<Order> request);
    Task<int> UpdateOrderAsync(Order order);
    Task<int> DeleteOrdersAsync(params Order[] orders);

    Task<OrderItem> GetOrderItemAsync(long orderID, int orderLine);
    Task<IList<OrderItem>> GetOrderItemsAsync(int skip, int take, DataRequest<OrderItem> request);
    Task<IList<OrderItem>> GetOrderItemKeysAsync(int skip, int take, DataRequest<OrderItem> request);
    Task<int> GetOrderItemsCountAsync(DataRequest<OrderItem> request);
    Task<int> UpdateOrderItemAsync(OrderItem orderItem);
    Task<int> DeleteOrderItemsAsync(params OrderItem[] orderItems);

    Task<Product> GetProductAsync(string id);
    Task<IList<Product>> GetProductsAsync(int skip, int take, DataRequest<Product> request);
    Task<IList<Product>> GetProductKeysAsync(int skip, int take, DataRequest<Product> request);
    Task<int> GetProductsCountAsync(DataRequest<Product> request);
    Task<int> UpdateProductAsync(Product product);
    Task<int> DeleteProductsAsync(params Product[] products);

    Task<IList<Category>> GetCategoriesAsync();
    Task<IList<CountryCode>> GetCountryCodesAsync();
    Task<IList<OrderStatus>> GetOrderStatusAsync();
    Task<IList<PaymentType>> GetPaymentTypesAsync();
    Task<IList<Shipper>> GetShippersAsync();
    Task<IList<TaxType>> GetTaxTypesAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IDataService service)
    {
        var customer = new Customer { FirstName = "Ann", LastName = "Lee" };
        Check.Equal(1, await service.UpdateCustomerAsync(customer), "UpdateCustomerAsync of a new customer saves one row");
        Check.True(customer.CustomerID > 0, "UpdateCustomerAsync gives a new customer a key");
        Check.Equal("Ann", (await service.GetCustomerAsync(customer.CustomerID))?.FirstName, "GetCustomerAsync(id) returns it");
        var all = new DataRequest<Customer>();
        Check.Equal(1, await service.GetCustomersCountAsync(all), "GetCustomersCountAsync with an empty request counts every customer");
        Check.Equal(1, (await service.GetCustomersAsync(0, 10, all)).Count, "GetCustomersAsync(0, 10, empty request) lists it");
        var line = new OrderItem { OrderID = 7, ProductID = "P1", Quantity = 2 };
        await service.UpdateOrderItemAsync(line);
        Check.Equal(1, line.OrderLine, "UpdateOrderItemAsync numbers the order's first line 1");
        Check.Equal(2, (await service.GetOrderItemAsync(7, 1))?.Quantity, "GetOrderItemAsync(order, line) finds it");
        Check.Equal(1, await service.DeleteCustomersAsync(customer), "DeleteCustomersAsync removes the customer");
        Check.Equal(0, await service.GetCustomersCountAsync(all), "no customer is left");
    }
}
