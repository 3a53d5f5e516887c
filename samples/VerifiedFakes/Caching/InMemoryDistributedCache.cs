using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using InMemoryFakes.Support;
using Microsoft.Extensions.Caching.Distributed;

namespace VerifiedFakes.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> fake on the runtime's <see cref="KeyValueTable{TKey, TValue}"/>, written by hand
/// until the generator implements <c>[InMemoryFake(typeof(IDistributedCache))]</c> completely. It is what the generated
/// fake must do: values copied in and out, sliding expiry renewed by Get and Refresh, relative or absolute expiry
/// otherwise (one expiry per entry: sliding wins over relative, relative over absolute).
/// </summary>
public sealed class InMemoryDistributedCache : IDistributedCache, IInMemoryFake
{
    private readonly FakeCore _core;
    private readonly KeyValueTable<string, byte[]> _table;

    public InMemoryDistributedCache(InMemoryFakeOptions? options = null)
    {
        _core = new FakeCore(options, new FakeDefaults("IDistributedCache") { Members = ["Get", "GetAsync", "Set", "SetAsync", "Refresh", "RefreshAsync", "Remove", "RemoveAsync"] });
        _table = _core.KeyValueTable<string, byte[]>("IDistributedCache", static bytes => (byte[])bytes.Clone());
    }

    FakeCore IInMemoryFake.Core => _core;

    public byte[]? Get(string key) => _table.GetValueOrDefault(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        return Task.FromResult(Get(key));
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        _table.Set(key, value, ExpirationOf(options));
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        Set(key, value, options);
        return Task.CompletedTask;
    }

    public void Refresh(string key) => _table.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        Refresh(key);
        return Task.CompletedTask;
    }

    public void Remove(string key) => _table.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        Remove(key);
        return Task.CompletedTask;
    }

    private static Expiration ExpirationOf(DistributedCacheEntryOptions options)
        => options.SlidingExpiration is { } sliding ? Expiration.Sliding(sliding, "options.SlidingExpiration")
            : options.AbsoluteExpirationRelativeToNow is { } relative ? Expiration.After(relative, "options.AbsoluteExpirationRelativeToNow")
            : options.AbsoluteExpiration is { } absolute ? Expiration.At(absolute, "options.AbsoluteExpiration")
            : Expiration.Default;
}
