using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.AddOrGet;

// AddOrGet/GetOrAdd of an entity (eShopOnDapr's AddOrGetOrderAsync): the add when the key is free, else the stored
// entity, unchanged; a unique value taken under another key is the duplicate error, as the insert's is.
public sealed class Order
{
    public Guid Id { get; set; }

    [Unique]
    public int OrderNumber { get; set; }

    public string Status { get; set; } = "";
}

[InMemoryFake]
public interface IOrderRepository
{
    Task<Order> AddOrGetOrderAsync(Order order);

    Order GetOrAdd(Order order);

    Task<Order?> GetOrderByIdAsync(Guid id);
}

public sealed class Tag
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface ITagRepository
{
    Tag GetOrAddTag(Tag tag);

    Tag? Find(int id);

    int SaveChanges();
}

public sealed class AddOrGetTests
{
    [Fact]
    public void Under_a_deferred_unit_of_work_AddOrGet_tracks_the_add_and_a_second_call_before_the_save_gets_the_tracked_entity()
    {
        var backend = new InMemoryBackend();
        ITagRepository tags = new InMemoryTagRepository(backend);

        tags.GetOrAddTag(new Tag { Id = 5, Name = "first" });
        var again = tags.GetOrAddTag(new Tag { Id = 5, Name = "second" });

        Assert.Equal("first", again.Name);
        Assert.Null(((ITagRepository)new InMemoryTagRepository(backend)).Find(5));
        Assert.Equal(1, tags.SaveChanges());
        Assert.Equal("first", ((ITagRepository)new InMemoryTagRepository(backend)).Find(5)?.Name);
    }

    [Fact]
    public async Task AddOrGet_adds_an_entity_whose_key_is_free_and_returns_it()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        var id = Guid.NewGuid();

        var added = await orders.AddOrGetOrderAsync(new Order { Id = id, OrderNumber = 1, Status = "Submitted" });

        Assert.Equal(id, added.Id);
        Assert.Equal("Submitted", (await orders.GetOrderByIdAsync(id))?.Status);
    }

    [Fact]
    public async Task AddOrGet_of_a_stored_key_returns_the_stored_entity_and_leaves_it_unchanged()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        var id = Guid.NewGuid();
        await orders.AddOrGetOrderAsync(new Order { Id = id, OrderNumber = 1, Status = "Submitted" });

        var again = await orders.AddOrGetOrderAsync(new Order { Id = id, OrderNumber = 1, Status = "Other" });
        var viaGetOrAdd = orders.GetOrAdd(new Order { Id = id, OrderNumber = 2, Status = "Third" });

        Assert.Equal("Submitted", again.Status);
        Assert.Equal("Submitted", viaGetOrAdd.Status);
        Assert.Equal(1, viaGetOrAdd.OrderNumber);
        Assert.Equal("Submitted", (await orders.GetOrderByIdAsync(id))?.Status);
    }

    [Fact]
    public async Task AddOrGet_with_a_unique_value_taken_under_another_key_throws_the_duplicate_error_and_stores_nothing()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        await orders.AddOrGetOrderAsync(new Order { Id = Guid.NewGuid(), OrderNumber = 1 });
        var other = Guid.NewGuid();

        await Assert.ThrowsAsync<DuplicateKeyException>(() => orders.AddOrGetOrderAsync(new Order { Id = other, OrderNumber = 1 }));

        Assert.Null(await orders.GetOrderByIdAsync(other));
    }

    [Fact]
    public void GetOrAdd_returns_a_copy_of_the_stored_entity_so_changing_it_changes_nothing_stored()
    {
        IOrderRepository orders = new InMemoryOrderRepository();
        var id = Guid.NewGuid();
        orders.GetOrAdd(new Order { Id = id, OrderNumber = 1, Status = "Submitted" });

        var stored = orders.GetOrAdd(new Order { Id = id, OrderNumber = 1 });
        stored.Status = "Changed";

        Assert.Equal("Submitted", orders.GetOrAdd(new Order { Id = id }).Status);
    }
}
