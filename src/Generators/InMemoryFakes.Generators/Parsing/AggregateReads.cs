using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Aggregates over a selector of the entity (session 40, h-agg40): <c>Sum</c>, <c>Average</c>/<c>Avg</c>, <c>Min</c>,
/// <c>Max</c> (and <c>Async</c>) given one selector (<c>Expression&lt;Func&lt;T, TValue&gt;&gt;</c> or <c>Func&lt;T, TValue&gt;</c>),
/// optionally one predicate (null, where the parameter is nullable or defaulted to null, keeps every row), as Sitko.Core's
/// <c>SumAsync(Expression&lt;Func&lt;TEntity, int&gt;&gt; selector)</c> and Tharga.MongoDB's <c>AvgAsync(field, predicate = null)</c>
/// and <c>MaxAsync&lt;TField&gt;(field, predicate = null)</c> take them. The fake runs LINQ to objects' operator of that name over
/// the rows the predicate keeps, read from one snapshot as a count is: EF Core's translation gives the same answers (a sum of
/// no rows 0, nulls skipped; an average, minimum or maximum of no rows <c>InvalidOperationException</c> for a non-nullable
/// result, null for a nullable one). The result must be what LINQ's overload for the selector's type returns (the value's
/// type, an average of integers a <c>double</c>); anything else, a selector the fake cannot run (a property name as text)
/// and parameters beside the two (a query the caller configures) are refused with that cause.
/// </summary>
internal static class AggregateReads
{
    /// <summary>The aggregate a member's verb names, or null: only the bare word (<see cref="Conventions.AggregateVerbs"/>).</summary>
    public static AggregateKind? KindOf(string verb)
    {
        foreach (var (word, kind) in Conventions.AggregateVerbs)
        {
            if (word == verb)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The aggregate, or null with <paramref name="reason"/> when the member is an aggregate verb the conventions refuse, or
    /// null without one when it is no aggregate (another verb, or a generic method whose type parameter is not the selector's
    /// value: a method generic in the entity stays with the generic-method rules).
    /// </summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, out string? reason)
    {
        reason = null;
        if (KindOf(candidate.Verb) is not { } kind)
        {
            return null;
        }

        var method = candidate.Method;
        if (method is null)
        {
            return null;
        }

        var entityName = EntityParameters.EntityDisplay(entity);
        IParameterSymbol? selector = null;
        ITypeSymbol? value = null;
        var selectorIsExpression = false;
        IParameterSymbol? predicate = null;
        var predicateKind = PredicateForm.None;
        var others = new List<IParameterSymbol>();
        foreach (var parameter in significant)
        {
            if (TypeFacts.PredicateKind(context.Known, parameter.Type, entity.Type, out _) is var kindOfPredicate and not PredicateForm.None)
            {
                if (predicate is not null)
                {
                    return Fail("it takes two predicates ('" + predicate.Name + "' and '" + parameter.Name + "'), so which rows it aggregates is not said", out reason);
                }

                predicate = parameter;
                predicateKind = kindOfPredicate;
                continue;
            }

            if (SelectorValue(context, parameter.Type, entity.Type, out var isExpression) is { } selected)
            {
                if (selector is not null)
                {
                    return Fail("it takes two selectors ('" + selector.Name + "' and '" + parameter.Name + "'), so which value it aggregates is not said", out reason);
                }

                selector = parameter;
                value = selected;
                selectorIsExpression = isExpression;
                continue;
            }

            others.Add(parameter);
        }

        if (candidate.IsGenericMethod && (method.Arity != 1 || value is null || !SymbolEqualityComparer.Default.Equals(value, method.TypeParameters[0])))
        {
            // SumAsync<TEntity>(whereExpr, sumExpr) of a repository over every entity type: the generic-method rules decide.
            return null;
        }

        var word = candidate.Verb;
        if (selector is null || value is null)
        {
            if (significant.FirstOrDefault(static p => p.Type.SpecialType == SpecialType.System_String) is { } text)
            {
                return Fail("'" + word + "' aggregates the value its parameter '" + text.Name + "' names as text (a property name or a field path), which the fake does not resolve: it runs a selector over "
                    + entityName + " (Expression<Func<" + entityName + ", TValue>> or Func<" + entityName + ", TValue>)", out reason);
            }

            return Fail("'" + word + "' is an aggregate, read over one selector of " + entityName + " (" + word + "(Expression<Func<" + entityName
                + ", TValue>> selector), optionally with one predicate), and it takes none, so what it aggregates is not said", out reason);
        }

        if (others.Count > 0)
        {
            var other = others[0];
            return Fail("parameter '" + other.Name + "' (" + Display(other.Type) + ") is neither the selector nor one predicate over " + entityName
                + ", so which rows the aggregate reads is the store's own (a query it configures, an ordering, a page), which the fake does not run", out reason);
        }

        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("an aggregate returns the value it computes, and '" + candidate.Symbol.Name + "' returns " + (candidate.Result is null ? "nothing" : "a stream"), out reason);
        }

        var operation = kind switch
        {
            AggregateKind.Sum => "sum",
            AggregateKind.Average => "average",
            AggregateKind.Min => "minimum",
            _ => "maximum",
        };
        if (Expected(context, kind, value, out var problem) is not { } expected)
        {
            return Fail("its selector '" + selector.Name + "' selects " + Display(value) + " values, " + problem, out reason);
        }

        if (!Fits(result, expected))
        {
            return Fail("it returns " + Display(result) + ", but the " + operation + " of its selector '" + selector.Name + "' (" + Display(value) + " values) is " + expected.Text
                + ", as LINQ's and EF Core's " + LinqName(kind) + " give it; declare the result " + expected.Text + ", or write the member", out reason);
        }

        return new EntityAggregateOp(kind, TypeNames.Escape(selector.Name), selectorIsExpression, predicate is null ? null : TypeNames.Escape(predicate.Name), predicateKind == PredicateForm.Expression,
            predicate is not null && TypeFacts.NullMeansNoFilter(predicate))
        {
            Comparer = kind is AggregateKind.Min or AggregateKind.Max ? TextComparer(value) : null,
        };
    }

    /// <summary>
    /// The comparer of a text Min/Max: ordinal, as the fake orders text everywhere (docs/generator.md, sorting), where
    /// LINQ's <c>Comparer&lt;string&gt;.Default</c> is culture-sensitive ("apple" before "Banana"; ordinal puts capitals
    /// first, as SQLite's BINARY collation and MongoDB do). A method's type parameter (<c>MinAsync&lt;TField&gt;</c>) is text
    /// only at run time, so the choice is made there. Null for every other type.
    /// </summary>
    private static string? TextComparer(ITypeSymbol value)
        => value.SpecialType == SpecialType.System_String
            ? "global::System.StringComparer.Ordinal"
            : value is ITypeParameterSymbol parameter
                ? "(typeof(" + parameter.Name + ") == typeof(string) ? (global::System.Collections.Generic.IComparer<" + parameter.Name + ">)(object)global::System.StringComparer.Ordinal : null)"
                : null;

    /// <summary>
    /// IMF0031 (Info) on each generated average, minimum or maximum whose result cannot be null (a value type, or a type
    /// parameter that may be one): over no rows it throws, as LINQ and EF Core do, where Tharga.MongoDB's <c>AvgAsync</c>,
    /// <c>MinAsync</c> and <c>MaxAsync</c> read their <c>$group</c> with <c>FirstOrDefaultAsync</c> and answer 0 or
    /// <c>default</c>: stores of the same signature disagree, and the signature does not say which is behind it.
    /// </summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        foreach (var (candidate, planMember) in planned)
        {
            if (planMember.Operation is not EntityAggregateOp { Kind: not AggregateKind.Sum } op || candidate.Result is not { } result || !store.Members.Contains(planMember))
            {
                continue;
            }

            var throws = result is ITypeParameterSymbol parameter
                ? !parameter.HasReferenceTypeConstraint && parameter.ConstraintTypes.All(static t => !t.IsReferenceType)
                : result.IsValueType && NullableOf(result) is null;
            if (!throws)
            {
                continue;
            }

            var answer = result.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal ? "0" : "default";
            context.Report(DiagnosticDescriptors.EmptyAggregateThrows, candidate.Location, context.InterfaceName, candidate.Symbol.Name, EntityParameters.EntityDisplay(entity), LinqName(op.Kind), answer);
        }
    }

