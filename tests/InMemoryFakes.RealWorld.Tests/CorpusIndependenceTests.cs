using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using InMemoryFakes.RealWorld.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace InMemoryFakes.RealWorld.Tests;

/// <summary>
/// h-kv38 (session 38): what the generator makes of an interface follows its signatures, never the name of the namespace
/// it is declared in nor the order its types are declared in. A tie the signatures do not settle (two value types with
/// as many members each, two candidate entities) was broken by the display names' ordinal order, so Jellyfin's keyframe
/// store in a namespace after <c>System</c> (<c>V</c>) became a table of lists and in its own a table of
/// <c>KeyframeData</c>. Each corpus file is generated again with its namespace renamed (one name sorting before
/// <c>Corpus</c> and <c>Microsoft</c>, one between <c>Microsoft</c> and <c>System</c>, one after <c>System</c>, and
/// <c>Microsoft</c>, a company's root that is not the framework's: h-ns39, session 39) and with
/// the declarations of its namespace in reverse order; its diagnostics and generated sources, the namespace put back,
/// must be those of the file as it is.
/// </summary>
public class CorpusIndependenceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Set to a file path to write there every difference found (the test reports at most a few in its message).
    /// </summary>
    private const string DumpVariable = "IMF_CORPUS_INDEPENDENCE";

    /// <summary>
    /// Set to a folder to write there each file's generator diagnostics and generated sources as the file is
    /// (<c>&lt;Repo&gt;/&lt;IFoo&gt;/</c>): a quick before/after of the whole corpus without the smoke scripts.
    /// </summary>
    private const string OutputVariable = "IMF_CORPUS_INDEPENDENCE_OUTPUT";

    /// <summary>
    /// The first segment each variant puts in place of <c>Corpus</c>: before it, between Microsoft and System, after System,
    /// and (since session 39, h-ns39) <c>Microsoft</c> itself, the company root of eShopOnWeb's <c>Microsoft.eShopWeb</c> and of
    /// Microsoft's samples: a user's namespace under it is the user's, never the framework's. The codebase's segment stays
    /// second, as <c>eShopWeb</c> is, so the app's root (its first two segments) is still one codebase. <c>System</c> is no
    /// variant: .NET keeps it for the BCL, no app roots its types there, and the generator reads every type under it as the
    /// framework's.
    /// </summary>
    private static readonly string[] Renamed = ["Aq", "Nq", "Zq", "Microsoft"];

    /// <summary>
    /// Files whose output still depends on a namespace or a declaration order, with why. Reported, not asserted; an entry
    /// that no longer reproduces is reported so it can be removed. Empty this list; never grow it to make the test pass.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDependences = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Every_corpus_fake_is_the_same_in_another_namespace_and_with_its_declarations_reversed()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var support = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Support"), "*.cs").OrderBy(static p => p, StringComparer.Ordinal)
            .Select(static p => CorpusCompiler.ParseSupport("Support/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
        var files = CorpusFile.LoadAll(corpus);
        var original = Generate(files, support, static f => f.Text, static f => f.Namespace, withLines: true);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } folder)
        {
            foreach (var (file, generated) in original)
            {
                var into = Path.Combine(folder, file.RepoFolder, file.Name);
                Directory.CreateDirectory(into);
                File.WriteAllLines(Path.Combine(into, "diagnostics.txt"), generated.Diagnostics);
                foreach (var (name, text) in generated.Sources)
                {
                    File.WriteAllText(Path.Combine(into, name), text);
                }
            }
        }

        var differences = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var reordered = new HashSet<string>(StringComparer.Ordinal);

        foreach (var first in Renamed)
        {
            string Rename(CorpusFile f) => first + f.Namespace["Corpus".Length..];
            var variant = Generate(files, support, f => f.Text.Replace(f.Namespace, Rename(f), StringComparison.Ordinal), Rename, withLines: true);
            Compare(files, original, variant, "namespace " + first + ".…", differences, reordered);
        }

        var withoutLines = original.ToDictionary(static o => o.Key, static o => o.Value with { Diagnostics = o.Value.WithoutLines });
        var reversed = Generate(files, support, static f => Reversed(f.Text), static f => f.Namespace, withLines: false);
        Compare(files, withoutLines, reversed, "declarations reversed", differences, reordered);

        var report = string.Join("\n", differences.Select(static d => d.Key + ":\n  " + string.Join("\n  ", d.Value)))
            + "\nOnly reordered: " + string.Join(", ", reordered.Order(StringComparer.Ordinal));
        if (Environment.GetEnvironmentVariable(DumpVariable) is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, report + "\n");
        }

        foreach (var known in differences.Keys.Where(static k => KnownDependences.ContainsKey(k)))
        {
            output.WriteLine("KNOWN " + known + ": " + KnownDependences[known]);
        }

        var gone = KnownDependences.Keys.Where(k => !differences.ContainsKey(k)).ToArray();
        if (gone.Length > 0)
        {
            output.WriteLine("These no longer depend on a name or an order; remove them from KnownDependences: " + string.Join(", ", gone));
        }

        var failures = differences.Where(static d => !KnownDependences.ContainsKey(d.Key)).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} corpus files, {differences.Count} whose output depends on a namespace or a declaration order, {reordered.Count} whose generated members only come in another order."));
        Assert.True(failures.Length == 0, failures.Length + " corpus file(s) generate differently in another namespace or with their declarations reversed:\n"
            + string.Join("\n", failures.Take(10).Select(static d => d.Key + ":\n  " + string.Join("\n  ", d.Value.Take(4)))));
    }

    private sealed record FileOutput(string[] Diagnostics, string[] WithoutLines, SortedDictionary<string, string> Sources);

    /// <summary>
    /// Each file's generator diagnostics (id, line when asked, message) and generated sources, with the file's namespace as
    /// the variant wrote it put back to the file's own.
    /// </summary>
    private static Dictionary<CorpusFile, FileOutput> Generate(IReadOnlyList<CorpusFile> files, SyntaxTree[] support, Func<CorpusFile, string> text, Func<CorpusFile, string> nameSpace, bool withLines)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(text(f), CorpusCompiler.ParseOptions, path: f.TreePath)).ToArray();
        var (compiled, diagnostics) = CorpusCompiler.Generate(CorpusCompiler.Compile(trees.Concat(support)));
        var outputs = new Dictionary<CorpusFile, FileOutput>();
        foreach (var file in files)
        {
            var own = nameSpace(file);
            string Back(string s) => s.Replace(own, file.Namespace, StringComparison.Ordinal)
                .Replace(own.Replace('.', '_'), file.Namespace.Replace('.', '_'), StringComparison.Ordinal);
            var mine = diagnostics.Where(d => string.Equals(d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, file.TreePath, StringComparison.Ordinal)).ToArray();
            string[] Messages(bool lines) => mine
                .Select(d => d.Id + (lines ? " line " + (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) : "") + ": " + Back(d.GetMessage(CultureInfo.InvariantCulture)))
                .OrderBy(static m => m, StringComparer.Ordinal)
                .ToArray();
            var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var tree in compiled.SyntaxTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith(own + ".", StringComparison.Ordinal)))
            {
                sources[Back(Path.GetFileName(tree.FilePath))] = Back(tree.GetText().ToString());
            }

            outputs[file] = new FileOutput(Messages(withLines), Messages(lines: false), sources);
        }

        return outputs;
    }

    private static void Compare(IReadOnlyList<CorpusFile> files, Dictionary<CorpusFile, FileOutput> expected, Dictionary<CorpusFile, FileOutput> actual, string variant, SortedDictionary<string, List<string>> differences, HashSet<string> reordered)
    {
        foreach (var file in files)
        {
            var found = new List<string>();
            var (was, now) = (expected[file], actual[file]);
            found.AddRange(was.Diagnostics.Except(now.Diagnostics, StringComparer.Ordinal).Select(static d => "- " + d));
            found.AddRange(now.Diagnostics.Except(was.Diagnostics, StringComparer.Ordinal).Select(static d => "+ " + d));
            foreach (var name in was.Sources.Keys.Union(now.Sources.Keys, StringComparer.Ordinal))
            {
                var before = was.Sources.TryGetValue(name, out var b) ? b : null;
                var after = now.Sources.TryGetValue(name, out var a) ? a : null;
                if (!string.Equals(before, after, StringComparison.Ordinal))
                {
                    if (before is not null && after is not null && SameLines(before, after))
                    {
                        // The same members in another order: overloads are emitted in the order of their signatures' display
                        // strings, namespaces included; no behaviour differs (the lines are the same). Counted, not failed.
                        reordered.Add(file.RelativePath);
                        continue;
                    }

                    found.Add("generated " + name + ": " + FirstDifference(before, after));
                }
            }

            if (found.Count > 0)
            {
                if (!differences.TryGetValue(file.RelativePath, out var list))
                {
                    differences[file.RelativePath] = list = [];
                }

                list.Add("[" + variant + "]");
                list.AddRange(found);
            }
        }
    }

    private static bool SameLines(string before, string after)
        => before.Split('\n').Order(StringComparer.Ordinal).SequenceEqual(after.Split('\n').Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string FirstDifference(string? before, string? after)
    {
        if (before is null || after is null)
        {
            return before is null ? "only in the variant" : "only in the original";
        }

        var a = before.Split('\n');
        var b = after.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i].Trim() : "(end)";
            var y = i < b.Length ? b[i].Trim() : "(end)";
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                return string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: was «{x}», now «{y}»");
            }
        }

        return "(line endings)";
    }

    /// <summary>The file with the declarations of its namespace (and of the file, when it has none) in reverse order.</summary>
    private static string Reversed(string text)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, CorpusCompiler.ParseOptions).GetRoot();
        if (root.Members.OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is { } space)
        {
            return root.ReplaceNode(space, space.WithMembers(SyntaxFactory.List(space.Members.Reverse()))).ToFullString();
        }

        return root.WithMembers(SyntaxFactory.List(root.Members.Reverse())).ToFullString();
    }
}
