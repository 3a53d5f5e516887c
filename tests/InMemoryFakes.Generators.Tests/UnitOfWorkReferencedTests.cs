using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using InMemoryFakes.Generators.Parsing;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The main layout (issue 10, session 36): a test project fakes <c>typeof(IOrderRepository)</c> of its app's referenced
/// <c>App.Domain</c>, whose unit of work is declared in another referenced project (<c>App.Application</c>) or in
/// <c>App.Domain</c> itself. Session 35's IMF0027 searched only the compilation's source, so that fake stored each write at
/// once without a word. The app's referenced assemblies (named by the app's root or declaring its namespace; neither the
/// framework's nor a NuGet package's) are now searched too (Parsing/AppAssemblies.cs), and a stated
/// <c>UnitOfWorkWrites = Deferred</c> with no unit of work found anywhere is IMF0010, where it was ignored.
/// </summary>
public class UnitOfWorkReferencedTests
{
    private const string Domain = Sources.CleanArchitectureEntities + """

        namespace App.Domain.Repositories
        {
            using App.Domain.Entities;

            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task<IReadOnlyList<Order>> ListAsync();
                void Add(Order order);
                Task<bool> DeleteAsync(int id);
            }

            public interface ICustomerRepository
            {
                Task<Customer?> GetByIdAsync(int id);
                void Add(Customer customer);
            }
        }

        """;

    private static string SavesOnly(string space, string name = "IUnitOfWork") => Sources.Usings + "namespace " + space + "\n{\n" + "public interface " + name + """

        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
        }
        }

        """;

    // Tests.cs, the test project's one file: {0} is the settings after typeof(IOrderRepository), {1} more declarations.
    private const string TestsTemplate = Sources.Usings + """
        namespace App.Tests.Fakes
        {
            using App.Domain.Repositories;

            [InMemoryFake(typeof(IOrderRepository){0})]
            public partial class OrderRepositoryFake;
        {1}
        }

        """;

    private static string Tests(string settings = "", string more = "")
        => TestsTemplate.Replace("{0}", settings, StringComparison.Ordinal).Replace("{1}", more, StringComparison.Ordinal);

    private const string FakedUnitOfWork = "\n    [InMemoryFake(typeof(App.Application.Interfaces.IUnitOfWork))]\n    public partial class UnitOfWorkFake;\n";

    /// <summary>A project compiled apart (the referenced project's build output): its image, and the reference a test project gets to it.</summary>
    private sealed record Project(string Name, byte[] Image, MetadataReference Reference);

