using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The settings that state what no signature shows about an entity repository's writes: the audit properties it stamps
/// itself (<c>CreatedStamp</c>, <c>UpdatedStamp</c>, <c>UpdatedStampOnInsert</c>, <c>NotStamped</c>), and whether it refuses
/// an add whose key is already set (<c>PresetKeyOnAdd</c>). <see cref="Model"/> builds the stamps silently (the entity model
/// is built more than once); <see cref="Validate"/> reports, once per fake (or per table of a store of several types).
/// </summary>
internal static class AuditStampPlanner
{
    /// <summary>
    /// A name that says audit stamp: a creation or modification word, then a time suffix (<c>CreatedOnUtc</c>,
    /// <c>CreationTime</c>, <c>LastModificationTime</c>, <c>UpdatedAt</c>, <c>ModifiedDate</c>, <c>LastUpdatedUtc</c>), or a
    /// date word first (<c>DateCreated</c>, <c>DateModifiedUtc</c>). A bare <c>Created</c> or <c>Modified</c> is not enough.
    /// </summary>
    private static readonly Regex StampName = new(
        "^(?:(?:Created|Creation|Create|Updated|Update|LastUpdated|LastUpdate|Modified|Modification|LastModified|LastModification|Changed|LastChanged)(?:On|At|Time|Date|DateTime|Timestamp|Utc|OnUtc|AtUtc|TimeUtc|DateUtc|DateTimeUtc)"
        + "|(?:Date|Time)(?:Created|Updated|Modified|Changed)(?:Utc)?)$",
        RegexOptions.CultureInvariant);

    /// <summary>The stamps the settings name, or null when none is set or one is invalid (<see cref="Validate"/> reports it).</summary>
    public static AuditStampsSpec? Model(ParseContext context, EntityInfo entity, Func<IPropertySymbol, PropertyWriteSpec?> writer)
    {
        var settings = context.Settings;
        if (settings.CreatedStamp is null && settings.UpdatedStamp is null)
        {
            return null;
        }

        StampSpec? Stamp(string? name, out bool ok)
        {
            ok = true;
            if (name is null)
            {
                return null;
            }

            var property = Find(entity, name);
            if (property is null || StampType(context, property.Type) is not { } offset || writer(property) is not { Accessor: null } write)
            {
                ok = false;
                return null;
            }

            return new StampSpec(property.Name, write, offset);
        }

        var created = Stamp(settings.CreatedStamp, out var createdOk);
        var updated = Stamp(settings.UpdatedStamp, out var updatedOk);
        if (!createdOk || !updatedOk || (updated is not null && settings.UpdatedStampOnInsert is not (1 or 2)) || (created is not null && updated is not null && created.Property == updated.Property))
        {
            return null;
        }

        return new AuditStampsSpec(created, updated, settings.UpdatedStampOnInsert == 1);
    }

    /// <summary>
    /// Reports what is wrong with the settings for this entity (IMF0010), and IMF0025 (Info) for each property whose name says
    /// audit stamp that no setting names, when the store writes the entity.
    /// </summary>
    public static void Validate(ParseContext context, EntityInfo entity, EntitySpec? spec, IReadOnlyList<MemberSpec> members, bool oneOfSeveral = false)
    {
        var settings = context.Settings;
        void Invalid(string message)
            => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);

        var entityName = entity.Type.ToDisplayString();
        void CheckStamp(string setting, string? name)
        {
            if (name is null)
            {
                return;
            }

            var property = Find(entity, name);
            if (property is null)
            {
                Invalid(setting + " = \"" + name + "\": it is not a property of " + entityName + " (properties: " + string.Join(", ", entity.Properties.Select(static p => p.Name).OrderBy(static n => n, StringComparer.Ordinal)) + ")");
            }
            else if (StampType(context, property.Type) is null)
            {
                Invalid(setting + " = \"" + name + "\": " + entity.Type.Name + "." + property.Name + " is " + property.Type.ToDisplayString() + "; a stamp is a DateTime (written in UTC), a DateTimeOffset (offset zero) or a nullable of either");
            }
            else if (property.SetMethod is null || property.SetMethod.IsInitOnly && !(entity.Type.IsRecord || entity.Type.TypeKind == TypeKind.Struct) || !context.IsAccessible(property.SetMethod))
            {
                Invalid(setting + " = \"" + name + "\": " + entity.Type.Name + "." + property.Name + " has no setter the fake can call (a public set, or init on a record or struct); the store writes it, so the fake must too");
            }
        }

