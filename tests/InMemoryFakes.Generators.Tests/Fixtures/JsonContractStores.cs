using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>A cached product (a mutable class with a list), written and read as JSON.</summary>
public sealed class CachedProduct
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }

    public List<string> Tags { get; set; } = new();
}

/// <summary>A narrower view of the same JSON: only the name.</summary>
public sealed class CachedProductName
{
    public string Name { get; set; } = "";
}

/// <summary>A source-generated context, compiled by the SDK's System.Text.Json generator beside the fakes.</summary>
[JsonSerializable(typeof(CachedProduct))]
[JsonSerializable(typeof(CachedProductName))]
[JsonSerializable(typeof(int))]
public sealed partial class FixtureJsonContext : JsonSerializerContext
{
}

/// <summary>
/// docs-aspire's <c>ICacheService</c> without its registry (h-kvjson37): every value is written and read with the
/// <c>JsonTypeInfo&lt;T&gt;</c> given, so the fake's table holds the JSON.
/// </summary>
[InMemoryFake]
public interface IJsonContractCache
{
    Task<T?> GetAsync<T>(string key, JsonTypeInfo<T> jsonTypeInfo, CancellationToken cancellationToken = default);

    Task SetAsync<T>(string key, T value, JsonTypeInfo<T> jsonTypeInfo, TimeSpan? absoluteExpiration = null, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string key);
}

/// <summary>A document store whose reads and writes take a whole <c>JsonSerializerContext</c>: the contract of the declared type.</summary>
[InMemoryFake]
public interface IJsonDocumentStore
{
    CachedProduct? Get(string key, JsonSerializerContext context);

    void Set(string key, CachedProduct document, JsonSerializerContext context);

    bool Exists(string key);
}

/// <summary>A settings store whose reads and writes take <c>JsonSerializerOptions</c> (null: the serializer's defaults).</summary>
[InMemoryFake]
public interface IJsonOptionsStore
{
    T? Get<T>(string key, JsonSerializerOptions? options = null);

    bool Set<T>(string key, T value, JsonSerializerOptions? options = null);

    void Remove(string key);
}
