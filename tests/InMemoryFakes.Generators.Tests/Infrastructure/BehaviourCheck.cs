using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

/// <summary>
/// Runs checks against the fakes a generator run produced: the check source (a <c>public static class Checks</c> with a
/// <c>public static void Run()</c>, in namespace <c>Behaviour</c>) is compiled with the run's output, loaded into a collectible
/// context and run; an exception it throws fails the test with its text. Another class's <c>Run()</c> can be named.
/// </summary>
internal static class BehaviourCheck
{
    /// <summary>
    /// The assertions every check may use (<c>using static Behaviour.Expect;</c>), compiled beside it: <c>Is(expected,
    /// actual, what)</c> compares with <see cref="object.Equals(object, object)"/>, <c>Throws&lt;TException&gt;(action,
    /// parameter, what)</c> requires that exception type and, for an <see cref="System.ArgumentException"/>, that
    /// parameter name (null: any).
    /// </summary>
    private const string ExpectSource = """
        #nullable enable
        using System;

        namespace Behaviour;

        public static class Expect
        {
            public static void Is(object? expected, object? actual, string what)
            {
                if (!Equals(expected, actual)) throw new InvalidOperationException(what + ": expected <" + expected + "> but was <" + actual + ">");
            }

            public static void Throws<TException>(Action action, string? parameter, string what) where TException : Exception
            {
                try
                {
                    action();
                }
                catch (TException e)
                {
                    if (parameter is not null && e is ArgumentException a && a.ParamName != parameter) throw new InvalidOperationException(what + ": named <" + a.ParamName + ">, not <" + parameter + ">");
                    return;
                }

                throw new InvalidOperationException(what + ": nothing thrown");
            }
        }
        """;

    public static void Run(GeneratorRun run, string checkSource, string checksType = "Behaviour.Checks") => Run(run, checkSource, checksType, referenced: null);

    /// <summary>
    /// As <see cref="Run(GeneratorRun, string, string)"/>, for a run whose compilation references assemblies compiled in the
    /// test (a "referenced project": <paramref name="referenced"/>, images by assembly name), which the check's context loads
    /// when the fakes first need them.
    /// </summary>
    public static void Run(GeneratorRun run, string checkSource, string checksType, System.Collections.Generic.IReadOnlyDictionary<string, byte[]>? referenced)
    {
        var tree = CSharpSyntaxTree.ParseText(checkSource, GeneratorHarness.ParseOptions, path: "Checks.cs");
        var expect = CSharpSyntaxTree.ParseText(ExpectSource, GeneratorHarness.ParseOptions, path: "Expect.cs");
        var compilation = run.OutputCompilation.AddSyntaxTrees(tree, expect);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, "The check did not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("BehaviourCheck", isCollectible: true);
        if (referenced is not null)
        {
            context.Resolving += (own, name) => name.Name is { } simple && referenced.TryGetValue(simple, out var bytes) ? own.LoadFromStream(new MemoryStream(bytes)) : null;
        }

        try
        {
            image.Position = 0;
            var method = context.LoadFromStream(image).GetType(checksType, throwOnError: true)!.GetMethod("Run")!;
            try
            {
                method.Invoke(null, null);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                Assert.Fail("The behaviour check failed: " + e.InnerException);
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
