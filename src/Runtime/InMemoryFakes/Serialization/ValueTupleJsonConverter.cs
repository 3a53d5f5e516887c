using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InMemoryFakes.Serialization;

/// <summary>Writes a two-part composite key as a JSON array <c>[item1, item2]</c> (System.Text.Json would write a value tuple as <c>{}</c>).</summary>
/// <typeparam name="T1">The first part.</typeparam>
/// <typeparam name="T2">The second part.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueTupleJsonConverter<T1, T2> : JsonConverter<ValueTuple<T1, T2>>
{
    /// <inheritdoc />
    public override (T1, T2) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TupleJson.Start(ref reader, 2);
        var item1 = TupleJson.Item<T1>(ref reader, options);
        var item2 = TupleJson.Item<T2>(ref reader, options);
        TupleJson.End(ref reader, 2);
        return (item1, item2);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, (T1, T2) value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonSerializer.Serialize(writer, value.Item1, FakeJsonTypes.GetTypeInfo<T1>(options));
        JsonSerializer.Serialize(writer, value.Item2, FakeJsonTypes.GetTypeInfo<T2>(options));
        writer.WriteEndArray();
    }
}

/// <summary>Writes a three-part composite key as a JSON array.</summary>
/// <typeparam name="T1">The first part.</typeparam>
/// <typeparam name="T2">The second part.</typeparam>
/// <typeparam name="T3">The third part.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueTupleJsonConverter<T1, T2, T3> : JsonConverter<ValueTuple<T1, T2, T3>>
{
    /// <inheritdoc />
    public override (T1, T2, T3) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TupleJson.Start(ref reader, 3);
        var item1 = TupleJson.Item<T1>(ref reader, options);
        var item2 = TupleJson.Item<T2>(ref reader, options);
        var item3 = TupleJson.Item<T3>(ref reader, options);
        TupleJson.End(ref reader, 3);
        return (item1, item2, item3);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, (T1, T2, T3) value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonSerializer.Serialize(writer, value.Item1, FakeJsonTypes.GetTypeInfo<T1>(options));
        JsonSerializer.Serialize(writer, value.Item2, FakeJsonTypes.GetTypeInfo<T2>(options));
        JsonSerializer.Serialize(writer, value.Item3, FakeJsonTypes.GetTypeInfo<T3>(options));
        writer.WriteEndArray();
    }
}

/// <summary>Writes a four-part composite key as a JSON array.</summary>
/// <typeparam name="T1">The first part.</typeparam>
/// <typeparam name="T2">The second part.</typeparam>
/// <typeparam name="T3">The third part.</typeparam>
/// <typeparam name="T4">The fourth part.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueTupleJsonConverter<T1, T2, T3, T4> : JsonConverter<ValueTuple<T1, T2, T3, T4>>
{
    /// <inheritdoc />
    public override (T1, T2, T3, T4) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TupleJson.Start(ref reader, 4);
        var item1 = TupleJson.Item<T1>(ref reader, options);
        var item2 = TupleJson.Item<T2>(ref reader, options);
        var item3 = TupleJson.Item<T3>(ref reader, options);
        var item4 = TupleJson.Item<T4>(ref reader, options);
        TupleJson.End(ref reader, 4);
        return (item1, item2, item3, item4);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, (T1, T2, T3, T4) value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonSerializer.Serialize(writer, value.Item1, FakeJsonTypes.GetTypeInfo<T1>(options));
        JsonSerializer.Serialize(writer, value.Item2, FakeJsonTypes.GetTypeInfo<T2>(options));
        JsonSerializer.Serialize(writer, value.Item3, FakeJsonTypes.GetTypeInfo<T3>(options));
        JsonSerializer.Serialize(writer, value.Item4, FakeJsonTypes.GetTypeInfo<T4>(options));
        writer.WriteEndArray();
    }
}

internal static class TupleJson
{
    internal static void Start(ref Utf8JsonReader reader, int parts)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A composite key must be a JSON array of {parts} parts.");
        }
    }

    internal static T Item<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("A composite key has too few parts.");
        }

        return JsonSerializer.Deserialize(ref reader, FakeJsonTypes.GetTypeInfo<T>(options))!;
    }

    internal static void End(ref Utf8JsonReader reader, int parts)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException($"A composite key has more than {parts} parts.");
        }
    }
}
