using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>The named arguments of <c>[InMemoryFake]</c>.</summary>
internal sealed class AttributeSettings
{
    public string? Name { get; private set; }

    public int Kind { get; private set; }

    public int MaxEntries { get; private set; }

    public long MaxBytes { get; private set; }

    public int QuotaPolicy { get; private set; }

    public double DefaultTtlSeconds { get; private set; }

    public int CopyMode { get; private set; }

    public ITypeSymbol? NotFoundException { get; private set; }

    public ITypeSymbol? DuplicateKeyException { get; private set; }

    public ITypeSymbol? QuotaExceededException { get; private set; }

    public ITypeSymbol? ConcurrencyException { get; private set; }

    /// <summary>Parameter names the user said to ignore.</summary>
    public string[] IgnoredParameters { get; private set; } = System.Array.Empty<string>();

    /// <summary>UnitOfWorkWrites: 0 auto, 1 deferred, 2 immediate.</summary>
    public int UnitOfWorkWrites { get; private set; }

    /// <summary>DefaultOrder: the entity properties lists are sorted by when a member does not order them, as written.</summary>
    public string? DefaultOrder { get; private set; }

    /// <summary>Key: the entity's key property names (comma-separated, in key order), as written; null when not set.</summary>
    public string? Key { get; private set; }

    /// <summary>ByKeysOrder: 0 unstated, 1 the keys given, 2 the store's own order.</summary>
    public int ByKeysOrder { get; private set; }

    /// <summary>MissingDelete: 0 unstated, 1 ignore, 2 the not-found error.</summary>
    public int MissingDelete { get; private set; }

    /// <summary>MissingEntityDelete as written: 0 unstated (MissingDelete's value), 1 ignore, 2 the not-found error.</summary>
    public int MissingEntityDelete { get; private set; }

    /// <summary>What a removal BY ENTITY of a missing entity does: MissingEntityDelete when stated, else MissingDelete.</summary>
    public int EntityMissingDelete => MissingEntityDelete != 0 ? MissingEntityDelete : MissingDelete;

    /// <summary>MissingUpdate: 0 unstated, 1 insert (an upsert), 2 the not-found error.</summary>
    public int MissingUpdate { get; private set; }

    /// <summary>SeveralMatches: 0 unstated, 1 the first match, 2 SingleOrDefault's error.</summary>
    public int SeveralMatches { get; private set; }

    /// <summary>SoftDelete: 0 unstated, 1 the deletes remove the row (no read filter).</summary>
    public int SoftDelete { get; private set; }
    /// <summary>TakenKeyAdds: 0 unstated, 1 the duplicate-key error, 2 skip (false), 3 replace (an upsert); any other value is IMF0010.</summary>
    public int TakenKeyAdds { get; private set; }

    /// <summary>NoKeysGiven: 0 unstated, 1 every entity, 2 nothing.</summary>
    public int NoKeysGiven { get; private set; }

    /// <summary>ByKeysMissing: 0 unstated, 1 a key without an entity gives nothing, 2 the not-found error unless every key gives one.</summary>
    public int ByKeysMissing { get; private set; }

    /// <summary>ExistingBlobWrites: 0 a write without an overwrite parameter replaces, 1 refuses; any other value is IMF0010.</summary>
    public int ExistingBlobWrites { get; private set; }

    /// <summary>NullValueWrites: 0 a null value is ArgumentNullException, 1 removes the key, 2 is kept; any other value is IMF0010.</summary>
    public int NullValueWrites { get; private set; }

    /// <summary>BlobListings: 0 unstated (a nested name throws), 1 flat, 2 top level; any other value is IMF0010.</summary>
    public int BlobListings { get; private set; }

    /// <summary>TextLookups: 0 unstated (equality, IMF0030), 1 equality, 2 an ordinal Contains; any other value is IMF0010.</summary>
    public int TextLookups { get; private set; }

    /// <summary>MissingKeyReads: 0 the not-found error, 1 default; any other value is IMF0010.</summary>
    public int MissingKeyReads { get; private set; }

    /// <summary>Whether MissingKeyReads is stated on the attribute (a stated NotFound also governs oblivious reads).</summary>
    public bool MissingKeyReadsStated { get; private set; }

    /// <summary>GenericReads: 0 no conversion (another type is a cast error), 1 Convert.ChangeType (invariant culture), 2 another type reads as default; any other value is IMF0010.</summary>
    public int GenericReads { get; private set; }

    /// <summary>CreatedStamp: the entity property stamped on insert, as written; null when not set.</summary>
    public string? CreatedStamp { get; private set; }

    /// <summary>UpdatedStamp: the entity property stamped on every replace, as written; null when not set.</summary>
    public string? UpdatedStamp { get; private set; }

    /// <summary>UpdatedStampOnInsert: 0 unstated, 1 an insert stamps it too, 2 an insert leaves it as given.</summary>
    public int UpdatedStampOnInsert { get; private set; }

    /// <summary>NotStamped: entity properties the store does not stamp (silences IMF0025).</summary>
    public string[] NotStamped { get; private set; } = System.Array.Empty<string>();

    /// <summary>PresetKeyOnAdd: 0 keep the given key, 1 refuse (InvalidOperationException).</summary>
    public int PresetKeyOnAdd { get; private set; }

    /// <summary>StringKeys: 0 ordinal, 1 ordinal ignoring case.</summary>
    public int StringKeys { get; private set; }

    /// <summary>BlankKeys: 0 a key like any other, 1 ignored, 2 ArgumentException.</summary>
    public int BlankKeys { get; private set; }

    /// <summary>Whether BlankKeys is stated (Store, 0, is also its default): an entity repository keeps blank keys only when told.</summary>
    public bool BlankKeysStated { get; private set; }

