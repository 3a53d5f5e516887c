using System;
using System.Collections.Generic;
using System.Globalization;

namespace InMemoryFakes.Verification.Running;

/// <summary>
/// Makes argument and property values from their types: small domains, so keys and unique values collide and queries
/// find something, and text in case variants, so a case-insensitive implementation shows. Users override per type or
/// per property.
/// </summary>
internal sealed class ValueGenerators(
    IReadOnlyDictionary<Type, Func<ContractRandom, object?>> byType,
    IReadOnlyDictionary<string, Func<ContractRandom, object?>> byProperty)
{
    private static readonly string[] Words = ["ann", "bob", "cy", "dee", "eve"];
    private static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Whether a value of the type can be generated.</summary>
    public bool CanGenerate(Type type, string? property)
        => (property is not null && byProperty.ContainsKey(property)) || byType.ContainsKey(type) || Default(Nullable.GetUnderlyingType(type) ?? type, new ContractRandom(0), probe: true) is not Unsupported;

    /// <summary>A value of the type (null for a nullable type now and then).</summary>
    public object? Generate(Type type, string? property, bool nullable, ContractRandom random)
    {
        if (property is not null && byProperty.TryGetValue(property, out var forProperty))
        {
            return forProperty(random);
        }

        if (byType.TryGetValue(type, out var custom))
        {
            return custom(random);
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if ((nullable || underlying is not null) && random.Chance(0.2))
        {
            return null;
        }

        var value = Default(underlying ?? type, random, probe: false);
        return value is Unsupported ? throw new InvalidOperationException($"No value generator for {type.Name}.") : value;
    }

    /// <summary>Simpler values to try while shrinking, simplest first; each strictly simpler than <paramref name="value"/>.</summary>
    public static IEnumerable<object?> Simpler(object? value, bool nullable)
    {
        if (value is null)
        {
            yield break;
        }

        if (nullable)
        {
            yield return null;
        }

        switch (value)
        {
            case string s when s.Length > 0:
                if (s.Length > 1)
                {
                    yield return s.Substring(0, 1);
                }

                if (!string.Equals(s, s.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    yield return s.ToLowerInvariant();
                }

                break;
            case int i when i != 0:
                yield return 0;
                if (Math.Abs(i) > 1)
                {
                    yield return i / 2;
                }

                break;
            case long l when l != 0:
                yield return 0L;
                if (Math.Abs(l) > 1)
                {
                    yield return l / 2;
                }

                break;
            case double d when d != 0:
                yield return 0d;
                break;
            case decimal m when m != 0:
                yield return 0m;
                break;
            case bool b when b:
                yield return false;
                break;
            case byte[] bytes when bytes.Length > 0:
                yield return Array.Empty<byte>();
                if (bytes.Length > 1)
                {
                    yield return bytes[..1];
                }

                break;
            case DateTime t when t != Epoch:
                yield return Epoch;
                break;
        }
    }

    private static object? Default(Type type, ContractRandom random, bool probe)
    {
        if (type == typeof(string))
        {
            var word = random.Pick(Words);
            return random.Chance(0.25) ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;
        }

        if (type == typeof(int))
        {
            return random.Next(0, 12);
        }

        if (type == typeof(long))
        {
            return (long)random.Next(0, 12);
        }

        if (type == typeof(short))
        {
            return (short)random.Next(0, 12);
        }

        if (type == typeof(byte))
        {
            return (byte)random.Next(0, 12);
        }

        if (type == typeof(bool))
        {
            return random.Chance(0.5);
        }

        if (type == typeof(double))
        {
            return random.Next(0, 40) / 4.0;
        }

        if (type == typeof(float))
        {
            return random.Next(0, 40) / 4.0f;
        }

        if (type == typeof(decimal))
        {
            return random.Next(0, 4000) / 100m;
        }

        if (type == typeof(char))
        {
            return (char)('a' + random.Next(0, 5));
        }

        if (type == typeof(Guid))
        {
            return probe ? Guid.Empty : new Guid(random.NextBytes(16));
        }

        if (type == typeof(DateTime))
        {
            // Whole seconds, UTC: every engine stores these exactly (PostgreSQL keeps microseconds, SQL Server datetime 1/300 s).
            return Epoch.AddSeconds(random.Next(0, 20) * 3600);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(Epoch.AddSeconds(random.Next(0, 20) * 3600));
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromMinutes(random.Next(0, 20));
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.FromDateTime(Epoch).AddDays(random.Next(0, 20));
        }

        if (type == typeof(byte[]))
        {
            return random.NextBytes(random.Next(0, 5));
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValuesAsUnderlyingType(type);
            return values.Length == 0 ? Unsupported.Instance : Enum.ToObject(type, values.GetValue(random.Next(0, values.Length))!);
        }

        return Unsupported.Instance;
    }

    /// <summary>Describes a generated string key space for messages.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class Unsupported
    {
        public static Unsupported Instance { get; } = new();
    }
}
