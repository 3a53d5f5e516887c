using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.IncludeFlags;

// The soft-delete filter of generic repositories: GetAllAsync(bool includeDeleted = false) leaves out the entities
// whose IsDeleted is set unless asked to include them; includeInactive (a negated word) keeps IsActive ones otherwise.
public sealed class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool IsDeleted { get; set; }

    public bool IsActive { get; set; } = true;
}

// SoftDelete = None: GetAsync(name, includeInactive) takes no switch for deleted rows, and beside SoftDeleteAsync (a store that
// keeps the rows it deletes) whether it leaves them out is the store's own; None states the reading this test checks, that it
// shows them (since h-sample132 an unstated SoftDelete refuses such a read).
[InMemoryFake(SoftDelete = SoftDelete.None)]
public interface ICustomerRepository
{
    void Add(Customer customer);

    Task<IReadOnlyList<Customer>> GetAllAsync(bool includeDeleted = false);

    Task<int> CountAsync(bool includeDeleted);

    Task<List<Customer>> GetAsync(string name, bool includeInactive = false);

    Task SoftDeleteAsync(int id);

    Task<bool> RestoreAsync(int id);
}

public sealed class IncludeFlagTests
{
    private static ICustomerRepository Seeded()
    {
        ICustomerRepository customers = new InMemoryCustomerRepository();
        customers.Add(new Customer { Name = "Ann" });
        customers.Add(new Customer { Name = "Bob", IsDeleted = true });
        customers.Add(new Customer { Name = "Ann", IsActive = false });
        return customers;
    }

    [Fact]
    public async Task Include_flags_leave_out_the_flagged_entities_unless_asked_to_include_them()
    {
        var customers = Seeded();

        Assert.Equal(new[] { 1, 3 }, (await customers.GetAllAsync()).Select(static c => c.Id).ToArray());
        Assert.Equal(new[] { 1, 2, 3 }, (await customers.GetAllAsync(includeDeleted: true)).Select(static c => c.Id).ToArray());
        Assert.Equal(2, await customers.CountAsync(includeDeleted: false));
        Assert.Equal(3, await customers.CountAsync(includeDeleted: true));
        Assert.Equal(new[] { 1 }, (await customers.GetAsync("Ann")).Select(static c => c.Id).ToArray());
        Assert.Equal(new[] { 1, 3 }, (await customers.GetAsync("Ann", includeInactive: true)).Select(static c => c.Id).ToArray());
    }

    [Fact]
    public async Task SoftDelete_sets_the_deleted_flag_of_the_entity_found_by_key_and_Restore_clears_it()
    {
        var customers = Seeded();

        await customers.SoftDeleteAsync(1);
        Assert.Equal(new[] { 3 }, (await customers.GetAllAsync()).Select(static c => c.Id).ToArray());
        Assert.True(await customers.RestoreAsync(2));
        Assert.Equal(new[] { 2, 3 }, (await customers.GetAllAsync()).Select(static c => c.Id).ToArray());
        Assert.False(await customers.RestoreAsync(99));
        await Assert.ThrowsAsync<NotFoundException>(() => customers.SoftDeleteAsync(99));
    }
}
