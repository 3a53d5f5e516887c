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
/// differ among themselves there: Find then Remove, or ExecuteDelete, and most do nothing) and removals returning
/// <c>bool</c> or a count are left alone; a removal of several entities that returns nothing follows the removal of one
/// (refused unless stated; under <c>NotFound</c> all or nothing).
/// </summary>
internal static class MissingDeleteRule
{
    /// <summary>Why such a removal is refused (the IMF0001 reason).</summary>
    internal const string Reason =
        "a removal by entity that returns nothing cannot say what it does when the entity is not stored: EF Core's Remove + SaveChanges throws DbUpdateConcurrencyException (0 rows affected),"
        + " while Dapper, MongoDB's DeleteOne and a SQL DELETE do nothing. State it on [InMemoryFake]: MissingDelete = MissingDelete.NotFound (as EF Core's Remove + SaveChanges; NotFoundException = typeof(...) names the store's exception)"
        + " or MissingDelete = MissingDelete.Ignore (as Dapper, MongoDB or a SQL DELETE)";

    /// <summary>Why a removal of several entities that returns nothing is refused (the IMF0001 reason).</summary>
    internal const string RangeReason =
        "a removal of several entities that returns nothing cannot say what it does when one of them is not stored: EF Core's RemoveRange + SaveChanges throws DbUpdateConcurrencyException and removes none,"
        + " while Dapper, MongoDB's DeleteMany and a SQL DELETE remove the others. State it on [InMemoryFake] as for the removal of one: MissingDelete = MissingDelete.NotFound (the not-found error, nothing removed)"
        + " or MissingDelete = MissingDelete.Ignore (missing ones skipped); or write it (Store.Remove(key) of each entity's key skips the missing ones)";

