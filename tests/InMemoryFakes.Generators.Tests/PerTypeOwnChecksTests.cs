using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 42 (h-pertype41's Left 4): a table made per type argument is planned from the constraint, so a derived type's own
/// <c>[Unique]</c> property or concurrency token went unchecked through the generic members: a second member with the same
/// e-mail was stored without a word, where the fake of a repository of that type throws. Such a type now gets its table
/// from the constructor on, with its own model, as a member about it would make it; the generic members find it made.
/// </summary>
public class PerTypeOwnChecksTests
{
    private const string Entities = """
        public abstract class BaseEntity
        {
            public int Id { get; set; }
        }

        public class Member : BaseEntity
        {
            [Unique]
            public string Email { get; set; } = "";
        }

        public class Invoice : BaseEntity
        {
            [System.ComponentModel.DataAnnotations.Timestamp]
            public byte[] RowVersion { get; set; } = System.Array.Empty<byte>();

            public decimal Total { get; set; }
        }

        public class Note : BaseEntity
        {
            public string Text { get; set; } = "";
        }
        """;

    private const string Repository = """
        public interface IRepository
        {
            T? GetById<T>(int id) where T : BaseEntity;
            List<T> List<T>() where T : BaseEntity;
            T Add<T>(T entity) where T : BaseEntity;
            void Update<T>(T entity) where T : BaseEntity;
        }

        [InMemoryFake]
        public interface IAppRepository : IRepository
        {
        }
        """;

    private const string Checks = """
            public static void Run()
            {
                IAppRepository repository = new InMemoryAppRepository();
                repository.Add(new Member { Email = "ada@example.com" });
                Throws<DuplicateKeyException>(() => repository.Add(new Member { Email = "ada@example.com" }), null, "a second member with the e-mail Member declares [Unique]");
                Is(1, repository.List<Member>().Count, "the refused member is not stored");
                repository.Add(new Member { Email = "grace@example.com" });
                Is(2, repository.List<Member>().Count, "another e-mail is stored");

                var invoice = repository.Add(new Invoice { Total = 10m });
                var first = repository.GetById<Invoice>(invoice.Id)!;
                var second = repository.GetById<Invoice>(invoice.Id)!;
                first.Total = 20m;
                repository.Update(first);
                second.Total = 30m;
                Throws<ConcurrencyConflictException>(() => repository.Update(second), null, "an update from a stale read of the row version Invoice declares");
                Is(20m, repository.GetById<Invoice>(invoice.Id)!.Total, "the stale update changed nothing");

                repository.Add(new Note { Text = "a" });
                repository.Add(new Note { Text = "a" });
                Is(2, repository.List<Note>().Count, "a type with nothing of its own to check keeps the constraint's table");
            }
        }
        """;

    [Fact]
    public void A_derived_types_own_unique_property_and_token_are_checked_through_the_generic_members()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace V;\n" + Entities + Repository);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        var generated = run.Source("V.IAppRepository.InMemoryFake.g.cs");
        Assert.Contains("class __Members", generated, StringComparison.Ordinal);
        Assert.Contains("class __Invoices", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("class __Notes", generated, StringComparison.Ordinal);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + Checks);
    }

    [Fact]
    public void The_entities_of_a_referenced_project_are_seen_too()
    {
        var core = CSharpCompilation.Create(
            "App.Core",
            [CSharpSyntaxTree.ParseText(Sources.Usings + "#nullable enable\nnamespace V;\n" + Entities + """
                public interface IRepository
                {
                    T? GetById<T>(int id) where T : BaseEntity;
                    List<T> List<T>() where T : BaseEntity;
                    T Add<T>(T entity) where T : BaseEntity;
                    void Update<T>(T entity) where T : BaseEntity;
                }

                public interface IAppRepository : IRepository
                {
                }
                """, GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = core.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var bytes = image.ToArray();
        var tests = Sources.Usings + """
            #nullable enable
            namespace V.Tests;

            [InMemoryFake(typeof(V.IAppRepository))]
            public partial class InMemoryAppRepository
            {
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.Compile(tests).AddReferences(MetadataReference.CreateFromImage(bytes)));

        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        BehaviourCheck.Run(run, Sources.Usings + "using V;\nusing V.Tests;\n" + Refusals.CheckOpening + Checks, "Behaviour.Checks", new Dictionary<string, byte[]> { ["App.Core"] = bytes });
    }
}
