using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository that IS a query of its entities (<c>interface IReadOnlyRepository&lt;T&gt; : IQueryable&lt;T&gt;</c>, as ABP's;
/// or only <c>IEnumerable&lt;T&gt;</c>): the members it inherits from <c>IQueryable</c>, <c>IQueryable&lt;T&gt;</c>,
/// <c>IEnumerable&lt;T&gt;</c> and <c>IEnumerable</c> make the fake a live query, read when each query runs, as a query over
/// EF Core's <c>DbSet</c> is. A sequence of another type than the entity is left to the other rules (which refuse it).
/// </summary>
internal static class InheritedQueryRule
{
    /// <summary>The operation for an inherited sequence member, or null when the member is not one (or the interface is no query of the entity).</summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, out string? reason)
    {
        reason = null;
        if (PartOf(candidate.Symbol) is not { } part)
        {
            return null;
        }

        var sequences = context.Interface.AllInterfaces.Where(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T).ToList();
        var ofEntity = sequences.Count == 1 && SymbolEqualityComparer.Default.Equals(sequences[0].TypeArguments[0], entity.Type);
        var isQuery = context.Interface.AllInterfaces.Any(static i => i.OriginalDefinition.ToDisplayString() == "System.Linq.IQueryable<T>");
        if (!ofEntity || (part != InheritedQueryPart.GetEnumerator && !isQuery))
        {
            return null;
        }

        if (context.Known.LiveQueryProvider is null)
        {
            reason = "the InMemoryFakes runtime this project references cannot make a repository a query; update the InMemoryFakes package";
            return null;
        }

        var token = part == InheritedQueryPart.GetAsyncEnumerator ? TypeNames.Escape(((IMethodSymbol)candidate.Symbol).Parameters[0].Name) : null;
        return new EntityInheritedQueryOp(part, context.Known.EfAsyncQueryProvider is not null, token);
    }

    /// <summary>
    /// The interfaces the fake of a repository that is a query implements besides its own: <c>IAsyncEnumerable&lt;T&gt;</c>,
    /// which EF Core's async operators (<c>ToListAsync</c>) need on the source itself (its <c>AsNoTracking</c> and
    /// <c>Include</c> return a source they do not own unchanged), unless the interface inherits it already.
    /// </summary>
    public static IEnumerable<string> AlsoImplements(ParseContext context, IEnumerable<MemberSpec> members)
    {
        if (!members.Any(static m => m.Operation is EntityInheritedQueryOp)
            || context.Interface.AllInterfaces.Any(static i => i.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IAsyncEnumerable<T>"))
        {
            return Enumerable.Empty<string>();
        }

        var element = context.Interface.AllInterfaces.First(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T).TypeArguments[0];
        return new[] { "global::System.Collections.Generic.IAsyncEnumerable<" + context.Render(element) + ">" };
    }

    private static InheritedQueryPart? PartOf(ISymbol member)
    {
        var declaring = member.ContainingType;
        var name = declaring.OriginalDefinition.ToDisplayString();
        return member switch
        {
            IPropertySymbol { Name: "ElementType" } when name == "System.Linq.IQueryable" => InheritedQueryPart.ElementType,
            IPropertySymbol { Name: "Expression" } when name == "System.Linq.IQueryable" => InheritedQueryPart.Expression,
            IPropertySymbol { Name: "Provider" } when name == "System.Linq.IQueryable" => InheritedQueryPart.Provider,
            IMethodSymbol { Name: "GetEnumerator", Parameters.Length: 0 }
                when declaring.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable => InheritedQueryPart.GetEnumerator,
            IMethodSymbol { Name: "GetAsyncEnumerator", Parameters.Length: 1 }
                when name == "System.Collections.Generic.IAsyncEnumerable<T>" => InheritedQueryPart.GetAsyncEnumerator,
            _ => null,
        };
    }
}
