using InMemoryFakes.Verification;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VerifiedFakes.Users;

namespace VerifiedFakes;

/// <summary>The fake against the real repository on EF Core + SQLite (embedded: no server to start).</summary>
public sealed class SqliteContractTests
{
    [Fact]
    public async Task EfUserRepository_on_SQLite_agrees_with_the_fake()
    {
        var report = await FakeContract.For(UserRepositoryContract.Descriptor)
            .RunAsync(CreateOnEmptyDatabase, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Passed);
    }

    /// <summary>A fresh in-memory SQLite database per call; the repository owns (and closes) its connection.</summary>
    public static EfUserRepository CreateOnEmptyDatabase()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<UsersDbContext>().UseSqlite(connection).Options;
        using (var db = new UsersDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        return new EfUserRepository(() => new UsersDbContext(options), connection);
    }
}
