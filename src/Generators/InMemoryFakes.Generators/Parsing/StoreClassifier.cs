using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>What kind of store an interface is, and the types it stores: decided from all members together.</summary>
internal sealed class StoreClassification
{
    public StoreClassification(StoreKindModel kind, EntityInfo? entity)
    {
        Kind = kind;
        Entity = entity;
    }

    public StoreKindModel Kind { get; }

    public EntityInfo? Entity { get; }
}

/// <summary>
/// Decides the store kind (<c>Kind =</c> on the attribute forces it). An entity repository when an entity type with a
/// key is what the members are about: every member votes for the type it is about, with a weight that says how sure
/// the vote is (a write of the type or a list of it: 2; a delete of it, or a query about it: 1), and the type with the
/// most weight is the entity; a tie goes to a type with a key, then to the name that sorts first, so member order never
/// matters. A type whose only votes are weak (a <c>Remove(T)</c> that may as well take a key) is no entity. Otherwise a
/// blob store when byte content dominates, else a key-value store.
/// </summary>
internal static class StoreClassifier
{
    public static StoreClassification? Classify(ParseContext context, StoreKindModel? forced, List<MemberCandidate> candidates)
    {
        var kind = forced;
        EntityInfo? entity = null;
        Tally? weakEntity = null;
        if (kind is null or StoreKindModel.EntityRepository)
        {
            var liberal = kind == StoreKindModel.EntityRepository;
            var tally = new List<Tally>();
            foreach (var candidate in candidates)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (var (type, weight) in EntityVotes(context, candidate, liberal))
                {
                    var index = tally.FindIndex(t => SymbolEqualityComparer.Default.Equals(t.Type, type));
                    if (index < 0)
                    {
                        tally.Add(new Tally(type, weight, candidate.Location, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
                    }
                    else
                    {
                        tally[index].Add(weight);
                    }
                }
            }

            MergeKeyTypes(context, tally, candidates);
            if (!liberal)
            {
                tally.RemoveAll(t => CachedUnderGivenKey(context, t.Type, candidates));
            }

            foreach (var entry in tally)
            {
                entry.Entity = EntityInfo.TryGet(context, entry.Type);
            }

            if (!liberal)
            {
                var queryOnly = QueryOnlyEntity(tally);
                weakEntity = tally.Where(static t => t.Strongest < 2 && t.Entity is not null && t.Type.TypeKind != TypeKind.TypeParameter)
                    .OrderByDescending(static t => t.Weight).ThenBy(static t => t.Name, StringComparer.Ordinal).FirstOrDefault();
                tally.RemoveAll(static t => t.Strongest < 2);
                if (tally.Count == 0 && queryOnly is not null && BlobScore(context, candidates) == 0 && KeyValueScore(context, candidates) == 0)
                {
                    tally.Add(queryOnly);
                }
            }

            tally.Sort(static (a, b) =>
            {
                var byWeight = b.Weight.CompareTo(a.Weight);
                if (byWeight != 0)
                {
                    return byWeight;
                }

                var byKey = (b.Entity is not null).CompareTo(a.Entity is not null);
                return byKey != 0 ? byKey : string.CompareOrdinal(a.Name, b.Name);
            });

            var top = tally.Count > 0 ? tally[0] : null;
            entity = top?.Entity;
            var keyValueOrBlob = BlobScore(context, candidates) > 0 || KeyValueScore(context, candidates) > 0;
            // A top entity with a key of its own makes this an entity repository below whatever the key-value score, so the
            // setting keys it then too (WCF's ISecurityContextSecurityTokenCache: its tokens have an Id, the cache keys them
            // by ContextId and KeyGeneration; skipping the setting there kept the Id without a word).
            if (context.Settings.Key is { } declared && top is not null && (kind == StoreKindModel.EntityRepository || !keyValueOrBlob || top.Entity is not null))
            {
                // The Key setting states the key the entity's names and the members cannot (eShop's CustomerBasket, keyed by BuyerId).
                if (DeclaredKey(context, top.Type, declared) is not { } keyed)
                {
                    return null;
                }

                entity = keyed;
            }

            if (entity is null && top is not null && (kind == StoreKindModel.EntityRepository || !keyValueOrBlob))
            {
                // Only where IMF0009 would be the answer: a key the interface's own members prove (a single-entity read
                // and a removal by the same properties). A store the members call key-value or blob is never re-read here.
                entity = ProvenKeys.Entity(context, top.Type, candidates);
            }

            if (entity is null && top is not null && (kind == StoreKindModel.EntityRepository || !keyValueOrBlob))
            {
                if (top.Type.TypeKind == TypeKind.Interface)
                {
                    ReportStoredInterface(context, top, tally);
                }
                else if (top.Type is ITypeParameterSymbol)
                {
                    context.Report(DiagnosticDescriptors.OpenGenericWithoutKey, IdentifierLocation(context), context.Interface.ToDisplayString(), OpenGenericKeyCause(context, (ITypeParameterSymbol)top.Type));
                }
                else
                {
                    var cause = ComputedKeyRule.Cause(top.Type, candidates);
                    cause = cause.Length > 0 ? cause : SingleDocumentsRule.Cause(top.Type, candidates, context.InterfaceName);
                    cause = cause.Length > 0 ? cause : UnreadKeylessTypeRule.Cause(top.Type, candidates, context.InterfaceName);
                    context.Report(DiagnosticDescriptors.EntityWithoutKey, top.Where, top.Type.Name, context.InterfaceName,
                        cause.Length > 0 ? cause : KeylessListingRule.Cause(top.Type, candidates, context.InterfaceName));
                }

                return null;
            }

            if (entity is null && kind == StoreKindModel.EntityRepository && KeyTypes.StoredInterface(context, candidates) is { } stored)
            {
                // Kind = EntityRepository over an interface (Umbraco's Save(IKeyValue)): "(none)" would hide what blocks.
                context.Report(DiagnosticDescriptors.StoredInterface, context.AttributeLocation, context.InterfaceName, "'" + stored.Stored.Name + "', an interface",
                    " (" + KeyTypes.Signature(stored.Write) + " writes it), so Kind = EntityRepository" + (context.Settings.Key is not null ? " and Key have" : " has") + " nothing to key",
                    "remove " + (context.Settings.Key is not null ? "them" : "it") + " to fake " + context.InterfaceName + " as the store its members describe, and implement the members that take " + stored.Stored.Name + " in its partial class");
                return null;
            }

            if (entity is null && kind == StoreKindModel.EntityRepository)
            {
                // No member is about any type at all: IMF0009 said "Entity type '(none)' … name it Id or (none)Id".
                context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                    "Kind = EntityRepository, but no member of " + context.InterfaceName + " reads or writes an entity (a class, record or struct it could store); "
                    + "remove Kind to let the members decide the store kind");
                return null;
            }

            if (entity is not null)
            {
                kind = StoreKindModel.EntityRepository;
            }
        }

        var unvoted = false;
        var scoredNothing = false;
        if (kind is null)
        {
            // The scores once: they pick the kind, and both at nothing (with no store verb) make the pick a default.
            var blobScore = BlobScore(context, candidates);
            var keyValueScore = KeyValueScore(context, candidates);
            // A write named by a key-value verb and the value's type, with a place for the key (h-kvjson37: Jellyfin's
            // SaveKeyframeDataAsync(itemId, data)), is the members' word for a key-value store, not a default.
            scoredNothing = blobScore <= 0 && keyValueScore <= 0 && !candidates.Exists(c => WritesOrReadsNamedValue(context, c, candidates));
            unvoted = forced is null && blobScore <= 0 && keyValueScore <= 0 && !HasStoreVerb(context, candidates);
            kind = blobScore > keyValueScore ? StoreKindModel.Blob : StoreKindModel.KeyValue;
        }

        if (forced is null && kind == StoreKindModel.KeyValue && weakEntity?.Entity is { } unproven)
        {
            context.KindNote = WeakEntityNote(context, unproven);
            var reading = FakeParser.ReadAsRepository(context, context.Render(unproven.Type));
            context.KindNoteMembers = reading.Generated;
            if (scoredNothing && !NamesCache(context))
            {
                // Session 40: nothing but the verbs both kinds share (Get, Delete, Count…) made it a key-value store, so a member
                // the repository reading refuses too is refused for that reading's cause, after why no entity was taken.
                context.DefaultKeyValueCause = WeakEntityCause(context, unproven);
                context.DefaultKeyValueEntity = unproven.Type.Name;
                context.RepositoryRefusals = reading.Refusals;
            }
        }
        else if (forced is null && kind == StoreKindModel.KeyValue && scoredNothing && !unvoted && !NamesCache(context))
        {
            // Session 40: only the verbs both kinds share made it a key-value store, and no type with a key was in the members;
            // the key-value planner says why its value type is no entity (KeyValuePlanner.DefaultReadingCause).
            context.KeyValueByDefault = true;
        }
        else if (unvoted)
        {
            // Session 36: an interface no member makes any kind of store (GraphDevxApi's IOpenApiService, computations over
            // OpenAPI documents) is read by the key-value conventions, the default; its refusals no longer name a kind it is not.
            context.KindUnvoted = true;
            context.KindNote = "; nothing in " + context.InterfaceName + " says which kind of store it is (no member has a verb only a key-value store has, such as Set, Increment or Expire, or a time to live, nor a blob verb, nor an entity with a key that members add, read or remove), so its members were read by the key-value store's conventions, the default";
        }

        return new StoreClassification(kind.Value, entity);
    }

