using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.DeclaredKeys;

// An entity whose key no name says (issue 10, shape 4): eShop's CustomerBasket is keyed by BuyerId and has no Id; a
// settings row keyed by (Tenant, Name). The Key setting on [InMemoryFake] states it, as [FakeKey] would on a type the
// user owns.
public sealed class CustomerBasket
{
    public string BuyerId { get; set; } = "";

    public List<int> Items { get; set; } = new();
}

[InMemoryFake(Key = "BuyerId")]
public interface IBasketRepository
{
    Task<CustomerBasket?> GetBasketAsync(string buyerId);

    Task SaveBasketAsync(CustomerBasket basket);

    Task<bool> DeleteBasketAsync(string buyerId);

    Task<IReadOnlyList<CustomerBasket>> GetAllAsync();
}

public sealed class SettingRow
{
    public string Tenant { get; set; } = "";

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}

[InMemoryFake(Key = "Tenant, Name")]
public interface ISettingRows
{
    void Add(SettingRow row);

    SettingRow? Find(string tenant, string name);

    bool Remove(string tenant, string name);

    IReadOnlyList<SettingRow> GetByTenant(string tenant);
}

// An Id that is not the store's key: the setting replaces the key the conventions would take.
public sealed class Ticket
{
    public int Id { get; set; }

    public string Code { get; set; } = "";
}

[InMemoryFake(Key = "Code")]
public interface ITicketStore
{
    void Add(Ticket ticket);

    Ticket? Get(string code);

    IReadOnlyList<Ticket> FindById(int id);
}

public sealed class DeclaredKeyTests
{
    [Fact]
    public async Task The_declared_property_is_the_key_of_reads_writes_and_deletes()
    {
        IBasketRepository baskets = new InMemoryBasketRepository();
        Assert.Null(await baskets.GetBasketAsync("alice"));

        await baskets.SaveBasketAsync(new CustomerBasket { BuyerId = "alice", Items = { 1 } });
        await baskets.SaveBasketAsync(new CustomerBasket { BuyerId = "alice", Items = { 1, 2 } });
        await baskets.SaveBasketAsync(new CustomerBasket { BuyerId = "bob" });

        Assert.Equal(new[] { 1, 2 }, (await baskets.GetBasketAsync("alice"))!.Items);
        Assert.Equal(2, (await baskets.GetAllAsync()).Count);
        Assert.True(await baskets.DeleteBasketAsync("alice"));
        Assert.False(await baskets.DeleteBasketAsync("alice"));
        Assert.Null(await baskets.GetBasketAsync("alice"));
        Assert.NotNull(await baskets.GetBasketAsync("bob"));
    }

    [Fact]
    public void Several_names_make_a_composite_key_in_their_order()
    {
        ISettingRows rows = new InMemorySettingRows();
        rows.Add(new SettingRow { Tenant = "a", Name = "theme", Value = "dark" });
        rows.Add(new SettingRow { Tenant = "b", Name = "theme", Value = "light" });

        Assert.Throws<DuplicateKeyException>(() => rows.Add(new SettingRow { Tenant = "a", Name = "theme", Value = "x" }));
        Assert.Equal("light", rows.Find("b", "theme")!.Value);
        Assert.True(rows.Remove("a", "theme"));
        Assert.Null(rows.Find("a", "theme"));
        Assert.Equal(new[] { "b" }, rows.GetByTenant("b").Select(static r => r.Tenant));
    }

    [Fact]
    public void The_declared_key_replaces_an_Id_that_is_then_an_ordinary_property()
    {
        ITicketStore tickets = new InMemoryTicketStore();
        tickets.Add(new Ticket { Id = 7, Code = "A1" });
        tickets.Add(new Ticket { Id = 7, Code = "B2" });

        Assert.Equal(7, tickets.Get("B2")!.Id);
        Assert.Equal(new[] { "A1", "B2" }, tickets.FindById(7).Select(static t => t.Code));
        Assert.Throws<DuplicateKeyException>(() => tickets.Add(new Ticket { Id = 8, Code = "A1" }));
    }
}
