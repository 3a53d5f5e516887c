using InMemoryFakes;
using InMemoryFakes.Xunit;
using Xunit;

namespace XunitTests;

// InMemoryFixture as a base class: every test gets fresh fakes, a fresh ManualClock and its token.
public class CheckoutTests : InMemoryFixture
{
    private Checkout CreateCheckout() => new(Get<IProductRepository>(), Get<IIdempotencyStore>());

    [Fact]
    public async Task Reserving_takes_stock()
    {
        Get<IProductRepository>().Add(new Product { Sku = "apple", InStock = 5 });

        Assert.True(await CreateCheckout().ReserveAsync("r1", "apple", 2, CancellationToken));

        Assert.Equal(3, Get<IProductRepository>().Find("apple")!.InStock);
    }

    [Fact]
    public async Task A_repeated_request_is_applied_once()
    {
        Get<IProductRepository>().Add(new Product { Sku = "apple", InStock = 5 });
        var checkout = CreateCheckout();

        await checkout.ReserveAsync("r1", "apple", 2, CancellationToken);
        await checkout.ReserveAsync("r1", "apple", 2, CancellationToken);

        Assert.Equal(3, Get<IProductRepository>().Find("apple")!.InStock);
    }

    [Fact]
    public async Task A_request_id_can_be_reused_after_its_24_hours_expire()
    {
        Get<IProductRepository>().Add(new Product { Sku = "apple", InStock = 5 });
        var checkout = CreateCheckout();
        await checkout.ReserveAsync("r1", "apple", 1, CancellationToken);

        Clock.Advance(TimeSpan.FromHours(24));   // no sleeping: the fixture's ManualClock drives expiry
        await checkout.ReserveAsync("r1", "apple", 1, CancellationToken);

        Assert.Equal(3, Get<IProductRepository>().Find("apple")!.InStock);
    }

    [Fact]
    public async Task A_storage_outage_surfaces_to_the_caller()
    {
        Get<IProductRepository>().Add(new Product { Sku = "apple", InStock = 5 });
        HooksOf<IIdempotencyStore>().Faults.Throw("SetIfAbsentAsync", new TimeoutException("store down"), times: 1);

        await Assert.ThrowsAsync<TimeoutException>(() => CreateCheckout().ReserveAsync("r1", "apple", 1, CancellationToken));

        Assert.Equal(5, Get<IProductRepository>().Find("apple")!.InStock);
    }
}

// Tests in different classes run in parallel; each still sees only its own data.
public class ParallelCheckoutTestsA : InMemoryFixture
{
    [Fact]
    public void Sees_only_its_own_products()
    {
        Get<IProductRepository>().Add(new Product { Sku = "a", InStock = 1 });
        Assert.Null(Get<IProductRepository>().Find("b"));
    }
}

public class ParallelCheckoutTestsB : InMemoryFixture
{
    [Fact]
    public void Sees_only_its_own_products()
    {
        Get<IProductRepository>().Add(new Product { Sku = "b", InStock = 1 });
        Assert.Null(Get<IProductRepository>().Find("a"));
    }
}
