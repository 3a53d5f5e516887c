using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>MissingKeyReads</c> setting of a key-value store: what a read by key whose result the signature declares not
/// null gives for a missing key. The annotation says "never null", yet stores return <c>default!</c> (Proto.Actor's
/// <c>EmptyKeyValueStore&lt;T&gt;.GetAsync</c>), so only a setting can say it; without it the read is the not-found error.
/// </summary>
internal static class MissingKeyReads
{
    /// <summary>The setting's value for <c>MissingKeyRead.Default</c>.</summary>
    public const int Default = 1;

    /// <summary>The setting's value for <c>MissingKeyRead.Empty</c>.</summary>
    public const int Empty = 2;

    /// <summary>
    /// The result of a read declared not null: default for a missing key under <c>Default</c>, <c>string.Empty</c> under
    /// <c>Empty</c> when the value read is a <c>string</c> (h-sample67: MesaMagica's Redis and in-memory stores), else the
    /// not-found error.
    /// </summary>
    public static KvGetResult Required(ParseContext context, ITypeSymbol valueType)
        => context.Settings.MissingKeyReads switch
        {
            Default => KvGetResult.DefaultWhenMissing,
            Empty when valueType.SpecialType == SpecialType.System_String => KvGetResult.EmptyWhenMissing,
            _ => KvGetResult.Required,
        };

    /// <summary>
    /// What a blob store's read of a blob's content (<c>Task&lt;byte[]&gt; GetImage(movieId, variant)</c>, a <c>Stream</c>, a
    /// <c>string</c>) gives for a blob never stored when the setting says it (session 42): <c>Default</c> null (true) for a
    /// reference result declared not null or without annotations, as MovieTheater's <c>LocalPosterImageRepository.GetImage</c>
    /// answers null though it declares <c>Task&lt;byte[]&gt;</c>; a stated <c>NotFound</c> the not-found error (false) for a
    /// result without annotations, where the signature says neither. Null when the setting decides nothing here: unstated,
    /// <c>Empty</c>, a value type (<c>ReadOnlyMemory&lt;byte&gt;</c>), or a result declared nullable, which says null itself.
    /// Marks the setting used, so <see cref="ValidateBlob"/> does not call it unused.
    /// </summary>
    public static bool? BlobRead(ParseContext context, ITypeSymbol result)
    {
        if (result.IsValueType || result.NullableAnnotation == NullableAnnotation.Annotated || !context.Settings.MissingKeyReadsStated)
        {
            return null;
        }

        bool? answer = context.Settings.MissingKeyReads switch
        {
            Default => true,
            0 when result.NullableAnnotation == NullableAnnotation.None => false,
            _ => null,
        };
        context.MissingKeyReadsUsed |= answer is not null;
        return answer;
    }

    /// <summary>
    /// IMF0010 where the setting means nothing on a blob store: a value the enum does not have, <c>Empty</c> (a key-value
    /// store's reads of strings), or no read of a blob's content that it decided (<see cref="BlobRead"/>).
    /// </summary>
    public static void ValidateBlob(ParseContext context)
    {
        var value = context.Settings.MissingKeyReads;
        if (!context.Settings.MissingKeyReadsStated || context.MissingKeyReadsUsed)
        {
            return;
        }

        var problem = value is not (0 or Default or Empty)
            ? "MissingKeyReads = " + value + " is not a MissingKeyRead (NotFound, Default or Empty)"
            : value == Empty
            ? "MissingKeyReads = MissingKeyRead.Empty: it says a key-value store's read of a string value gives string.Empty for a missing key, and " + context.InterfaceName
              + " is a blob store (Default says null for a blob never stored)"
            : value == Default
            ? "MissingKeyReads: on a blob store it says what a read of a blob's content declared not null (Task<byte[]> GetAsync(name), Stream OpenRead(name)) gives for a blob never stored, and no member of "
              + context.InterfaceName + " is one (a nullable result says it itself); remove it"
            : null;
        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }

    /// <summary>
    /// Whether a read's result declared without nullable annotations (<c>Task&lt;TResult&gt; GetAsync&lt;TResult&gt;(key)</c> in a
    /// <c>#nullable disable</c> file) is read as declared not null: only when <c>MissingKeyReads = MissingKeyRead.NotFound</c> is
    /// stated. Unstated, such a result says nothing and a missing key gives <see langword="default"/> (the documented rule); a
    /// store that throws for it (Coravel's <c>InMemoryCache.GetAsync</c>: <c>NoCacheEntryException</c>) states NotFound.
    /// </summary>
    public static bool ObliviousIsRequired(ParseContext context, ITypeSymbol result)
        => context.Settings.MissingKeyReadsStated && context.Settings.MissingKeyReads == 0
           && !result.IsValueType && result.NullableAnnotation == NullableAnnotation.None;