    /// <summary>The value type of a selector over the entity (<c>Func&lt;T, TValue&gt;</c>, or that in an <c>Expression</c>), or null.</summary>
    private static ITypeSymbol? SelectorValue(ParseContext context, ITypeSymbol type, ITypeSymbol entity, out bool isExpression)
    {
        type = TypeNames.Underlying(type);
        isExpression = KnownSymbols.Is(type, context.Known.Expression) && type is INamedTypeSymbol;
        var func = isExpression ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
        return KnownSymbols.Is(func, context.Known.Func2) && func is INamedTypeSymbol f && TypeFacts.SameType(f.TypeArguments[0], entity) ? f.TypeArguments[1] : null;
    }

    /// <summary>The result LINQ's overload gives for the selector's value type, or null with the problem.</summary>
    private static ExpectedResult? Expected(ParseContext context, AggregateKind kind, ITypeSymbol value, out string problem)
    {
        problem = "";
        var nullable = NullableOf(value) is not null;
        var underlying = NullableOf(value) ?? value;
        if (kind is AggregateKind.Sum or AggregateKind.Average)
        {
            if (underlying.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal))
            {
                problem = "and LINQ's and EF Core's " + LinqName(kind) + " " + (kind == AggregateKind.Sum ? "adds" : "averages") + " int, long, float, double or decimal values (or their nullables) only";
                return null;
            }

            var special = kind == AggregateKind.Average && underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 ? SpecialType.System_Double : underlying.SpecialType;
            return new ExpectedResult(special, nullable, null, Keyword(special) + (nullable ? "?" : ""));
        }

