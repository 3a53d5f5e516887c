using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Generic query executors a repository exposes so that callers outside the data layer can run the queries they build on
/// its queryable without referencing EF Core (phongnguyend/Practical.CleanArchitecture's
/// <c>Task&lt;List&lt;T&gt;&gt; ToListAsync&lt;T&gt;(IQueryable&lt;T&gt; query)</c>, <c>FirstOrDefaultAsync&lt;T&gt;</c>,
/// <c>SingleOrDefaultAsync&lt;T&gt;</c>; copied in many templates): named exactly as EF Core's executors (optionally
/// without <c>Async</c>), taking only the query, and returning what that executor returns. The fake runs the query as
/// LINQ to objects, with <c>System.Linq.Enumerable</c>'s method of the same name (its exceptions: more than one for
/// Single, none for First).
/// </summary>
internal static class QueryRunnerRule
{
    private static readonly string[] Executors = ["ToList", "ToArray", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Count", "LongCount", "Any"];

    /// <summary>The operation, or null when the member is not such an executor (then other rules decide).</summary>
    public static EntityRunQueryOp? Plan(ParseContext context, MemberCandidate candidate, IParameterSymbol[] significant)
    {
        var known = context.Known;
        if (candidate.Method is not { Arity: 1 } method || significant.Length != 1 || candidate.Result is not { } result
            || candidate.Parameters.Any(p => !SymbolEqualityComparer.Default.Equals(p, significant[0]) && !TypeFacts.IsCancellationToken(known, p.Type)))
        {
            return null;
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        if (!Executors.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        var element = method.TypeParameters[0];
        if (significant[0].Type is not INamedTypeSymbol { Arity: 1 } query || !KnownSymbols.Is(query.OriginalDefinition, known.Queryable)
            || !SymbolEqualityComparer.Default.Equals(query.TypeArguments[0], element))
        {
            return null;
        }

        var returns = name switch
        {
            "ToList" => result is INamedTypeSymbol { Arity: 1 } list && SymbolEqualityComparer.Default.Equals(list.TypeArguments[0], element)
                && new[] { known.List, known.IList, known.ICollection, known.IReadOnlyList, known.IReadOnlyCollection, known.EnumerableOfT }.Any(t => KnownSymbols.Is(list.OriginalDefinition, t)),
            "ToArray" => result is IArrayTypeSymbol { Rank: 1 } array && SymbolEqualityComparer.Default.Equals(array.ElementType, element),
            "Count" => result.SpecialType == SpecialType.System_Int32,
            "LongCount" => result.SpecialType == SpecialType.System_Int64,
            "Any" => result.SpecialType == SpecialType.System_Boolean,
            _ => SymbolEqualityComparer.Default.Equals(result.WithNullableAnnotation(NullableAnnotation.None), element.WithNullableAnnotation(NullableAnnotation.None)),
        };
        if (!returns)
        {
            return null;
        }

        var orDefault = name.EndsWith("OrDefault", StringComparison.Ordinal) && result.NullableAnnotation != NullableAnnotation.Annotated;
        return new EntityRunQueryOp(TypeNames.Escape(significant[0].Name), name, orDefault);
    }
}
