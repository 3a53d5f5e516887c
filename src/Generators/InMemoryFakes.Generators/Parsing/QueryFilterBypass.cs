using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A member named as reading past the store's global query filters (<c>FindIgnoreQueryFilters(id)</c>,
/// <c>GetAllIgnoreQueryFilters()</c> of the Pro C# book's AutoLot <c>IRepo&lt;T&gt;</c>: <c>Table.IgnoreQueryFilters()</c>).
/// Since h-sample102 also a name ending in <c>Unfiltered</c>: PlatformPlatform's repositories (and the applications built on
/// it) name the reads that call <c>IgnoreQueryFilters()</c> so: <c>GetByIdUnfilteredAsync(id)</c> beside
/// <c>GetByIdAsync(id)</c>, whose <c>FindAsync</c> applies the tenant filter.
/// Such a member is the read its name starts with, unfiltered, which is what the fake's table holds (<see cref="Strip"/>);
/// and it says the interface's other reads of the entity apply a filter (EF Core's <c>HasQueryFilter</c>: AutoLot hides
/// cars that are not drivable) that the signature does not show, so those are refused (<see cref="Refusal"/>).
/// </summary>
internal static class QueryFilterBypass
{
    /// <summary>The name endings that say "past the query filters" (after a trailing <c>Async</c> is dropped).</summary>
    private static readonly string[] Suffixes = { "IgnoreQueryFilters", "IgnoringQueryFilters", "WithoutQueryFilters", "Unfiltered" };

    /// <summary>The read a bypassing name stands for: <c>FindIgnoreQueryFilters</c> is <c>Find</c>; any other name as it is.</summary>
    public static string Strip(string verb)
    {
        foreach (var suffix in Suffixes)
        {
            if (verb.Length > suffix.Length && verb.EndsWith(suffix, StringComparison.Ordinal))
            {
                return verb.Substring(0, verb.Length - suffix.Length);
            }
        }

        return verb;
    }

    /// <summary>Whether the member's name says it reads past the query filters.</summary>
    public static bool Bypasses(ISymbol member)
    {
        var verb = Conventions.VerbOf(member.Name);
        return Strip(verb).Length != verb.Length;
    }

    /// <summary>The first member of the interface (or one it inherits), by name, that reads past the query filters; null when none.</summary>
    public static string? Member(ParseContext context)
        => context.InterfaceAndBases.SelectMany(static t => t.GetMembers()).Where(static m => m.IsAbstract && Bypasses(m))
            .Select(static m => m.Name).OrderBy(static n => n, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// The reason a member beside a bypassing one is refused: every member of the entity's repository but the bypassing ones
    /// and the writes given the entity itself (or several: EF Core's <c>Update</c>, <c>Remove</c>, <c>UpdateRange</c> act on
    /// the key they carry, past any filter). A read, a count, an existence check, an <c>IQueryable</c> and a write by key or
    /// by condition (<c>Remove(Find(id))</c>, <c>ExecuteDelete</c>) apply the filter. Null when the member is not refused.
    /// </summary>
    public static string? Refusal(ParseContext context, MemberCandidate candidate, EntityInfo entity, string? bypass)
    {
        if (bypass is null || Bypasses(candidate.Symbol))
        {
            return null;
        }

        var verb = candidate.Verb;
        if (Conventions.StartsWithAny(verb, Conventions.EntityWriteVerbPrefixes) && candidate.Parameters.Any(p => TakesEntity(context, p.Type, entity)))
        {
            return null;
        }

        return "the interface also has '" + bypass + "', which reads past the store's global query filters, so '" + candidate.Symbol.Name
            + "' applies a filter (EF Core's HasQueryFilter: which rows it hides) that the signature does not show; the fake's table holds every row, so write it with the filter (Store.Where(e => …))";
    }

    private static bool TakesEntity(ParseContext context, ITypeSymbol type, EntityInfo entity)
        => TypeFacts.SameType(TypeNames.Underlying(type), entity.Type)
            || (TypeFacts.ElementType(context.Known, type) is { } element && TypeFacts.SameType(element, entity.Type));
}
