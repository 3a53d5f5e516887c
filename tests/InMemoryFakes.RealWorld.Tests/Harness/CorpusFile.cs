using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>
/// One interface of the corpus: <c>Corpus/&lt;Repo&gt;/&lt;InterfaceName&gt;.cs</c>, with a header that records where it
/// was transcribed from, and the code in namespace <c>Corpus.&lt;Repo&gt;.&lt;InterfaceName&gt;Case</c>.
/// </summary>
/// <param name="RepoFolder">The folder under Corpus/ (one per source repository).</param>
/// <param name="Name">The file name without extension: the interface's name.</param>
/// <param name="RelativePath">The path under Corpus/, with forward slashes.</param>
/// <param name="Text">The file's text.</param>
internal sealed record CorpusFile(string RepoFolder, string Name, string RelativePath, string Text)
{
    /// <summary>The header fields every corpus file must have.</summary>
    public static readonly string[] RequiredFields = ["Source", "Path", "Licence", "Real store"];

    /// <summary>
    /// Every header field; any other comment line continues the field before it. <c>Now</c> is a later round's status line
    /// (<c>// Now: incomplete: …</c>), a field of its own: before h-leftover it was read as a continuation, so after a
    /// <c>Shapes</c> line it became part of the shapes (ModularMonolith's IAggregateStore said <c>ClearChanges=12 Now: …</c>).
    /// </summary>
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal) { "Source", "Path", "Commit", "Licence", "Real store", "Shapes", "Adapted", "Configured", "Sample", "Still wrong", "Now", FirstTry };

    /// <summary>
    /// The field that records an out-of-sample probe's result on the commit it was first run on, before any fix:
    /// <c>// First try (a75b0ce): complete | incomplete: … | WRONG: …</c> (the commit in parentheses is part of the name).
    /// </summary>
    private const string FirstTry = "First try";

    /// <summary>
    /// The namespace the file must declare, so its types and generated files can be told apart from the others'
    /// (<c>Case</c> keeps the namespace from hiding a framework interface of the same name).
    /// </summary>
    public string Namespace => "Corpus." + RepoFolder + "." + Name + "Case";

    /// <summary>The path the harness gives the file's syntax tree.</summary>
    public string TreePath => "Corpus/" + RelativePath;

    /// <summary>The header's <c>// Field: value</c> lines, before the first line that is not a comment or blank.</summary>
    public IReadOnlyDictionary<string, string> Header { get; } = ParseHeader(Text);

    /// <summary>The public repository the interface comes from (the <c>Source</c> field).</summary>
    public string Source => Header.TryGetValue("Source", out var source) ? source : "";

    /// <summary>
    /// For an out-of-sample probe, what the generator did before any fix for it (the <c>First try (commit)</c> field),
    /// else empty.
    /// </summary>
    public string FirstTryResult => Header.TryGetValue(FirstTry, out var first) ? first : "";

    /// <summary>Whether the first try was complete (silently wrong or not): the field starts with "complete" or "WRONG: complete".</summary>
    public bool FirstTryComplete => FirstTryResult.StartsWith("complete", StringComparison.Ordinal) || FirstTryResult.StartsWith("WRONG: complete", StringComparison.Ordinal);

    /// <summary>Whether the first try generated a member with a wrong meaning: the field says <c>WRONG:</c> followed by anything but "none".</summary>
    public bool FirstTryWrong
        => System.Text.RegularExpressions.Regex.IsMatch(FirstTryResult, @"WRONG:(?>\s*)(?!none)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A generated member known to differ from the real store without a diagnostic, in a fake whose smoke script cannot
    /// reach it (an incomplete fake's probe stops at its first missing member): the <c>Still wrong</c> field, else empty.
    /// </summary>
    public string StillWrong => Header.TryGetValue("Still wrong", out var wrong) ? wrong : "";

    /// <summary>The licence of the source repository (the <c>Licence</c> field; <c>none stated …</c> when it has none).</summary>
    public string Licence => Header.TryGetValue("Licence", out var licence) ? licence : "";

    /// <summary>The interface's path in that repository (the <c>Path</c> field).</summary>
    public string SourcePath => Header.TryGetValue("Path", out var path) ? path : "";

    /// <summary>
    /// The attribute settings the fake needs and why (the <c>Configured</c> field), or empty: a setting states what the
    /// interface cannot say (the real store's order), so it is written down and reported, never hidden in the attribute.
    /// </summary>
    public string Configured => Header.TryGetValue("Configured", out var configured) ? configured : "";

    /// <summary>Whether the file's <c>[InMemoryFake(…)]</c> sets a named setting (<c>DefaultOrder = "Title"</c>).</summary>
    public bool HasAttributeSettings
        => System.Text.RegularExpressions.Regex.IsMatch(Text, @"\[(global::InMemoryFakes\.)?InMemoryFake(Attribute)?\((?:[^()\]]|\([^()]*\))*\b[A-Za-z]+\s*=(?!=)");

    /// <summary>The member shapes of issue 10 (1–20) named by the <c>Shapes</c> field: <c>*=16; CreateAsync=14</c>.</summary>
    public IReadOnlyDictionary<string, string> Shapes { get; } = ParseShapes(Text);

    /// <summary>The shape numbers for a member: its own entry, else the <c>*</c> entry, else none.</summary>
    public string ShapeOf(string member)
        => Shapes.TryGetValue(member, out var shape) ? shape : Shapes.TryGetValue("*", out var all) ? all : "";

    /// <summary>Whether a generated file (by hint name or path) belongs to this corpus file.</summary>
    public bool OwnsGenerated(string? path)
        => path is not null && Path.GetFileName(path).StartsWith(Namespace + ".", StringComparison.Ordinal);

    /// <summary>What is wrong with the file's form (missing header fields, wrong namespace, no smoke script).</summary>
    public IEnumerable<string> FormProblems()
    {
        foreach (var field in RequiredFields.Where(f => !Header.ContainsKey(f) || string.IsNullOrWhiteSpace(Header[f])))
        {
            yield return $"{RelativePath}: header field '// {field}: …' is missing";
        }

        if (!Text.Contains("namespace " + Namespace + ";", StringComparison.Ordinal))
        {
            yield return $"{RelativePath}: must declare 'namespace {Namespace};'";
        }

        if (!Text.Contains("public static class Smoke", StringComparison.Ordinal) || !Text.Contains("RunAsync(", StringComparison.Ordinal))
        {
            yield return $"{RelativePath}: has no 'public static class Smoke' with a RunAsync method";
        }

        if (!Text.Contains("[InMemoryFake", StringComparison.Ordinal) && !Text.Contains("[global::InMemoryFakes.InMemoryFake", StringComparison.Ordinal))
        {
            yield return $"{RelativePath}: has no [InMemoryFake] attribute";
        }

        if (HasAttributeSettings && string.IsNullOrWhiteSpace(Configured))
        {
            yield return $"{RelativePath}: its [InMemoryFake] has a setting, so the header must say which and why ('// Configured: …')";
        }
    }

    /// <summary>Every corpus file under a directory, in a stable order.</summary>
    public static IReadOnlyList<CorpusFile> LoadAll(string corpusDirectory)
        => Directory.EnumerateFiles(corpusDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(corpusDirectory, path).Replace('\\', '/'))
            .OrderBy(static p => p, StringComparer.Ordinal)
            .Select(relative =>
            {
                var parts = relative.Split('/');
                if (parts.Length != 2)
                {
                    throw new InvalidOperationException($"Corpus file '{relative}' must be at Corpus/<Repo>/<InterfaceName>.cs.");
                }

                return new CorpusFile(parts[0], Path.GetFileNameWithoutExtension(parts[1]), relative, File.ReadAllText(Path.Combine(corpusDirectory, relative)));
            })
            .ToList();

    private static Dictionary<string, string> ParseHeader(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var body = line[2..].Trim();
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var candidate = colon > 0 ? body[..colon] : "";
            if (candidate.StartsWith(FirstTry + " (", StringComparison.Ordinal))
            {
                candidate = FirstTry;
            }

            if (KnownFields.Contains(candidate))
            {
                last = candidate;
                fields[candidate] = body[(colon + 1)..].Trim();
            }
            else if (last is not null && body.Length > 0)
            {
                // A continuation line of the previous field.
                fields[last] = fields[last] + " " + body;
            }
        }

        return fields;
    }

    private static Dictionary<string, string> ParseShapes(string text)
    {
        var shapes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!ParseHeader(text).TryGetValue("Shapes", out var field))
        {
            return shapes;
        }

        foreach (var entry in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                shapes[entry[..equals].Trim()] = entry[(equals + 1)..].Trim();
            }
        }

        return shapes;
    }

    public override string ToString() => RelativePath.ToString(CultureInfo.InvariantCulture);
}