        CheckStamp("CreatedStamp", settings.CreatedStamp);
        CheckStamp("UpdatedStamp", settings.UpdatedStamp);
        if (settings.CreatedStamp is { } c && settings.UpdatedStamp is { } u && string.Equals(c, u, StringComparison.OrdinalIgnoreCase))
        {
            Invalid("CreatedStamp and UpdatedStamp both name \"" + c + "\": one property is stamped on insert and kept, or stamped on every update, not both; for a property stamped on every write, set UpdatedStamp with UpdatedStampOnInsert = StampOnInsert.Stamp");
        }

        if (settings.UpdatedStamp is not null && settings.UpdatedStampOnInsert is not (1 or 2))
        {
            Invalid("UpdatedStamp = \"" + settings.UpdatedStamp + "\": whether an insert stamps it too is the store's own (ABP and GrandNode leave it unset, an upsert that stamps every write sets it); say it with UpdatedStampOnInsert = StampOnInsert.Stamp or StampOnInsert.Leave");
        }
        else if (settings.UpdatedStamp is null && settings.UpdatedStampOnInsert != 0)
        {
            Invalid("UpdatedStampOnInsert: it says whether an insert stamps the UpdatedStamp property, and UpdatedStamp is not set");
        }

        foreach (var name in settings.NotStamped)
        {
            if (Find(entity, name) is null)
            {
                Invalid("NotStamped: \"" + name + "\" is not a property of " + entityName);
            }
        }

        if (settings.PresetKeyOnAdd is not (0 or 1 or 2 or 3))
        {
            Invalid("PresetKeyOnAdd = " + settings.PresetKeyOnAdd + " is not a PresetKeyOnAdd (Keep, Refuse, Replace or GenerateWhenUnset)");
        }
        else if (settings.PresetKeyOnAdd == 3 && (entity.Keys.Count != 1 || !TypeFacts.IsString(TypeNames.Underlying(entity.Keys[0].Type))))
        {
            Invalid("PresetKeyOnAdd = GenerateWhenUnset: the key of " + entityName + " is not a string"
                + (entity.Keys.Count == 1 ? " (" + entity.Keys[0].Type.ToDisplayString() + "), and a key the store numbers is already given to an entity added without one under the default, Keep" : "")
                + "; the setting says a store fills a null or empty string key with Guid.NewGuid().ToString(); leave it out");
        }
        else if (settings.PresetKeyOnAdd == 3 && spec is { ObjectIdKeys: true })
        {
            Invalid("PresetKeyOnAdd = GenerateWhenUnset: the key of " + entityName + " is a MongoDB ObjectId ([BsonRepresentation(BsonType.ObjectId)]), which the fake already fills when it is unset, as the driver does; leave the setting out");
        }
        else if (settings.PresetKeyOnAdd == 3 && spec is { WithKey: null })
        {
            Invalid("PresetKeyOnAdd = GenerateWhenUnset: the key of " + entityName + " has no setter the fake can call (a public set, or init on a record or struct), so an add cannot fill it");
        }
        else if (settings.PresetKeyOnAdd == 3 && !oneOfSeveral && !members.Any(static m => m.Operation is EntityAddOp or EntityUpsertOp or EntityRangeOp { Kind: RangeKind.Add }))
        {
            Invalid("PresetKeyOnAdd = GenerateWhenUnset: no member of " + context.InterfaceName + " adds an entity (Add, Insert, Create…, a range of them, or a Save/Upsert that inserts), so nothing would fill an unset key");
        }
        else if (settings.PresetKeyOnAdd == 2 && spec is { WithKey: null })
        {
            Invalid("PresetKeyOnAdd = Replace: the key of " + entityName + " is not one the store can give (a settable string, int, long or Guid, or a wrapper of one), so an add cannot replace it");
        }
        else if (settings.PresetKeyOnAdd == 2 && members.FirstOrDefault(static m => m.Operation is EntityAddOp { IfAbsent: true } or EntityAddOp { OrGet: true }) is { } conditional)
        {
            Invalid("PresetKeyOnAdd = Replace: '" + conditional.Name + "' adds only when the key is free, which a store that gives every added entity a new key never checks; write it by hand or leave the setting out");
        }
        else if (settings.PresetKeyOnAdd == 2 && !oneOfSeveral && !members.Any(static m => m.Operation is EntityAddOp))
        {
            Invalid("PresetKeyOnAdd = Replace: no member of " + context.InterfaceName + " adds an entity (Add, Insert, Create…), so nothing would replace a preset key");
        }
        else if (settings.PresetKeyOnAdd == 1 && spec is { WithKey: null })
        {
            Invalid("PresetKeyOnAdd = Refuse: the store does not number the entities it inserts (the key of " + entityName + " is not a settable int, long or Guid, or a wrapper of one), so a key set before the add is the only key it can have");
        }
        else if (settings.PresetKeyOnAdd == 1 && !oneOfSeveral && !members.Any(static m => m.Operation is EntityAddOp or EntityUpsertOp { FromUpdate: false } or EntityRangeOp { Kind: RangeKind.Add }))
        {
            // An upsert counts: its insert branch is an add, refused for a preset key that is not stored (since h-sample40).
            // An update made an upsert by MissingUpdate = Insert does not: it stores a missing entity under its own key (h-sample73).
            Invalid("PresetKeyOnAdd = Refuse: no member of " + context.InterfaceName + " adds an entity (Add, Insert, Create…, a range of them, or a Save/Upsert that inserts; an Update that MissingUpdate = Insert makes insert keeps the key it is given), so nothing would refuse a preset key");
        }

