using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace InMemoryFakes.Support;

/// <summary>
/// Reads a value of a store whose values are <see cref="object"/> (a cache with generic <c>Get&lt;T&gt;</c>) as the type
/// the caller asks for: never a blind cast. A value of another type is <see langword="default"/> for a caller that may
/// get nothing, and a clear <see cref="InvalidCastException"/> naming the key and both types for one that may not.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ObjectValues
{
    /// <summary>The value as <typeparamref name="T"/>, or <see langword="default"/> when it is missing or of another type.</summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="value">The stored value (null when missing).</param>
    /// <returns>The value or default.</returns>
    public static T? AsOrDefault<T>(object? value) => value is T typed ? typed : default;

    /// <summary>
    /// The value of a generic read declared nullable or oblivious (<c>T Get&lt;T&gt;(string key)</c>) as
    /// <typeparamref name="T"/>: <see langword="default"/> when the key is missing or holds null; a value of another type is
    /// an <see cref="InvalidCastException"/> naming the member, the key and both types. What a store answers for it is in
    /// no signature: a <c>(T)</c> cast throws (IMemoryCache's <c>Get&lt;TItem&gt;</c>, Polly's registry), LazyCache's
    /// <c>CachingService.Get&lt;T&gt;</c> answers default, a JSON store converts; so the fake does not answer default for it.
    /// </summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="table">The table (for its name).</param>
    /// <param name="key">The key.</param>
    /// <param name="member">The interface member that reads (for the message).</param>
    /// <returns>The value, or default.</returns>
    /// <exception cref="InvalidCastException">The stored value is of another type.</exception>
    public static T? OfTypeOrDefault<T>(bool found, object? value, FakeTable table, object key, string member)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!found || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        throw OtherType(table, key, value, typeof(T), member + "<" + typeof(T).Name + ">", "default, the cast error a (T) cast throws, a conversion", member,
            "Store.TryGet(key, out var value) && value is T typed ? typed : default answers default");
    }

    /// <summary>The value as <typeparamref name="T"/>: missing is the not-found error, another type a clear cast error.</summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="table">The table (for its name and errors).</param>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidCastException">The stored value is of another type.</exception>
    public static T As<T>(bool found, object? value, FakeTable table, object key)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!found)
        {
            throw table.Options.Errors.CreateNotFound(table.Name, key);
        }

        return value is T typed ? typed : throw Mismatch<T>(value, table.Name, key);
    }

    /// <summary>The value as <typeparamref name="T"/> when it is one; another type is a clear cast error.</summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="value">A value that was found or made.</param>
    /// <param name="storeName">The table's name.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidCastException">The value is of another type.</exception>
    public static T Cast<T>(object? value, string storeName, object key)
        => value is T typed ? typed : value is null ? default! : throw Mismatch<T>(value, storeName, key);

    /// <summary>
    /// The value when it is an instance of <paramref name="type"/>, null when it is missing (or a stored null); a value of
    /// another type is an <see cref="InvalidCastException"/> naming the member, the key and both types. What a store answers
    /// for it (null, the value as stored, a conversion) is in no signature: RTVS's <c>VsSettingsStorage.GetSetting(name,
    /// type)</c> returns the value as stored, whatever type is asked, so the fake does not answer null for it.
    /// </summary>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="type">The type asked for.</param>
    /// <param name="table">The table (for its name).</param>
    /// <param name="key">The key.</param>
    /// <param name="member">The interface member that reads (for the message).</param>
    /// <param name="typeParam">The caller's parameter name for <paramref name="type"/>.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="InvalidCastException">The stored value is of another type.</exception>
    public static object? OfTypeOrNull(bool found, object? value, Type type, FakeTable table, object key, string member, string? typeParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (type is null)
        {
            throw new ArgumentNullException(typeParam ?? nameof(type));
        }

        if (!found || value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        throw OtherType(table, key, value, type, member, "null, the value as stored, a conversion", member,
            "Store.TryGet(key, out var value) ? value : null returns the value as stored");
    }

    /// <summary>The value when it is an instance of <paramref name="type"/>: missing is the not-found error, another type a clear cast error.</summary>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="type">The type asked for.</param>
    /// <param name="table">The table (for its name and errors).</param>
    /// <param name="key">The key.</param>
    /// <param name="typeParam">The caller's parameter name for <paramref name="type"/>.</param>
    /// <returns>The value.</returns>
    public static object OfType(bool found, object? value, Type type, FakeTable table, object key, string? typeParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (type is null)
        {
            throw new ArgumentNullException(typeParam ?? nameof(type));
        }

        if (!found)
        {
            throw table.Options.Errors.CreateNotFound(table.Name, key);
        }

        return type.IsInstanceOfType(value)
            ? value!
            : throw new InvalidCastException($"{table.Name}: the value at key {FakeErrors.Describe(key)} is a {value?.GetType().Name ?? "null"}, not a {type.Name}.");
    }

    /// <summary>
    /// The entries of a batch read whose value is a <typeparamref name="T"/>, the others left out: a generic batch read of
    /// a store of <see cref="object"/> values (<c>ReadAsync&lt;TStoreItem&gt;(keys)</c>), as <c>Get&lt;T&gt;</c> reads one value.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The store's value type.</typeparam>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="found">The entries found.</param>
    /// <returns>A new dictionary, with the same key comparer, of the values that are a <typeparamref name="T"/>.</returns>
    public static Dictionary<TKey, T> WhereOfType<TKey, TValue, T>(Dictionary<TKey, TValue> found)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(found);
        var typed = new Dictionary<TKey, T>(found.Comparer);
        foreach (var (key, value) in found)
        {
            if (value is T item)
            {
                typed.Add(key, item);
            }
        }

        return typed;
    }

    /// <summary>
    /// The value converted to <typeparamref name="T"/> under <see cref="GenericReadConversion.ChangeType"/>, or
    /// <see langword="default"/> when it is missing.
    /// </summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="storeName">The table's name.</param>
    /// <param name="key">The key.</param>
    /// <returns>The converted value, or default.</returns>
    /// <exception cref="InvalidCastException">The value converts to no <typeparamref name="T"/> and is none.</exception>
    public static T? ChangeTypeOrDefault<T>(bool found, object? value, string storeName, object key)
        => found ? ChangeType<T>(value, storeName, key) : default;

    /// <summary>
    /// The value converted to <typeparamref name="T"/> under <see cref="GenericReadConversion.ChangeType"/>: missing is
    /// the not-found error.
    /// </summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <param name="found">Whether the key has a live value.</param>
    /// <param name="value">The stored value.</param>
    /// <param name="table">The table (for its name and errors).</param>
    /// <param name="key">The key.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="InvalidCastException">The value converts to no <typeparamref name="T"/> and is none.</exception>
    public static T ChangeTypeRequired<T>(bool found, object? value, FakeTable table, object key)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!found)
        {
            throw table.Options.Errors.CreateNotFound(table.Name, key);
        }

        return ChangeType<T>(value, table.Name, key);
    }

    // Convert.ChangeType with the invariant culture; when it fails (InvalidCastException, FormatException,
    // OverflowException), the value itself when it is a T, else a cast error naming the key — CacheManager's GetCasted
    // catches the conversion's failure and casts, which throws InvalidCastException for a value of another type.
    private static T ChangeType<T>(object? value, string storeName, object key)
    {
        if (value is null)
        {
            return default!;
        }

        try
        {
            if (Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture) is T changed)
            {
                return changed;
            }
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
        }

        return value is T typed ? typed : throw Mismatch<T>(value, storeName, key);
    }

    private static InvalidCastException Mismatch<T>(object? value, string storeName, object key)
        => new($"{storeName}: the value at key {FakeErrors.Describe(key)} is a {value?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");

    /// <summary>The cast error of a read whose stored value is of another type than the one asked for, naming the member and the one-line alternative.</summary>
    private static InvalidCastException OtherType(FakeTable table, object key, object value, Type asked, string reads, string readings, string member, string alternative)
        => new(
            $"{table.Name}: the value at key {FakeErrors.Describe(key)} is a {value.GetType().Name}, not a {asked.Name}. What {reads} answers for a value of another type "
            + $"({readings}) is in no signature, so the fake does not guess: write {member} in the fake's partial class ({alternative}).");
}
