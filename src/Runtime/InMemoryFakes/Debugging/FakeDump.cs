using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace InMemoryFakes;

/// <summary>A readable text of a fake's state for assertion messages: its entries and its recent calls.</summary>
public static class FakeDump
{
    /// <summary>How many of the latest calls <see cref="Dump"/> and the debugger show by default.</summary>
    public const int DefaultRecentCalls = 20;

    private const int MaxValueLength = 200;

    /// <summary>
    /// Writes the fake's live entries (table, key, value, expiry, version) and its last <paramref name="recentCalls"/>
    /// calls, one per line, for an assertion message: <c>Assert.True(ok, Fakes.Of(users).Dump())</c>. Reading the
    /// entries counts as no read (no sliding renewal, no recency), and nothing is recorded.
    /// </summary>
    /// <param name="fake">A generated fake (<c>Fakes.Of(repository)</c>) or its <see cref="FakeCore"/>.</param>
    /// <param name="recentCalls">How many of the latest calls to list; 0 for none.</param>
    /// <returns>The text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recentCalls"/> is negative.</exception>
    public static string Dump(this IInMemoryFake fake, int recentCalls = DefaultRecentCalls)
    {
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentOutOfRangeException.ThrowIfNegative(recentCalls);

        var text = new StringBuilder();
        text.Append(Summary(fake)).Append(" at ").Append(Format(fake.Clock.GetUtcNow())).Append('\n');
        foreach (var table in fake.Core.Tables)
        {
            var entries = table is IHasEntryViews views ? views.EntryViews() : Array.Empty<FakeEntryView>();
            text.Append("  ").Append(table.Name).Append(": ").Append(Plural(entries.Length, "entry", "entries")).Append('\n');
            foreach (var entry in entries)
            {
                text.Append("    ").Append(Value(entry.Key)).Append(" = ").Append(Value(entry.Value))
                    .Append("  ").Append(entry.ExpiryText).Append(", version ").Append(entry.Info.Version.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        var calls = fake.Calls;
        if (!calls.Enabled && calls.All.Count == 0)
        {
            text.Append("  calls: not recorded (set InMemoryFakeOptions.RecordCalls or Calls.Enabled)\n");
        }
        else if (recentCalls > 0)
        {
            var all = calls.All;
            var shown = all.TakeLast(recentCalls).ToArray();
            text.Append("  calls: ").Append(shown.Length == all.Count ? Plural(all.Count, "call", "calls") : $"last {shown.Length} of {all.Count}").Append('\n');
            foreach (var call in shown)
            {
                text.Append("    ").Append(Format(call.At)).Append("  ").Append(call.Member).Append('(')
                    .Append(string.Join(", ", call.Arguments.Select(Value))).Append(")\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The live entries of every table of a fake, with their values; no entry counts as read.</summary>
    /// <param name="fake">A fake.</param>
    /// <returns>The entries, table by table.</returns>
    internal static FakeEntryView[] EntriesOf(IInMemoryFake fake)
        => fake.Core.Tables.OfType<IHasEntryViews>().SelectMany(static t => t.EntryViews()).ToArray();

    /// <summary>"IUserRepository: 3 entries".</summary>
    internal static string Summary(IInMemoryFake fake) => $"{fake.Core.Name}: {Plural(fake.Core.Count, "entry", "entries")}";

    internal static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Plural(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    /// <summary>A value as one readable line: strings quoted, collections listed, plain classes as their public properties.</summary>
    private static string Value(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            DateTimeOffset d => Format(d),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            byte[] bytes => $"byte[{bytes.Length}]",
            IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Take(10).Select(Value)) + "]",
            _ => Describe(value),
        };
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Diagnostic text only: a property trimming removed is simply not listed.")]
    private static string Describe(object value)
    {
        var type = value.GetType();
        var own = value.ToString();
        // Records and types with their own ToString say it best; otherwise list the public properties.
        if (own is not null && own != type.ToString())
        {
            return own;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(static p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Take(12)
            .Select(p => p.Name + " = " + ValueOrError(p, value));
        return type.Name + " { " + string.Join(", ", properties) + " }";
    }

    private static string ValueOrError(PropertyInfo property, object owner)
    {
        try
        {
            var value = property.GetValue(owner);
            return value is null || value is string || value is IFormattable || value is DateTimeOffset ? Value(value) : value is IEnumerable e ? Value(e) : value.GetType().Name;
        }
        catch (TargetInvocationException error)
        {
            return "<" + error.InnerException?.GetType().Name + ">";
        }
    }
}
