using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// docs/diagnostics.md checked against the generator: every help link lands on an anchor, and every example (a csharp
/// block with an <c>// IMFxxxx</c> or <c>// CSxxxx</c> comment) compiled with the generator yields exactly the ids its
/// comments claim, each IMF one on the line that carries the claim.
/// </summary>
public sealed partial class DiagnosticsDocTests
{
    /// <summary>
    /// Examples whose doc is right and the generator is not, left for the generator's owner (docs/diagnostics.md says
    /// what the generator should report). Each one is asserted to still disagree, so this test fails once the generator
    /// is fixed: then delete the entry.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGeneratorBugs = new(StringComparer.Ordinal)
    {
    };

    // What a user's project holds around the snippets: the types the examples name.
    private const string Context = """
        global using System;
        global using System.Collections.Generic;
        global using System.ComponentModel.DataAnnotations;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using InMemoryFakes;

        public class User
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public int Age { get; set; }
            public bool Active { get; set; }
            public string Role { get; set; } = "";
            public Address Address { get; set; } = new();
        }

        public class Address
        {
            public string City { get; set; } = "";
        }

        public class Unit
        {
            public int Id { get; set; }
        }

        public interface IPaymentStore
        {
            void Add(User user);
        }

        public interface IStore
        {
            void Add(User user);
        }
        """;

    // Examples that show only an entity need an interface that stores it.
    private static readonly Dictionary<string, string> Companions = new(StringComparer.Ordinal)
    {
        ["IMF0013"] = "[InMemoryFake] public interface IInvoices { void Add(Invoice invoice); void Update(Invoice invoice); }",
        ["IMF0022"] = "public class Product { public int Id { get; set; } public string Name { get; set; } = \"\"; }",
    };

    private static readonly string DocPath = Path.Combine(RepositoryRoot(), "docs", "diagnostics.md");

