using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.RealWorld;

public sealed class AppUser
{
    public string Id { get; set; } = System.Guid.NewGuid().ToString();

    public string? UserName { get; set; }

    public string? NormalizedUserName { get; set; }

    public string? PasswordHash { get; set; }

    public int AccessFailedCount { get; set; }

    public System.DateTimeOffset? LockoutEnd { get; set; }
}

/// <summary>Shape 16: per-property accessors on the object passed in, and lookups by normalized values.</summary>
[InMemoryFake]
public interface IAppUserStore
{
    Task<OperationResult> CreateAsync(AppUser user, CancellationToken cancellationToken);

    Task<OperationResult> UpdateAsync(AppUser user, CancellationToken cancellationToken);

    Task<OperationResult> DeleteAsync(AppUser user, CancellationToken cancellationToken);

    Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken);

    Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken);

    Task<string> GetUserIdAsync(AppUser user, CancellationToken cancellationToken);

    Task<string?> GetUserNameAsync(AppUser user, CancellationToken cancellationToken);

    Task SetUserNameAsync(AppUser user, string? userName, CancellationToken cancellationToken);

    Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken cancellationToken);

    Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken);

    Task<bool> HasPasswordAsync(AppUser user, CancellationToken cancellationToken);

    Task<int> IncrementAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken);

    Task ResetAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken);

    Task<System.DateTimeOffset?> GetLockoutEndDateAsync(AppUser user, CancellationToken cancellationToken);
}

public class IdentityStyleTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shape16_accessors_act_on_the_given_object_and_update_persists_them()
    {
        var store = new InMemoryAppUserStore();
        var user = new AppUser { UserName = "alice" };
        await store.SetNormalizedUserNameAsync(user, "ALICE", None);
        Assert.True((await store.CreateAsync(user, None)).Succeeded);

        await store.SetUserNameAsync(user, "alice2", None);
        Assert.Equal("alice2", await store.GetUserNameAsync(user, None));
        Assert.Equal("alice", (await store.FindByIdAsync(user.Id, None))!.UserName);
        Assert.True((await store.UpdateAsync(user, None)).Succeeded);
        Assert.Equal("alice2", (await store.FindByIdAsync(user.Id, None))!.UserName);
        Assert.Equal(user.Id, await store.GetUserIdAsync(user, None));
    }

    [Fact]
    public async Task Shape16_lookups_by_normalized_values_compare_the_normalized_property()
    {
        var store = new InMemoryAppUserStore();
        var user = new AppUser { UserName = "alice", NormalizedUserName = "ALICE" };
        await store.CreateAsync(user, None);

        Assert.Equal(user.Id, (await store.FindByNameAsync("ALICE", None))!.Id);
        Assert.Null(await store.FindByNameAsync("alice", None));
    }

    [Fact]
    public async Task Shape16_has_increment_reset_and_a_date_accessor()
    {
        var store = new InMemoryAppUserStore();
        var user = new AppUser { LockoutEnd = new System.DateTimeOffset(2030, 1, 1, 0, 0, 0, System.TimeSpan.Zero) };

        Assert.False(await store.HasPasswordAsync(user, None));
        await store.SetPasswordHashAsync(user, "hash", None);
        Assert.True(await store.HasPasswordAsync(user, None));
        Assert.Equal(1, await store.IncrementAccessFailedCountAsync(user, None));
        Assert.Equal(2, await store.IncrementAccessFailedCountAsync(user, None));
        await store.ResetAccessFailedCountAsync(user, None);
        Assert.Equal(0, user.AccessFailedCount);
        Assert.Equal(user.LockoutEnd, await store.GetLockoutEndDateAsync(user, None));
    }

    [Fact]
    public async Task Shape14_update_and_delete_of_a_missing_user_fail_instead_of_throwing()
    {
        var store = new InMemoryAppUserStore();
        var user = new AppUser();

        Assert.False((await store.UpdateAsync(user, None)).Succeeded);
        Assert.False((await store.DeleteAsync(user, None)).Succeeded);
        Assert.True((await store.CreateAsync(user, None)).Succeeded);
        Assert.True((await store.DeleteAsync(user, None)).Succeeded);
    }
}
