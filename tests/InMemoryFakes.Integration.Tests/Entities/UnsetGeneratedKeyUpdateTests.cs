using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.UnsetGeneratedKeyUpdate;

// Microsoft's InventorySample: UpdateCustomerAsync(customer) inserts a customer whose CustomerID is 0 with a new key (EF
// Core's Update of an unset generated key), where a SQL UPDATE would change nothing. The fake cannot tell which, so an
// update of an entity whose generated key is unset is refused with an ArgumentException naming the parameter.
public sealed class Customer
{
    public long CustomerID { get; set; }

    public string FirstName { get; set; } = "";
}

public sealed class Ticket
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface ICustomerData
{
    Task<Customer?> GetCustomerAsync(long id);

    Task<IList<Customer>> GetAllAsync();

    Task AddCustomerAsync(Customer customer);

    Task<int> UpdateCustomerAsync(Customer customer);
}

[InMemoryFake]
public interface ITicketRepository
{
    Ticket? Get(Guid id);

    IReadOnlyList<Ticket> GetAll();

    void Add(Ticket ticket);

    bool Update(Ticket ticket);

    void Replace(Ticket ticket);

    void UpdateRange(IEnumerable<Ticket> tickets);

    bool UpdateTicket(Guid id, Ticket ticket);
}

public sealed class UnsetGeneratedKeyUpdateTests
{
    [Fact]
    public async Task An_update_returning_a_row_count_refuses_an_entity_whose_generated_key_is_unset_and_stores_nothing()
    {
        ICustomerData data = new InMemoryCustomerData();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => data.UpdateCustomerAsync(new Customer { FirstName = "Ann" }));

        Assert.Equal("customer", error.ParamName);
        Assert.Contains("CustomerID", error.Message, StringComparison.Ordinal);
        Assert.True(error.Data.Contains("InMemoryFakes.Refusal"), "the exception is marked as a refusal");
        Assert.Empty(await data.GetAllAsync());
    }

    [Fact]
    public async Task An_update_returning_a_row_count_still_updates_a_stored_entity_and_counts_zero_for_a_set_key_not_stored()
    {
        ICustomerData data = new InMemoryCustomerData();
        var ann = new Customer { FirstName = "Ann" };
        await data.AddCustomerAsync(ann);

        Assert.Equal(1, await data.UpdateCustomerAsync(new Customer { CustomerID = ann.CustomerID, FirstName = "Anna" }));
        Assert.Equal(0, await data.UpdateCustomerAsync(new Customer { CustomerID = ann.CustomerID + 100, FirstName = "Bob" }));
        Assert.Equal("Anna", (await data.GetCustomerAsync(ann.CustomerID))!.FirstName);
        Assert.Single(await data.GetAllAsync());
    }

    [Fact]
    public void Bool_and_void_updates_refuse_an_empty_generated_Guid_key_naming_the_parameter()
    {
        ITicketRepository tickets = new InMemoryTicketRepository();
        tickets.Add(new Ticket { Title = "Printer" });

        Assert.Equal("ticket", Assert.Throws<ArgumentException>(() => tickets.Update(new Ticket { Title = "Scanner" })).ParamName);
        Assert.Equal("ticket", Assert.Throws<ArgumentException>(() => tickets.Replace(new Ticket { Title = "Scanner" })).ParamName);
        Assert.Equal("Printer", Assert.Single(tickets.GetAll()).Title);
    }

    [Fact]
    public void A_range_update_and_a_key_then_entity_update_refuse_an_unset_generated_key_and_change_nothing()
    {
        ITicketRepository tickets = new InMemoryTicketRepository();
        var printer = new Ticket { Title = "Printer" };
        tickets.Add(printer);

        var range = Assert.Throws<ArgumentException>(() => tickets.UpdateRange(new[] { new Ticket { Id = printer.Id, Title = "Laser printer" }, new Ticket { Title = "Scanner" } }));
        Assert.Equal("tickets", range.ParamName);
        Assert.Equal("Printer", Assert.Single(tickets.GetAll()).Title);
        Assert.Equal("ticket", Assert.Throws<ArgumentException>(() => tickets.UpdateTicket(Guid.Empty, new Ticket { Title = "Scanner" })).ParamName);
        Assert.Equal("Printer", Assert.Single(tickets.GetAll()).Title);
    }

    [Fact]
    public void A_bool_update_of_a_stored_entity_still_returns_true()
    {
        ITicketRepository tickets = new InMemoryTicketRepository();
        var printer = new Ticket { Title = "Printer" };
        tickets.Add(printer);

        Assert.True(tickets.Update(new Ticket { Id = printer.Id, Title = "Laser printer" }));
        Assert.Equal("Laser printer", tickets.Get(printer.Id)!.Title);
    }
}
