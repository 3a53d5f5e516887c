using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InMemoryFakes.Serialization;

/// <summary>Metadata the runtime provides itself: primitives and their nullable forms, and <see cref="StoredBlob"/>.</summary>
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
        [typeof(JsonElement)] = static o => Value(o, JsonMetadataServices.JsonElementConverter),
        [typeof(StoredBlob)] = static o => JsonMetadataServices.CreateValueInfo<StoredBlob>(o, new StoredBlobJsonConverter()),
        [typeof(bool?)] = static o => Nullable(o, JsonMetadataServices.BooleanConverter),
        [typeof(byte?)] = static o => Nullable(o, JsonMetadataServices.ByteConverter),
        [typeof(short?)] = static o => Nullable(o, JsonMetadataServices.Int16Converter),
        [typeof(int?)] = static o => Nullable(o, JsonMetadataServices.Int32Converter),
        [typeof(long?)] = static o => Nullable(o, JsonMetadataServices.Int64Converter),
        [typeof(float?)] = static o => Nullable(o, JsonMetadataServices.SingleConverter),
        [typeof(double?)] = static o => Nullable(o, JsonMetadataServices.DoubleConverter),
        [typeof(decimal?)] = static o => Nullable(o, JsonMetadataServices.DecimalConverter),
        [typeof(Guid?)] = static o => Nullable(o, JsonMetadataServices.GuidConverter),
        [typeof(DateTime?)] = static o => Nullable(o, JsonMetadataServices.DateTimeConverter),
        [typeof(DateTimeOffset?)] = static o => Nullable(o, JsonMetadataServices.DateTimeOffsetConverter),
        [typeof(DateOnly?)] = static o => Nullable(o, JsonMetadataServices.DateOnlyConverter),
        [typeof(TimeOnly?)] = static o => Nullable(o, JsonMetadataServices.TimeOnlyConverter),
        [typeof(TimeSpan?)] = static o => Nullable(o, JsonMetadataServices.TimeSpanConverter),
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
