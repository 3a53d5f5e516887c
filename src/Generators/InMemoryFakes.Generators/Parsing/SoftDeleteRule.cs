using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Deletes of an entity with a deletion flag (a <c>bool</c>/<c>bool?</c> property named <c>IsDeleted</c>, <c>Deleted</c>,
/// <c>SoftDeleted</c>, <c>Removed</c>, <c>IsRemoved</c>: ABP's <c>ISoftDelete</c>, nopCommerce's <c>ISoftDeletedEntity</c>,
/// Admin.Core's <c>EntityDelete</c>, MrCMS's <c>SystemEntity</c>, ONLYOFFICE's <c>BackupRecord.Removed</c>, Datasync's
/// <c>ITableData.Deleted</c>). ABP, nopCommerce, MrCMS and ONLYOFFICE's backup store only set the flag (and leave
/// flagged rows out of some or all reads: ABP's filter hides them everywhere, nopCommerce's reads show them unless
/// <c>includeDeleted</c> is false), where Datasync's repositories and a plain EF Core repository remove the row: the signature
/// cannot say which, so such deletes are refused until <c>SoftDelete</c> on <c>[InMemoryFake]</c> states it. An interface
/// with a <c>SoftDelete…</c> member of its own says its other deletes remove the row. The narrower evidence of
/// <see cref="RepositoryHints.SoftDeleteReader"/> (an <c>includeDeleted</c> flag, <c>HardDelete…</c>, <c>…WithDeleted</c>)
/// names the reader in the same message.
/// </summary>
internal static class SoftDeleteRule
{
    /// <summary>The property names (after an optional <c>Is</c>/<c>Has</c>) that say a row is deleted.</summary>
    private static readonly string[] FlagWords = { "Deleted", "SoftDeleted", "Removed" };

    /// <summary>
    /// The names of a nullable <c>DateTime</c>/<c>DateTimeOffset</c> that say when a row was deleted, null while it is not
    /// (ABP's <c>IHasDeletionTime.DeletionTime</c>, the <c>DeletedAt</c> column of soft-delete interceptors and of Laravel's
    /// <c>SoftDeletes</c>): a deletion flag of its own, set instead of removing the row by the stores that keep one.
    /// </summary>
    private static readonly string[] DeletionTimeNames =
    {
        "DeletedAt", "DeletedAtUtc", "DeletedOn", "DeletedOnUtc", "DeletedUtc", "DeletedDate", "DeletedDateUtc", "DeletedTime", "DeletedDateTime",
        "DeletionTime", "DeletionDate", "DeletionTimeUtc", "DeletionDateUtc", "DateDeleted", "TimeDeleted", "SoftDeletedAt", "RemovedAt", "RemovedOn",
    };

    /// <summary>
    /// The rule for one entity: what makes its deletes doubtful (its deletion flag, or the interface's reads of deleted
    /// rows), or a rule that refuses nothing when neither is there or <c>SoftDelete</c> is stated.
    /// </summary>
    public static Evidence For(ParseContext context, EntityInfo entity)
    {
        if (context.Settings.SoftDelete != 0)
        {
            return new Evidence(null, null, null);
        }

        var flag = Flag(context, entity);
        var reader = RepositoryHints.SoftDeleteReader(context, entity);
        return new Evidence(flag is null && reader is null ? null : EntityParameters.EntityDisplay(entity), flag is null ? null : Describe(context, flag), reader);
    }

    /// <summary>What makes the deletes of one entity doubtful; <see cref="Entity"/> null when nothing does.</summary>
    internal sealed class Evidence
    {
        public Evidence(string? entity, string? flag, string? reader)
        {
            Entity = entity;
            Flag = flag;
            Reader = reader;
        }

        public string? Entity { get; }

        public string? Flag { get; }

        public string? Reader { get; }

        /// <summary>
        /// The IMF0001 reason for a planned member that removes rows of the entity (a <c>Delete…</c>/<c>Remove…</c>/<c>Purge…</c>/
        /// <c>Erase…</c> verb: by key, entity, keys, entities, predicate, specification, derived query or range), or null. A
        /// member of that verb that writes a field of a stored row (<c>RemoveTag(id, tag)</c>) removes no row.
        /// </summary>
        public string? Refuses(MemberCandidate candidate, Model.OperationSpec operation)
            => Entity is not null && Conventions.StartsWithAny(candidate.Verb, Conventions.DeleteVerbs) && !HardDeletes.IsHard(candidate.Symbol)
                && operation is not (Model.EntitySetFieldOp or Model.EntityUpdateWithOp or Model.EntityAccessorOp)
                ? Reason(Entity, candidate.Symbol.Name, Flag, Reader)
                : null;
    }

    /// <summary>
    /// The deletion flag of <paramref name="entity"/> (declared or inherited, <c>bool</c> or <c>bool?</c>), or null when it
    /// has none or the interface has a <c>SoftDelete…</c> member of its own (its other deletes then remove the row).
    /// </summary>
    public static IPropertySymbol? Flag(ParseContext context, EntityInfo entity)
    {
        if (context.InterfaceAndBases.Any(static t => t.GetMembers().Any(static m => m.Name.StartsWith("SoftDelete", StringComparison.Ordinal))))
        {
            return null;
        }

        return FlagOf(context, entity.Type);
    }

    /// <summary>The deletion flag property of <paramref name="type"/> (a bool flag or a nullable deletion time), or null.</summary>
    public static IPropertySymbol? FlagOf(ParseContext context, ITypeSymbol type)
    {
        foreach (var property in context.PropertiesOf(type))
        {
            if (IsDeletionTime(context, property))
            {
                return property;
            }

            var name = NameWords.StartsWithWordAndMore(property.Name, "Is")
                ? property.Name.Substring(2)
                : NameWords.StartsWithWordAndMore(property.Name, "Has")
                    ? property.Name.Substring(3)
                    : property.Name;
            if (Array.IndexOf(FlagWords, name) >= 0 && IsBoolOrNullableBool(property.Type))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="property"/> is a nullable date named as the time a row was deleted.</summary>
    private static bool IsDeletionTime(ParseContext context, IPropertySymbol property)
        => Array.IndexOf(DeletionTimeNames, property.Name) >= 0
            && property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && (nullable.TypeArguments[0].SpecialType == SpecialType.System_DateTime || KnownSymbols.Is(nullable.TypeArguments[0], context.Known.DateTimeOffset));

    /// <summary>How the message names the flag: "the deletion flag 'IsDeleted'", "the deletion time 'DeletedAt'".</summary>
    internal static string Describe(ParseContext context, IPropertySymbol flag)
        => (IsDeletionTime(context, flag) ? "the deletion time '" : "the deletion flag '") + flag.Name + "'";

    /// <summary>
    /// Why a delete or remove member of an entity with a deletion flag is refused (the IMF0001 reason): the flag, the
    /// interface's other evidence when it has some, and the setting that states it.
    /// </summary>
    private static string Reason(string entity, string member, string? flag, string? reader)
        => (flag is not null ? entity + " has " + flag : entity + " has a deletion flag")
            + (reader is not null ? " and the interface reads deleted rows (" + reader + ")" : "")
            + ", so whether '" + member + "' removes the row or only sets the flag is the store's own: ABP's repositories (ISoftDelete) set it and hide flagged rows from every read, nopCommerce's (ISoftDeletedEntity) and MrCMS set it and still show flagged rows to some reads,"
            + " CommunityToolkit.Datasync's and a plain EF Core repository remove the row. State it on [InMemoryFake]: SoftDelete = SoftDelete.None when the deletes remove the row;"
            + " deletes that set the flag (and reads that hide it) are not generated yet, so write those members";

    /// <summary>
    /// IMF0010 for a <c>SoftDelete</c> that is no value of the enum, or one stated on an entity repository whose entity has
    /// no deletion flag (the deletes are then not in doubt).
    /// </summary>
    public static void Validate(ParseContext context, EntityInfo entity)
        => Validate(context, () => FlagOf(context, entity.Type) is not null, EntityParameters.EntityDisplay(entity) + " has no deletion flag", "its deletes are");

    /// <summary>
    /// IMF0010 for a <c>SoftDelete</c> on an EF Core context interface that is no value of the enum, or <c>None</c> when no
    /// set's entity type has a deletion flag (the sets' removals are then not in doubt).
    /// </summary>
    public static void ValidateContext(ParseContext context, System.Collections.Generic.IEnumerable<ITypeSymbol> types)
        => Validate(context, () => types.Any(t => FlagOf(context, t) is not null), "no entity type of " + context.InterfaceName + "'s sets has a deletion flag", "their removals are");

    /// <summary>The value check both stores share; <paramref name="hasFlag"/> runs only for a stated <c>None</c>.</summary>
    private static void Validate(ParseContext context, Func<bool> hasFlag, string noFlag, string inDoubt)
    {
        var value = context.Settings.SoftDelete;
        if (value is not (0 or 1))
        {
            Invalid(context, "SoftDelete = " + value + " is not a SoftDelete (Unstated or None)");
        }
        else if (value != 0 && !hasFlag())
        {
            Invalid(context, "SoftDelete = None: " + noFlag
                + " (a bool IsDeleted, Deleted, SoftDeleted, Removed or IsRemoved, or a nullable deletion time such as DeletedAt or DeletionTime), so " + inDoubt + " not in doubt and the setting states nothing");
        }
    }

    /// <summary>IMF0010 for <c>SoftDelete</c> on a store that is not an entity repository.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.SoftDelete != 0)
        {
            Invalid(context, "SoftDelete: it says what an entity repository's deletes of an entity with a deletion flag do, and " + context.InterfaceName + " is a " + kind);
        }
    }

    private static bool IsBoolOrNullableBool(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_Boolean
            || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean);

    private static void Invalid(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
}
