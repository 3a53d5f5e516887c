using System.Linq;
using InMemoryFakes.RealWorld.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.RealWorld.Tests;

/// <summary>The probe's stubs compile whatever constraints the interface's generic methods have.</summary>
public class ProbeStubWriterTests
{
    [Fact]
    public void Stubs_of_generic_methods_restate_only_the_constraint_an_explicit_implementation_may_have()
    {
        // ModularMonolith's IAggregateStore.Load<T>(AggregateId<T>) where T : AggregateRoot: the stub said
        // "where T : default", which an explicit implementation of a method whose T is a reference type may not (CS8822),
        // so its probe never compiled.
        var source = CorpusCompiler.ParseSupport("Stubbed.cs", """
            #nullable enable
            using System;
            namespace Corpus
            {
                public sealed class ProbeMissingMemberException(string member) : Exception(member);
            }

            namespace Stubbed
            {
                public abstract class Root { }
                public sealed class Id<T> where T : Root { }
                public interface IStore
                {
                    T? Load<T>(Id<T> id) where T : Root;
                    T? Reference<T>() where T : class;
                    T? Value<T>() where T : struct;
                    T? Unmanaged<T>() where T : unmanaged;
                    T? Anything<T>();
                    T? NotNull<T>() where T : notnull;
                    T? Disposable<T>() where T : IDisposable;
                    T? Enum<T>() where T : struct, System.Enum;
                    TValue? Pair<TBase, TValue>(TBase key) where TBase : Root where TValue : TBase;
                }

                public partial class Store : IStore { }
            }
            """);
        var compilation = CorpusCompiler.Compile([source]);
        var fake = compilation.GetTypeByMetadataName("Stubbed.Store")!;

        var stub = ProbeStubWriter.Write(fake);

        Assert.NotNull(stub);
        Assert.Contains("Load<T>(", stub, System.StringComparison.Ordinal);
        var errors = compilation.AddSyntaxTrees(CorpusCompiler.ParseSupport("Stubs.cs", stub!)).GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(static d => d.Severity == DiagnosticSeverity.Error)
            .ToArray();
        Assert.True(errors.Length == 0, "The stubs do not compile:\n" + stub + "\n" + string.Join("\n", errors.Select(static e => e.ToString())));
    }
}
