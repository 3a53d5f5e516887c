using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Reads of an entity with a deletion flag or time (<see cref="SoftDeleteRule.FlagOf"/>) on an interface with a
/// <c>SoftDelete…</c> member of its own (h-sample132). That member proves the store keeps the rows it deletes and marks
/// them; whether a read that names no such state leaves the marked rows out is the store's own: Admin.Core's FreeSql global
/// filter (<c>IsDeleted == false</c>) hides them from every <c>Get</c>, <c>Find</c> and <c>Select</c>, YukiSoraShop's
/// <c>GenericRepository</c> filters <c>!IsDeleted</c> in <c>GetAllAsync</c>, <c>GetByIdAsync</c>, <c>FindOneAsync</c>,
/// <c>GetAllQueryable</c> and <c>GetCountAsync</c>, while MrCMS's <c>Get(id)</c> still answers a marked row. The fake
/// showed every row, silently, once the soft delete was written by hand. So such reads are refused until
/// <c>SoftDelete = SoftDelete.None</c> states reads that filter nothing. A read whose conditions name the mark, whose name
/// says deleted rows (<c>GetDeleted…</c>, <c>…WithDeleted</c>) or which takes a switch for them (<c>includeDeleted</c>)
/// says what it reads and keeps its reading. Before, <see cref="SoftDeleteRule.Flag"/> and
/// <see cref="RepositoryHints.DeletedRowsSwitch"/> took a <c>SoftDelete…</c> member as settling the reads too, where it
/// settles only the other deletes (they remove the row).
/// </summary>
internal static class SoftDeletedReadsRule
{
    /// <summary>The interface's soft delete and the entity's mark, or null when the reads are not in doubt.</summary>
    public static Evidence? For(ParseContext context, EntityInfo entity)
    {
        if (context.Settings.SoftDelete != 0 || SoftDeleteRule.FlagOf(context, entity.Type) is not { } flag)
        {
            return null;
        }

        var softDelete = context.InterfaceAndBases.SelectMany(static t => t.GetMembers()).OfType<IMethodSymbol>()
            .FirstOrDefault(static m => m.MethodKind == MethodKind.Ordinary && m.Name.StartsWith("SoftDelete", StringComparison.Ordinal));
        return softDelete is null ? null : new Evidence(softDelete.Name, flag.Name, SoftDeleteRule.Describe(context, flag));
    }

    /// <summary>What puts the reads in doubt: the soft delete, the mark it leaves, and how a message names the mark.</summary>
    internal sealed class Evidence
    {
        public Evidence(string softDelete, string mark, string described)
        {
            SoftDelete = softDelete;
            Mark = mark;
            Described = described;
        }

        public string SoftDelete { get; }

        public string Mark { get; }

        public string Described { get; }

        /// <summary>
        /// How the message writes the setting's value: qualified when the member is named <c>SoftDelete</c> itself, whose name
        /// hides the enum's in the attribute on the interface (<c>SoftDelete.None</c> there is CS0119, "a method, which is not
        /// valid in the given context").
        /// </summary>
        private string Setting => SoftDelete == "SoftDelete" ? "InMemoryFakes.SoftDelete.None" : "SoftDelete.None";

        /// <summary>The IMF0001 reason for a planned read that names no deleted state, or null.</summary>
        public string? Refuses(EntityInfo entity, MemberCandidate candidate, OperationSpec operation)
        {
            if (!IsRead(operation) || candidate.Symbol.Name.IndexOf("Deleted", StringComparison.Ordinal) >= 0
                || candidate.Parameters.Any(RepositoryHints.IsDeletedRowsSwitch)
                || (operation is EntityQueryOp { Query: var query } && query.Groups.SelectMany(static g => g.Conditions).Any(c => c.Path.Steps.Count > 0 && c.Path.Steps[0].Property == Mark)))
            {
                return null;
            }

            var display = EntityParameters.EntityDisplay(entity);
            return "the interface's '" + SoftDelete + "' keeps the " + display + " rows it deletes and marks them (" + Described + "), so whether '" + candidate.Symbol.Name
                + "', which names no deleted state, leaves the marked rows out is the store's own: a global query filter hides them from every read (Admin.Core's FreeSql filter, EF Core's HasQueryFilter),"
                + " a repository may filter them in each read (Where(e => !e." + Mark + ")) or still answer them (MrCMS's Get). State SoftDelete = " + Setting + " on [InMemoryFake] when the reads show marked rows,"
                + " or write the member with the store's filter";
        }

        /// <summary>Whether the operation answers rows of the entity (or their number, or whether any exists) without writing.</summary>
        private static bool IsRead(OperationSpec operation)
            => operation switch
            {
                EntityQueryOp { Query.Kind: QueryKind.Delete } => false,
                EntitySpecificationOp { Verb: SpecificationVerb.Delete } => false,
                EntityFindOp or EntityFieldReadOp or EntityTryFindOp or EntityFindByKeyValuesOp or EntityExistsOp or EntityCountOp or EntityGetAllOp
                    or EntityQueryableOp or EntityInheritedQueryOp or EntityQueryableFuncOp or EntityRunQueryOp or EntityProjectionOp or EntityAnyOp
                    or EntitySpecificationOp or EntityQueryOp or EntityShapedListOp or EntityKeyMapOp or EntityParamsKeysListOp or EntitySingleOp
                    or EntityPagingSpecOp or EntityAggregateOp or EntityFindStoredOp => true,
                _ => false,
            };
    }
}