    /// <summary>
    /// These settings with <c>Kind</c> stated as <paramref name="kind"/> (1 an entity repository): what the attribute would say
    /// with that one setting added, for a refusal that offers it (FakeParser.GeneratedAsRepository).
    /// </summary>
    public AttributeSettings WithKind(int kind)
    {
        var copy = (AttributeSettings)MemberwiseClone();
        copy.Kind = kind;
        return copy;
    }

    public StoreKindModel? ForcedKind => Kind switch
    {
        1 => StoreKindModel.EntityRepository,
        2 => StoreKindModel.KeyValue,
        3 => StoreKindModel.Blob,
        _ => null,
    };

    public static AttributeSettings Read(AttributeData attribute)
    {
        var settings = new AttributeSettings();
        foreach (var argument in attribute.NamedArguments)
        {
            // TypedConstant.Value throws for an array (IgnoredParameters): read Values there.
            var value = argument.Value.Kind == TypedConstantKind.Array ? null : argument.Value.Value;
            switch (argument.Key)
            {
                case "Name":
                    settings.Name = value as string;
                    break;
                case "Kind":
                    settings.Kind = value is int kind ? kind : 0;
                    break;
                case "MaxEntries":
                    settings.MaxEntries = value is int entries ? entries : 0;
                    break;
                case "MaxBytes":
                    settings.MaxBytes = value is long bytes ? bytes : value is int small ? small : 0;
                    break;
                case "QuotaPolicy":
                    settings.QuotaPolicy = value is int policy ? policy : 0;
                    break;
                case "DefaultTtlSeconds":
                    settings.DefaultTtlSeconds = value is double seconds ? seconds : value is int whole ? whole : 0;
                    break;
                case "CopyMode":
                    settings.CopyMode = value is int mode ? mode : 0;
                    break;
                case "NotFoundException":
                    settings.NotFoundException = value as ITypeSymbol;
                    break;
                case "DuplicateKeyException":
                    settings.DuplicateKeyException = value as ITypeSymbol;
                    break;
                case "QuotaExceededException":
                    settings.QuotaExceededException = value as ITypeSymbol;
                    break;
                case "ConcurrencyException":
                    settings.ConcurrencyException = value as ITypeSymbol;
                    break;
                case "IgnoredParameters":
                    settings.IgnoredParameters = argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull
                        ? System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OfType<string>(System.Linq.Enumerable.Select(argument.Value.Values, static v => v.Value)))
                        : System.Array.Empty<string>();
                    break;
                case "UnitOfWorkWrites":
                    settings.UnitOfWorkWrites = value is int writes ? writes : 0;
                    break;
                case "DefaultOrder":
                    settings.DefaultOrder = value as string;
                    break;
                case "Key":
                    settings.Key = value as string;
                    break;
                case "ByKeysOrder":
                    settings.ByKeysOrder = value is int byKeys ? byKeys : 0;
                    break;
                case "MissingDelete":
                    settings.MissingDelete = value is int missing ? missing : 0;
                    break;
                case "MissingUpdate":
                    settings.MissingUpdate = value is int missingUpdate ? missingUpdate : 0;
                    break;
                case "SeveralMatches":
                    settings.SeveralMatches = value is int several ? several : 0;
                    break;
                case "SoftDelete":
                    settings.SoftDelete = value is int softDelete ? softDelete : 0;
                    break;
                case "TakenKeyAdds":
                    settings.TakenKeyAdds = value is int takenKey ? takenKey : 0;
                    break;
                case "MissingEntityDelete":
                    settings.MissingEntityDelete = value is int missingEntity ? missingEntity : 0;
                    break;
                case "NoKeysGiven":
                    settings.NoKeysGiven = value is int noKeys ? noKeys : 0;
                    break;
                case "ByKeysMissing":
                    settings.ByKeysMissing = value is int byKeysMissing ? byKeysMissing : 0;
                    break;
                case "CreatedStamp":
                    settings.CreatedStamp = value as string;
                    break;
                case "UpdatedStamp":
                    settings.UpdatedStamp = value as string;
                    break;
                case "UpdatedStampOnInsert":
                    settings.UpdatedStampOnInsert = value is int onInsert ? onInsert : 0;
                    break;
                case "NotStamped":
                    settings.NotStamped = argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull
                        ? System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OfType<string>(System.Linq.Enumerable.Select(argument.Value.Values, static v => v.Value)))
                        : System.Array.Empty<string>();
                    break;
                case "PresetKeyOnAdd":
                    settings.PresetKeyOnAdd = value is int preset ? preset : 0;
                    break;
                case "StringKeys":
                    settings.StringKeys = value is int stringKeys ? stringKeys : 0;
                    break;
                case "BlankKeys":
                    settings.BlankKeys = value is int blank ? blank : 0;
                    settings.BlankKeysStated = true;
                    break;
                case "GenericReads":
                    settings.GenericReads = value is int reads ? reads : 0;
                    break;
                case "ExistingBlobWrites":
                    settings.ExistingBlobWrites = value is int existingBlob ? existingBlob : 0;
                    break;
                case "NullValueWrites":
                    settings.NullValueWrites = value is int nullWrites ? nullWrites : 0;
                    break;
                case "BlobListings":
                    settings.BlobListings = value is int blobListings ? blobListings : 0;
                    break;
                case "TextLookups":
                    settings.TextLookups = value is int textLookups ? textLookups : 0;
                    break;
                case "MissingKeyReads":
                    settings.MissingKeyReads = value is int missingRead ? missingRead : 0;
                    settings.MissingKeyReadsStated = true;
                    break;
            }
        }

        return settings;
    }
}
