using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The referenced assemblies that belong to the app of a repository (since session 36, h-uow36), and the interfaces with a
/// save each declares under the app's root namespace, for <see cref="SeparateUnitOfWorkRule.FindElsewhere"/>. The usual
/// layout is a test project faking <c>typeof(IOrderRepository)</c> of its app's <c>App.Domain</c>, whose unit of work is in
/// <c>App.Application</c> or in <c>App.Domain</c> itself: both are metadata to the test project's compilation.
/// </summary>
/// <remarks>
/// <para>A referenced assembly is the app's when it is named by the app's root (<c>App</c>, <c>App.Domain</c> for the root
/// <c>App</c>) or declares the root's namespace (a project <c>Infrastructure</c> whose root namespace is
/// <c>App.Infrastructure</c>), and it is neither the framework's (strong-named and named <c>System*</c>, <c>Microsoft*</c>, <c>netstandard</c>,
/// <c>mscorlib</c>: <see cref="FrameworkTypes.IsFrameworkAssembly"/>; an app's own <c>Microsoft.Contoso.Domain</c> is the app's) nor a NuGet package's: a reference whose file lies in a package's folder layout
/// (<c>…/&lt;id&gt;/&lt;version&gt;/lib|ref/&lt;tfm&gt;/X.dll</c>, or <c>runtimes/&lt;rid&gt;/lib/&lt;tfm&gt;/</c> of a version), where a package's own unit of work
/// beside a package's repository is that package's business. A project reference is the project's output
/// (<c>bin/…</c>, <c>obj/…/ref/</c>) or, in the IDE and in tests, a compilation: no package layout.</para>
/// <para>Cost: the generator runs on every keystroke, so the references are sorted once per compilation (the framework's
/// and the packages' dropped by name and path, <see cref="Referenced"/>), and the walk is done once per referenced assembly symbol and root,
/// and kept (<see cref="Cache"/>, weakly keyed by the assembly symbol, which Roslyn shares between the compilations of one
/// reference set: an edit of the source does not walk again). A new reference set (a changed project reference) is a new
/// assembly symbol, walked once; the plans that read it re-run anyway, since a plan's input compares the compilation's
/// references (Pipeline/PlanInput.cs). Only the root's namespace of each app assembly is walked, never the framework's or
/// a package's, and only interfaces are kept. The cache holds symbols beside the pipeline, never in its model: what a plan
/// takes from it is strings (the save's name, why it counts).</para>
/// </remarks>
internal static class AppAssemblies
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, ByRoot> Cache = new();
    private static readonly ConditionalWeakTable<Compilation, IReadOnlyList<IAssemblySymbol>> ReferencedCache = new();

    /// <summary>One app assembly's interfaces under a root: those with a save, and those any of them hands out or makes.</summary>
    internal sealed class Scan
    {
        public Scan(string assemblyName, List<INamedTypeSymbol> withSave, HashSet<INamedTypeSymbol> handedOut)
        {
            AssemblyName = assemblyName;
            WithSave = withSave;
            HandedOut = handedOut;
        }

        public string AssemblyName { get; }

        /// <summary>The interfaces under the root with a save (their own or inherited), by full name.</summary>
        public List<INamedTypeSymbol> WithSave { get; }

        /// <summary>The interfaces some interface under the root hands out through a property or makes in a method (<see cref="SeparateUnitOfWorkRule.HandedOut"/>).</summary>
        public HashSet<INamedTypeSymbol> HandedOut { get; }
    }

    private sealed class ByRoot
    {
        private readonly Memo<string, Scan?> _scans = new(StringComparer.Ordinal);

        public Scan? Get(IAssemblySymbol assembly, string[] root, CancellationToken cancellationToken)
            => _scans.Get(string.Join(".", root), (Assembly: assembly, Root: root, Token: cancellationToken), static (_, s) => Walk(s.Assembly, s.Root, s.Token));
    }

    /// <summary>
    /// The scans of the referenced assemblies of <paramref name="compilation"/> that belong to the app rooted at
    /// <paramref name="root"/>, in the order of the references. Empty for the BCL's root <c>System</c>; an app's root under
    /// <c>Microsoft</c> (<c>Microsoft.eShopWeb</c>) is searched like any other, among the assemblies that are not the framework's (since session 39).
    /// </summary>
    public static List<Scan> Of(Compilation compilation, string[] root, CancellationToken cancellationToken)
    {
        var found = new List<Scan>();
        if (root[0] == "System")
        {
            return found;
        }

        var rootName = string.Join(".", root);
        foreach (var assembly in Referenced(compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!NamedBy(assembly.Identity.Name, rootName) && Namespace(assembly.GlobalNamespace, root) is null)
            {
                continue;
            }

            if (Cache.GetValue(assembly, static _ => new ByRoot()).Get(assembly, root, cancellationToken) is { } scan)
            {
                found.Add(scan);
            }
        }

        return found;
    }

    /// <summary>Whether an assembly is named by the root: the root itself or a name under it (<c>App.Domain</c> for <c>App</c>).</summary>
    public static bool NamedBy(string assemblyName, string root)
        => string.Equals(assemblyName, root, StringComparison.Ordinal)
            || (assemblyName.Length > root.Length && assemblyName.StartsWith(root, StringComparison.Ordinal) && assemblyName[root.Length] == '.');

    /// <summary>Whether the assembly is a referenced assembly that may be the app's (not a package's, not the framework's): what names the app's root beside the compilation's own name.</summary>
    public static bool IsApps(Compilation compilation, IAssemblySymbol assembly)
        => Referenced(compilation).Contains(assembly, SymbolEqualityComparer.Default);

    /// <summary>
    /// The referenced assemblies that may be an app's: neither the framework's nor a package's, in the order of the
    /// references. Kept per compilation (every plan of one compilation asks): a few hundred dictionary lookups, once.
    /// </summary>
    internal static IReadOnlyList<IAssemblySymbol> Referenced(Compilation compilation)
        => ReferencedCache.GetValue(compilation, static c =>
        {
            var found = new List<IAssemblySymbol>();
            foreach (var reference in c.References)
            {
                if (c.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && !FrameworkTypes.IsFrameworkAssembly(assembly) && !IsPackage(reference)
                    && !SymbolEqualityComparer.Default.Equals(assembly, c.Assembly) && !found.Contains(assembly, SymbolEqualityComparer.Default))
                {
                    found.Add(assembly);
                }
            }

            return found;
        });

    /// <summary>
    /// Whether the reference is a file of a NuGet package (or of the SDK's packs, laid out alike): the file in a target
    /// framework's directory under <c>lib</c> or <c>ref</c> right under a version (<c>…/acme.data/1.2.0/lib/net8.0/Acme.Data.dll</c>),
    /// or under <c>runtimes/&lt;rid&gt;/lib</c> of a version. A project's own output (<c>obj/Release/net8.0/ref/</c>: <c>ref</c>
    /// under a target framework, not a version; <c>bin/Release/net8.0/</c>) is not.
    /// </summary>
    internal static bool IsPackage(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { Length: > 0 } path })
        {
            return false;
        }

        // Split by hand on both separators: a reference's path is the build machine's, whatever the OS the generator runs on.
        // A package's assembly is <version>/lib|ref/<tfm>/X.dll, or <version>/runtimes/<rid>/lib/<tfm>/X.dll: only the
        // directories right above the file are read, so a project that lives under a folder named lib is not a package.
        var directories = path.Split('/', '\\');
        var i = directories.Length - 3;
        return i >= 1
            && (string.Equals(directories[i], "lib", StringComparison.OrdinalIgnoreCase) || string.Equals(directories[i], "ref", StringComparison.OrdinalIgnoreCase))
            && (IsVersion(directories[i - 1]) || (i >= 3 && string.Equals(directories[i - 2], "runtimes", StringComparison.OrdinalIgnoreCase) && IsVersion(directories[i - 3])));
    }

    private static bool IsVersion(string directory) => directory.Length > 0 && char.IsDigit(directory[0]);

    /// <summary>The namespace of <paramref name="root"/> in <paramref name="global"/>, or null when the assembly declares nothing under it.</summary>
    internal static INamespaceSymbol? Namespace(INamespaceSymbol global, string[] root)
    {
        INamespaceSymbol? space = global;
        foreach (var segment in root)
        {
            space = space.GetNamespaceMembers().FirstOrDefault(n => string.Equals(n.Name, segment, StringComparison.Ordinal));
            if (space is null)
            {
                return null;
            }
        }

        return space;
    }

    /// <summary>
    /// The interfaces declared in <paramref name="start"/> and in every namespace under it, each with the namespace that
    /// declares it, in one fixed order (a namespace's types after it is popped, its inner namespaces pushed first). Both
    /// walks of an app's root, the compilation's source (<see cref="AppInterfaceIndex"/>) and a referenced app assembly
    /// here, read it.
    /// </summary>
    internal static IEnumerable<(INamespaceSymbol Namespace, INamedTypeSymbol Interface)> InterfacesUnder(INamespaceSymbol start, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var space = pending.Pop();
            foreach (var inner in space.GetNamespaceMembers())
            {
                pending.Push(inner);
            }

            foreach (var type in space.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    yield return (space, type);
                }
            }
        }
    }

    private static Scan? Walk(IAssemblySymbol assembly, string[] root, CancellationToken cancellationToken)
    {
        if (Namespace(assembly.GlobalNamespace, root) is not { } start)
        {
            return null;
        }

        var interfaces = InterfacesUnder(start, cancellationToken).Select(static found => found.Interface).ToList();
        var withSave = interfaces
            .Where(static i => new[] { i }.Concat(i.AllInterfaces).SelectMany(static t => t.GetMembers()).Any(UnitOfWorkRules.IsSave))
            .OrderBy(static i => i.ToDisplayString(), StringComparer.Ordinal)
            .ToList();
        return new Scan(assembly.Identity.Name, withSave, SeparateUnitOfWorkRule.HandedOut(interfaces));
    }
}