        if (underlying is not ITypeParameterSymbol && !IsOrdered(context, underlying))
        {
            problem = "which have no order (" + Display(underlying) + " is neither a number, a date, text nor IComparable), so LINQ's " + LinqName(kind) + " has none to take";
            return null;
        }

        return new ExpectedResult(SpecialType.None, nullable, value, Display(value));
    }

    /// <summary>Whether the member's result is the expected one (nullable annotations of a reference type aside).</summary>
    private static bool Fits(ITypeSymbol result, ExpectedResult expected)
    {
        if (expected.Type is not null)
        {
            return SymbolEqualityComparer.Default.Equals(result, expected.Type);
        }

        var inner = NullableOf(result);
        return (inner is not null) == expected.Nullable && (inner ?? result).SpecialType == expected.Special;
    }

    /// <summary>Numbers, <c>char</c>, enums, dates and times, text, and any <c>IComparable</c>: what <c>Comparer&lt;T&gt;.Default</c> orders.</summary>
    private static bool IsOrdered(ParseContext context, ITypeSymbol type)
        => QueryBinder.Categorize(context, type) is ValueCategory.Text or ValueCategory.Operators or ValueCategory.Comparable;

    private static ITypeSymbol? NullableOf(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : null;

    private static string LinqName(AggregateKind kind) => kind.ToString();

    private static string Keyword(SpecialType special) => special switch
    {
        SpecialType.System_Int32 => "int",
        SpecialType.System_Int64 => "long",
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        _ => "decimal",
    };

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static OperationSpec? Fail(string text, out string? reason)
    {
        reason = text;
        return null;
    }

    /// <summary>What the member must return: a special type (and whether nullable) for Sum and Average, the value's own type for Min and Max.</summary>
    private sealed record ExpectedResult(SpecialType Special, bool Nullable, ITypeSymbol? Type, string Text);
}
