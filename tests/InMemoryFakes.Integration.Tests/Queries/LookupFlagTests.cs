using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.LookupFlags;

// A bool flag before the entity word of a lookup without By: GetActiveUser(id) is the user with that id when its
// IsActive is set (null otherwise), GetActiveUsers(tenantId) the tenant's active users; In/Un negate the flag.
public sealed class User
{
    public int Id { get; set; }

    public int TenantId { get; set; }

    public bool IsActive { get; set; }
}

[InMemoryFake]
public interface IUserRepository
{
    void Add(User user);

    Task<User?> GetActiveUserAsync(int id);

    User GetInactiveUser(int id);

    Task<List<User>> GetActiveUsersAsync(int tenantId);

    int CountInactiveUsers(int tenantId);

    bool ActiveUserExists(int id);

    Task<int> DeleteInactiveUsersAsync(int tenantId);
}

public sealed class LookupFlagTests
{
    private static IUserRepository Seeded()
    {
        IUserRepository users = new InMemoryUserRepository();
        users.Add(new User { TenantId = 7, IsActive = true });
        users.Add(new User { TenantId = 7, IsActive = false });
        users.Add(new User { TenantId = 7, IsActive = true });
        users.Add(new User { TenantId = 8, IsActive = false });
        return users;
    }

    [Fact]
    public async Task A_lookup_by_key_with_a_flag_word_finds_the_row_only_when_its_flag_is_set()
    {
        var users = Seeded();

        Assert.Equal(1, (await users.GetActiveUserAsync(1))?.Id);
        Assert.Null(await users.GetActiveUserAsync(2));
        Assert.Null(await users.GetActiveUserAsync(99));
        Assert.True(users.ActiveUserExists(3));
        Assert.False(users.ActiveUserExists(2));
    }

    [Fact]
    public void A_negated_flag_word_asks_for_false_and_a_non_null_result_throws_not_found_when_the_flag_does_not_match()
    {
        var users = Seeded();

        Assert.Equal(2, users.GetInactiveUser(2).Id);
        Assert.Throws<NotFoundException>(() => users.GetInactiveUser(1));
        Assert.Equal(1, users.CountInactiveUsers(7));
        Assert.Equal(1, users.CountInactiveUsers(8));
    }

    [Fact]
    public async Task A_flag_word_with_a_property_parameter_filters_and_removes_only_the_flagged_rows_of_that_value()
    {
        var users = Seeded();

        Assert.Equal(new[] { 1, 3 }, (await users.GetActiveUsersAsync(7)).Select(static u => u.Id).ToArray());
        Assert.Equal(1, await users.DeleteInactiveUsersAsync(7));
        Assert.Equal(0, users.CountInactiveUsers(7));
        Assert.Equal(1, users.CountInactiveUsers(8));
        Assert.Equal(new[] { 1, 3 }, (await users.GetActiveUsersAsync(7)).Select(static u => u.Id).ToArray());
    }
}
