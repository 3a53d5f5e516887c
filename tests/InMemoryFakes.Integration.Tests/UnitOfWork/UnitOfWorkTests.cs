using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.UnitOfWork;

// Issue 10, shape 3: repositories with a unit of work, as DDD samples (eShop's ordering service) write them. Entities
// read through the fake are tracked copies; adds, changes and removes are written by SaveChanges, and only then.

/// <summary>A DDD aggregate: its lines live in a private list, changed only through domain methods.</summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = new();

    private Order()
    {
    }

    public Order(string buyer)
    {
        Buyer = buyer;
        Status = "Submitted";
    }

    public int Id { get; private set; }

    public string Buyer { get; private set; } = "";

    public string Status { get; private set; } = "";

    public int Version { get; set; }

    public IReadOnlyCollection<OrderLine> Lines => _lines.AsReadOnly();

    public void AddLine(string product, int units)
    {
        var existing = _lines.FirstOrDefault(l => l.Product == product);
        if (existing is null)
        {
            _lines.Add(new OrderLine(product, units));
        }
        else
        {
            existing.AddUnits(units);
        }
    }

    public void Ship() => Status = Status == "Paid" ? "Shipped" : throw new InvalidOperationException("only a paid order ships");

    public void Pay() => Status = "Paid";
}

public sealed class OrderLine
{
    public OrderLine(string product, int units)
    {
        Product = product;
        Units = units;
    }

    public string Product { get; private set; }

    public int Units { get; private set; }

    public void AddUnits(int units) => Units += units;
}

public interface IUnitOfWork : IDisposable
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    Task<bool> SaveEntitiesAsync(CancellationToken cancellationToken = default);
}

public interface IRepository<T>
{
    IUnitOfWork UnitOfWork { get; }
}

[InMemoryFake]
public interface IOrderRepository : IRepository<Order>
{
    Order Add(Order order);

    void Update(Order order);

    Task<Order?> GetAsync(int orderId);

    Task<List<Order>> FindByBuyerAsync(string buyer);

    Task<int> CountAsync();
}

/// <summary>A repository that saves its own unit of work (SimplCommerce's style): synchronous writes, a SaveChanges beside them.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IBrandRepository
{
    void Add(Brand brand);

    void Remove(Brand brand);

    Brand? Find(long id);

    IReadOnlyList<Brand> GetAll();

    int SaveChanges();

    void Rollback();
}

public sealed class Brand
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    [ConcurrencyCheck]
    public int Revision { get; set; }
}

public sealed class UnitOfWorkTests
{
    [Fact]
    public async Task A_change_made_through_a_domain_method_survives_SaveChanges()
    {
        var orders = new InMemoryOrderRepository();
        var order = orders.Add(new Order("alice"));
        await orders.UnitOfWork.SaveEntitiesAsync(TestContext.Current.CancellationToken);

        var loaded = await orders.GetAsync(order.Id);
        loaded!.AddLine("book", 2);
        loaded.Pay();
        await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        var fresh = await new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = Backend(orders) }).GetAsync(order.Id);
        Assert.Equal("Paid", fresh!.Status);
        Assert.Equal(2, Assert.Single(fresh.Lines).Units);
    }

    [Fact]
    public async Task Without_SaveChanges_a_change_made_through_a_domain_method_is_not_stored()
    {
        var backend = new InMemoryBackend();
        var orders = new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend });
        var order = orders.Add(new Order("alice"));
        await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        var loaded = await orders.GetAsync(order.Id);
        loaded!.AddLine("book", 2);
        loaded.Pay();

        // Another unit of work over the same tables (another DbContext) sees what was saved, not the tracked change.
        var other = await new InMemoryOrderRepository(new InMemoryFakeOptions { Backend = backend }).GetAsync(order.Id);
        Assert.Equal("Submitted", other!.Status);
        Assert.Empty(other.Lines);
    }

    [Fact]
    public async Task Reads_return_one_tracked_instance_per_key_and_queries_do_not_see_pending_adds()
    {
        var orders = new InMemoryOrderRepository();
        var added = orders.Add(new Order("bob"));
        Assert.Empty(await orders.FindByBuyerAsync("bob"));
        Assert.Equal(0, await orders.CountAsync());
        Assert.Equal(0, added.Id);

        await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, added.Id);

        var byKey = await orders.GetAsync(added.Id);
        var byQuery = Assert.Single(await orders.FindByBuyerAsync("bob"));
        Assert.Same(added, byKey);
        Assert.Same(byKey, byQuery);
    }

    [Fact]
    public async Task SaveChanges_counts_what_it_wrote_and_nothing_when_nothing_changed()
    {
        var orders = new InMemoryOrderRepository();
        orders.Add(new Order("a"));
        orders.Add(new Order("b"));
        Assert.Equal(2, await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken));

        var a = Assert.Single(await orders.FindByBuyerAsync("a"));
        _ = await orders.FindByBuyerAsync("b");
        a.AddLine("pen", 1);
        Assert.Equal(1, await orders.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Removes_wait_for_the_save_and_Rollback_forgets_pending_changes()
    {
        var brands = new InMemoryBrandRepository();
        brands.Add(new Brand { Name = "Acme" });
        Assert.Equal(1, brands.SaveChanges());
        var acme = Assert.Single(brands.GetAll());

        brands.Remove(acme);
        Assert.Single(brands.GetAll());
        Assert.Null(brands.Find(acme.Id));

        brands.Rollback();
        Assert.Equal("Acme", brands.Find(acme.Id)!.Name);

        brands.Remove(brands.Find(acme.Id)!);
        Assert.Equal(1, brands.SaveChanges());
        Assert.Empty(brands.GetAll());
    }

    [Fact]
    public void A_save_checks_concurrency_tokens_and_writes_nothing_when_one_conflicts()
    {
        var backend = new InMemoryBackend();
        var mine = new InMemoryBrandRepository(new InMemoryFakeOptions { Backend = backend });
        var theirs = new InMemoryBrandRepository(new InMemoryFakeOptions { Backend = backend });
        mine.Add(new Brand { Name = "Acme" });
        mine.Add(new Brand { Name = "Zeta" });
        mine.SaveChanges();

        var acme = mine.GetAll().Single(b => b.Name == "Acme");
        var theirAcme = theirs.Find(acme.Id)!;
        theirAcme.Name = "Acme Corp";
        Assert.Equal(1, theirs.SaveChanges());

        acme.Name = "ACME";
        mine.Add(new Brand { Name = "Nova" });
        Assert.Throws<ConcurrencyConflictException>(() => mine.SaveChanges());

        var reader = new InMemoryBrandRepository(new InMemoryFakeOptions { Backend = backend });
        Assert.Equal(new[] { "Acme Corp", "Zeta" }, reader.GetAll().Select(b => b.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Reset_forgets_what_the_unit_of_work_tracked()
    {
        var brands = new InMemoryBrandRepository();
        brands.Add(new Brand { Name = "Acme" });
        ((IInMemoryFake)brands).Core.Reset();
        Assert.Equal(0, brands.SaveChanges());
        Assert.Empty(brands.GetAll());
    }

    private static InMemoryBackend Backend(IInMemoryFake fake) => fake.Core.Backend;
}