    /// <summary>
    /// Whether the interface's name says Cache (<c>IImageCache</c>, <c>IWorkingBeatmapCache</c>): there the key-value reading is
    /// what every reader expects, so its refusals do not begin with why no entity was taken (session 41, the lead's decision on
    /// h-cause40's prefix: true of NuGetGallery's, osu!'s, OpenRA's and StabilityMatrix's caches, and adding nothing).
    /// </summary>
    internal static bool NamesCache(ParseContext context) => context.Interface.Name.EndsWith("Cache", StringComparison.Ordinal);

    /// <summary>
    /// What every refusal of a key-value store says when a type with a key of its own was in the members but none proved it
    /// the rows of a repository (a loose-parameter ITodoItemService: Get(id, user), List(showAll, user), Edit(item, user),
    /// no add or update of a whole TodoItem): the store kind was read, not stated, and the setting that states the other
    /// (session 26; before, its messages spoke of "the key-value store" as if the user had said so).
    /// </summary>
    private static string WeakEntityNote(ParseContext context, EntityInfo entity)
        => "; " + context.InterfaceName + " was read as a key-value store, not as a repository of " + entity.Type.Name + " (which has a key, " + EntityParameters.KeyDescription(entity)
            + "), because no member proves " + entity.Type.Name + " its rows: none adds or updates a whole one (Add, Update, Save…), lists every one, or reads one by its key alone; if it is a repository of "
            + entity.Type.Name + ", Kind = StoreKind.EntityRepository on [InMemoryFake] reads it as one";

