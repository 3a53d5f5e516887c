using System;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Model;

/// <summary>
/// A diagnostic paired, at report time, with the syntax tree its location is in. Reporting a location made from a
/// tree (not from a file path) is what lets <c>#pragma warning disable</c> and the IDE see the diagnostic: a
/// path-based location is "external" and bypasses pragma suppression (dotnet/roslyn#68291). Not part of the model:
/// the equatable <see cref="DiagnosticInfo"/> is what the cache compares; the tree is compared by reference, and an
/// edit elsewhere keeps the same tree instance, so the step stays unchanged.
/// </summary>
internal sealed class LocatedDiagnostic : IEquatable<LocatedDiagnostic>
{
    public LocatedDiagnostic(DiagnosticInfo info, SyntaxTree? tree)
    {
        Info = info;
        Tree = tree;
    }

    public DiagnosticInfo Info { get; }

    public SyntaxTree? Tree { get; }

    public static LocatedDiagnostic Locate(DiagnosticInfo info, Compilation compilation)
    {
        if (info.Location is { } location)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (string.Equals(tree.FilePath, location.FilePath, StringComparison.Ordinal))
                {
                    return new LocatedDiagnostic(info, tree);
                }
            }
        }

        return new LocatedDiagnostic(info, null);
    }

    public Diagnostic ToDiagnostic()
    {
        if (Tree is not null && Info.Location is { } location && location.Span.End <= Tree.Length)
        {
            return Info.ToDiagnostic(Location.Create(Tree, location.Span));
        }

        return Info.ToDiagnostic();
    }

    public bool Equals(LocatedDiagnostic? other)
        => other is not null && Info.Equals(other.Info) && ReferenceEquals(Tree, other.Tree);

    public override bool Equals(object? obj) => Equals(obj as LocatedDiagnostic);

    public override int GetHashCode() => Info.GetHashCode();
}
