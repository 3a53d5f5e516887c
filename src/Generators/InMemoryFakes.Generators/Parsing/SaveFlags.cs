using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A write's <c>bool</c> save flag (<see cref="Conventions.SaveFlagParameterNames"/>: <c>autoSave</c>, <c>saveChanges</c>,
/// <c>persist</c>, <c>autoCommit</c>, <c>saveNow</c>) beside a save of the interface's own (<c>SaveChanges()</c>,
/// <c>SaveChangesAsync()</c>, <c>Commit()</c>…). The real repository tracks the write and then saves when the flag asks
/// (<c>if (autoSave) await SaveChangesAsync()</c>, the Pro C# book's <c>return persist ? SaveChanges() : 0;</c>): the flag
/// proves the writes wait for the save, and a write given true saves every pending change right after it, as the
/// generated save does (<see cref="MemberSpec.SaveFlag"/>). Under <c>UnitOfWorkWrites.Immediate</c> each write saves and
/// the flag changes nothing; without a save of its own the flag keeps its old reading (ignorable <c>autoSave</c>).
/// </summary>
internal static class SaveFlags
{
    /// <summary>Whether the parameter is a save flag by name and type (a plain <c>bool</c>).</summary>
    public static bool IsSaveFlag(IParameterSymbol parameter)
        => parameter.Type.SpecialType == SpecialType.System_Boolean && parameter.RefKind == RefKind.None
            && Conventions.NameIn(parameter.Name, Conventions.SaveFlagParameterNames);

    /// <summary>
    /// The member's save flag, as the member's parameter is named (escaped), when the interface has a save of its own
    /// and the member is neither a save nor a discard; a name the attribute's <c>IgnoredParameters</c> lists takes no part
    /// in what the member does, and is none. Kept on the member until <see cref="Apply"/> decides it.
    /// </summary>
    public static string? Candidate(ParseContext context, MemberCandidate candidate, OperationSpec operation)
        => context.HasOwnSave && operation is not (UnitOfWorkSaveOp or UnitOfWorkDiscardOp or UnitOfWorkSelfOp) && Parameter(context, candidate) is { } flag
            ? TypeNames.Escape(flag.Name)
            : null;

    /// <summary>Whether a save of the repository's own and a write with a save flag prove the writes wait for the save.</summary>
    public static bool ProveDeferred(IEnumerable<MemberSpec> saves, IEnumerable<MemberSpec> writes)
        => saves.Any(static s => s.Operation is UnitOfWorkSaveOp) && writes.Any(static w => w.SaveFlag is not null);

    /// <summary>
    /// Keeps each member's save flag (<see cref="MemberSpec.SaveFlag"/>) only where the repository's writes wait for a save
    /// of its own (the member saves after its work when the flag's argument is true), on a method that is no async
    /// stream; clears it everywhere else, where the flag changes nothing.
    /// </summary>
    public static void Apply(ParseContext context, StoreBuilder store, UnitOfWorkModel writes)
    {
        var kept = writes == UnitOfWorkModel.Deferred && store.Members.Any(static m => m.Operation is UnitOfWorkSaveOp);
        for (var i = 0; i < store.Members.Count; i++)
        {
            var member = store.Members[i];
            if (member.SaveFlag is null)
            {
                continue;
            }

            store.Members[i] = kept && member is { Kind: MemberKind.Method, Shape: not ReturnShape.AsyncEnumerable }
                ? member with { Operation = TrackingWrite(context, member.Operation) }
                : member with { SaveFlag = null };
        }
    }

    /// <summary>
    /// A write whose count result is the save's (<c>return persist ? SaveChanges() : 0;</c>) is the change tracker's write,
    /// which cannot tell whether the row is there (EF Core's <c>Update</c>, <c>Remove</c>, <c>RemoveRange</c>, an entry set
    /// to <c>Deleted</c>): an update or a removal of an entity is tracked whether it is stored or not, so the save fails
    /// for a missing one with the concurrency error, as EF Core's <c>SaveChanges</c> fails with
    /// <c>DbUpdateConcurrencyException</c>; a removal by key of a key that names no row is the not-found error at once
    /// (EF Core's <c>Remove(Find(id))</c> throws there; a stub set to <c>Deleted</c> fails the save). Before, the write was
    /// the count's own (<c>TryUpdate ? 1 : 0</c>), which tracked nothing for a missing row, so the flagged call answered the
    /// count of the other pending changes, or 0, for it. <c>MissingDelete</c>/<c>MissingEntityDelete = Ignore</c> keep
    /// a removal that skips a missing row.
    /// </summary>
    private static OperationSpec TrackingWrite(ParseContext context, OperationSpec operation)
        => operation switch
        {
            EntityUpdateOp { Result: EntityWriteResult.Count, ExpectedToken: null } update => update with { MissingThrows = true },
            EntityDeleteEntityOp { Result: EntityWriteResult.Count } removal when context.Settings.EntityMissingDelete != MissingIgnored => removal with { MissingThrows = true },
            EntityDeleteByKeyOp { Result: EntityWriteResult.Count, ExpectedToken: null } removal when context.Settings.MissingDelete != MissingIgnored => removal with { MissingThrows = true },
            EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.Count } range when context.Settings.EntityMissingDelete != MissingIgnored => range with { MissingThrows = true },
            EntityRangeOp { Kind: RangeKind.DeleteByKeys, Result: RangeResult.Count } range when context.Settings.MissingDelete != MissingIgnored => range with { MissingThrows = true },
            _ => operation,
        };

    /// <summary><c>MissingDelete.Ignore</c> as <see cref="AttributeSettings"/> holds it.</summary>
    private const int MissingIgnored = 1;

    /// <summary>
    /// The reason a member with a save flag is refused where the repository's writes wait for a save this planner does not
    /// hold (a repository of several entity types, whose save is the outer interface's): null when it is not refused.
    /// </summary>
    public static string? Refusal(ParseContext context, MemberCandidate candidate, bool ownSavePlanned, UnitOfWorkModel writes)
    {
        if (ownSavePlanned || writes != UnitOfWorkModel.Deferred || !context.HasOwnSave || Parameter(context, candidate) is not { } flag)
        {
            return null;
        }

        return "its save flag '" + flag.Name + "' asks it to save every pending change of " + context.InterfaceName
            + " at once, which the fake of a repository of several entity types does not do yet (docs/generator.md#save-flags); write the member";
    }

    /// <summary>
    /// Whether the member has a save flag beside a save of the interface's own, so that a count it returns is the save's
    /// (<c>int Add(T entity, bool persist = true)</c>: <c>return persist ? SaveChanges() : 0;</c>), never a key the add
    /// gave: with the flag false nothing is saved, and a generated key does not exist before the save.
    /// </summary>
    public static bool AnswersSaveCount(ParseContext context, MemberCandidate candidate)
        => context.HasOwnSave && Parameter(context, candidate) is not null;

    private static IParameterSymbol? Parameter(ParseContext context, MemberCandidate candidate)
        => candidate.Parameters.FirstOrDefault(p => IsSaveFlag(p) && !Conventions.NameIn(p.Name, context.Settings.IgnoredParameters));
}
