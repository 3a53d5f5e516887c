using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Pallet
{
    public int Id { get; set; }

    public string Bay { get; set; } = "";

    public void MoveTo(string bay) => Bay = bay;
}

public sealed class Forklift
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>MyWarehouse's shape: a generic repository whose writes only track, with no save of its own.</summary>
public interface IWarehouseRepository<T>
    where T : class
{
    Task<T?> GetByIdAsync(int id);

    Task<IEnumerable<T>> GetAllAsync();

    void Add(T entity);
}

public interface IPalletRepository : IWarehouseRepository<Pallet>
{
}

public interface IForkliftRepository : IWarehouseRepository<Forklift>
{
}

/// <summary>The unit of work the repositories' writes wait for: another interface, scoped over one DbContext in the real app.</summary>
[InMemoryFake]
public interface IWarehouseUnitOfWork
{
    IPalletRepository Pallets { get; }

    IForkliftRepository Forklifts { get; }

    Task SaveChanges();
}

/// <summary>
/// A handler injected with two repositories and the unit of work of one scope (the DDD shape IMF0022 names for a repository
/// faked on its own): the scoped registration hands it the unit of work's repositories, so one save writes both.
/// </summary>
public class SeparateUnitOfWorkScopeTests
{
    [Fact]
    public async Task Repositories_and_the_unit_of_work_injected_in_one_scope_share_one_change_tracker()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var request = provider.CreateScope())
        {
            var pallets = request.ServiceProvider.GetRequiredService<IPalletRepository>();
            var forklifts = request.ServiceProvider.GetRequiredService<IForkliftRepository>();
            var unitOfWork = request.ServiceProvider.GetRequiredService<IWarehouseUnitOfWork>();
            pallets.Add(new Pallet { Id = 1, Bay = "A1" });
            forklifts.Add(new Forklift { Id = 1, Name = "Lifty" });
            Assert.Empty(await pallets.GetAllAsync());
            await unitOfWork.SaveChanges();
            Assert.Single(await pallets.GetAllAsync());
        }

        using (var unsaved = provider.CreateScope())
        {
            var pallet = (await unsaved.ServiceProvider.GetRequiredService<IPalletRepository>().GetByIdAsync(1))!;
            pallet.MoveTo("never saved");
        }

        using (var move = provider.CreateScope())
        {
            var pallet = (await move.ServiceProvider.GetRequiredService<IPalletRepository>().GetByIdAsync(1))!;
            pallet.MoveTo("B7");
            await move.ServiceProvider.GetRequiredService<IWarehouseUnitOfWork>().SaveChanges();
        }

        using var next = provider.CreateScope();
        Assert.Equal("B7", (await next.ServiceProvider.GetRequiredService<IPalletRepository>().GetByIdAsync(1))?.Bay);
        Assert.Equal("Lifty", (await next.ServiceProvider.GetRequiredService<IForkliftRepository>().GetAllAsync()).Single().Name);
    }
}
