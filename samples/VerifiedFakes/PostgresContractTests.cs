using InMemoryFakes;
using InMemoryFakes.Verification;
using Microsoft.EntityFrameworkCore;
using VerifiedFakes.Engines;
using VerifiedFakes.Users;

namespace VerifiedFakes;

/// <summary>The fake against the same EF Core repository on a real PostgreSQL server (a throwaway cluster).</summary>
public sealed class PostgresContractTests(PostgresFixture postgres)
{
    // PostgreSQL sorts nulls last in ascending order (SQLite and the fake's default sort them first): the fake copies it.
    private static readonly StoreSemantics PostgresSemantics = new() { Nulls = NullOrdering.NullsLargest };

    [Fact]
    public async Task EfUserRepository_on_PostgreSQL_agrees_with_a_fake_that_sorts_nulls_last()
    {
        var options = await CreateDatabaseAsync("users_contract");

        var report = await FakeContract.For<IUserRepository>()
            .WithSemantics(PostgresSemantics)
            .RunAsync(ct => EmptyRepositoryAsync(options, ct), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Passed);
    }

    [Fact]
    public async Task Without_the_null_ordering_knob_the_contract_shows_where_PostgreSQL_puts_nulls()
    {
        var options = await CreateDatabaseAsync("users_nulls");

        var report = await FakeContract.For<IUserRepository>()
            .CheckAsync(ct => EmptyRepositoryAsync(options, ct), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("FindByAgeGreaterThanOrderByNicknameAsync", difference.Member);
        Assert.Contains("Nickname = null", difference.Expected, StringComparison.Ordinal);
        Assert.True(difference.Calls.Count <= 6, difference.Snippet);
    }

    private async Task<DbContextOptions<UsersDbContext>> CreateDatabaseAsync(string name)
    {
        var options = new DbContextOptionsBuilder<UsersDbContext>().UseNpgsql(postgres.Engine.ConnectionStringFor(name)).Options;
        await using var db = new UsersDbContext(options);
        await db.Database.EnsureDeletedAsync(TestContext.Current.CancellationToken);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return options;
    }

    /// <summary>Empties the table (identities keep counting: the contract pairs store-assigned ids, it does not compare them).</summary>
    private static async ValueTask<IUserRepository> EmptyRepositoryAsync(DbContextOptions<UsersDbContext> options, CancellationToken cancellationToken)
    {
        await using (var db = new UsersDbContext(options))
        {
            await db.Database.ExecuteSqlRawAsync("TRUNCATE \"Users\"", cancellationToken);
        }

        return new EfUserRepository(() => new UsersDbContext(options));
    }
}
