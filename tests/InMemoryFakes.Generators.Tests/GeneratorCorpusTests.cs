using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The generator over a corpus of real public interfaces it was never written for: every public, non-generic (or
/// closable generic) interface of the BCL assemblies below and of Microsoft.Extensions.* / ASP.NET Core abstractions,
/// each faked with <c>[InMemoryFake(typeof(T))] public partial class Fake_N;</c>. The generator must never crash, and
/// each fake either compiles clean or is explained by IMF diagnostics (<see cref="InterfaceCorpus"/>, which
/// tests/InMemoryFakes.GeneratorCorpus.Tests shares for Microsoft's clients and the other ecosystems' store clients).
/// </summary>
public class GeneratorCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Generator bugs found by this corpus and not fixed yet, by the faked interface's full name, with what goes wrong.
    /// They are run but not asserted; everything else is. Remove an entry once the generator handles it.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGeneratorBugs = new(StringComparer.Ordinal)
    {
    };

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

    [Fact]
    public void Every_interface_in_the_corpus_generates_without_a_crash_and_compiles_or_is_explained()
    {
        var corpus = Items(CorpusAssemblies);
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
        var corpus = Items(assemblies, except: CorpusAssemblies);
        Assert.True(corpus.Count >= 500, $"The shared frameworks should give at least 500 more interfaces; they gave {corpus.Count}.");
        Check(corpus, assemblies.Length);
    }

    /// <summary>
    /// The two corpora above read the shared frameworks' implementation assemblies, which the test host runs on. What a
    /// user compiles against is the reference packs (<c>packs/Microsoft.NETCore.App.Ref</c> and
    /// <c>packs/Microsoft.AspNetCore.App.Ref</c> of the SDK): every public interface those declare must be in one of the
    /// corpora, or left out for a reason the corpus states (nested in a generic type, obsolete as an error, no type
    /// arguments meet its constraints). Reads metadata only; runs no generator.
    /// </summary>
    [Fact]
    public void The_corpora_hold_every_public_interface_of_the_shared_frameworks_reference_packs()
    {
        var skipped = new List<string>();
        var faked = InterfaceCorpus.Items(CorpusAssemblies, skipped: skipped)
            .Concat(InterfaceCorpus.Items(SharedFrameworkAssemblies(), CorpusAssemblies, skipped))
            .Select(static item => item.Definition)
            .ToHashSet(StringComparer.Ordinal);
        var explained = skipped.Select(static s => s[..s.IndexOf(": ", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        var declared = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }.SelectMany(ReferencePackInterfaces).ToArray();
        output.WriteLine($"Reference packs: {declared.Length} public interfaces; faked {declared.Count(faked.Contains)}, left out with a reason {declared.Count(explained.Contains)}.");
        Assert.True(declared.Length >= 900, $"The reference packs should declare at least 900 public interfaces; found {declared.Length}.");
        var missing = declared.Where(name => !faked.Contains(name) && !explained.Contains(name)).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} public interface(s) of the reference packs are in neither corpus:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// The metadata names of the public interfaces of one reference pack of the SDK that runs these tests, the version of
    /// the running shared framework (or the newest present).
    /// </summary>
    private static IEnumerable<string> ReferencePackInterfaces(string pack)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var versions = new DirectoryInfo(Path.Combine(root, "packs", pack));
        Assert.True(versions.Exists, $"No reference pack at {versions.FullName}.");
        var version = versions.GetDirectories().FirstOrDefault(d => d.Name == Path.GetFileName(runtime))
            ?? versions.GetDirectories().OrderBy(static d => Version.TryParse(d.Name.Split('-')[0], out var v) ? v : new Version()).Last();
        var folder = Directory.GetDirectories(Path.Combine(version.FullName, "ref")).Single();
        foreach (var path in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                continue;
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var definition = reader.GetTypeDefinition(handle);
                if ((definition.Attributes & TypeAttributes.Interface) != 0 && IsVisible(reader, definition))
                {
                    yield return MetadataName(reader, definition);
                }
            }
        }
    }

    private static bool IsVisible(MetadataReader reader, TypeDefinition definition)
    {
        for (var type = definition; ; type = reader.GetTypeDefinition(type.GetDeclaringType()))
        {
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            if (visibility != TypeAttributes.NestedPublic)
            {
                return false;
            }
        }
    }

    private static string MetadataName(MetadataReader reader, TypeDefinition definition)
    {
        var name = reader.GetString(definition.Name);
        return definition.GetDeclaringType() is { IsNil: false } outer
            ? MetadataName(reader, reader.GetTypeDefinition(outer)) + "+" + name
            : (definition.Namespace.IsNil || reader.GetString(definition.Namespace).Length == 0 ? "" : reader.GetString(definition.Namespace) + ".") + name;
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
        var corpus = Items(assemblies, except: CorpusAssemblies);
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

    /// <summary>The corpus items, with the public interfaces left out (and why) written to the test output.</summary>
    private List<InterfaceCorpus.CorpusItem> Items(Assembly[] assemblies, Assembly[]? except = null)
    {
        var skipped = new List<string>();
        var items = InterfaceCorpus.Items(assemblies, except, skipped);
        output.WriteLine($"Public interfaces not faked: {skipped.Count}" + string.Concat(skipped.Select(static s => "\n  " + s)));
        return items;
    }

    private void Check(List<InterfaceCorpus.CorpusItem> corpus, int assemblyCount) => new InterfaceCorpus(output, KnownGeneratorBugs).Check(corpus, assemblyCount);
}
