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

    // Documented in docs/verified-fakes.md: the fake never reuses a generated id, and neither does SQLite here, because
    // EF Core declares integer keys AUTOINCREMENT (a plain INTEGER PRIMARY KEY would reuse the highest id after a delete).
    [Fact]
    public void EF_Core_declares_the_id_AUTOINCREMENT_so_SQLite_never_reuses_ids()
    {
        using var db = new UsersDbContext(new DbContextOptionsBuilder<UsersDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Contains("AUTOINCREMENT", db.Database.GenerateCreateScript(), StringComparison.Ordinal);
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
