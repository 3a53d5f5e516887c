using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What <see cref="SeparateUnitOfWorkRule"/> asks of the compilation's interfaces again for every repository, answered
/// once per compilation (since session 37, h-genperf37): the interfaces the source declares under an app's root namespace,
/// in order of their full names, with what each hands out; and, per interface, its members with those it inherits and its
/// first save.
/// </summary>
/// <remarks>
/// Before, each repository walked every namespace under the root, displayed and sorted every interface there and read
/// every member of each: in a compilation of n repositories under one root that is n² interface reads per run, about
/// 40 % of the benchmark's first run (200 interfaces under <c>Corpus</c>; docs/benchmarks.md, "Generator first run
/// (session 37)"). The answers are the same for every repository of one compilation, so they are kept beside it,
/// weakly keyed by the compilation as <see cref="KnownSymbols"/> are: a new compilation (an edit) is walked once again.
/// Symbols stay here, never in the pipeline's model; what a plan takes from them is strings.
/// </remarks>
internal sealed class AppInterfaceIndex
{
    private static readonly ConditionalWeakTable<Compilation, AppInterfaceIndex> Cache = new();

    private readonly Compilation _compilation;
    private readonly Memo<string, IReadOnlyList<SourceInterface>> _roots = new(StringComparer.Ordinal);
    private readonly Memo<string, RootSaves> _saves = new(StringComparer.Ordinal);
    private readonly Memo<INamedTypeSymbol, Members> _members = new(SymbolEqualityComparer.Default);
    private readonly Memo<INamespaceSymbol, IReadOnlyList<INamedTypeSymbol>> _beside = new(SymbolEqualityComparer.Default);
    private readonly Memo<INamespaceSymbol, HashSet<INamedTypeSymbol>> _besideHandedOut = new(SymbolEqualityComparer.Default);

    private AppInterfaceIndex(Compilation compilation) => _compilation = compilation;

    public static AppInterfaceIndex For(Compilation compilation) => Cache.GetValue(compilation, static c => new AppInterfaceIndex(c));

    /// <summary>An interface the compilation's source declares under a root: its full name, its namespace's, and what it hands out (<see cref="SeparateUnitOfWorkRule.HandedOut"/>).</summary>
    internal sealed class SourceInterface
    {
        public SourceInterface(INamedTypeSymbol type, string fullName, string namespaceName, IReadOnlyList<INamedTypeSymbol> handedOut)
        {
            Type = type;
            FullName = fullName;
            NamespaceName = namespaceName;
            HandedOut = handedOut;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary><see cref="Type"/>'s <c>ToDisplayString()</c>.</summary>
        public string FullName { get; }

        /// <summary>The <c>ToDisplayString()</c> of the namespace that declares it.</summary>
        public string NamespaceName { get; }

        public IReadOnlyList<INamedTypeSymbol> HandedOut { get; }
    }

    /// <summary>An interface's members with those of every interface it inherits, in that order, and the first of them that is a save (<see cref="UnitOfWorkRules.IsSave(ISymbol)"/>).</summary>
    internal sealed class Members
    {
        public Members(List<ISymbol> all, ISymbol? save)
        {
            All = all;
            Save = save;
        }

        public List<ISymbol> All { get; }

        public ISymbol? Save { get; }
    }

    /// <summary>
    /// The interfaces the compilation's source declares under <paramref name="root"/> at any depth (not nested in a type), in
    /// ordinal order of their full names; empty when the source declares no such namespace.
    /// </summary>
    public IReadOnlyList<SourceInterface> UnderRoot(string[] root, CancellationToken cancellationToken)
        => _roots.Get(string.Join(".", root), (Index: this, Root: root, Token: cancellationToken), static (_, s) => s.Index.Walk(s.Root, s.Token));

    /// <summary>
    /// What every repository under <paramref name="root"/> asks of the same interfaces (since session 41): those of
    /// <see cref="UnderRoot"/> that have a save, in the same order (the only ones <c>SeparateUnitOfWorkRule.Accept</c> can take),
    /// and what all of them and the referenced assemblies' <paramref name="scans"/> hand out. A repository's own search then
    /// reads only the few interfaces with a save, where it read every interface under the root: n² reads per run.
    /// </summary>
    /// <remarks>
    /// The union is the one <c>FindElsewhere</c> built per repository, up to the interfaces it left out as beside the
    /// repository: those are in the repository's namespace or one enclosing it, so <c>Beside</c> lists them, and what they hand
    /// out is in the repository's own union already.
    /// </remarks>
    public RootSaves SavesUnder(string[] root, IReadOnlyList<AppAssemblies.Scan> scans, CancellationToken cancellationToken)
        => _saves.Get(string.Join(".", root), (Index: this, Root: root, Scans: scans, Token: cancellationToken), static (_, s) => s.Index.ReadSaves(s.Root, s.Scans, s.Token));

