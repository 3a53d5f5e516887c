using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace InMemoryFakes.Support;

/// <summary>
/// One state kept under an entity tag (an ETag), as a grain storage keeps a grain's state: the value (copied by the
/// runtime's rules, as any <see cref="object"/> value is) and the tag it was written with. A cleared state is remembered
/// with no value and an empty tag, as Orleans' MemoryStorageGrain keeps a null entry "to remember that this item was once
/// in the store", so a later write must bring no tag, the empty tag or <c>*</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ETaggedState : IDeepCopyable<ETaggedState>
{
    /// <summary>Creates a state kept under a tag.</summary>
    /// <param name="value">The value; null for a cleared state.</param>
    /// <param name="eTag">The tag; empty for a cleared state.</param>
    public ETaggedState(object? value, string eTag)
    {
        Value = value;
        ETag = eTag ?? throw new ArgumentNullException(nameof(eTag));
    }

    /// <summary>The value, or null when the state was cleared (or written as null).</summary>
    public object? Value { get; }

    /// <summary>The tag the value was written with; empty when the state was cleared.</summary>
    public string ETag { get; }

    /// <summary>Whether this entry remembers a cleared state.</summary>
    public bool IsCleared => ETag.Length == 0;

    /// <inheritdoc />
    public ETaggedState DeepCopy(CopyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ETaggedState(context.CopyObject(Value), ETag);
    }
}

/// <summary>
/// States kept per key under an entity tag, with the tag rule of Orleans' in-memory grain storage (MemoryGrainStorage and
/// its MemoryStorageGrain): a write or a clear brings the tag it last read; it passes when nothing was ever stored under
/// the key, when the tags are equal, when it brings <c>*</c>, or when the state was cleared and it brings no tag; anything
/// else is a conflict and changes nothing. Each write makes a new tag (a new GUID's 32 hex digits). Values are copied on
/// write and on read (the real store keeps serialized bytes), by the runtime's copy rules for <see cref="object"/> values.
/// Generated fakes of <c>Orleans.Storage.IGrainStorage</c> call these; each one is atomic.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ETagStates
{
    /// <summary>The tag that passes every check.</summary>
    public const string AnyTag = "*";

    /// <summary>Reads the state under <paramref name="key"/>.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="state">A copy of the stored state, or a new <typeparamref name="T"/> (<see cref="NewState{T}"/>) when there is none.</param>
    /// <param name="eTag">The stored tag: null when nothing is stored or the state was cleared; the tag when the state was written as null.</param>
    /// <returns>Whether a state is stored (Orleans' <c>RecordExists</c>).</returns>
    /// <exception cref="InvalidCastException">The stored state is not a <typeparamref name="T"/>.</exception>
    public static bool Read<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] T>(
        KeyValueTable<string, object> table, string key, out T state, out string? eTag)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.TryGetValue(key, out var stored) || stored is not ETaggedState { IsCleared: false } found)
        {
            state = NewState<T>();
            eTag = null;
            return false;
        }

        eTag = found.ETag;
        if (found.Value is null)
        {
            state = NewState<T>();
            return false;
        }

        state = ObjectValues.Cast<T>(found.Value, table.Name, key);
        return true;
    }

    /// <summary>Stores a copy of <paramref name="state"/> under <paramref name="key"/> when <paramref name="eTag"/> passes the check.</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="state">The state.</param>
    /// <param name="eTag">The tag the caller last read (null for none).</param>
    /// <param name="conflict">Makes the exception for a failed check from a message, the stored tag and the tag brought.</param>
    /// <returns>The new tag.</returns>
    public static string Write<T>(KeyValueTable<string, object> table, string key, T state, string? eTag, Func<string, string?, string?, Exception> conflict)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(conflict);
        return table.Atomically(() =>
        {
            Check(table, key, eTag, conflict);
            var newTag = Guid.NewGuid().ToString("N");
            table.Set(key, new ETaggedState(state, newTag));
            return newTag;
        });
    }

    /// <summary>Forgets the state under <paramref name="key"/> (remembering that it was cleared) when <paramref name="eTag"/> passes the check.</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The key.</param>
    /// <param name="eTag">The tag the caller last read (null for none).</param>
    /// <param name="conflict">Makes the exception for a failed check from a message, the stored tag and the tag brought.</param>
    public static void Clear(KeyValueTable<string, object> table, string key, string? eTag, Func<string, string?, string?, Exception> conflict)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(conflict);
        table.Atomically(() =>
        {
            Check(table, key, eTag, conflict);
            table.Set(key, new ETaggedState(null, ""));
            return true;
        });
    }

    /// <summary>
    /// A new state object as Orleans' default activator makes one: the public parameterless constructor, else an
    /// uninitialized object (a value type's default).
    /// </summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <returns>The new state.</returns>
    public static T NewState<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] T>()
    {
        if (typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is not null)
        {
            return Activator.CreateInstance<T>();
        }

        if (typeof(T).IsAbstract || typeof(T).IsInterface || typeof(T) == typeof(string) || typeof(T).IsArray)
        {
            // Neither constructible nor uninitializable: the state starts as null, which the caller's IGrainState<T> allows.
            return default!;
        }

        return (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
    }

    private static void Check(KeyValueTable<string, object> table, string key, string? eTag, Func<string, string?, string?, Exception> conflict)
    {
        if (!table.TryGetValue(key, out var stored) || stored is not ETaggedState state)
        {
            // Nothing was ever stored here: any tag is accepted (MemoryStorageGrain: "if we have no current etag, we will accept the users data").
            return;
        }

        if ((state.IsCleared && eTag is null) || eTag == state.ETag || eTag == AnyTag)
        {
            return;
        }

        throw conflict(
            table.Name + ": e-Tag mismatch for '" + key + "'. Stored = " + (state.IsCleared ? "" : state.ETag) + " Received = " + (eTag ?? "null"),
            state.ETag,
            eTag);
    }
}
