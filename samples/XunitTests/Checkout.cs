using InMemoryFakes;

namespace XunitTests;

// The application code under test: a checkout that reserves stock and remembers idempotency keys.

public sealed class Product
{
    [FakeKey] // not named Id, so the key is marked (without it the generator reports IMF0009)
    public string Sku { get; set; } = "";

    public int InStock { get; set; }
}

[InMemoryFake]
public interface IProductRepository
{
    Product? Find(string sku);

    Product Add(Product product);

    Product Update(Product product);
}

[InMemoryFake]
public interface IIdempotencyStore
{
    Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan ttl, CancellationToken cancellationToken);

    Task<string?> GetAsync(string key, CancellationToken cancellationToken);
}

public sealed class Checkout(IProductRepository products, IIdempotencyStore requests)
{
    public async Task<bool> ReserveAsync(string requestId, string sku, int quantity, CancellationToken cancellationToken)
    {
        if (!await requests.SetIfAbsentAsync(requestId, sku, TimeSpan.FromHours(24), cancellationToken))
        {
            return true; // already handled
        }

        var product = products.Find(sku);
        if (product is null || product.InStock < quantity)
        {
            return false;
        }

        product.InStock -= quantity;
        products.Update(product);
        return true;
    }
}
