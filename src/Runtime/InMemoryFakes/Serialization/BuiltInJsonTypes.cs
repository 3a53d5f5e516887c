using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InMemoryFakes.Serialization;

/// <summary>
/// Metadata the runtime provides itself: primitives and their nullable forms, JSON documents and nodes, and
/// <see cref="StoredBlob"/>. The generator skips exactly these types (its list is kept in step by a test:
/// BuiltInJsonTypesTests in the generator tests), so keep the two together.
/// </summary>
internal sealed class BuiltInJsonTypes : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Known = new()
    {
        [typeof(string)] = static o => JsonMetadataServices.CreateValueInfo<string>(o, JsonMetadataServices.StringConverter),
        [typeof(bool)] = static o => Value(o, JsonMetadataServices.BooleanConverter),
        [typeof(byte)] = static o => Value(o, JsonMetadataServices.ByteConverter),
        [typeof(sbyte)] = static o => Value(o, JsonMetadataServices.SByteConverter),
        [typeof(short)] = static o => Value(o, JsonMetadataServices.Int16Converter),
        [typeof(ushort)] = static o => Value(o, JsonMetadataServices.UInt16Converter),
        [typeof(int)] = static o => Value(o, JsonMetadataServices.Int32Converter),
        [typeof(uint)] = static o => Value(o, JsonMetadataServices.UInt32Converter),
        [typeof(long)] = static o => Value(o, JsonMetadataServices.Int64Converter),
        [typeof(ulong)] = static o => Value(o, JsonMetadataServices.UInt64Converter),
        [typeof(float)] = static o => Value(o, JsonMetadataServices.SingleConverter),
        [typeof(double)] = static o => Value(o, JsonMetadataServices.DoubleConverter),
        [typeof(decimal)] = static o => Value(o, JsonMetadataServices.DecimalConverter),
        [typeof(char)] = static o => Value(o, JsonMetadataServices.CharConverter),
        [typeof(Guid)] = static o => Value(o, JsonMetadataServices.GuidConverter),
        [typeof(DateTime)] = static o => Value(o, JsonMetadataServices.DateTimeConverter),
        [typeof(DateTimeOffset)] = static o => Value(o, JsonMetadataServices.DateTimeOffsetConverter),
        [typeof(DateOnly)] = static o => Value(o, JsonMetadataServices.DateOnlyConverter),
        [typeof(TimeOnly)] = static o => Value(o, JsonMetadataServices.TimeOnlyConverter),
        [typeof(TimeSpan)] = static o => Value(o, JsonMetadataServices.TimeSpanConverter),
        [typeof(byte[])] = static o => JsonMetadataServices.CreateValueInfo<byte[]>(o, JsonMetadataServices.ByteArrayConverter),
        [typeof(Uri)] = static o => JsonMetadataServices.CreateValueInfo<Uri>(o, JsonMetadataServices.UriConverter),
        [typeof(Half)] = static o => Value(o, JsonMetadataServices.HalfConverter),
        [typeof(Int128)] = static o => Value(o, JsonMetadataServices.Int128Converter),
        [typeof(UInt128)] = static o => Value(o, JsonMetadataServices.UInt128Converter),
        [typeof(Version)] = static o => JsonMetadataServices.CreateValueInfo<Version>(o, JsonMetadataServices.VersionConverter),
        [typeof(Memory<byte>)] = static o => Value(o, JsonMetadataServices.MemoryByteConverter),
        [typeof(ReadOnlyMemory<byte>)] = static o => Value(o, JsonMetadataServices.ReadOnlyMemoryByteConverter),
        [typeof(JsonElement)] = static o => Value(o, JsonMetadataServices.JsonElementConverter),
        [typeof(JsonDocument)] = static o => JsonMetadataServices.CreateValueInfo<JsonDocument>(o, JsonMetadataServices.JsonDocumentConverter),
        [typeof(JsonNode)] = static o => JsonMetadataServices.CreateValueInfo<JsonNode>(o, JsonMetadataServices.JsonNodeConverter),
        [typeof(JsonObject)] = static o => JsonMetadataServices.CreateValueInfo<JsonObject>(o, JsonMetadataServices.JsonObjectConverter),
        [typeof(JsonArray)] = static o => JsonMetadataServices.CreateValueInfo<JsonArray>(o, JsonMetadataServices.JsonArrayConverter),
        [typeof(JsonValue)] = static o => JsonMetadataServices.CreateValueInfo<JsonValue>(o, JsonMetadataServices.JsonValueConverter),
        [typeof(StoredBlob)] = static o => JsonMetadataServices.CreateValueInfo<StoredBlob>(o, new StoredBlobJsonConverter()),
        [typeof(bool?)] = static o => Nullable(o, JsonMetadataServices.BooleanConverter),
        [typeof(byte?)] = static o => Nullable(o, JsonMetadataServices.ByteConverter),
        [typeof(sbyte?)] = static o => Nullable(o, JsonMetadataServices.SByteConverter),
        [typeof(short?)] = static o => Nullable(o, JsonMetadataServices.Int16Converter),
        [typeof(ushort?)] = static o => Nullable(o, JsonMetadataServices.UInt16Converter),
        [typeof(int?)] = static o => Nullable(o, JsonMetadataServices.Int32Converter),
        [typeof(uint?)] = static o => Nullable(o, JsonMetadataServices.UInt32Converter),
        [typeof(long?)] = static o => Nullable(o, JsonMetadataServices.Int64Converter),
        [typeof(ulong?)] = static o => Nullable(o, JsonMetadataServices.UInt64Converter),
        [typeof(char?)] = static o => Nullable(o, JsonMetadataServices.CharConverter),
        [typeof(Half?)] = static o => Nullable(o, JsonMetadataServices.HalfConverter),
        [typeof(Int128?)] = static o => Nullable(o, JsonMetadataServices.Int128Converter),
        [typeof(UInt128?)] = static o => Nullable(o, JsonMetadataServices.UInt128Converter),
        [typeof(float?)] = static o => Nullable(o, JsonMetadataServices.SingleConverter),
        [typeof(double?)] = static o => Nullable(o, JsonMetadataServices.DoubleConverter),
        [typeof(decimal?)] = static o => Nullable(o, JsonMetadataServices.DecimalConverter),
        [typeof(Guid?)] = static o => Nullable(o, JsonMetadataServices.GuidConverter),
        [typeof(DateTime?)] = static o => Nullable(o, JsonMetadataServices.DateTimeConverter),
        [typeof(DateTimeOffset?)] = static o => Nullable(o, JsonMetadataServices.DateTimeOffsetConverter),
        [typeof(DateOnly?)] = static o => Nullable(o, JsonMetadataServices.DateOnlyConverter),
        [typeof(TimeOnly?)] = static o => Nullable(o, JsonMetadataServices.TimeOnlyConverter),
        [typeof(TimeSpan?)] = static o => Nullable(o, JsonMetadataServices.TimeSpanConverter),
        [typeof(JsonElement?)] = static o => Nullable(o, JsonMetadataServices.JsonElementConverter),
        [typeof(Memory<byte>?)] = static o => Nullable(o, JsonMetadataServices.MemoryByteConverter),
        [typeof(ReadOnlyMemory<byte>?)] = static o => Nullable(o, JsonMetadataServices.ReadOnlyMemoryByteConverter),
    };

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        => Known.TryGetValue(type, out var create) ? create(options) : null;

    private static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T> converter)
        where T : struct
        => JsonMetadataServices.CreateValueInfo<T>(options, converter);

    private static JsonTypeInfo<T?> Nullable<T>(JsonSerializerOptions options, JsonConverter<T> converter)
        where T : struct
        => JsonMetadataServices.CreateValueInfo<T?>(options, JsonMetadataServices.GetNullableConverter(JsonMetadataServices.CreateValueInfo<T>(options, converter)));
}
