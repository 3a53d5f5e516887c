using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key-value store keeps its values opaque: a property named like a concurrency token is data, written as given, unless
/// an item contract beside the store says otherwise (then the writes are refused: KeyValueRefusalTests).
/// </summary>
public class OpaqueKeyValueTokenTests
{
    [Fact]
    public async Task A_Version_property_of_a_typed_value_is_data_kept_as_written_never_checked_or_bumped()
    {
        IRefreshTokenStore store = new InMemoryRefreshTokenStore();
        var handle = await store.StoreRefreshTokenAsync(new RefreshToken { SubjectId = "alice" });

        await store.UpdateRefreshTokenAsync(handle, new RefreshToken { SubjectId = "bob" });
        Assert.Equal(4, (await store.GetRefreshTokenAsync(handle))?.Version);

        await store.UpdateRefreshTokenAsync(handle, new RefreshToken { Version = 3, SubjectId = "carol" });
        var read = await store.GetRefreshTokenAsync(handle);
        Assert.Equal(3, read?.Version);
        Assert.Equal("carol", read?.SubjectId);
    }

    [Fact]
    public async Task An_ETag_property_of_an_object_value_without_an_item_contract_is_data_kept_as_written()
    {
        IPageCache cache = new InMemoryPageCache();
        await cache.WriteAsync(new Dictionary<string, object> { ["home"] = new CachedPage { ETag = "\"v1\"", Body = "one" } });
        await cache.WriteAsync(new Dictionary<string, object> { ["home"] = new CachedPage { ETag = "\"v7\"", Body = "two" } });

        var page = Assert.IsType<CachedPage>(cache.Get("home"));
        Assert.Equal("\"v7\"", page.ETag);
        Assert.Equal("two", page.Body);
    }
}
