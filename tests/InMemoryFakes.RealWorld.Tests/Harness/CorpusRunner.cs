using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>
/// Runs the generator over the corpus and classifies each interface (complete, incomplete, crash, generated-code error),
/// then loads the complete fakes and runs each file's smoke script against a new instance of its fake.
/// </summary>
internal static class CorpusRunner
{
    /// <summary>A generator failure, however it surfaces.</summary>
    private static readonly HashSet<string> CrashIds = new(StringComparer.Ordinal) { "IMF9999", "CS8784", "CS8785", "AD0001" };

    /// <summary>Compiler diagnostics that a member the generator reported and left out produces on the fake class.</summary>
    private static readonly HashSet<string> MemberNotImplemented = new(StringComparer.Ordinal) { "CS0535", "CS0736", "CS0738" };

    /// <summary>Generator diagnostics about the fake as a whole: after them no member is generated.</summary>
    private static readonly HashSet<string> WholeFakeIds = new(StringComparer.Ordinal) { "IMF0003", "IMF0004", "IMF0005", "IMF0007", "IMF0008", "IMF0009", "IMF0011", "IMF0012", "IMF0024" };

    /// <summary>How long one smoke script may take before it counts as hanging.</summary>
    private static readonly TimeSpan SmokeTimeout = TimeSpan.FromSeconds(20);

