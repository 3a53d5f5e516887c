using InMemoryFakes;
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
        var report = await FakeContract.For<IUserRepository>()
            .RunAsync(CreateOnEmptyDatabase, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Passed);
    }

    [Fact]
    public async Task A_NOCASE_email_column_agrees_with_a_fake_that_compares_emails_ignoring_case()
    {
        var report = await FakeContract.For<IUserRepository>()
            .WithSemantics(new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.OrdinalIgnoreCase } })
            .RunAsync(CreateOnEmptyNoCaseDatabase, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Passed);
    }

    [Fact]
    public async Task Without_the_text_comparison_knob_the_contract_shows_the_NOCASE_collation()
    {
        var report = await FakeContract.For<IUserRepository>()
            .CheckAsync(CreateOnEmptyNoCaseDatabase, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Contains(difference.Member, new[] { "AddAsync", "UpdateAsync", "FindByEmailAsync" });
        Assert.True(difference.Calls.Count(c => !c.StartsWith("//", StringComparison.Ordinal)) <= 3, difference.Snippet);
    }

    // Documented in docs/verified-fakes.md: the fake never reuses a generated id, and neither does SQLite here, because
    // EF Core declares integer keys AUTOINCREMENT (a plain INTEGER PRIMARY KEY would reuse the highest id after a delete).
    [Fact]
    public void EF_Core_declares_the_id_AUTOINCREMENT_so_SQLite_never_reuses_ids()
    {
        using var db = new UsersDbContext(new DbContextOptionsBuilder<UsersDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Contains("AUTOINCREMENT", db.Database.GenerateCreateScript(), StringComparison.Ordinal);
    }

    public static EfUserRepository CreateOnEmptyNoCaseDatabase()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<NoCaseUsersDbContext>().UseSqlite(connection).Options;
        using (var db = new NoCaseUsersDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        return new EfUserRepository(() => new NoCaseUsersDbContext(options), connection);
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
