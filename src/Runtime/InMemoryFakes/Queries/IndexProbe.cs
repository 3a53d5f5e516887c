using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// Asks a query to start from the entities whose indexed property equals a value, instead of scanning the table.
/// A probe only narrows the candidates: the query's predicate still decides, so a probe on a property without an index
/// (or an index of another fake sharing the table) falls back to a scan with the same result.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct IndexProbe
{
    /// <summary>Describes a probe.</summary>
    /// <param name="property">The indexed property (<see cref="EntityIndex{TEntity}.Property"/>).</param>
    /// <param name="value">The value, boxed as the property's type (<see langword="null"/> finds null values).</param>
    public IndexProbe(string property, object? value)
    {
        Property = property;
        Value = value;
    }

    /// <summary>The indexed property; <see langword="null"/> for no probe.</summary>
    public string? Property { get; }

    /// <summary>The value to look up.</summary>
    public object? Value { get; }

    /// <summary>Whether this is a probe at all (the default value is none).</summary>
    public bool IsSet => Property is not null;
}
