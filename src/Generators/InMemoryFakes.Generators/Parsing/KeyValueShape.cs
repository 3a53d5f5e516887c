using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What a key-value store is as a whole, decided from all its members before any member is planned: the key and value
/// types, the nouns its verbs may carry, whether keys live in regions, whether entries carry tags, and whether it holds
/// a single value (no member takes a key). Lives only while parsing.
/// </summary>
internal sealed class KeyValueShape
{
    private KeyValueShape(ITypeSymbol keyType, ITypeSymbol valueType, HashSet<string> nouns, bool hasRegions, string? regionProblem, bool hasTags, bool isSingle, bool hasKeylessGet = false,
        bool hasValuesReader = false, bool keysArePositions = false, List<MemberCandidate>? candidates = null)
    {
        Candidates = candidates ?? new List<MemberCandidate>();
        HasValuesReader = hasValuesReader;
        KeysArePositions = keysArePositions;
        HasKeylessGet = hasKeylessGet;
        KeyType = keyType;
        ValueType = valueType;
        Nouns = nouns;
        HasRegions = hasRegions;
        RegionProblem = regionProblem;
        HasTags = hasTags;
        IsSingle = isSingle;
    }

    /// <summary>The key as members pass it (string for a store with regions: the table key is then <c>(region, key)</c>).</summary>
    public ITypeSymbol KeyType { get; }

    public ITypeSymbol ValueType { get; }

    public bool IsObjectStore => ValueType.SpecialType == SpecialType.System_Object;

    /// <summary>The nouns a verb may carry (see <see cref="VerbNouns"/>).</summary>
    public HashSet<string> Nouns { get; }

    /// <summary>Keys live in regions: the same key in another region is another entry.</summary>
    public bool HasRegions { get; }

    /// <summary>Why region parameters cannot be given a meaning, or null.</summary>
    public string? RegionProblem { get; }

    /// <summary>Entries carry tags for eviction by tag.</summary>
    public bool HasTags { get; }

    /// <summary>No member takes a key: the store holds one value (or, with an append, a keyless collection).</summary>
    public bool IsSingle { get; }

    /// <summary>A member reads the value without a key (<c>Get()</c>): a keyless store holds one value, not an append-only collection.</summary>
    public bool HasKeylessGet { get; }

    /// <summary>
    /// The name of a member that reads a list of the values without a key (<c>GetAsync()</c> returning
    /// <c>IEnumerable&lt;T&gt;</c>), or null: it is no single-value read, and whether a keyless write appends to that list or
    /// replaces a value is not said.
    /// </summary>
    public string? KeylessListRead { get; private init; }

    /// <summary>Every member being planned (a member's meaning may depend on the others).</summary>
    public List<MemberCandidate> Candidates { get; }

    /// <summary>A member lists every value (<c>GetAll()</c>): what a keyless append-only collection needs to be read back.</summary>
    public bool HasValuesReader { get; }

    /// <summary>A member takes the key as a position (<c>index</c>): the interface is a list, not a key-value store.</summary>
    public bool KeysArePositions { get; }

    /// <summary>The verb of a member, its noun removed.</summary>
    public (KeyValueVerb Verb, bool Plural) VerbOf(MemberCandidate candidate)
    {
        var stripped = VerbNouns.Strip(candidate.Verb, Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
        var verb = Conventions.KeyValueVerbOf(stripped.Verb);
        if (verb != KeyValueVerb.None)
        {
            return (verb, stripped.Plural);
        }

        var byValueType = ValueTypeVerbs.VerbOf(candidate);
        return (byValueType == KeyValueVerb.None && IsPatternRemoval(stripped.Verb, candidate) ? KeyValueVerb.RemoveByPattern : byValueType, false);
    }

    /// <summary>
    /// Whether a member named as a removal of a pattern (<see cref="Conventions.PatternRemovalVerbs"/>: <c>RemovePatternAsync</c>)
    /// takes one parameter that says it is a key pattern: a <c>Regex</c>, or a name ending in <c>pattern</c> (any case). Then it
    /// is the removal by pattern, whose own rule generates it for a Regex and refuses a string for what the string leaves unsaid.
    /// </summary>
    private static bool IsPatternRemoval(string verb, MemberCandidate candidate)
        => Conventions.IsOneOf(verb, Conventions.PatternRemovalVerbs)
            && candidate.Method is not null
            && candidate.Parameters.Length == 1
            && (candidate.Parameters[0].Name.EndsWith("pattern", StringComparison.OrdinalIgnoreCase)
                || TypeNames.Underlying(candidate.Parameters[0].Type) is INamedTypeSymbol { Name: "Regex" } regex
                    && TypeFacts.IsNamespace(regex.ContainingNamespace, "System", "Text", "RegularExpressions"));

    public static KeyValueShape Of(ParseContext context, List<MemberCandidate> pending)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var noun in Conventions.KeyValueNouns)
        {
            nouns.Add(noun);
        }

