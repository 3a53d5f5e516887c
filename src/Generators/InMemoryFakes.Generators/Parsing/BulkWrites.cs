using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The bulk writes of the bulk-copy libraries that EF Core and Dapper repositories pass on (SimpleBulks, which
/// phongnguyend/Practical.CleanArchitecture's <c>IRepository</c> exposes as <c>BulkInsertAsync(entities)</c>…;
/// EFCore.BulkExtensions, Z.EntityFramework.Extensions, Dapper Plus): <c>Bulk{Insert|Update|Delete|Merge}</c> of one
/// collection of the entity (<see cref="Conventions.BulkVerbs"/>). Each is one statement over a temporary table joined to
/// the table on the key, run at once: SimpleBulks' <c>BulkInsert</c> is a bulk copy (a taken key fails it), its
/// <c>BulkUpdate</c> an <c>UPDATE a … JOIN #temp b ON</c> the key (rows not stored are skipped), its <c>BulkDelete</c> a
/// <c>DELETE a … JOIN</c> (the same), its <c>BulkMerge</c> a <c>MERGE</c> (insert or replace). So they are the range add,
/// an update of the stored ones, the removal of the entities' rows and the range upsert. What the join leaves out is
/// refused rather than guessed: a concurrency token (the join is on the key alone, so a bulk update, delete or merge neither
/// compares nor bumps it, where the fake's writes do), audit stamps (stated for the store's own writes or its
/// <c>SaveChanges</c> interceptor, which a bulk write goes around), a column, key or options parameter (which columns are
/// written, or how rows are matched) and a unit of work (the write is not tracked and not deferred: the planner refuses it
/// there).
/// </summary>
internal static class BulkWrites
{
    /// <summary>Whether <paramref name="verb"/> names a bulk operation (<c>Bulk</c> and a capital letter).</summary>
    public static bool IsBulk(string verb)
        => NameWords.StartsWithWordAndMore(verb, Conventions.BulkWord);

    /// <summary>
    /// The operation of a bulk write, null when <paramref name="candidate"/> is no bulk operation, or null with
    /// <paramref name="reason"/> when it is one the fake cannot follow.
    /// </summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, string[] plural, out string? reason)
    {
        reason = null;
        var verb = candidate.Verb;
        if (!IsBulk(verb))
        {
            return null;
        }

        var display = EntityParameters.EntityDisplay(entity);
        RangeKind? found = null;
        foreach (var (word, kind) in Conventions.BulkVerbs)
        {
            if (Conventions.Matches(verb, new[] { word }, plural))
            {
                found = kind;
                break;
            }
        }

        if (found is not { } rangeKind)
        {
            reason = "'" + verb + "' is a bulk operation the generator does not know: it knows BulkInsert, BulkUpdate, BulkDelete and BulkMerge (also BulkInsertOrUpdate, BulkUpsert) of one collection of "
                + display + "; a BulkSynchronize or BulkInsertOrUpdateOrDelete also deletes the rows not given, and a BulkRead matches by columns its options name, which no signature shows";
            return null;
        }

        var what = rangeKind switch
        {
            RangeKind.Add => "insert",
            RangeKind.UpdateExisting => "update",
            RangeKind.Upsert => "merge",
            _ => "delete",
        };
        if (significant.Length != 1)
        {
            var others = significant.Skip(1).Select(static p => "'" + p.Name + "'").ToArray();
            reason = significant.Length == 0
                ? "a bulk " + what + " takes the collection of " + display + " it writes"
                : "it takes " + string.Join(", ", others) + " beside the " + display + " entities: a bulk " + what
                  + "'s column selector, key selector or options say which columns are written or how rows are matched (SimpleBulks' BulkMerge(entities, idSelector, …)), which the fake, writing whole entities matched by their key, cannot follow; write the member";
            return null;
        }

        if (rangeKind != RangeKind.Add && EntityPlanner.TokenProperty(context, entity.Properties, out _) is { } token)
        {
            reason = "a bulk " + what + " matches rows by key alone (an UPDATE, DELETE or MERGE joined on the key), so it neither compares nor bumps the concurrency token "
                + token.Name + " of " + display + ", while the fake's writes do; write the member";
            return null;
        }

        if (context.Settings.CreatedStamp is not null || context.Settings.UpdatedStamp is not null)
        {
            reason = "the audit stamps stated on [InMemoryFake] (CreatedStamp, UpdatedStamp) are the store's own writes' or its SaveChanges interceptor's, which a bulk "
                + what + " goes around (SimpleBulks and EFCore.BulkExtensions write the values given); write the member";
            return null;
        }

        var element = TypeFacts.ReadsAsValue(significant[0]) ? TypeFacts.EnumerableElement(significant[0].Type) : null;
        if (rangeKind != RangeKind.UpdateExisting)
        {
            return EntityPlanner.Range(context, candidate, entity, rangeKind, element, out reason);
        }

        if (element is null || !TypeFacts.SameType(element, entity.Type))
        {
            reason = "it must take one collection of " + entity.Type.Name;
            return null;
        }

        if (EntityPlanner.NullableElementRefusal(element) is { } nullElements)
        {
            reason = nullElements;
            return null;
        }

        var items = Declarations.Argument(significant[0]);
        if (candidate.IsVoid)
        {
            return new EntityRangeOp(RangeKind.UpdateExisting, items, RangeResult.None);
        }

        if (TypeFacts.IsIntOrLong(candidate.Result))
        {
            return new EntityRangeOp(RangeKind.UpdateExisting, items, RangeResult.Count);
        }

        reason = "a bulk update must return void or the number of rows it updated (int/long)";
        return null;
    }
}
