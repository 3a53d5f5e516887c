using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>
/// Writes a result as canonical text: equal text means equal results. Entities are compared property by property
/// (store-assigned keys by the step that created them, concurrency tokens not at all), collections in the order the
/// contract says matters, numbers by value, times by ticks, other values by their own ToString or, lacking one, by
/// their public properties.
/// </summary>
internal static class Canonicalizer
{
    public static string Canonical(object? value, ContractResult result, ContractEntityShape? entity, IReadOnlyDictionary<object, int> handles)
    {
        switch (result.Shape)
        {
            case ContractResultShape.Void:
                return "completed";
            case ContractResultShape.Key:
                return "returned " + Key(value, entity, handles);
            case ContractResultShape.Entity:
                return "returned " + (value is null ? "null" : Entity(value, entity!, handles));
            case ContractResultShape.EntityList:
                return "returned " + List(Items(value), item => Entity(item!, entity!, handles), result, entity, handles);
            case ContractResultShape.ValueList:
                return "returned " + List(Items(value), item => Value(Projected(item, result)), result, entity, handles);
            default:
                return "returned " + Value(Projected(value, result));
        }
    }

    private static object? Projected(object? value, ContractResult result)
        => value is not null && result.Project is { } project ? project(value) : value;

    public static string Entity(object entity, ContractEntityShape shape, IReadOnlyDictionary<object, int> handles)
    {
        var text = new StringBuilder(shape.TypeName).Append(" { ");
        var first = true;
        foreach (var property in shape.Properties)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(property.Name).Append(" = ");
            var value = property.Get(entity);
            text.Append(property.IsConcurrencyToken ? "(token)" : property.IsKey ? Key(value, shape, handles) : Value(value));
        }

        return text.Append(" }").ToString();
    }

    public static string Key(object? key, ContractEntityShape? shape, IReadOnlyDictionary<object, int> handles)
        => shape is { KeyAssignment: ContractKeyAssignment.Store } && key is not null && handles.TryGetValue(key, out var handle)
            ? "(key stored by call " + (handle + 1).ToString(CultureInfo.InvariantCulture) + ")"
            : Value(key);

    public static string Value(object? value) => Value(value, null);

    /// <summary><paramref name="path"/>: the objects being written by <see cref="Structural"/> above this one, so a cycle ends.</summary>
    private static string Value(object? value, HashSet<object>? path) => value switch
    {
        null => "null",
        string s => Literal(s),
        bool b => b ? "true" : "false",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        decimal m => TrimZeros(m.ToString(CultureInfo.InvariantCulture)),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Runtime.CompilerServices.ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Value(tuple[i], path))) + ")",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(item => Value(item, path))) + "]",
        _ => Structural(value, path),
    };

    /// <summary>
    /// A value of any other type: its own ToString when it has one (records, value objects), else its public properties,
    /// written the same way — never the bare type name, which would make two different values look equal. An object met
    /// again below itself (a cycle) is written as "(cycle)", so a graph never recurses forever.
    /// </summary>
    private static string Structural(object value, HashSet<object>? path)
    {
        var type = value.GetType();
        var text = value.ToString();
        if (text is not null && !string.Equals(text, type.ToString(), StringComparison.Ordinal))
        {
            return text;
        }

        path ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!path.Add(value))
        {
            return "(cycle)";
        }

        var properties = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(static p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .OrderBy(static p => p.Name, StringComparer.Ordinal);
        var builder = new StringBuilder(type.Name).Append(" {");
        var first = true;
        foreach (var property in properties)
        {
            builder.Append(first ? " " : ", ").Append(property.Name).Append(" = ").Append(Value(property.GetValue(value), path));
            first = false;
        }

        path.Remove(value);
        return builder.Append(first ? "}" : " }").ToString();
    }

    public static string Literal(string s)
    {
        var text = new StringBuilder("\"");
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string TrimZeros(string number)
        => number.Contains('.', StringComparison.Ordinal) ? number.TrimEnd('0').TrimEnd('.') : number;

    private static List<object?> Items(object? value) => value switch
    {
        null => new List<object?>(),
        string => new List<object?> { value },
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => new List<object?> { value },
    };

    private static string List(List<object?> items, Func<object?, string> canonical, ContractResult result, ContractEntityShape? entity, IReadOnlyDictionary<object, int> handles)
    {
        var texts = items.Select(canonical).ToList();
        switch (result.Order)
        {
            case ContractResultOrder.Exact:
                break;
            case ContractResultOrder.OrderedBy when entity is not null && result.OrderBy.Count > 0:
                {
                    // Runs of items with equal ordering values may come in any order (a database breaks ties as it likes).
                    var keys = items.Select(item => string.Join("|", result.OrderBy.Select(o => Value(entity.Properties.First(p => p.Name == o.Property).Get(item!))))).ToList();
                    var sorted = new List<string>();
                    var start = 0;
                    for (var i = 1; i <= texts.Count; i++)
                    {
                        if (i == texts.Count || keys[i] != keys[start])
                        {
                            sorted.AddRange(texts.GetRange(start, i - start).Order(StringComparer.Ordinal));
                            start = i;
                        }
                    }

                    texts = sorted;
                    break;
                }

            default:
                texts.Sort(StringComparer.Ordinal);
                break;
        }

        return (result.Order == ContractResultOrder.Unordered ? "(any order) " : "") + "[" + string.Join(", ", texts) + "]";
    }
}