    /// <summary>
    /// Why an interface that only the verbs both kinds share made a key-value store was not read as a repository of the type
    /// with a key its members are about (session 40), said first in the refusals the repository reading would not lift:
    /// before, <c>IAuditLogManager.GetListAsync(sorting, maxResultCount, skipCount, startTime, …)</c> said "'GetList' is not a
    /// known verb … no noun of this store (its values' type AuditLog…)", a key-value store's cause of a list read of logs.
    /// </summary>
    internal static string WeakEntityCause(ParseContext context, EntityInfo entity)
        => context.InterfaceName + " was read as a key-value store, not as a repository of " + entity.Type.Name + " (which has a key, " + EntityParameters.KeyDescription(entity)
            + "), because no member proves " + entity.Type.Name + " its rows (none adds or updates a whole one, lists every one, or reads one by its key alone)";

    /// <summary>
    /// The entity keyed by the properties the <c>Key</c> setting names (comma-separated, in key order), or null after
    /// IMF0010 when a name is no readable property of the entity, is named twice, or the entity is a type parameter.
    /// </summary>
    private static EntityInfo? DeclaredKey(ParseContext context, ITypeSymbol type, string declared)
    {
        type = TypeNames.Underlying(type);
        string? problem = null;
        var keys = new List<IPropertySymbol>();
        if (type is ITypeParameterSymbol || !TypeFacts.IsEntityCandidateType(type))
        {
            problem = "the entity " + type.ToDisplayString() + " is not a type whose properties it can name";
        }
        else
        {
            var properties = context.PropertiesOf(type);
            foreach (var part in declared.Split(','))
            {
                var name = part.Trim();
                var property = properties.FirstOrDefault(p => p.Name == name);
                if (property is null || property.GetMethod is null)
                {
                    problem = "'" + name + "' is not a property of " + type.Name + " (properties: " + string.Join(", ", properties.Select(static p => p.Name).OrderBy(static n => n, StringComparer.Ordinal)) + ")";
                    break;
                }

                if (keys.Contains(property, SymbolEqualityComparer.Default))
                {
                    problem = "'" + name + "' is named twice";
                    break;
                }

                keys.Add(property);
            }
        }

        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, "Key = \"" + declared + "\": " + problem);
            return null;
        }

        return EntityInfo.WithKeys(context, type, keys);
    }

    /// <summary>
    /// A repository that only reads (no write of its entity, no parameterless list): every vote is weak, yet when two or
    /// more members are about one type with a key (lists of it filtered by its properties, derived queries over it) and
    /// nothing else has a vote, that type is what the interface stores. Each member is still planned on its own, so a
    /// member the conventions cannot prove stays a diagnostic; only the store kind is decided here.
    /// </summary>
    private static Tally? QueryOnlyEntity(List<Tally> tally)
    {
        Tally? only = null;
        foreach (var entry in tally)
        {
            if (entry.Strongest >= 2)
            {
                return null;
            }

            if (entry.Entity is null || entry.Weight < 2)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = entry;
        }

        return only;
    }

    /// <summary>
    /// A keyless type the interface reads another type by (<see cref="KeyTypes.KeyedBy"/>) is that type's key, not an entity:
    /// its votes go to the type it keys, so the message names what is stored (quartznet's JobKey is IJobDetail's key).
    /// </summary>
    private static void MergeKeyTypes(ParseContext context, List<Tally> tally, List<MemberCandidate> candidates)
    {
        for (var i = tally.Count - 1; i >= 0; i--)
        {
            if (KeyTypes.KeyedBy(context, tally[i].Type, candidates) is not { } keyed)
            {
                continue;
            }

            var key = tally[i];
            tally.RemoveAt(i);
            var index = tally.FindIndex(t => SymbolEqualityComparer.Default.Equals(t.Type, keyed.Keyed));
            if (index < 0)
            {
                tally.Add(new Tally(keyed.Keyed, key.Strongest, key.Where, keyed.Keyed.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)) { KeyEvidence = (key.Type, keyed.Read, keyed.Property) });
                index = tally.Count - 1;
                tally[index].Add(key.Weight - key.Strongest);
            }
            else
            {
                tally[index].Add(key.Weight);
                tally[index].KeyEvidence ??= (key.Type, keyed.Read, keyed.Property);
            }
        }
    }

    /// <summary>IMF0024 for an inferred entity that is an interface, naming every interface the members store.</summary>
    private static void ReportStoredInterface(ParseContext context, Tally top, List<Tally> tally)
    {
        var stored = tally.Where(t => t.Type.TypeKind == TypeKind.Interface && t.Strongest >= top.Strongest).Select(static t => "'" + t.Type.Name + "'").ToList();
        var what = stored.Count == 1 ? stored[0] + ", an interface" : string.Join(", ", stored.Take(stored.Count - 1)) + " and " + stored[stored.Count - 1] + ", interfaces";
        var why = top.KeyEvidence is { } evidence
            ? " (" + KeyTypes.Signature(evidence.Read) + " reads one " + top.Type.Name + " by the " + evidence.Key.Name + " its property " + evidence.Property.Name + " holds: " + evidence.Key.Name + " is its key, not an entity)"
            : "";
        context.Report(DiagnosticDescriptors.StoredInterface, top.Where, context.InterfaceName, what, why,
            "when you own " + context.InterfaceName + ", declare its members over a class, record or struct that implements " + top.Type.Name + "; otherwise write its fake by hand");
    }

    private static Location? IdentifierLocation(ParseContext context)
        => context.Target.TargetNode is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.Target.TargetNode.GetLocation();

    /// <summary>The types a member is about, with how sure that is (see the class summary).</summary>
    private static IEnumerable<(ITypeSymbol Type, int Weight)> EntityVotes(ParseContext context, MemberCandidate candidate, bool liberal)
    {
        if (candidate.Method is null)
        {
            // IEnumerable<Pie> AllPies { get; } (Bethany's Pie Shop): a get-only property listing a type is about it, as a
            // parameterless list method is.
            if (candidate.Property is { GetMethod: not null, SetMethod: null, IsIndexer: false } listing && candidate.Result is { } listed
                && TypeFacts.ElementType(context.Known, TypeNames.Underlying(listed)) is { } item && TypeFacts.IsEntityCandidateType(TypeNames.Underlying(item)))
            {
                yield return (TypeNames.Underlying(item), 2);
            }

            yield break;
        }

        var known = context.Known;
        var verb = candidate.Verb;
        // InsertAsync(entity, bool publishEvent = true) writes the entity as InsertAsync(entity) does (nopCommerce's repositories).
        var written = candidate.Parameters.Where(static p => !RepositoryHints.IsEventSwitch(p)).ToArray();
        // A Try add (TryAddAsync(record)) writes the entity as Add does; without its vote an entity keyed by a property named
        // Key lost to the key-value reading, whose lone-value write refused it (h-everyday2's IIdempotencyStore).
        if (written.Length == 1 && (Conventions.StartsWithAny(verb, Conventions.EntityWriteVerbPrefixes) || Conventions.AddIfAbsentNoun(verb) is not null))
        {
            var parameterType = TypeNames.Underlying(written[0].Type);
            var weak = NameWords.StartsWithWord(verb, "Delete") || NameWords.StartsWithWord(verb, "Remove");
            if (TypeFacts.IsEntityCandidateType(parameterType))
            {
                yield return (parameterType, weak ? 1 : 2);
            }
            else if (TypeFacts.ElementType(known, parameterType) is { } element && TypeFacts.IsEntityCandidateType(element))
            {
                yield return (TypeNames.Underlying(element), 2);
            }
        }

        // A list of T is about T: surely so without parameters (every T) or with paging only (every T, one page at a time:
        // Ardalis' ListAsync(page, perPage) returning a PagedResult<T> filled by member names), weakly with others (a
        // filtered list may be a projection).
        if (candidate.Result is { } result)
        {
            var element = candidate.Shape == ReturnShape.AsyncEnumerable ? result
                : TypeFacts.ElementType(known, TypeNames.Underlying(result)) ?? PagedResults.ElementOf(context, TypeNames.Underlying(result));
            if (element is not null && TypeFacts.IsEntityCandidateType(TypeNames.Underlying(element)))
            {
                yield return (TypeNames.Underlying(element), candidate.Parameters.Length == 0 || QueryBinder.IsPaging(context, candidate.Parameters) ? 2 : 1);
            }
        }

        // A function over the entity's query (GetAsync(Func<IQueryable<T>, IQueryable<T>> func), ABP's Query<TResult>(Func<
        // IQueryable<T>, TResult>)) is about T: the real store runs it over its table, never keys anything by it.
        foreach (var parameter in candidate.Parameters)
        {
            if (QueryShapers.QueriedType(known, parameter.Type) is { } queried && TypeFacts.IsEntityCandidateType(queried) && EntityInfo.TryGet(context, queried) is not null)
            {
                yield return (queried, 2);
                break;
            }
        }

        // A derived query or predicate method is about the entity it returns (or filters), key or no key parameter.
        ITypeSymbol? subject = null;
        foreach (var parameter in candidate.Parameters)
        {
            if (TypeFacts.PredicateKind(known, parameter.Type, null, out var over) != PredicateForm.None)
            {
                subject = over;
                break;
            }
        }

        if (subject is not null || QueryNameParser.IsDerivedQueryName(verb))
        {
            if (subject is null && candidate.Result is { } returned)
            {
                var type = TypeNames.Underlying(returned);
                subject = candidate.Shape == ReturnShape.AsyncEnumerable ? type
                    : KnownSymbols.Is(type, known.Page) ? ((INamedTypeSymbol)type).TypeArguments[0]
                    : TypeFacts.ElementType(known, type) ?? type;
            }

            if (subject is not null && TypeFacts.IsEntityCandidateType(TypeNames.Underlying(subject)) && EntityInfo.TryGet(context, subject) is not null)
            {
                yield return (TypeNames.Underlying(subject), 1);
            }
        }

        if (candidate.Parameters.Length >= 1 && candidate.Result is { } read && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            var type = TypeNames.Underlying(read);
            if (TypeFacts.IsEntityCandidateType(type))
            {
                if (liberal)
                {
                    yield return (type, 1);
                }
                else if (EntityInfo.TryGet(context, type) is { } entity && entity.KeyParametersMatch(context, candidate.Parameters))
                {
                    yield return (type, 2);
                }
            }
        }
    }

    /// <summary>
    /// A write of a value under a key the caller gives beside it, for a time to live (<c>Set(string key, T item, TimeSpan
    /// expiration)</c>: Duende IdentityServer's <c>ICache&lt;T&gt;</c>, Squidex's <c>IQueryCache</c>): the store is a cache of
    /// the type keyed by what the write is given, not a repository keyed by the type's own properties, whatever key the
    /// type has (a Client's ClientId). No entity repository writes for a time to live; a key beside the entity without
    /// one (<c>Update(string id, T entity)</c>) is left to the entity conventions.
    /// </summary>
    private static bool CachedUnderGivenKey(ParseContext context, ITypeSymbol type, List<MemberCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Method is null || candidate.Parameters.Length != 3
                || Conventions.KeyValueVerbOf(candidate.Verb) is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace)
                || TypeFacts.SameType(TypeNames.Underlying(candidate.Parameters[0].Type), TypeNames.Underlying(type))
                || !TypeFacts.SameType(TypeNames.Underlying(candidate.Parameters[1].Type), TypeNames.Underlying(type))
                || !TtlPlanner.IsTtl(context, candidate.Parameters[2]))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>How much the members say "blob store".</summary>
    public static int BlobScore(ParseContext context, List<MemberCandidate> candidates)
    {
        var known = context.Known;
        var score = 0;
        var bytes = false;
        // A keyless Url votes only beside a blob's content (IsKeylessUrl).
        var urlsWithoutContent = candidates.Exists(IsKeylessUrl) && !HasBlobContent(context, candidates);
        var contentVotes = HasBlobVerb(context, candidates);
        foreach (var candidate in candidates)
        {
            if (Conventions.StartsWithWord(candidate.Verb, Conventions.BlobVerbPrefixes) && !OpensNoContent(context, candidate)
                && !(urlsWithoutContent && IsKeylessUrl(candidate)))
            {
                score += 2;
            }

            void Count(ITypeSymbol type)
            {
                type = TypeNames.Underlying(type);
                if (KnownSymbols.Is(type, known.Stream) || TypeFacts.IsReadOnlyMemoryOfByte(known, type) || KnownSymbols.Is(type, known.BlobProperties))
                {
                    score += contentVotes ? 2 : 0;
                }
                else if (TypeFacts.IsByteArray(type))
                {
                    bytes = true;
                }
            }

            foreach (var parameter in candidate.Parameters)
            {
                Count(parameter.Type);
            }

            if (candidate.Result is { } result)
            {
                Count(result);
            }

            foreach (var parameter in candidate.Parameters)
            {
                if (Conventions.NameIn(parameter.Name, Conventions.BlobParameterNames))
                {
                    score += 2;
                    break;
                }
            }
        }

        return score + (bytes ? 1 : 0);
    }

    /// <summary>
    /// A <c>Url</c> that takes no key (SignalR's <c>IConnection.Url { get; }</c>, an endpoint's or a client's own address): the
    /// address of the thing itself, where a blob store's <c>GetUrl(name)</c> gives one per blob. It says "blob store" only
    /// beside members that carry a blob's content (<see cref="HasBlobContent"/>); before session 35 its vote alone made
    /// SignalR's <c>IHubConnection</c> a blob store, whose 38 refusals all spoke of blobs.
    /// </summary>
    private static bool IsKeylessUrl(MemberCandidate candidate)
        => candidate.Parameters.Length == 0 && Conventions.StartsWithWord(candidate.Verb, UrlVerbs);

    private static readonly string[] UrlVerbs = { "Url", "GetUrl" };

    /// <summary>
    /// Whether a member carries a blob's content: a <c>Stream</c>, bytes (<c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>) or
    /// blob properties in its signature, or a verb that moves content (<c>Upload</c>, <c>Download</c>, <c>OpenRead</c>,
    /// <c>GetBytes</c>, <c>ReadAllBytes</c>).
    /// </summary>
    private static bool HasBlobContent(ParseContext context, List<MemberCandidate> candidates)
    {
        var known = context.Known;
        bool Carries(ITypeSymbol type)
        {
            type = TypeNames.Underlying(type);
            return KnownSymbols.Is(type, known.Stream) || TypeFacts.IsReadOnlyMemoryOfByte(known, type) || KnownSymbols.Is(type, known.BlobProperties) || TypeFacts.IsByteArray(type);
        }

        foreach (var candidate in candidates)
        {
            if (Conventions.StartsWithWord(candidate.Verb, ContentVerbs) || candidate.Parameters.Any(p => Carries(p.Type)) || candidate.Result is { } result && Carries(result))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ContentVerbs = { "Upload", "Download", "OpenRead", "GetBytes", "ReadAllBytes" };

    /// <summary>
    /// An <c>Open</c> that hands out no content (MASA Blazor's <c>IPopupService.Open(Type componentType, parameters)</c>, a
    /// window, a connection, a dialog) is no blob read: <c>Open</c> says "blob store" only when it returns a stream or bytes
    /// (<c>Stream Open(name)</c>). Its vote made a popup service a blob store, whose refusals spoke of blobs.
    /// </summary>
    private static bool OpensNoContent(ParseContext context, MemberCandidate candidate)
    {
        if (!candidate.Verb.StartsWith("Open", StringComparison.Ordinal) || candidate.Verb.StartsWith("OpenRead", StringComparison.Ordinal))
        {
            return false;
        }

        if (candidate.Result is not { } result)
        {
            return true;
        }

        var type = TypeNames.Underlying(result);
        if (TypeFacts.IsByteArray(type) || TypeFacts.IsReadOnlyMemoryOfByte(context.Known, type))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, context.Known.Stream))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a member's verb (without a noun of the interface's subject) is a key-value or blob verb. With both scores at
    /// nothing and no such verb, no member votes for any store kind: the key-value reading is a default, not the members' word.
    /// </summary>
    private static bool HasStoreVerb(ParseContext context, List<MemberCandidate> candidates)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        VerbNouns.AddSubjectNouns(nouns, VerbNouns.Subject(context.InterfaceName));
        return candidates.Exists(c => Conventions.KeyValueVerbOf(VerbNouns.Strip(c.Verb, nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb) != KeyValueVerb.None
            || (Conventions.BlobVerbOf(VerbNouns.Strip(c.Verb, nouns, static v => Conventions.BlobVerbOf(v) != BlobVerb.None).Verb) != BlobVerb.None && !OpensNoContent(context, c))
            || WritesOrReadsNamedValue(context, c, candidates));
    }

    /// <summary>
    /// Whether a member is a key-value write of the type its name carries (h-kvjson37, h-refusals36's Left (7)): once the name
    /// of a type of the user's own that the member takes is taken off, a write verb is left and the member takes a value of
    /// that type and a key (Jellyfin's <c>SaveKeyframeDataAsync(Guid itemId, KeyframeData data)</c>; <see cref="HasKeyPlace"/>). A read alone
    /// proves less (<c>ReadStateAsync(callContext)</c> returning a <c>ClusterState</c> may compute it) and votes nothing.
    /// Such an interface is read by the key-value conventions because its members are key-value members, and its refusals
    /// said "matches no store convention … nothing says which kind of store it is" while their own text spoke of the
    /// values the writes keep. A computation named after its result (GraphDevxApi's <c>CreateOpenApiUrlTreeNode(sources)</c>,
    /// which takes no tree node) is no such write.
    /// </summary>
    private static bool WritesOrReadsNamedValue(ParseContext context, MemberCandidate candidate, List<MemberCandidate> candidates)
    {
        if (candidate.Method is null || candidate.Parameters.Length == 0)
        {
            return false;
        }

        foreach (var mentioned in KeyValueShape.MentionedTypes(context, candidate))
        {
            if (mentioned is not INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct } named || !named.Locations.Any(static l => l.IsInSource))
            {
                continue;
            }

            var nouns = new HashSet<string>(StringComparer.Ordinal);
            VerbNouns.AddNouns(nouns, named.Name);
            var stripped = VerbNouns.Strip(candidate.Verb, nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
            if (stripped.Noun is null)
            {
                continue;
            }

            var verb = Conventions.KeyValueVerbOf(stripped.Verb);
            var takesValue = candidate.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), named));
            if (verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace && takesValue && candidate.Parameters.Length >= 2
                && HasKeyPlace(candidate, named, candidates))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a write of a value of <paramref name="value"/> has a place for the key beside it (h-kv38; h-kvjson37's Left (7)):
    /// a first parameter that is not of the value's type (the key before the value, as every key-value write takes it:
    /// Jellyfin's <c>SaveKeyframeDataAsync(Guid itemId, KeyframeData data)</c>), or another parameter of the type the other
    /// members take first (the store's keys: <c>Save(KeyframeData data, Guid itemId)</c> beside <c>Get(Guid itemId)</c>).
    /// eShop's <c>SaveEventAsync(IntegrationEvent @event, IDbContextTransaction transaction)</c> has neither: the value
    /// first, then a transaction no other member takes; a write with no key is no key-value write, so it votes nothing.
    /// </summary>
    private static bool HasKeyPlace(MemberCandidate write, INamedTypeSymbol value, List<MemberCandidate> candidates)
    {
        var args = write.Parameters;
        if (args.Length >= 2 && !TypeFacts.SameType(TypeNames.Underlying(args[0].Type), value))
        {
            return true;
        }

        var keys = candidates.Where(c => !ReferenceEquals(c, write) && c.Method is not null && c.Parameters.Length >= 1)
            .Select(static c => TypeNames.Underlying(c.Parameters[0].Type))
            .Where(t => !TypeFacts.SameType(t, value))
            .ToList();
        return args.Skip(1).Any(p => !TypeFacts.SameType(TypeNames.Underlying(p.Type), value) && keys.Exists(k => TypeFacts.SameType(k, TypeNames.Underlying(p.Type))));
    }

    /// <summary>
    /// Whether a member has a blob verb (<see cref="Conventions.BlobVerbPrefixes"/> as a word, or <see cref="Conventions.BlobVerbOf"/>
    /// once a blob noun or the interface's subject is stripped: <c>GetFile</c>, <c>SaveAvatar</c>): a stream, bytes in memory or
    /// blob properties vote for a blob store only beside one (session 36: GraphDevxApi's <c>IOpenApiService</c>, computations
    /// over OpenAPI documents, read as a blob store by a <c>MemoryStream</c> result and a <c>Stream</c> parameter alone).
    /// </summary>
    private static bool HasBlobVerb(ParseContext context, List<MemberCandidate> candidates)
    {
        var nouns = new HashSet<string>(Conventions.BlobNouns, StringComparer.Ordinal);
        VerbNouns.AddSubjectNouns(nouns, VerbNouns.Subject(context.InterfaceName));
        return candidates.Exists(c => (Conventions.StartsWithWord(c.Verb, Conventions.BlobVerbPrefixes) && !OpensNoContent(context, c))
            || Conventions.BlobVerbOf(VerbNouns.Strip(c.Verb, nouns, static v => Conventions.BlobVerbOf(v) != BlobVerb.None).Verb) != BlobVerb.None);
    }

    /// <summary>How much the members say "key-value store".</summary>
    public static int KeyValueScore(ParseContext context, List<MemberCandidate> candidates)
    {
        var score = 0;
        foreach (var candidate in candidates)
        {
            if (Conventions.StartsWithAny(candidate.Verb, Conventions.KeyValueVerbPrefixes))
            {
                score += 2;
            }

            if (ReturnsNewKey(context, candidate, candidates))
            {
                score += 2;
            }

            foreach (var parameter in candidate.Parameters)
            {
                if (TtlPlanner.IsTtl(context, parameter))
                {
                    score += 2;
                    break;
                }
            }
        }

        return score + (IsSingleDocument(context, candidates) ? 2 : 0);
    }

    /// <summary>
    /// A single-document store (shape 12): a read without parameters of a type (<c>Configuration Get()</c>), a write of that
    /// type alone (<c>Save(Configuration)</c>), and no member that takes anything else first — there is no key, so the value
    /// is not an entity, whatever its write is called.
    /// </summary>
    public static bool IsSingleDocument(ParseContext context, List<MemberCandidate> candidates)
    {
        ITypeSymbol? document = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Method is not null && candidate.Parameters.Length == 0 && candidate.Result is { } result && candidate.Shape != ReturnShape.AsyncEnumerable
                && Conventions.KeyValueVerbOf(candidate.Verb) == KeyValueVerb.Get && TypeFacts.IsEntityCandidateType(TypeNames.Underlying(result))
                && TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) is null)
            {
                document = TypeNames.Underlying(result);
            }
        }

        if (document is null)
        {
            return false;
        }

        var written = false;
        foreach (var candidate in candidates)
        {
            if (candidate.Parameters.Length == 0)
            {
                continue;
            }

            if (!TypeFacts.SameType(TypeNames.Underlying(candidate.Parameters[0].Type), document))
            {
                return false;
            }

            written |= candidate.Parameters.Length == 1;
        }

        return written;
    }

    /// <summary>
    /// A write of one value of a type without a key that returns a key (<c>string Store(T value)</c>), beside a member that
    /// takes a key of that type first (<c>Retrieve(string key)</c>, <c>Remove(string key)</c>): the store makes up keys for
    /// its values, so it is a key-value store (<see cref="Conventions.NewKeyWriteVerbPrefixes"/>).
    /// </summary>
    public static bool ReturnsNewKey(ParseContext context, MemberCandidate candidate, List<MemberCandidate> candidates)
    {
        if (candidate.Method is null || candidate.Parameters.Length != 1 || candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable
            || !Conventions.StartsWithAny(candidate.Verb, Conventions.NewKeyWriteVerbPrefixes) || !IsMadeUpKeyType(context, result))
        {
            return false;
        }

        var value = TypeNames.Underlying(candidate.Parameters[0].Type);
        if (IsMadeUpKeyType(context, value) || EntityInfo.TryGet(context, value) is not null || TypeFacts.ElementType(context.Known, value) is not null)
        {
            return false;
        }

        var lookup = false;
        foreach (var other in candidates)
        {
            if (!ReferenceEquals(other, candidate) && other.Parameters.Length >= 1 && TypeFacts.SameType(TypeNames.Underlying(other.Parameters[0].Type), TypeNames.Underlying(result)))
            {
                // A lookup of the value by a parameter named after one of its properties (GetOrder(string orderNumber) of an
                // Order with an OrderNumber) says the key may be the value's own, not one the store makes up.
                if (IsLookupOf(other, value) && KeyPropertyOf(context, value, other.Parameters[0], result) is not null)
                {
                    return false;
                }

                lookup = true;
            }
        }

        return lookup;
    }

    /// <summary>A member that takes one parameter and returns the value type: a lookup by key.</summary>
    public static bool IsLookupOf(MemberCandidate candidate, ITypeSymbol value)
        => candidate.Parameters.Length == 1 && candidate.Result is { } result && candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.SameType(TypeNames.Underlying(result), value);

    /// <summary>A property of the value type, of the key's type, named like the lookup parameter (orderNumber → OrderNumber), or null.</summary>
    public static IPropertySymbol? KeyPropertyOf(ParseContext context, ITypeSymbol value, IParameterSymbol parameter, ITypeSymbol keyType)
    {
        if (!TypeFacts.IsEntityCandidateType(value))
        {
            return null;
        }

        foreach (var property in context.PropertiesOf(value))
        {
            if (string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && TypeFacts.SameType(TypeNames.Underlying(property.Type), TypeNames.Underlying(keyType)))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The key types a store can make up: string, Guid, int, long.</summary>
    public static bool IsMadeUpKeyType(ParseContext context, ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        return type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64 || KnownSymbols.Is(type, context.Known.Guid);
    }

    private sealed class Tally
    {
        public Tally(ITypeSymbol type, int weight, Location? where, string name)
        {
            Type = type;
            Where = where;
            Name = name;
            Add(weight);
        }

        public ITypeSymbol Type { get; }

        public Location? Where { get; }

        public string Name { get; }

        public int Weight { get; private set; }

        public int Strongest { get; private set; }

        public EntityInfo? Entity { get; set; }

        /// <summary>The keyless type whose votes were moved here, the read that shows it keys this type, and the property.</summary>
        public (ITypeSymbol Key, MemberCandidate Read, IPropertySymbol Property)? KeyEvidence { get; set; }

        public void Add(int weight)
        {
            Weight += weight;
            Strongest = Math.Max(Strongest, weight);
        }
    }

    /// <summary>
    /// Why a type parameter has no key (IMF0008), naming what was looked for: a property marked <c>[Key]</c> (or another key
    /// attribute), <c>Id</c>, or <c>{Constraint}Id</c> after the name of each type it is constrained to (<c>LeaseId</c> for
    /// <c>where T : ILease</c>).
    /// </summary>
    private static string OpenGenericKeyCause(ParseContext context, ITypeParameterSymbol parameter)
    {
        var constraints = parameter.ConstraintTypes.Where(static c => c.Name.Length > 0).ToList();
        if (constraints.Count == 0)
        {
            return "its entity type parameter '" + parameter.Name + "' has no constraint, so it has no property the fake can read a key from";
        }

        var named = constraints.Select(static c => (c.TypeKind == TypeKind.Interface && c.Name.Length > 1 && c.Name[0] == 'I' && char.IsUpper(c.Name[1]) ? c.Name.Substring(1) : c.Name) + Conventions.KeyPropertyName).Distinct().ToList();
        var properties = context.PropertiesOf(parameter);
        var found = named.Where(n => properties.Any(p => p.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
        var listed = string.Join(", ", constraints.Select(static c => c.ToDisplayString()));
        return found.Count > 1
            ? "its entity type parameter '" + parameter.Name + "' is constrained to " + listed + ", whose names name two keys (" + string.Join(", ", found) + "), and which one is its key is not said; mark one [Key]"
            : "its entity type parameter '" + parameter.Name + "' is constrained to " + listed + ", which give it no key property: none marked [Key], no Id, and no "
                + string.Join(" or ", named) + " (a type parameter is also keyed by a constraint's name plus Id, as ILease's LeaseId keys T where T : ILease)";
    }
}
