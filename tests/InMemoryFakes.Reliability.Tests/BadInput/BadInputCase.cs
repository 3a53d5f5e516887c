using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.BadInput;

/// <summary>A call made ready to run, and a way to read the state it must not change.</summary>
internal sealed record Arranged(Action Act, Func<string> State);

/// <summary>One row of a bad-input table: an entry point given a bad argument, and what it must answer.</summary>
/// <param name="Name">The entry point and the bad argument; the test case's display name.</param>
/// <param name="Exception">The exact documented exception type.</param>
/// <param name="ParamName">The parameter the exception must name, or null when it is not an argument exception.</param>
/// <param name="Arrange">Builds a store, the call and the state probe.</param>
/// <param name="Skip">Why the row cannot pass yet, for a known gap reported to its owner.</param>
internal sealed record BadInputCase(string Name, Type Exception, string? ParamName, Func<Arranged> Arrange, string? Skip = null)
{
    public static BadInputCase Row<TException>(string name, string? paramName, Func<Arranged> arrange, string? skip = null)
        where TException : Exception
        => new(name, typeof(TException), paramName, arrange, skip);

    public static IEnumerable<TheoryDataRow<string>> Rows(IReadOnlyList<BadInputCase> cases)
    {
        var duplicates = cases.GroupBy(static c => c.Name).Where(static g => g.Count() > 1).Select(static g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException("Duplicate bad-input row names: " + string.Join(", ", duplicates));
        }

        return cases.Select(static c => new TheoryDataRow<string>(c.Name) { Skip = c.Skip });
    }

    /// <summary>Runs the row: the documented exception type exactly, the right parameter name, and the state unchanged.</summary>
    public void Verify()
    {
        var arranged = Arrange();
        var before = arranged.State();
        var error = Record.Exception(arranged.Act);

        Assert.True(error is not null, $"{Name}: expected {Exception.Name}, but the call returned normally.");
        // Cancellation is documented as OperationCanceledException; awaiting a cancelled task throws its TaskCanceledException subtype.
        var matches = Exception == typeof(OperationCanceledException) ? error is OperationCanceledException : error.GetType() == Exception;
        Assert.True(matches, $"{Name}: expected {Exception.Name}, got {error.GetType().Name}: {error}");
        if (ParamName is not null)
        {
            Assert.Equal(ParamName, Assert.IsAssignableFrom<ArgumentException>(error).ParamName);
        }

        Assert.Equal(before, arranged.State());
    }
}
