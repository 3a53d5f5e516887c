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
    public void The_unit_of_work_is_scoped_and_its_repositories_are_not_registered_on_their_own()
    {
        var services = new ServiceCollection().AddInMemoryFakes();
        Assert.Equal(ServiceLifetime.Scoped, Assert.Single(services, static d => d.ServiceType == typeof(IShippingUnitOfWork)).Lifetime);

        // A repository resolved on its own would be another tracker than the unit of work's: it is not registered, so
        // resolving it fails loudly rather than silently writing past the save (docs/dependency-injection.md).
        Assert.DoesNotContain(services, static d => d.ServiceType == typeof(IShipmentRepository));

        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var scope = provider.CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IShippingUnitOfWork>();
        Assert.Same(unitOfWork, scope.ServiceProvider.GetRequiredService<IShippingUnitOfWork>());
        Assert.Null(scope.ServiceProvider.GetService<IShipmentRepository>());
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
