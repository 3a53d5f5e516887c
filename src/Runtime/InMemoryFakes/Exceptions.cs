using System;
using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>No entry exists for the key. Derives from <see cref="KeyNotFoundException"/> so code that catches that keeps working.</summary>
public class NotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception with the store and key in its message.</summary>
    /// <param name="storeName">The store that was asked.</param>
    /// <param name="key">The key that has no entry.</param>
    public NotFoundException(string storeName, object? key)
        : base(FakeErrors.NotFoundMessage(storeName, key))
    {
        StoreName = storeName;
        Key = key;
    }

    // A query found nothing: the message describes the query; there is no key.
    internal NotFoundException(string storeName, string message, string query)
        : base(message)
    {
        StoreName = storeName;
        Query = query;
    }

    /// <summary>The store that was asked.</summary>
    public string StoreName { get; }

    /// <summary>The key that has no entry; <see langword="null"/> when a query found nothing.</summary>
    public object? Key { get; }

    /// <summary>The query that found nothing (a derived query's member name); <see langword="null"/> for a key lookup.</summary>
    public string? Query { get; }
}

/// <summary>An entry with the key (or a unique value) already exists.</summary>
public class DuplicateKeyException : InvalidOperationException
{
    /// <summary>Creates the exception with the store and key in its message.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The key, or the unique value, that is already taken.</param>
    /// <param name="constraint">The unique constraint that was violated, or <see langword="null"/> for the primary key.</param>
    public DuplicateKeyException(string storeName, object? key, string? constraint = null)
        : base(FakeErrors.DuplicateMessage(storeName, key, constraint))
    {
        StoreName = storeName;
        Key = key;
        Constraint = constraint;
    }

    /// <summary>The store that refused the write.</summary>
    public string StoreName { get; }

    /// <summary>The key, or the unique value, that is already taken.</summary>
    public object? Key { get; }

    /// <summary>The unique constraint that was violated; <see langword="null"/> for the primary key.</summary>
    public string? Constraint { get; }
}

/// <summary>A write would take the store past its entry or byte quota. The store is unchanged.</summary>
public class QuotaExceededException : InvalidOperationException
{
    /// <summary>Creates the exception with the store, key and limit in its message.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The key being written.</param>
    /// <param name="detail">Which limit was hit, e.g. "MaxBytes 1048576: would hold 1048590 bytes".</param>
    public QuotaExceededException(string storeName, object? key, string detail)
        : base(FakeErrors.QuotaMessage(storeName, key, detail))
    {
        StoreName = storeName;
        Key = key;
    }

    /// <summary>The store that refused the write.</summary>
    public string StoreName { get; }

    /// <summary>The key being written.</summary>
    public object? Key { get; }
}

/// <summary>An optimistic concurrency check failed: the stored version differs from the one supplied. The store is unchanged.</summary>
public class ConcurrencyConflictException : InvalidOperationException
{
    /// <summary>Creates the exception with the store, key and versions in its message.</summary>
    /// <param name="storeName">The store that refused the write.</param>
    /// <param name="key">The key of the entity.</param>
    /// <param name="expected">The version the caller supplied.</param>
    /// <param name="actual">The version in the store.</param>
    public ConcurrencyConflictException(string storeName, object? key, object? expected, object? actual)
        : base(FakeErrors.ConflictMessage(storeName, key, expected, actual))
    {
        StoreName = storeName;
        Key = key;
    }

    /// <summary>The store that refused the write.</summary>
    public string StoreName { get; }

    /// <summary>The key of the entity.</summary>
    public object? Key { get; }
}
