using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Xunit.Tests;

public sealed class Invoice
{
    public int Id { get; set; }

    public string Customer { get; set; } = "";
}

public interface IInvoiceRepository
{
    void Add(Invoice invoice);

    IReadOnlyList<Invoice> GetAll();
}

public interface INoteStore
{
    void Add(Note note);

    Note? GetById(string id);
}

/// <summary>A unit of work whose properties are repositories: one fake of the unit-of-work interface, like any other.</summary>
[InMemoryFake]
public interface IBillingUnitOfWork
{
    IInvoiceRepository Invoices { get; }

    INoteStore Notes { get; }

    Task<int> CompleteAsync();
}

// Whichever test runs second proves the fixture gave it a fresh unit of work over a fresh backend.
public sealed class UnitOfWorkOfRepositoriesTests : InMemoryFixture
{
    [Fact]
    public async Task A_unit_of_work_from_the_fixture_starts_empty_and_saves_into_the_tests_backend()
    {
        var unitOfWork = Get<IBillingUnitOfWork>();
        Assert.Empty(unitOfWork.Invoices.GetAll());
        unitOfWork.Invoices.Add(new Invoice { Customer = "ada" });
        unitOfWork.Notes.Add(new Note { Id = "n", Owner = "ada" });
        Assert.Equal(2, await unitOfWork.CompleteAsync());

        // The composite's tables are the test's backend tables: a plain repository fake of the fixture sees the note.
        Assert.Equal(1, Get<INoteRepository>().Count());
        Assert.Same(unitOfWork, Get<IBillingUnitOfWork>());
    }

    [Fact]
    public async Task Another_test_gets_its_own_unit_of_work()
    {
        var unitOfWork = Get<IBillingUnitOfWork>();
        Assert.Empty(unitOfWork.Invoices.GetAll());
        Assert.Null(unitOfWork.Notes.GetById("n"));
        unitOfWork.Invoices.Add(new Invoice { Customer = "grace" });
        await unitOfWork.CompleteAsync();
        Assert.Equal("grace", unitOfWork.Invoices.GetAll().Single().Customer);
    }
}
