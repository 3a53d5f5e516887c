using System.Linq;
using Xunit;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

internal static class Assertions
{
    /// <summary>The generator reported no warning or error (informational IMF0021 aside) and the output compiles with no warning or error.</summary>
    public static void Clean(GeneratorRun run)
    {
        Assert.True(run.GeneratorDiagnostics.All(static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Info) && run.CompilationDiagnostics.IsEmpty, "Expected a clean run:\n" + run.Describe());
        Assert.NotEmpty(run.Sources);
    }

    /// <summary>The generator reported exactly these ids (in any order; informational ones only when listed) and never failed.</summary>
    public static void GeneratorReported(GeneratorRun run, params string[] ids)
    {
        var expected = ids.OrderBy(static id => id, System.StringComparer.Ordinal).ToArray();
        var actual = run.GeneratorDiagnostics
            .Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info || ids.Contains(d.Id))
            .Select(static d => d.Id)
            .OrderBy(static id => id, System.StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual), "Expected generator diagnostics [" + string.Join(", ", expected) + "] but got:\n" + run.Describe());
        NeverFailed(run);
    }

    /// <summary>No IMF9999 and no generator-crash warnings.</summary>
    public static void NeverFailed(GeneratorRun run)
    {
        var failures = run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics)
            .Where(static d => d.Id is "IMF9999" or "CS8785" or "AD0001" or "CS8784")
            .ToArray();
        Assert.True(failures.Length == 0, "The generator failed:\n" + run.Describe());
    }

    /// <summary>The compilation has no errors or warnings other than the given ids.</summary>
    public static void CompilationOnly(GeneratorRun run, params string[] ids)
    {
        var unexpected = run.CompilationDiagnostics.Where(d => !ids.Contains(d.Id)).ToArray();
        Assert.True(unexpected.Length == 0, "Unexpected compilation diagnostics:\n" + run.Describe());
    }
}
