using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

/// <summary>
/// The generator-corpus check, shared by <c>GeneratorCorpusTests</c> (the BCL, the shared frameworks, the packages paired
/// with fakes) and <c>tests/InMemoryFakes.GeneratorCorpus.Tests</c> (Microsoft's clients and the other ecosystems' store
/// clients), which compiles this file too. Every public interface of some assemblies is faked with
/// <c>[InMemoryFake(typeof(T))] public partial class Fake_N;</c>; the generator must never crash, and each fake either
/// compiles clean or is explained by IMF diagnostics (the only compiler errors then being the members the generator said
/// it could not implement, reported on the user's class, never inside generated code). The compilation references the
/// runtime, the ASP.NET Core shared framework and every managed assembly copied beside the test assembly.
/// </summary>
/// <remarks>
/// Set <c>IMF_CORPUS_DUMP</c> to a folder to have every generated file and every diagnostic written there, one folder
/// per faked interface, to read what the generator made of it.
/// </remarks>
internal sealed class InterfaceCorpus(ITestOutputHelper output, IReadOnlyDictionary<string, string> knownGeneratorBugs, int batchSize = InterfaceCorpus.DefaultBatchSize)
{
    /// <summary>Fakes per compilation: large enough to keep the test fast, small enough that a crash is cheap to bisect.</summary>
    public const int DefaultBatchSize = 60;

    /// <summary>
    /// Compiler diagnostics that are the expected consequence of a member the generator reported (IMF0001, naming the
    /// member) and left out for the user to write.
    /// </summary>
    private static readonly HashSet<string> MemberNotImplemented = new(StringComparer.Ordinal)
    {
        "CS0535", // does not implement interface member
        "CS0736", // does not implement instance interface member (a static member of object has its name)
        "CS0738", // does not implement interface member: wrong return type
    };

    /// <summary>Generator diagnostics about the fake as a whole, after which members are not generated one by one.</summary>
    private static readonly HashSet<string> WholeFakeDiagnostics = new(StringComparer.Ordinal) { "IMF0003", "IMF0004", "IMF0005", "IMF0007", "IMF0008", "IMF0009", "IMF0011", "IMF0012" };

    /// <summary>Generator failures: an exception inside the generator, however it surfaces.</summary>
    private static readonly HashSet<string> Crashes = new(StringComparer.Ordinal) { "IMF9999", "CS8784", "CS8785", "AD0001" };

    private static readonly Type[] TypeArgumentCandidates = [typeof(string), typeof(int), typeof(object)];

    /// <summary>Tried after <see cref="TypeArgumentCandidates"/>, so the interfaces those close keep the same type arguments.</summary>
    private static readonly Type[] MoreTypeArgumentCandidates = [typeof(string), typeof(int), typeof(object), typeof(double)];

    /// <summary>Runs the corpus, writes its counts to the test output, and fails on any crash or unexplained diagnostic.</summary>
    public CorpusCounts Check(List<CorpusItem> corpus, int assemblyCount)
    {
        var outcomes = new List<Outcome>();
        foreach (var batch in corpus.Chunk(batchSize))
        {
            var results = RunBatch(batch);
            if (results is null)
            {
                // A crash that takes the whole generator run down (CS8785) hides which fake caused it: run them one by one.
                results = batch.SelectMany(static item => RunBatch([item]) ?? [Outcome.Crashed(item, "the generator failed (CS8785/AD0001)")]).ToList();
            }

            outcomes.AddRange(results);
        }

        Report(outcomes, assemblyCount);

        var failures = outcomes
            .Where(o => o.Failure is not null && !knownGeneratorBugs.ContainsKey(o.Item.Name))
            .Select(static o => $"{o.Item.Name}: {o.Failure}")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} corpus interface(s) broke the generator or its output:\n" + string.Join("\n", failures));

        // A known bug that no longer reproduces is reported (not failed), so fixing the generator never breaks this test.
        var fixedBugs = knownGeneratorBugs.Keys.Where(name => outcomes.Any(o => o.Item.Name == name && o.Failure is null)).ToArray();
        if (fixedBugs.Length > 0)
        {
            output.WriteLine("These known generator bugs no longer reproduce; remove them from KnownGeneratorBugs: " + string.Join(", ", fixedBugs));
        }

