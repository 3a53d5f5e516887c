using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A removal of one entity BY ENTITY that returns nothing (<c>void Delete(T entity)</c>, <c>Task RemoveAsync(T entity)</c>,
/// or a static success value) cannot say what it does when the entity is not stored: EF Core's <c>Remove</c> +
/// <c>SaveChanges</c> throws <c>DbUpdateConcurrencyException</c> (0 rows affected), Dapper, MongoDB's <c>DeleteOne</c> and a
/// SQL <c>DELETE</c> do nothing. The signature does not show the store behind it, so unless <c>MissingDelete</c> states it
/// (or the interface is Ardalis.Specification's, EF Core's) the member is refused. Removals by key (EF Core repositories
/// differ among themselves there: Find then Remove, or ExecuteDelete, and most do nothing), removals returning
/// <c>bool</c> or a count, and removals of several entities are left alone.
/// </summary>
internal static class MissingDeleteRule
{
    /// <summary>Why such a removal is refused (the IMF0001 reason).</summary>
    internal const string Reason =
        "a removal by entity that returns nothing cannot say what it does when the entity is not stored: EF Core's Remove + SaveChanges throws DbUpdateConcurrencyException (0 rows affected),"
        + " while Dapper, MongoDB's DeleteOne and a SQL DELETE do nothing. State it on [InMemoryFake]: MissingDelete = MissingDelete.NotFound (as EF Core's Remove + SaveChanges; NotFoundException = typeof(...) names the store's exception)"
        + " or MissingDelete = MissingDelete.Ignore (as Dapper, MongoDB or a SQL DELETE)";

    /// <summary>
    /// IMF0010 for a <c>MissingEntityDelete</c> that is no <c>MissingDelete</c> value, or one stated on an entity repository with
    /// no removal by entity it could govern.
    /// </summary>
    public static void Validate(ParseContext context, IReadOnlyList<MemberSpec> members)
    {
        var value = context.Settings.MissingEntityDelete;
        if (value is not (0 or 1 or 2))
        {
            Invalid(context, "MissingEntityDelete = " + value + " is not a MissingDelete (Unstated, Ignore or NotFound)");
        }
        else if (value != 0 && !members.Any(static m => m.Operation is EntityDeleteEntityOp))
        {
            Invalid(context, "MissingEntityDelete = " + (value == 1 ? "Ignore" : "NotFound") + ": no member of " + context.InterfaceName
                + " removes one entity by entity (Delete(entity), Remove(entity)…), so the setting states nothing; MissingDelete governs the removals by key");
        }
    }

    /// <summary>IMF0010 for <c>MissingEntityDelete</c> on a store that is not an entity repository.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.MissingEntityDelete != 0)
        {
            Invalid(context, "MissingEntityDelete: it says what an entity repository's removal of a missing entity by entity does, and " + context.InterfaceName + " is a " + kind);
        }
    }

    private static void Invalid(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);

    /// <summary>Refuses (IMF0001) each planned removal by entity that returns nothing when <c>MissingDelete</c> is unstated.</summary>
    public static void Apply(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        if (context.Settings.EntityMissingDelete != 0 || EntityPlanner.IsArdalisRepository(context))
        {
            return;
        }

        foreach (var (candidate, member) in planned)
        {
            if (member.Operation is EntityDeleteEntityOp { MissingThrows: false, Result: EntityWriteResult.None }
                or EntityDeleteEntityOp { MissingThrows: false, Result: EntityWriteResult.Success, Success.FailureFactory: null }
                && store.Members.Remove(member))
            {
                context.NotSupported(candidate, "entity repository", Reason);
            }
        }
    }
}
