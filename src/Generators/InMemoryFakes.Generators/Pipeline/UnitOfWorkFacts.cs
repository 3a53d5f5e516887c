using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using InMemoryFakes.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// What the unit-of-work rules (Parsing/SeparateUnitOfWorkRule) read of the compilation's source beyond the files a plan
/// depends on (<see cref="SourceIndex.Dependencies"/>): the interfaces that could be a repository's unit of work wherever
/// they are declared (beside it, in a sibling namespace under the app's root, faked beside the fake), whether another
/// interface hands one out, and which of them an <c>[InMemoryFake]</c> fakes. It is part of every <see cref="PlanInput"/>'s
/// equality (since session 37), so in the IDE adding, removing or changing a unit of work re-plans the repositories that
/// could read it, while an edit that cannot change what the rules read (a class, a method body, a member of an interface
/// that cannot be a unit of work) leaves it equal and every plan cached.
/// </summary>
/// <remarks>
/// <para>Read from syntax only, per file (<see cref="TreeUnitsOfWork"/>, kept with <see cref="SourceIndex"/>'s facts of the
/// tree), so a new compilation costs nothing per file beyond the index's own lookup; the compilation's view (<see cref="View"/>) is computed
/// only when a file's facts changed by value. Like the dependency walk it over-approximates: names are simple names
/// (every interface of that name in any namespace), and a save is a method so named whatever its parameters. Including
/// too much costs a re-plan; leaving something out would keep a stale warning.</para>
/// <para>The view holds, sorted: for each interface that could be a unit of work (it declares a method named as a save,
/// <see cref="Conventions.UnitOfWorkSaveNames"/>, or derives from one that does, or one of those derives from it) its full
/// name, bases, the signatures of its save, discard, disposal and runner-named methods, its properties, and whether it
/// declares any other abstract method (which alone decides that it holds more than saves); for each interface named as
/// the type of such an interface's property, its bases (a repository handed out through a derived interface); which of
/// them any interface hands out (through a property or a method's result, by simple name, with the handing interface's
/// namespace); and which of them an <c>[InMemoryFake]</c> marks, with the marking type's namespace. A repository with a
/// save of its own is such an interface too, but adding a query method to it changes none of that.</para>
/// </remarks>
internal sealed class UnitOfWorkFacts
{
    private readonly TreeUnitsOfWork[] _trees;
    private string[]? _view;
    private UnitOfWorkFacts? _knownEqual;

    public UnitOfWorkFacts(List<TreeUnitsOfWork> trees)
    {
        _trees = trees.ToArray();
    }

    /// <summary>The compilation's view (see the remarks), computed on first use.</summary>
    internal string[] View
    {
        get
        {
            var view = Volatile.Read(ref _view);
            if (view is null)
            {
                Interlocked.CompareExchange(ref _view, ComputeView(_trees), null);
                view = _view!;
            }

            return view;
        }
    }

    public bool SameAs(UnitOfWorkFacts other)
    {
        if (ReferenceEquals(this, other) || ReferenceEquals(_knownEqual, other) || ReferenceEquals(other._knownEqual, this))
        {
            return true;
        }

        if (!SameTrees(other) && !View.SequenceEqual(other.View, StringComparer.Ordinal))
        {
            return false;
        }

        // As CompilationFacts: every target of the next compilation compares with the same previous facts.
        _knownEqual = other;
        other._knownEqual = this;
        return true;
    }

    /// <summary>Whether every file's facts are equal by value (an edit outside interfaces and marks), so the views are too.</summary>
    private bool SameTrees(UnitOfWorkFacts other)
    {
        if (_trees.Length != other._trees.Length)
        {
            return false;
        }

        for (var i = 0; i < _trees.Length; i++)
        {
            if (!_trees[i].SameAs(other._trees[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] ComputeView(TreeUnitsOfWork[] trees)
    {
        var declared = new Dictionary<string, List<TreeUnitsOfWork.Interface>>(StringComparer.Ordinal);
        var relevant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var type in tree.Interfaces)
            {
                if (!declared.TryGetValue(type.Name, out var list))
                {
                    declared.Add(type.Name, list = new List<TreeUnitsOfWork.Interface>(1));
                }

                list.Add(type);
                if (type.DeclaresSave)
                {
                    relevant.Add(type.Name);
                }
            }
        }

        if (relevant.Count == 0)
        {
            return Array.Empty<string>();
        }

        // Derived from a unit of work: it inherits the save. Then its bases: their properties and members count for it.
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var tree in trees)
            {
                foreach (var type in tree.Interfaces)
                {
                    if (!relevant.Contains(type.Name) && type.Bases.Any(relevant.Contains))
                    {
                        relevant.Add(type.Name);
                        grew = true;
                    }
                }
            }
        }

        var pending = new Stack<string>(relevant);
        while (pending.Count > 0)
        {
            if (!declared.TryGetValue(pending.Pop(), out var list))
            {
                continue;
            }

            foreach (var type in list)
            {
                foreach (var name in type.Bases)
                {
                    if (declared.ContainsKey(name) && relevant.Add(name))
                    {
                        pending.Push(name);
                    }
                }
            }
        }

        var view = new HashSet<string>(StringComparer.Ordinal);
        var propertyTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var type in tree.Interfaces)
            {
                if (relevant.Contains(type.Name))
                {
                    view.Add("I " + type.Shape);
                    propertyTypes.UnionWith(type.PropertyTypeNames);
                }

                foreach (var handed in type.Handed)
                {
                    if (relevant.Contains(handed))
                    {
                        view.Add("H " + type.Namespace + " " + handed);
                    }
                }
            }