        return new CorpusCounts(
            outcomes.Count,
            outcomes.Count(static o => o.Kind == OutcomeKind.Clean),
            outcomes.Count(static o => o.Kind == OutcomeKind.ImfOnly),
            outcomes.Count(static o => o.Kind == OutcomeKind.Failed));
    }

    /// <summary>Runs the generator over one compilation holding one fake per item; null when the generator itself failed.</summary>
    private static List<Outcome>? RunBatch(IReadOnlyList<CorpusItem> batch)
    {
        var trees = batch.Select(static item => CSharpSyntaxTree.ParseText(item.Source, GeneratorHarness.ParseOptions, path: item.FileName)).ToArray();
        var compilation = CSharpCompilation.Create("Corpus" + Guid.NewGuid().ToString("N"), trees, References.Value, GeneratorHarness.CompilationOptions);
        var run = GeneratorHarness.Run(compilation);
        Dump(batch, run);

        var unattributed = run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics).Where(static d => !d.Location.IsInSource).ToArray();
        if (unattributed.Any(static d => Crashes.Contains(d.Id)))
        {
            return null;
        }

        var outcomes = new List<Outcome>();
        foreach (var item in batch)
        {
            var fromGenerator = run.GeneratorDiagnostics.Where(d => item.Owns(d.Location.SourceTree?.FilePath)).ToArray();
            var inUserCode = run.CompilationDiagnostics.Where(d => item.Owns(d.Location.SourceTree?.FilePath)).ToArray();
            var inGenerated = run.CompilationDiagnostics.Where(d => item.OwnsGenerated(d.Location.SourceTree?.FilePath)).ToArray();
            var generated = run.Sources.Keys.Any(item.OwnsHint);
            outcomes.Add(Outcome.Judge(item, fromGenerator, inUserCode, inGenerated, generated));
        }

        // Anything left over (a diagnostic in no fake's files) is a failure of the batch as a whole.
        var stray = run.CompilationDiagnostics.Where(d => !batch.Any(i => i.Owns(d.Location.SourceTree?.FilePath) || i.OwnsGenerated(d.Location.SourceTree?.FilePath))).ToArray();
        if (stray.Length > 0 || unattributed.Length > 0)
        {
            var why = "diagnostics outside any fake of its batch: " + string.Join("; ", stray.Concat(unattributed).Select(static d => d.ToString()));
            outcomes[0] = outcomes[0] with { Kind = OutcomeKind.Failed, Failure = outcomes[0].Failure is null ? why : outcomes[0].Failure + " | " + why };
        }

        return outcomes;
    }

    /// <summary>With <c>IMF_CORPUS_DUMP</c> set, writes each fake's generated files and diagnostics under a folder named after its interface.</summary>
    private static void Dump(IReadOnlyList<CorpusItem> batch, GeneratorRun run)
    {
        var root = Environment.GetEnvironmentVariable("IMF_CORPUS_DUMP");
        if (string.IsNullOrEmpty(root))
        {
            return;
        }

        foreach (var item in batch)
        {
            var folder = Path.Combine(root, string.Concat(item.Name.Select(static c => char.IsLetterOrDigit(c) || c == '.' ? c : '_')));
            Directory.CreateDirectory(folder);
            foreach (var source in run.Sources.Where(s => item.OwnsHint(s.Key)))
            {
                File.WriteAllText(Path.Combine(folder, source.Key), source.Value);
            }

            var diagnostics = run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics)
                .Where(d => item.Owns(d.Location.SourceTree?.FilePath) || item.OwnsGenerated(d.Location.SourceTree?.FilePath))
                .Select(static d => d.ToString());
            File.WriteAllLines(Path.Combine(folder, "diagnostics.txt"), diagnostics);
        }
    }

    private void Report(List<Outcome> outcomes, int assemblyCount)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {outcomes.Count} interfaces from {assemblyCount} assemblies.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  compiles clean:       {outcomes.Count(static o => o.Kind == OutcomeKind.Clean)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  IMF diagnostics only: {outcomes.Count(static o => o.Kind == OutcomeKind.ImfOnly)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  failures:             {outcomes.Count(static o => o.Kind == OutcomeKind.Failed)} (known generator bugs skipped: {outcomes.Count(o => o.Kind == OutcomeKind.Failed && knownGeneratorBugs.ContainsKey(o.Item.Name))})");
        text.AppendLine("  clean: " + string.Join(", ", outcomes.Where(static o => o.Kind == OutcomeKind.Clean).Select(static o => o.Item.Name)));
        text.AppendLine("  IMF-only interfaces by diagnostic id (an interface counts once per id):");
        foreach (var group in outcomes.Where(static o => o.Kind == OutcomeKind.ImfOnly).SelectMany(static o => o.GeneratorIds.Distinct()).GroupBy(static id => id).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {group.Key}: {group.Count()}");
        }

        text.AppendLine("  IMF diagnostics in total by id:");
        foreach (var group in outcomes.SelectMany(static o => o.GeneratorIds).GroupBy(static id => id).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {group.Key}: {group.Count()}");
        }

        foreach (var failure in outcomes.Where(static o => o.Kind == OutcomeKind.Failed))
        {
            var known = knownGeneratorBugs.TryGetValue(failure.Item.Name, out var why) ? "KNOWN BUG (" + why + ")" : "FAILED";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {known} {failure.Item.Name}: {failure.Failure}");
        }

        output.WriteLine(text.ToString());
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(static () =>
    {
        // The harness references the runtime and the core framework; the corpus also needs the ASP.NET Core shared
        // framework (which carries Microsoft.Extensions.*), referenced by the test project.
        var known = new HashSet<string>(GeneratorHarness.References.OfType<PortableExecutableReference>().Select(static r => Path.GetFileName(r.FilePath!)), StringComparer.OrdinalIgnoreCase);
        var aspNetCore = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor).Assembly.Location)!;
        var extraPaths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), aspNetCore, StringComparison.Ordinal) && !known.Contains(Path.GetFileName(path)))
            .ToArray();
        known.UnionWith(extraPaths.Select(Path.GetFileName)!);
        var extra = extraPaths.Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path));
        // The packages' assemblies and their dependencies, copied beside the test assembly (not the tests' own, nor the generator).
        var beside = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => !known.Contains(Path.GetFileName(path)) && !Path.GetFileName(path).StartsWith("InMemoryFakes.", StringComparison.Ordinal) && IsManaged(path))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return GeneratorHarness.References.AddRange(extra).AddRange(beside);
    });

    private static bool IsManaged(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every public interface of the corpus assemblies that C# can name in <c>typeof</c>, generic ones closed over simple
    /// types (or, failing those, over a type of their own assembly that meets their constraints). The interfaces left out
    /// go to <paramref name="skipped"/>, each with the reason, so a corpus's report says what it did not fake.
    /// </summary>
    public static List<CorpusItem> Items(IEnumerable<Assembly> assemblies, IReadOnlyCollection<Assembly>? except = null, List<string>? skipped = null)
    {
        var items = new List<CorpusItem>();
        foreach (var type in assemblies.Distinct().SelectMany(static a => a.GetExportedTypes()).Where(t => t.IsInterface && except?.Contains(t.Assembly) != true).Distinct().OrderBy(static t => t.FullName, StringComparer.Ordinal))
        {
            if (!IsNameable(type))
            {
                skipped?.Add(type.FullName + ": nested in a generic type, which typeof cannot name open");
                continue;
            }

            if (type.GetCustomAttribute<ObsoleteAttribute>() is { IsError: true })
            {
                skipped?.Add(type.FullName + ": [Obsolete(error: true)], which no class may implement without error CS0619");
                continue;
            }

            var closed = type.IsGenericTypeDefinition ? Close(type) : type;
            if (closed is null)
            {
                skipped?.Add(type.FullName + ": no type arguments tried meet its constraints");
                continue;
            }

            // Obsolete interfaces are part of the corpus: the user's own typeof() of one is not what is being tested.
            // So are experimental ones ([Experimental("ASP0029")]): the user's typeof() needs the same suppression.
            var obsolete = new[] { closed }.Concat(closed.GetInterfaces())
                .SelectMany(static t => new[] { t.GetCustomAttribute<ObsoleteAttribute>()?.DiagnosticId, t.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>()?.DiagnosticId, t.Assembly.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>()?.DiagnosticId })
                .OfType<string>()
                .Prepend("CS0612").Prepend("CS0618")
                .Distinct(StringComparer.Ordinal);
            var index = items.Count;
            var source = $$"""
                #pragma warning disable {{string.Join(", ", obsolete)}}
                namespace Corpus;

                [global::InMemoryFakes.InMemoryFake(typeof({{CSharpName(closed)}}))]
                public partial class Fake_{{index}};
                """;
            items.Add(new CorpusItem(index, CSharpName(closed), source, type.FullName!));
        }

        return items;
    }

    private static bool IsNameable(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (!(t.IsPublic || t.IsNestedPublic))
            {
                return false;
            }

            if (t != type && t.IsGenericType)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Closes a generic interface with the first combination of string/int/object/double its constraints accept; one of a
    /// single type parameter that none of them meets (<c>IFoo&lt;TSelf&gt; where TSelf : IFoo&lt;TSelf&gt;</c>, <c>where T : Attribute</c>)
    /// is closed over the first public type of its own assembly, or of the runtime's, that does.
    /// </summary>
    private static Type? Close(Type definition)
    {
        var arity = definition.GetGenericArguments().Length;
        if (arity > 3)
        {
            return null;
        }

        if ((CloseOver(definition, arity, TypeArgumentCandidates) ?? CloseOver(definition, arity, MoreTypeArgumentCandidates)) is { } simple)
        {
            return simple;
        }

        if (arity != 1)
        {
            return null;
        }

        var own = definition.Assembly.GetExportedTypes().Concat(typeof(object).Assembly.GetExportedTypes())
            .Where(static t => !t.IsGenericTypeDefinition && !t.IsByRefLike && !(t.IsAbstract && t.IsSealed) && IsNameable(t)
                && t.GetCustomAttribute<ObsoleteAttribute>() is null && t.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>() is null
                && t.Assembly.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>() is null)
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Take(5000); // a bound on the failed tries (each an exception), for assemblies of tens of thousands of types
        foreach (var candidate in own)
        {
            try
            {
                return definition.MakeGenericType(candidate);
            }
            catch (ArgumentException)
            {
                // Not this one.
            }
        }

        return null;
    }

    private static Type? CloseOver(Type definition, int arity, Type[] candidates)
    {
        var combinations = (int)Math.Pow(candidates.Length, arity);
        for (var c = 0; c < combinations; c++)
        {
            var arguments = new Type[arity];
            for (int i = 0, rest = c; i < arity; i++, rest /= candidates.Length)
            {
                arguments[i] = candidates[rest % candidates.Length];
            }

            try
            {
                return definition.MakeGenericType(arguments);
            }
            catch (ArgumentException)
            {
                // A constraint refused these arguments; try the next combination.
            }
        }

        return null;
    }

    private static string CSharpName(Type type)
    {
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(int))
        {
            return "int";
        }

        if (type == typeof(object))
        {
            return "object";
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(CSharpName)) + ">";
        }

        return type.DeclaringType is { } outer
            ? CSharpName(outer) + "." + name
            : "global::" + (string.IsNullOrEmpty(type.Namespace) ? "" : type.Namespace + ".") + name;
    }

    /// <summary>What one corpus run found: interfaces, fakes that compile clean, fakes explained by IMF diagnostics, failures.</summary>
    public sealed record CorpusCounts(int Interfaces, int Clean, int ImfOnly, int Failed);

    /// <summary>One fake of the corpus.</summary>
    /// <param name="Index">Its place, which names its class (<c>Fake_N</c>).</param>
    /// <param name="TypeOfName">The interface as <c>typeof</c> names it, closed.</param>
    /// <param name="Source">The fake's declaration.</param>
    /// <param name="Definition">The interface's metadata name, open (<c>System.IObserver`1</c>).</param>
    public sealed record CorpusItem(int Index, string TypeOfName, string Source, string Definition)
    {
        /// <summary>The interface as C# writes it, without <c>global::</c>: <c>System.Numerics.INumber&lt;int&gt;</c>.</summary>
        public string Name => TypeOfName.Replace("global::", "", StringComparison.Ordinal);

        public string FileName => "Fake_" + Index.ToString(CultureInfo.InvariantCulture) + ".cs";

        /// <summary>Generated files are named after the class: <c>Corpus.Fake_N.InMemoryFake.g.cs</c>.</summary>
        private string HintPrefix => "Corpus.Fake_" + Index.ToString(CultureInfo.InvariantCulture) + ".";

        public bool Owns(string? path) => string.Equals(path, FileName, StringComparison.Ordinal);

        public bool OwnsHint(string hint) => hint.StartsWith(HintPrefix, StringComparison.Ordinal);

        public bool OwnsGenerated(string? path) => path is not null && OwnsHint(Path.GetFileName(path));
    }

    private enum OutcomeKind
    {
        Clean,
        ImfOnly,
        Failed,
    }

    private sealed record Outcome(CorpusItem Item, OutcomeKind Kind, string[] GeneratorIds, string? Failure)
    {
        public static Outcome Crashed(CorpusItem item, string why) => new(item, OutcomeKind.Failed, [], why);

        public static Outcome Judge(CorpusItem item, Diagnostic[] fromGenerator, Diagnostic[] inUserCode, Diagnostic[] inGenerated, bool generated)
        {
            var generatorIds = fromGenerator.Select(static d => d.Id).ToArray();
            var generatorMessages = fromGenerator.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
            var problems = new List<string>();
            var crashes = generatorIds.Where(Crashes.Contains).ToArray();
            if (crashes.Length > 0)
            {
                problems.Add("generator crash " + string.Join(", ", crashes));
            }

            // A member the generator reported (IMF0001 names it) and left out shows as CS0535 on the class: on the user's
            // declaration or on the generated one, whichever the compiler picks. A diagnostic about the whole fake explains
            // every missing member. Any other compiler diagnostic is the generated code's fault.
            var hasImf = generatorIds.Any(static id => id.StartsWith("IMF", StringComparison.Ordinal));
            var wholeFake = generatorIds.Any(WholeFakeDiagnostics.Contains);
            bool Explained(Diagnostic d) => MemberNotImplemented.Contains(d.Id)
                && (wholeFake || MissingMember(d) is { } member && generatorMessages.Any(m => m.StartsWith("'" + member + "'", StringComparison.Ordinal)));
            var brokenGenerated = inGenerated.Where(d => !Explained(d)).ToArray();
            if (brokenGenerated.Length > 0)
            {
                problems.Add("generated code does not compile cleanly: " + Describe(brokenGenerated));
            }

            var unexplained = inUserCode.Where(d => !Explained(d)).ToArray();
            if (unexplained.Length > 0)
            {
                problems.Add((hasImf ? "compiler diagnostics the IMF diagnostics do not explain: " : "compiler diagnostics with no IMF diagnostic to explain them: ") + Describe(unexplained));
            }

            if (!hasImf && !generated)
            {
                problems.Add("no source was generated and no diagnostic says why");
            }

            if (problems.Count > 0)
            {
                return new Outcome(item, OutcomeKind.Failed, generatorIds, string.Join(" | ", problems));
            }

            return new Outcome(item, hasImf ? OutcomeKind.ImfOnly : OutcomeKind.Clean, generatorIds, null);
        }

        /// <summary>The simple name of the member a CS0535-style diagnostic is about: 'IStore&lt;T&gt;.Get(string)' → Get.</summary>
        private static string? MissingMember(Diagnostic diagnostic)
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var start = message.IndexOf("member '", StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            start += "member '".Length;
            var end = message.IndexOf('\'', start);
            var member = end < 0 ? message[start..] : message[start..end];
            var parameters = member.IndexOf('(', StringComparison.Ordinal);
            if (parameters >= 0)
            {
                member = member[..parameters];
            }

            // Operator names hold '<' and '>', which the generic-depth scan below would misread.
            var op = member.LastIndexOf(".operator ", StringComparison.Ordinal);
            if (op >= 0)
            {
                return member[(op + 1)..];
            }

            if (member.EndsWith(']') && member.Contains(".this[", StringComparison.Ordinal))
            {
                return "this[]";
            }

            var depth = 0;
            for (var i = member.Length - 1; i >= 0; i--)
            {
                depth += member[i] switch { '>' => 1, '<' => -1, _ => 0 };
                if (member[i] == '.' && depth == 0)
                {
                    member = member[(i + 1)..];
                    break;
                }
            }

            // A generic method: Get<TFeature> → Get.
            var typeParameters = member.IndexOf('<', StringComparison.Ordinal);
            return typeParameters > 0 ? member[..typeParameters] : member;
        }

        private static string Describe(Diagnostic[] diagnostics)
            => string.Join("; ", diagnostics.Take(3).Select(static d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)))
               + (diagnostics.Length > 3 ? $"; … {diagnostics.Length - 3} more" : "");
    }
}
