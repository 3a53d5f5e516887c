using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>Writes a harness run as the Markdown page docs/real-world-corpus.md.</summary>
internal static partial class CorpusReport
{
    /// <summary>The command that regenerates the page.</summary>
    public const string Command = "IMF_WRITE_CORPUS_DOC=1 dotnet test tests/InMemoryFakes.RealWorld.Tests -c Release";

    public static string ToMarkdown(CorpusRun run)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("# Real-world corpus");
        text.AppendLine();
        text.AppendLine("Repository and storage interfaces transcribed from public .NET codebases (signatures exact, entity types cut down to");
        text.AppendLine("what the members need), each faked with `[InMemoryFake]` and no hand-written member, then smoke-tested against what");
        text.AppendLine("the source project's real store does. The files are in `tests/InMemoryFakes.RealWorld.Tests/Corpus/<Repo>/`; each");
        text.AppendLine("records its source repository, path, licence and the real store's semantics its smoke script relies on.");
        text.AppendLine();
        text.AppendLine("This page is written by the harness; regenerate it with:");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine(Command);
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("Statuses: **complete** (no IMF diagnostic, compiles with zero errors and warnings, nullable on); **incomplete** (IMF");
        text.AppendLine("diagnostics: members the user would write by hand); **crash** (IMF9999 or a failed generator run); **generated-code");
        text.AppendLine("error** (a compiler error or warning in generated code, or one no IMF diagnostic explains). Complete fakes run their");
        text.AppendLine("smoke script (add, read, update, delete where the verbs exist); incomplete ones run it as a probe, with the missing");
        text.AppendLine("members stubbed to throw, up to the first missing member. A generic fake (`[InMemoryFake]` on an open generic");
        text.AppendLine("interface) is closed over the type arguments its smoke script's parameter gives (`IKeyValueStore<Subscribers>`), as");
        text.AppendLine("a user closes it, and run or probed the same way.");
        text.AppendLine();
        text.AppendLine("The 80 % goal is the explicit test `At_least_80_percent_of_the_corpus_gets_a_complete_fake_with_no_hand_written_member`:");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine("dotnet test tests/InMemoryFakes.RealWorld.Tests -c Release --filter \"FullyQualifiedName~At_least_80\" -- xUnit.Explicit=only");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## Summary");
        text.AppendLine();
        text.AppendLine(inv, $"| Interfaces | Repositories | Complete | Incomplete | Crash | Generated-code error | Smoke passed | Completion |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var smokePassed = run.Outcomes.Count(static o => o.SmokeRan && o.SmokeFailure is null);
        text.AppendLine(inv, $"| {run.Outcomes.Count} | {run.Repositories} | {run.Count(CorpusStatus.Complete)} | {run.Count(CorpusStatus.Incomplete)} | {run.Count(CorpusStatus.Crash)} | {run.Count(CorpusStatus.GeneratedCodeError)} | {smokePassed} of {run.Count(CorpusStatus.Complete)} | {run.CompletionRatio:P0} (target 80 %) |");
        text.AppendLine();

        var sampled = run.Outcomes.Where(static o => o.File.FirstTryResult.Length > 0).ToList();
        if (sampled.Count > 0)
        {
            text.AppendLine("## Out-of-sample probes");
            text.AppendLine();
            text.AppendLine("Interfaces chosen by a rule fixed before probing (each file's header says which), probed on the generator as it was");
            text.AppendLine("before any fix for them (the `First try` field), then added to the corpus whatever the result. The first try is the");
            text.AppendLine("honest estimate of how the generator does on code it has not seen; the fixes that followed are general conventions.");
            text.AppendLine();
            text.AppendLine("| Interfaces | First try: complete | of them silently wrong | First try: incomplete | Now complete | Now incomplete |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|");
            text.AppendLine(inv, $"| {sampled.Count} | {sampled.Count(static o => o.File.FirstTryComplete)} | {sampled.Count(static o => o.File.FirstTryComplete && o.File.FirstTryWrong)} | {sampled.Count(static o => !o.File.FirstTryComplete)} | {sampled.Count(static o => o.Status == CorpusStatus.Complete)} | {sampled.Count(static o => o.Status != CorpusStatus.Complete)} |");
            text.AppendLine();
            var stillDifferent = sampled.Where(static o => o.File.FirstTryWrong && o.SmokeFailure is not null).Select(static o => o.File.RelativePath).ToList();
            var stillWrong = sampled.Where(static o => o.File.StillWrong.Length > 0 && !(o.File.FirstTryWrong && o.SmokeFailure is not null)).Select(static o => o.File.RelativePath + " (" + o.File.StillWrong + ")").ToList();
            var except = stillDifferent.Count == 0
                ? ""
                : ", except " + stillDifferent.Count.ToString(inv) + " whose smoke script still fails (below, 'Generated members that do something else than the real store'): " + string.Join(", ", stillDifferent);
            except += stillWrong.Count == 0
                ? "."
                : (except.Length == 0 ? ", except " : "; and ") + stillWrong.Count.ToString(inv) + " with a member known to be still wrong that its probe does not reach: " + string.Join("; ", stillWrong) + ".";
            text.AppendLine(inv, $"Members with a silently wrong meaning on the first try, in complete or incomplete fakes: {sampled.Count(static o => o.File.FirstTryWrong)} interfaces; each is now right or refused (the files say how){except}");
            text.AppendLine();
        }

        var incomplete = run.Outcomes.Where(static o => o.Status == CorpusStatus.Incomplete).ToList();
        text.AppendLine("## What blocks the incomplete ones");
        text.AppendLine();
        text.AppendLine("By diagnostic id: how many interfaces it blocks, and how many members it names.");
        text.AppendLine();
        text.AppendLine("| Diagnostic | Interfaces | Members |");
        text.AppendLine("|---|---:|---:|");
        foreach (var group in incomplete.SelectMany(static o => o.Imf.Select(d => (o, d))).GroupBy(static x => x.d.Id).OrderByDescending(static g => g.Select(x => x.o).Distinct().Count()).ThenBy(static g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"| {group.Key} | {group.Select(static x => x.o).Distinct().Count()} | {group.Count()} |");
        }

        text.AppendLine();
        text.AppendLine("By the numbered shape of issue 10 the corpus file assigns to each blocked member (`core` = no special shape):");
        text.AppendLine("how many interfaces it blocks, how many members, and how many interfaces it is the ONLY blocker of.");
        text.AppendLine();
        text.AppendLine("| Shape | Interfaces | Members | Sole blocker of |");
        text.AppendLine("|---|---:|---:|---:|");
        var byShape = incomplete
            .SelectMany(static o => o.Imf.SelectMany(d => Shapes(d).Select(s => (o, d, s))))
            .GroupBy(static x => x.s)
            .Select(g => (Shape: g.Key, Interfaces: g.Select(x => x.o).Distinct().Count(), Members: g.Select(x => (x.o, x.d.Member)).Distinct().Count(),
                Sole: incomplete.Count(o => o.Imf.SelectMany(Shapes).Distinct().SequenceEqual([g.Key]))))
            .OrderByDescending(static x => x.Interfaces).ThenBy(static x => x.Shape, StringComparer.Ordinal);
        foreach (var row in byShape)
        {
            text.AppendLine(inv, $"| {row.Shape} | {row.Interfaces} | {row.Members} | {row.Sole} |");
        }

        text.AppendLine();
        var wrong = run.Outcomes.Where(static o => o.Probe?.Kind is ProbeKind.WrongMeaning or ProbeKind.Error || o.SmokeFailure is not null).ToList();
        text.AppendLine("## Generated members that do something else than the real store");
        text.AppendLine();
        text.AppendLine("A complete fake whose smoke script fails, or an incomplete fake whose smoke script fails before it reaches a missing");
        text.AppendLine("member (the harness stubs the missing members to throw, so the generated ones run: the *probe*). Each is a silent guess.");
        text.AppendLine();
        foreach (var outcome in wrong)
        {
            text.AppendLine(inv, $"- {outcome.File.RelativePath}: {Run(outcome.SmokeFailure ?? outcome.Probe!.Detail)}");
        }

        if (wrong.Count == 0)
        {
            text.AppendLine("None found.");
        }

        text.AppendLine();
        var configured = run.Outcomes.Where(static o => o.File.Configured.Length > 0).ToList();
        text.AppendLine("## Fakes that need an attribute setting");
        text.AppendLine();
        text.AppendLine("No hand-written member, but a setting on `[InMemoryFake]` that states what the interface cannot say (the user would write");
        text.AppendLine("the same line). They count as complete; each is listed here with the setting and the reason.");
        text.AppendLine();
        foreach (var outcome in configured)
        {
            text.AppendLine(inv, $"- {outcome.File.RelativePath} ({Status(outcome.Status)}): {Cell(outcome.File.Configured)}");
        }

        if (configured.Count == 0)
        {
            text.AppendLine("None.");
        }

        var stamps = run.Outcomes.Where(static o => o.UnstatedStamps > 0).ToList();
        text.AppendLine();
        text.AppendLine(inv, $"IMF0025 (Info: an entity property whose name says audit stamp, which no `CreatedStamp`/`UpdatedStamp`/`NotStamped` names; the fake stores the value it is given): {stamps.Sum(static o => o.UnstatedStamps)} in {stamps.Count} interfaces ({stamps.Count(static o => o.Status == CorpusStatus.Complete)} of them complete: Info leaves a fake complete){(stamps.Count == 0 ? "" : ": " + string.Join(", ", stamps.Select(static o => o.File.RelativePath)))}.");

        var missingRows = run.Outcomes.Where(static o => o.UnstatedMissingRows > 0).ToList();
        text.AppendLine();
        text.AppendLine(inv, $"IMF0029 (Info: an update or a removal by entity answering `bool` or a count, whose false (0) for an entity not stored no `MissingUpdate`/`MissingEntityDelete`/`MissingDelete` states; EF Core's save throws there): {missingRows.Sum(static o => o.UnstatedMissingRows)} in {missingRows.Count} interfaces ({missingRows.Count(static o => o.Status == CorpusStatus.Complete)} of them complete){(missingRows.Count == 0 ? "" : ": " + string.Join(", ", missingRows.Select(static o => o.File.RelativePath)))}.");

        var textLookups = run.Outcomes.Where(static o => o.UnstatedTextLookups > 0).ToList();
        text.AppendLine();
        text.AppendLine(inv, $"IMF0030 (Info: a list, page or count read matching a `string` against a text property that is not the key and not unique, by `By{{Property}}` or a parameter named after it, compared equal where real stores of the signature also search; no `TextLookups` states it): {textLookups.Sum(static o => o.UnstatedTextLookups)} in {textLookups.Count} interfaces ({textLookups.Count(static o => o.Status == CorpusStatus.Complete)} of them complete){(textLookups.Count == 0 ? "" : ": " + string.Join(", ", textLookups.Select(static o => o.File.RelativePath)))}.");

        var emptyAggregates = run.Outcomes.Where(static o => o.EmptyAggregatesThrow > 0).ToList();
        text.AppendLine();
        text.AppendLine(inv, $"IMF0031 (Info: an average, minimum or maximum over a selector whose result cannot be null, which throws over no rows as LINQ and EF Core do, where a store reading its aggregate with FirstOrDefault answers 0 or default): {emptyAggregates.Sum(static o => o.EmptyAggregatesThrow)} in {emptyAggregates.Count} interfaces ({emptyAggregates.Count(static o => o.Status == CorpusStatus.Complete)} of them complete){(emptyAggregates.Count == 0 ? "" : ": " + string.Join(", ", emptyAggregates.Select(static o => o.File.RelativePath)))}.");

        text.AppendLine();
        text.AppendLine("## Licences");
        text.AppendLine();
        text.AppendLine("Each file records its source repository's licence. A file transcribes an interface's declarations (member names,");
        text.AppendLine("parameter and return types) and cuts the entity types down to what the members need; no implementation code is");
        text.AppendLine("copied, and the tests are not shipped in a package. A new file needs a licence that allows transcribing a");
        text.AppendLine("signature: the sampling rules of the out-of-sample rounds skip repositories without a licence file, and the harness");
        var unlicensed = run.Files.Where(static f => !CorpusLicences.IsStated(f)).ToList();
        text.AppendLine(inv, $"reports any other file without one as a corpus defect, which fails the corpus test. The {unlicensed.Count} files transcribed");
        text.AppendLine("before that rule from repositories with no licence file are recorded in `Harness/CorpusLicences.cs` and kept as");
        text.AppendLine("interoperability test inputs, to be removed at an owner's request; the list only shrinks.");
        text.AppendLine();
        text.AppendLine("| Licence | Files | Repositories |");
        text.AppendLine("|---|---:|---:|");
        foreach (var group in run.Files.GroupBy(CorpusLicences.ShortName, StringComparer.Ordinal).OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"| {Cell(group.Key)} | {group.Count()} | {group.Select(static f => f.Source).Distinct(StringComparer.Ordinal).Count()} |");
        }

