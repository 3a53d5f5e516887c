using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// <see cref="ICustomerRepository"/> over EF Core, written as a repository usually is: every write saves at once, reads
/// go through LINQ (<c>Find</c> answers from the change tracker when the context already tracks the entity, as it does
/// in a real test that reads back what it added). The same class runs on SQLite, PostgreSQL and the InMemory provider.
/// </summary>
public sealed class EfCustomerRepository(ShopContext db) : ICustomerRepository
{
    public Customer? Find(int id) => db.Customers.Find(id);

    public void Add(Customer customer)
    {
        db.Customers.Add(customer);
        db.SaveChanges();
    }

    public void Upsert(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (db.Customers.Find(customer.Id) is { } existing)
        {
            db.Entry(existing).CurrentValues.SetValues(customer);
        }
        else
        {
            db.Customers.Add(customer);
        }

        db.SaveChanges();
    }

    public bool Exists(int id) => db.Customers.Any(c => c.Id == id);

    public bool Delete(int id)
    {
        if (db.Customers.Find(id) is not { } existing)
        {
            return false;
        }

        db.Customers.Remove(existing);
        db.SaveChanges();
        return true;
    }

    public int Count() => db.Customers.Count();

    public IReadOnlyList<Customer> GetAll() => db.Customers.AsNoTracking().ToList();

    public System.Threading.Tasks.Task<Customer?> FindAsync(int id) => db.Customers.FindAsync(id).AsTask();
}