    private static Project Build(string name, string source, string? path = null, params Project[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: name + ".cs") },
            GeneratorHarness.References.AddRange(references.Select(static r => r.Reference)),
            GeneratorHarness.CompilationOptions);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var bytes = image.ToArray();
        return new Project(name, bytes, MetadataReference.CreateFromImage(bytes, filePath: path ?? "/src/" + name + "/bin/Release/net10.0/" + name + ".dll"));
    }

    private static Project AppDomain(string extra = "") => Build("App.Domain", Domain + extra);

    private static GeneratorRun Run(string assembly, string tests, params Project[] references)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            assembly,
            new[] { CSharpSyntaxTree.ParseText(tests, GeneratorHarness.ParseOptions, path: "Tests.cs", cancellationToken: TestContext.Current.CancellationToken) },
            GeneratorHarness.References.AddRange(references.Select(static r => r.Reference)),
            GeneratorHarness.CompilationOptions));

    private static void Check(GeneratorRun run, string checks, params Project[] references)
        => BehaviourCheck.Run(run, checks, "Behaviour.Checks", references.ToDictionary(static r => r.Name, static r => r.Image));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The one diagnostic of that id, on the attribute of OrderRepositoryFake (Tests.cs).</summary>
    private static Diagnostic On(GeneratorRun run, string id, DiagnosticSeverity severity)
    {
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, d.Id);
        Assert.Equal(severity, d.Severity);
        Assert.Equal("Tests.cs", d.Location.SourceTree!.FilePath);
        Assert.Equal(TestsTemplate.Split('\n').ToList().FindIndex(static l => l.Contains("[InMemoryFake(typeof(IOrderRepository)", StringComparison.Ordinal)), d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("InMemoryFake(typeof(IOrderRepository)", d.Location.SourceTree.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan), StringComparison.Ordinal);
        return d;
    }

    private const string ImmediateChecks = """
        using System;
        using InMemoryFakes;
        using App.Domain.Entities;
        using App.Domain.Repositories;
        using App.Tests.Fakes;
        using static Behaviour.Expect;
        namespace Behaviour;
        public static class Checks
        {
            public static void Run()
            {
                var backend = new InMemoryBackend();
                IOrderRepository orders = new OrderRepositoryFake(new InMemoryFakeOptions { Backend = backend });
                orders.Add(new Order { Id = 1, Customer = "ann" });
                var fresh = new OrderRepositoryFake(new InMemoryFakeOptions { Backend = backend });
                Is("ann", fresh.GetByIdAsync(1).Result?.Customer, "a write is stored at once: a fresh read sees it");
            }
        }
        """;

    [Fact]
    public void A_unit_of_work_of_saves_in_another_referenced_project_is_IMF0027_on_the_fake_s_attribute()
    {
        var domain = AppDomain();
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        var run = Run("App.Tests", Tests(), domain, application);
        var d = On(run, "IMF0027", DiagnosticSeverity.Warning);
        Assert.Equal(
            "The writes of 'IOrderRepository' (Add, DeleteAsync) are stored at once, but App.Application.Interfaces.IUnitOfWork.SaveChangesAsync may be what stores them"
            + " (App.Application.Interfaces.IUnitOfWork (in the referenced assembly App.Application) holds only saves and no interface hands it out,"
            + " outside the repository's namespace and those enclosing it, under the app's root namespace App),"
            + " and which repositories a unit of work saves the interfaces do not say."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the writes wait for App.Application.Interfaces.IUnitOfWork.SaveChangesAsync"
            + " (this fake then tracks them in the InMemoryFakeOptions.SharedUnitOfWork it shares with that unit of work's fake), or UnitOfWorkWrites.Immediate when each write is stored at once",
            Message(d));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(".UnitOfWork(", run.Source("OrderRepositoryFake.InMemoryFake.g.cs"), StringComparison.Ordinal);
        Check(run, ImmediateChecks, domain, application);
    }

    [Fact]
    public void A_unit_of_work_in_the_repository_s_own_referenced_project_is_IMF0027_and_so_is_one_whose_property_hands_the_repository_out()
    {
        var beside = AppDomain("namespace App.Domain.Interfaces { public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); } }\n");
        Assert.Contains(
            "but App.Domain.Interfaces.IUnitOfWork.SaveChangesAsync may be what stores them (App.Domain.Interfaces.IUnitOfWork (in the referenced assembly App.Domain) holds only saves",
            Message(On(Run("App.Tests", Tests(), beside), "IMF0027", DiagnosticSeverity.Warning)), StringComparison.Ordinal);

        var domain = AppDomain();
        var application = Build("App.Application", Sources.Usings + """
            namespace App.Application
            {
                using App.Domain.Repositories;
                public interface IUnitOfWork : IDisposable
                {
                    IOrderRepository Orders { get; }
                    Task<int> CompleteAsync();
                }
            }
            """, null, domain);
        Assert.Contains(
            "but App.Application.IUnitOfWork.CompleteAsync may be what stores them (App.Application.IUnitOfWork.Orders (in the referenced assembly App.Application) returns IOrderRepository beside that save, outside",
            Message(On(Run("App.Tests", Tests(), domain, application), "IMF0027", DiagnosticSeverity.Warning)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_project_not_named_by_the_root_takes_the_root_from_the_repository_s_assembly()
    {
        // "UnitTests" names no app: App.Domain, the repository's own project, names the root App (session 35 would have
        // taken App.Domain, its first two segments, and missed App.Application).
        var domain = AppDomain();
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        Assert.Contains("under the app's root namespace App)", Message(On(Run("UnitTests", Tests(), domain, application), "IMF0027", DiagnosticSeverity.Warning)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_referenced_project_named_otherwise_that_declares_the_root_s_namespace_is_the_app_s()
    {
        // A project "Infrastructure" whose root namespace is App.Infrastructure.
        var domain = AppDomain();
        var infrastructure = Build("Infrastructure", SavesOnly("App.Infrastructure.Persistence"));
        Assert.Contains(
            "App.Infrastructure.Persistence.IUnitOfWork (in the referenced assembly Infrastructure) holds only saves",
            Message(On(Run("App.Tests", Tests(), domain, infrastructure), "IMF0027", DiagnosticSeverity.Warning)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_NuGet_package_s_unit_of_work_and_the_framework_s_are_not_the_app_s()
    {
        // The same assembly, restored from a package (its file in the package folder layout): that package's business.
        var domain = AppDomain();
        var package = Build("App.Application", SavesOnly("App.Application.Interfaces"), "/home/dev/.nuget/packages/app.application/1.2.0/lib/net8.0/App.Application.dll");
        var run = Run("App.Tests", Tests(), domain, package);
        Assertions.Clean(run);
        Check(run, ImmediateChecks, domain, package);

        var runtimes = Build("App.Application", SavesOnly("App.Application.Interfaces"), @"C:\Users\dev\.nuget\packages\app.application\1.2.0\runtimes\win\lib\net8.0\App.Application.dll");
        Assertions.Clean(Run("App.Tests", Tests(), domain, runtimes));

        // The framework's assemblies are strong-named (Microsoft signs every assembly it ships): a signed Microsoft.Shop.Application
        // is the framework's and is not searched. Since session 39 (h-ns39) a name alone proves nothing: the same projects
        // unsigned are an app of a company named Microsoft (eShopOnWeb's Microsoft.eShopWeb), searched as any app's
        // (UserMicrosoftNamespaceTests), where this case used to expect nothing found for them too.
        var framework = Build("Microsoft.Shop.Domain", Domain.Replace("App.Domain", "Microsoft.Shop.Domain", StringComparison.Ordinal));
        var frameworkUnit = BuildSigned("Microsoft.Shop.Application", SavesOnly("Microsoft.Shop.Application"));
        Assertions.Clean(Run("UnitTests", Tests().Replace("App.Domain", "Microsoft.Shop.Domain", StringComparison.Ordinal), framework, frameworkUnit));
        var appsUnit = Build("Microsoft.Shop.Application", SavesOnly("Microsoft.Shop.Application"));
        Assert.Contains(
            "Microsoft.Shop.Application.IUnitOfWork (in the referenced assembly Microsoft.Shop.Application) holds only saves",
            Message(Assert.Single(Run("UnitTests", Tests().Replace("App.Domain", "Microsoft.Shop.Domain", StringComparison.Ordinal), framework, appsUnit).GeneratorDiagnostics)), StringComparison.Ordinal);
    }

    /// <summary>A project compiled apart and public-signed with a fresh RSA key: a strong-named assembly, as the framework's are.</summary>
    private static Project BuildSigned(string name, string source)
    {
        using var rsa = System.Security.Cryptography.RSA.Create(1024);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var modulus = parameters.Modulus!.Reverse().ToArray();
        var exponent = 0;
        foreach (var b in parameters.Exponent!)
        {
            exponent = (exponent << 8) | b;
        }

        // The strong-name public key blob: signature and hash algorithm ids, the blob's size, then the CAPI PUBLICKEYBLOB.
        var blob = new List<byte>();
        blob.AddRange(BitConverter.GetBytes(0x00002400));
        blob.AddRange(BitConverter.GetBytes(0x00008004));
        blob.AddRange(BitConverter.GetBytes(20 + modulus.Length));
        blob.AddRange(new byte[] { 0x06, 0x02, 0x00, 0x00 });
        blob.AddRange(BitConverter.GetBytes(0x00002400));
        blob.AddRange(BitConverter.GetBytes(0x31415352));
        blob.AddRange(BitConverter.GetBytes(modulus.Length * 8));
        blob.AddRange(BitConverter.GetBytes(exponent));
        blob.AddRange(modulus);
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: name + ".cs") },
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions.WithCryptoPublicKey(blob.ToImmutableArray()).WithPublicSign(true));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var bytes = image.ToArray();
        var reference = MetadataReference.CreateFromImage(bytes, filePath: "/src/" + name + "/bin/Release/net10.0/" + name + ".dll");
        return new Project(name, bytes, reference);
    }

    [Theory]
    [InlineData("/home/dev/.nuget/packages/acme.data/1.2.0/lib/net8.0/Acme.Data.dll", true)]
    [InlineData(@"C:\Users\dev\.nuget\packages\acme.data\1.2.0\ref\netstandard2.0\Acme.Data.dll", true)]
    [InlineData("/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/8.0.0/ref/net8.0/System.Runtime.dll", true)]
    [InlineData("/src/Acme.Data/obj/Release/net8.0/ref/Acme.Data.dll", false)]
    [InlineData("/src/Acme.Data/obj/Release/net8.0/refint/Acme.Data.dll", false)]
    [InlineData("/src/Acme.Data/bin/Release/net8.0/Acme.Data.dll", false)]
    [InlineData("/src/2024/lib/Acme.Data/bin/Release/net8.0/Acme.Data.dll", false)]
    [InlineData("/home/dev/.nuget/packages/acme.data/1.2.0/runtimes/linux-x64/lib/net8.0/Acme.Data.dll", true)]
    public void A_package_is_told_by_its_folder_layout(string path, bool package)
        => Assert.Equal(package, AppAssemblies.IsPackage(MetadataReference.CreateFromImage(AppDomain().Image, filePath: path)));

    [Fact]
    public void A_referenced_unit_of_work_that_hands_out_only_other_repositories_or_is_handed_out_is_no_warning()
    {
        var domain = AppDomain();
        var others = Build("App.Application", Sources.Usings + """
            namespace App.Application
            {
                using App.Domain.Repositories;
                public interface IUnitOfWork
                {
                    ICustomerRepository Customers { get; }
                    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                }
            }
            """, null, domain);
        var run = Run("App.Tests", Tests(), domain, others);
        Assertions.Clean(run);
        Check(run, ImmediateChecks, domain, others);

        // Handed out by another interface of the app (eShop's IRepository<T>.UnitOfWork), in another referenced project.
        var application = Build("App.Application", SavesOnly("App.Application"));
        var ordering = Build("App.Ordering", "namespace App.Ordering { public interface IBuyerRepository { App.Application.IUnitOfWork UnitOfWork { get; } } }", null, application);
        Assertions.Clean(Run("App.Tests", Tests(), domain, application, ordering));
    }

    [Fact]
    public void Stated_Immediate_is_no_warning()
    {
        var domain = AppDomain();
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        var run = Run("App.Tests", Tests(", UnitOfWorkWrites = UnitOfWorkWrites.Immediate", FakedUnitOfWork), domain, application);
        Assertions.Clean(run);
        Check(run, ImmediateChecks, domain, application);
    }

    [Fact]
    public void Stated_Deferred_waits_for_the_save_of_the_faked_unit_of_work_of_the_referenced_project()
    {
        var domain = AppDomain();
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        var run = Run("App.Tests", Tests(", UnitOfWorkWrites = UnitOfWorkWrites.Deferred", FakedUnitOfWork), domain, application);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"App.Application.Interfaces.IUnitOfWork.SaveChangesAsync\")", run.Source("OrderRepositoryFake.InMemoryFake.g.cs"), StringComparison.Ordinal);
        Check(run, DeferredChecks, domain, application);
    }

    /// <summary>The writes wait for <c>UnitOfWorkFake</c>'s save, over the scope's shared tracker.</summary>
    private const string DeferredChecks = """
        using System;
        using InMemoryFakes;
        using App.Domain.Entities;
        using App.Domain.Repositories;
        using App.Tests.Fakes;
        using static Behaviour.Expect;
        namespace Behaviour;
        public static class Checks
        {
            public static void Run()
            {
                var backend = new InMemoryBackend();
                var options = new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() };
                IOrderRepository orders = new OrderRepositoryFake(options);
                var unitOfWork = new UnitOfWorkFake(options);
                Func<IOrderRepository> fresh = () => new OrderRepositoryFake(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                orders.Add(new Order { Id = 1, Customer = "ann" });
                Is(null, fresh().GetByIdAsync(1).Result, "a write without the save is not stored");
                Is(1, unitOfWork.SaveChangesAsync().Result, "the save of the faked unit of work writes it");
                Is("ann", fresh().GetByIdAsync(1).Result?.Customer, "then a fresh read sees it");

                var order = orders.GetByIdAsync(1).Result!;
                order.AddLine("anvil");
                Is(0, fresh().GetByIdAsync(1).Result!.Lines.Count, "a change to a tracked entity waits for the save");
                Is(1, unitOfWork.SaveChangesAsync().Result, "and is written by it");
                Is("anvil", fresh().GetByIdAsync(1).Result!.Lines[0], "so a fresh read sees the line");

                IOrderRepository alone = new OrderRepositoryFake(new InMemoryFakeOptions { Backend = backend });
                Throws<InvalidOperationException>(() => alone.Add(new Order { Id = 2 }), null, "without a SharedUnitOfWork nothing could save the write");
            }
        }
        """;

    [Fact]
    public void Stated_Deferred_with_no_unit_of_work_anywhere_is_IMF0010_naming_what_was_searched()
    {
        var domain = AppDomain();
        var contracts = Build("App.Contracts", "namespace App.Contracts { public interface IClock { System.DateTime Now { get; } } }");
        var run = Run("App.Tests", Tests(", UnitOfWorkWrites = UnitOfWorkWrites.Deferred"), domain, contracts);
        var d = On(run, "IMF0010", DiagnosticSeverity.Error);
        Assert.Equal(
            "[InMemoryFake] on 'OrderRepositoryFake': UnitOfWorkWrites = Deferred has no save to wait for: IOrderRepository has no save of its own and no IUnitOfWork property,"
            + " and no unit of work was found beside it (its namespace or one enclosing it),"
            + " under the app's root namespace App (this compilation's source and the referenced assemblies App.Domain, App.Contracts), or faked beside this fake,"
            + " so its writes would be stored at once as if the setting were not there."
            + " When each write is stored at once, remove the setting (or state UnitOfWorkWrites.Immediate); when they wait for a unit of work's save, fake that unit of work beside this fake"
            + " ([InMemoryFake(typeof(IUnitOfWork))] partial class UnitOfWorkFake;) and build both with one InMemoryFakeOptions.SharedUnitOfWork, so its save writes them",
            Message(d));
    }

    [Fact]
    public void Stated_Deferred_on_a_repository_of_the_source_with_no_unit_of_work_is_IMF0010_and_with_no_app_assembly_says_so()
    {
        var run = GeneratorHarness.Run(CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(Domain.Replace("public interface IOrderRepository", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]\n    public interface IOrderRepository", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source0.cs", cancellationToken: TestContext.Current.CancellationToken) },
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains(
            "'IOrderRepository': UnitOfWorkWrites = Deferred has no save to wait for: IOrderRepository has no save of its own and no IUnitOfWork property, and no unit of work was found beside it (its namespace or one enclosing it),"
            + " under the app's root namespace App (this compilation's source; no referenced assembly but the framework's and NuGet packages' is named by that root or declares it), or faked beside this fake",
            Message(d), StringComparison.Ordinal);
        Assert.StartsWith("InMemoryFake(UnitOfWorkWrites", d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan), StringComparison.Ordinal);

        // The global namespace: no root to search.
        var global = GeneratorHarness.Run(Sources.Usings + """
            public class Note { public int Id { get; set; } }
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface INoteRepository { Note? Get(int id); void Add(Note note); }
            """);
        Assert.Contains(
            "beside it (its namespace or one enclosing it), elsewhere in the app (the repository is in the global namespace, so the app's root namespace is not known), or faked beside this fake",
            Message(Assert.Single(global.GeneratorDiagnostics, static d => d.Id == "IMF0010")), StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_Deferred_waits_for_a_unit_of_work_of_another_root_faked_beside_the_fake()
    {
        // A shared kernel's unit of work is under no root of the app: unstated it is no warning (nothing ties it to the
        // repository), but the test project fakes it beside the repository's fake, so the stated setting has a save.
        var domain = AppDomain();
        var kernel = Build("SharedKernel", SavesOnly("SharedKernel.Data"));
        var faked = "\n    [InMemoryFake(typeof(SharedKernel.Data.IUnitOfWork))]\n    public partial class UnitOfWorkFake;\n";
        Assertions.Clean(Run("App.Tests", Tests(more: faked), domain, kernel));
        var run = Run("App.Tests", Tests(", UnitOfWorkWrites = UnitOfWorkWrites.Deferred", faked), domain, kernel);
        Assertions.Clean(run);
        Assert.Contains(".UnitOfWork(global::InMemoryFakes.UnitOfWorkWrites.Deferred, \"SharedKernel.Data.IUnitOfWork.SaveChangesAsync\")", run.Source("OrderRepositoryFake.InMemoryFake.g.cs"), StringComparison.Ordinal);
        Check(run, DeferredChecks, domain, kernel);
    }

    [Fact]
    public void A_unit_of_work_of_a_referenced_assembly_of_the_repository_in_source_is_IMF0027()
    {
        // Session 35 searched the source only (its test said so): the repository in App's source, the unit of work in the
        // referenced App.Application.
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        var run = GeneratorHarness.Run(CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(Domain.Replace("public interface IOrderRepository", "[InMemoryFake]\n    public interface IOrderRepository", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source0.cs", cancellationToken: TestContext.Current.CancellationToken) },
            GeneratorHarness.References.Add(application.Reference),
            GeneratorHarness.CompilationOptions));
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0027", d.Id);
        Assert.Contains("(App.Application.Interfaces.IUnitOfWork (in the referenced assembly App.Application) holds only saves", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void The_walk_of_a_referenced_assembly_is_kept_for_the_next_compilation_of_the_same_references()
    {
        // An edit of the test project makes a new compilation over the same references: the scan is the one kept.
        var domain = AppDomain();
        var application = Build("App.Application", SavesOnly("App.Application.Interfaces"));
        var first = CSharpCompilation.Create("App.Tests", new[] { CSharpSyntaxTree.ParseText(Tests(), GeneratorHarness.ParseOptions, path: "Tests.cs", cancellationToken: TestContext.Current.CancellationToken) },
            GeneratorHarness.References.AddRange(new[] { domain.Reference, application.Reference }), GeneratorHarness.CompilationOptions);
        var second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App.Tests { public class Edited { } }", GeneratorHarness.ParseOptions, path: "Edited.cs", cancellationToken: TestContext.Current.CancellationToken));
        var scans = AppAssemblies.Of(first, new[] { "App" }, TestContext.Current.CancellationToken);
        var again = AppAssemblies.Of(second, new[] { "App" }, TestContext.Current.CancellationToken);
        Assert.Equal(new[] { "App.Domain", "App.Application" }, scans.Select(static s => s.AssemblyName));
        Assert.Equal(scans.Count, again.Count);
        Assert.All(scans.Zip(again), static pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal(new[] { "App.Application.Interfaces.IUnitOfWork" }, scans[1].WithSave.Select(static i => i.ToDisplayString()));
        Assert.Empty(scans[0].WithSave);
    }

    [Fact]
    public void Stated_Deferred_on_a_repository_of_several_entity_types_without_a_save_is_IMF0010_once()
    {
        // Each table is planned as a repository of one entity type under the same setting: one IMF0010 for the interface.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Blog;
            public class Post { public int Id { get; set; } public string Title { get; set; } = ""; }
            public class Comment { public int Id { get; set; } public int PostId { get; set; } public string Text { get; set; } = ""; }
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IBlogRepository
            {
                Task<Post?> GetPostAsync(int id);
                Task AddPostAsync(Post p);
                Task AddCommentAsync(Comment c);
                Task<IEnumerable<Comment>> GetCommentsAsync(int postId);
            }
            """);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.StartsWith(
            "[InMemoryFake] on 'IBlogRepository': UnitOfWorkWrites = Deferred has no save to wait for: IBlogRepository has no save of its own and no IUnitOfWork property, and no unit of work was found beside it (its namespace or one enclosing it),"
            + " under the app's root namespace Blog (this compilation's source; no referenced assembly but the framework's and NuGet packages' is named by that root or declares it), or faked beside this fake",
            Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_Deferred_on_a_key_value_or_blob_store_is_IMF0010()
    {
        var keyValue = GeneratorHarness.Run(Sources.Usings + """
            namespace Caching;
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface ISettingsCache
            {
                string? Get(string key);
                void Set(string key, string value);
                bool Remove(string key);
            }
            """);
        Assert.Equal(
            "[InMemoryFake] on 'ISettingsCache': UnitOfWorkWrites = Deferred: it makes an entity repository's writes wait for a unit of work's save, and ISettingsCache is a key-value store, whose writes are stored at once; remove the setting",
            Message(Assert.Single(keyValue.GeneratorDiagnostics, static d => d.Id == "IMF0010")));

        var blobs = GeneratorHarness.Run(Sources.Usings + """
            namespace Files;
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IFileStore
            {
                Task UploadAsync(string key, Stream content);
                Task<Stream?> OpenReadAsync(string key);
                Task<bool> DeleteAsync(string key);
            }
            """);
        Assert.Contains("and IFileStore is a blob store, whose writes are stored at once; remove the setting", Message(Assert.Single(blobs.GeneratorDiagnostics, static d => d.Id == "IMF0010")), StringComparison.Ordinal);

        // Immediate says what such a store does: no diagnostic.
        Assertions.Clean(GeneratorHarness.Run(Sources.Usings + """
            namespace Caching;
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
            public interface ISettingsCache { string? Get(string key); void Set(string key, string value); }
            """));
    }
}