            foreach (var mark in tree.Marks)
            {
                foreach (var faked in mark.Faked)
                {
                    if (relevant.Contains(faked))
                    {
                        view.Add("M " + mark.Namespace + " " + faked);
                    }
                }
            }
        }

        foreach (var name in propertyTypes)
        {
            if (!relevant.Contains(name) && declared.TryGetValue(name, out var list))
            {
                foreach (var type in list)
                {
                    view.Add("P " + type.Namespace + "." + type.Name + " : " + string.Join(", ", type.Bases));
                }
            }
        }

        var sorted = view.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}

/// <summary>
/// One file's part of <see cref="UnitOfWorkFacts"/>, read from its syntax once (files are immutable, so it is kept with the
/// dependency index's facts of the file): its top-level interfaces (namespace, name, bases, what they hand out, the shape the unit-of-work rules read) and
/// the top-level types it marks <c>[InMemoryFake]</c> (namespace, the interface faked). Two facts are equal when they read
/// the same, so an edit to a method body or a class leaves them equal.
/// </summary>
internal sealed class TreeUnitsOfWork
{
    private readonly string _key;

    private TreeUnitsOfWork(List<Interface> interfaces, List<Mark> marks)
    {
        Interfaces = interfaces.ToArray();
        Marks = marks.ToArray();
        var key = new StringBuilder();
        foreach (var type in Interfaces)
        {
            key.Append(type.Shape).Append('\n').Append(string.Join(",", type.Handed)).Append('\n');
        }

        foreach (var mark in Marks)
        {
            key.Append("M ").Append(mark.Namespace).Append(' ').Append(string.Join(",", mark.Faked)).Append('\n');
        }

        _key = key.ToString();
    }

    public Interface[] Interfaces { get; }

    public Mark[] Marks { get; }

    /// <summary>Whether the file has nothing the unit-of-work rules read (no interface, no mark): such files are left out.</summary>
    public bool IsEmpty => Interfaces.Length == 0 && Marks.Length == 0;

    public bool SameAs(TreeUnitsOfWork other) => ReferenceEquals(this, other) || string.Equals(_key, other._key, StringComparison.Ordinal);

    /// <summary>Reads the file's facts; <see cref="SourceIndex"/> calls it once per file, beside its own facts, and keeps both per tree.</summary>
    public static TreeUnitsOfWork Read(SyntaxTree tree)
    {
        var interfaces = new List<Interface>();
        var marks = new List<Mark>();
        if (tree.GetRoot() is CompilationUnitSyntax unit)
        {
            Walk(unit.Members, "", interfaces, marks);
        }

        return new TreeUnitsOfWork(interfaces, marks);
    }

    private static void Walk(SyntaxList<MemberDeclarationSyntax> members, string space, List<Interface> interfaces, List<Mark> marks)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    Walk(ns.Members, space.Length == 0 ? ns.Name.ToString() : space + "." + ns.Name, interfaces, marks);
                    break;
                case InterfaceDeclarationSyntax type:
                    interfaces.Add(Interface.Read(type, space));
                    if (Marked(type) is not null)
                    {
                        marks.Add(new Mark(space, new[] { type.Identifier.ValueText }));
                    }

