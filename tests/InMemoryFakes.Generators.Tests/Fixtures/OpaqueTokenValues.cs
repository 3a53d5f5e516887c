using System.Collections.Generic;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>IdentityServer's refresh token: <c>Version</c> is its format's version (4), not a concurrency token.</summary>
public sealed class RefreshToken
{
    public int Version { get; set; } = 4;

    public string? SubjectId { get; set; }
}

/// <summary>A typed key-value store (made-up handles) whose values have a token-named property and no item contract.</summary>
[InMemoryFake]
public interface IRefreshTokenStore
{
    Task<string> StoreRefreshTokenAsync(RefreshToken token);

    Task UpdateRefreshTokenAsync(string handle, RefreshToken token);

    Task<RefreshToken?> GetRefreshTokenAsync(string handle);
}

/// <summary>A cached HTTP response: its ETag is the response's, data to the cache.</summary>
public sealed class CachedPage
{
    public string ETag { get; set; } = "";

    public string Body { get; set; } = "";
}

/// <summary>An object cache with a batch write, beside no item contract: its values are opaque.</summary>
[InMemoryFake]
public interface IPageCache
{
    object? Get(string key);

    Task WriteAsync(IDictionary<string, object> values);
}
