using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InMemoryFakes.Serialization;

/// <summary>
/// Values of a table typed <see cref="object"/> (a cache whose <c>Set</c> takes <c>object</c>): each is written with its
/// type, <c>{"$type":"long","value":2}</c>, so it comes back as the same type: a counter is still a <see cref="long"/>
/// after a restart, not a <see cref="JsonElement"/> that can no longer be incremented. Only the types listed here can be
/// kept; any other value is refused with <see cref="NotSupportedException"/> naming its type, rather than coming back as
/// something else.
/// </summary>
internal sealed class ObjectJsonConverter : JsonConverter<object>
{
    private static readonly (string Tag, Type Type)[] Known =
    [
        ("string", typeof(string)), ("bool", typeof(bool)), ("int", typeof(int)), ("long", typeof(long)), ("short", typeof(short)),
        ("byte", typeof(byte)), ("double", typeof(double)), ("float", typeof(float)), ("decimal", typeof(decimal)),
        ("guid", typeof(Guid)), ("dateTime", typeof(DateTime)), ("dateTimeOffset", typeof(DateTimeOffset)),
        ("timeSpan", typeof(TimeSpan)), ("dateOnly", typeof(DateOnly)), ("timeOnly", typeof(TimeOnly)), ("bytes", typeof(byte[])),
        ("json", typeof(JsonElement)),
    ];

    private static readonly Dictionary<Type, string> Tags = BuildTags();

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A value of an object-typed table must be {\"$type\": …, \"value\": …}.");
        }

        string? tag = null;
        object? value = null;
        var seenValue = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "$type")
            {
                tag = reader.GetString();
            }
            else if (name == "value")
            {
                if (tag is null)
                {
                    throw new JsonException("\"$type\" must come before \"value\".");
                }

                value = JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(TypeOf(tag)));
                seenValue = true;
            }
            else
            {
                reader.Skip();
            }
        }

        return seenValue ? value : throw new JsonException("A value of an object-typed table needs \"value\".");
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        var type = value.GetType();
        if (!Tags.TryGetValue(type, out var tag))
        {
            throw new NotSupportedException(
                $"A table typed object holds a {type.FullName}; only these can be saved and read back as themselves: {string.Join(", ", Tags.Keys)}. " +
                "Give the interface a typed value (Set(string key, MyType value)) so its JSON metadata can be used.");
        }

        writer.WriteStartObject();
        writer.WriteString("$type", tag);
        writer.WritePropertyName("value");
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(type));
        writer.WriteEndObject();
    }

    private static Type TypeOf(string tag)
    {
        foreach (var (known, type) in Known)
        {
            if (known == tag)
            {
                return type;
            }
        }

        throw new JsonException($"Unknown value type '{tag}'.");
    }

    private static Dictionary<Type, string> BuildTags()
    {
        var tags = new Dictionary<Type, string>();
        foreach (var (tag, type) in Known)
        {
            tags[type] = tag;
        }

        return tags;
    }

    /// <summary>Puts <see cref="object"/> first in a resolver chain, so no context's polymorphic default wins over it.</summary>
    internal sealed class Resolver : IJsonTypeInfoResolver
    {
        internal static readonly Resolver Instance = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
            => type == typeof(object) ? JsonMetadataServices.CreateValueInfo<object>(options, new ObjectJsonConverter()) : null;
    }
}