        text.AppendLine();
        text.AppendLine("## Per interface");
        text.AppendLine();
        text.AppendLine("| Repository | Interface | Source path | Status | Smoke | Diagnostics (id: member [shape]) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var outcome in run.Outcomes)
        {
            var smoke = outcome.SmokeRan ? outcome.SmokeFailure is null ? "passed" : "FAILED: " + Run(outcome.SmokeFailure)
                : outcome.Probe is { } probe ? "probe: " + Probe(probe) : "";
            var details = outcome.Status switch
            {
                CorpusStatus.Incomplete => string.Join("; ", outcome.Imf.Select(static d => $"{d.Id}: {d.Member}" + (d.Shape.Length > 0 ? $" [{d.Shape}]" : ""))),
                CorpusStatus.Complete => "",
                _ => string.Join("; ", outcome.Problems.Take(3).Select(Cell)),
            };
            text.AppendLine(inv, $"| {Cell(RepoName(outcome.File.Source))} | [{outcome.File.Name}](../tests/InMemoryFakes.RealWorld.Tests/Corpus/{outcome.File.RelativePath}) | `{Cell(outcome.File.SourcePath)}` | {Status(outcome.Status)} | {smoke} | {details} |");
        }

        text.AppendLine();
        text.AppendLine("## Diagnostic messages");
        text.AppendLine();
        text.AppendLine("<details><summary>Every IMF message, per interface</summary>");
        text.AppendLine();
        foreach (var outcome in run.Outcomes.Where(static o => o.Imf.Count > 0))
        {
            text.AppendLine(inv, $"- **{outcome.File.RelativePath}**");
            foreach (var diagnostic in outcome.Imf)
            {
                text.AppendLine(inv, $"  - {diagnostic.Id}: {Cell(diagnostic.Message)}");
            }
        }

        text.AppendLine();
        text.AppendLine("</details>");

        if (run.CorpusDefects.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Corpus defects");
            text.AppendLine();
            foreach (var defect in run.CorpusDefects)
            {
                text.AppendLine("- " + defect);
            }
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The incomplete interfaces whose IMF diagnostics name at most <paramref name="maxMembers"/> members, each with its
    /// refused members (id, member, message): the fakes one or two members away from complete, to review one by one.
    /// </summary>
    public static string RefusalList(CorpusRun run, int maxMembers)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var nearly = run.Outcomes
            .Where(o => o.Status == CorpusStatus.Incomplete && o.Imf.Select(static d => d.Member).Distinct(StringComparer.Ordinal).Count() <= maxMembers)
            .ToList();
        text.AppendLine(inv, $"{nearly.Count} incomplete interfaces whose IMF diagnostics name at most {maxMembers} member(s):");
        foreach (var outcome in nearly)
        {
            var probe = outcome.Probe is { } result ? " (probe: " + Probe(result) + ")" : "";
            text.AppendLine(inv, $"{outcome.File.RelativePath}{probe}");
            foreach (var diagnostic in outcome.Imf)
            {
                text.AppendLine(inv, $"  {diagnostic.Id} {diagnostic.Member}{(diagnostic.Shape.Length > 0 ? " [" + diagnostic.Shape + "]" : "")}: {diagnostic.Message}");
            }
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Probe(ProbeResult probe) => probe.Kind switch
    {
        ProbeKind.ReachedMissingMember => "ok up to " + Run(probe.Detail),
        ProbeKind.Passed => "passed (no missing member called)",
        ProbeKind.WrongMeaning => "**WRONG MEANING**: " + Run(probe.Detail),
        ProbeKind.Error => "**ERROR**: " + Run(probe.Detail),
        ProbeKind.Refused => "refused at run time: " + Run(probe.Detail),
        _ => "unavailable (" + Cell(probe.Detail) + ")",
    };

    private static IEnumerable<string> Shapes(ImfDiagnostic diagnostic)
        => diagnostic.Shape.Length == 0 ? ["core"] : diagnostic.Shape.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Status(CorpusStatus status) => status switch
    {
        CorpusStatus.Complete => "complete",
        CorpusStatus.Incomplete => "incomplete",
        CorpusStatus.Crash => "**CRASH**",
        _ => "**GENERATED-CODE ERROR**",
    };

    /// <summary>https://github.com/owner/name → owner/name.</summary>
    private static string RepoName(string source)
    {
        const string GitHub = "https://github.com/";
        return source.StartsWith(GitHub, StringComparison.OrdinalIgnoreCase) ? source[GitHub.Length..].TrimEnd('/') : source;
    }

    /// <summary>
    /// A message from running a smoke script or probe, as a table cell, with every GUID written as <c>&lt;guid&gt;</c> and
    /// every MongoDB ObjectId (24 hexadecimal digits) as <c>&lt;objectid&gt;</c>: scripts, the models they transcribe and
    /// the fakes' generated keys make new ids per run, and the page must not change when nothing but those ids did.
    /// </summary>
    private static string Run(string text) => Cell(ObjectIdText().Replace(GuidText().Replace(text, "<guid>"), "<objectid>"));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[0-9a-f]{24}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ObjectIdText();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GuidText();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);
}
