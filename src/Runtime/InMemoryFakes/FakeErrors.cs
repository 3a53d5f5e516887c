using System;
using System.ComponentModel;
using System.Globalization;

namespace InMemoryFakes.Support;

/// <summary>
/// Creates the exceptions a fake throws, either the runtime's own types or the user's types mapped
/// on <see cref="InMemoryFakeAttribute"/> (each mapped type receives the same message through its
/// <c>(string message)</c> constructor).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FakeErrors
{
    /// <summary>The runtime's own exception types, with no mapping.</summary>
    public static FakeErrors Default { get; } = new();

    /// <summary>Creates the mapped not-found exception from a message, or <see langword="null"/> for <see cref="InMemoryFakes.NotFoundException"/>.</summary>
    public Func<string, Exception>? NotFound { get; init; }

    /// <summary>Creates the mapped duplicate-key exception from a message, or <see langword="null"/> for <see cref="InMemoryFakes.DuplicateKeyException"/>.</summary>
    public Func<string, Exception>? Duplicate { get; init; }

    /// <summary>Creates the mapped quota exception from a message, or <see langword="null"/> for <see cref="InMemoryFakes.QuotaExceededException"/>.</summary>
    public Func<string, Exception>? QuotaExceeded { get; init; }

    /// <summary>Creates the mapped concurrency exception from a message, or <see langword="null"/> for <see cref="ConcurrencyConflictException"/>.</summary>
    public Func<string, Exception>? Conflict { get; init; }

    /// <summary>The exception for a missing key.</summary>
    /// <param name="storeName">The store that was asked.</param>
    /// <param name="key">The missing key.</param>
    /// <returns>The exception to throw.</returns>
    public Exception CreateNotFound(string storeName, object? key)
        => NotFound is { } map ? map(NotFoundMessage(storeName, key)) : new NotFoundException(storeName, key);

    /// <summary>The exception for a key or unique value that is already taken.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The key or unique value.</param>
    /// <param name="constraint">The unique constraint, or <see langword="null"/> for the primary key.</param>
    /// <returns>The exception to throw.</returns>
    public Exception CreateDuplicate(string storeName, object? key, string? constraint = null)
        => Duplicate is { } map ? map(DuplicateMessage(storeName, key, constraint)) : new DuplicateKeyException(storeName, key, constraint);

    /// <summary>The exception for a write past a quota.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The key being written.</param>
    /// <param name="detail">Which limit was hit.</param>
    /// <returns>The exception to throw.</returns>
    public Exception CreateQuotaExceeded(string storeName, object? key, string detail)
        => QuotaExceeded is { } map ? map(QuotaMessage(storeName, key, detail)) : new QuotaExceededException(storeName, key, detail);

    /// <summary>The exception for a failed optimistic concurrency check.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The entity's key.</param>
    /// <param name="expected">The version the caller supplied.</param>
    /// <param name="actual">The stored version.</param>
    /// <returns>The exception to throw.</returns>
    public Exception CreateConflict(string storeName, object? key, object? expected, object? actual)
        => Conflict is { } map ? map(ConflictMessage(storeName, key, expected, actual)) : new ConcurrencyConflictException(storeName, key, expected, actual);

    /// <summary>The exception for a query that must find an entity (a derived query returning a non-nullable entity) and found none.</summary>
    /// <param name="storeName">The store that was asked.</param>
    /// <param name="query">The query, e.g. the member name.</param>
    /// <param name="arguments">The query's arguments, described in the message.</param>
    /// <returns>The exception to throw: <see cref="InMemoryFakes.NotFoundException"/> with a null <see cref="InMemoryFakes.NotFoundException.Key"/>, or the mapped type.</returns>
    public Exception CreateNoMatch(string storeName, string query, params object?[] arguments)
    {
        var message = NoMatchMessage(storeName, query, arguments);
        return NotFound is { } map ? map(message) : new NotFoundException(storeName, message, query);
    }

    /// <summary><see langword="true"/> when any of the runtime's exceptions is mapped to a user type.</summary>
    public bool MapsAny => NotFound is not null || Duplicate is not null || QuotaExceeded is not null || Conflict is not null;

    /// <summary>
    /// The one place a mapping is applied: turns one of the runtime's own exceptions (<see cref="NotFoundException"/>,
    /// <see cref="DuplicateKeyException"/>, <see cref="QuotaExceededException"/>, <see cref="ConcurrencyConflictException"/>)
    /// into the mapped type, with the same message. Anything else, and a kind with no mapping, is returned as it is.
    /// </summary>
    /// <param name="error">The exception a table or a member threw.</param>
    /// <returns>The exception to throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public Exception Translate(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);

        // Exact types only: a mapped type that happens to derive from a runtime type is never mapped twice.
        var type = error.GetType();
        return type == typeof(NotFoundException) && NotFound is { } notFound ? notFound(error.Message)
            : type == typeof(DuplicateKeyException) && Duplicate is { } duplicate ? duplicate(error.Message)
            : type == typeof(QuotaExceededException) && QuotaExceeded is { } quota ? quota(error.Message)
            : type == typeof(ConcurrencyConflictException) && Conflict is { } conflict ? conflict(error.Message)
            : error;
    }

    internal static string NoMatchMessage(string storeName, string query, object?[]? arguments)
    {
        var described = arguments is null ? "" : string.Join(", ", Array.ConvertAll(arguments, Describe));
        return $"{storeName}: no entity matches {query}({described}).";
    }

    internal static string NotFoundMessage(string storeName, object? key)
        => $"{storeName}: no entry with key {Describe(key)}.";

    internal static string DuplicateMessage(string storeName, object? key, string? constraint)
        => constraint is null
            ? $"{storeName}: an entry with key {Describe(key)} already exists."
            : $"{storeName}: unique constraint '{constraint}' already has value {Describe(key)}.";

    internal static string QuotaMessage(string storeName, object? key, string detail)
        => $"{storeName}: writing key {Describe(key)} would exceed the quota ({detail}). The store is unchanged.";

    internal static string ConflictMessage(string storeName, object? key, object? expected, object? actual)
        => $"{storeName}: concurrency conflict on key {Describe(key)}: expected version {Describe(expected)} but the store holds {Describe(actual)}. The store is unchanged.";

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        IFormattable f => "'" + f.ToString(null, CultureInfo.InvariantCulture) + "'",
        _ => "'" + value + "'",
    };
}