    private RootSaves ReadSaves(string[] root, IReadOnlyList<AppAssemblies.Scan> scans, CancellationToken cancellationToken)
    {
        var under = UnderRoot(root, cancellationToken);
        var withSave = new List<SourceInterface>();
        var handedOut = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        for (var i = 0; i < under.Count; i++)
        {
            handedOut.UnionWith(under[i].HandedOut);
            if (Of(under[i].Type).Save is not null)
            {
                withSave.Add(under[i]);
            }
        }

        for (var i = 0; i < scans.Count; i++)
        {
            handedOut.UnionWith(scans[i].HandedOut);
        }

        return new RootSaves(withSave, handedOut);
    }

    /// <summary>The interfaces under a root that have a save, and what every interface under it (and the app's referenced assemblies) hands out (<see cref="SavesUnder"/>). Read only.</summary>
    internal sealed class RootSaves
    {
        public RootSaves(IReadOnlyList<SourceInterface> withSave, HashSet<INamedTypeSymbol> handedOut)
        {
            WithSave = withSave;
            HandedOut = handedOut;
        }

        public IReadOnlyList<SourceInterface> WithSave { get; }

        public HashSet<INamedTypeSymbol> HandedOut { get; }
    }

    /// <summary>The members of <paramref name="type"/> and of every interface it inherits, and its first save.</summary>
    public Members Of(INamedTypeSymbol type)
        => _members.Get(type, 0, static (type, _) =>
        {
            var all = new[] { type }.Concat(type.AllInterfaces).SelectMany(static i => i.GetMembers()).ToList();
            return new Members(all, all.FirstOrDefault(UnitOfWorkRules.IsSave));
        });

    /// <summary>
    /// The interfaces declared in <paramref name="space"/> or a namespace enclosing it, in any assembly of the compilation,
    /// in order of their full names (SeparateUnitOfWorkRule's <c>Interfaces</c>: those beside a repository of that namespace).
    /// </summary>
    public IReadOnlyList<INamedTypeSymbol> Beside(INamespaceSymbol? space, CancellationToken cancellationToken)
        => space is null
            ? Array.Empty<INamedTypeSymbol>()
            : _beside.Get(space, (Compilation: _compilation, Token: cancellationToken), static (space, s) => ReadBeside(s.Compilation, space, s.Token));

    private static List<INamedTypeSymbol> ReadBeside(Compilation compilation, INamespaceSymbol space, CancellationToken cancellationToken)
    {
        // Each interface's full name is displayed once (a comparison that displayed both names allocated two strings per
        // comparison, for every repository of a namespace of its own).
        var named = new List<KeyValuePair<string, INamedTypeSymbol>>();
        for (var current = space; current is not null; current = current.ContainingNamespace)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var merged = compilation.GetCompilationNamespace(current) ?? current;
            foreach (var type in merged.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    named.Add(new KeyValuePair<string, INamedTypeSymbol>(type.ToDisplayString(), type));
                }
            }
        }

        named.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var found = new List<INamedTypeSymbol>(named.Count);
        foreach (var pair in named)
        {
            found.Add(pair.Value);
        }

        return found;
    }

    /// <summary>
    /// What the interfaces <see cref="Beside"/> lists hand out (<see cref="SeparateUnitOfWorkRule.HandedOut"/>), kept beside
    /// that list (since session 41: every repository of a namespace asked it again, reading every member of each). Read only.
    /// </summary>
    public HashSet<INamedTypeSymbol> HandedOutBeside(INamespaceSymbol? space, CancellationToken cancellationToken)
        => space is null
            ? SeparateUnitOfWorkRule.HandedOut(Array.Empty<INamedTypeSymbol>())
            : _besideHandedOut.Get(space, (Index: this, Token: cancellationToken), static (space, s) => SeparateUnitOfWorkRule.HandedOut(s.Index.Beside(space, s.Token)));

    private IReadOnlyList<SourceInterface> Walk(string[] root, CancellationToken cancellationToken)
    {
        if (AppAssemblies.Namespace(_compilation.Assembly.GlobalNamespace, root) is not { } start)
        {
            return Array.Empty<SourceInterface>();
        }

        var found = new List<SourceInterface>();
        INamespaceSymbol? declaring = null;
        var namespaceName = "";
        foreach (var (space, type) in AppAssemblies.InterfacesUnder(start, cancellationToken))
        {
            if (!ReferenceEquals(space, declaring))
            {
                declaring = space;
                namespaceName = space.ToDisplayString();
            }

            found.Add(new SourceInterface(type, type.ToDisplayString(), namespaceName, SeparateUnitOfWorkRule.HandedOutBy(type)));
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return found;
    }
}
