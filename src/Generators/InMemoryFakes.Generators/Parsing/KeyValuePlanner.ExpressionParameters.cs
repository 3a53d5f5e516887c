using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member of a store of <c>object</c> values that takes a LINQ expression tree (<c>Expression&lt;Func&lt;T,
    /// bool&gt;&gt;</c>, any <c>Expression&lt;TDelegate&gt;</c>) or a predicate delegate (<c>Func&lt;T, bool&gt;</c>, a
    /// get-or-add's factory aside) cannot be generated, else null. In such a store every
    /// parameter after the key fits the value, so <c>void Update&lt;T&gt;(object instance, Expression&lt;Func&lt;T, bool&gt;&gt;
    /// predicate) where T : Entity</c> (heng222/MyRepository's <c>IRepository</c>, h-sample89) was read as a replace that stored
    /// the predicate under the instance, where the real repository runs <c>UPDATE … SET</c> (the instance's values) <c>WHERE</c>
    /// (the predicate) on T's table. An expression tree is the query language of the stores that take one (a condition, a
    /// selector, the columns to set: Acl.Data's <c>Update(instance, condition)</c>, OrmLite's <c>UpdateOnly(obj, where)</c>,
    /// EF Core's <c>ExecuteUpdate</c>), evaluated against the stored rows, never a value kept for a later read; a store that
    /// does keep expressions declares them as its values (<c>void Set(string key, Expression&lt;Func&lt;Rule, bool&gt;&gt;
    /// value)</c> beside a read of that type), and is not refused here.
    /// </summary>
    private static string? ExpressionParameterRefusal(ParseContext context, KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb)
    {
        if (!shape.IsObjectStore || context.Known.Expression is null)
        {
            return null;
        }

        // A predicate delegate (Func<T, bool>) is the same condition without the tree (the in-memory and MongoDB repositories'
        // Where(Func<T, bool>)); a get-or-add's factory may return bool, so it is left to that verb's own checks.
        var expression = candidate.Parameters.FirstOrDefault(p => KnownSymbols.Is(TypeNames.Underlying(p.Type), context.Known.Expression))
            ?? (verb == KeyValueVerb.GetOrAdd ? null : candidate.Parameters.FirstOrDefault(p => TypeFacts.PredicateKind(context.Known, p.Type, null, out _) == PredicateForm.Func));
        if (expression is null)
        {
            return null;
        }

        var what = KnownSymbols.Is(TypeNames.Underlying(expression.Type), context.Known.Expression) ? "a LINQ expression (" : "a predicate (";
        return "its parameter '" + expression.Name + "' is " + what + expression.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            + "): a condition, selector or setter the real store evaluates against the rows it keeps (an UPDATE … WHERE, as Acl.Data's Update(instance, condition)"
            + " and OrmLite's UpdateOnly(obj, where) run), not a key or a value it keeps; in a store of object values it fits either, and the fake would "
            + (SymbolEqualityComparer.Default.Equals(expression, candidate.Parameters[0])
                ? "look entries up by the expression object itself"
                : "store the expression under '" + candidate.Parameters[0].Name + "'");
    }
}
