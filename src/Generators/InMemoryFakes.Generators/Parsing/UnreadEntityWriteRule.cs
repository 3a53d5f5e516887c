using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository whose writes take an entity that nothing in the interface reads back, while its reads hand out another
/// type, one without a key (Clean-CaDET tutor's <c>IEventStore&lt;TEvent&gt;</c>: <c>Save(EventSourcedAggregateRoot)</c>
/// beside <c>List&lt;TEvent&gt; GetEventsByUserAndPrimaryEntities(…)</c> and an <c>Events</c> query of TEvent). The
/// entity was elected by its writes alone; what the real store keeps of it is not said: the tutor's store appends the
/// aggregate's pending events to a log and clears them, keeping no aggregate, where the fake kept the aggregate under a
/// generated key (setting its <c>Id</c>). The writes are refused (found by h-sample68).
/// </summary>
internal static class UnreadEntityWriteRule
{
    /// <summary>
    /// The reason the writes are refused, or null: when no planned member reads the entity (every one of
    /// <paramref name="planned"/> is a write, and <paramref name="associated"/> is false: no association read either), no
    /// member's result mentions the entity type, and some member's result hands out a keyless class or struct of the
    /// compilation that is not the entity nor of its hierarchy; the result of a planned write (<c>RowResult Delete(id)</c>,
    /// a status with a static success value) is no read.
    /// </summary>
    public static string? Reason(ParseContext context, EntityInfo entity, IReadOnlyList<MemberCandidate> candidates, bool associated,
        IReadOnlyList<(MemberCandidate Candidate, Model.MemberSpec Member)> planned)
    {
        if (associated || planned.Any(static p => !EntityPlanner.IsWrite(p.Member.Operation)) || entity.Type is ITypeParameterSymbol || entity.Type is not INamedTypeSymbol entityType)
        {
            return null;
        }

        if (candidates.Any(c => c.Result is { } result && Mentions(result, entityType)))
        {
            return null;
        }

        // A planned write's result is its status (IdentityResult-like, a count), not a read of another type.
        var writes = new HashSet<ISymbol>(planned.Select(static p => p.Candidate.Symbol), SymbolEqualityComparer.Default);
        foreach (var candidate in candidates)
        {
            if (candidate.Result is not { } result || writes.Contains(candidate.Symbol))
            {
                continue;
            }

            foreach (var part in TypeFacts.Parts(result))
            {
                if (part is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } other
                    || other.SpecialType != SpecialType.None
                    || !other.Locations.Any(static l => l.IsInSource)
                    || Related(other, entityType)
                    || EntityInfo.TryGet(context, other) is not null)
                {
                    continue;
                }

                var name = entityType.Name;
                if (Conventions.StartsWithAny(candidate.Verb, Conventions.EntityWriteVerbPrefixes))
                {
                    // Trellis' IOrderRepository: Add(order), Remove(order) and Task<Result<Unit>> RemoveByIdAsync(id), a removal whose
                    // Result (a failure the store builds) no convention fills. It is no read of an event store's output: said so
                    // since h-leftover3, where the message called it one of the reads handing out Result.
                    return "nothing in " + context.InterfaceName + " reads " + NameWords.Article(name) + " " + name + " back: its other member '" + candidate.Symbol.Name + "' is a write, not a read, and answers "
                        + other.Name + ", an outcome without a key that no convention fills, so it is not generated either; the writes alone would keep " + NameWords.Article(name) + " " + name
                        + " that no generated member reads, and what the real store keeps of it (the " + name + " as a row, or, in an event store, its pending events in a log) is not said; write them with '"
                        + candidate.Symbol.Name + "'";
                }

                return "nothing in " + context.InterfaceName + " reads " + NameWords.Article(name) + " " + name + " back, and its reads ('" + candidate.Symbol.Name + "') hand out "
                    + other.Name + ", a type without a key: what the real store keeps of the " + name + " it is given is not said (an event store appends the aggregate's pending events to a log and keeps no aggregate; a projection writes rows of another shape),"
                    + " so keeping the " + name + " itself, under a generated key, would be a guess";
            }
        }

        return null;
    }


    /// <summary>
    /// Whether <paramref name="type"/> is the entity, one of its base or derived types, has it as a part (an element, a type
    /// argument), or is a result class of the compilation with a property that does (vc-platform's
    /// <c>PushNotificationSearchResult.NotifyEvents</c>, a page of the entities).
    /// </summary>
    private static bool Mentions(ITypeSymbol type, INamedTypeSymbol entity)
        => TypeFacts.Parts(type).Any(p => p is INamedTypeSymbol named && (Related(named, entity) || HoldsEntity(named, entity)));

    private static bool HoldsEntity(INamedTypeSymbol type, INamedTypeSymbol entity)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct
            && type.Locations.Any(static l => l.IsInSource)
            && type.GetMembers().OfType<IPropertySymbol>().Any(p => !p.IsStatic && TypeFacts.Parts(p.Type).Any(part => part is INamedTypeSymbol named && Related(named, entity)));

    private static bool Related(INamedTypeSymbol type, INamedTypeSymbol entity)
        => Inherits(type, entity) || Inherits(entity, type);

    private static bool Inherits(ITypeSymbol type, ITypeSymbol ancestor)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, ancestor.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
