using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// A syntax-only index of one compilation's source, built once per compilation: which files declare a type of a given
/// simple name, which files name a type in a base list, and which files can change the meaning of every other file.
/// <see cref="Dependencies"/> walks it to find the files a target's plan can depend on.
/// </summary>
/// <remarks>
/// The walk over names over-approximates: every identifier in a file counts as a use, and a name matches every type of
/// that simple name in any namespace. Over-approximation only costs a re-plan; missing a file would keep a stale fake,
/// so every rule errs on the side of including.
/// </remarks>
internal sealed class SourceIndex
{
    private static readonly ConditionalWeakTable<Compilation, SourceIndex> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> TreeCache = new();

    private readonly Dictionary<string, List<SyntaxTree>> _declaring = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntaxTree>> _namedInBaseList = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntaxTree>> _byNamespace = new(StringComparer.Ordinal);
    private readonly List<SyntaxTree> _global = new();

    private SourceIndex(Compilation compilation)
    {
        Facts = new CompilationFacts(compilation);
        var unitsOfWork = new List<TreeUnitsOfWork>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var facts = TreeFacts.Of(tree);
            if (!facts.UnitsOfWork.IsEmpty)
            {
                unitsOfWork.Add(facts.UnitsOfWork);
            }

            if (facts.AffectsEveryFile)
            {
                _global.Add(tree);
            }

            foreach (var ns in facts.DeclaredNamespaces)
            {
                Add(_byNamespace, ns, tree);
            }

            foreach (var name in facts.DeclaredTypes)
            {
                Add(_declaring, name, tree);
            }

            foreach (var name in facts.BaseListNames)
            {
                Add(_namedInBaseList, name, tree);
            }
        }