    public static TheoryData<string> Examples => new(ReadExamples().Select(static e => e.Key));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_yields_exactly_the_diagnostics_the_doc_claims(string key)
    {
        var example = ReadExamples().Single(e => e.Key == key);
        var isMemberSnippet = !Regex.IsMatch(example.Code, @"\b(interface|class|record|struct)\s+\w");
        var source = isMemberSnippet
            ? "[InMemoryFake] public interface IUsers { User Add(User user);\n" + example.Code + "}\n"
            : example.Code + "\n" + (Companions.TryGetValue(example.Section, out var companion) ? companion + "\n" : string.Empty);
        var firstExampleLine = isMemberSnippet ? 1 : 0;

        var run = GeneratorHarness.Run(Context, source);

        var claimed = example.Claims.Select(static c => c.Id).OrderBy(static id => id, StringComparer.Ordinal).ToArray();
        // Informational diagnostics (IMF0021: no JSON metadata) count only in the examples that claim them.
        bool Counts(Diagnostic d) => d.Severity != DiagnosticSeverity.Info || claimed.Contains(d.Id);
        var actual = run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics).Where(Counts).Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal).ToArray();
        var onClaimedLines = run.GeneratorDiagnostics.Where(Counts).All(d =>
            d.Location.SourceTree?.FilePath == "Source1.cs"
            && example.Claims.Any(c => c.Id == d.Id && c.Line == d.Location.GetLineSpan().StartLinePosition.Line - firstExampleLine));
        var agrees = claimed.SequenceEqual(actual) && onClaimedLines;
        var report = $"{key} claims [{string.Join(", ", claimed)}]; the generator and compiler give:\n" + Describe(run);

        if (KnownGeneratorBugs.TryGetValue(key, out var bug))
        {
            Assert.False(agrees, $"{key} now yields what the doc claims: the generator bug is fixed ({bug}). Remove it from KnownGeneratorBugs.");
            return;
        }

        Assert.True(claimed.SequenceEqual(actual), report);
        Assert.True(onClaimedLines, "A diagnostic is not on the line whose comment claims it. " + report);
    }

    [Fact]
    public void The_doc_has_an_example_for_every_reported_diagnostic()
    {
        var documented = ReadExamples().SelectMany(static e => e.Claims).Select(static c => c.Id).ToHashSet(StringComparer.Ordinal);
        var reportable = DiagnosticDescriptors.Descriptors.Select(static d => d.Id).Where(static id => id is not ("IMF9999")).ToArray();

        Assert.All(reportable, id => Assert.Contains(id, documented));
    }

    [Fact]
    public void Every_help_link_lands_on_an_explicit_anchor_of_its_entry()
    {
        var doc = File.ReadAllText(DocPath);
        foreach (var descriptor in DiagnosticDescriptors.Descriptors)
        {
            var link = descriptor.HelpLinkUri;
            Assert.StartsWith("https://github.com/inmemoryfakes/inmemoryfakes/blob/main/docs/diagnostics.md#", link, StringComparison.Ordinal);
            var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];

            // The anchor sits right above the entry's heading, so the link opens on that entry.
            Assert.Matches(new Regex("<a id=\"" + Regex.Escape(anchor) + "\"></a>\n## " + Regex.Escape(descriptor.Id) + ":"), doc.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_link_of_the_table_of_contents_targets_an_anchor_in_the_doc()
    {
        var doc = File.ReadAllText(DocPath);
        var anchors = Regex.Matches(doc, "<a id=\"([^\"]+)\"></a>").Select(static m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var targets = Regex.Matches(doc, @"\]\(#([^)]+)\)").Select(static m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Contains(target, anchors));
    }

    [Fact]
    public async System.Threading.Tasks.Task Pragma_hides_an_IMF_error_as_the_doc_says_and_the_missing_member_stays_CS0535()
    {
        var run = GeneratorHarness.Run(Context, """
            [InMemoryFake]
            public interface IUserRepository
            {
                void Add(User user);
            #pragma warning disable IMF0001
                void Promote(User user);
            #pragma warning restore IMF0001
            }
            """);
        Assert.Equal(["IMF0001"], run.GeneratorIds);

        // The compiler filters generator diagnostics through #pragma like any other: replay them through an analyzer to see that filter.
        var shown = await run.Compilation.WithAnalyzers([new ReplayAnalyzer(run.GeneratorDiagnostics)]).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(shown);
        Assert.Equal(["CS0535"], run.CompilationDiagnostics.Select(static d => d.Id));
    }

#pragma warning disable RS1001, RS1036, RS1041 // A test-only analyzer that replays the generator's diagnostics; never loaded by a compiler.
    private sealed class ReplayAnalyzer(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [.. DiagnosticDescriptors.Descriptors];

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(c =>
            {
                foreach (var diagnostic in diagnostics)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            });
        }
    }
#pragma warning restore RS1001, RS1036, RS1041

    private static string Describe(GeneratorRun run)
        => string.Join("\n", run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics).Select(static d => "  " + d));

    private sealed record Claim(string Id, int Line);

    private sealed record Example(string Key, string Section, string Code, IReadOnlyList<Claim> Claims);

    private static IReadOnlyList<Example> ReadExamples()
    {
        var doc = File.ReadAllText(DocPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new List<Example>();
        foreach (Match section in SectionPattern().Matches(doc))
        {
            var id = section.Groups["id"].Value;
            var index = 0;
            foreach (Match block in CodeBlockPattern().Matches(section.Groups["body"].Value))
            {
                var code = block.Groups["code"].Value;
                var claims = code.Split('\n')
                    .SelectMany(static (line, number) => ClaimPattern().Matches(line).Select(m => new Claim(m.Groups["id"].Value, number)))
                    .ToArray();
                if (claims.Length > 0)
                {
                    index++;
                    examples.Add(new Example($"{id} example {index}", id, code, claims));
                }
            }
        }

        return examples;
    }

    [GeneratedRegex(@"^## (?<id>IMF\d{4}):[^\n]*\n(?<body>.*?)(?=^## |\z)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlockPattern();

    // Ids claimed in a line's // comment: "// IMF0015", "// IMF0001 and CS0535: …".
    [GeneratedRegex(@"(?<=//.*)\b(?<id>(IMF|CS)\d{4})\b")]
    private static partial Regex ClaimPattern();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InMemoryFakes.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InMemoryFakes.sln not found above " + AppContext.BaseDirectory);
    }
}
