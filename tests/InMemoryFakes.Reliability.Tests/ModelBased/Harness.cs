using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>Which seeds a model-based test runs: a fixed range per store kind, or the one seed named by <c>INMEMORYFAKES_SEED</c>.</summary>
internal static class SeedPlan
{
    public const string EnvironmentVariable = "INMEMORYFAKES_SEED";

    /// <summary>The seeds of one kind: <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> - 1, or only the requested seed when it falls in that range.</summary>
    public static IReadOnlyList<int> Seeds(int first, int count)
    {
        var requested = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return Enumerable.Range(first, count).ToArray();
        }

        var seed = int.Parse(requested.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
        return seed >= first && seed < first + count ? new[] { seed } : Array.Empty<int>();
    }
}

/// <summary>What one sequence did so far, so a failure can be read and reproduced.</summary>
internal sealed class SequenceTrace
{
    private readonly List<string> _steps = new();

    public SequenceTrace(string kind, int seed, string config, string testName)
    {
        Kind = kind;
        Seed = seed;
        Config = config;
        TestName = testName;
    }

    public string Kind { get; }

    public int Seed { get; }

    public string Config { get; }

    public string TestName { get; }

    public int Count => _steps.Count;

    public void Add(string step) => _steps.Add(step);

    public void Fail(int step, string operation, string detail)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Kind}: the runtime and the reference model diverged at step {step} of seed {Seed}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Reproduce: {SeedPlan.EnvironmentVariable}={Seed} dotnet test tests/InMemoryFakes.Reliability.Tests --filter \"FullyQualifiedName~{TestName}\"");
        text.AppendLine(CultureInfo.InvariantCulture, $"Config: {Config}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Operation: {operation}");
        text.AppendLine(detail);
        text.AppendLine("Operations so far:");
        for (var i = 0; i < _steps.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {i,3}: {_steps[i]}");
        }

        throw new ModelDivergenceException(text.ToString());
    }
}

/// <summary>The runtime and the reference model disagree.</summary>
public sealed class ModelDivergenceException : Exception
{
    public ModelDivergenceException(string message)
        : base(message)
    {
    }
}

/// <summary>Running totals of one kind's sequences, for the summary line.</summary>
internal sealed class RunTotals
{
    public int Sequences { get; set; }

    public long Steps { get; set; }

    public void Report(string kind)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[model-based] {kind}: sequences={Sequences} steps={Steps} divergences=0");
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}

/// <summary>Small helpers shared by the generators of random operations.</summary>
internal static class Pick
{
    public static T One<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(Random random, int percent) => random.Next(100) < percent;

    /// <summary>Chooses an index by weight.</summary>
    public static int Weighted(Random random, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = random.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            if (roll < weights[i])
            {
                return i;
            }

            roll -= weights[i];
        }

        return weights.Count - 1;
    }

    public static string Quote(string? text) => text is null ? "null" : "\"" + text + "\"";

    public static string Bytes(byte[]? bytes) => bytes is null ? "null" : "0x" + Convert.ToHexString(bytes);
}

/// <summary>
/// A result as text: a value, or <c>!ExceptionType</c>. An expected result may allow several texts
/// (joined with <c> | </c>) where the documentation leaves the order of two errors open.
/// </summary>
internal static class Outcome
{
    public static string Of(Exception error) => "!" + error.GetType().Name;

    public static string Throws<TException>() => "!" + typeof(TException).Name;

    public static string Throws(Type exception) => "!" + exception.Name;

    public static string Either(params string[] choices) => string.Join(" | ", choices);

    public static bool Matches(string expected, string actual)
        => expected == actual || expected.Split(" | ").Contains(actual);
}

/// <summary>Recorded evictions and expiries: <c>key:reason@ticks</c>, compared as a sorted list per step.</summary>
/// <remarks>
/// When the table's timers never fire (<see cref="IgnoreExpiry"/>), expired entries leave whenever the table happens to
/// sweep, so only evictions are compared.
/// </remarks>
internal sealed class EventLog
{
    private readonly List<string> _events = new();

    public bool IgnoreExpiry { get; set; }

    public void Add(object key, EvictionReason reason, long atTicks)
    {
        if (IgnoreExpiry && reason == EvictionReason.Expired)
        {
            return;
        }

        _events.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:{reason}@{atTicks}"));
    }

    public string Drain()
    {
        _events.Sort(StringComparer.Ordinal);
        var text = string.Join(", ", _events);
        _events.Clear();
        return text;
    }
}

/// <summary>Runs one operation against the model and the runtime and compares result, events and full state.</summary>
internal sealed class StepChecker
{
    private readonly SequenceTrace _trace;
    private readonly Func<bool, string> _modelState;
    private readonly Func<bool, string> _realState;
    private readonly EventLog _modelEvents;
    private readonly EventLog _realEvents;

    /// <param name="trace">The sequence so far.</param>
    /// <param name="modelState">Renders the model's state; the flag asks for the totals (Count, Bytes) too.</param>
    /// <param name="realState">Renders the runtime's state in the same format.</param>
    /// <param name="modelEvents">Evictions the model expects.</param>
    /// <param name="realEvents">Evictions the runtime raised.</param>
    /// <param name="totalsEvery">
    /// Read the totals after every n-th step only. Count and Bytes sweep expired entries, so on a table whose timers
    /// never fire, reading them after every step would hide a read path that forgets to check expiry.
    /// </param>
    public StepChecker(SequenceTrace trace, Func<bool, string> modelState, Func<bool, string> realState, EventLog modelEvents, EventLog realEvents, int totalsEvery = 1)
    {
        _trace = trace;
        _modelState = modelState;
        _realState = realState;
        _modelEvents = modelEvents;
        _realEvents = realEvents;
        _totalsEvery = totalsEvery;
    }

    private readonly int _totalsEvery;

    public void Run(string description, Func<string> model, Func<string> real)
    {
        var index = _trace.Count;
        var expected = model();
        string actual;
        try
        {
            actual = real();
        }
        catch (Exception error) when (error is not ModelDivergenceException)
        {
            actual = Outcome.Of(error);
            if (!Outcome.Matches(expected, actual))
            {
                _trace.Add(description + " -> " + actual);
                _trace.Fail(index, description, $"Result: model {expected}, runtime threw:\n{error}");
            }
        }

        _trace.Add(description + " -> " + actual);
        if (!Outcome.Matches(expected, actual))
        {
            _trace.Fail(index, description, $"Result: model {expected}, runtime {actual}");
        }

        var modelEvents = _modelEvents.Drain();
        var realEvents = _realEvents.Drain();
        if (modelEvents != realEvents)
        {
            _trace.Fail(index, description, $"Evictions/expiries: model [{modelEvents}], runtime [{realEvents}]");
        }

        var totals = index % _totalsEvery == 0;
        var modelState = _modelState(totals);
        var realState = _realState(totals);
        if (modelState != realState)
        {
            _trace.Fail(index, description, $"State after the step:\nmodel:\n{modelState}\nruntime:\n{realState}");
        }
    }
}