        UnitsOfWork = new UnitOfWorkFacts(unitsOfWork);
    }

    /// <summary>What the compilation contributes besides its source files: references and options.</summary>
    public CompilationFacts Facts { get; }

    /// <summary>What the unit-of-work rules read of every file, which no dependency walk finds (since session 37).</summary>
    public UnitOfWorkFacts UnitsOfWork { get; }

    public static SourceIndex For(Compilation compilation) => Cache.GetValue(compilation, static c => new SourceIndex(c));

    /// <summary>
    /// The files the plan of a target declared in <paramref name="start"/> can depend on, in a stable order: those files;
    /// every file declaring a type whose simple name is written in a file already included (transitively); for a name
    /// used as a type outside a base list (a member's type: a value of it may be a subtype at run time, and the copy
    /// planner looks for those), every file naming it in a base list, and the subtypes of those in turn; every file
    /// declaring one of <paramref name="extraNames"/>; and every file that can change the meaning of all others (global
    /// usings, assembly attributes, types declared in the namespaces of the types the generator recognises).
    /// </summary>
    /// <remarks>
    /// A base class is followed forward only: its own subclasses (every entity of a domain that shares one <c>Entity</c>
    /// base) do not become dependencies of each repository, since nothing asks for the subtypes of a base class that is
    /// not itself the type of a member.
    /// </remarks>
    public SyntaxTree[] Dependencies(IEnumerable<SyntaxTree> start, IEnumerable<string> extraNames, CancellationToken cancellationToken)
    {
        var scratch = WalkScratch.Rent();
        try
        {
            return Dependencies(start, extraNames, scratch, cancellationToken);
        }
        finally
        {
            scratch.Return();
        }
    }

    private SyntaxTree[] Dependencies(IEnumerable<SyntaxTree> start, IEnumerable<string> extraNames, WalkScratch scratch, CancellationToken cancellationToken)
    {
        var included = scratch.Included;
        var order = scratch.Order;
        var pending = scratch.Pending;
        var used = scratch.Used;
        var derivedFrom = scratch.DerivedFrom;

        void Include(SyntaxTree tree)
        {
            if (included.Add(tree))
            {
                order.Add(tree);
                pending.Enqueue(tree);
            }
        }

        void Use(string name)
        {
            if (used.Add(name) && _declaring.TryGetValue(name, out var declaring))
            {
                foreach (var tree in declaring)
                {
                    Include(tree);
                }
            }
        }

        void IncludeSubtypes(string name)
        {
            if (!derivedFrom.Add(name) || !_namedInBaseList.TryGetValue(name, out var deriving))
            {
                return;
            }

            foreach (var tree in deriving)
            {
                Include(tree);

                // A subtype of a subtype is a subtype too.
                foreach (var declared in TreeFacts.Of(tree).DeclaredTypes)
                {
                    IncludeSubtypes(declared);
                }
            }
        }

        foreach (var tree in start)
        {
            Include(tree);
        }

        // Planners also look types up by a name they build (an association's target: IdentityUser + Role → IdentityRole)
        // in the namespace of a type the target names: every file declaring a type in such a namespace counts.
        var namespaces = scratch.Namespaces;
        var startCount = order.Count;
        for (var i = 0; i < startCount; i++)
        {
            var tree = order[i];
            foreach (var name in TreeFacts.Of(tree).Identifiers)
            {
                if (_declaring.TryGetValue(name, out var declaring))
                {
                    foreach (var declaringTree in declaring)
                    {
                        namespaces.UnionWith(TreeFacts.Of(declaringTree).DeclaredNamespaces);
                    }
                }
            }
        }

        foreach (var ns in namespaces)
        {
            foreach (var tree in _byNamespace[ns])
            {
                Include(tree);
            }
        }

        foreach (var tree in _global)
        {
            Include(tree);
        }

        foreach (var name in extraNames)
        {
            Use(name);
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = TreeFacts.Of(pending.Dequeue());
            foreach (var name in facts.Identifiers)
            {
                Use(name);
            }

            foreach (var name in facts.UsedAsMemberTypes)
            {
                IncludeSubtypes(name);
            }
        }

        return order.ToArray();
    }

    /// <summary>
    /// The sets and queues one walk fills, kept per thread and cleared after use: a first run walks once per target, and
    /// growing new sets each time was a few percent of what it allocates. A nested walk rents sets of its own.
    /// </summary>
    private sealed class WalkScratch
    {
        [ThreadStatic]
        private static WalkScratch? _spare;

        public HashSet<SyntaxTree> Included { get; } = new();

        public List<SyntaxTree> Order { get; } = new();

        public Queue<SyntaxTree> Pending { get; } = new();

        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

        public HashSet<string> DerivedFrom { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal);

        public static WalkScratch Rent()
        {
            var scratch = _spare ?? new WalkScratch();
            _spare = null;
            return scratch;
        }

        public void Return()
        {
            Included.Clear();
            Order.Clear();
            Pending.Clear();
            Used.Clear();
            DerivedFrom.Clear();
            Namespaces.Clear();
            _spare = this;
        }
    }

    private static void Add(Dictionary<string, List<SyntaxTree>> map, string name, SyntaxTree tree)
    {
        if (!map.TryGetValue(name, out var trees))
        {
            map.Add(name, trees = new List<SyntaxTree>(1));
        }

        if (trees.Count == 0 || !ReferenceEquals(trees[trees.Count - 1], tree))
        {
            trees.Add(tree);
        }
    }

    /// <summary>What one file declares and uses, read from its syntax once (files are immutable, so the answer is cached per file).</summary>
    private sealed class TreeFacts
    {
        /// <summary>
        /// Whether a file declaring a type in this namespace can change what every target means: the namespaces whose types
        /// the generator looks up by metadata name or takes for the framework's (<c>System</c>, the product namespaces of
        /// <see cref="Parsing.FrameworkTypes"/>, <c>InMemoryFakes</c>, and those under them). An app's own namespace under
        /// <c>Microsoft</c> (<c>Microsoft.eShopWeb</c>) is not one (since session 39): its files are tracked as any app's.
        /// </summary>
        private static bool IsRecognisedNamespace(string name)
            => Parsing.FrameworkTypes.IsFrameworkNamespaceName(name)
               || (name.StartsWith("InMemoryFakes", StringComparison.Ordinal) && (name.Length == "InMemoryFakes".Length || name["InMemoryFakes".Length] == '.'));

        private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
        private Names? _names;

        private TreeFacts(SyntaxTree tree)
        {
            Tree = tree;
            var declared = new List<string>();
            var baseListNames = new List<string>();
            var root = tree.GetRoot();
            if (root is CompilationUnitSyntax unit)
            {
                AffectsEveryFile = unit.AttributeLists.Count > 0 || unit.Externs.Count > 0 || HasGlobalUsing(unit.Usings);
                Walk(unit.Members, null, declared, baseListNames);
            }

            DeclaredTypes = declared.ToArray();
            DeclaredNamespaces = _namespaces.ToArray();
            UnitsOfWork = TreeUnitsOfWork.Read(tree);
            var aliased = new List<string>();
            foreach (var directive in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
            {
                if (directive.Alias is not null)
                {
                    aliased.AddRange(directive.DescendantTokens().Where(static t => t.IsKind(SyntaxKind.IdentifierToken)).Select(static t => t.ValueText));
                }
            }

            // A base list may name a type through an alias (using Base = Models.Order;): count the aliased names too.
            BaseListNames = baseListNames.Count > 0 ? baseListNames.Concat(aliased).ToArray() : Array.Empty<string>();
        }

        public SyntaxTree Tree { get; }

        public string[] DeclaredTypes { get; }

        /// <summary>The namespaces the file declares types in ("" for the global namespace).</summary>
        public string[] DeclaredNamespaces { get; }

        /// <summary>The names written in the file's base lists, and when it has one, the names its using aliases stand for.</summary>
        public string[] BaseListNames { get; }

        public bool AffectsEveryFile { get; private set; }

        /// <summary>What the unit-of-work rules read of the file (<see cref="UnitOfWorkFacts"/>), read with the rest: one cache lookup per file serves both.</summary>
        public TreeUnitsOfWork UnitsOfWork { get; }

        /// <summary>Every identifier written in the file (computed on first use: only files some target depends on need it).</summary>
        public string[] Identifiers => GetNames().All;

        /// <summary>
        /// The identifiers written somewhere other than a base list or a type's own declaration: the names that may be the
        /// type of a member, whose subtypes matter.
        /// </summary>
        public string[] UsedAsMemberTypes => GetNames().OutsideBaseLists;

        private Names GetNames()
        {
            var names = Volatile.Read(ref _names);
            if (names is null)
            {
                // One pass over the declarations, with an explicit stack (no recursion on deep syntax). Method and
                // accessor bodies are skipped: what a body says cannot change a declaration the planners read.
                var scratch = NameScratch.Rent();
                var all = scratch.All;
                var outside = scratch.Outside;
                var stack = scratch.Nodes;
                stack.Push((Tree.GetRoot(), false));
                while (stack.Count > 0)
                {
                    var (node, inBaseList) = stack.Pop();
                    if (node is AttributeSyntax attribute && RightmostName(attribute.Name) is { } attributeName)
                    {
                        // [Key] binds to a class named KeyAttribute: that is the name a file must declare to change it.
                        all.Add(attributeName + "Attribute");
                    }

                    var declared = node switch
                    {
                        BaseTypeDeclarationSyntax type => type.Identifier,
                        DelegateDeclarationSyntax @delegate => @delegate.Identifier,
                        _ => default,
                    };
                    foreach (var child in node.ChildNodesAndTokens())
                    {
                        if (child.IsToken)
                        {
                            var token = child.AsToken();
                            if (token.IsKind(SyntaxKind.IdentifierToken))
                            {
                                all.Add(token.ValueText);
                                if (!inBaseList && token != declared)
                                {
                                    outside.Add(token.ValueText);
                                }
                            }
                        }
                        else if (child.AsNode() is { } inner && !IsBody(inner))
                        {
                            stack.Push((inner, inBaseList || inner is BaseListSyntax));
                        }
                    }
                }

                names = new Names(all.ToArray(), outside.ToArray());
                scratch.Return();
                Interlocked.CompareExchange(ref _names, names, null);
                names = _names!;
            }

            return names;
        }

        public static TreeFacts Of(SyntaxTree tree) => TreeCache.GetValue(tree, static t => new TreeFacts(t));

        private static bool HasGlobalUsing(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (!directive.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    return true;
                }
            }

            return false;
        }

        private void Walk(SyntaxList<MemberDeclarationSyntax> members, string? namespaceName, List<string> declared, List<string> baseListNames)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        var name = ns.Name.ToString();
                        var full = namespaceName is null ? name : namespaceName + "." + name;
                        if (HasGlobalUsing(ns.Usings) || ns.Externs.Count > 0)
                        {
                            AffectsEveryFile = true;
                        }

                        Walk(ns.Members, full, declared, baseListNames);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        Declare(type.Identifier.ValueText, namespaceName, declared);
                        if (type.BaseList is { } baseList)
                        {
                            // The type derived from: the last name of each base (Models.EntityBase → EntityBase), not its
                            // namespace or its type arguments (a List<Order> is not an Order).
                            foreach (var baseType in baseList.Types)
                            {
                                if (baseType.Type is NameSyntax baseName && RightmostName(baseName) is { } derivedFrom)
                                {
                                    baseListNames.Add(derivedFrom);
                                }
                            }
                        }

                        if (type is TypeDeclarationSyntax withMembers)
                        {
                            Walk(withMembers.Members, namespaceName, declared, baseListNames);
                        }

                        break;
                    case DelegateDeclarationSyntax @delegate:
                        Declare(@delegate.Identifier.ValueText, namespaceName, declared);
                        break;
                }
            }
        }

        private static string? RightmostName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>A method's, accessor's, constructor's or local function's body (a block or <c>=&gt;</c> expression), not a property's expression body.</summary>
        private static bool IsBody(SyntaxNode node)
            => node switch
            {
                BlockSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax,
                ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax,
                _ => false,
            };

        /// <summary>The sets one file's walk fills, kept per thread and cleared after use (as <see cref="WalkScratch"/>).</summary>
        private sealed class NameScratch
        {
            [ThreadStatic]
            private static NameScratch? _spare;

            public HashSet<string> All { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Outside { get; } = new(StringComparer.Ordinal);

            public Stack<(SyntaxNode Node, bool InBaseList)> Nodes { get; } = new();

            public static NameScratch Rent()
            {
                var scratch = _spare ?? new NameScratch();
                _spare = null;
                return scratch;
            }

            public void Return()
            {
                All.Clear();
                Outside.Clear();
                Nodes.Clear();
                _spare = this;
            }
        }

        private sealed class Names
        {
            public Names(string[] all, string[] outsideBaseLists)
            {
                All = all;
                OutsideBaseLists = outsideBaseLists;
            }

            public string[] All { get; }

            public string[] OutsideBaseLists { get; }
        }

        private void Declare(string name, string? namespaceName, List<string> declared)
        {
            declared.Add(name);
            _namespaces.Add(namespaceName ?? "");
            if (namespaceName is not null && IsRecognisedNamespace(namespaceName))
            {
                AffectsEveryFile = true;
            }
        }
    }
}