    /// <summary>
    /// On an entity repository under <c>MissingKeyReads = MissingKeyRead.Default</c>: a single-result lookup by other
    /// properties declared not null (a derived query, <c>Task&lt;Account&gt; GetAccountByEmail(string email)</c> under nullable
    /// annotations, or a predicate) gives <see langword="default"/> (null) when nothing matches, as the lookups by key do
    /// under the setting: the stores behind such members (<c>FirstOrDefaultAsync(a =&gt; a.Email == email)</c>) answer null
    /// whatever the annotation says (MeleknurTasli/PetCity, h-sample58). Unstated, nothing changes: the not-found error.
    /// Run before <see cref="NullFindingLookupRule"/>, so a <c>Find…</c> or <c>…OrDefault</c> so declared is generated
    /// under the setting, as a <c>Find</c> by key is.
    /// </summary>
    public static void ApplyToQueries(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        if (context.Settings.MissingKeyReads != Default)
        {
            return;
        }

        for (var i = 0; i < planned.Count; i++)
        {
            var (candidate, member) = planned[i];
            if (member.Operation is not EntityQueryOp { Query: { Kind: QueryKind.First, Single: SingleResult.Required } } op
                || candidate.Result is not { NullableAnnotation: NullableAnnotation.NotAnnotated }
                || store.Members.IndexOf(member) is var at && at < 0)
            {
                continue;
            }

            var changed = member with { Operation = op with { Query = op.Query with { Single = SingleResult.DefaultWhenMissing } } };
            store.Members[at] = changed;
            planned[i] = (candidate, changed);
        }
    }

    /// <summary>
    /// IMF0010 where the setting means nothing on an entity repository: a value the enum does not have, or no lookup
    /// declared not null (by key, <c>Task&lt;Basket&gt; GetBasketAsync(string customerId)</c> under nullable annotations, or by
    /// other properties, <c>Task&lt;Account&gt; GetAccountByEmail(string email)</c>, or a property's read by key such as
    /// <c>int GetMileage(id)</c>) that it changed.
    /// </summary>
    public static void ValidateEntity(ParseContext context, List<MemberSpec> members)
    {
        var value = context.Settings.MissingKeyReads;
        if (value == 0)
        {
            return;
        }

        string? problem = value == Empty
            ? "MissingKeyReads = MissingKeyRead.Empty: it says a key-value store's read of a string value gives string.Empty for a missing key, and "
              + context.InterfaceName + " is an entity repository, whose lookups answer an entity (Default says null); remove it"
            : value != Default
            ? "MissingKeyReads = " + value + " is not a MissingKeyRead (NotFound, Default or Empty)"
            : !context.MissingKeyReadsUsed && !members.Any(static m => m.Operation is EntityFindOp { Result: SingleResult.DefaultWhenMissing } or EntityQueryOp { Query.Single: SingleResult.DefaultWhenMissing } or EntityFieldReadOp { Result: SingleResult.DefaultWhenMissing })
                ? "MissingKeyReads: on an entity repository it says what a lookup of one entity declared not null (T GetById(id), Task<T> GetAsync(id), Task<T> GetByEmail(email) under nullable annotations, or without them in a #nullable disable file, or a property's read such as int GetMileage(id)) gives for a missing key or no match, and no member of "
                  + context.InterfaceName + " is one (a nullable result, a Find, a TryGet or a list says it itself); remove it"
                : null;
        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }

    /// <summary>
    /// IMF0010 where the setting means nothing: a value the enum does not have, a store of another kind (<paramref name="kind"/>,
    /// with its article), or a key-value store none of whose planned reads (<paramref name="members"/>) it changed.
    /// </summary>
    public static void Validate(ParseContext context, string? kind, List<MemberSpec>? members)
    {
        var value = context.Settings.MissingKeyReads;
        if (value == 0)
        {
            return;
        }

        string? problem = null;
        if (value is not (Default or Empty))
        {
            problem = "MissingKeyReads = " + value + " is not a MissingKeyRead (NotFound, Default or Empty)";
        }
        else if (kind is not null)
        {
            problem = "MissingKeyReads: it says what a key-value store's read declared not null gives for a missing key, and " + context.InterfaceName + " is " + kind;
        }
        else if (value == Empty && members is not null && !members.Any(static m => m.Operation is KvGetOp { Result: KvGetResult.EmptyWhenMissing } or KvIndexerOp { Get: { Result: KvGetResult.EmptyWhenMissing } }))
        {
            problem = "MissingKeyReads = MissingKeyRead.Empty: it says a read of a string value declared not null (Task<string> GetAsync(key)) gives string.Empty for a missing key, and no member of "
                + context.InterfaceName + " is one; remove it, or state Default";
        }
        else if (value == Default && members is not null && !context.MissingKeyReadsUsed && !members.Any(static m => m.Operation is KvGetOp { Result: KvGetResult.DefaultWhenMissing } or KvIndexerOp { Get: { Result: KvGetResult.DefaultWhenMissing } } or KvGetManyOp { Result: KvBatchResult.EveryKeyDefault }))
        {
            problem = "MissingKeyReads: it says what a read by key declared not null (T Get(key), Task<T> GetAsync(key)) or a batch read of a dictionary of nullable values (GetMany(keys) returning IDictionary<string, string?>) gives for a missing key, and no member of "
                + context.InterfaceName + " is one (a nullable result, a TryGet or a wrapped result says it itself); remove it";
        }

        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }
}