    /// <param name="corpusDirectory">The Corpus/ folder.</param>
    /// <param name="supportDirectory">The Support/ folder: sources compiled with every batch (the smoke scripts' assertions).</param>
    public static async Task<CorpusRun> RunAsync(string corpusDirectory, string supportDirectory)
    {
        var support = Directory.EnumerateFiles(supportDirectory, "*.cs").OrderBy(static p => p, StringComparer.Ordinal)
            .Select(static p => CorpusCompiler.ParseSupport("Support/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
        var files = CorpusFile.LoadAll(corpusDirectory);
        var defects = files.SelectMany(static f => f.FormProblems()).Concat(CorpusLicences.Problems(files)).ToList();

        var trees = files.ToDictionary(static f => f, CorpusCompiler.Parse);
        var baseline = CorpusCompiler.Problems(CorpusCompiler.Compile(trees.Values.Concat(support)));

        // The corpus must compile on its own: the only errors allowed are the members a [InMemoryFake(typeof(…))]
        // partial class does not implement yet (the generator writes them).
        defects.AddRange(baseline.Where(static d => !MemberNotImplemented.Contains(d.Id)).Select(static d => "corpus code: " + d));
        var own = new HashSet<string>(baseline.Select(Fingerprint), StringComparer.Ordinal);

        var outcomes = RunBatch(files, trees, support, own)
            ?? files.Select(f => RunBatch([f], trees, support, own)?[0]
                ?? new CorpusOutcome(f, CorpusStatus.Crash, [], ["the generator run failed as a whole (CS8784/CS8785/AD0001)"])).ToList();

        await RunSmokeScriptsAsync(outcomes, trees, support).ConfigureAwait(false);
        await RunProbesAsync(outcomes, trees, support).ConfigureAwait(false);
        return new CorpusRun(files, defects, outcomes);
    }

    /// <summary>Runs the generator over one compilation of the given files; null when the generator run failed as a whole.</summary>
    private static List<CorpusOutcome>? RunBatch(IReadOnlyList<CorpusFile> files, Dictionary<CorpusFile, SyntaxTree> trees, SyntaxTree[] support, HashSet<string> own)
    {
        var (output, generatorDiagnostics) = CorpusCompiler.Generate(CorpusCompiler.Compile(files.Select(f => trees[f]).Concat(support)));
        var compileProblems = CorpusCompiler.Problems(output);
        Dump(files, output, generatorDiagnostics);
        if (generatorDiagnostics.Concat(compileProblems).Any(d => CrashIds.Contains(d.Id) && d.Id != "IMF9999" && !files.Any(f => Owns(f, d))))
        {
            return null;
        }

        var outcomes = new List<CorpusOutcome>();
        foreach (var file in files)
        {
            var imf = generatorDiagnostics.Where(d => Owns(file, d) && d.Id.StartsWith("IMF", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).ToArray();
            var imfInfo = imf.Select(d => ToImf(file, d)).ToArray();
            var problems = new List<string>();

            problems.AddRange(generatorDiagnostics.Where(d => Owns(file, d) && CrashIds.Contains(d.Id)).Select(static d => d.ToString()));
            if (problems.Count > 0)
            {
                outcomes.Add(new CorpusOutcome(file, CorpusStatus.Crash, imfInfo, problems));
                continue;
            }

            // Compiler diagnostics in the file or its generated code that the corpus does not have on its own.
            var fromGeneration = compileProblems.Where(d => (Owns(file, d) || file.OwnsGenerated(d.Location.SourceTree?.FilePath)) && !own.Contains(Fingerprint(d))).ToArray();
            var wholeFake = imf.Any(static d => WholeFakeIds.Contains(d.Id));
            var unexplained = fromGeneration.Where(d => !(MemberNotImplemented.Contains(d.Id) && (wholeFake || NamedBy(MissingMember(d), imf)))).ToArray();
            if (unexplained.Length > 0)
            {
                problems.AddRange(unexplained.Select(static d => d.ToString()));
                outcomes.Add(new CorpusOutcome(file, CorpusStatus.GeneratedCodeError, imfInfo, problems));
                continue;
            }

            if (imf.Length == 0 && !output.SyntaxTrees.Any(t => file.OwnsGenerated(t.FilePath)))
            {
                outcomes.Add(new CorpusOutcome(file, CorpusStatus.GeneratedCodeError, imfInfo, ["no source was generated and no diagnostic says why"]));
                continue;
            }

            outcomes.Add(new CorpusOutcome(file, imf.Length > 0 ? CorpusStatus.Incomplete : CorpusStatus.Complete, imfInfo, problems));
        }

        foreach (var outcome in outcomes)
        {
            // IMF0025 is Info: it leaves the fake complete; the report counts it.
            outcome.UnstatedStamps = generatorDiagnostics.Count(d => Owns(outcome.File, d) && d.Id == "IMF0025");
            // IMF0029 is Info too (session 38): a bool or count update or removal by entity answering false for a missing one.
            outcome.UnstatedMissingRows = generatorDiagnostics.Count(d => Owns(outcome.File, d) && d.Id == "IMF0029");
            // IMF0030 is Info too (session 39): a list, page or count read by a text property compared equal, no setting stating it.
            outcome.UnstatedTextLookups = generatorDiagnostics.Count(d => Owns(outcome.File, d) && d.Id == "IMF0030");
            // IMF0031 is Info too (session 40): an average, minimum or maximum of no rows throws, where a MongoDB store answers default.
            outcome.EmptyAggregatesThrow = generatorDiagnostics.Count(d => Owns(outcome.File, d) && d.Id == "IMF0031");
        }

        return outcomes;
    }

    /// <summary>
    /// With <c>IMF_REALWORLD_DUMP</c> set to a folder, writes each corpus file's generated files and IMF diagnostics under
    /// <c>&lt;Repo&gt;/&lt;IFoo&gt;/</c> there, to read what the fakes do beyond their smoke scripts (as the generator corpus's
    /// <c>IMF_CORPUS_DUMP</c>).
    /// </summary>
    private static void Dump(IReadOnlyList<CorpusFile> files, Compilation output, IEnumerable<Diagnostic> generatorDiagnostics)
    {
        var root = Environment.GetEnvironmentVariable("IMF_REALWORLD_DUMP");
        if (string.IsNullOrEmpty(root))
        {
            return;
        }

        foreach (var file in files)
        {
            var folder = Path.Combine(root, file.RepoFolder, file.Name);
            Directory.CreateDirectory(folder);
            foreach (var tree in output.SyntaxTrees.Where(t => file.OwnsGenerated(t.FilePath)))
            {
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
            }

            File.WriteAllLines(Path.Combine(folder, "diagnostics.txt"), generatorDiagnostics.Where(d => Owns(file, d)).Select(static d => d.ToString()));
        }
    }

    /// <summary>Emits the complete fakes (with their files) as one assembly, and runs each file's smoke script on a new fake.</summary>
    private static async Task RunSmokeScriptsAsync(List<CorpusOutcome> outcomes, Dictionary<CorpusFile, SyntaxTree> trees, SyntaxTree[] support)
    {
        var complete = outcomes.Where(static o => o.Status == CorpusStatus.Complete).ToList();
        if (complete.Count == 0)
        {
            return;
        }

        var (output, _) = CorpusCompiler.Generate(CorpusCompiler.Compile(complete.Select(o => trees[o.File]).Concat(support)));
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        if (!emit.Success)
        {
            var why = "the complete fakes did not emit: " + string.Join("; ", emit.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5));
            foreach (var outcome in complete)
            {
                outcome.SmokeRan = true;
                outcome.SmokeFailure = why;
            }

            return;
        }

        var context = new AssemblyLoadContext("RealWorldCorpus", isCollectible: true);
        context.Resolving += CorpusCompiler.ResolveFrameworkPackage;
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            foreach (var outcome in complete)
            {
                outcome.SmokeRan = true;
                outcome.SmokeFailure = await RunSmokeAsync(assembly, outcome.File).ConfigureAwait(false);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// For each incomplete fake with a generated class: stubs the missing members (ProbeStubWriter), emits, and runs the
    /// smoke script, to find generated members that do something other than the real store before the first missing one.
    /// </summary>
    private static async Task RunProbesAsync(List<CorpusOutcome> outcomes, Dictionary<CorpusFile, SyntaxTree> trees, SyntaxTree[] support)
    {
        var incomplete = outcomes.Where(static o => o.Status == CorpusStatus.Incomplete).ToList();
        foreach (var outcome in incomplete)
        {
            outcome.Probe = new ProbeResult(ProbeKind.Unavailable, "no generated class");
        }

        if (incomplete.Count == 0)
        {
            return;
        }

        var (output, _) = CorpusCompiler.Generate(CorpusCompiler.Compile(incomplete.Select(o => trees[o.File]).Concat(support)));
        var probed = new Dictionary<CorpusOutcome, SyntaxTree>(ReferenceEqualityComparer.Instance);
        foreach (var outcome in incomplete)
        {
            var fake = ProbeStubWriter.FindFake(output, outcome.File);
            var stub = fake is null ? null : ProbeStubWriter.Write(fake);
            if (stub is not null)
            {
                probed[outcome] = CorpusCompiler.ParseSupport("Probe/" + outcome.File.RelativePath, stub);
            }
        }

        var compilation = output.AddSyntaxTrees(probed.Values);

        // Drop the probes that do not compile (their file, generated code or stubs have errors), so the others still run.
        bool Belongs(CorpusOutcome o, string? path) => path is not null
            && (path == o.File.TreePath || o.File.OwnsGenerated(path) || (probed.TryGetValue(o, out var t) && t.FilePath == path));
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToArray();
        foreach (var outcome in incomplete.Where(o => errors.Any(e => Belongs(o, e.Location.SourceTree?.FilePath))).ToList())
        {
            outcome.Probe = new ProbeResult(ProbeKind.Unavailable, "the stubbed fake does not compile: " + errors.First(e => Belongs(outcome, e.Location.SourceTree?.FilePath)).GetMessage(CultureInfo.InvariantCulture));
            compilation = compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Where(t => Belongs(outcome, t.FilePath)));
            probed.Remove(outcome);
        }

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            foreach (var outcome in probed.Keys)
            {
                outcome.Probe = new ProbeResult(ProbeKind.Unavailable, "the probe assembly did not emit: " + emit.Diagnostics.First(static d => d.Severity == DiagnosticSeverity.Error));
            }

            return;
        }

        var context = new AssemblyLoadContext("RealWorldCorpusProbe", isCollectible: true);
        context.Resolving += CorpusCompiler.ResolveFrameworkPackage;
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            foreach (var outcome in probed.Keys)
            {
                var (error, problem) = await InvokeSmokeAsync(assembly, outcome.File).ConfigureAwait(false);
                outcome.Probe = problem is not null ? new ProbeResult(ProbeKind.Unavailable, problem)
                    : error is null ? new ProbeResult(ProbeKind.Passed, "")
                    : error.GetType().Name == "ProbeMissingMemberException" ? new ProbeResult(ProbeKind.ReachedMissingMember, error.Message)
                    : error.GetType().Name == "SmokeFailedException" ? new ProbeResult(ProbeKind.WrongMeaning, error.Message)
                    : error.Data.Contains("InMemoryFakes.Refusal") ? new ProbeResult(ProbeKind.Refused, error.Message)
                    : error.StackTrace?.Contains("FakeCore.Seed", StringComparison.Ordinal) == true
                        ? new ProbeResult(ProbeKind.Unavailable, "the script seeds a type no generated member stores: " + error.Message)
                    : new ProbeResult(ProbeKind.Error, Describe(error));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs <c>Smoke.RunAsync(fake)</c> of one file; null when it passed, else why it failed.</summary>
    private static async Task<string?> RunSmokeAsync(Assembly assembly, CorpusFile file)
    {
        var (error, problem) = await InvokeSmokeAsync(assembly, file).ConfigureAwait(false);
        return problem ?? (error is null ? null : Describe(error));
    }

    /// <summary>Runs <c>Smoke.RunAsync(fake)</c>: the exception it ended with (null when it passed), or why it could not run.</summary>
    private static async Task<(Exception? Error, string? Problem)> InvokeSmokeAsync(Assembly assembly, CorpusFile file)
    {
        var smoke = assembly.GetType(file.Namespace + ".Smoke");
        var run = smoke?.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static);
        if (run is null || run.GetParameters().Length != 1 || run.ReturnType != typeof(Task))
        {
            return (null, "no 'public static Task Smoke.RunAsync(<interface> store)' in " + file.Namespace);
        }

        var storeType = run.GetParameters()[0].ParameterType;
        // A fake is always at namespace level; the repositories of a fake of several tables are private classes nested in
        // it, fakes too, and a script that takes the store as object (an internal interface) would match them all.
        var candidates = assembly.GetTypes()
            .Where(t => t.Namespace == file.Namespace && t.IsClass && !t.IsAbstract && !t.IsNested && typeof(IInMemoryFake).IsAssignableFrom(t))
            .ToArray();
        var fakes = candidates.Where(t => !t.ContainsGenericParameters && storeType.IsAssignableFrom(t)).ToArray();
        if (fakes.Length == 0)
        {
            // An open generic fake (InMemoryKeyValueStore<T>): closed over the type arguments the script's parameter
            // gives (IKeyValueStore<Subscribers>), as a user closes it.
            var closed = candidates.Where(static t => t.IsGenericTypeDefinition).Select(t => Close(t, storeType)).ToArray();
            if (closed.FirstOrDefault(static c => c.Problem is not null) is { Problem: { } cannotClose })
            {
                return (null, cannotClose);
            }

            fakes = closed.Where(static c => c.Fake is not null).Select(static c => c.Fake!).ToArray();
        }

        if (fakes.Length != 1)
        {
            return (null, $"expected one generated fake implementing {storeType.Name} in {file.Namespace}, found {fakes.Length}");
        }

        try
        {
            var fake = Activator.CreateInstance(fakes[0])!;
            var task = (Task)run.Invoke(null, [fake])!;
            await task.WaitAsync(SmokeTimeout).ConfigureAwait(false);
            return (null, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return (e.InnerException, null);
        }
        catch (TimeoutException)
        {
            return (null, "the smoke script did not finish within " + SmokeTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
        }
        catch (Exception e)
        {
            return (e, null);
        }
    }

    /// <summary>
    /// The open generic fake closed so that it implements the script's store type: its type parameters bound by the
    /// generic interfaces it implements that have the store type's definition. Null when none of them does, or a problem
    /// when the arguments leave a parameter unbound or break a constraint.
    /// </summary>
    private static (Type? Fake, string? Problem) Close(Type fake, Type storeType)
    {
        if (!storeType.IsConstructedGenericType)
        {
            return (null, null);
        }

        var definition = storeType.GetGenericTypeDefinition();
        foreach (var implemented in fake.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition))
        {
            var bound = new Type?[fake.GetGenericArguments().Length];
            if (!Bind(implemented, storeType, bound))
            {
                continue;
            }

            if (bound.Any(static b => b is null))
            {
                return (null, $"{fake.Name} cannot be closed from {storeType.Name}: a type parameter is not bound by its arguments");
            }

            try
            {
                var closed = fake.MakeGenericType(bound!);
                return storeType.IsAssignableFrom(closed) ? (closed, null) : (null, null);
            }
            catch (ArgumentException e)
            {
                return (null, $"{fake.Name} cannot be closed from {storeType.Name}: {e.Message}");
            }
        }

        return (null, null);
    }

    /// <summary>Binds the fake's type parameters in <paramref name="pattern"/> to the matching parts of <paramref name="actual"/>.</summary>
    private static bool Bind(Type pattern, Type actual, Type?[] bound)
    {
        if (pattern.IsGenericParameter && pattern.DeclaringMethod is null)
        {
            var position = pattern.GenericParameterPosition;
            if (bound[position] is { } earlier && earlier != actual)
            {
                return false;
            }

            bound[position] = actual;
            return true;
        }

        if (!pattern.ContainsGenericParameters)
        {
            return pattern == actual;
        }

        if (pattern.IsArray)
        {
            return actual.IsArray && pattern.GetArrayRank() == actual.GetArrayRank() && Bind(pattern.GetElementType()!, actual.GetElementType()!, bound);
        }

        if (!pattern.IsGenericType || !actual.IsGenericType || pattern.GetGenericTypeDefinition() != actual.GetGenericTypeDefinition())
        {
            return false;
        }

        var patternArguments = pattern.GetGenericArguments();
        var actualArguments = actual.GetGenericArguments();
        return patternArguments.Zip(actualArguments).All(pair => Bind(pair.First, pair.Second, bound));
    }

    /// <summary>The exception's type and message, and its innermost cause's when it wraps one (a type initializer's failure).</summary>
    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is { } next)
        {
            inner = next;
        }

        return e.GetType().Name + ": " + e.Message + (ReferenceEquals(inner, e) ? "" : " (" + inner.GetType().Name + ": " + inner.Message + ")");
    }

    private static bool Owns(CorpusFile file, Diagnostic diagnostic)
        => string.Equals(diagnostic.Location.SourceTree?.FilePath ?? diagnostic.Location.GetLineSpan().Path, file.TreePath, StringComparison.Ordinal);

    private static string Fingerprint(Diagnostic d) => d.Id + "|" + d.Location.SourceTree?.FilePath + "|" + d.Location.SourceSpan;

    private static ImfDiagnostic ToImf(CorpusFile file, Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (WholeFakeIds.Contains(diagnostic.Id))
        {
            // About the fake as a whole (e.g. an entity without a key): the file's 'fake=' shape entry says why.
            return new ImfDiagnostic(diagnostic.Id, "(fake: " + FirstQuoted(message) + ")", file.ShapeOf("fake"), message);
        }

        var simple = SimpleName(FirstQuoted(message) ?? "?");
        return new ImfDiagnostic(diagnostic.Id, simple, file.ShapeOf(simple), message);
    }

    /// <summary>Whether an IMF diagnostic names the member a CS0535 is about.</summary>
    private static bool NamedBy(string? member, IEnumerable<Diagnostic> imf)
        => member is not null && imf.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains(member, StringComparison.Ordinal));

    private static string? FirstQuoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : null;
    }

    /// <summary>
    /// 'IStore&lt;T&gt;.GetAsync(string)' → GetAsync; 'GetAsync' → GetAsync; 'ICollection&lt;KeyValuePair&lt;int, (A, B)&gt;&gt;.Add(…)' →
    /// Add (the parameter list is the first parenthesis outside type arguments: a tuple type argument has one too).
    /// </summary>
    private static string SimpleName(string member)
    {
        var angle = 0;
        for (var i = 0; i < member.Length; i++)
        {
            angle += member[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (member[i] == '(' && angle == 0)
            {
                member = member[..i];
                break;
            }
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

        var typeParameters = member.IndexOf('<', StringComparison.Ordinal);
        return typeParameters > 0 ? member[..typeParameters] : member;
    }

    /// <summary>The simple name of the member a CS0535-style diagnostic is about.</summary>
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
        var member = SimpleName(end < 0 ? message[start..] : message[start..end]);

        // An indexer: the compiler names it with its parameter types (this[int]), the generator's IMF0001 as 'this[]'.
        return member.StartsWith("this[", StringComparison.Ordinal) ? "this[]" : member;
    }
}
