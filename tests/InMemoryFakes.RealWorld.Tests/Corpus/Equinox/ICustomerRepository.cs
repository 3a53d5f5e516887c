// Source: https://github.com/EduardoPires/EquinoxProject
// Commit: fde9a953eb31
// Licence: MIT
// Path: src/Equinox.Domain/Interfaces/ICustomerRepository.cs (entity: src/Equinox.Domain/Models/Customer.cs; base
//   interfaces IRepository<T> and IUnitOfWork from the NetDevPack.Data package; Entity from NetDevPack.Domain)
// Adapted: NetDevPack's IRepository<T> : IDisposable { IUnitOfWork UnitOfWork { get; } }, IUnitOfWork
//   { Task<bool> Commit(); } and Entity { Guid Id } transcribed as minimal stand-ins.
// Real store: src/Equinox.Infra.Data/Repository/CustomerRepository.cs over EquinoxContext (EF Core): Add/Update/Remove
//   only track; UnitOfWork.Commit() = SaveChangesAsync() > 0; GetById = FindAsync (null when missing; also finds a
//   tracked, unsaved add); GetByEmail = AsNoTracking().FirstOrDefaultAsync(c => c.Email == email) (saved rows only);
//   GetAll = ToListAsync().
// Shapes: GetByEmail=core; UnitOfWork=3; Commit=3; Dispose=17; GetById=core; GetAll=core; Add=core; Update=core; Remove=core
// Configured: MissingDelete = MissingDelete.NotFound: CustomerRepository.Remove(customer) is DbSet.Remove, written
//   by UnitOfWork.Commit (SaveChanges); EF Core's SaveChanges of a row that is not there throws
//   DbUpdateConcurrencyException, which a removal that returns nothing cannot say; through this unit of work the
//   fake tracks the removal and Commit fails with ConcurrencyConflictException (docs/generator.md, attribute
//   settings).
// After h-oblivious (session 29): complete as before; GetByEmail, GetById answer null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Equinox.ICustomerRepositoryCase;

public interface IAggregateRoot { }

public interface IUnitOfWork
{
    Task<bool> Commit();
}

public interface IRepository<T> : IDisposable where T : IAggregateRoot
{
    IUnitOfWork UnitOfWork { get; }
}

public abstract class Entity
{
    public Guid Id { get; set; }
}

public class Customer : Entity, IAggregateRoot
{
    public Customer(Guid id, string name, string email, DateTime birthDate)
    {
        Id = id;
        Name = name;
        Email = email;
        BirthDate = birthDate;
    }

    protected Customer() { }

    public string Name { get; private set; }
    public string Email { get; private set; }
    public DateTime BirthDate { get; private set; }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ICustomerRepository : IRepository<Customer>
{
    Task<Customer> GetById(Guid id);
    Task<Customer> GetByEmail(string email);
    Task<IEnumerable<Customer>> GetAll();
    void Add(Customer customer);
    void Update(Customer customer);
    void Remove(Customer customer);
}

public static class Smoke
{
    public static async Task RunAsync(ICustomerRepository store)
    {
        var id = Guid.NewGuid();
        store.Add(new Customer(id, "Eduardo", "eduardo@example.com", new DateTime(1990, 1, 1)));
        Check.Null(await store.GetByEmail("eduardo@example.com"), "a query does not see an unsaved customer");
        Check.True(await store.UnitOfWork.Commit(), "Commit returns true when rows were written");
        Check.Equal(id, (await store.GetByEmail("eduardo@example.com"))?.Id, "GetByEmail finds the committed customer");
        Check.Equal("Eduardo", (await store.GetById(id))?.Name, "GetById finds it");
        // One DbContext per scope: the customer read above is tracked, so Update with another instance of it is refused
        // (EF Core: "another instance with the same key value is already tracked"), and nothing changes.
        Check.Throws<InvalidOperationException>(
            () => store.Update(new Customer(id, "Eduardo Pires", "eduardo@example.com", new DateTime(1990, 1, 1))),
            "Update of a second instance of a tracked customer throws, as EF Core's change tracker does");
        Check.False(await store.UnitOfWork.Commit(), "Commit with nothing to write returns false (SaveChangesAsync() > 0)");
        Check.Equal("Eduardo", (await store.GetById(id))?.Name, "the refused Update changed nothing");
        store.Remove((await store.GetById(id))!);
        await store.UnitOfWork.Commit();
        Check.Equal(0, (await store.GetAll()).Count(), "Remove + Commit deletes the customer");
        Check.Null(await store.GetById(Guid.NewGuid()), "GetById of an unknown id returns null");
        store.Remove(new Customer(Guid.NewGuid(), "Nobody", "nobody@example.com", new DateTime(1990, 1, 1)));
        await Check.ThrowsAsync<Exception>(() => store.UnitOfWork.Commit(),
            "Remove of a customer that is not stored fails the Commit (EF Core's SaveChanges: DbUpdateConcurrencyException, 0 rows affected)");
        store.Dispose();
    }
}
