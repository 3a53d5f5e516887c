using System;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>What one call did on one side: returned a value, or threw (classified or not).</summary>
internal sealed record Outcome(object? Value, Exception? Error, ContractErrorKind? Kind)
{
    public bool Threw => Error is not null;

    /// <summary>What is compared: the canonical value, or the error kind (unclassified errors by type).</summary>
    public string Comparable { get; init; } = "";

    /// <summary>For people: the value, or the kind with the exception's type and message.</summary>
    public string Describe()
        => Error is null ? Comparable
            : Kind is { } kind ? $"threw {kind} ({Detail(Error)})"
            : $"threw {Error.GetType().FullName} (not a contract error kind: {Detail(Error)})";

    // The outer exception, and the innermost one when it is wrapped (EF Core's "see the inner exception").
    private static string Detail(Exception error)
    {
        var inner = error;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var text = error.GetType().Name + ": " + FirstLine(error.Message);
        return ReferenceEquals(inner, error) ? text : text + " → " + inner.GetType().Name + ": " + FirstLine(inner.Message);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message.Substring(0, end);
    }
}
