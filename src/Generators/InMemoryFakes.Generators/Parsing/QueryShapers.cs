using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A list of everything that takes a query-shaping function: <c>Func&lt;IQueryable&lt;T&gt;, IQueryable&lt;T&gt;&gt; func = null</c>
/// or its asynchronous form <c>Func&lt;IQueryable&lt;T&gt;, Task&lt;IQueryable&lt;T&gt;&gt;&gt;</c> (nopCommerce's
/// <c>IRepository&lt;TEntity&gt;.GetAllAsync</c>, many generic repositories' <c>GetAll(Func&lt;IQueryable&lt;T&gt;, IQueryable&lt;T&gt;&gt; query)</c>).
/// The real store runs the function over its table and lists what it returns (<c>func != null ? func(query) : query</c>);
/// the fake runs it as LINQ to objects over one consistent snapshot, so whatever it does (filter, order, take) the fake does
/// too. Include flags naming a flag of the entity filter the snapshot first, as nopCommerce's <c>AddDeletedFilter</c> runs
/// before the function. Anything else beside the function (paging, a predicate, a key) is refused with the reason.
/// </summary>
internal static class QueryShapers
{
    /// <summary>
    /// Whether an ordering over a queryable (<c>Func&lt;IQueryable&lt;T&gt;, IOrderedQueryable&lt;T&gt;&gt; orderBy</c>, the tutorial
    /// repositories') can be applied to a predicate method's result: every match as a list, one page of them as a list
    /// (<c>GetPagedAsync(page, pageSize, filter, orderBy)</c>: the real store's <c>orderBy(query).Skip(…).Take(…)</c>), or the
    /// first match (<c>FirstOrDefaultAsync(predicate, orderBy)</c>). Not a single match (its order changes nothing, and
    /// several matches are the error), a <c>Page&lt;T&gt;</c> or paged result type, a count or a delete.
    /// </summary>
    public static bool OrdersMatches(QueryKind kind, SingleResult single, bool paged, bool singleMatch)
        => kind == QueryKind.List || (kind == QueryKind.First && !paged && !singleMatch && single is SingleResult.Nullable or SingleResult.Required);

    /// <summary>The <c>T</c> of a function taking an <c>IQueryable&lt;T&gt;</c> (<c>Func&lt;IQueryable&lt;T&gt;, TResult&gt;</c>), or null.</summary>
    public static ITypeSymbol? QueriedType(KnownSymbols known, ITypeSymbol type)
        => TypeNames.Underlying(type) is INamedTypeSymbol func && KnownSymbols.Is(func, known.Func2)
            && func.TypeArguments[0] is INamedTypeSymbol source && KnownSymbols.Is(source, known.Queryable)
            ? TypeNames.Underlying(source.TypeArguments[0])
            : null;

    /// <summary>Whether <paramref name="type"/> is a shaping function over queries of <paramref name="entity"/>, and whether it returns a task.</summary>
    public static bool IsShaperOf(KnownSymbols known, ITypeSymbol type, ITypeSymbol entity, out bool isAsync)
    {
        isAsync = false;
        if (TypeNames.Underlying(type) is not INamedTypeSymbol func || !KnownSymbols.Is(func, known.Func2)
            || func.TypeArguments[0] is not INamedTypeSymbol source || !KnownSymbols.Is(source, known.Queryable) || !TypeFacts.SameType(source.TypeArguments[0], entity))
        {
            return false;
        }

        var result = func.TypeArguments[1];
        if (result is INamedTypeSymbol { Arity: 1 } task && (KnownSymbols.Is(task, known.TaskOfT) || KnownSymbols.Is(task, known.ValueTaskOfT)))
        {
            isAsync = true;
            result = task.TypeArguments[0];
        }

        return result is INamedTypeSymbol shaped && KnownSymbols.Is(shaped, known.Queryable) && TypeFacts.SameType(shaped.TypeArguments[0], entity);
    }

    /// <summary>
    /// Plans a list member whose significant parameters hold a shaping function; null with a null reason when none does
    /// (the member is another convention's).
    /// </summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, out string? reason)
        => Plan(context, candidate, entity, significant, ShapedResult.List, out reason);

