using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace InMemoryFakes.AspNetCore;

/// <summary>The inspector's data as JSON, for scripts and tools: the same fields as the page, values as JSON.</summary>
internal static class InspectorJson
{
    internal static void Write(IBufferWriter<byte> output, InspectorView view)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("now", view.Now);
        if (view.Persistence is { } persistence)
        {
            writer.WriteStartObject("persistence");
            writer.WriteString("file", persistence.File);
            writer.WriteNumber("saveCount", persistence.SaveCount);
            writer.WriteString("lastError", persistence.LastError);
            writer.WriteStartArray("unclaimedTables");
            foreach (var table in persistence.Unclaimed)
            {
                writer.WriteStringValue(table);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("persistence");
        }

        writer.WriteStartArray("fakes");
        foreach (var fake in view.Fakes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", fake.Index);
            writer.WriteString("name", fake.Name);
            writer.WriteString("type", fake.Type);
            writer.WriteBoolean("sharedBackend", fake.Shared);
            writer.WriteStartObject("quota");
            writer.WriteNumber("maxEntries", fake.Quota.MaxEntries);
            writer.WriteNumber("maxBytes", fake.Quota.MaxBytes);
            writer.WriteString("policy", fake.Quota.Policy.ToString());
            writer.WriteEndObject();
            writer.WriteString("defaultExpiry", fake.DefaultExpiry);
            writer.WriteString("copyMode", fake.CopyMode.ToString());
            writer.WriteBoolean("recordsCalls", fake.RecordsCalls);
            writer.WriteNumber("callCount", fake.CallCount);
            writer.WriteStartArray("recentCalls");
            foreach (var call in fake.RecentCalls)
            {
                writer.WriteStartObject();
                writer.WriteString("at", call.At);
                writer.WriteString("member", call.Member);
                writer.WriteString("arguments", call.Arguments);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("tables");
            foreach (var table in fake.Tables)
            {
                writer.WriteStartObject();
                writer.WriteString("name", table.Name);
                writer.WriteString("kind", table.Kind);
                writer.WriteString("keyType", table.KeyType);
                writer.WriteString("valueType", table.ValueType);
                writer.WriteNumber("count", table.Count);
                writer.WriteNumber("bytes", table.Bytes);
                if (table.KeySequence is { } sequence)
                {
                    writer.WriteNumber("keySequence", sequence);
                }

                writer.WriteNumber("notShown", table.Hidden);
                writer.WriteStartArray("entries");
                foreach (var entry in table.Entries)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("key");
                    WriteJson(writer, entry.KeyJson);
                    writer.WritePropertyName("value");
                    if (entry.ValueShown)
                    {
                        WriteJson(writer, entry.ValueJson);
                    }
                    else
                    {
                        writer.WriteNullValue();
                        writer.WriteString("valueError", entry.ValueJson);
                    }

                    writer.WriteNumber("version", entry.Version);
                    writer.WriteNumber("size", entry.Size);
                    writer.WriteString("createdAt", entry.CreatedAt);
                    writer.WriteString("lastModified", entry.LastModified);
                    if (entry.ExpiresAt is { } expiresAt)
                    {
                        writer.WriteString("expiresAt", expiresAt);
                    }
                    else
                    {
                        writer.WriteNull("expiresAt");
                    }

                    if (entry.SlidingWindow is { } window)
                    {
                        writer.WriteString("slidingWindow", window.ToString("c", CultureInfo.InvariantCulture));
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Re-written rather than copied raw, so it is indented with the rest.
    private static void WriteJson(Utf8JsonWriter writer, string json)
    {
        using var document = JsonDocument.Parse(json);
        document.WriteTo(writer);
    }
}
