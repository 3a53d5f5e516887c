using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An update or a removal BY ENTITY answering <c>bool</c> or a count (<c>Task&lt;bool&gt; UpdateAsync(T entity)</c>,
/// <c>int Delete(T entity)</c>), saved at once, answers false (0) for an entity that is not stored: the documented default
/// (session 22: the result type exists to say "not there", as a Dapper <c>Execute(…) &gt; 0</c> or MongoDB's
/// <c>ModifiedCount</c> says it). EF Core's <c>Update</c>/<c>Remove</c> + <c>return SaveChanges() &gt; 0</c> never answers
/// false: its save throws <c>DbUpdateConcurrencyException</c> for a row that is not there, and nothing in the signature
/// shows which store is behind it. The lead's decision of session 38 (h-smoke38): keep the default, and make it loud as
/// IMF0026 makes an oblivious read loud: IMF0029 (Info) on each such member when neither reading is stated, naming both
/// settings. <c>MissingUpdate</c> (for an update) and <c>MissingEntityDelete</c>, else <c>MissingDelete</c> (for a removal
/// by entity) state it: <c>NotFound</c> the throw (h-sample120), <c>Ignore</c> the default (false, 0, store unchanged).
/// Not reported where no setting changes the answer: a <c>Try</c> write (false by its name), an update with an expected
/// concurrency token (its own rule), a write with a save flag (its count is the save's: Parsing/SaveFlags), a removal
/// through a unit of work whose writes wait for its save (the save throws: the tracker model), and a member a rule already
/// made throw (Ardalis.Specification's repository, a stated setting).
/// </summary>
internal static class MissingRowAnswerRule
{
    /// <summary>
    /// Whether <paramref name="member"/> is an update of one entity answering <c>bool</c> or a count that answers false (0)
    /// for a missing entity and that <c>MissingUpdate</c> reaches (<c>NotFound</c>: the throw; <c>Ignore</c>: the default).
    /// </summary>
    public static bool IsCountedUpdate(MemberSpec member)
        => member.Operation is EntityUpdateOp { Result: EntityWriteResult.Bool or EntityWriteResult.Count, ExpectedToken: null, MissingThrows: false, MissingIgnored: false }
           && member.SaveFlag is null && !Conventions.IsTryVerb(member.InterceptName);

    /// <summary>
    /// Whether <paramref name="member"/> is a removal by entity answering <c>bool</c> or a count, saved at once (not through a
    /// unit of work whose writes wait for its save: <paramref name="deferred"/>), that answers false (0) for a missing
    /// entity and that <c>MissingEntityDelete</c>/<c>MissingDelete</c> reach.
    /// </summary>
    public static bool IsCountedRemoval(MemberSpec member, bool deferred)
        => member.Operation is EntityDeleteEntityOp { Result: EntityWriteResult.Bool or EntityWriteResult.Count, MissingThrows: false }
           && !deferred && member.SaveFlag is null && !Conventions.IsTryVerb(member.InterceptName);

    /// <summary>IMF0029 (Info) on each planned member that answers false (0) for a missing entity with neither reading stated.</summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned, UnitOfWorkModel unitOfWork)
    {
        var deferred = unitOfWork == UnitOfWorkModel.Deferred;
        foreach (var (candidate, planMember) in planned)
        {
            // The rules after planning rewrite store.Members, not the plan: read the member as it will be generated.
            var member = store.Members.FirstOrDefault(m => ReferenceEquals(m, planMember))
                ?? store.Members.FirstOrDefault(m => m.Name == planMember.Name && m.ExplicitInterface == planMember.ExplicitInterface && m.Parameters.Equals(planMember.Parameters));
            if (member is null)
            {
                continue; // refused by a later rule
            }

            if (context.Settings.MissingUpdate == 0 && IsCountedUpdate(member))
            {
                Report(context, candidate, member, entity, "a Dapper UPDATE (Execute(…) > 0) or MongoDB's ReplaceOne (ModifiedCount)", "Update", "MissingUpdate = MissingUpdate");
            }
            else if (context.Settings.EntityMissingDelete == 0 && IsCountedRemoval(member, deferred))
            {
                Report(context, candidate, member, entity, "a Dapper DELETE (Execute(…) > 0) or MongoDB's DeleteOne (DeletedCount)", "Remove", "MissingEntityDelete = MissingDelete");
            }
        }
    }

    private static void Report(ParseContext context, MemberCandidate candidate, MemberSpec member, EntityInfo entity, string usual, string efCore, string setting)
    {
        var answer = member.Operation is EntityUpdateOp { Result: EntityWriteResult.Count } or EntityDeleteEntityOp { Result: EntityWriteResult.Count } ? "0" : "false";
        context.Report(DiagnosticDescriptors.MissingRowAnswersFalse, candidate.Location, context.InterfaceName, candidate.Symbol.Name, answer, EntityParameters.EntityDisplay(entity), usual, efCore, setting);
    }
}
