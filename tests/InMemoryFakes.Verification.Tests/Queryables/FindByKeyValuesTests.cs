using System;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace InMemoryFakes.Verification.Tests.Queryables;

// Generic repositories copy EF Core's DbSet.Find signature and pass it on: TEntity Find(params object[] keyValues). The
// fake's Find is checked against the real DbSet.Find on SQLite for the same arguments: a stored key, a missing one, a null
// array or value (nothing found), two values for a single key and a value of another type (ArgumentException both).
public sealed class Ledger
{
    public int Id { get; set; }

    public string Owner { get; set; } = "";
}

public interface IGenericRepository<TEntity>
    where TEntity : class
{
    void Insert(TEntity entity);

    TEntity? Find(params object?[]? keyValues);

    ValueTask<TEntity?> FindAsync(params object?[]? keyValues);
}

[InMemoryFake(typeof(IGenericRepository<Ledger>))]
public partial class LedgerRepository;

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<Ledger> Ledgers => Set<Ledger>();
}

public sealed class FindByKeyValuesTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly LedgerDbContext _db;
    private readonly IGenericRepository<Ledger> _fake = new LedgerRepository();

    public FindByKeyValuesTests()
    {
        _connection.Open();
        _db = new LedgerDbContext(new DbContextOptionsBuilder<LedgerDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        _db.Ledgers.Add(new Ledger { Id = 7, Owner = "Ada" });
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
        _fake.Insert(new Ledger { Id = 7, Owner = "Ada" });
    }

    [Fact]
    public async Task A_stored_key_is_found_and_a_missing_one_is_null_as_in_EF_Core()
    {
        Assert.Equal(_db.Ledgers.Find(7)!.Owner, _fake.Find(7)!.Owner);
        Assert.Equal((await _db.Ledgers.FindAsync(new object[] { 7 }, TestContext.Current.CancellationToken))!.Owner, (await _fake.FindAsync(7))!.Owner);
        Assert.Null(_db.Ledgers.Find(8));
        Assert.Null(_fake.Find(8));
    }

    [Fact]
    public void A_null_array_or_a_null_value_finds_nothing_as_in_EF_Core()
    {
        Assert.Null(_db.Ledgers.Find((object?[]?)null));
        Assert.Null(_fake.Find((object?[]?)null));
        Assert.Null(_db.Ledgers.Find(new object?[] { null }));
        Assert.Null(_fake.Find(new object?[] { null }));
    }

    [Fact]
    public void Two_values_for_a_single_key_or_a_value_of_another_type_throw_ArgumentException_as_in_EF_Core()
    {
        Assert.Throws<ArgumentException>(() => _db.Ledgers.Find(7, 8));
        Assert.Equal("keyValues", Assert.Throws<ArgumentException>(() => _fake.Find(7, 8)).ParamName);
        Assert.Throws<ArgumentException>(() => _db.Ledgers.Find("7"));
        Assert.Equal("keyValues", Assert.Throws<ArgumentException>(() => _fake.Find("7")).ParamName);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
