using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using InMemoryFakes.Serialization;
using InMemoryFakes.Support;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>
/// The persistence file: <c>{"format":"InMemoryFakes.Persistence","formatVersion":1,"savedAt":…,"tables":[…]}</c>, one
/// object per table with its name, kind, key and value types, key sequence and entries in insertion order.
/// docs/prototyping.md describes it field by field.
/// </summary>
internal static class FakesFileFormat
{
    internal const string FormatName = "InMemoryFakes.Persistence";
    internal const int FormatVersion = 1;

    internal static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the tables of a file; throws <see cref="JsonException"/> or <see cref="FormatException"/> when it is not one.</summary>
    internal static List<FileTable> ReadTables(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The file is not a JSON object.");
        }

        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
        {
            throw new FormatException($"The file has no \"format\": \"{FormatName}\" property, so it is not an InMemoryFakes persistence file.");
        }

        if (!root.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            throw new FormatException("The file has no numeric \"formatVersion\".");
        }

        if (number != FormatVersion)
        {
            throw new FormatException($"The file has format version {number}; this version of InMemoryFakes reads version {FormatVersion}.");
        }

        var tables = new List<FileTable>();
        if (!root.TryGetProperty("tables", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The file has no \"tables\" array.");
        }

        var index = 0;
        foreach (var table in list.EnumerateArray())
        {
            if (table.ValueKind != JsonValueKind.Object
                || !table.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !table.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Table {index} of the file has no \"name\" and \"kind\".");
            }

            if (!table.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"Table '{name.GetString()}' has no \"entries\" array.");
            }

            tables.Add(new FileTable(name.GetString()!, kind.GetString()!, OptionalString(table, "valueType"), table));
            index++;
        }

        return tables;
    }

    internal static string KindOf(FakeTable table) => table.Accept(KindVisitor.Instance);

    internal static string TypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var builder = new StringBuilder();
        var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        builder.Append(tick < 0 ? name : name[..tick]).Append('<');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append(TypeName(arguments[i]));
        }

        return builder.Append('>').ToString();
    }

    private static string? OptionalString(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class KindVisitor : IFakeTableVisitor<string>
    {
        internal static readonly KindVisitor Instance = new();

        public string Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
            where TKey : notnull
            => table switch
            {
                EntityTable<TKey, TValue> => "entity",
                KeyValueTable<TKey, TValue> => "keyValue",
                BlobTable => "blob",
                _ => "table",
            };
    }
}

/// <summary>One table as the file holds it.</summary>
internal sealed record FileTable(string Name, string Kind, string? ValueType, JsonElement Element);

/// <summary>Checks that the JSON metadata of a table's key and value types, and of every type they reach, exists, so a missing one is a startup error.</summary>
internal sealed class MetadataCheck : IFakeTableVisitor<bool>
{
    private readonly JsonSerializerOptions _options;

    internal MetadataCheck(JsonSerializerOptions options)
    {
        _options = options;
    }

    public bool Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        // Every type the key and value reach, not only their own: System.Text.Json finds a missing member type only when it writes one.
        FakeJsonTypes.EnsureComplete<TKey>(_options);
        FakeJsonTypes.EnsureComplete<TValue>(_options);
        return true;
    }
}

/// <summary>Writes one table (exported atomically) as a JSON object.</summary>
internal sealed class TableJsonWriter : IFakeTableVisitor<bool>
{
    private readonly Utf8JsonWriter _writer;
    private readonly JsonSerializerOptions _options;

    internal TableJsonWriter(Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        _writer = writer;
        _options = options;
    }

    public bool Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        var keyInfo = FakeJsonTypes.GetTypeInfo<TKey>(_options);
        var valueInfo = FakeJsonTypes.GetTypeInfo<TValue>(_options);
        var contents = table.Export();
        _writer.WriteStartObject();
        _writer.WriteString("name", table.Name);
        _writer.WriteString("kind", FakesFileFormat.KindOf(table));
        _writer.WriteString("keyType", FakesFileFormat.TypeName(typeof(TKey)));
        _writer.WriteString("valueType", FakesFileFormat.TypeName(typeof(TValue)));
        if (contents.KeySequence is { } sequence)
        {
            _writer.WriteNumber("keySequence", sequence);
        }