        var subject = VerbNouns.Subject(context.InterfaceName);
        var subjectNouns = new HashSet<string>(StringComparer.Ordinal);
        VerbNouns.AddSubjectNouns(subjectNouns, subject);
        // ICredentialStorageService: the subject CredentialStorage names a store of credentials (SaveCredential,
        // LoadCredential, DeleteCredential), so the noun inside it is the subject's too (h-sample78).
        VerbNouns.AddSubjectNouns(subjectNouns, VerbNouns.InnerSubject(subject));
        // While the value type is not known yet, a verb may carry the name of any type the members mention.
        var liberal = new HashSet<string>(nouns, StringComparer.Ordinal);
        liberal.UnionWith(subjectNouns);
        foreach (var candidate in pending)
        {
            foreach (var parameter in candidate.Parameters)
            {
                MentionedNouns(context, liberal, parameter.Type);
            }

            if (candidate.Result is { } result)
            {
                MentionedNouns(context, liberal, result);
            }
        }

        var (keyType, valueType, keyed, tied, readsValues, tiedKeys) = Types(context, pending, liberal);
        foreach (var named in tied ?? new List<ITypeSymbol> { valueType })
        {
            // Every type a tie leaves is as much the values' as the pick (h-kv38): their names are nouns alike, so no
            // member's verb depends on which of them the names' order picked (SharpDevelop's DataSetCount).
            if (named.SpecialType != SpecialType.System_Object && named is not ITypeParameterSymbol)
            {
                VerbNouns.AddNouns(nouns, named.Name);
            }
        }

        // Regions: a key with a region names another entry than the same key without one (CacheManager's ICache, the
        // regionName of System.Runtime.Caching). That needs members with AND without a region; when every member takes a
        // region, a region may as well only group keys for ClearRegion (Ocelot's IOcelotCache ignores it on reads).
        var withRegion = 0;
        var withoutRegion = 0;
        var hasTags = false;
        var hasKeylessGet = false;
        var hasValuesReader = false;
        var keysArePositions = false;
        string? keylessListRead = null;
        // The probe reads verbs with the subject's nouns too, as the shape will (ITenantSettingsStore: GetSetting(tenantId, key)
        // is a Get of a key of two parts; without them it was no Get, and the pair went unseen: h-everyday2).
        var probeNouns = new HashSet<string>(nouns, StringComparer.Ordinal);
        if (SubjectTypeBesideValues(context, pending, subject, keyType, valueType) is null)
        {
            probeNouns.UnionWith(subjectNouns);
        }

        var probe = new KeyValueShape(keyType, valueType, probeNouns, false, null, false, false);
        foreach (var candidate in pending)
        {
            var (verb, plural) = probe.VerbOf(candidate);
            // A keyless Get that reads a LIST of the values (ITargetScalerErrorRepository's Task<IEnumerable<string>> GetAsync()
            // beside AddAsync(string)) says the store keeps more than one value: it makes no single-value store.
            // So does a parameterless GetList() of the values (TaskoMask's INotificationService: List<string> GetList() beside
            // Add(string notification)), though 'List' is no noun of a store: the write's refusal said no member read the
            // values back (h-sample84). It stays no Get: only the message of the keyless write changes.
            var namedList = verb == KeyValueVerb.None && string.Equals(candidate.Verb, "GetList", StringComparison.Ordinal);
            var readsList = (verb == KeyValueVerb.Get && !plural || namedList) && candidate.Method is not null && candidate.Parameters.Length == 0
                && candidate.Result is { } listed && TypeFacts.EnumerableElement(listed) is { } element && TypeFacts.SameType(TypeNames.Underlying(element), TypeNames.Underlying(valueType));
            keylessListRead ??= readsList ? candidate.Symbol.Name : null;
            hasKeylessGet |= verb == KeyValueVerb.Get && !plural && candidate.Method is not null && candidate.Parameters.Length == 0 && !readsList;
            hasValuesReader |= (verb == KeyValueVerb.GetAll || (verb == KeyValueVerb.Get && plural)) && candidate.Parameters.Length == 0;
            keysArePositions |= candidate.Parameters.Length >= 1 && Conventions.NameIn(candidate.Parameters[0].Name, Conventions.PositionParameterNames)
                && TypeFacts.IsIntOrLong(TypeNames.Underlying(candidate.Parameters[0].Type));
            // A removal by several tags takes them under the same name, but records none (FusionCache's RemoveByTagAsync(tags)).
            if (verb != KeyValueVerb.EvictByTag && Tags(context, candidate.Parameters) is not null)
            {
                hasTags = true;
            }

            if (!Conventions.TakesKeyFirst(verb) || candidate.Parameters.Length == 0)
            {
                continue;
            }

            if (Region(candidate.Parameters) is not null)
            {
                withRegion++;
            }
            else
            {
                withoutRegion++;
            }
        }

