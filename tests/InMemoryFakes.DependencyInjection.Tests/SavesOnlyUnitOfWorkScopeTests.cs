using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

// A namespace of its own: the repositories of the parent namespace would see this IUnitOfWork beside them.
// Since session 35 (IMF0027) they see it elsewhere in the app, and state UnitOfWorkWrites.Immediate: it saves none of them.
namespace InMemoryFakes.DependencyInjection.Tests.Ordering;

public sealed class Invoice
{
    public int Id { get; set; }

    public string Customer { get; set; } = "";
}

public sealed class Shipment
{
    public int Id { get; set; }

    public string Address { get; set; } = "";
}

/// <summary>A clean-architecture repository: its writes only track, the unit of work beside it saves.</summary>
[InMemoryFake]
public interface IInvoiceRepository
{
    Task<Invoice?> GetByIdAsync(int id);

    Task<IReadOnlyList<Invoice>> ListAsync();

    void Add(Invoice invoice);
}

[InMemoryFake]
public interface IShipmentRepository
{
    Task<IReadOnlyList<Shipment>> ListAsync();

    Task AddAsync(Shipment shipment, CancellationToken cancellationToken = default);
}

/// <summary>The unit of work of saves only, injected beside the repositories and scoped over one DbContext in the real app.</summary>
[InMemoryFake]
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The scoped registration creates one <see cref="SharedUnitOfWork"/> per scope and builds every unit-of-work fake of the
/// scope with it, so a handler's repositories and its saves-only <c>IUnitOfWork</c> share one change tracker.
/// </summary>
public class SavesOnlyUnitOfWorkScopeTests
{
    [Fact]
    public async Task Two_repositories_and_the_unit_of_work_of_one_scope_save_together_and_two_scopes_are_two_trackers()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider(validateScopes: true);
        using (var request = provider.CreateScope())
        {
            var invoices = request.ServiceProvider.GetRequiredService<IInvoiceRepository>();
            var shipments = request.ServiceProvider.GetRequiredService<IShipmentRepository>();
            var unitOfWork = request.ServiceProvider.GetRequiredService<IUnitOfWork>();
            invoices.Add(new Invoice { Id = 1, Customer = "ann" });
            await shipments.AddAsync(new Shipment { Id = 1, Address = "Main St" }, TestContext.Current.CancellationToken);
            Assert.Empty(await invoices.ListAsync());
            Assert.Empty(await shipments.ListAsync());

            using (var other = provider.CreateScope())
            {
                // Another scope's tracker: its save writes nothing of this one's.
                Assert.Equal(0, await other.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(TestContext.Current.CancellationToken));
                Assert.Empty(await other.ServiceProvider.GetRequiredService<IInvoiceRepository>().ListAsync());
            }

            Assert.Equal(2, await unitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken));
            Assert.Single(await invoices.ListAsync());
        }

        using (var unsaved = provider.CreateScope())
        {
            unsaved.ServiceProvider.GetRequiredService<IInvoiceRepository>().Add(new Invoice { Id = 2, Customer = "never saved" });
        }

        using var next = provider.CreateScope();
        Assert.Equal("ann", (await next.ServiceProvider.GetRequiredService<IInvoiceRepository>().ListAsync()).Single().Customer);
        Assert.Equal("Main St", (await next.ServiceProvider.GetRequiredService<IShipmentRepository>().ListAsync()).Single().Address);
        using var another = provider.CreateScope();
        Assert.NotSame(next.ServiceProvider.GetRequiredService<SharedUnitOfWork>(), another.ServiceProvider.GetRequiredService<SharedUnitOfWork>());
        Assert.Same(next.ServiceProvider.GetRequiredService<SharedUnitOfWork>(), next.ServiceProvider.GetRequiredService<SharedUnitOfWork>());
    }
}
