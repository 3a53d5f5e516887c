using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.Catalog;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
}

/// <summary>
/// The real <see cref="IProductCatalog"/>: EF Core on SQLite, a short-lived context per call (as a web app has one per
/// request). Each instance owns one in-memory SQLite database, kept alive by its open connection.
/// </summary>
public class EfProductCatalog : IProductCatalog, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<CatalogDbContext> _options;

    public EfProductCatalog()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(_connection).Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    /// <summary>A catalog on a database you provide (no schema is created), e.g. a PostgreSQL connection.</summary>
    public EfProductCatalog(DbContextOptions<CatalogDbContext> options)
    {
        _connection = new SqliteConnection();
        _options = options;
    }

    protected CatalogDbContext NewContext() => new(_options);

    public virtual async Task AddAsync(Product product, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
    }

    public virtual async Task<Product?> FindAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        return await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
    }

    public Product Get(string sku)
    {
        using var db = NewContext();
        return db.Products.AsNoTracking().SingleOrDefault(p => p.Sku == sku) ?? throw new KeyNotFoundException($"No product {sku}.");
    }

    public virtual async Task<bool> UpdateAsync(Product product, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        var updated = await db.Products.Where(p => p.Sku == product.Sku).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.Name, product.Name).SetProperty(p => p.PriceCents, product.PriceCents).SetProperty(p => p.Category, product.Category),
            cancellationToken);
        return updated > 0;
    }

    public virtual async Task<bool> DeleteAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        return await db.Products.Where(p => p.Sku == sku).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public bool Exists(string sku)
    {
        using var db = NewContext();
        return db.Products.Any(p => p.Sku == sku);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        return await db.Products.CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        return await db.Products.AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Product>> FindByCategoryOrderByPriceCentsAsync(string category, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        return await db.Products.AsNoTracking().Where(p => p.Category == category).OrderBy(p => p.PriceCents).ToListAsync(cancellationToken);
    }

    public void Dispose()
    {
        _connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Broken on purpose: Add overwrites a product whose SKU is taken instead of refusing it.</summary>
public sealed class OverwritingAddCatalog : EfProductCatalog
{
    public override async Task AddAsync(Product product, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        if (await db.Products.AnyAsync(p => p.Sku == product.Sku, cancellationToken))
        {
            db.Products.Update(product);
        }
        else
        {
            db.Products.Add(product);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Broken on purpose: Find matches the SKU ignoring case.</summary>
public sealed class CaseInsensitiveFindCatalog : EfProductCatalog
{
    public override async Task<Product?> FindAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
#pragma warning disable CA1862, CA1304, CA1311 // The bug under test: a case-insensitive match translated to SQL lower().
        return await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku.ToLower() == sku.ToLower(), cancellationToken);
#pragma warning restore CA1862, CA1304, CA1311
    }
}

/// <summary>Broken on purpose: Delete reports true even when no product had the SKU.</summary>
public sealed class AlwaysTrueDeleteCatalog : EfProductCatalog
{
    public override async Task<bool> DeleteAsync(string sku, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        await db.Products.Where(p => p.Sku == sku).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}

/// <summary>Broken on purpose (a common one): Update through the change tracker, which throws EF Core's concurrency exception for a missing row instead of reporting false.</summary>
public sealed class TrackedUpdateCatalog : EfProductCatalog
{
    public override async Task<bool> UpdateAsync(Product product, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        db.Products.Update(product);
        return await db.SaveChangesAsync(cancellationToken) > 0;
    }
}
