using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using InMemoryFakes.DependencyInjection;
using InMemoryFakes.DependencyInjection.Persistence;
using InMemoryFakes.Serialization;
using InMemoryFakes.Support;

namespace InMemoryFakes.AspNetCore;

/// <summary>What the inspector shows, read from the host at one moment.</summary>
internal sealed record InspectorView(DateTimeOffset Now, PersistenceView? Persistence, IReadOnlyList<FakeView> Fakes);

internal sealed record PersistenceView(string File, int SaveCount, string? LastError, IReadOnlyList<string> Unclaimed);

internal sealed record FakeView(
    int Index,
    string Name,
    string Type,
    bool Shared,
    Quota Quota,
    string DefaultExpiry,
    CopyMode CopyMode,
    bool RecordsCalls,
    int CallCount,
    IReadOnlyList<CallView> RecentCalls,
    IReadOnlyList<TableView> Tables);

internal sealed record CallView(DateTimeOffset At, string Member, string Arguments);

internal sealed record TableView(string Name, string Kind, string KeyType, string ValueType, int Count, long Bytes, long? KeySequence, IReadOnlyList<EntryView> Entries, int Hidden);

/// <summary>One entry: its key and value as JSON (or why they cannot be shown), and what the store knows about it.</summary>
internal sealed record EntryView(
    string KeyJson,
    string ValueJson,
    bool ValueShown,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastModified,
    DateTimeOffset? ExpiresAt,
    TimeSpan? SlidingWindow,
    long Size,
    long Version);

internal static class InspectorModel
{
    // Relaxed escaping keeps <, > and quotes readable; the page HTML-encodes the text anyway.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static InspectorView Read(InMemoryFakesHost host, JsonSerializerOptions json, InMemoryFakesInspectorOptions options)
    {
        var fakes = host.Created.Select((fake, index) => ReadFake(index, fake, json, options)).ToArray();
        var persistence = host.Persistence is { } p
            ? new PersistenceView(p.FilePath, p.SaveCount, p.LastSaveError?.Message, p.UnclaimedTables)
            : null;
        return new InspectorView(host.Backend.Clock.GetUtcNow(), persistence, fakes);
    }

    private static FakeView ReadFake(int index, IInMemoryFake fake, JsonSerializerOptions json, InMemoryFakesInspectorOptions options)
    {
        var core = fake.Core;
        var calls = core.Calls.All;
        var recent = calls.Skip(Math.Max(0, calls.Count - options.RecentCalls)).Reverse()
            .Select(static c => new CallView(c.At, c.Member, string.Join(", ", c.Arguments.Select(Describe))))
            .ToArray();
        return new FakeView(
            index,
            core.Name,
            fake.GetType().FullName ?? fake.GetType().Name,
            !core.IsIsolated,
            core.Quota,
            core.DefaultExpiration.IsDefault ? "none" : core.DefaultExpiration.ToString(),
            core.CopyMode,
            core.Calls.Enabled,
            calls.Count,
            recent,
            core.Tables.Select(t => t.Accept(new TableReader(json, options.MaxEntriesPerTable))).ToArray());
    }

    internal static string Describe(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? value.GetType().Name,
        };
        return text.Length > 120 ? text[..117] + "..." : text;
    }

    private sealed class TableReader : IFakeTableVisitor<TableView>
    {
        private readonly JsonSerializerOptions _json;
        private readonly int _limit;

        internal TableReader(JsonSerializerOptions json, int limit)
        {
            _json = json;
            _limit = limit;
        }

        public TableView Visit<TKey, TValue>(FakeTable<TKey, TValue> table)
            where TKey : notnull
        {
            var contents = table.Export();
            var entries = new List<EntryView>();
            foreach (var entry in contents.Entries.Take(_limit))
            {
                var (key, _) = ToJson(entry.Key);
                var (value, shown) = ToJson(entry.Value);
                entries.Add(new EntryView(key, value, shown, entry.CreatedAt, entry.LastModified, entry.ExpiresAt, entry.SlidingWindow, entry.Size, entry.Version));
            }

            return new TableView(
                table.Name,
                KindOf(table),
                FriendlyName(typeof(TKey)),
                FriendlyName(typeof(TValue)),
                contents.Entries.Count,
                contents.Entries.Sum(static e => e.Size),
                contents.KeySequence,
                entries,
                contents.Entries.Count - entries.Count);
        }

        private (string Json, bool Shown) ToJson<T>(T value)
        {
            try
            {
                var info = FakeJsonTypes.GetTypeInfo<T>(_json);
                using var buffer = new System.IO.MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, Indented))
                {
                    JsonSerializer.Serialize(writer, value, info);
                }

                return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), true);
            }
            catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
            {
                return ($"(cannot be shown: {e.Message})", false);
            }
        }

        private static string KindOf<TKey, TValue>(FakeTable<TKey, TValue> table)
            where TKey : notnull
            => table switch
            {
                EntityTable<TKey, TValue> => "entity",
                KeyValueTable<TKey, TValue> => "key-value",
                BlobTable => "blob",
                _ => "table",
            };

        private static string FriendlyName(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return FriendlyName(underlying) + "?";
            }

            if (!type.IsGenericType)
            {
                return type.Name;
            }

            var name = type.Name;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(FriendlyName)) + ">";
        }
    }
}
