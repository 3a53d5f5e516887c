using System;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;
using InMemoryFakes.Verification.Running;

namespace InMemoryFakes.Verification;

/// <summary>Helpers the contract's repro snippets call: assert that a call fails with an error of a kind, classified as the contract does.</summary>
public static class Repro
{
    /// <summary>Runs <paramref name="call"/> and checks that it throws an error of <paramref name="kind"/>.</summary>
    /// <param name="kind">The expected kind; <see langword="null"/> accepts any exception.</param>
    /// <param name="call">The call.</param>
    /// <returns>The exception.</returns>
    /// <exception cref="ContractReproException">Nothing was thrown, or an error of another kind.</exception>
    public static Exception Throws(ContractErrorKind? kind, Action call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            call();
        }
        catch (Exception error)
        {
            return Check(kind, error);
        }

        throw new ContractReproException($"Expected an error of kind {kind?.ToString() ?? "(any)"}, but the call returned.");
    }

    /// <summary>Awaits <paramref name="call"/> and checks that it throws an error of <paramref name="kind"/>.</summary>
    /// <param name="kind">The expected kind; <see langword="null"/> accepts any exception.</param>
    /// <param name="call">The call.</param>
    /// <returns>The exception.</returns>
    /// <exception cref="ContractReproException">Nothing was thrown, or an error of another kind.</exception>
    public static async Task<Exception> ThrowsAsync(ContractErrorKind? kind, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            return Check(kind, error);
        }

        throw new ContractReproException($"Expected an error of kind {kind?.ToString() ?? "(any)"}, but the call returned.");
    }

    private static Exception Check(ContractErrorKind? kind, Exception error)
    {
        if (kind is { } expected && ErrorClassifier.Default.Classify(error) is var actual && actual != expected)
        {
            throw new ContractReproException($"Expected an error of kind {expected}, but got {actual?.ToString() ?? "an unclassified error"}: {error.GetType().Name}: {error.Message}", error);
        }

        return error;
    }
}

/// <summary>A repro snippet's expectation did not hold.</summary>
public sealed class ContractReproException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public ContractReproException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What was expected and what happened.</param>
    /// <param name="innerException">The exception the call threw.</param>
    public ContractReproException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