    /// <summary>
    /// IMF0010 for a <c>MissingEntityDelete</c> that is no <c>MissingDelete</c> value, or one stated on an entity repository with
    /// no removal by entity it could govern; and (since session 24) for a <c>MissingDelete</c> stated on an entity repository
    /// none of whose members it reaches (only <c>T? Delete(T)</c>, or removals answering <c>bool</c> or a count, which say
    /// themselves what a missing entity does), as the other settings that state nothing are.
    /// </summary>
    public static void Validate(ParseContext context, IReadOnlyList<MemberSpec> members, bool deferred)
    {
        var missing = context.Settings.MissingDelete;
        if (missing is 1 or 2 && !members.Any(m => Reaches(m, missing, context.Settings.MissingEntityDelete == 0, deferred)) && !RefusedRemoval(context, members))
        {
            Invalid(context, "MissingDelete = " + (missing == 1 ? "Ignore" : "NotFound") + ": no member of " + context.InterfaceName
                + " removes entities and returns nothing (Delete(id), Remove(entity), DeleteRange(ids)… returning void, Task or ValueTask), the removals it says what a missing entity does for,"
                + " so the setting states nothing; a removal by key returning bool, a count or the entity says it itself (a removal by entity answering bool or a count, saved at once, is reached: NotFound as EF Core's Remove + SaveChanges() > 0, Ignore as a Dapper DELETE's false). Remove the setting");
        }

        var value = context.Settings.MissingEntityDelete;
        if (value is not (0 or 1 or 2))
        {
            Invalid(context, "MissingEntityDelete = " + value + " is not a MissingDelete (Unstated, Ignore or NotFound)");
        }
        else if (value != 0 && !members.Any(static m => m.Operation is EntityDeleteEntityOp or EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None }
            || (m.SaveFlag is not null && m.Operation is EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.Count })))
        {
            Invalid(context, "MissingEntityDelete = " + (value == 1 ? "Ignore" : "NotFound") + ": no member of " + context.InterfaceName
                + " removes entities by entity (Delete(entity), Remove(entity), RemoveRange(entities)…), so the setting states nothing; MissingDelete governs the removals by key");
        }
    }

    /// <summary>
    /// Whether the interface declares a removal that returns nothing (a method named with a delete verb returning
    /// <c>void</c>, <c>Task</c> or <c>ValueTask</c>) that was not planned: refused for another reason (a word of its name, a
    /// soft-delete flag), it is what the setting was written for, so the setting is not reported as stating nothing.
    /// </summary>
    private static bool RefusedRemoval(ParseContext context, IReadOnlyList<MemberSpec> members)
    {
        foreach (var type in new[] { context.Interface }.Concat(context.Interface.AllInterfaces))
        {
            foreach (var method in type.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>())
            {
                if (method.MethodKind == Microsoft.CodeAnalysis.MethodKind.Ordinary && Conventions.StartsWithAny(method.Name, Conventions.DeleteVerbs)
                    && (method.ReturnsVoid || method.ReturnType is Microsoft.CodeAnalysis.INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" })
                    && !members.Any(m => m.Name == method.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <c>MissingDelete</c> (<paramref name="value"/>: 1 Ignore, 2 NotFound) changes what <paramref name="member"/> does
    /// for a missing entity: a removal of one by key or (unless <c>MissingEntityDelete</c> is stated) by entity that returns
    /// nothing or a static success value, a removal of several that returns nothing, and under a deferred unit of work
    /// <c>Ignore</c> on a removal by entity that returns the entity (which otherwise fails the save) or on a removal with a
    /// save flag whose count is the save's (which otherwise fails for a missing row: Parsing/SaveFlags).
    /// </summary>
    private static bool Reaches(MemberSpec member, int value, bool entityForms, bool deferred) => member.Operation switch
    {
        // A save flag's removal whose count is the save's (Parsing/SaveFlags): Ignore makes it skip a missing row.
        EntityDeleteByKeyOp { Result: EntityWriteResult.Count } or EntityRangeOp { Kind: RangeKind.DeleteByKeys, Result: RangeResult.Count } when member.SaveFlag is not null => value == 1,
        EntityDeleteEntityOp { Result: EntityWriteResult.Count } or EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.Count } when member.SaveFlag is not null => entityForms && value == 1,
        EntityDeleteByKeyOp { Result: EntityWriteResult.None } or EntityDeleteByKeyOp { Result: EntityWriteResult.Success, Success.FailureFactory: null } => true,
        EntityRangeOp { Kind: RangeKind.DeleteByKeys, Result: RangeResult.None } => !IsBulk(member.Name),
        EntityDeleteEntityOp { Result: EntityWriteResult.None } or EntityDeleteEntityOp { Result: EntityWriteResult.Success, Success.FailureFactory: null } => entityForms,
        EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None } => entityForms && !IsBulk(member.Name),
        EntityDeleteEntityOp { Result: EntityWriteResult.RemovedOrNull or EntityWriteResult.Removed, ForKey: null } => entityForms && deferred && value == 1,
        // h-sample120: NotFound makes a removal by entity answering bool or a count, saved at once, throw for a missing one.
        EntityDeleteEntityOp { Result: EntityWriteResult.Bool or EntityWriteResult.Count, MissingThrows: true } when member.SaveFlag is null => entityForms && !deferred && value == 2,
        // Session 38: Ignore states its default (false, 0) and silences IMF0029 (Parsing/MissingRowAnswerRule).
        _ when MissingRowAnswerRule.IsCountedRemoval(member, deferred) => entityForms && value == 1,
        _ => false,
    };

    /// <summary>
    /// Whether a member is a bulk operation (<c>BulkDelete(entities)</c>: EFCore.BulkExtensions and its kin run one SQL
    /// <c>DELETE … WHERE key IN (…)</c> past the change tracker, which skips missing rows whatever the store does for the
    /// removal of one), so the removal-of-several rule leaves it to its own convention.
    /// </summary>
    internal static bool IsBulk(string memberName) => memberName.StartsWith("Bulk", System.StringComparison.Ordinal);

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

    /// <summary>Why a removal by key beside its <c>Try</c> twin is refused (the IMF0001 reason; the twin's name follows).</summary>
    internal const string TryTwinReason =
        "it removes by key and returns nothing beside its Try twin '{0}', which answers whether it removed: the pair says this one fails where the twin answers false"
        + " (the Try pattern: the IoT hub's RegistryManager.RemoveDeviceAsync throws DeviceNotFoundException for a device not registered, where the twin swallows it), but a store may as well do nothing for a missing key"
        + " and keep its failures for other errors. State it on [InMemoryFake]: MissingDelete = MissingDelete.NotFound (the not-found error; NotFoundException = typeof(...) names the store's exception)"
        + " or MissingDelete = MissingDelete.Ignore (nothing), or write it (Store.Remove(key) answers whether the key was there)";

    /// <summary>
    /// h-sample59: a removal by key that returns nothing (<c>Task RemoveDeviceAsync(string deviceId)</c>) beside a twin of
    /// the same name with <c>Try</c> before it, the same parameters and a <c>bool</c> result (<c>Task&lt;bool&gt;
    /// TryRemoveDeviceAsync(string deviceId)</c>) was generated with the default of removals by key (nothing for a missing
    /// key), silently wrong for the Azure IoT Suite's IotHubRepository, whose RemoveDeviceAsync throws
    /// DeviceNotFoundException where TryRemoveDeviceAsync answers false. The twin makes the question live without answering
    /// it (Dapr's DeleteStateAsync does nothing for a missing key beside a TryDeleteStateAsync that fails on an etag), so
    /// unless <c>MissingDelete</c> is stated the plain removal is refused.
    /// </summary>
    private static void RefuseRemovalsBesideTheirTryTwin(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        if (context.Settings.MissingDelete != 0 || EntityPlanner.IsArdalisRepository(context))
        {
            return;
        }

        foreach (var (candidate, member) in planned)
        {
            if (member.Operation is not EntityDeleteByKeyOp { MissingThrows: false, Result: EntityWriteResult.None, Success: null, ExpectedToken: null })
            {
                continue;
            }

            var twin = planned.FirstOrDefault(other => other.Member.Operation is EntityDeleteByKeyOp { Result: EntityWriteResult.Bool }
                && string.Equals(other.Candidate.Symbol.Name, "Try" + candidate.Symbol.Name, System.StringComparison.Ordinal)
                && other.Candidate.Parameters.Length == candidate.Parameters.Length
                && other.Candidate.Parameters.Zip(candidate.Parameters, static (a, b) => TypeFacts.SameType(a.Type, b.Type)).All(static same => same));
            if (twin.Candidate is not null && store.Members.Remove(member))
            {
                context.NotSupported(candidate, "entity repository", string.Format(System.Globalization.CultureInfo.InvariantCulture, TryTwinReason, twin.Candidate.Symbol.Name));
            }
        }
    }

    /// <summary>
    /// Refuses (IMF0001) each planned removal by entity that returns nothing when <c>MissingDelete</c> is unstated; when the
    /// repository's writes wait for a unit-of-work save (<paramref name="unitOfWork"/> is <see cref="UnitOfWorkModel.Deferred"/>),
    /// the removal follows the unit of work's change-tracker model instead: an entity that is not stored is tracked as removed
    /// and the save fails, as EF Core's <c>Remove</c> + <c>SaveChanges</c> does (the model the fake's unit of work already is:
    /// tracked copies, the count saved, tokens checked).
    /// </summary>
    public static void Apply(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned, UnitOfWorkModel unitOfWork)
    {
        RefuseRemovalsBesideTheirTryTwin(context, store, planned);
        if (unitOfWork == UnitOfWorkModel.Deferred && context.Settings.EntityMissingDelete != 1 && !EntityPlanner.IsArdalisRepository(context))
        {
            // A removal by entity that returns the entity (TEntity Delete(TEntity), GoParty's EF6 Repository<T>: Attach, state
            // Deleted, return entity) beside a save its writes wait for: nothing is removed before the save, so the result
            // cannot say whether the row was there (the real tracker does not look); it follows the tracker model as a removal
            // returning nothing does: tracked as removed, the entity given returned, the save failing for a row not stored.
            // Before h-sample55 it answered null and tracked nothing, so the save passed silently; MissingDelete = NotFound
            // was accepted and unused. MissingDelete = Ignore keeps the null for a missing one.
            for (var i = 0; i < store.Members.Count; i++)
            {
                var member = store.Members[i];
                if (member.Operation is EntityDeleteEntityOp { MissingThrows: false, Result: EntityWriteResult.RemovedOrNull or EntityWriteResult.Removed, ForKey: null } echo)
                {
                    store.Members[i] = member with { Operation = echo with { MissingThrows = true } };
                }
            }
        }

        if (context.Settings.EntityMissingDelete != 0 || EntityPlanner.IsArdalisRepository(context))
        {
            return;
        }

        if (unitOfWork == UnitOfWorkModel.Deferred)
        {
            for (var i = 0; i < store.Members.Count; i++)
            {
                var member = store.Members[i];
                store.Members[i] = member.Operation switch
                {
                    EntityDeleteEntityOp { MissingThrows: false, Result: EntityWriteResult.None } or EntityDeleteEntityOp { MissingThrows: false, Result: EntityWriteResult.Success, Success.FailureFactory: null }
                        => member with { Operation = (EntityDeleteEntityOp)member.Operation with { MissingThrows = true } },
                    EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None, MissingThrows: false } range when !IsBulk(member.Name)
                        => member with { Operation = range with { MissingThrows = true } },
                    _ => member,
                };
            }

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
            else if (member.Operation is EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None, MissingThrows: false } && !IsBulk(member.Name) && store.Members.Remove(member))
            {
                // RemoveRange(IEnumerable<T>) returning nothing: what it does for an entity that is not stored is what the removal
                // of one does in the same store, and that is unsaid (EF Core's RemoveRange + SaveChanges throws for it as a whole).
                context.NotSupported(candidate, "entity repository", RangeReason);
            }
        }
    }
}