        if (settings.BlankKeysStated && entity.KeyType.SpecialType != SpecialType.System_String)
        {
            Invalid("BlankKeys: it says what a store does with an empty or white-space string key, and the key of " + entityName + " is " + entity.KeyType.ToDisplayString());
        }
        else if (settings.BlankKeysStated && settings.BlankKeys is not (0 or 2))
        {
            Invalid("BlankKeys = " + (settings.BlankKeys == 1 ? "Ignore" : settings.BlankKeys.ToString(System.Globalization.CultureInfo.InvariantCulture))
                + ": an entity repository keeps an entity whose key is empty or white space (Store: EF Core, Dapper, a SQL INSERT) or refuses it (Throw: Cosmos DB); one that drops the write is not supported");
        }

        if (!members.Any(static m => IsWrite(m.Operation)))
        {
            return;
        }

        foreach (var property in entity.Properties)
        {
            if (StampType(context, property.Type) is null || !StampName.IsMatch(property.Name)
                || Named(settings.CreatedStamp, property) || Named(settings.UpdatedStamp, property) || settings.NotStamped.Any(n => Named(n, property))
                || (spec?.Token is { } token && token.Property == property.Name) || (spec?.OtherTokens.Any(t => t.Property == property.Name) ?? false))
            {
                continue;
            }

            context.Report(DiagnosticDescriptors.UnstatedAuditStamp, context.AttributeLocation, context.InterfaceName, entity.Type.Name, property.Name, property.Type.ToDisplayString());
        }
    }

    /// <summary>IMF0010 for the entity settings on a store that is not an entity repository, or where they are not applied yet.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind, bool blankKeysApply)
    {
        var settings = context.Settings;
        void Invalid(string setting, string what)
            => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                setting + ": it says " + what + ", and " + context.InterfaceName + " is a " + kind);

        if (settings.CreatedStamp is not null)
        {
            Invalid("CreatedStamp = \"" + settings.CreatedStamp + "\"", "which entity property an entity repository stamps when it inserts");
        }

        if (settings.UpdatedStamp is not null || settings.UpdatedStampOnInsert != 0)
        {
            Invalid("UpdatedStamp", "which entity property an entity repository stamps when it updates");
        }

        if (settings.NotStamped.Length > 0)
        {
            Invalid("NotStamped", "which entity properties an entity repository does not stamp");
        }

        if (settings.PresetKeyOnAdd != 0)
        {
            Invalid("PresetKeyOnAdd", "what an entity repository's add of an entity with a key already set does");
        }

        if (!blankKeysApply && settings.BlankKeys != 0)
        {
            Invalid("BlankKeys", "what a key-value store with string keys does with a blank key");
        }
    }

    /// <summary>
    /// Whether a property's name and type say audit stamp (<c>CreatedAt</c>, <c>LastModifiedUtc</c>: a <c>DateTime</c> or
    /// <c>DateTimeOffset</c>), the class IMF0025 names and <c>CreatedStamp</c>/<c>UpdatedStamp</c> state.
    /// </summary>
    public static bool SaysStamp(ParseContext context, IPropertySymbol property)
        => StampType(context, property.Type) is not null && StampName.IsMatch(property.Name);

    private static bool IsWrite(OperationSpec operation)
        => operation is EntityAddOp or EntityUpdateOp or EntityUpsertOp or EntityRangeOp { Kind: RangeKind.Add or RangeKind.Update or RangeKind.UpdateExisting or RangeKind.Upsert };

    private static bool Named(string? name, IPropertySymbol property)
        => name is not null && string.Equals(name, property.Name, StringComparison.OrdinalIgnoreCase);

    private static IPropertySymbol? Find(EntityInfo entity, string name)
        => entity.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
            ?? entity.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the type holds a stamp: true for a <c>DateTimeOffset</c>(?), false for a <c>DateTime</c>(?), null otherwise.</summary>
    private static bool? StampType(ParseContext context, ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        if (underlying.SpecialType == SpecialType.System_DateTime)
        {
            return false;
        }

        return KnownSymbols.Is(underlying, context.Known.DateTimeOffset) ? true : null;
    }
}
