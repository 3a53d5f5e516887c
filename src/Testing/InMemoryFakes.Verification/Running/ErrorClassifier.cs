using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Net.Sockets;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>
/// Decides which <see cref="ContractErrorKind"/> an exception means: first the user's classifiers and mapped types, then
/// the descriptor's mapped types, then the runtime's own exceptions and the common framework ones, then what database
/// engines throw (SQLSTATE 23505 and SQLite's "UNIQUE constraint failed" are duplicates, EF Core's
/// <c>DbUpdateConcurrencyException</c> and SQLSTATE 40001 conflicts). Also recognises an engine that cannot be reached.
/// </summary>
internal sealed class ErrorClassifier(IReadOnlyList<Func<Exception, ContractErrorKind?>> user, IReadOnlyList<ContractErrorMapping> mapped)
{
    public static ErrorClassifier Default { get; } = new(Array.Empty<Func<Exception, ContractErrorKind?>>(), Array.Empty<ContractErrorMapping>());

    public ContractErrorKind? Classify(Exception exception)
    {
        foreach (var candidate in Chain(exception))
        {
            foreach (var classify in user)
            {
                if (classify(candidate) is { } kind)
                {
                    return kind;
                }
            }

            foreach (var mapping in mapped)
            {
                if (mapping.Matches(candidate))
                {
                    return mapping.Kind;
                }
            }
        }

        foreach (var candidate in Chain(exception))
        {
            if (Known(candidate) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether the exception says the engine could not be reached (so the run stops instead of reporting a difference).</summary>
    public static bool IsUnreachable(Exception exception)
    {
        foreach (var candidate in Chain(exception))
        {
            switch (candidate)
            {
                case SocketException:
                case TimeoutException:
                case IOException when candidate is not (FileNotFoundException or DirectoryNotFoundException):
                    return true;
                case DbException { SqlState: { } state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal):
                    return true;
            }

            var name = candidate.GetType().Name;
            if (name is "RedisConnectionException" or "RedisTimeoutException")
            {
                return true;
            }
        }

        return false;
    }

    private static ContractErrorKind? Known(Exception exception) => exception switch
    {
        NotFoundException or KeyNotFoundException => ContractErrorKind.NotFound,
        DuplicateKeyException => ContractErrorKind.Duplicate,
        ConcurrencyConflictException => ContractErrorKind.Conflict,
        QuotaExceededException => ContractErrorKind.Quota,
        ArgumentException => ContractErrorKind.Argument,
        OperationCanceledException => ContractErrorKind.Cancelled,
        DbException { SqlState: "23505" } => ContractErrorKind.Duplicate,
        DbException { SqlState: "40001" } => ContractErrorKind.Conflict,
        DbException db when db.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) => ContractErrorKind.Duplicate,
        _ when exception.GetType().Name == "DbUpdateConcurrencyException" => ContractErrorKind.Conflict,
        _ => null,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                continue;
            }

            yield return current;
        }
    }
}