    /// <summary>
    /// As <see cref="Plan(ParseContext, MemberCandidate, EntityInfo, IParameterSymbol[], out string?)"/>, for a member
    /// returning <paramref name="result"/> of the shaped list: <c>AnyAsync(query)</c> (bool), <c>CountAsync(query)</c>
    /// (int or long).
    /// </summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, ShapedResult result, out string? reason)
    {
        reason = null;
        var shapers = significant.Where(p => IsShaperOf(context.Known, p.Type, entity.Type, out _)).ToArray();
        if (shapers.Length == 0)
        {
            return null;
        }

        var shaper = shapers[0];
        IsShaperOf(context.Known, shaper.Type, entity.Type, out var isAsync);
        if (shapers.Length > 1)
        {
            reason = "it takes two query-shaping functions ('" + shaper.Name + "', '" + shapers[1].Name + "'), and which runs first is the store's own";
            return null;
        }

        var flags = new List<ShapedFlagSpec>();
        var others = new List<string>();
        foreach (var parameter in significant)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter, shaper))
            {
                continue;
            }

            if (IncludeFlag(context, entity, parameter, out var negated) is { } flag)
            {
                flags.Add(new ShapedFlagSpec(TypeNames.Escape(parameter.Name), TypeNames.Escape(flag.Name), negated));
            }
            else
            {
                others.Add("'" + parameter.Name + "'");
            }
        }

        if (others.Count > 0)
        {
            // GetAllPagedAsync(func, pageIndex, pageSize, getOnlyTotalCount): the page of the shaped query, its total and the
            // count-only switch are the real store's code (nopCommerce's ToPagedListAsync), not its signature.
            reason = string.Join(", ", others) + (others.Count == 1 ? " stands" : " stand") + " beside the query-shaping function '" + shaper.Name
                + "', and what " + (others.Count == 1 ? "it does" : "they do") + " to the shaped query (a filter before or after it, a page of it and its total, a count-only switch) is the real store's code, not its signature; "
                + "the fake runs a shaping function only where it lists every " + EntityParameters.EntityDisplay(entity) + " (include flags aside)";
            return null;
        }

        var sequence = SequenceKind.List;
        if (result == ShapedResult.Any && (!TypeFacts.IsBool(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable))
        {
            reason = "'" + candidate.Symbol.Name + "' over a query-shaping function must return bool (whether the query gives any " + EntityParameters.EntityDisplay(entity) + ")";
            return null;
        }

        if (result == ShapedResult.Count)
        {
            if (!TypeFacts.IsIntOrLong(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                reason = "'" + candidate.Symbol.Name + "' over a query-shaping function must return int or long (how many " + EntityParameters.EntityDisplay(entity) + " the query gives)";
                return null;
            }

            result = TypeFacts.IsLong(candidate.Result) ? ShapedResult.LongCount : ShapedResult.Count;
        }

        if (result == ShapedResult.List)
        {
            if (TypeFacts.SequenceResult(context, candidate, entity.Type, out var problem) is not { } listed)
            {
                reason = problem ?? "a member with a query-shaping function must return a list of " + EntityParameters.EntityDisplay(entity);
                return null;
            }

            sequence = listed;
        }

        if (isAsync && candidate.Shape is not (ReturnShape.Task or ReturnShape.TaskOfT or ReturnShape.ValueTask or ReturnShape.ValueTaskOfT))
        {
            reason = "its query-shaping function '" + shaper.Name + "' returns a task, which a synchronous member could only block on";
            return null;
        }

        // = null (nopCommerce's func = null), or declared nullable: the whole table. Otherwise null is an error, never a guess.
        var optional = TypeFacts.NullMeansNoFilter(shaper);
        return new EntityShapedListOp(TypeNames.Escape(shaper.Name), isAsync, optional, flags.ToArray(), sequence) { Result = result };
    }

    private static IPropertySymbol? IncludeFlag(ParseContext context, EntityInfo entity, IParameterSymbol parameter, out bool negated)
    {
        negated = false;
        var name = parameter.Name;
        return TypeFacts.IsBool(parameter.Type) && !TypeNames.IsNullableValueType(parameter.Type) && NameWords.StartsWithWordAndMore(name, "include")
            ? EntityParameters.BoolFlag(context, entity, name.Substring(7), out negated)
            : null;
    }
}
