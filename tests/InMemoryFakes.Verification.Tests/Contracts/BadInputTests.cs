using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;
using InMemoryFakes.Verification.Tests.Catalog;
using VerifiedFakes.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace InMemoryFakes.Verification.Tests.Contracts;

public sealed class BadInputTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_factory_that_throws_is_reported_with_its_exception()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>()
            .RunAsync(() => throw new InvalidOperationException("no connection string configured"), Token));

        Assert.Contains("The factory for the real IProductCatalog threw InvalidOperationException: no connection string configured", error.Message);
        Assert.Contains("fresh, empty real instance", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public async Task A_factory_that_returns_null_is_refused()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>().RunAsync(() => null!, Token));

        Assert.Contains("returned null", error.Message);
    }

    [Fact]
    public async Task A_PostgreSQL_server_that_is_down_stops_the_run_with_a_clear_error()
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>()
            .UseNpgsql($"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=postgres;Timeout=3;Pooling=false").Options;

        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>()
            .RunAsync(() => new EfProductCatalog(options), Token));

        Assert.Contains("could not reach its engine", error.Message);
        Assert.Contains("Start the engine", error.Message);
    }

    [Fact]
    public async Task A_Redis_server_that_is_down_stops_the_run_with_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IDistributedCache>()
            .RunAsync(() => new RedisCache(new RedisCacheOptions { Configuration = $"127.0.0.1:{ClosedPort()},abortConnect=true,connectTimeout=1000,connectRetry=0" }), Token));

        Assert.Contains("could not reach its engine", error.Message);
    }

    [Fact]
    public async Task A_call_that_never_completes_times_out_instead_of_hanging()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>()
            .WithOperationTimeout(TimeSpan.FromMilliseconds(200))
            .RunAsync(() => new HangingCatalog(), Token));

        Assert.Contains("did not complete within", error.Message);
        Assert.Contains("The real IProductCatalog.", error.Message);
    }

    [Fact]
    public async Task A_factory_that_never_returns_times_out_instead_of_hanging()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>()
            .WithOperationTimeout(TimeSpan.FromMilliseconds(100))
            .RunAsync(_ => new ValueTask<IProductCatalog>(new TaskCompletionSource<IProductCatalog>().Task), Token));

        Assert.Contains("The factory for the real IProductCatalog did not return within", error.Message);
    }

    [Fact]
    public async Task Members_the_generator_did_not_classify_are_refused_by_name_until_excluded()
    {
        var descriptor = new ContractDescriptor<IProductCatalog>("IProductCatalog", StoreKind.EntityRepository, static o => new InMemoryProductCatalog(o), InMemoryProductCatalog__Contract.Descriptor.Operations)
        {
            Entity = InMemoryProductCatalog__Contract.Descriptor.Entity,
            Unclassified = new[] { new ContractUnclassifiedMember("FindBySimilarName", "hand-written in the partial class InMemoryProductCatalog") },
        };

        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For(descriptor).RunAsync(() => new EfProductCatalog(), Token));
        Assert.Contains("FindBySimilarName (hand-written in the partial class InMemoryProductCatalog)", error.Message);
        Assert.Contains(".Exclude(\"FindBySimilarName\")", error.Message);

        var report = await FakeContract.For(descriptor).Exclude("FindBySimilarName").WithSequences(3).RunAsync(() => new EfProductCatalog(), Token);
        Assert.Contains(report.LeftOut, m => m.StartsWith("FindBySimilarName", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Excluding_a_member_that_does_not_exist_is_refused()
    {
        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For<IProductCatalog>().Exclude("FindAsnyc").RunAsync(() => new EfProductCatalog(), Token));

        Assert.Contains("FindAsnyc", error.Message);
        Assert.Contains("FindAsync", error.Message);
    }

    [Fact]
    public async Task A_type_without_a_generator_is_named_with_the_fix()
    {
        var entity = InMemoryProductCatalog__Contract.Descriptor.Entity!;
        var properties = new List<ContractProperty>(entity.Properties) { new("Dimensions", typeof(Uri), static _ => null) };
        var descriptor = new ContractDescriptor<IProductCatalog>("IProductCatalog", StoreKind.EntityRepository, static o => new InMemoryProductCatalog(o), InMemoryProductCatalog__Contract.Descriptor.Operations)
        {
            Entity = new ContractEntityShape(entity.Type, entity.TypeName, properties, entity.Create, entity.GetKey) { KeyType = typeof(string) },
        };

        var error = await Assert.ThrowsAsync<ContractSetupException>(() => FakeContract.For(descriptor).RunAsync(() => new EfProductCatalog(), Token));

        Assert.Contains("Product.Dimensions of type Uri", error.Message);
        Assert.Contains(".Generate<T>(random => …)", error.Message);
    }

    [Fact]
    public void A_contract_for_an_interface_without_a_registered_descriptor_says_how_to_get_one()
    {
        var error = Assert.Throws<ContractSetupException>(() => FakeContract.For<IDisposable>());

        Assert.Contains("No contract descriptor is registered for IDisposable", error.Message);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class HangingCatalog : EfProductCatalog
    {
        public override Task AddAsync(Product product, CancellationToken cancellationToken = default) => new TaskCompletionSource().Task;

        public override Task<Product?> FindAsync(string sku, CancellationToken cancellationToken = default) => new TaskCompletionSource<Product?>().Task;

        public override Task<bool> DeleteAsync(string sku, CancellationToken cancellationToken = default) => new TaskCompletionSource<bool>().Task;
    }
}
