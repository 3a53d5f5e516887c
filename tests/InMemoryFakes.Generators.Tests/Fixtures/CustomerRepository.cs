using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

public class Customer
{
    public int Id { get; set; }

    [Unique]
    public string Email { get; set; } = "";

    public List<string> Tags { get; set; } = new();

    public int Version { get; set; }
}

/// <summary>An entity repository with sync, async and streaming members, compiled by the real generator.</summary>
[InMemoryFake]
public interface ICustomerRepository
{
    Customer Add(Customer customer);

    Customer? Find(int id);

    Customer Get(int id);

    Task<Customer?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<Customer> UpdateAsync(Customer customer, CancellationToken cancellationToken = default);

    bool Delete(int id);

    IReadOnlyList<Customer> GetAll();

    IAsyncEnumerable<Customer> ListAsync(CancellationToken cancellationToken = default);

    int UpdateRange(IEnumerable<Customer> customers);

    int Count();
}

public class Invoice
{
    public int Id { get; set; }

#pragma warning disable IMF0013 // Proves in a real build that #pragma reaches generator diagnostics.
    [ConcurrencyCheck]
    public int Revision { get; }
#pragma warning restore IMF0013
}

[InMemoryFake]
public interface IInvoiceRepository
{
    void Add(Invoice invoice);

    Invoice? Find(int id);
}
