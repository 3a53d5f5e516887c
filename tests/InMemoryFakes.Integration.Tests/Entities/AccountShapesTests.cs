using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.AccountShapes;

// The account repository of Dapper-style apps: the identity returned as long, one field set by key with the value's
// parameter saying which ("newPasswordHash", "isActive"), and the edit form's uniqueness check that leaves out the
// account being edited.
public sealed class Account
{
    public int Id { get; set; }

    public string Username { get; set; } = "";

    public string Email { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public bool IsActive { get; set; }

    public string Role { get; set; } = "";
}

[InMemoryFake]
public interface IAccountRepository
{
    Task<long> InsertAsync(Account account);

    Task<Account?> GetByIdAsync(int id);

    Task UpdatePasswordAsync(int accountId, string newPasswordHash);

    Task<bool> SetActiveAsync(int id, bool isActive);

    Task<bool> IsEmailUniqueAsync(string email, int? excludeId = null);

    Task<bool> UsernameExistsAsync(string username, int? excludeAccountId = null);

    Task<int> CountAsync(string email, int exceptId);

    // The MagicVilla course's and the tutorials' user repository: the entity's own noun with a property's value.
    bool IsUniqueAccount(string username);

    Task<bool> AccountExistsAsync(string email);

    Task<bool> IsUserNameAvailableAsync(string username);

    Task<IReadOnlyList<Account>> GetAccountsInRoleAsync(string role);
}

public sealed class AccountShapesTests
{
    private static async Task<(IAccountRepository Accounts, long Ann, long Bob)> SeededAsync()
    {
        IAccountRepository accounts = new InMemoryAccountRepository();
        var ann = await accounts.InsertAsync(new Account { Username = "ann", Email = "ann@example.com", PasswordHash = "h1" });
        var bob = await accounts.InsertAsync(new Account { Username = "bob", Email = "bob@example.com", PasswordHash = "h2" });
        return (accounts, ann, bob);
    }

    [Fact]
    public async Task The_entity_noun_with_a_property_value_asks_about_that_value_in_any_case_and_In_selects_like_By()
    {
        var (accounts, ann, _) = await SeededAsync();
        await accounts.InsertAsync(new Account { Username = "cy", Email = "cy@example.com", Role = "admin" });

        Assert.False(accounts.IsUniqueAccount("ann"));
        Assert.True(accounts.IsUniqueAccount("ANN"));
        Assert.True(accounts.IsUniqueAccount("dee"));
        Assert.True(await accounts.AccountExistsAsync("bob@example.com"));
        Assert.False(await accounts.AccountExistsAsync("dee@example.com"));
        Assert.False(await accounts.IsUserNameAvailableAsync("bob"));
        Assert.True(await accounts.IsUserNameAvailableAsync("dee"));
        Assert.Equal(new[] { "cy" }, (await accounts.GetAccountsInRoleAsync("admin")).Select(static a => a.Username));
        Assert.Empty(await accounts.GetAccountsInRoleAsync("owner"));
        Assert.NotEqual(0, ann);
    }

    [Fact]
    public async Task A_long_result_of_an_insert_is_the_generated_int_key()
    {
        var (accounts, ann, bob) = await SeededAsync();

        Assert.Equal(1L, ann);
        Assert.Equal(2L, bob);
        Assert.Equal("bob", (await accounts.GetByIdAsync((int)bob))!.Username);
    }

    [Fact]
    public async Task A_new_prefixed_value_sets_the_field_it_names_and_leaves_the_others()
    {
        var (accounts, ann, _) = await SeededAsync();

        await accounts.UpdatePasswordAsync((int)ann, "h9");

        var stored = await accounts.GetByIdAsync((int)ann);
        Assert.Equal("h9", stored!.PasswordHash);
        Assert.Equal("ann@example.com", stored.Email);
        await Assert.ThrowsAsync<NotFoundException>(() => accounts.UpdatePasswordAsync(99, "h0"));
    }

    [Fact]
    public async Task SetActive_sets_the_IsActive_flag_and_reports_a_missing_key_as_false()
    {
        var (accounts, ann, _) = await SeededAsync();

        Assert.True(await accounts.SetActiveAsync((int)ann, isActive: true));
        Assert.True((await accounts.GetByIdAsync((int)ann))!.IsActive);
        Assert.True(await accounts.SetActiveAsync((int)ann, isActive: false));
        Assert.False((await accounts.GetByIdAsync((int)ann))!.IsActive);
        Assert.False(await accounts.SetActiveAsync(99, isActive: true));
    }

    [Fact]
    public async Task A_uniqueness_check_leaves_out_the_entity_named_by_the_excluded_key_and_null_leaves_out_none()
    {
        var (accounts, ann, bob) = await SeededAsync();

        Assert.False(await accounts.IsEmailUniqueAsync("ann@example.com"));
        Assert.True(await accounts.IsEmailUniqueAsync("ann@example.com", excludeId: (int)ann));
        Assert.False(await accounts.IsEmailUniqueAsync("ann@example.com", excludeId: (int)bob));
        Assert.True(await accounts.IsEmailUniqueAsync("new@example.com"));

        Assert.True(await accounts.UsernameExistsAsync("bob"));
        Assert.False(await accounts.UsernameExistsAsync("bob", excludeAccountId: (int)bob));
        Assert.Equal(0, await accounts.CountAsync("ann@example.com", exceptId: (int)ann));
        Assert.Equal(1, await accounts.CountAsync("ann@example.com", exceptId: (int)bob));
    }
}
