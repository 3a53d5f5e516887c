using System;
using System.Threading;
using InMemoryFakes;
using InMemoryFakes.Contracts;
using Microsoft.Extensions.Caching.Distributed;

namespace VerifiedFakes.Caching;

/// <summary>
/// The contract descriptor of <see cref="IDistributedCache"/> over <see cref="InMemoryDistributedCache"/>, written by hand
/// in the shape the generator will emit for <c>[InMemoryFake(typeof(IDistributedCache))]</c>.
/// </summary>
public static class DistributedCacheContract
{
    private static readonly ContractParameter Key = new("key", typeof(string), ContractParameterRole.Key);
    private static readonly ContractParameter Value = new("value", typeof(byte[]), ContractParameterRole.Value);
    private static readonly ContractParameter Options = new("options", typeof(DistributedCacheEntryOptions), ContractParameterRole.TimeToLive)
    {
        NoExpiry = static () => new DistributedCacheEntryOptions(),
        NoExpiryCSharp = "new DistributedCacheEntryOptions()",
    };

    private static readonly ContractParameter Token = new("token", typeof(CancellationToken), ContractParameterRole.CancellationToken);
    private static readonly ContractResult Bytes = new(ContractResultShape.Value, typeof(byte[])) { IsNullable = true };

    public static ContractDescriptor<IDistributedCache> Descriptor { get; } = new(
        "IDistributedCache",
        StoreKind.KeyValue,
        static options => new InMemoryDistributedCache(options),
        new ContractOperation[]
        {
            new("Get", ContractOperationKind.KeyValueGet, new[] { Key }, Bytes,
                static (i, a, ct) => ContractOperation.Done(((IDistributedCache)i).Get((string)a[0]!)))
            { Style = ContractInvocationStyle.Sync, Signature = "byte[]? Get(string key)" },
            new("GetAsync", ContractOperationKind.KeyValueGet, new[] { Key, Token }, Bytes,
                static (i, a, ct) => ContractOperation.Await(((IDistributedCache)i).GetAsync((string)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<byte[]?> GetAsync(string key, CancellationToken token = default)" },
            new("Set", ContractOperationKind.KeyValueSet, new[] { Key, Value, Options }, ContractResult.None,
                static (i, a, ct) =>
                {
                    ((IDistributedCache)i).Set((string)a[0]!, (byte[])a[1]!, (DistributedCacheEntryOptions)a[2]!);
                    return ContractOperation.Void;
                })
            { Style = ContractInvocationStyle.Sync, Signature = "void Set(string key, byte[] value, DistributedCacheEntryOptions options)" },
            new("SetAsync", ContractOperationKind.KeyValueSet, new[] { Key, Value, Options, Token }, ContractResult.None,
                static (i, a, ct) => ContractOperation.Await(((IDistributedCache)i).SetAsync((string)a[0]!, (byte[])a[1]!, (DistributedCacheEntryOptions)a[2]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)" },
            new("Refresh", ContractOperationKind.KeyValueRefresh, new[] { Key }, ContractResult.None,
                static (i, a, ct) =>
                {
                    ((IDistributedCache)i).Refresh((string)a[0]!);
                    return ContractOperation.Void;
                })
            { Style = ContractInvocationStyle.Sync, Signature = "void Refresh(string key)" },
            new("RefreshAsync", ContractOperationKind.KeyValueRefresh, new[] { Key, Token }, ContractResult.None,
                static (i, a, ct) => ContractOperation.Await(((IDistributedCache)i).RefreshAsync((string)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task RefreshAsync(string key, CancellationToken token = default)" },
            new("Remove", ContractOperationKind.KeyValueDelete, new[] { Key }, ContractResult.None,
                static (i, a, ct) =>
                {
                    ((IDistributedCache)i).Remove((string)a[0]!);
                    return ContractOperation.Void;
                })
            { Style = ContractInvocationStyle.Sync, Signature = "void Remove(string key)" },
            new("RemoveAsync", ContractOperationKind.KeyValueDelete, new[] { Key, Token }, ContractResult.None,
                static (i, a, ct) => ContractOperation.Await(((IDistributedCache)i).RemoveAsync((string)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task RemoveAsync(string key, CancellationToken token = default)" },
        })
    {
        KeyValue = new ContractKeyValueShape(typeof(string), typeof(byte[])),
    };
}
