using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// One <c>[InMemoryFake]</c> target before planning: the target itself, plus what its plan can depend on — the source
/// files reachable from it (<see cref="SourceIndex.Dependencies"/>, compared by identity: an edited file is a new
/// object), the compilation's references and options, and what the unit-of-work rules read of every file
/// (<see cref="UnitOfWorkFacts"/>, compared by value: a unit of work added or removed in a sibling namespace re-plans the
/// repositories, since session 37). Two inputs are equal when all of those are the same, so an edit
/// that cannot change the plan leaves the input equal and the planning step cached: Roslyn re-runs the
/// <c>ForAttributeWithMetadataName</c> transform for every target on every edit, and planning is the expensive part.
/// </summary>
/// <remarks>
/// The target's semantic context is carried for the planning step but is not part of equality. When an equal input
/// replaces an older one, Roslyn keeps the older object; <see cref="Equals(PlanInput)"/> therefore moves the newer context
/// into it, so a kept input never holds on to an old compilation.
/// </remarks>
internal sealed class PlanInput : IEquatable<PlanInput>
{
    private static long _created;

    private readonly string _targetKey;
    private readonly SyntaxTree[] _dependencies;
    private readonly CompilationFacts _facts;
    private readonly UnitOfWorkFacts _unitsOfWork;
    private Carried _carried;

    private PlanInput(string targetKey, SyntaxTree[] dependencies, CompilationFacts facts, UnitOfWorkFacts unitsOfWork, GeneratorAttributeSyntaxContext target)
    {
        _targetKey = targetKey;
        _dependencies = dependencies;
        _facts = facts;
        _unitsOfWork = unitsOfWork;
        _carried = new Carried(target, Interlocked.Increment(ref _created));
    }

    /// <summary>The target, in the newest compilation this input has been compared in.</summary>
    public GeneratorAttributeSyntaxContext Target => Volatile.Read(ref _carried).Target;

    /// <summary>How many files the target's plan depends on (for tests).</summary>
    internal int DependencyCount => _dependencies.Length;

    public static PlanInput Create(GeneratorAttributeSyntaxContext target, CancellationToken cancellationToken)
    {
        var compilation = target.SemanticModel.Compilation;
        var index = SourceIndex.For(compilation);
        var symbol = target.TargetSymbol;
        var start = symbol.DeclaringSyntaxReferences.Select(static r => r.SyntaxTree).Prepend(target.TargetNode.SyntaxTree).Distinct();
        var dependencies = index.Dependencies(start, ExtraNames(target), cancellationToken);
        var key = symbol.MetadataName + "@" + target.TargetNode.SyntaxTree.FilePath + ":" + target.TargetNode.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new PlanInput(key, dependencies, index.Facts, index.UnitsOfWork, target);
    }

    public bool Equals(PlanInput? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(_targetKey, other._targetKey, StringComparison.Ordinal)
            || _dependencies.Length != other._dependencies.Length
            || !_facts.SameAs(other._facts))
        {
            return false;
        }

        for (var i = 0; i < _dependencies.Length; i++)
        {
            if (!ReferenceEquals(_dependencies[i], other._dependencies[i]))
            {
                return false;
            }
        }

        // Compared last: a change to the units of work re-plans even a target whose own files are unchanged.
        if (!_unitsOfWork.SameAs(other._unitsOfWork))
        {
            return false;
        }

        // Equal: whichever object Roslyn keeps must carry the newest compilation, never an old one.
        var mine = Volatile.Read(ref _carried);
        var theirs = Volatile.Read(ref other._carried);
        if (mine.Generation > theirs.Generation)
        {
            Volatile.Write(ref other._carried, mine);
        }
        else
        {
            Volatile.Write(ref _carried, theirs);
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PlanInput);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_targetKey);

    /// <summary>
    /// Names a file can declare that the target's plan looks up without writing them in its own file: the class the generator
    /// would emit (a hand-written partial of it is the user's half) and any string in the attribute (its <c>Name</c>).
    /// </summary>
    private static IEnumerable<string> ExtraNames(GeneratorAttributeSyntaxContext target)
    {
        var name = target.TargetSymbol.Name;
        yield return "InMemory" + name;
        if (name.Length >= 2 && name[0] == 'I')
        {
            yield return "InMemory" + name.Substring(1);
        }

        if (target.TargetNode is MemberDeclarationSyntax declaration)
        {
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var token in list.DescendantTokens())
                {
                    if (token.Value is string text && text.Length > 0)
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private sealed class Carried
    {
        public Carried(GeneratorAttributeSyntaxContext target, long generation)
        {
            Target = target;
            Generation = generation;
        }

        public GeneratorAttributeSyntaxContext Target { get; }

        public long Generation { get; }
    }
}