                    break;
                case TypeDeclarationSyntax type when Marked(type) is { } attribute:
                    // [InMemoryFake(typeof(IUnitOfWork))] partial class UnitOfWorkFake: every name in the typeof.
                    var faked = attribute.ArgumentList?.Arguments
                        .Select(static a => a.Expression)
                        .OfType<TypeOfExpressionSyntax>()
                        .SelectMany(static t => t.Type.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                        .Select(static n => n.Identifier.ValueText)
                        .Distinct(StringComparer.Ordinal)
                        .ToArray();
                    if (faked is { Length: > 0 })
                    {
                        marks.Add(new Mark(space, faked));
                    }

                    break;
            }
        }
    }

    /// <summary>The <c>[InMemoryFake]</c> attribute on the type, by its written name (any qualification, with or without the suffix).</summary>
    private static AttributeSyntax? Marked(TypeDeclarationSyntax type)
    {
        foreach (var list in type.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => "",
                };
                if (name is "InMemoryFake" or "InMemoryFakeAttribute")
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    /// <summary>A top-level interface as the unit-of-work rules read it.</summary>
    internal sealed class Interface
    {
        private Interface(string space, string name, string[] bases, bool declaresSave, string shape, string[] handed, string[] propertyTypeNames)
        {
            Namespace = space;
            Name = name;
            Bases = bases;
            DeclaresSave = declaresSave;
            Shape = shape;
            Handed = handed;
            PropertyTypeNames = propertyTypeNames;
        }

        public string Namespace { get; }

        public string Name { get; }

        /// <summary>The simple names of its bases.</summary>
        public string[] Bases { get; }

        /// <summary>Whether it declares a method named as a save (with or without <c>Async</c>), whatever its parameters.</summary>
        public bool DeclaresSave { get; }

        /// <summary>What the rules read of it, as text: full name, bases, the signatures of its save, discard, disposal and runner-named methods and properties, and whether it has another abstract method.</summary>
        public string Shape { get; }

        /// <summary>The simple names written in its properties' types and its methods' results: what it may hand out.</summary>
        public string[] Handed { get; }

        /// <summary>The simple names written in its properties' types.</summary>
        public string[] PropertyTypeNames { get; }

        public static Interface Read(InterfaceDeclarationSyntax type, string space)
        {
            var bases = type.BaseList?.Types
                .Select(static b => b.Type switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => "",
                })
                .Where(static n => n.Length > 0)
                .ToArray() ?? Array.Empty<string>();
            var shape = new StringBuilder();
            shape.Append(space).Append('.').Append(type.Identifier.ValueText).Append('`').Append(type.TypeParameterList?.Parameters.Count ?? 0)
                .Append(" : ").Append(string.Join(", ", bases));
            var handed = new HashSet<string>(StringComparer.Ordinal);
            var propertyTypes = new HashSet<string>(StringComparer.Ordinal);
            var declaresSave = false;
            var others = false;
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case MethodDeclarationSyntax method:
                        Names(method.ReturnType, handed);
                        var name = method.Identifier.ValueText;
                        var bare = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;
                        var save = Conventions.IsOneOf(bare, Conventions.UnitOfWorkSaveNames);
                        declaresSave |= save;
                        if (save || Conventions.IsOneOf(bare, Conventions.UnitOfWorkDiscardNames) || Conventions.IsOneOf(name, Conventions.NoOpMethodNames) || MayRun(name))
                        {
                            shape.Append(" | ").Append(Text(method.Modifiers)).Append(Text(method.ReturnType)).Append(' ').Append(name)
                                .Append(method.TypeParameterList is null ? "" : Text(method.TypeParameterList))
                                .Append(Text(method.ParameterList))
                                .Append(method.Body is null && method.ExpressionBody is null ? ";" : " {}");
                        }
                        else if (method.Body is null && method.ExpressionBody is null && !method.Modifiers.Any(static m => m.ValueText == "static"))
                        {
                            others = true;
                        }

                        break;
                    case PropertyDeclarationSyntax property:
                        Names(property.Type, handed);
                        Names(property.Type, propertyTypes);
                        shape.Append(" | ").Append(Text(property.Modifiers)).Append(Text(property.Type)).Append(' ').Append(property.Identifier.ValueText)
                            .Append(property.AccessorList is null ? " =>" : Text(property.AccessorList));
                        break;
                    default:
                        // An event or an indexer: a member that is not a save.
                        others = true;
                        break;
                }
            }

            shape.Append(others ? " | +" : "");
            return new Interface(space, type.Identifier.ValueText, bases, declaresSave, shape.ToString(), handed.ToArray(), propertyTypes.ToArray());
        }

        /// <summary>A name <see cref="SavesOnlyUnitOfWorkPlanner.IsOperationRunner"/> can take for a runner (its delegate parameter is a semantic fact, left to the plan).</summary>
        private static bool MayRun(string name)
            => name.StartsWith("Execute", StringComparison.Ordinal) || name.StartsWith("Run", StringComparison.Ordinal) || name.StartsWith("Invoke", StringComparison.Ordinal)
                || name.StartsWith("Perform", StringComparison.Ordinal) || name.IndexOf("Transaction", StringComparison.Ordinal) >= 0 || name.IndexOf("Lock", StringComparison.Ordinal) >= 0;

        private static void Names(TypeSyntax type, HashSet<string> names)
        {
            foreach (var node in type.DescendantNodesAndSelf())
            {
                if (node is SimpleNameSyntax simple)
                {
                    names.Add(simple.Identifier.ValueText);
                }
            }
        }

        private static string Text(SyntaxNode node) => string.Join(" ", node.DescendantTokens().Select(static t => t.Text));

        private static string Text(SyntaxTokenList tokens) => tokens.Count == 0 ? "" : string.Join(" ", tokens.Select(static t => t.Text)) + " ";
    }

    /// <summary>A top-level type marked <c>[InMemoryFake]</c>: its namespace and the simple names of the interface it fakes.</summary>
    internal sealed class Mark
    {
        public Mark(string space, string[] faked)
        {
            Namespace = space;
            Faked = faked;
        }

        public string Namespace { get; }

        public string[] Faked { get; }
    }
}
