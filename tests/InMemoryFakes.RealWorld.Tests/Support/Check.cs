// Compiled in memory with every corpus file (not part of the test project): the assertions smoke scripts use.
// Each failure says what the source project's real store does and what the fake did instead.

using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus;

/// <summary>Assertions for smoke scripts: each throws <see cref="SmokeFailedException"/> naming the expectation.</summary>
internal static class Check
{
    public static void True(bool condition, string expectation)
    {
        if (!condition)
        {
            throw new SmokeFailedException(expectation + ": it was not so");
        }
    }

    public static void False(bool condition, string expectation) => True(!condition, expectation);

    public static void Null(object? value, string expectation)
    {
        if (value is not null)
        {
            throw new SmokeFailedException(expectation + ": got " + value);
        }
    }

    public static T NotNull<T>(T? value, string expectation)
        where T : class
        => value ?? throw new SmokeFailedException(expectation + ": got null");

    public static T NotNull<T>(T? value, string expectation)
        where T : struct
        => value ?? throw new SmokeFailedException(expectation + ": got null");

    public static void Equal<T>(T expected, T actual, string expectation)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new SmokeFailedException(expectation + ": expected " + Show(expected) + ", got " + Show(actual));
        }
    }

    /// <summary>The action throws an exception of type <typeparamref name="TException"/> (or a subtype).</summary>
    public static void Throws<TException>(Action action, string expectation)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (ProbeMissingMemberException)
        {
            throw;
        }
        catch (TException)
        {
            return;
        }
        catch (Exception other)
        {
            throw new SmokeFailedException(expectation + ": expected " + typeof(TException).Name + ", got " + other.GetType().Name + ": " + other.Message);
        }

        throw new SmokeFailedException(expectation + ": expected " + typeof(TException).Name + ", nothing was thrown");
    }

    /// <summary>The asynchronous action throws an exception of type <typeparamref name="TException"/> (or a subtype).</summary>
    public static async Task ThrowsAsync<TException>(Func<Task> action, string expectation)
        where TException : Exception
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (ProbeMissingMemberException)
        {
            throw;
        }
        catch (TException)
        {
            return;
        }
        catch (Exception other)
        {
            throw new SmokeFailedException(expectation + ": expected " + typeof(TException).Name + ", got " + other.GetType().Name + ": " + other.Message);
        }

        throw new SmokeFailedException(expectation + ": expected " + typeof(TException).Name + ", nothing was thrown");
    }

    private static string Show<T>(T value) => value is null ? "null" : "'" + value + "'";
}

/// <summary>A smoke script found that the fake does not do what the source project's real store does.</summary>
internal sealed class SmokeFailedException(string message) : Exception(message);

/// <summary>
/// Thrown by the stand-ins the harness writes for the members an incomplete fake lacks, so its smoke script can still run
/// the generated members up to the first missing one (the probe).
/// </summary>
internal sealed class ProbeMissingMemberException(string member) : Exception("probe: '" + member + "' is not generated (IMF diagnostic)")
{
    public string Member { get; } = member;
}