        string? regionProblem = null;
        var hasRegions = withRegion > 0 && withoutRegion > 0 && keyType.SpecialType == SpecialType.System_String;
        if (withRegion > 0 && !hasRegions)
        {
            regionProblem = keyType.SpecialType != SpecialType.System_String
                ? "regions need string keys"
                : "every member takes a region, so the interface does not say whether the region is part of the entry's identity (CacheManager) or only groups keys for ClearRegion (Ocelot's cache ignores it on reads)";
        }

        // Keys of two parts (a container and a name): the container is the region of every entry (KeyPairs).
        string? pairFirst = null;
        string? pairProblem = null;
        if (withRegion == 0 && keyType.SpecialType == SpecialType.System_String && KeyPairs.Of(probe, pending, out pairProblem) is { } pair)
        {
            pairFirst = pair.First;
            hasRegions = pairProblem is null;
            (keyType, valueType, keyed, tied, readsValues, tiedKeys) = Types(context, pending, liberal, pair.First);
            foreach (var named in tied ?? new List<ITypeSymbol> { valueType })
            {
                if (named.SpecialType != SpecialType.System_Object && named is not ITypeParameterSymbol)
                {
                    VerbNouns.AddNouns(nouns, named.Name);
                }
            }

            VerbNouns.AddNouns(nouns, char.ToUpperInvariant(pair.First[0]) + pair.First.Substring(1));
        }

        // The subject proves its nouns (ITicketStore: GetTicket) unless it names a type the members read or write that is
        // not the store's values: Stratis' IBlockRepository reads Block (GetBlock) but its table holds the byte[] of its raw
        // rows (Get/Put(byte tableName, …)), so DeleteBlocks is about data the table does not hold (h-sample35's round).
        var foreignSubject = SubjectTypeBesideValues(context, pending, subject, keyType, valueType);
        if (foreignSubject is null)
        {
            nouns.UnionWith(subjectNouns);
        }

