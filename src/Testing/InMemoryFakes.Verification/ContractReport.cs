using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InMemoryFakes.Verification;

/// <summary>What a contract run did, and the first difference it found (shrunk), if any.</summary>
public sealed class ContractReport
{
    internal ContractReport(string interfaceName, int masterSeed, int sequences, int calls, IReadOnlyList<string> leftOut, ContractDifference? difference, IReadOnlyList<ContractMemberCoverage> coverage)
    {
        Coverage = coverage;
        InterfaceName = interfaceName;
        MasterSeed = masterSeed;
        Sequences = sequences;
        Calls = calls;
        LeftOut = leftOut;
        Difference = difference;
    }

    /// <summary>The interface the contract ran over.</summary>
    public string InterfaceName { get; }

    /// <summary>The seed the sequences' seeds were derived from.</summary>
    public int MasterSeed { get; }

    /// <summary>How many sequences ran.</summary>
    public int Sequences { get; }

    /// <summary>How many calls ran on each side (before shrinking).</summary>
    public int Calls { get; }

    /// <summary>Members that were not exercised, each with the reason.</summary>
    public IReadOnlyList<string> LeftOut { get; }

    /// <summary>The first difference, shrunk; <see langword="null"/> when the fake and the real implementation agreed.</summary>
    public ContractDifference? Difference { get; }

    /// <summary>What each exercised member did on the fake, over all sequences: how often it returned and how often it failed, by error kind.</summary>
    public IReadOnlyList<ContractMemberCoverage> Coverage { get; }

    /// <summary>Whether no difference was found.</summary>
    public bool Passed => Difference is null;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{InterfaceName}: {Sequences} sequences, {Calls} calls on each side (seed {MasterSeed}): ");
        text.Append(Passed ? "the fake and the real implementation agree." : "they differ.");
        foreach (var member in LeftOut)
        {
            text.AppendLine().Append("  not exercised: ").Append(member);
        }

        if (Difference is not null)
        {
            text.AppendLine().Append(Difference);
        }

        text.AppendLine().Append("Calls per member on the fake:");
        foreach (var member in Coverage)
        {
            text.AppendLine().Append("  ").Append(member);
        }

        return text.ToString();
    }
}

/// <summary>How often a member was called in a run, and what it did on the fake (the outcomes both sides agreed on, up to a difference).</summary>
/// <param name="Member">The member.</param>
/// <param name="Calls">How many calls.</param>
/// <param name="Outcomes">Per outcome ("returned", or an error kind such as "Duplicate"), how many calls had it.</param>
public sealed record ContractMemberCoverage(string Member, int Calls, IReadOnlyDictionary<string, int> Outcomes)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Member}: {Calls.ToString(CultureInfo.InvariantCulture)} calls ({string.Join(", ", System.Linq.Enumerable.Select(Outcomes, o => o.Key + " " + o.Value.ToString(CultureInfo.InvariantCulture)))})";
}

/// <summary>The first difference between the fake and the real implementation, shrunk to a few calls.</summary>
public sealed class ContractDifference
{
    internal ContractDifference(int sequenceSeed, string member, string expected, string actual, IReadOnlyList<string> calls, string snippet, int originalCalls, int shrinkReplays)
    {
        SequenceSeed = sequenceSeed;
        Member = member;
        Expected = expected;
        Actual = actual;
        Calls = calls;
        Snippet = snippet;
        OriginalCalls = originalCalls;
        ShrinkReplays = shrinkReplays;
    }

    /// <summary>The seed of the failing sequence: <c>Replay(seed)</c> runs exactly it again.</summary>
    public int SequenceSeed { get; }

    /// <summary>The member whose results differ.</summary>
    public string Member { get; }

    /// <summary>What the fake (the reference) did at the differing call.</summary>
    public string Expected { get; }

    /// <summary>What the real implementation did.</summary>
    public string Actual { get; }

    /// <summary>The shrunk calls as C# statements, the differing one last (with its two outcomes as comments).</summary>
    public IReadOnlyList<string> Calls { get; }

    /// <summary>The repro to paste into a test: a header with the seed, then <see cref="Calls"/>.</summary>
    public string Snippet { get; }

    /// <summary>How many calls the sequence had when the difference was first seen.</summary>
    public int OriginalCalls { get; }

    /// <summary>How many replays shrinking took.</summary>
    public int ShrinkReplays { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"{Member}: expected (fake) {Expected}; actual (real) {Actual}.{Environment.NewLine}{Snippet}";
}

/// <summary>Thrown by <see cref="FakeContract{TInterface}.RunAsync(Func{TInterface}, System.Threading.CancellationToken)"/> when the real implementation differs from the fake.</summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>Creates the exception from a failed report.</summary>
    /// <param name="report">The report.</param>
    public ContractViolationException(ContractReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString())
    {
        Report = report;
    }

    /// <summary>The report, with the shrunk difference.</summary>
    public ContractReport Report { get; }
}

/// <summary>The contract could not run: a bad descriptor or setting, a factory that throws, an engine that cannot be reached, a call that hangs. The message says what to fix.</summary>
public sealed class ContractSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public ContractSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public ContractSetupException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
