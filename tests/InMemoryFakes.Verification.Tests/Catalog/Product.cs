using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace InMemoryFakes.Verification.Tests.Catalog;

/// <summary>A product whose key the caller chooses (a SKU), so keys are compared literally.</summary>
public sealed class Product
{
    [Key]
    public string Sku { get; set; } = "";

    public string Name { get; set; } = "";

    public int PriceCents { get; set; }

    public string? Category { get; set; }
}

[InMemoryFake]
public interface IProductCatalog
{
    Task AddAsync(Product product, CancellationToken cancellationToken = default);

    Task<Product?> FindAsync(string sku, CancellationToken cancellationToken = default);

    Product Get(string sku);

    Task<bool> UpdateAsync(Product product, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string sku, CancellationToken cancellationToken = default);

    bool Exists(string sku);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Product>> FindByCategoryOrderByPriceCentsAsync(string category, CancellationToken cancellationToken = default);
}