        return new KeyValueShape(keyType, valueType, nouns, hasRegions, regionProblem, hasTags, !keyed, hasKeylessGet, hasValuesReader, keysArePositions, pending)
        {
            PairFirst = pairFirst,
            PairProblem = pairProblem,
            TiedValueTypes = Listed(tied),
            TiedValues = tied ?? new List<ITypeSymbol>(),
            TiedValuesRead = readsValues,
            TiedKeyTypes = Listed(tiedKeys),
            TiedKeys = tiedKeys ?? new List<ITypeSymbol>(),
            KeylessListRead = keylessListRead,
            ForeignSubject = foreignSubject,
            SubjectNouns = subjectNouns,
        };
    }

    /// <summary>
    /// The type the interface's subject names when a member reads or writes it and it is neither the store's value type nor
    /// its key type (IBlockRepository's Block beside byte[] values), else null: the subject's nouns then prove nothing.
    /// </summary>
    private static INamedTypeSymbol? SubjectTypeBesideValues(ParseContext context, List<MemberCandidate> pending, string? subject, ITypeSymbol keyType, ITypeSymbol valueType)
    {
        if (string.IsNullOrEmpty(subject) || valueType.SpecialType == SpecialType.System_Object || valueType is ITypeParameterSymbol)
        {
            return null;
        }

        // The values' and the key's own element types are theirs too (Jellyfin's IMediaStreamRepository keeps a list of
        // MediaStream per key: its subject names the values' elements, not other data).
        var own = new List<ITypeSymbol> { TypeNames.Underlying(valueType), TypeNames.Underlying(keyType) };
        foreach (var type in own.ToArray())
        {
            if (TypeFacts.ElementType(context.Known, type) is { } ownElement)
            {
                own.Add(TypeNames.Underlying(ownElement));
            }
        }

        foreach (var candidate in pending)
        {
            foreach (var mentioned in MentionedTypes(context, candidate))
            {
                if (mentioned is INamedTypeSymbol { SpecialType: SpecialType.None } named && string.Equals(named.Name, subject, StringComparison.Ordinal)
                    && !own.Any(o => TypeFacts.SameType(named, o)))
                {
                    return named;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The types a member mentions: each parameter's and its result's type (nullable unwrapped) and, for a collection, its
    /// element type too, in that order. What the subject and a verb's noun may name besides the store's own types.
    /// </summary>
    /// <param name="context">The parse, for the known collection types.</param>
    /// <param name="candidate">The member.</param>
    /// <returns>The types, repeats included.</returns>
    internal static IEnumerable<ITypeSymbol> MentionedTypes(ParseContext context, MemberCandidate candidate)
    {
        var types = candidate.Parameters.Select(static p => p.Type);
        foreach (var type in candidate.Result is { } result ? types.Append(result) : types)
        {
            var underlying = TypeNames.Underlying(type);
            yield return underlying;
            if (TypeFacts.ElementType(context.Known, underlying) is { } element)
            {
                yield return TypeNames.Underlying(element);
            }
        }
    }

    /// <summary>The type the subject names when it is not the store's values (<see cref="SubjectTypeBesideValues"/>), or null.</summary>
    public INamedTypeSymbol? ForeignSubject { get; private init; }

    /// <summary>The nouns the interface's subject would prove.</summary>
    public HashSet<string> SubjectNouns { get; private init; } = new(StringComparer.Ordinal);

    /// <summary>The name of the first part (the container) of a key of two parts, or null (<see cref="KeyPairs"/>).</summary>
    public string? PairFirst { get; private init; }

    /// <summary>Why a key of two parts cannot be given a meaning, or null.</summary>
    public string? PairProblem { get; private init; }

    /// <summary>
    /// The value types the members take or answer in equal numbers ("A, B and C") when nothing in their signatures settles
    /// which one the store keeps (Winner), else null: the store's value type was then picked by the tie-break alone, and
    /// proves nothing (biobankinguk's ICapabilityIndexProvider: Update(int id, PartialCapability), Update(int id,
    /// PartialBiobank), Update(int id, PartialNetworks), partial updates of one Elasticsearch document). Every member that
    /// reads or writes a value is then refused naming them.
    /// </summary>
    public string? TiedValueTypes { get; private init; }

    /// <summary>The types of <see cref="TiedValueTypes"/> (empty when the signatures settled the value type).</summary>
    public List<ITypeSymbol> TiedValues { get; private init; } = new();

    /// <summary>Whether some member reads a value back (with <see cref="TiedValueTypes"/>: which refusal text applies).</summary>
    public bool TiedValuesRead { get; private init; }

    /// <summary>
    /// The key types the members take first in equal numbers ("A and B") when nothing in their signatures settles which one
    /// keys the store, else null: the store's key type was then picked by the types' names, and a member refused for
    /// taking "not the key" is refused for that pick, which its message then says.
    /// </summary>
    public string? TiedKeyTypes { get; private init; }

    /// <summary>The types of <see cref="TiedKeyTypes"/> (empty when the signatures settled the key type).</summary>
    public List<ITypeSymbol> TiedKeys { get; private init; } = new();

    private static void MentionedNouns(ParseContext context, HashSet<string> nouns, ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        var element = TypeFacts.ElementType(context.Known, type);
        foreach (var mentioned in element is null ? new[] { type } : new[] { type, TypeNames.Underlying(element) })
        {
            if (mentioned is INamedTypeSymbol { SpecialType: SpecialType.None } named)
            {
                VerbNouns.AddNouns(nouns, named.Name);
            }
        }
    }

    /// <summary>The region parameter (a string named region/regionName after the key), or null.</summary>
    public static IParameterSymbol? Region(IParameterSymbol[] parameters)
    {
        for (var i = 1; i < parameters.Length; i++)
        {
            if (TypeFacts.IsString(parameters[i].Type) && Conventions.NameIn(parameters[i].Name, Conventions.RegionParameterNames))
            {
                return parameters[i];
            }
        }

        return null;
    }

    /// <summary>The tags parameter (a collection of strings named tags), or null.</summary>
    public static IParameterSymbol? Tags(ParseContext context, IParameterSymbol[] parameters)
    {
        foreach (var parameter in parameters)
        {
            if (Conventions.NameIn(parameter.Name, Conventions.TagParameterNames)
                && ((TypeFacts.EnumerableElement(parameter.Type) is { } element && TypeFacts.IsString(element)) || KeyValuePlanner.IsMemoryOfStrings(context.Known, parameter.Type)))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// The store's key and value types, from every member that has one in a key or value position: the type most
    /// positions share, a tie going to string and then to the name that sorts first, so member order never changes the
    /// result. Also whether any member takes a key at all.
    /// </summary>
    private static (ITypeSymbol Key, ITypeSymbol Value, bool Keyed, List<ITypeSymbol>? Tied, bool ReadsValues, List<ITypeSymbol>? TiedKeys) Types(ParseContext context, List<MemberCandidate> pending, HashSet<string> nouns, string? pairFirst = null)
    {
        var keys = new List<(ITypeSymbol Type, int Votes)>();
        var values = new List<(ITypeSymbol Type, int Votes)>();
        // Values of members whose name says their type (GetString, SetInt32: ValueTypeVerbs): they decide the value type
        // only when no other member does, and several such types make an object store (GetInt beside GetString).
        var typedValues = new List<(ITypeSymbol Type, int Votes)>();
        var typed = false;
        var objectValues = false;
        var readValues = false;
        var keylessRead = false;
        // The single value types a member reads back (Get's result, TryGet's out value; not a collection): on a tie they win
        // over a type that is only written (h-sample90: VapeCache's RecordSet(key, BackendType backend, options,
        // payloadBytes) beside TryGet(key, out CacheIntentEntry? entry) made a store of BackendType by the names' order, so
        // the read was refused and the hand-written RecordSet could not store the entries the real registry keeps). A read
        // of a list beside a write of one element (Jellyfin's GetKeyframeData) keeps the written element and its refusal.
        var readTypes = new List<ITypeSymbol>();
        var keyed = false;
        // A bool written as the value (Set(key, bool flag)) votes only beside a read of a bool value (session 42): a bool
        // after the key is as often a switch of the write as the value it stores (ILaunchSettingsProvider's
        // AddOrUpdateProfileAsync(profile, bool addToFront)), and its vote alone made the store's values bool, so every
        // refusal of the interface spoke of bool values. Beside a read of a bool (FeatureManagement's GetAsync(featureName)
        // returning bool?, next to SetAsync(featureName, bool enabled)) it counts as before.
        var boolWrites = 0;
        var known = context.Known;
        // object anywhere, or a generic value written (Set<T>(key, T value)), makes an object store; a generic read alone
        // (T Get<T>(key) beside a typed Set) does not: it reads the typed values as the T asked for.
        void Value(ITypeSymbol? type, bool written = true)
        {
            if (type is null)
            {
                return;
            }

            type = TypeNames.Underlying(type);
            if (type.SpecialType == SpecialType.System_Object || (written && TypeFacts.MentionsMethodTypeParameter(type)))
            {
                objectValues = true;
                return;
            }

            if (written && !typed && type.SpecialType == SpecialType.System_Boolean)
            {
                boolWrites++;
                return;
            }

            if (!TypeFacts.MentionsMethodTypeParameter(type))
            {
                Vote(typed ? typedValues : values, type);
                readValues |= !written;
                if (!written && TypeFacts.EnumerableElement(type) is null)
                {
                    readTypes.Add(type);
                }
            }
        }

        // Reads of one value by a key (T Get(string name)): a write whose first two parameters are that value and that key,
        // in that order (azure-render-hub's IConfigRepository<T>: Update(T config, string configName, string originalName)
        // beside Task<T> Get(string configName)), writes the value under the key, so it votes so instead of voting its
        // value as a key (h-sample59: the T became a key type, configName's string the value type, and List() read the
        // "values" of a store of strings).
        var reads = new List<(ITypeSymbol Key, ITypeSymbol Value)>();
        // The types of the removals that take one value of a type of its own (Remove(TupleAction<T> action)): RemovalKeyVotes.
        var removals = new List<ITypeSymbol>();
        foreach (var candidate in pending)
        {
            if (candidate.Method is not null && candidate.Parameters.Length == 1 && candidate.Result is { } read
                && VerbNouns.Strip(candidate.Verb, nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None) is { Plural: false } readName
                && Conventions.KeyValueVerbOf(readName.Verb) == KeyValueVerb.Get && WrapperValue(context, read) is null)
            {
                reads.Add((TypeNames.Underlying(candidate.Parameters[0].Type), TypeNames.Underlying(read)));
            }
        }

        foreach (var candidate in pending)
        {
            typed = false;
            if (candidate.Method is null)
            {
                if (candidate.Property is { IsIndexer: true } indexer && indexer.Parameters.Length >= 1)
                {
                    keyed = true;
                    Vote(keys, TypeNames.Underlying(indexer.Parameters[0].Type));
                    Value(indexer.Type);
                }

                continue;
            }

            var stripped = VerbNouns.Strip(candidate.Verb, nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
            var verb = Conventions.KeyValueVerbOf(stripped.Verb);
            var typedVerb = verb == KeyValueVerb.None ? ValueTypeVerbs.VerbOf(candidate) : KeyValueVerb.None;
            typed = typedVerb != KeyValueVerb.None;
            if (typed)
            {
                verb = typedVerb;
            }

            var args = candidate.Parameters;
            if (pairFirst is not null && args.Length >= 2 && string.Equals(args[0].Name, pairFirst, StringComparison.Ordinal))
            {
                // A key of two parts (KeyPairs): the container goes before the key, as a region goes after it.
                args = args.Skip(1).ToArray();
            }

            var known1 = args.Length >= 1 ? TypeNames.Underlying(args[0].Type) : null;

            // Batches: a collection of keys, or a dictionary of entries. A byte[] is binary data (a key of bytes, as
            // neo's IStore.Delete(byte[] key)), never a batch of one-byte keys.
            if (args.Length >= 1 && verb is KeyValueVerb.GetMany or KeyValueVerb.DeleteMany or KeyValueVerb.Get or KeyValueVerb.Delete or KeyValueVerb.Exists or KeyValueVerb.GetAll
                && !TypeFacts.IsString(known1!) && !TypeFacts.IsByteArray(known1!) && TypeFacts.EnumerableElement(known1!) is { } element && DictionaryTypes(context, known1!) is null)
            {
                keyed = true;
                if (!TypeFacts.MentionsMethodTypeParameter(element))
                {
                    Vote(keys, TypeNames.Underlying(element));
                }

                continue;
            }

            if (args.Length >= 1 && verb is KeyValueVerb.SetMany or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent && DictionaryTypes(context, known1!) is { } entry)
            {
                keyed = true;
                Vote(keys, TypeNames.Underlying(entry.Key));
                Value(entry.Value);
                continue;
            }

            // A write of a value alone: a new key (Store(value) → key, beside a member that takes such a key), an append, or
            // the single value of a keyless store.
            if (args.Length >= 1 && verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Append && IsLoneValueWrite(context, candidate))
            {
                Value(args[0].Type);
                if (StoreClassifier.ReturnsNewKey(context, candidate, pending) && candidate.Result is { } newKey)
                {
                    keyed = true;
                    Vote(keys, TypeNames.Underlying(newKey));
                }

                continue;
            }

            if (args.Length == 0 && verb == KeyValueVerb.Get)
            {
                Value(candidate.Result);
                // It reads the value back (Cap's GetMonitoringApi()): a tie's message must not say no member does.
                keylessRead |= candidate.Result is not null;
                continue;
            }

            if (args.Length == 0 && verb == KeyValueVerb.GetAll && candidate.Result is { } all)
            {
                Value(candidate.Shape == ReturnShape.AsyncEnumerable ? all : TypeFacts.ElementType(known, TypeNames.Underlying(all)));
                continue;
            }

            if (!Conventions.TakesKeyFirst(verb) || !HasKeyValueArity(verb, args.Length) || verb == KeyValueVerb.GetOrAdd && args.Length < 2)
            {
                continue;
            }

            if (verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace && args.Length >= 2
                && !TypeFacts.SameType(TypeNames.Underlying(args[0].Type), TypeNames.Underlying(args[1].Type))
                && reads.Exists(r => TypeFacts.SameType(r.Value, TypeNames.Underlying(args[0].Type)) && TypeFacts.SameType(r.Key, TypeNames.Underlying(args[1].Type))))
            {
                keyed = true;
                Vote(keys, TypeNames.Underlying(args[1].Type));
                Value(args[0].Type);
                continue;
            }

            keyed = true;
            if (verb == KeyValueVerb.Delete && args.Length == 1 && TypeNames.Underlying(args[0].Type) is { SpecialType: SpecialType.None } removed
                && TypeFacts.EnumerableElement(removed) is null && !TypeFacts.MentionsMethodTypeParameter(removed))
            {
                // A removal that takes one value of a type of its own: whether that is a key or a value of the store is
                // decided below, once the values are known (RemovalKeyVotes).
                removals.Add(removed);
                continue;
            }

            if (!TypeFacts.MentionsMethodTypeParameter(args[0].Type))
            {
                Vote(keys, TypeNames.Underlying(args[0].Type));
            }

            // Bytes as buffers (Conventions.ByteSequenceType): a read into a destination, or a write of a byte sequence, is
            // about a store of byte[] values.
            if (args.Length == 2 && Conventions.ReadsIntoDestination(verb) && !stripped.Plural && KeyValuePlanner.DestinationOf(known, args[1]) is not null
                || verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace && KeyValuePlanner.ByteFormOf(known, args[1].Type) == Model.KvValueForm.ByteSequence)
            {
                Value(context.Compilation.CreateArrayTypeSymbol(context.Compilation.GetSpecialType(SpecialType.System_Byte)), written: false);
                continue;
            }

            var (value, written) = verb switch
            {
                KeyValueVerb.Get when !stripped.Plural && KeyValuePlanner.IsOutRead(candidate) => (args[1].Type, false),
                KeyValueVerb.Get when !stripped.Plural => (candidate.Result, candidate.Result is not null && WrapperValue(context, candidate.Result) is not null),
                KeyValueVerb.TryGet => (args[1].Type, false),
                KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.Renew or KeyValueVerb.CompareAndSet => (args[1].Type, true),
                KeyValueVerb.GetOrAdd => (candidate.Result, true),
                _ => (null, false),
            };
            if (value is not null && WrapperValue(context, value) is { } wrapped)
            {
                value = wrapped;
            }

            Value(value, written);
        }

        if (boolWrites > 0 && values.FindIndex(static v => v.Type.SpecialType == SpecialType.System_Boolean) is var boolRead and >= 0)
        {
            values[boolRead] = (values[boolRead].Type, values[boolRead].Votes + boolWrites);
        }

        var objectType = context.Compilation.GetSpecialType(SpecialType.System_Object);
        // string settles a tie of values only beside a read (as before h-kv38): with no read, every tie is the writes' own.
        var (wonValue, unsettledValues) = objectValues ? (objectType, null) : Winner(values, readTypes, preferString: readValues);
        var valueType = wonValue ?? (typedValues.Count == 1 ? typedValues[0].Type : objectType);
        RemovalKeyVotes(keys, removals, valueType);
        var (wonKey, unsettledKeys) = Winner(keys);
        var keyType = wonKey ?? context.Compilation.GetSpecialType(SpecialType.System_String);
        return (keyType, valueType, keyed, unsettledValues, readValues || keylessRead, unsettledKeys);
    }

    /// <summary>
    /// The key votes of removals that take one value of a type of its own (<c>Remove(TupleAction&lt;T&gt; action)</c>), cast
    /// once the store's value type is known. A removal given a value of the store votes for no key type when another member
    /// gives the keys (h-sample107: OrleanSpaces' <c>IBoolDirector</c>, whose <c>Task&lt;Guid&gt; Insert(action)</c> makes the keys
    /// and writes the actions, and whose <c>Remove(action)</c> takes one): its parameter says what the values are, not what
    /// they are keyed by, and its vote tied the key type between <c>Guid</c> and the action, settled by the names' order
    /// alone (a namespace sorting before <c>System</c> made the actions the keys). The removal is then read by its own rule
    /// (KeyValuePlanner's ValueGivenForKey). When nothing else gives a key, its vote stands (a set of values:
    /// <c>Add(item)</c>, <c>Remove(item)</c>), as does every removal of another type than the values'.
    /// </summary>
    private static void RemovalKeyVotes(List<(ITypeSymbol Type, int Votes)> keys, List<ITypeSymbol> removals, ITypeSymbol valueType)
    {
        var others = keys.Count > 0;
        foreach (var removed in removals)
        {
            if (!others || !TypeFacts.SameType(removed, TypeNames.Underlying(valueType)))
            {
                Vote(keys, removed);
            }
        }
    }

    /// <summary>
    /// The types a tie left unsettled, as a message names them ("A, B and C", ordered by the types' own names so that no
    /// namespace changes the text's order), or null when the signatures settled it.
    /// </summary>
    private static string? Listed(List<ITypeSymbol>? tied)
    {
        if (tied is not { Count: >= 2 })
        {
            return null;
        }

        var names = tied.OrderBy(static t => t.Name, StringComparer.Ordinal).ThenBy(static t => t.ToDisplayString(), StringComparer.Ordinal).Select(static t => t.ToDisplayString()).ToList();
        return string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }

    /// <summary>A write whose only parameter (besides a hint such as friendlyName) is the value.</summary>
    public static bool IsLoneValueWrite(ParseContext context, MemberCandidate candidate)
    {
        var args = candidate.Parameters;
        if (args.Length == 0 || !TypeFacts.ReadsAsValue(args[0]))
        {
            return false;
        }

        for (var i = 1; i < args.Length; i++)
        {
            if (!(TypeFacts.IsString(args[i].Type) && Conventions.NameIn(args[i].Name, Conventions.HintParameterNames)) && !TtlPlanner.IsTtl(context, args[i]))
            {
                return false;
            }
        }

        return args.Length == 1 || !TypeFacts.IsString(args[0].Type) || Conventions.NameIn(args[1].Name, Conventions.HintParameterNames);
    }

    /// <summary>The key and value types of a dictionary (or a sequence of KeyValuePair), or null.</summary>
    public static (ITypeSymbol Key, ITypeSymbol Value)? DictionaryTypes(ParseContext context, ITypeSymbol type)
    {
        if (TypeFacts.EnumerableElement(type) is INamedTypeSymbol { Arity: 2 } pair && pair.Name == "KeyValuePair" && TypeFacts.IsNamespace(pair.ContainingNamespace, "System", "Collections", "Generic"))
        {
            return (pair.TypeArguments[0], pair.TypeArguments[1]);
        }

        return null;
    }

    /// <summary>The value a result wrapper (a generic type with a constructor (T value, bool hasValue)) wraps, or null.</summary>
    public static ITypeSymbol? WrapperValue(ParseContext context, ITypeSymbol type)
        => ResultShapes.Wrapper(context, TypeNames.Underlying(type), null) is { } wrapper ? wrapper.Value : null;

    /// <summary>Whether a member of this verb with this many parameters (the token excluded) has a key in front.</summary>
    private static bool HasKeyValueArity(KeyValueVerb verb, int count) => verb switch
    {
        KeyValueVerb.Get or KeyValueVerb.Delete or KeyValueVerb.Exists or KeyValueVerb.Refresh or KeyValueVerb.TimeToLive => count >= 1,
        KeyValueVerb.TryGet or KeyValueVerb.Expire or KeyValueVerb.Renew => count >= 2,
        KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.GetOrAdd => count >= 2,
        KeyValueVerb.CompareAndSet => count == 3,
        KeyValueVerb.Increment or KeyValueVerb.Decrement => count >= 1,
        _ => false,
    };

    private static void Vote(List<(ITypeSymbol Type, int Votes)> votes, ITypeSymbol type)
    {
        if (type.IsRefLikeType || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            // A span (or a pointer) lives on the stack: no table holds it as a key or a value, so it never decides the
            // store's types; a member that takes one is refused as taking another key or value than the store's.
            return;
        }

        var index = votes.FindIndex(v => SymbolEqualityComparer.Default.Equals(v.Type, type));
        if (index < 0)
        {
            votes.Add((type, 1));
        }
        else
        {
            votes[index] = (votes[index].Type, votes[index].Votes + 1);
        }
    }

    /// <summary>
    /// The type with the most votes, and the types a tie left unsettled (null when none). A tie is settled only by what
    /// the signatures say: string (the key or value a store of text takes; for values only beside a read, as before:
    /// <paramref name="preferString"/>), then a type some member reads back as one
    /// value (<paramref name="read"/>) over one only written or read in a collection, then a type over a collection of it
    /// (Jellyfin's <c>SaveKeyframeDataAsync(itemId, KeyframeData data)</c> beside <c>IReadOnlyList&lt;KeyframeData&gt;
    /// GetKeyframeData(itemId)</c>: the write's value over the read's list of it, whose refusal then says what the list
    /// leaves open). Never by a name: the display names' ordinal order put the list first in a namespace sorting after
    /// <c>System</c> and <c>KeyframeData</c> first in Jellyfin's own (h-kvjson37's Left (9)), so the same interface made
    /// a table of lists in one namespace and of <c>KeyframeData</c> in another. A tie the signatures leave is returned
    /// for the members to refuse (naming every type in it), and the pick among its types, which then decides nothing
    /// generated, goes by the types' own names (no namespace) so that messages are the same in every namespace.
    /// </summary>
    private static (ITypeSymbol? Type, List<ITypeSymbol>? Unsettled) Winner(List<(ITypeSymbol Type, int Votes)> votes, List<ITypeSymbol>? read = null, bool preferString = true)
    {
        if (votes.Count == 0)
        {
            return (null, null);
        }

        var most = votes.Max(static v => v.Votes);
        var tied = votes.Where(v => v.Votes == most).Select(static v => v.Type).ToList();
        if (preferString && tied.Find(static t => t.SpecialType == SpecialType.System_String) is { } text)
        {
            return (text, null);
        }

        if (read is not null && tied.Where(t => read.Exists(r => SymbolEqualityComparer.Default.Equals(r, t))).ToList() is { Count: > 0 } readBack)
        {
            tied = readBack;
        }

        var elements = tied.Where(t => TypeFacts.IsByteArray(t) || !tied.Exists(o => !SymbolEqualityComparer.Default.Equals(o, t) && TypeFacts.EnumerableElement(t) is { } element
            && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), o))).ToList();
        if (elements.Count > 0)
        {
            tied = elements;
        }

        if (tied.Count == 1)
        {
            return (tied[0], null);
        }

        tied = tied.OrderBy(static t => t.Name, StringComparer.Ordinal).ThenBy(static t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), StringComparer.Ordinal)
            .ThenBy(static t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), StringComparer.Ordinal).ToList();
        return (tied[0], tied);
    }
}
