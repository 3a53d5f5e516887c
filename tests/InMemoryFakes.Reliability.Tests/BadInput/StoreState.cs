using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace InMemoryFakes.Reliability.Tests.BadInput;

/// <summary>Everything observable about a store, as text, to compare before and after a refused call.</summary>
internal static class StoreState
{
    /// <summary>Count, bytes, and every entry's key, value, timestamps, expiry, size and version, in insertion order.</summary>
    public static string Of<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{table.Name}: count={table.Count} bytes={table.Bytes} keys=[{string.Join(",", table.Keys())}]");
        var info = table.Inspect();
        var entries = table.Entries();
        for (var i = 0; i < entries.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {Render(entries[i].Key)} = {Render(entries[i].Value)} | {(i < info.Count ? info[i].ToString() : "no info")}");
        }

        return text.ToString();
    }

    /// <summary>The state of every table of a fake, with its entry inspection and count.</summary>
    public static string Of(IInMemoryFake fake)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"fake: count={fake.Count} clock={fake.Clock.GetUtcNow():O}");
        foreach (var entry in fake.Entries)
        {
            text.Append("\n  ").Append(entry);
        }

        foreach (var table in fake.Core.Tables)
        {
            text.Append('\n').Append(OfAny(table));
        }

        return text.ToString();
    }

    public static string Render(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        StoredBlob blob => "0x" + Convert.ToHexString(blob.ToArray()) + " " + Render(blob.Properties),
        BlobProperties p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}[{p.Size} {p.ContentType} {p.ETag} {p.CreatedAt:O} {p.LastModified:O} {{{string.Join(",", p.Metadata.Select(static m => m.Key + "=" + m.Value))}}}]"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Render)) + "]",
        _ => value.GetType().Name + "{" + string.Join(",", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.GetIndexParameters().Length == 0)
            .Select(p => p.Name + "=" + Render(p.GetValue(value)))) + "}",
    };

    /// <summary>Any table, through its generic type (the non-generic base does not expose values).</summary>
    private static string OfAny(FakeTable table)
    {
        var method = typeof(StoreState).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(static m => m.Name == nameof(Of) && m.IsGenericMethodDefinition);
        for (var type = table.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FakeTable<,>))
            {
                return (string)method.MakeGenericMethod(type.GetGenericArguments()).Invoke(null, new object[] { table })!;
            }
        }

        return table.Name + ": " + table.Count.ToString(CultureInfo.InvariantCulture);
    }
}
