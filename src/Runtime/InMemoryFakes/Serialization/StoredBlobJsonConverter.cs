using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InMemoryFakes.Serialization;

/// <summary>
/// Writes a blob as its properties and its content (base64):
/// <c>{"key":…,"contentType":…,"etag":…,"createdAt":…,"lastModified":…,"metadata":{…},"content":"…"}</c>.
/// Unknown properties are skipped when reading; the size is the content's length.
/// </summary>
internal sealed class StoredBlobJsonConverter : JsonConverter<StoredBlob>
{
    public override StoredBlob Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A blob must be a JSON object.");
        }

        string? key = null, contentType = null, etag = null;
        DateTimeOffset? createdAt = null, lastModified = null;
        byte[]? content = null;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "key": key = reader.GetString(); break;
                case "contentType": contentType = reader.GetString(); break;
                case "etag": etag = reader.GetString(); break;
                case "createdAt": createdAt = reader.GetDateTimeOffset(); break;
                case "lastModified": lastModified = reader.GetDateTimeOffset(); break;
                case "content": content = reader.GetBytesFromBase64(); break;
                case "metadata":
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new JsonException("A blob's metadata must be a JSON object of strings.");
                    }

                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var metaName = reader.GetString()!;
                        reader.Read();
                        metadata[metaName] = reader.GetString() ?? throw new JsonException($"Blob metadata '{metaName}' is null.");
                    }

                    break;
                default: reader.Skip(); break;
            }
        }

        var properties = new BlobProperties(
            key ?? throw Missing("key"),
            (content ?? throw Missing("content")).Length,
            contentType ?? throw Missing("contentType"),
            etag ?? throw Missing("etag"),
            createdAt ?? throw Missing("createdAt"),
            lastModified ?? throw Missing("lastModified"),
            new ReadOnlyDictionary<string, string>(metadata));
        return new StoredBlob(content, properties);
    }

    public override void Write(Utf8JsonWriter writer, StoredBlob value, JsonSerializerOptions options)
    {
        var properties = value.Properties;
        writer.WriteStartObject();
        writer.WriteString("key", properties.Key);
        writer.WriteString("contentType", properties.ContentType);
        writer.WriteString("etag", properties.ETag);
        writer.WriteString("createdAt", properties.CreatedAt);
        writer.WriteString("lastModified", properties.LastModified);
        writer.WriteStartObject("metadata");
        foreach (var pair in properties.Metadata)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteBase64String("content", value.Content.Span);
        writer.WriteEndObject();
    }

    private static JsonException Missing(string property) => new($"A blob needs '{property}'.");
}
