using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Shipment
{
    public int Id { get; set; }

    public string Address { get; set; } = "";
}

public interface IShipmentRepository
{
    void Add(Shipment shipment);

    Shipment? GetById(int id);

    IEnumerable<Shipment> GetAll();
}

/// <summary>The tutorial unit of work: repositories as properties over one DbContext, one save.</summary>
[InMemoryFake]
public interface IShippingUnitOfWork
{
    IShipmentRepository Shipments { get; }

    int Complete();
}

/// <summary>A unit of work of repositories is registered like a DbContext: per scope, over the container's backend.</summary>
public class UnitOfWorkOfRepositoriesScopeTests
{
    [Fact]
    public void The_unit_of_work_is_scoped_and_a_repository_resolves_to_the_scopes_unit_of_work_property()
    {
        var services = new ServiceCollection().AddInMemoryFakes();
        Assert.Equal(ServiceLifetime.Scoped, Assert.Single(services, static d => d.ServiceType == typeof(IShippingUnitOfWork)).Lifetime);
        Assert.Equal(ServiceLifetime.Scoped, Assert.Single(services, static d => d.ServiceType == typeof(IShipmentRepository)).Lifetime);

        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var scope = provider.CreateScope();
        using var other = provider.CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IShippingUnitOfWork>();
        Assert.Same(unitOfWork, scope.ServiceProvider.GetRequiredService<IShippingUnitOfWork>());

        // A repository injected on its own is the unit of work's: one change tracker, as with one DbContext per scope.
        var repository = scope.ServiceProvider.GetRequiredService<IShipmentRepository>();
        Assert.Same(unitOfWork.Shipments, repository);
        Assert.NotSame(repository, other.ServiceProvider.GetRequiredService<IShipmentRepository>());
        repository.Add(new Shipment { Address = "injected" });
        Assert.Equal(1, unitOfWork.Complete());
    }

    [Fact]
    public void Replacing_the_apps_unit_of_work_replaces_its_registered_repositories_too()
    {
        var services = new ServiceCollection()
            .AddScoped<IShippingUnitOfWork, RealShippingUnitOfWork>()
            .AddScoped<IShipmentRepository, RealShipmentRepository>()
            .ReplaceWithInMemoryFakes(typeof(IShippingUnitOfWork).Assembly);

        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var scope = provider.CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IShippingUnitOfWork>();
        Assert.IsType<InMemoryShippingUnitOfWork>(unitOfWork);
        Assert.Same(unitOfWork.Shipments, scope.ServiceProvider.GetRequiredService<IShipmentRepository>());
    }

    private sealed class RealShippingUnitOfWork : IShippingUnitOfWork
    {
        public IShipmentRepository Shipments => throw new System.InvalidOperationException("the real store must not be reached");

        public int Complete() => throw new System.InvalidOperationException("the real store must not be reached");
    }

    private sealed class RealShipmentRepository : IShipmentRepository
    {
        public void Add(Shipment shipment) => throw new System.InvalidOperationException("the real store must not be reached");

        public Shipment? GetById(int id) => throw new System.InvalidOperationException("the real store must not be reached");

        public IEnumerable<Shipment> GetAll() => throw new System.InvalidOperationException("the real store must not be reached");
    }

    [Fact]
    public void What_one_scope_saved_the_next_reads_and_what_another_left_unsaved_is_not_stored()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var request = provider.CreateScope())
        {
            var unitOfWork = request.ServiceProvider.GetRequiredService<IShippingUnitOfWork>();
            unitOfWork.Shipments.Add(new Shipment { Address = "Main St" });
            Assert.Equal(1, unitOfWork.Complete());
        }

        using (var unsaved = provider.CreateScope())
        {
            unsaved.ServiceProvider.GetRequiredService<IShippingUnitOfWork>().Shipments.Add(new Shipment { Address = "never saved" });
        }

        using var next = provider.CreateScope();
        var shipments = next.ServiceProvider.GetRequiredService<IShippingUnitOfWork>().Shipments;
        Assert.Equal("Main St", shipments.GetById(1)?.Address);
        Assert.Single(shipments.GetAll());
    }
}
