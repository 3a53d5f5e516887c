using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The generator over a corpus of real public interfaces it was never written for: every public, non-generic (or
/// closable generic) interface of the BCL assemblies below and of Microsoft.Extensions.* / ASP.NET Core abstractions,
/// each faked with <c>[InMemoryFake(typeof(T))] public partial class Fake_N;</c>. The generator must never crash, and
/// each fake either compiles clean or is explained by IMF diagnostics (the only compiler errors then being the members
/// the generator said it could not implement, reported on the user's class, never inside generated code).
/// </summary>
public class GeneratorCorpusTests(ITestOutputHelper output)
{
    /// <summary>Fakes per compilation: large enough to keep the test fast, small enough that a crash is cheap to bisect.</summary>
    private const int BatchSize = 60;

    /// <summary>
    /// Generator bugs found by this corpus and not fixed yet, by the faked interface's full name, with what goes wrong.
    /// They are run but not asserted; everything else is. Remove an entry once the generator handles it.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGeneratorBugs = new(StringComparer.Ordinal)
    {
    };

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

    /// <summary>The assemblies whose public interfaces make the corpus.</summary>
    private static readonly Assembly[] CorpusAssemblies =
    [
        typeof(object).Assembly,                                                              // System.Runtime (System.Private.CoreLib)
        typeof(System.Collections.Generic.LinkedList<>).Assembly,                            // System.Collections
        typeof(System.ComponentModel.IComponent).Assembly,                                   // System.ComponentModel.Primitives
        typeof(System.ComponentModel.IEditableObject).Assembly,                              // System.ComponentModel
        typeof(System.ComponentModel.TypeConverter).Assembly,                                // System.ComponentModel.TypeConverter
        typeof(System.Collections.Specialized.INotifyCollectionChanged).Assembly,            // System.ObjectModel
        typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly,
        typeof(Microsoft.Extensions.Caching.Memory.IMemoryCache).Assembly,                  // Caching.Abstractions
        typeof(Microsoft.Extensions.Caching.Memory.MemoryCache).Assembly,
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,       // DependencyInjection.Abstractions
        typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly,                               // Logging.Abstractions
        typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,                  // Configuration.Abstractions
        typeof(Microsoft.Extensions.FileProviders.IFileProvider).Assembly,
        typeof(Microsoft.Extensions.Hosting.IHostedService).Assembly,                        // Hosting.Abstractions
        typeof(Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck).Assembly,
        typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor).Assembly,                     // Http.Abstractions
        typeof(Microsoft.AspNetCore.Http.Features.IFeatureCollection).Assembly,              // Http.Features
        typeof(Microsoft.AspNetCore.Authentication.IAuthenticationService).Assembly,         // Authentication.Abstractions
        typeof(Microsoft.AspNetCore.DataProtection.IDataProtector).Assembly,                 // DataProtection.Abstractions
        typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache).Assembly,
    ];

    private static readonly Type[] TypeArgumentCandidates = [typeof(string), typeof(int), typeof(object)];

    [Fact]
    public void Every_interface_in_the_corpus_generates_without_a_crash_and_compiles_or_is_explained()
    {
        var corpus = Corpus(CorpusAssemblies);
        Assert.True(corpus.Count >= 150, $"The corpus should have at least 150 interfaces; it has {corpus.Count}.");
        Check(corpus, CorpusAssemblies.Length);
    }

    /// <summary>
    /// The same check over every other public interface of the two shared frameworks an ASP.NET Core application runs
    /// on (Microsoft.NETCore.App and Microsoft.AspNetCore.App): the interfaces Microsoft's own code gives users, from
    /// SignalR hubs and Razor components to System.Text.Json and the Data Protection key ring, none written for this
    /// generator.
    /// </summary>
    [Fact]
    public void Every_interface_of_the_shared_frameworks_generates_without_a_crash_and_compiles_or_is_explained()
    {
        var assemblies = SharedFrameworkAssemblies();
        var corpus = Corpus(assemblies, except: CorpusAssemblies);
        Assert.True(corpus.Count >= 500, $"The shared frameworks should give at least 500 more interfaces; they gave {corpus.Count}.");
        Check(corpus, assemblies.Length);
    }

    /// <summary>
    /// The same check over every public interface of the packages users pair a fake with: Ardalis.Specification's
    /// repositories, EF Core and its Identity stores, StackExchange.Redis, Azure.Data.Tables and Azure.Core, MongoDB.Bson,
    /// Npgsql, Microsoft.FeatureManagement and the hybrid cache.
    /// </summary>
    [Fact]
    public void Every_interface_of_the_packages_paired_with_fakes_generates_without_a_crash_and_compiles_or_is_explained()
    {
        var assemblies = PackageAssemblies;
        var corpus = Corpus(assemblies, except: CorpusAssemblies);
        Assert.True(corpus.Count >= 300, $"The packages should give at least 300 interfaces; they gave {corpus.Count}.");
        Check(corpus, assemblies.Length);
    }

    /// <summary>The packages' assemblies (each one a type of it names), and the ones they build on.</summary>
    private static readonly Assembly[] PackageAssemblies =
    [
        typeof(Ardalis.Specification.IRepositoryBase<>).Assembly,
        typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
        typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly,
        typeof(Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext).Assembly,
        typeof(StackExchange.Redis.IDatabase).Assembly,
        typeof(Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache).Assembly,
        typeof(Azure.Data.Tables.ITableEntity).Assembly,
        typeof(Azure.Response).Assembly,
        typeof(MongoDB.Bson.BsonDocument).Assembly,
        typeof(Npgsql.NpgsqlConnection).Assembly,
        typeof(Microsoft.FeatureManagement.IFeatureManager).Assembly,
        typeof(Microsoft.Extensions.Caching.Hybrid.HybridCacheEntryOptions).Assembly,
    ];

    private void Check(List<CorpusItem> corpus, int assemblyCount)
    {
        var outcomes = new List<Outcome>();
        foreach (var batch in corpus.Chunk(BatchSize))
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
            .Where(static o => o.Failure is not null && !KnownGeneratorBugs.ContainsKey(o.Item.Name))
            .Select(static o => $"{o.Item.Name}: {o.Failure}")
            .ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} corpus interface(s) broke the generator or its output:\n" + string.Join("\n", failures));

        // A known bug that no longer reproduces is reported (not failed), so fixing the generator never breaks this test.
        var fixedBugs = KnownGeneratorBugs.Keys.Where(name => outcomes.Any(o => o.Item.Name == name && o.Failure is null)).ToArray();
        if (fixedBugs.Length > 0)
        {
            output.WriteLine("These known generator bugs no longer reproduce; remove them from KnownGeneratorBugs: " + string.Join(", ", fixedBugs));
        }
    }

    /// <summary>
    /// Every managed assembly of the runtime's and ASP.NET Core's shared framework folders that the first corpus does
    /// not already hold, loaded by name (they are on the test host's trusted platform list).
    /// </summary>
    private static Assembly[] SharedFrameworkAssemblies()
    {
        var folders = new[]
        {
            Path.GetDirectoryName(typeof(object).Assembly.Location)!,
            Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor).Assembly.Location)!,
        };
        var already = CorpusAssemblies.Select(static a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);
        var assemblies = new List<Assembly>();
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Order(StringComparer.Ordinal))
        {
            if (!folders.Contains(Path.GetDirectoryName(path), StringComparer.Ordinal) || already.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            try
            {
                assemblies.Add(Assembly.Load(AssemblyName.GetAssemblyName(path)));
            }
            catch (BadImageFormatException)
            {
                // Not a managed assembly.
            }
        }

        return [.. assemblies];
    }

    /// <summary>Runs the generator over one compilation holding one fake per item; null when the generator itself failed.</summary>
    private static List<Outcome>? RunBatch(IReadOnlyList<CorpusItem> batch)
    {
        var trees = batch.Select(static item => CSharpSyntaxTree.ParseText(item.Source, GeneratorHarness.ParseOptions, path: item.FileName)).ToArray();
        var compilation = CSharpCompilation.Create("Corpus" + Guid.NewGuid().ToString("N"), trees, References.Value, GeneratorHarness.CompilationOptions);
        var run = GeneratorHarness.Run(compilation);

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

    private void Report(List<Outcome> outcomes, int assemblyCount)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {outcomes.Count} interfaces from {assemblyCount} assemblies.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  compiles clean:       {outcomes.Count(static o => o.Kind == OutcomeKind.Clean)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  IMF diagnostics only: {outcomes.Count(static o => o.Kind == OutcomeKind.ImfOnly)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  failures:             {outcomes.Count(static o => o.Kind == OutcomeKind.Failed)} (known generator bugs skipped: {outcomes.Count(static o => o.Kind == OutcomeKind.Failed && KnownGeneratorBugs.ContainsKey(o.Item.Name))})");
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
            var known = KnownGeneratorBugs.TryGetValue(failure.Item.Name, out var why) ? "KNOWN BUG (" + why + ")" : "FAILED";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {known} {failure.Item.Name}: {failure.Failure}");
        }

        output.WriteLine(text.ToString());
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(static () =>
    {
        // The harness references the runtime and the core framework; the corpus also needs the ASP.NET Core shared
        // framework (which carries Microsoft.Extensions.*), referenced by this test project.
        var known = new HashSet<string>(GeneratorHarness.References.OfType<PortableExecutableReference>().Select(static r => Path.GetFileName(r.FilePath!)), StringComparer.OrdinalIgnoreCase);
        var aspNetCore = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor).Assembly.Location)!;
        var extraPaths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), aspNetCore, StringComparison.Ordinal) && !known.Contains(Path.GetFileName(path)))
            .ToArray();
        known.UnionWith(extraPaths.Select(Path.GetFileName)!);
        var extra = extraPaths.Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path));
        // The packages' assemblies and their dependencies, copied beside the test assembly.
        var beside = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => !known.Contains(Path.GetFileName(path)) && !Path.GetFileName(path).StartsWith("InMemoryFakes.Generators", StringComparison.Ordinal) && IsManaged(path))
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

    /// <summary>Every public interface of the corpus assemblies that C# can name in <c>typeof</c>, generic ones closed over simple types.</summary>
    private static List<CorpusItem> Corpus(IEnumerable<Assembly> assemblies, IReadOnlyCollection<Assembly>? except = null)
    {
        var items = new List<CorpusItem>();
        foreach (var type in assemblies.Distinct().SelectMany(static a => a.GetExportedTypes()).Where(t => t.IsInterface && except?.Contains(t.Assembly) != true).Distinct().OrderBy(static t => t.FullName, StringComparer.Ordinal))
        {
            if (!IsNameable(type) || type.GetCustomAttribute<ObsoleteAttribute>() is { IsError: true })
            {
                continue;
            }

            var closed = type.IsGenericTypeDefinition ? Close(type) : type;
            if (closed is null)
            {
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
            items.Add(new CorpusItem(index, CSharpName(closed), source));
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

    /// <summary>Closes a generic interface with the first combination of string/int/object its constraints accept.</summary>
    private static Type? Close(Type definition)
    {
        var arity = definition.GetGenericArguments().Length;
        if (arity > 3)
        {
            return null;
        }

        var combinations = (int)Math.Pow(TypeArgumentCandidates.Length, arity);
        for (var c = 0; c < combinations; c++)
        {
            var arguments = new Type[arity];
            for (int i = 0, rest = c; i < arity; i++, rest /= TypeArgumentCandidates.Length)
            {
                arguments[i] = TypeArgumentCandidates[rest % TypeArgumentCandidates.Length];
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

    private sealed record CorpusItem(int Index, string TypeOfName, string Source)
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
