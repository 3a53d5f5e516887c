using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace InMemoryFakes.Serialization;

/// <summary>
/// Helpers the JSON metadata the InMemoryFakes generator emits calls into (docs/prototyping.md): it states what it needs
/// in one line and the behaviour lives here, once. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedJson
{
    /// <summary>
    /// Reads a get-only collection property back in place: clears the collection the object already holds and adds the
    /// items read from the file (the setter of metadata for <c>public List&lt;string&gt; Tags { get; } = new();</c>).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="target">The object's own collection.</param>
    /// <param name="items">The items read; <see langword="null"/> (a JSON <c>null</c>) is refused.</param>
    /// <param name="member">The member, for the error message (<c>Order.Tags</c>).</param>
    /// <exception cref="JsonException">The collection is null, read-only, or <paramref name="items"/> is null.</exception>
    public static void Refill<T>(ICollection<T>? target, IEnumerable<T>? items, string member)
    {
        if (target is null || target.IsReadOnly)
        {
            throw new JsonException($"{member} is a get-only collection that is {(target is null ? "null" : "read-only")}, so the saved items cannot be put back into it.");
        }

        if (items is null)
        {
            throw new JsonException($"{member} is a get-only collection: it cannot be set to null.");
        }

        target.Clear();
        foreach (var item in items)
        {
            target.Add(item);
        }
    }

    /// <summary>
    /// Refuses to write an instance of a type derived from <typeparamref name="T"/> with the metadata of
    /// <typeparamref name="T"/> (its own members would be lost and it would come back as a <typeparamref name="T"/>).
    /// Set as <c>JsonTypeInfo.OnSerializing</c> of every class that is not sealed.
    /// </summary>
    /// <typeparam name="T">The declared type.</typeparam>
    /// <param name="value">The value being written.</param>
    /// <exception cref="NotSupportedException"><paramref name="value"/> is of a derived type.</exception>
    public static void RequireExactType<T>(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.GetType() != typeof(T))
        {
            throw new NotSupportedException(
                $"A {value.GetType().FullName} is stored where {typeof(T).FullName} is declared: the generated JSON metadata of {typeof(T).Name} would " +
                $"save only its {typeof(T).Name} members and read it back as a {typeof(T).Name}. Register metadata that knows the derived types " +
                "(a JsonSerializerContext with [JsonDerivedType]) in the persistence options' JsonTypes.");
        }
    }
}
