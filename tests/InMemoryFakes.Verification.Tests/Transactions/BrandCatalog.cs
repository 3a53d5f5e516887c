using System;
using System.Data;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InMemoryFakes.Verification.Tests.Transactions;

// Issue 10, shape 3 with a transaction: SimplCommerce's IRepository (Query, Add, Remove, SaveChanges[Async],
// BeginTransaction returning EF Core's IDbContextTransaction). The fake is generated; EfBrandCatalog is the real store
// (a DbContext over an in-memory SQLite database), and TransactionTests runs the same script against both.

public sealed class TxBrand
{
    public long Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>The repository: EF Core's concurrency exception is mapped so both implementations throw the same type.</summary>
[InMemoryFake(ConcurrencyException = typeof(DbUpdateConcurrencyException), MissingDelete = MissingDelete.NotFound)]
public interface IBrandCatalog
{
    IQueryable<TxBrand> Query();

    void Add(TxBrand brand);

    void Remove(TxBrand brand);

    void SaveChanges();

    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    IDbContextTransaction BeginTransaction();

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

public sealed class BrandDbContext(DbContextOptions<BrandDbContext> options) : DbContext(options)
{
    public DbSet<TxBrand> Brands => Set<TxBrand>();
}

/// <summary>The real store, as SimplCommerce's <c>Repository&lt;T&gt;</c> is: one DbContext, its transactions from <c>Database.BeginTransaction</c>.</summary>
public sealed class EfBrandCatalog : IBrandCatalog, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly BrandDbContext _db;

    public EfBrandCatalog()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _db = new BrandDbContext(new DbContextOptionsBuilder<BrandDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
    }

    public IQueryable<TxBrand> Query() => _db.Brands;

    public void Add(TxBrand brand) => _db.Brands.Add(brand);

    public void Remove(TxBrand brand) => _db.Brands.Remove(brand);

    public void SaveChanges() => _db.SaveChanges();

    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => _db.SaveChangesAsync(cancellationToken);

    public IDbContextTransaction BeginTransaction() => _db.Database.BeginTransaction();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => _db.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>What the database holds, read by a new context (no tracked instance answers).</summary>
    public string[] StoredNames()
    {
        using var fresh = new BrandDbContext(new DbContextOptionsBuilder<BrandDbContext>().UseSqlite(_connection).Options);
        return fresh.Brands.Select(static b => b.Name).AsEnumerable().OrderBy(static n => n, StringComparer.Ordinal).ToArray();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}

public sealed class LedgerEntry
{
    public int Id { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>A repository over ADO.NET (Dapper style): writes at once, transactions as <see cref="IDbTransaction"/> and <see cref="DbTransaction"/>.</summary>
[InMemoryFake]
public interface ILedger
{
    LedgerEntry Add(LedgerEntry entry);

    LedgerEntry? Find(int id);

    bool Delete(int id);

    int Count();

    IDbTransaction BeginTransaction();

    ValueTask<DbTransaction> StartTransactionAsync(CancellationToken cancellationToken = default);
}

public sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>A home-grown transaction (a TransactionScope-like <c>Complete</c>): its meaning is the store's, so the generator refuses it.</summary>
public interface INoteTransaction : IDisposable
{
    void Complete();
}

[InMemoryFake]
public interface INotes
{
    Note Add(Note note);

    Note? Find(int id);

    INoteTransaction BeginTransaction();
}

/// <summary>The escape hatch of docs/generator.md: the member written by hand on the runtime's transaction.</summary>
public sealed partial class InMemoryNotes
{
    public INoteTransaction BeginTransaction() => new NoteTransaction(((IInMemoryFake)this).Core.BeginTransaction());

    private sealed class NoteTransaction(InMemoryFakes.Support.FakeTransaction inner) : INoteTransaction
    {
        public void Complete() => inner.Commit();

        public void Dispose() => inner.Dispose();
    }
}
