using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.UnitOfWork.Bundle;

// Microsoft's customers-orders sample (Windows-appsample-customers-orders-database): IContosoRepository bundles one
// repository per table and has no save; neither have the repositories, so each of their writes saves itself (each
// property is a repository over its own DbContext, and each write calls SaveChangesAsync).
public sealed class Customer
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";
}

public sealed class Invoice
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CustomerId { get; set; }

    public decimal Amount { get; set; }
}

public interface ICustomerRepository
{
    Task<IEnumerable<Customer>> GetAsync();

    Task<Customer?> GetAsync(Guid id);

    Task<Customer> UpsertAsync(Customer customer);

    Task DeleteAsync(Guid customerId);
}

public interface IInvoiceRepository
{
    Task<IEnumerable<Invoice>> GetForCustomerAsync(Guid customerId);

    Task<Invoice> UpsertAsync(Invoice invoice);
}

[InMemoryFake]
public interface IBillingRepository
{
    ICustomerRepository Customers { get; }

    IInvoiceRepository Invoices { get; }
}

public sealed class RepositoryBundleTests
{
    [Fact]
    public async Task A_write_through_a_bundled_repository_is_saved_at_once_and_seen_through_every_property()
    {
        IBillingRepository billing = new InMemoryBillingRepository();
        var ann = await billing.Customers.UpsertAsync(new Customer { Name = "Ann" });
        await billing.Invoices.UpsertAsync(new Invoice { CustomerId = ann.Id, Amount = 12m });

        Assert.Equal("Ann", (await billing.Customers.GetAsync(ann.Id))?.Name);
        Assert.Equal(12m, Assert.Single(await billing.Invoices.GetForCustomerAsync(ann.Id)).Amount);

        ann.Name = "Ann Lee";
        Assert.Equal("Ann", (await billing.Customers.GetAsync(ann.Id))?.Name);
        await billing.Customers.UpsertAsync(ann);
        Assert.Equal("Ann Lee", (await billing.Customers.GetAsync(ann.Id))?.Name);

        await billing.Customers.DeleteAsync(ann.Id);
        Assert.Empty(await billing.Customers.GetAsync());
    }
}
