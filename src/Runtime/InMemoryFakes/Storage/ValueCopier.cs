using System;
using System.ComponentModel;
using System.Reflection;

namespace InMemoryFakes.Support;

/// <summary>
/// Isolates stored values from the instances callers hold: copy on write, copy on read.
/// The generator supplies a deep copy for entity classes it can see and marks immutable records as
/// such; without that the runtime falls back to a shallow member-wise clone of mutable classes.
/// </summary>
/// <typeparam name="T">The stored value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueCopier<T>
{
    private static readonly Func<object, object> ShallowClone =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!
            .CreateDelegate<Func<object, object>>();

    private readonly Func<T, T>? _copy;

    private ValueCopier(Func<T, T>? copy)
    {
        _copy = copy;
    }

    /// <summary>A copier that never copies.</summary>
    public static ValueCopier<T> Reference { get; } = new(null);

    /// <summary><see langword="true"/> when values are copied.</summary>
    public bool Copies => _copy is not null;

    /// <summary>Chooses the copier for a mode.</summary>
    /// <param name="mode">The copy mode.</param>
    /// <param name="deepCopy">A deep copy for <typeparamref name="T"/>, usually generated; <see langword="null"/> to use the runtime's fallback.</param>
    /// <param name="isImmutable"><see langword="true"/> when <typeparamref name="T"/> is known to be immutable (no copy needed in <see cref="CopyMode.Auto"/>).</param>
    /// <returns>The copier.</returns>
    public static ValueCopier<T> Create(CopyMode mode, Func<T, T>? deepCopy = null, bool isImmutable = false)
    {
        if (mode == CopyMode.Reference || (mode == CopyMode.Auto && (isImmutable || IsImmutableByType())))
        {
            return Reference;
        }

        return new ValueCopier<T>(deepCopy ?? Fallback);
    }

    /// <summary>Copies a value (or returns it when this copier does not copy).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The copy.</returns>
    public T Copy(T value) => _copy is null || value is null ? value : _copy(value);

    private static bool IsImmutableByType()
    {
        var type = typeof(T);
        return type == typeof(string) || (type.IsValueType && type.IsPrimitive) || type.IsEnum
            || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeSpan) || type == typeof(Guid)
            || (Nullable.GetUnderlyingType(type) is { IsPrimitive: true });
    }

    private static T Fallback(T value) => (T)CopyObject(value!);

    private static object CopyObject(object value) => value switch
    {
        string or ValueType or Delegate => value,
        byte[] bytes => bytes.Clone(),
        Array array => array.Clone(),
        _ => ShallowClone(value),
    };
}
