using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shape 17 of issue 10 for key-value stores: inherited IDisposable and IAsyncDisposable members do nothing in a fake.

[InMemoryFake]
public interface IDisposableCache : IDisposable, IAsyncDisposable
{
    string? Get(string key);

    void Set(string key, string value);
}

public sealed class DisposalTests
{
    [Fact]
    public async Task Dispose_and_DisposeAsync_leave_the_store_usable_and_its_data_in_place()
    {
        IDisposableCache cache = new InMemoryDisposableCache();
        cache.Set("k", "v");

        cache.Dispose();
        await cache.DisposeAsync();

        Assert.Equal("v", cache.Get("k"));
        cache.Set("k", "w");
        Assert.Equal("w", cache.Get("k"));
    }
}