/// <summary>
/// The parts of a compilation outside its source files that a plan reads: the references (compared by identity: a
/// changed reference is a new object), the options and the assembly name.
/// </summary>
internal sealed class CompilationFacts
{
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly string? _assemblyName;
    private CompilationFacts? _knownEqual;

    public CompilationFacts(Compilation compilation)
    {
        _references = compilation.References.ToImmutableArray();
        _options = compilation.Options;
        _assemblyName = compilation.AssemblyName;
    }

    public bool SameAs(CompilationFacts other)
    {
        if (ReferenceEquals(this, other) || ReferenceEquals(_knownEqual, other) || ReferenceEquals(other._knownEqual, this))
        {
            return true;
        }

        if (!string.Equals(_assemblyName, other._assemblyName, StringComparison.Ordinal)
            || _references.Length != other._references.Length
            || !_options.Equals(other._options))
        {
            return false;
        }

        for (var i = 0; i < _references.Length; i++)
        {
            if (!ReferenceEquals(_references[i], other._references[i]))
            {
                return false;
            }
        }

        // Every target of the next compilation compares with the same previous facts: remember the answer. Each side
        // points only at the other, so a long edit session never chains the facts of old compilations together.
        _knownEqual = other;
        other._knownEqual = this;
        return true;
    }
}
