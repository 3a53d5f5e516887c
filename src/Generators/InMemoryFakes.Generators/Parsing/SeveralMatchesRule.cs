using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A lookup that returns ONE entity (<c>FindByEmail(email)</c>, <c>GetAsync(string userId)</c>, a filter object, a
/// predicate <c>Find</c> returning <c>T?</c>) cannot say what it does when several entities match, unless its name does
/// (<c>First</c>/<c>Top</c>, <c>Single</c>, <c>OrderBy</c>, an ordering parameter) or its conditions pin the key or a
/// <c>[Unique]</c> property by exact equality: EF Core's and LINQ's <c>SingleOrDefault</c> throw, <c>FirstOrDefault</c>
/// returns one row, Spring Data's derived single queries throw. Such a lookup is marked here; the emitted member throws
/// <c>InvalidOperationException</c> for two or more matches unless the <c>SeveralMatches</c> setting states the answer.
/// 0 or 1 match is unaffected.
/// </summary>
internal static class SeveralMatchesRule
{
    /// <summary>
    /// Words of a member name that say which of several matches it returns. <c>Single</c> as the verb
    /// (<c>Single(predicate)</c>, <c>SingleOrDefault…</c>, <c>FindSingleByEmail</c>) is LINQ's single-match and marks the
    /// query itself (<see cref="QuerySpec.SingleMatch"/>); after another verb it is not here (since session 32): the
    /// generic repositories' <c>GetSingle(predicate)</c> is <c>FirstOrDefault</c> in The Date App, BookStore and chsakell's
    /// tutorial and <c>SingleOrDefault</c> elsewhere, so the word alone does not say, and the setting decides.
    /// </summary>
    private static readonly string[] SayingWords = { "First", "Top" };

    /// <summary>Marks each ambiguous single-result lookup with the setting's answer.</summary>
    public static void Apply(ParseContext context, StoreBuilder store, EntitySpec entity)
    {
        var answer = context.Settings.SeveralMatches switch
        {
            1 => SeveralMatchesAnswer.First,
            2 => SeveralMatchesAnswer.Throw,
            _ => SeveralMatchesAnswer.Unstated,
        };

        for (var i = 0; i < store.Members.Count; i++)
        {
            var member = store.Members[i];
            if (member.Operation is EntityQueryOp op && IsAmbiguous(member, op.Query, entity))
            {
                store.Members[i] = member with { Operation = op with { Query = op.Query with { Several = answer } } };
            }
        }
    }

    /// <summary>IMF0010 for a value that is no <c>SeveralMatches</c>, or a stated one on an entity repository with no such lookup.</summary>
    public static void Validate(ParseContext context, IReadOnlyList<MemberSpec> members)
    {
        var value = context.Settings.SeveralMatches;
        if (value is not (0 or 1 or 2))
        {
            Invalid(context, "SeveralMatches = " + value + " is not a SeveralMatches (Unstated, First or Throw)");
        }
        else if (value != 0 && !members.Any(static m => m.Operation is EntityQueryOp { Query.Several: not SeveralMatchesAnswer.None }))
        {
            Invalid(context, "SeveralMatches = " + (value == 1 ? "First" : "Throw") + ": no member of " + context.InterfaceName
                + " is a lookup returning one entity that several can match (each says it in its name: First, Top, Single, OrderBy; or compares the key or a [Unique] property), so the setting states nothing");
        }
    }

    /// <summary>IMF0010 for the setting on a store that is not an entity repository.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.SeveralMatches != 0)
        {
            Invalid(context, "SeveralMatches: it says what an entity repository's lookup of one entity does when several match, and " + context.InterfaceName + " is a " + kind);
        }
    }

    private static void Invalid(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);

    private static bool IsAmbiguous(MemberSpec member, QuerySpec query, EntitySpec entity)
    {
        if (query.Kind != QueryKind.First || query.SingleMatch || query.Limit > 0 || query.Page is not null
            || query.Ordering is not null || query.Comparer is not null || query.QueryableOrder is not null || query.Sorting is not null)
        {
            return false;
        }

        var words = QueryNameParser.SplitWords(member.Name);
        if (words.Any(static w => SayingWords.Contains(w)))
        {
            return false;
        }

        return !PinsUnique(query, entity);
    }

    /// <summary>
    /// Whether every Or-group pins a unique value: an exact, case-sensitive, non-optional equality on each property of a
    /// unique constraint or of the key. Then at most one entity matches.
    /// </summary>
    private static bool PinsUnique(QuerySpec query, EntitySpec entity)
    {
        if (query.Predicate is not null || query.Groups.Count == 0)
        {
            return false;
        }

        var uniqueSets = entity.Unique.Select(static u => u.Properties.ToArray())
            .Append(entity.Keys.Select(static k => k.Name).ToArray())
            .ToList();
        return query.Groups.All(group =>
        {
            var pinned = group.Conditions
                .Where(static c => c.Operator == QueryOperator.Equals && !c.IgnoreCase && !c.Optional && c.Path.Steps.Count == 1)
                .Select(static c => c.Path.Steps[0].Property)
                .ToList();
            return uniqueSets.Any(set => set.Length > 0 && set.All(pinned.Contains));
        });
    }
}
