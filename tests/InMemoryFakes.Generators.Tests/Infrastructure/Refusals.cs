using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

/// <summary>
/// What the variant tests of refused guesses share: the text a diagnostic points at (the member's name), the IMF0001 message
/// on one member, exactly which members are IMF0001 with their causes, and the prelude of a behaviour check over types
/// declared in namespace <c>V</c>.
/// </summary>
internal static class Refusals
{
    /// <summary>
    /// The opening of a <see cref="BehaviourCheck"/> source over types in namespace <c>V</c>: usings, <c>Expect</c>, and the
    /// open <c>Checks</c> class; the test adds <c>public static void Run()</c> and closes the class.
    /// </summary>
    public const string CheckPreludeForV = Sources.Usings + """
        using V;

        """ + CheckOpening;

    /// <summary>
    /// The opening of a <see cref="BehaviourCheck"/> source after the test's own usings: <c>Expect</c> and the open
    /// <c>Checks</c> class.
    /// </summary>
    public const string CheckOpening = """

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {

        """;

    /// <summary>
    /// The source without the given lines (members a variant leaves out to show the rest generated); each line must be in it,
    /// so a renamed member fails the test instead of silently staying.
    /// </summary>
    public static string Without(string source, params string[] lines)
    {
        foreach (var line in lines)
        {
            Assert.Contains(line, source, StringComparison.Ordinal);
            source = source.Replace(line, "", StringComparison.Ordinal);
        }

        return source;
    }

    /// <summary>Each warning or error as "id text-pointed-at" (the member's name, or the type's), ordered.</summary>
    public static string[] Listed(GeneratorRun run)
        => run.GeneratorDiagnostics
            .Where(static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
            .Select(static d => d.Id + " " + PointedAt(d))
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The source text a diagnostic points at: the member's name for IMF0001.</summary>
    public static string PointedAt(Microsoft.CodeAnalysis.Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(diagnostic.Location.SourceSpan);

    /// <summary>
    /// The message with the hand-written line's arguments written as "…" (<c>Store.Call(nameof(Get), …)</c>), as refusals said
    /// it until session 26: for tests about a refusal's reason, whose expected text names the line that way. What the line
    /// is written out as, and that it compiles, is RefusalFixTests'.
    /// </summary>
    public static string WithoutCallArguments(string message)
        => System.Text.RegularExpressions.Regex.Replace(message, @"(?:await )?((?:\(\(IInMemoryFake\)this\)\.Core|\w+))\.(Call|Intercept)(?:Async)?\((nameof\([^)]*\)|""[^""]*"")(?:, .*?)?\) joins the call log", "$1.$2($3, …) joins the call log");

    /// <summary>The one IMF0001 message on <paramref name="member"/>.</summary>
    public static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0001" && PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    /// <summary>Exactly these members are IMF0001 (by the name the diagnostic points at), no other warning or error is reported, and each message has its cause.</summary>
    public static void Exactly(GeneratorRun run, params (string Member, string Cause)[] refused)
    {
        Assert.Equal(
            refused.Select(static r => r.Member).OrderBy(static m => m, StringComparer.Ordinal),
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id != "IMF0001" && d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        foreach (var (member, cause) in refused)
        {
            Assert.Contains(cause, Message(run, member), StringComparison.Ordinal);
        }
    }
}
