using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Basket
{
    private readonly List<string> _items = new();

    public int Id { get; set; }

    public string Owner { get; set; } = "";

    public IReadOnlyList<string> Items => _items;

    public void AddItem(string item) => _items.Add(item);
}

/// <summary>A repository with a unit of work, as eShop's: reads are tracked, nothing is stored until SaveChangesAsync.</summary>
[InMemoryFake]
public interface IBasketRepository
{
    void Add(Basket basket);

    Task<Basket?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Unit-of-work fakes are scoped, like a DbContext: one per request, all over the container's shared backend.</summary>
public class UnitOfWorkScopeTests
{
    [Fact]
    public void A_unit_of_work_fake_is_registered_per_scope()
    {
        var services = new ServiceCollection().AddInMemoryFake<IBasketRepository>();
        Assert.Equal(ServiceLifetime.Scoped, Assert.Single(services, static d => d.ServiceType == typeof(IBasketRepository)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, Assert.Single(new ServiceCollection().AddInMemoryFake<ICustomerRepository>(), static d => d.ServiceType == typeof(ICustomerRepository)).Lifetime);

        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();
        var repository = first.ServiceProvider.GetRequiredService<IBasketRepository>();
        Assert.Same(repository, first.ServiceProvider.GetRequiredService<IBasketRepository>());
        Assert.NotSame(repository, second.ServiceProvider.GetRequiredService<IBasketRepository>());
    }

    [Fact]
    public async Task What_one_scope_saved_every_scope_reads()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var request = provider.CreateScope())
        {
            var baskets = request.ServiceProvider.GetRequiredService<IBasketRepository>();
            baskets.Add(new Basket { Id = 1, Owner = "ada" });
            Assert.Equal(1, await baskets.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        using var next = provider.CreateScope();
        var found = await next.ServiceProvider.GetRequiredService<IBasketRepository>().FindAsync(1, TestContext.Current.CancellationToken);
        Assert.Equal("ada", found?.Owner);
    }

    [Fact]
    public async Task A_save_in_one_scope_does_not_save_what_another_scope_changed()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var seed = provider.CreateScope())
        {
            var baskets = seed.ServiceProvider.GetRequiredService<IBasketRepository>();
            baskets.Add(new Basket { Id = 7, Owner = "ada" });
            await baskets.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var unfinished = provider.CreateScope();
        using var other = provider.CreateScope();
        var loaded = await unfinished.ServiceProvider.GetRequiredService<IBasketRepository>().FindAsync(7, TestContext.Current.CancellationToken);
        loaded!.AddItem("half-done change, never saved");

        // Another request saves its own (empty) unit of work: the first request's tracked change must not ride along.
        Assert.Equal(0, await other.ServiceProvider.GetRequiredService<IBasketRepository>().SaveChangesAsync(TestContext.Current.CancellationToken));

        using var reader = provider.CreateScope();
        var stored = await reader.ServiceProvider.GetRequiredService<IBasketRepository>().FindAsync(7, TestContext.Current.CancellationToken);
        Assert.Empty(stored!.Items);
    }

    [Fact]
    public async Task Reset_clears_what_scoped_instances_saved()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var request = provider.CreateScope())
        {
            var baskets = request.ServiceProvider.GetRequiredService<IBasketRepository>();
            baskets.Add(new Basket { Id = 3, Owner = "ada" });
            await baskets.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        provider.ResetInMemoryFakes();

        using var after = provider.CreateScope();
        Assert.Null(await after.ServiceProvider.GetRequiredService<IBasketRepository>().FindAsync(3, TestContext.Current.CancellationToken));
    }
}