        _writer.WriteStartArray("entries");
        foreach (var entry in contents.Entries)
        {
            _writer.WriteStartObject();
            _writer.WritePropertyName("key");
            JsonSerializer.Serialize(_writer, entry.Key, keyInfo);
            _writer.WriteNumber("version", entry.Version);
            _writer.WriteString("createdAt", entry.CreatedAt);
            _writer.WriteString("lastModified", entry.LastModified);
            if (entry.ExpiresAt is { } expiresAt)
            {
                _writer.WriteString("expiresAt", expiresAt);
            }

            if (entry.SlidingWindow is { } window)
            {
                _writer.WriteString("slidingWindow", window.ToString("c", CultureInfo.InvariantCulture));
            }

            _writer.WritePropertyName("value");
            JsonSerializer.Serialize(_writer, entry.Value, valueInfo);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        return true;
    }
}

/// <summary>Reads one table's entries from the file and imports them (replacing what the table holds).</summary>
internal sealed class TableJsonReader : IFakeTableVisitor<int>
{
    private readonly JsonElement _table;
    private readonly JsonSerializerOptions _options;
    private readonly DateTimeOffset _loadedAt;

    internal TableJsonReader(JsonElement table, JsonSerializerOptions options, DateTimeOffset loadedAt)
    {
        _table = table;
        _options = options;
        _loadedAt = loadedAt;
    }

    public int Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        var keyInfo = FakeJsonTypes.GetTypeInfo<TKey>(_options);
        var valueInfo = FakeJsonTypes.GetTypeInfo<TValue>(_options);
        long? sequence = _table.TryGetProperty("keySequence", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : null;
        var entries = new List<TableEntry<TKey, TValue>>();
        var index = 0;
        foreach (var item in _table.GetProperty("entries").EnumerateArray())
        {
            try
            {
                entries.Add(ReadEntry(table, item, keyInfo, valueInfo));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                var key = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("key", out var k) ? " (key " + k.GetRawText() + ")" : "";
                throw new FormatException($"Entry {index}{key} of table '{table.Name}' cannot be read as {FakesFileFormat.TypeName(typeof(TValue))}: {e.Message}", e);
            }

            index++;
        }

        return table.Import(new TableContents<TKey, TValue>(entries, sequence));
    }

    private TableEntry<TKey, TValue> ReadEntry<TKey, TValue>(
        FakeTable<TKey, TValue> table,
        JsonElement item,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TKey> keyInfo,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<TValue> valueInfo)
        where TKey : notnull
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("An entry must be a JSON object.");
        }

        if (!item.TryGetProperty("key", out var keyElement) || !item.TryGetProperty("value", out var valueElement))
        {
            throw new FormatException("An entry needs \"key\" and \"value\".");
        }

        var key = keyElement.Deserialize(keyInfo) ?? throw new FormatException("The key is null.");
        var value = valueElement.Deserialize(valueInfo) ?? throw new FormatException("The value is null.");
        switch (table)
        {
            case EntityTable<TKey, TValue> entities when !entities.Comparer.Equals(entities.Model.GetKey(value), key):
                throw new FormatException($"The entity's {entities.Model.KeyName} is {FakeErrorsText(entities.Model.GetKey(value))}, not the entry's key.");
            case BlobTable when value is StoredBlob blob && !string.Equals(blob.Properties.Key, key as string, StringComparison.Ordinal):
                throw new FormatException($"The blob's key is '{blob.Properties.Key}', not the entry's key.");
        }

        var createdAt = Instant(item, "createdAt") ?? _loadedAt;
        return new TableEntry<TKey, TValue>(
            key,
            value,
            createdAt,
            Instant(item, "lastModified") ?? createdAt,
            Instant(item, "expiresAt"),
            item.TryGetProperty("slidingWindow", out var window) && window.ValueKind == JsonValueKind.String
                ? TimeSpan.ParseExact(window.GetString()!, "c", CultureInfo.InvariantCulture)
                : null,
            item.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetInt64() : 1);
    }

    private static DateTimeOffset? Instant(JsonElement item, string property)
        => item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private static string FakeErrorsText(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
