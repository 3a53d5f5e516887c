using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Key-value stores: the store's shape from all members together (<see cref="KeyValueShape"/>), then one operation per
/// member. Every parameter must have a proven meaning (the key, the value, a time to live, a region, tags, a factory, a
/// hint); a member with a parameter that has none is IMF0001 naming it, never a plausible guess.
/// </summary>
internal static partial class KeyValuePlanner
{
    private const string Kind = "key-value store";

    private const string TtlConventions = "a TimeSpan named ttl/expiry/expiration/expiresIn/timeToLive/lifetime/lifeSpan/validFor/cacheDuration/sliding, seconds named ttl/ttlSeconds/seconds/expirySeconds/expiresInSeconds, a DateTimeOffset or DateTime named expiresAt/expiresOn/absolute/absoluteExpiration/expiry, or an options object";

    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        var shape = KeyValueShape.Of(context, pending);
        var tagsField = shape.HasTags ? context.Names.New("__tags") : null;
        // A store of JSON (a write takes System.Text.Json's contract of its value) keeps strings: a token inside the value is JSON too.
        var jsonWriters = JsonWriters(context, shape);
        var tokenProblem = jsonWriters.Count == 0 && ValueTokenContract.Find(context, shape.ValueType, shape.IsObjectStore) is { } contract ? TokenProblem(context, shape, contract.Contract, contract.Token) : null;
        var blankKeys = BlankKeyGuards.Applies(context, shape);
        StringKeysRule.Validate(context, shape.IsSingle ? null : shape.HasRegions ? null : shape.KeyType, shape.IsSingle ? "the store holds one value" : "the keys of " + context.InterfaceName);
        if (context.KeyValueByDefault && context.DefaultKeyValueCause is null)
        {
            context.DefaultKeyValueCause = DefaultReadingCause(context, shape);
        }

        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (GenericEntityMember(context, candidate) is { } overEntityTypes)
            {
                context.NotSupported(candidate, Kind, overEntityTypes);
                continue;
            }

            var (verb, plural) = shape.VerbOf(candidate);
            string? byNameProblem = null;
            if (verb == KeyValueVerb.None && candidate.Method is not null)
            {
                // TryGetByDeviceCode(deviceCode) beside StoreAsync(deviceCode, …): the verb by the key's own name.
                (verb, plural, byNameProblem) = ByKey(shape, candidate);
            }

            string? reason = null;
            OperationSpec? operation;
            var byConvention = false;
            if (Conventions.IsOneOf(candidate.Symbol.Name, Conventions.NoOpMethodNames) && CanDoNothing(candidate))
            {
                operation = new NoOp();
            }
            else if (FrameworkMember(context, shape, candidate) is { } fixedByFramework)
            {
                operation = fixedByFramework;
            }
            else if (OtherEnumeratorProblem(candidate) is { } enumerates)
            {
                context.NotSupported(candidate, Kind, enumerates);
                continue;
            }
            else if (candidate.Property is { IsIndexer: true } indexer && !indexer.IsStatic)
            {
                if (Indexer(context, shape, candidate, indexer, store, out reason) is { } member)
                {
                    if (TiedValuesProblem(shape) is { } indexerTie)
                    {
                        context.NotSupported(candidate, Kind, indexerTie);
                        continue;
                    }

                    if (tokenProblem is not null && member.Operation is KvIndexerOp { Set: not null })
                    {
                        context.NotSupported(candidate, Kind, tokenProblem);
                        continue;
                    }

                    if (AccessModeChangeRefusal(shape, member.Operation) is { } indexerMode)
                    {
                        context.NotSupported(candidate, Kind, indexerMode);
                        continue;
                    }

                    if (PlainMemberOfJsonStore(context, shape, jsonWriters, member.Operation) is { } indexerJson)
                    {
                        context.NotSupported(candidate, Kind, indexerJson);
                        continue;
                    }

                    if (!blankKeys || BlankKeyGuards.Guard(context, candidate, member) is not null)
                    {
                        store.Members.Add(member);
                        ReportObliviousIndexer(context, candidate, indexer, member.Operation);
                    }
                }
                else
                {
                    context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                }

                continue;
            }
            else if (MemberRules.CommonProblem(candidate, allowOut: verb == KeyValueVerb.TryGet || (verb == KeyValueVerb.Get && IsOutRead(candidate)) || UnprovenTryGetNoun(candidate) is not null || (verb == KeyValueVerb.Delete && RemovesIntoOut(candidate))) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }
            else if (NullableValueKeyRefusal(shape, candidate) is { } nullableKey)
            {
                context.NotSupported(candidate, Kind, nullableKey);
                continue;
            }
            else if (byNameProblem is not null)
            {
                context.NotSupported(candidate, Kind, byNameProblem);
                continue;
            }
            else
            {
                operation = Member(context, shape, candidate, verb, plural, store, out reason);
                byConvention = true;
            }

            // Session 41: a read of the items a keyless write adds one by one (cosmos-holiday's Get(CountryCode code) beside
            // Add(IFixedHolidayFunc func)) is refused for that, before the pick among the key types: its message said "'code' is
            // not the key (Country), a pick among the key types …", a key-value store's doubt, where what the read does is
            // select among the items whatever keys the store. Only members refused anyway: a read the conventions refused, or
            // one the tie of key types below refuses.
            if (byConvention && (operation is null ? ReadsItemsByParameters(shape, candidate, verb) : shape.TiedKeyTypes is not null && UsesKeys(operation))
                && ElementWriteRefusal(shape, candidate) is { } itemsOneByOne)
            {
                context.NotSupported(candidate, Kind, itemsOneByOne);
                continue;
            }

            // A value type the signatures leave tied (h-kv38): every member that reads or writes a value, and every refused
            // member whose cause rests on the pick among the tied types ("differs from the store's value type X", "no noun
            // of this store (its values' type X…)"), is refused for the tie; other refusals keep their own cause.
            if (byConvention && TiedValuesProblem(shape) is { } tiedValues
                && (operation is not null ? TouchesValues(operation) : RestsOnValuePick(shape, reason)))
            {
                context.NotSupported(candidate, Kind, tiedValues);
                continue;
            }

            // A key type the signatures leave tied (h-kv38): a member that takes or answers keys is refused for the tie; the
            // pick among the tied types is by their names, which prove nothing (Jellyfin's IMediaStreamRepository: its read
            // takes a MediaStreamQuery, its write a Guid, one member each).
            if (byConvention && operation is not null && shape.TiedKeyTypes is { } tiedKeys && UsesKeys(operation))
            {
                context.NotSupported(candidate, Kind, "its key type is not proven: the members take " + tiedKeys + " first, as many members each, and no signature says which of them keys the store"
                    + " (a member taking one of them in every key position, or a key the writes make up, would say it)");
                continue;
            }

            if (operation is null)
            {
                context.NotSupported(candidate, Kind, UnitOfWorkSaveCause(context, candidate) ?? reason ?? "its shape is not supported");
                continue;
            }

            // After the conventions, so that a member they refuse keeps their more specific reason; a framework member's
            // meaning is fixed by its contract.
            if (byConvention && OptionalKeyRefusal(shape, candidate, verb) is { } optionalKey)
            {
                context.NotSupported(candidate, Kind, optionalKey);
                continue;
            }

            if (byConvention && ItemKeyRefusal(context, shape, candidate) is { } itemKey)
            {
                context.NotSupported(candidate, Kind, itemKey);
                continue;
            }

            if (byConvention && UnreadKeyAddRefusal(shape, candidate, operation) is { } unreadKey)
            {
                context.NotSupported(candidate, Kind, unreadKey);
                continue;
            }

            if (byConvention && ValueNamedAsKeyRefusal(shape, candidate, operation) is { } valueNamedAsKey)
            {
                context.NotSupported(candidate, Kind, valueNamedAsKey);
                continue;
            }

            if (byConvention && UnreadFlagWriteRefusal(shape, candidate, operation) is { } unreadFlag)
            {
                context.NotSupported(candidate, Kind, unreadFlag);
                continue;
            }

            if (byConvention && UnnamedValuesRefusal(context, shape, verb) is { } unnamedValues)
            {
                context.NotSupported(candidate, Kind, unnamedValues);
                continue;
            }

            if (byConvention && ValueListPropertyRefusal(context, shape) is { } valueList)
            {
                context.NotSupported(candidate, Kind, valueList);
                continue;
            }

            if (byConvention && ElementWriteRefusal(shape, candidate) is { } elementWrite)
            {
                context.NotSupported(candidate, Kind, elementWrite);
                continue;
            }

            if (byConvention && AccessModeChangeRefusal(shape, operation) is { } accessMode)
            {
                context.NotSupported(candidate, Kind, accessMode);
                continue;
            }

            if (PlainMemberOfJsonStore(context, shape, jsonWriters, operation) is { } plainJson)
            {
                context.NotSupported(candidate, Kind, plainJson);
                continue;
            }

            if (tokenProblem is not null && WritesValues(operation))
            {
                context.NotSupported(candidate, Kind, tokenProblem);
                continue;
            }

            if (NullFindingLookupRule.KeyValueReason(candidate, operation) is { } namedNull)
            {
                context.NotSupported(candidate, Kind, namedNull);
                continue;
            }

            // Last, so that the switch is named only where it is the cause (session 41): a read every other rule would generate.
            // Before, it was checked ahead of the read's own shape, and WTM's IBaseCRUDVM.GetWorkflowInstanceAsync(flowName =
            // null) named its ByPassBaseValidation switch where the cause is its optional key.
            if (byConvention && verb is (KeyValueVerb.Get or KeyValueVerb.TryGet) && operation is not (KvExistsOp or KvCreateEntryOp) && ReadSwitch(shape) is { } readSwitch)
            {
                context.NotSupported(candidate, Kind, readSwitch);
                continue;
            }

            var planned = FrameworkContracts.WithNullKeyMeaning(candidate, RecordBufferCopies(Declarations.Member(context, candidate, operation)));
            if (blankKeys && BlankKeyGuards.Guard(context, candidate, planned) is { } guarded)
            {
                store.Members.Add(guarded);
                ReportObliviousRead(context, candidate, operation);
                ReportObliviousOutRead(context, candidate, operation);
            }
            else if (!blankKeys)
            {
                store.Members.Add(planned);
                ReportObliviousRead(context, candidate, operation);
                ReportObliviousOutRead(context, candidate, operation);
            }
        }

        AtomicReads(context, store);
        var valueType = jsonWriters.Count > 0 ? context.Compilation.GetSpecialType(SpecialType.System_String) : shape.ValueType;
        var (copy, immutable) = valueType.SpecialType == SpecialType.System_Object ? (null, false) : CopyPlanner.Plan(context, valueType, store);
        var keyType = shape.HasRegions ? "(string? Region, string Key)" : context.RenderNotNull(shape.KeyType);
        return store.Build(StoreKindModel.KeyValue, context.InterfaceName, null, new KeyValueSpec(keyType, context.RenderNotNull(valueType), copy, immutable, tagsField));
    }


    /// <summary>
    /// Why a member whose key parameter is named after a partition (<c>partition</c>, <c>partitionId</c>,
    /// <c>partitionKey</c>, <c>partitionName</c>) cannot be generated, or null. A partition is a group of the values a store
    /// keeps, not one value's key: Cosmos DB identifies an item by its id within its partition, Azure Tables a row by
    /// PartitionKey and RowKey, so developer-platform's <c>SetAsync(string partitionId, TDocument entity)</c> upserts the
    /// document given (its own id inside it) and a store keyed by the partition would keep one document per partition,
    /// each write replacing the last (h-sample64). A store of partitions themselves (the value's type, the member's name,
    /// the interface's name or a noun of the store says Partition: NStore's IPartitionPersistence, whose partition is a
    /// stream) keeps its key.
    /// </summary>
    private static string? PartitionKey(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (shape.IsSingle || candidate.Method is not { } method)
        {
            return null;
        }

        var key = TypeNames.Underlying(shape.KeyType);
        var parameter = candidate.Parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), key));
        if (parameter is null || !PartitionKeyNames.Any(n => string.Equals(n, parameter.Name, StringComparison.OrdinalIgnoreCase))
            || NamesPartition(method.Name) || NamesPartition(shape.ValueType.Name) || NamesPartition(context.Interface.Name) || shape.Nouns.Any(NamesPartition))
        {
            return null;
        }

        return "its key '" + parameter.Name + "' names a partition, a group of the values a store keeps, not one value's key "
            + "(Cosmos DB finds an item by its id within its partition, Azure Tables a row by PartitionKey and RowKey), "
            + "so a store keyed by it would keep one value per partition, each write replacing the last; "
            + "the id that tells the values of a partition apart is not in the signature";
    }

    private static readonly string[] PartitionKeyNames = { "partition", "partitionId", "partitionKey", "partitionName", "partitionValue" };

    private static bool NamesPartition(string name) => name.IndexOf("Partition", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Why a member that takes the store's key (or a collection of keys) cannot be generated when that key compares by
    /// reference (a class that is neither a record nor overrides Equals, an interface, an array: ITempDataProvider's
    /// <c>HttpContext</c>, nopCommerce's <c>CacheKey</c>), or null.
    /// A fake would find an entry again only through the very same object, while the real store keys by a value the
    /// object carries (a cookie, the session, an id), which the interface does not say. <c>object</c> keys (IMemoryCache)
    /// and type parameters compare as their values do at run time, so they are keys (not one constrained to a class that
    /// compares by reference: CEDAR's ICache&lt;T&gt; where T is an Azure table entity). A byte[] key is a key too: every
    /// store keyed by bytes compares their bytes (neo's MemoryStore, RocksDB, a varbinary key), and so does the runtime's
    /// table, which keeps its own copy of the key.
    /// </summary>
    private static string? KeyByReference(KeyValueShape shape, IReadOnlyList<IParameterSymbol> parameters)
    {
        var key = TypeNames.Underlying(shape.KeyType);
        if (!shape.IsSingle && (key.TypeKind == TypeKind.Delegate || key.SpecialType == SpecialType.System_Boolean)
            && parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), key)) is { } notKey)
        {
            // MSAL's IMsalSFHttpClientFactory.GetHttpClient(Func<…, bool> validateServerCert) and
            // IMsalWsTrustHttpClientFactory.GetHttpClient(bool useDefaultCredentials), Durable Task's
            // IOrchestrationService.DeleteAsync(bool deleteInstanceStore): the parameter configures what the member does
            // (a callback, a flag), so reading it as a key answered null for every call and "removed" an entry keyed by true.
            return key.TypeKind == TypeKind.Delegate
                ? "its key '" + notKey.Name + "' is a delegate (" + key.ToDisplayString() + "): code the real member calls (a callback, a validator, a factory), not a value it is stored under; two lambdas of the same code are different delegates, so the fake would find an entry again only through the very same delegate"
                : "its key '" + notKey.Name + "' is a bool: a flag that says how the member works (Durable Task's DeleteAsync(bool deleteInstanceStore) deletes the whole task hub, with its instance store or without), not a key; a store keyed by bool would hold two entries";
        }

        if (shape.IsSingle || !TypeFacts.ComparesByReference(key) || TypeFacts.IsByteArray(key) || key is INamedTypeSymbol { IsTupleType: true })
        {
            return null;
        }

        var parameter = parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), key) || IsKeyCollection(shape, p.Type));
        return parameter is null
            ? null
            : "its key '" + parameter.Name + "' is a " + key.ToDisplayString() + ", which compares by reference ("
                + (key is ITypeParameterSymbol typeParameter
                    ? "a type parameter constrained to " + TypeFacts.ByReferenceClassConstraint(typeParameter)!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", a class that is not a record and does not override Equals"
                    : key.TypeKind == TypeKind.Array ? "an array" : key.TypeKind == TypeKind.Interface ? "an interface" : "a class that is not a record and does not override Equals")
                + "): the fake would find an entry again only through the very same object, while a real store keys by a value the object carries (an id, a cookie, the session), which the interface does not say";
    }

    /// <summary>
    /// The name of a readable expiry date on the value type itself (<see cref="Conventions.OwnExpiryPropertyNames"/> of
    /// <c>DateTime</c>/<c>DateTimeOffset</c>, nullable or not), or null. Whether a read hides a value past it is the real
    /// store's own choice, which no signature shows.
    /// </summary>
    private static string? OwnExpiry(ITypeSymbol valueType)
    {
        if (valueType.SpecialType != SpecialType.None || valueType.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        for (var type = valueType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.GetMethod is null || property.DeclaredAccessibility != Accessibility.Public
                    || !Conventions.IsOneOf(property.Name, Conventions.OwnExpiryPropertyNames))
                {
                    continue;
                }

                var propertyType = TypeNames.Underlying(property.Type);
                if (propertyType.SpecialType == SpecialType.System_DateTime || propertyType.ToDisplayString() == "System.DateTimeOffset")
                {
                    return property.Name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Why the reads of a cache that no member writes to are refused, or null. Nothing the caller does puts a value in, so
    /// the real cache fills itself on a miss (osu's <c>IWorkingBeatmapCache.GetWorkingBeatmap</c> creates, caches and
    /// returns the working beatmap): a loader the interface does not show. A read-only store of another name stays a lookup.
    /// </summary>
    /// <remarks>
    /// The same holds for a store of any name whose values are services (an interface with behaviour of its own) and
    /// which no member writes to: MassTransit's <c>ISendEndpointProvider.GetSendEndpoint(Uri address)</c> builds the
    /// endpoint for any address it is given; the fake could only answer from a table nothing fills.
    /// </remarks>
    private static string? SelfFilling(ParseContext context, KeyValueShape shape)
    {
        var service = ServiceMethod(shape.ValueType);
        if (!context.InterfaceName.EndsWith("Cache", StringComparison.Ordinal) && service is null && !shape.IsSingle)
        {
            return null;
        }

        // A write the user wrote by hand (a refused TrySet written with Store.Set) puts values in as a generated one does.
        foreach (var candidate in shape.Candidates.Concat(context.HandWritten))
        {
            if (candidate.Property is { IsIndexer: true, SetMethod: not null })
            {
                return null;
            }

            if (shape.VerbOf(candidate).Verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.Append
                or KeyValueVerb.SetMany or KeyValueVerb.GetOrAdd or KeyValueVerb.Increment or KeyValueVerb.Decrement or KeyValueVerb.Renew
                || AtomicStepOf(shape, candidate) is not null)
            {
                return null;
            }
        }

        if (UnknownWriter(shape) is { } writer)
        {
            return "no member the fake knows puts a value in: '" + writer + "' takes a value after its key but is not a known verb (" + KnownVerbLists.KeyValue + "), so what "
                + "it writes is its own code, and a read over the fake's table would not see it";
        }

        if (shape.IsSingle && UnknownValueWriters(shape) is { Count: > 0 } writers)
        {
            // h-sample107: Orleans.Lattice's high-water-mark grain writes its one value through TryAdvanceAsync(candidate) and
            // PinSnapshotAsync(asOfHlc), verbs of its own; the refusal of its GetAsync() said no member puts a value in.
            var one = writers.Count == 1;
            return "no member the fake knows puts the one value in: " + string.Join(" and ", writers.Select(static w => "'" + w + "'")) + (one ? " takes a " : " take a ")
                + shape.ValueType.ToDisplayString() + (one ? " but is not a known verb (" : " but are not known verbs (") + KnownVerbLists.KeyValue + "), so when "
                + (one ? "it writes" : "they write") + " the value is the real store's own code (Orleans.Lattice's TryAdvanceAsync(candidate) writes only a candidate above the value held), "
                + "and a read over the fake's table would not see it; write the read with " + (one ? "it" : "them") + " (Store.Set(\"value\", …) puts the one value in, Store.Get(\"value\") reads it)";
        }

        if (!context.InterfaceName.EndsWith("Cache", StringComparison.Ordinal) && service is null)
        {
            // A store of one value (no member takes a key) that no member writes: the value a keyless read answers is what the
            // real store was built with (dotnet/performance's IX509Store.GetX509Store() hands out the X509Store its
            // constructor opened), where the fake's read threw the not-found error on every new fake (h-sample50).
            return "no member of " + context.InterfaceName + " puts a value in, and no member takes a key, so the one value a read without a key answers is what the real store was built with"
                + " (dotnet/performance's TestableX509Store.GetX509Store() hands out the X509Store its constructor opened), where the fake could only give the not-found error or null;"
                + " write the member (Store.Set(\"value\", …) puts the one value in, Store.Get(\"value\") reads it)";
        }

        if (!context.InterfaceName.EndsWith("Cache", StringComparison.Ordinal))
        {
            return "no member of " + context.InterfaceName + " puts a value in, and its values are " + shape.ValueType.ToDisplayString() + ", an interface with behaviour of its own ("
                + service + "): a service the real store builds when it is asked (MassTransit's ISendEndpointProvider.GetSendEndpoint(address) makes the endpoint for any address),"
                + " where the fake could only give the not-found error or null";
        }

        return "no member of " + context.InterfaceName + " puts a value in, so the cache fills itself on a miss (osu's IWorkingBeatmapCache.GetWorkingBeatmap "
            + "creates, caches and returns the working beatmap): a loader the interface does not show, where the fake could only give the not-found error or null";
    }

    /// <summary>
    /// Why the reads of a store whose interface has a settable <c>bool</c> property are refused, or null. Such a property is a
    /// switch of the real store (refused itself: the fake holds no such state), and a switch may change what a read answers:
    /// Kiota's <c>IBackingStore.ReturnOnlyChangedValues</c> makes <c>InMemoryBackingStore.Get&lt;T&gt;(key)</c> answer default for
    /// a value not changed since <c>InitializationCompleted</c>. A read generated beside it would answer the stored value
    /// whatever the switch says. Checked last (session 41), so that a read another rule refuses names that rule's cause.
    /// </summary>
    private static string? ReadSwitch(KeyValueShape shape)
    {
        var switches = shape.Candidates
            .Select(static c => c.Property)
            .Where(static p => p is { IsIndexer: false, IsStatic: false, SetMethod: not null, Type.SpecialType: SpecialType.System_Boolean })
            .Select(static p => "'" + p!.Name + "'")
            .ToList();
        return switches.Count == 0
            ? null
            : "its interface has the switch" + (switches.Count > 1 ? "es " : " ") + string.Join(", ", switches) + " (a settable bool, which the fake does not hold), and a switch may change what a read answers (Kiota's IBackingStore.ReturnOnlyChangedValues makes "
                + "InMemoryBackingStore.Get answer default for a value not changed since InitializationCompleted), where the generated read would answer the stored value whatever it says; "
                + "write the read beside the property (Store.TryGet(key, out var value) is the stored value)";
    }

    /// <summary>
    /// The first method of behaviour of an interface type, or null for any other type: not a no-op such as Dispose, and
    /// not what a value has (an equality, an order, a text form, a copy: GitVersion's <c>IBranch : IEquatable&lt;IBranch?&gt;</c>
    /// is data with an equality). <c>IObservable&lt;T&gt;.Subscribe</c> is behaviour.
    /// </summary>
    private static string? ServiceMethod(ITypeSymbol type)
        => TypeNames.Underlying(type) is INamedTypeSymbol { TypeKind: TypeKind.Interface } contract && TypeFacts.EnumerableElement(contract) is null
            ? new[] { contract }.Concat(contract.AllInterfaces).SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>()
                .FirstOrDefault(static m => m is { MethodKind: MethodKind.Ordinary, IsStatic: false } && !Conventions.IsOneOf(m.Name, Conventions.NoOpMethodNames)
                    && !Conventions.IsOneOf(m.Name, ValueMethodNames))?.Name
            : null;

    private static readonly string[] ValueMethodNames = { "Equals", "GetHashCode", "ToString", "CompareTo", "Clone" };

    /// <summary>
    /// The members of no known verb that take a value of a store of one value (no member takes a key): they may be its
    /// writes (Orleans.Lattice's <c>PinSnapshotAsync(HybridLogicalClock asOfHlc)</c>), so a keyless read beside them is no
    /// read of a value the real store was built with.
    /// </summary>
    private static List<string> UnknownValueWriters(KeyValueShape shape)
        => shape.Candidates
            .Where(c => c.Method is not null && shape.VerbOf(c).Verb == KeyValueVerb.None
                && c.Parameters.Any(p => TypeFacts.ReadsAsValue(p) && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.ValueType))))
            .Select(static c => c.Symbol.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A member of no known verb that may be the cache's write, or null: a method whose parameters after the first include
    /// the store's value type (msbuild's <c>RegisterTaskObject(object key, object obj, lifetime, allowEarlyCollection)</c>).
    /// A read beside it is not a self-filling cache, whatever the refusal.
    /// </summary>
    private static string? UnknownWriter(KeyValueShape shape)
    {
        foreach (var candidate in shape.Candidates)
        {
            if (candidate.Method is { } method && shape.VerbOf(candidate).Verb == KeyValueVerb.None && method.Parameters.Length >= 2
                && method.Parameters.Skip(1).Any(p => TypeFacts.ReadsAsValue(p) && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.ValueType))))
            {
                return candidate.Verb;
            }
        }

        return null;
    }

    /// <summary>
    /// Why a member returning an interface with methods of its own cannot be generated, or null: such a result (ASP.NET
    /// Core's <c>ISessionStore.Create</c> returning an <c>ISession</c>) is a service the real store builds, with behaviour
    /// (load, commit) no key-value entry has. Collections, the store's own value type and interfaces of properties (a cache
    /// entry, disposable at most) are not services.
    /// </summary>
    private static string? ServiceResult(KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Result is not { } result || TypeNames.Underlying(result) is not INamedTypeSymbol { TypeKind: TypeKind.Interface } contract
            || TypeFacts.SameType(contract, shape.ValueType) || TypeFacts.EnumerableElement(contract) is not null)
        {
            return null;
        }

        return ServiceMethod(contract) is not { } method
            ? null
            : "it returns " + contract.ToDisplayString() + ", an interface with behaviour of its own (" + method + "): a service the real store builds, which a key-value fake does not make";
    }

    /// <summary>
    /// The noun of a write that names the whole store in the singular (<c>PersistStateAsync</c> of an
    /// <c>IPersistentComponentStateStore</c>: its subject ends with State), or null. A dictionary written under such a noun
    /// may be the store's entire content rather than a batch of entries (<see cref="Conventions.KeyValueNouns"/> such as
    /// Item or Data name entries, not the store).
    /// </summary>
    private static string? WholeStoreNoun(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        var stripped = VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
        var subject = VerbNouns.Subject(context.InterfaceName);
        return stripped.Noun is { } noun && !stripped.Plural && subject is not null && subject.EndsWith(noun, StringComparison.Ordinal)
            && !Conventions.IsOneOf(noun, Conventions.KeyValueNouns)
            ? noun
            : null;
    }

    /// <summary>
    /// Why a write verb that takes no parameter (but a cancellation token) is refused: the caller gives the store nothing to
    /// write. Returning a new value, it is the store that makes the entry up (the MCP C# SDK's
    /// <c>IMcpTaskStore.CreateTaskAsync()</c>: <c>InMemoryMcpTaskStore</c> picks the id, the status and the poll interval);
    /// returning nothing or something else, it sets the store up or saves changes made before (DurableTask's
    /// <c>ITrackingStore.CreateAsync()</c> creates its tables, GitExtensions' <c>IPersistentConfigValueStore.Save()</c> writes
    /// pending changes). Either way what it does is the store's own code (found by h-sample32's round, whose message said
    /// only what a write must take).
    /// </summary>
    private static string ParameterlessWrite(KeyValueShape shape, MemberCandidate candidate)
        => candidate.Result is { } result && TypeFacts.SameType(result, shape.ValueType)
            ? "it takes neither a key nor a value and returns a new " + shape.ValueType.ToDisplayString()
                + ", so what the new value holds, and under which key it is kept, is the store's own making (the MCP C# SDK's"
                + " InMemoryMcpTaskStore.CreateTaskAsync() picks a new id, the status Working and its poll interval), which no signature says;"
                + " a write must take the key, the value and optionally a time to live"
            : "it takes neither a key nor a value, so it writes nothing the caller gives: a parameterless write sets the store up"
                + " (DurableTask's ITrackingStore.CreateAsync() creates its tables) or saves changes made before"
                + " (GitExtensions' IPersistentConfigValueStore.Save()), which is the store's own code;"
                + " a write must take the key, the value and optionally a time to live";

    /// <summary>
    /// Why a bare <c>Flush</c> is not known to clear the store, or null when it is. <c>Flush</c> clears a cache in some
    /// stores (EasyCaching's <c>IEasyCachingProvider.Flush</c>, Coravel's <c>ICache.Flush</c>, memcached's flush_all) and
    /// writes out buffered data in others (WebJobs' <c>IAsyncCollector.FlushAsync</c>, a stream or writer, Akavache's
    /// <c>IBlobCache.Flush</c>, which persists pending entries). So it is the clear only on a store whose name says cache and
    /// which has no other member that clears (Akavache's blob cache has <c>InvalidateAll</c> beside its <c>Flush</c>).
    /// </summary>
    private static string? FlushProblem(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (!string.Equals(VerbWord(shape, candidate), "Flush", StringComparison.Ordinal))
        {
            return null;
        }

        const string meanings = "'Flush' clears a cache in some stores (EasyCaching's IEasyCachingProvider.Flush, Coravel's ICache.Flush) and writes out buffered data in others"
            + " (WebJobs' IAsyncCollector.FlushAsync, a stream or writer, Akavache's IBlobCache.Flush, which persists pending entries)";
        if (context.InterfaceName.IndexOf("Cache", StringComparison.Ordinal) < 0)
        {
            return meanings + "; the store's name (" + context.InterfaceName + ") does not say cache, so it is not known to clear; if it does, Store.Clear() is the one line";
        }

        foreach (var other in shape.Candidates)
        {
            if (!ReferenceEquals(other, candidate) && other.Method is not null && !string.Equals(other.Verb, candidate.Verb, StringComparison.Ordinal)
                && Conventions.KeyValueVerbOf(VerbWord(shape, other)) == KeyValueVerb.Clear)
            {
                return meanings + "; beside '" + other.Symbol.Name + "', which clears the store already, it is the other meaning, as in Akavache's IBlobCache (Flush beside InvalidateAll)";
            }
        }

        return null;
    }

    /// <summary>The member's verb word without the nouns the store proves (<c>ForgetValue</c> → <c>Forget</c>).</summary>
    internal static string VerbWord(KeyValueShape shape, MemberCandidate candidate)
        => VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb;

    /// <summary>
    /// Why a member that reads or writes a value cannot be generated when the signatures leave the store's value type tied
    /// (<see cref="KeyValueShape.TiedValueTypes"/>), or null.
    /// </summary>
    private static string? TiedValuesProblem(KeyValueShape shape)
    {
        if (shape.TiedValueTypes is not { } tied)
        {
            return null;
        }

        return shape.TiedValuesRead
            ? "its members read and write " + tied + " as values, as many members each, and no signature says which of them the store keeps under a key"
                + " (a read of one value, or a write of one value beside a read of a list of it, would say it); the fake's one table holds one type of value"
            : "no member reads a value back, and the writes take " + tied + " in equal numbers, so which of them the store keeps under a key is not said"
                + " (each may write its own part of one record: biobankinguk's Elasticsearch partial updates merge their fields into the document and fail for a missing one)";
    }

    /// <summary>
    /// Whether a refusal's cause names the store's value type as the values (the phrases the planners write: "the store's
    /// value type X", "the store's values are X", "the store's values (X)", "its values are X"): with the value type tied,
    /// that type is a pick by name, and the cause is the tie. The nouns a verb may carry ("no noun of this store (its
    /// values' types A or B, …)") name every tied type, so an unknown noun keeps its own cause.
    /// </summary>
    private static bool RestsOnValuePick(KeyValueShape shape, string? reason)
    {
        if (reason is null)
        {
            return false;
        }

        foreach (var shown in new[] { shape.ValueType.ToDisplayString(), shape.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) })
        {
            foreach (var phrase in new[] { "the store's value type ", "the store's values are ", "the store's values (", "its values are " })
            {
                if (reason.IndexOf(phrase + shown, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a member takes or answers keys (everything but a whole-store clear, count, emptiness or listing of values).</summary>
    private static bool UsesKeys(OperationSpec operation)
        => operation is not (NoOp or KvClearOp or KvCountOp or KvAnyOp or KvValuesOp);

    /// <summary>Whether a member reads or writes the store's values (not only its keys).</summary>
    private static bool TouchesValues(OperationSpec operation)
        => WritesValues(operation) || operation is KvGetOp or KvGetItemOp or KvTryGetOp or KvReadIntoOp or KvValuesOp or KvEntriesOp or KvEnumerateEntriesOp or KvGetManyOp
            or KvIndexerOp or KvCreateEntryOp or KvRemoveWhereOp;

    /// <summary>Whether a member writes values the caller gives (or a factory makes): what a token contract would check.</summary>
    private static bool WritesValues(OperationSpec operation)
        => operation is KvSetOp or KvSetItemOp or KvAddWithNewKeyOp or KvSetManyOp or KvGetOrAddOp or KvCompareAndSetOp or KvAtomicOp;

    /// <summary>Why the value writes of a store whose values may carry an item contract's token are refused (ValueTokenContract).</summary>
    private static string TokenProblem(ParseContext context, KeyValueShape shape, INamedTypeSymbol contract, IPropertySymbol token)
        => (shape.IsObjectStore ? "its values are object, and any of them may implement " : "its values implement ")
            + contract.ToDisplayString() + ", declared beside " + context.InterfaceName + " with a read-write " + token.Name
            + " (a concurrency token): whether the store checks and assigns it on every write, and how (which tokens conflict, what a wildcard such as '*' or an empty token means,"
            + " whether the caller's object gets the new token, which exception a conflict is), is the store's own and in no signature, and a key-value fake keeps its values opaque as a cache does";

    /// <summary>
    /// The key and value types the store's table holds, for planners that describe stored types (the JSON metadata of
    /// persistence): the key as the table stores it (<c>(string? Region, string Key)</c> in a store with regions).
    /// </summary>
    internal static (ITypeSymbol Key, ITypeSymbol Value) Types(ParseContext context, List<MemberCandidate> pending)
    {
        var shape = KeyValueShape.Of(context, pending);
        if (JsonWriters(context, shape).Count > 0)
        {
            // A store of JSON keeps each value's JSON text (h-kvjson37).
            return (shape.KeyType, context.Compilation.GetSpecialType(SpecialType.System_String));
        }

        if (!shape.HasRegions)
        {
            return (shape.KeyType, shape.ValueType);
        }

        var text = context.Compilation.GetSpecialType(SpecialType.System_String);
        var regioned = context.Compilation.CreateTupleTypeSymbol(
            System.Collections.Immutable.ImmutableArray.Create<ITypeSymbol>(text.WithNullableAnnotation(NullableAnnotation.Annotated), text),
            System.Collections.Immutable.ImmutableArray.Create<string?>("Region", "Key"));
        return (regioned, shape.ValueType);
    }

    /// <summary>
    /// Why a generic member of a store of object values cannot be read as one: its type parameter is constrained to an
    /// entity with a key of its own (<c>GetAsync&lt;TEntity&gt;(string key) where TEntity : IEntityIdentity&lt;string&gt;</c>),
    /// so the key may be that entity's key in a table of its type (a repository over every entity type, Nano's
    /// IRepository) as well as one key space shared by every type; null when no type parameter has a key.
    /// </summary>
    private static string? EntityTypeArgumentProblem(ParseContext context, IMethodSymbol method)
    {
        foreach (var parameter in method.TypeParameters)
        {
            if (parameter.ConstraintTypes.Length == 0)
            {
                continue;
            }

            // A method's type parameter is no entity candidate of EntityInfo (a store's own type parameter is): its key is
            // looked for the same way, a property marked [Key], Id, or a constraint's name plus Id (ILease's LeaseId).
            var names = parameter.ConstraintTypes.Select(static c => (c.TypeKind == TypeKind.Interface && c.Name.Length > 1 && c.Name[0] == 'I' && char.IsUpper(c.Name[1]) ? c.Name.Substring(1) : c.Name) + Conventions.KeyPropertyName).ToList();
            var key = context.PropertiesOf(parameter).FirstOrDefault(p =>
                p.GetAttributes().Any(static a => a.AttributeClass is { } attributeClass && Conventions.IsOneOf(attributeClass.Name, Conventions.KeyAttributeNames))
                || p.Name.Equals(Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase)
                || names.Any(n => p.Name.Equals(n, StringComparison.OrdinalIgnoreCase)));
            if (key is null)
            {
                continue;
            }

            var constraints = string.Join(", ", parameter.ConstraintTypes.Select(static c => c.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            return "its type parameter '" + parameter.Name + "' is constrained to " + constraints + ", an entity with a key of its own ("
                + key.Name + "), so the key it takes may be that entity's key in a table of each type (a repository over every entity type: "
                + "Nano's IRepository.GetAsync<TEntity>(string key) reads TEntity's table by its Id) or one key shared by the values of every "
                + "type (a store of object values); which one, no signature says";
        }

        return null;
    }

    /// <summary>
    /// Why a generic member of a store without keys is refused: its type argument is the only thing that tells one call
    /// from another, and whether it selects a value (one per type) or only casts the one value is the store's own.
    /// </summary>
    internal const string KeylessGenericProblem = "it is generic and no member takes a key, so its type argument is the only thing that tells one value from another: "
        + "whether the store keeps one value whatever the type (a cast of it) or one value per type (Proto.Actor's IContextStore keeps a value under each T of Set<T, TI>, "
        + "and Get<T> reads T's own) is the store's own and in no signature, and the fake's one value would answer Get<Greeter> with what Set<IGreeter, Greeter> stored; "
        + "when you own the interface, give its members a key parameter";

    private static OperationSpec? Member(ParseContext context, KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb, bool plural, StoreBuilder store, out string? reason)
    {
        reason = null;
        if (candidate.Property is { } property)
        {
            return verb switch
            {
                KeyValueVerb.Count when TypeFacts.IsIntOrLong(property.Type) => new KvCountOp(),
                KeyValueVerb.Any or KeyValueVerb.IsEmpty when TypeFacts.IsBool(property.Type) => new KvAnyOp(verb == KeyValueVerb.IsEmpty),
                KeyValueVerb.Keys when shape.PairFirst is { } container => Fail("the store's entries are named by '" + container + "' and a name, so a list of names alone would merge entries of different " + container + " values", out reason),
                KeyValueVerb.Keys when shape.HasRegions => Fail("the store's entries are named by a region and a key, so a list of keys alone would merge entries of different regions", out reason),
                KeyValueVerb.Keys => Keys(context, shape, candidate, out reason),
                KeyValueVerb.GetAll when candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.ElementType(context.Known, TypeNames.Underlying(property.Type)) is not null
                    => Values(context, shape, candidate, out reason),
                _ => OtherProperty(context, shape, property, out reason),
            };
        }

        if (AtomicStepOf(shape, candidate) is { } atomicStep)
        {
            return AtomicNumber(context, shape, candidate, atomicStep, out reason);
        }

        if (verb == KeyValueVerb.None)
        {
            return Fail(ValueTypeVerbs.Mismatch(candidate) ?? TwoMeaningVerb(candidate.Verb) ?? ForeignSubjectNoun(shape, candidate) ?? MentionedTypeNoun(context, shape, candidate) ?? UnprovenTryGetNounReason(shape, candidate)
                ?? KeyNamedWriteRefusal(context, shape, candidate) ?? QualifiedKeysReason(context, shape, candidate) ?? ForeignRowsResult(context, shape, candidate) ?? StoreReloadReason(context, shape, candidate)
                ?? KnownVerbLists.NotKnown(candidate.Verb, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None, KnownVerbLists.KeyValue,
                    rest => KnownVerbLists.AfterVerb(rest, shape.Nouns, "this store (" + (shape.IsObjectStore || shape.ValueType is ITypeParameterSymbol ? "" : shape.TiedValues.Count > 1
                        ? "its values' types " + string.Join(" or ", shape.TiedValues.Select(static t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))) + ", "
                        : "its values' type " + shape.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", ")
                        + "the interface's subject, or " + string.Join("/", Conventions.KeyValueNouns.Take(3)) + "…)", "which entries it is about is not said")), out reason);
        }

        if (ValueTypeVerbs.StoreMismatch(candidate, shape.ValueType) is { } conversion)
        {
            return Fail(conversion, out reason);
        }

        if (shape.KeysArePositions)
        {
            return Fail("its interface takes positions in a list ('index'), not keys: it is a list, not a key-value store", out reason);
        }

        if (KeyByReference(shape, candidate.Parameters) is { } byReference)
        {
            return Fail(byReference, out reason);
        }

        if (ExpressionParameterRefusal(context, shape, candidate, verb) is { } expressionParameter)
        {
            return Fail(expressionParameter, out reason);
        }

        if (SerializerContract(context, shape, candidate) is { } serializerContract)
        {
            // A store whose writes take the contract keeps the JSON, and its members with a contract are generated over it;
            // elsewhere (a read with a contract and no such write) the contract stays the real store's own.
            return JsonWriters(context, shape).Count > 0
                ? JsonContractMember(context, shape, candidate, verb, plural, serializerContract, store, out reason)
                : Fail(SerializerParameterRefusal(context, shape, candidate)!, out reason);
        }

        if (verb != KeyValueVerb.Clear && PartitionKey(context, shape, candidate) is { } partition)
        {
            return Fail(partition, out reason);
        }

        if (ServiceResult(shape, candidate) is { } service)
        {
            return Fail(service, out reason);
        }

        if (verb is KeyValueVerb.Get or KeyValueVerb.TryGet && OwnExpiry(shape.ValueType) is { } expiry)
        {
            return Fail("its values carry their own expiry (" + shape.ValueType.Name + "." + expiry + "), which some real stores honour on a read "
                + "(NuGet's IconCopyResultCache.Get returns null for a result past its Expiration) and others return as stored (IdentityServer4's "
                + "persisted-grant stores leave the check to their callers); the fake's time to live comes only from a TTL parameter", out reason);
        }

        var method = candidate.Method!;
        if (method.IsGenericMethod && !shape.IsObjectStore && GenericFirstWriteProblem(shape, candidate) is { } genericFirst)
        {
            return Fail(genericFirst, out reason);
        }

        if (method.IsGenericMethod && shape.IsSingle)
        {
            return Fail(KeylessGenericProblem, out reason);
        }

        var genericAllowed = verb is KeyValueVerb.Get or KeyValueVerb.TryGet or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.GetOrAdd or KeyValueVerb.SetMany or KeyValueVerb.Replace;
        if (method.IsGenericMethod && !(genericAllowed && (shape.IsObjectStore || verb is KeyValueVerb.Get or KeyValueVerb.TryGet)))
        {
            return Fail("generic methods are supported only for Get/TryGet/Set/GetOrAdd of a store whose values are object, and for Get/TryGet of another store", out reason);
        }

        if (method.IsGenericMethod && shape.IsObjectStore && EntityTypeArgumentProblem(context, method) is { } entityArgument)
        {
            return Fail(entityArgument, out reason);
        }

        if (method.IsGenericMethod && GenericReads.Converts(context) && verb is KeyValueVerb.TryGet)
        {
            return Fail(GenericReads.OnlyGetProblem, out reason);
        }

        if (method.IsGenericMethod && !shape.IsObjectStore && (shape.ValueType.IsSealed || shape.ValueType.IsValueType)
            && !(verb is KeyValueVerb.Get && GenericReads.Converts(context)))
        {
            // GetSettingAsync<T>(key) beside SetValueAsync(string key, string value): reading a string as an int is a
            // conversion (int.Parse, Convert.ChangeType, JSON) that only the real store knows; a cast would give default.
            if (ValueTypeFromGenericFirstWrite(shape, method) is { } origin)
            {
                return Fail(origin, out reason);
            }

            return Fail("its values are " + shape.ValueType.ToDisplayString() + ", so reading one as any " + method.TypeParameters[0].Name
                + " is a conversion (parsing, Convert.ChangeType, JSON) the real store chooses, not a cast; when the real store converts with "
                + "Convert.ChangeType (CacheManager's GetCasted), say so with [InMemoryFake(GenericReads = GenericReadConversion.ChangeType)]", out reason);
        }

        // Parameters with a meaning of their own, wherever they are: the region (part of the key) and the tags.
        var args = candidate.Parameters;
        var regionParameter = KeyValueShape.Region(args);
        if (KeyPairs.TakesContainer(shape, args))
        {
            if (shape.PairProblem is not null)
            {
                return Fail(shape.PairProblem, out reason);
            }

            regionParameter = args[0];
            if (args.Length == 1)
            {
                return ContainerOnly(shape, candidate, verb, plural, out reason);
            }
        }

        if (regionParameter is not null)
        {
            if (!shape.HasRegions)
            {
                return Fail("its parameter '" + regionParameter.Name + "' is a region, but " + shape.RegionProblem, out reason);
            }

            args = args.Where(a => !SymbolEqualityComparer.Default.Equals(a, regionParameter)).ToArray();
        }

        // The tags a write (or a get-or-add's add) records; a removal by tags takes them as its argument.
        var tagsParameter = verb == KeyValueVerb.EvictByTag ? null : KeyValueShape.Tags(context, args);
        if (tagsParameter is not null)
        {
            args = args.Where(a => !SymbolEqualityComparer.Default.Equals(a, tagsParameter)).ToArray();
        }

        var region = regionParameter is null ? null : Declarations.Argument(regionParameter);
        if (tagsParameter is not null && verb is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.GetOrAdd))
        {
            return Fail("only a write records tags (its parameter '" + tagsParameter.Name + "' is tags)", out reason);
        }

        var member = new MemberParts(candidate, args, region, tagsParameter is null ? null : Declarations.Argument(tagsParameter))
        {
            TagsInMemory = tagsParameter is not null && IsMemoryOfStrings(context.Known, tagsParameter.Type),
        };
        if (Conventions.IsOneOf(candidate.Verb, Conventions.KeyValueEntryCreateNames))
        {
            return CreateEntry(context, shape, member, store, out reason);
        }

        switch (verb)
        {
            case KeyValueVerb.Get:
                if (!plural && SelfFilling(context, shape) is { } selfFilling)
                {
                    return Fail(selfFilling, out reason);
                }

                if (!plural && IsOutRead(candidate))
                {
                    return OutRead(context, shape, member, out reason);
                }

                return plural ? Plural(context, shape, member, out reason)
                    : ReadsInto(context, shape, member) is { } getInto ? ReadInto(context, shape, member, getInto, out reason)
                    : Get(context, shape, member, store, out reason);
            case KeyValueVerb.TryGet:
                if (args.Length == 1 && IsKeyCheck(member.Candidate))
                {
                    // bool TryFind(key): nothing to hand out, so only whether the key is there.
                    return KeyOnly(context, shape, member, KeyValueVerb.Exists, out reason);
                }

                if (!plural && SelfFilling(context, shape) is { } selfFillingTry)
                {
                    // TryGet(key, out value) reads as Get does: Orleans' IGrainContextActivatorProvider.TryGet(grainType, out
                    // activator) builds the activator for the grain types it handles, which no member of it puts in.
                    return Fail(selfFillingTry, out reason);
                }

                if (args.Length == 1 && IsKey(context, shape, args[0]) && member.Candidate.Result is { } tryResult && !TypeFacts.IsBool(tryResult) && TypeNames.AllowsNull(tryResult))
                {
                    // TValue? TryGet(key) (neo's IReadOnlyStore): the Try says a missing key is no error, and the result
                    // declared nullable says what it answers instead: null, as a Get(key) returning TValue? does.
                    return GetResult(context, shape, member.Candidate, KeyOf(shape, member), out reason);
                }

                if (args.Length == 1 && IsKey(context, shape, args[0]) && member.Candidate.Result is { } wrappedTry && ResultShapes.WrapperSpec(context, wrappedTry) is not null)
                {
                    // Task<ConditionalValue<T>> TryGet(key) (das-payments-V2's IDataCache<T>, Service Fabric's reliable
                    // collections): the result wrapper says found or not, so it reads as a Get(key) returning that wrapper
                    // does: (true, value) when the key is there, the wrapper's "no value" otherwise.
                    return GetResult(context, shape, member.Candidate, KeyOf(shape, member), out reason);
                }

                return ReadsInto(context, shape, member) is { } into ? ReadInto(context, shape, member, into, out reason) : TryGet(context, shape, member, out reason);
            case KeyValueVerb.Set:
            case KeyValueVerb.SetIfAbsent:
            case KeyValueVerb.Replace:
                return plural && args.Length == 1 && KeyValueShape.DictionaryTypes(context, args[0].Type) is not null
                    ? SetMany(context, shape, member, verb == KeyValueVerb.SetIfAbsent, store, out reason)
                    : Set(context, shape, member, verb, store, out reason);
            case KeyValueVerb.Append:
                return Set(context, shape, member, KeyValueVerb.Append, store, out reason);
            case KeyValueVerb.Renew:
                return args.Length == 1 ? KeyOnly(context, shape, member, verb, out reason) : Set(context, shape, member, KeyValueVerb.Set, store, out reason);
            case KeyValueVerb.SetMany:
                return SetMany(context, shape, member, false, store, out reason);
            case KeyValueVerb.Delete:
                if (plural || (args.Length == 1 && IsKeyCollection(shape, args[0].Type)))
                {
                    return Plural(context, shape, member, out reason);
                }

                return KeyOnly(context, shape, member, verb, out reason);
            case KeyValueVerb.DeleteMany:
                return DeleteMany(context, shape, member, out reason);
            case KeyValueVerb.Exists:
            case KeyValueVerb.Refresh:
            case KeyValueVerb.TimeToLive:
                return KeyOnly(context, shape, member, verb, out reason);
            case KeyValueVerb.Increment:
            case KeyValueVerb.Decrement:
                return Counter(context, shape, member, verb == KeyValueVerb.Decrement, store, out reason);
            case KeyValueVerb.Clear:
                if (FlushProblem(context, shape, candidate) is { } flushProblem)
                {
                    return Fail(flushProblem, out reason);
                }

                if ((args.Length > 0 || regionParameter is not null) && Conventions.IsOneOf(VerbWord(shape, candidate), Conventions.KeyValueClearAllVerbs))
                {
                    // ClearAll(x), InvalidateAll(Type type): all of what the parameter selects (Akavache's InvalidateAll(type)
                    // removes the entries of that type), which is no key of the store, so not every entry and not one.
                    var selector = regionParameter ?? args[0];
                    return Fail("'" + VerbWord(shape, candidate) + "' says every entry, yet it takes '" + selector.Name + "' (" + selector.Type.ToDisplayString()
                        + "): all of what that parameter selects (Akavache's InvalidateAll(Type type) removes the entries of that type, cloudscribe's InvalidateAll(Guid siteId) a site's),"
                        + " which the store's entries do not record; without parameters it clears the store", out reason);
                }

                if (args.Length == 1 && IsKeyCollection(shape, args[0].Type))
                {
                    // RemoveAll(keys = null): the verb says all and the default says the keys may be left out, so no keys
                    // (null or empty) is every entry (Foundatio's RemoveAllAsync flushes then); without the default a
                    // null collection stays the argument error.
                    return DeleteMany(context, shape, member, out reason, noKeysMeansAll: args[0].HasExplicitDefaultValue && args[0].ExplicitDefaultValue is null);
                }

                // ClearCache(string key): clearing one key is removing it (the parameter must be named as a key).
                // Only a name that says the cache entry's key (key, cacheKey): ClearCache(partitionKey) may clear a whole partition.
                if (args.Length == 1 && TypeFacts.SameType(args[0].Type, shape.KeyType)
                    && (string.Equals(args[0].Name, "key", StringComparison.OrdinalIgnoreCase) || args[0].Name.EndsWith("CacheKey", StringComparison.OrdinalIgnoreCase) || string.Equals(args[0].Name, "cacheKey", StringComparison.OrdinalIgnoreCase)
                        || NamedAsTheStoresKey(shape, candidate, args[0])))
                {
                    var removal = KeyOnly(context, shape, member, KeyValueVerb.Delete, out reason);

                    // Clear(string? key = null): as RemoveAll(keys = null) above, the verb says clear and the default says the key
                    // may be left out, so none (null) is every entry (Cofoundry's IObjectCache.Clear); without the default a null
                    // key stays the argument error.
                    // A nullable value key (Clear(Guid? key = null)) is removed by its value once null is handled.
                    return removal is KvDeleteOp { ReturnsBool: false, Key.Kind: KvKeyKind.Argument } one && args[0].HasExplicitDefaultValue && args[0].ExplicitDefaultValue is null
                        ? one with
                        {
                            NullKeyClearsAll = true,
                            Key = TypeNames.IsNullableValueType(args[0].Type) ? one.Key with { Key = one.Key.Key! with { NullFindsNothing = true } } : one.Key,
                        }
                        : removal;
                }

                return args.Length == 0 && candidate.IsVoid && region is null ? new KvClearOp() : Fail("Clear must take no parameters and return nothing (or only the entry's key, named key or cacheKey or as the key of the store's reads and writes, to remove it)", out reason);
            case KeyValueVerb.Count:
                return args.Length == 0 && region is null && TypeFacts.IsIntOrLong(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                    ? new KvCountOp()
                    : Fail("Count must take no parameters and return int or long", out reason);
            case KeyValueVerb.Any:
            case KeyValueVerb.IsEmpty:
                return args.Length == 0 && region is null && TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                    ? new KvAnyOp(verb == KeyValueVerb.IsEmpty)
                    : Fail("it must take no parameters and return bool", out reason);
            case KeyValueVerb.Keys:
                return args.Length != 0 || region is not null
                    ? Fail("Keys must take no parameters", out reason)
                    : shape.HasRegions
                        ? Fail("the store's entries are named by a region and a key, so a list of keys alone would merge entries of different regions", out reason)
                    : Keys(context, shape, candidate, out reason);
            case KeyValueVerb.Expire:
                return Expire(context, shape, member, store, out reason);
            case KeyValueVerb.GetAll:
                if (args.Length == 1 && IsKeyCollection(shape, args[0].Type))
                {
                    return GetMany(context, shape, member, out reason);
                }

                return args.Length == 0 && region is null ? Entries(context, shape, candidate, out reason) ?? (reason is null ? Values(context, shape, candidate, out reason) : (OperationSpec?)null) : Fail("GetAll must take no parameters, or a collection of keys", out reason);
            case KeyValueVerb.CopyTo:
                return args.Length == 0 && region is null ? Fail("CopyTo must take an array of the store's entries and the index to start at", out reason) : CopyTo(context, shape, candidate, args, region, out reason);
            case KeyValueVerb.GetMany:
                return GetMany(context, shape, member, out reason);
            case KeyValueVerb.GetOrAdd:
                return GetOrAdd(context, shape, member, store, out reason);
            case KeyValueVerb.CompareAndSet:
                return CompareAndSet(context, shape, member, out reason);
            case KeyValueVerb.EvictByTag:
                return shape.HasTags ? Matching(context, shape, member, KvKeyMatch.Tag, out reason) : Fail("no write of the store records tags (a collection of strings named tags), so it would never evict anything", out reason);
            case KeyValueVerb.RemoveByPrefix:
                return shape.KeyType.SpecialType != SpecialType.System_String || shape.HasRegions
                    ? Fail("removing by prefix needs string keys without regions", out reason)
                    : Matching(context, shape, member, KvKeyMatch.Prefix, out reason);
            case KeyValueVerb.RemoveByPattern:
                if (args.Length == 1 && IsRegex(args[0].Type))
                {
                    // A Regex parameter says what the pattern is: the keys it matches (nopCommerce's old RemoveByPattern built one).
                    return shape.KeyType.SpecialType != SpecialType.System_String || shape.HasRegions
                        ? Fail("removing by a regular expression needs string keys without regions", out reason)
                        : CountResult(candidate, out reason) is { } removed ? new KvRemoveMatchingOp(KvKeyMatch.Regex, Declarations.Argument(args[0]), removed) : null;
                }

                return Fail("a key pattern means different things in different stores: EasyCaching's in-memory provider reads only a leading or trailing '*' (suffix, prefix, contains or the exact key), Redis a glob ('*', '?', '[…]'), Squidex a regular expression; the name does not say which (a Regex parameter would), so write it with Store.RemoveWhere", out reason);
            case KeyValueVerb.ClearRegion:
                return ClearRegion(context, shape, member, out reason);
            default:
                return Fail("its shape is not supported", out reason);
        }
    }

    /// <summary>Whether a parameter is a <c>System.Text.RegularExpressions.Regex</c>: a key pattern whose type says what it means.</summary>
    private static bool IsRegex(ITypeSymbol type)
        => TypeNames.Underlying(type) is INamedTypeSymbol { Name: "Regex" } regex && TypeFacts.IsNamespace(regex.ContainingNamespace, "System", "Text", "RegularExpressions");

    /// <summary>A member's parameters with the region and tags taken out.</summary>
    private sealed class MemberParts
    {
        public MemberParts(MemberCandidate candidate, IParameterSymbol[] args, ArgumentRef? region, ArgumentRef? tags)
        {
            Candidate = candidate;
            Args = args;
            Region = region;
            Tags = tags;
        }

        public MemberCandidate Candidate { get; }

        public IParameterSymbol[] Args { get; }

        public ArgumentRef? Region { get; }

        public ArgumentRef? Tags { get; }

        /// <summary>The tags come as a <c>ReadOnlyMemory&lt;string&gt;</c>.</summary>
        public bool TagsInMemory { get; init; }
    }

    /// <summary>
    /// A method generic over the stored entity type: a type parameter constrained to a type with a key (an entity base such
    /// as <c>BaseEntity { int Id }</c>) that the method takes or returns (<c>T GetById&lt;T&gt;(int id) where T : BaseEntity</c>,
    /// <c>void Delete&lt;T&gt;(T entity)</c>, <c>List&lt;T&gt; List&lt;T&gt;()</c>: the repository over every set of a DbContext that
    /// Ardalis' 2018 Clean Architecture template and the samples copying it declare). Its tables are as many as the type
    /// arguments callers name, while a fake's tables are planned when it is generated, one per entity type the interface
    /// names; read as a key-value store's members, its messages said "no write names its key" or "returns T, which is not
    /// a key", which is not why. Null when the member is not of this kind (an object store's <c>Get&lt;T&gt;(key)</c>, whose T has
    /// no key, stays the key-value store's).
    /// </summary>
    private static string? GenericEntityMember(ParseContext context, MemberCandidate candidate)
    {
        if (PerTypePlanner.Of(context, candidate) is not { } over)
        {
            return null;
        }

        return over.Describe(candidate.Method!) + ": " + (context.PerTypeDeclined
            ?? "the interface stores every type deriving from " + over.Constraint.Name + " that a caller names, one table per type argument (as a DbContext's Set<"
                + over.Parameter.Name + ">() is), which is generated for a member of an interface that is not itself generic and whose kind is not set (Kind =), and "
                + context.InterfaceName + (context.Settings.ForcedKind is not null ? " sets its kind" : " is generic") + ", so no member generic over the entity type is generated");
    }

    /// <summary>
    /// Why an interface that only the verbs both kinds share (Get, Delete, Count…) made a key-value store is not a repository
    /// of its value type, when that type is the user's own (session 40; StoreClassifier sets <see cref="ParseContext.KeyValueByDefault"/>):
    /// an interface, a type without a key, or one whose key no member proves it the rows of. Its refusals said "no noun of
    /// this store (its values' type IBranch…)" or "is not the key (Country)" as if the members had said key-value store (GitVersion's
    /// IRepositoryStore, a read model of a git history; CosmosHoliday's IFixedHolidayManager, holiday rules by country).
    /// Null for a value type of the framework's (a string or an object store's values: the key-value reading is no guess there).
    /// </summary>
    private static string? DefaultReadingCause(ParseContext context, KeyValueShape shape)
    {
        if (shape.IsSingle || shape.TiedValues.Count > 0 || TypeNames.Underlying(shape.ValueType) is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } value
            || !value.Locations.Any(static l => l.IsInSource) || TypeFacts.ElementType(context.Known, value) is not null)
        {
            return null;
        }

        var head = context.InterfaceName + " was read as a key-value store of " + value.Name + " values, because no member has a verb only a key-value store has (Set, Increment, Expire…) or a time to live, and not as a repository of " + value.Name + ", because ";
        if (value.TypeKind == TypeKind.Interface)
        {
            return head + value.Name + " is an interface (a repository stores a class, record or struct with a key)";
        }

        if (EntityInfo.TryGet(context, value) is { } keyed)
        {
            return head + "no member proves " + value.Name + " (which has a key, " + EntityParameters.KeyDescription(keyed) + ") its rows (none adds or updates a whole one, lists every one, or reads one by its key alone)";
        }

        return head + value.Name + " has no key (no property marked [Key] or [FakeKey], named Id or " + value.Name + "Id)";
    }

    /// <summary>
    /// Why a unit of work's save (<c>SaveChanges</c>, <c>SaveChange</c>, <c>SaveEntities</c>, each also <c>…Async</c>) of an
    /// interface read by the key-value conventions is refused (session 40): it said "'SaveChanges' is not a known verb: it
    /// starts with Save, which is one, but 'Changes' after it is no noun of this store", which sends the user to rename a
    /// member whose name is the best known of all (DddByExample's and BookingMicroservices' IDbContext, TraffiLearn's
    /// IUnitOfWork, Clousot's cache over an Entity Framework model). The cause is that a key-value store stages nothing for a
    /// save, and no member is a repository or a set a unit of work is read over. Null for any other member; only the words
    /// of a refusal change.
    /// </summary>
    private static string? UnitOfWorkSaveCause(ParseContext context, MemberCandidate candidate)
    {
        var name = candidate.Method is null ? null : Conventions.VerbOf(candidate.Symbol.Name);
        if (name is not ("SaveChanges" or "SaveChange" or "SaveEntities"))
        {
            return null;
        }

        return "'" + name + "' is a unit of work's save, which writes what a change tracker staged, and a key-value store has no change tracker: the writes its conventions read are stored at once, and no member of "
            + context.InterfaceName + " is a repository or a DbSet<T> property whose writes a save could wait for, so what this save writes and what it answers are not said";
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter) => type switch
    {
        ITypeParameterSymbol parameter => SymbolEqualityComparer.Default.Equals(parameter, typeParameter),
        IArrayTypeSymbol array => Mentions(array.ElementType, typeParameter),
        INamedTypeSymbol named => named.TypeArguments.Any(a => Mentions(a, typeParameter)),
        _ => false,
    };

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    /// <summary>The key type members pass (string in a store with regions).</summary>
    private static ITypeSymbol KeyTypeOf(KeyValueShape shape) => shape.KeyType;

    /// <summary>Whether a parameter is the key (or converts to it).</summary>
    private static bool IsKey(ParseContext context, KeyValueShape shape, IParameterSymbol parameter)
        => TypeFacts.ReadsAsValue(parameter) && (TypeFacts.SameType(parameter.Type, shape.KeyType) || TypeFacts.KeyConvertible(context, parameter.Type, shape.KeyType));

    /// <summary>Whether a type is a collection of keys (not the key itself).</summary>
    private static bool IsKeyCollection(KeyValueShape shape, ITypeSymbol type)
        => !TypeFacts.SameType(TypeNames.Underlying(type), shape.KeyType) && !TypeFacts.IsByteArray(TypeNames.Underlying(type)) && TypeFacts.EnumerableElement(type) is { } element && TypeFacts.SameType(TypeNames.Underlying(element), shape.KeyType);

    /// <summary>The key of a member whose first remaining parameter is the key, with its region.</summary>
    private static KvKeySpec KeyOf(KeyValueShape shape, MemberParts member)
    {
        var key = Declarations.Argument(member.Args[0]);
        if (!shape.HasRegions)
        {
            return KvKeySpec.Of(key);
        }

        return member.Region is null ? new KvKeySpec(KvKeyKind.RegionLess, key, null) : new KvKeySpec(KvKeyKind.Regioned, key, member.Region);
    }

    /// <summary>
    /// The member that writes the store's values alone, when a removal's key is of the values' own type and no member reads,
    /// checks or writes an entry by such a key (h-sample107: OrleanSpaces' <c>IBoolDirector</c>, whose
    /// <c>Insert(TupleAction&lt;BoolTuple&gt; action)</c> writes an action and <c>Remove(TupleAction&lt;BoolTuple&gt; action)</c>
    /// takes one), or null. The removal's parameter is then a value of the store, not a key any member gives an entry: the
    /// fake would remove the entry stored under it, where the real store removes the tuple inside it from the partition it
    /// names, and another removes one equal value, or every one.
    /// </summary>
    private static string? ValueGivenForKey(KeyValueShape shape, MemberCandidate removal)
    {
        // Strings and numbers are keys as well as values (a set of keys, a store of ints whose item refusal says more):
        // only a value of a type of its own (a record, a struct) is read this way. The store's keys may be that type (no
        // other member gave a key) or another one (Insert's Guid: KeyValueShape's RemovalKeyVotes).
        var given = removal.Parameters.Length == 1 ? TypeNames.Underlying(removal.Parameters[0].Type) : null;
        if (given is null || shape.IsSingle || shape.IsObjectStore || given.SpecialType != SpecialType.None
            || !TypeFacts.SameType(given, TypeNames.Underlying(shape.ValueType))
            || shape.Candidates.Any(c => shape.VerbOf(c).Verb == KeyValueVerb.Keys))
        {
            return null;
        }

        // Keys of another type that members read, check or remove entries by (Umbraco's IKeyValueRepository: Get(string key)
        // beside Delete(IKeyValue entity)): the value is not the key, and which of its properties is the key is not said,
        // which the value-not-key refusal says. Only keys nothing addresses (the Guid OrleanSpaces' Insert returns) leave the
        // removal's value to this rule.
        if (!TypeFacts.SameType(TypeNames.Underlying(shape.KeyType), given) && UnaddressedKeyUsers(shape, removal) is null)
        {
            return null;
        }

        string? loneWriter = null;
        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, removal))
            {
                continue;
            }

            if (other.Property is { IsIndexer: true })
            {
                return null;
            }

            var verb = shape.VerbOf(other).Verb;
            var parameters = other.Parameters;
            if (verb is KeyValueVerb.None or KeyValueVerb.Delete or KeyValueVerb.DeleteMany || parameters.Length == 0
                || !TypeFacts.SameType(TypeNames.Underlying(parameters[0].Type), given))
            {
                if (verb == KeyValueVerb.None && loneWriter is null && parameters.Length == 1 && TypeFacts.SameType(TypeNames.Underlying(parameters[0].Type), TypeNames.Underlying(shape.ValueType)))
                {
                    loneWriter = other.Symbol.Name;
                }

                continue;
            }

            if ((verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.Append) && parameters.Length == 1)
            {
                loneWriter ??= other.Symbol.Name;
                continue;
            }

            return null;
        }

        return loneWriter;
    }

    private static string ValueGivenForKeyProblem(KeyValueShape shape, IParameterSymbol parameter, string writer)
        => "its parameter '" + parameter.Name + "' (" + parameter.Type.ToDisplayString() + ") is a value of the store, what '" + writer + "' writes alone, and no member reads, checks or writes an entry by such a key: "
            + "whether the real store removes the entry stored under it, one equal value, every equal one, or what the value points to (OrleanSpaces' IStoreDirector.Remove(action) removes the tuple inside the action from the partition it names) is its own, "
            + "and the fake would remove only an entry stored under that very value";

    /// <summary>Members that take only the key: Delete, Exists, Refresh (and one-parameter Renew), TimeToLive.</summary>
    private static OperationSpec? KeyOnly(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        if (verb == KeyValueVerb.Delete && member.Args.Length == 1 && ValueGivenForKey(shape, candidate) is { } valueWriter)
        {
            // Before the key is read: a value of the store given to a removal is refused for what it is, whether or not the
            // store's keys are of its type.
            return Fail(ValueGivenForKeyProblem(shape, member.Args[0], valueWriter), out reason);
        }

        KvKeySpec key;
        if (member.Args.Length == 0 && shape.IsSingle && member.Region is null)
        {
            key = KvKeySpec.Single;
        }
        else if (member.Args.Length == 1 && IsKey(context, shape, member.Args[0]))
        {
            key = KeyOf(shape, member);
        }
        else if (verb == KeyValueVerb.Delete && member.Args.Length == 2 && member.Args[1].RefKind == RefKind.Out && IsKey(context, shape, member.Args[0]))
        {
            return RemovalIntoOut(shape, member, out reason);
        }
        else
        {
            return Fail(OnlyTheKey(context, shape, member), out reason);
        }

        switch (verb)
        {
            case KeyValueVerb.Delete:
                if (shape.HasTags && key.Kind == KvKeyKind.Argument)
                {
                    // A tagged entry's tags go with it.
                    return TypeFacts.VoidOrBool(candidate) is { } removedTagged ? new KvDeleteOp(key, removedTagged) : Fail("it must return void or bool", out reason);
                }

                if (TypeFacts.VoidOrBool(candidate) is { } removed)
                {
                    return new KvDeleteOp(key, removed);
                }

                if (ObliviousObjectRemoval(shape, candidate))
                {
                    return Fail(ObliviousObjectRemovalProblem, out reason);
                }

                return RemovedValue(context, shape, candidate) is { } removedValue
                    ? new KvDeleteOp(key, ReturnsBool: false) { RemovedValueType = removedValue }
                    : Fail("it must return void, bool, or the value it removed declared nullable (" + shape.ValueType.ToDisplayString() + "?, default when the key is absent)", out reason);
            case KeyValueVerb.Refresh:
            case KeyValueVerb.Renew:
                return TypeFacts.VoidOrBool(candidate) is { } refreshed ? new KvRefreshOp(key, refreshed) : Fail("it must return void or bool", out reason);
            case KeyValueVerb.Exists:
                return TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new KvExistsOp(key) : Fail("it must return bool", out reason);
            default:
                return candidate.Result is { } ttl && TypeNames.IsNullableValueType(ttl) && KnownSymbols.Is(TypeNames.Underlying(ttl), context.Known.TimeSpan) && candidate.Shape != ReturnShape.AsyncEnumerable
                    ? new KvTimeToLiveOp(key)
                    : Fail("it must return TimeSpan? (null when the key is missing or does not expire)", out reason);
        }
    }

    /// <summary>
    /// Why a read of rows filtered by their properties is planned as a key-value member (since session 24, h-vocab:
    /// InstallmentAdvisor's <c>IHistoryRepository.GetHistoryAsync(userId, threadId)</c> returning <c>List&lt;ChatMessage&gt;</c>):
    /// the list names a class with a key whose properties every parameter names, so it reads as an entity repository's
    /// filtered list, but one filtered list proves no table (it may be a projection) and no member writes that class, so
    /// the interface is a key-value store; the suffix says so and what would make it a repository. Empty otherwise.
    /// </summary>
    private static string RowsReadAsKeyValue(ParseContext context, MemberParts member)
    {
        var candidate = member.Candidate;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable
            || TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) is not { } element
            || EntityInfo.TryGet(context, element) is not { } entity)
        {
            return "";
        }

        foreach (var type in new[] { context.Interface }.Concat(context.Interface.AllInterfaces))
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), entity.Type) || HoldsElement(TypeNames.Underlying(p.Type), entity.Type)))
                {
                    return "";
                }
            }
        }

        var named = new List<string>();
        foreach (var parameter in member.Args)
        {
            if (entity.Properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)) is not { } property)
            {
                return "";
            }

            named.Add(property.Name);
        }

        return "; it lists " + entity.Type.Name + " rows by " + string.Join(" and ", named) + ", which an entity repository of " + entity.Type.Name
            + " would read, but no member of " + context.InterfaceName + " writes or removes a " + entity.Type.Name + " and one filtered list does not prove a table of them (it may be a projection),"
            + " so the interface reads as a key-value store; a member that adds a " + entity.Type.Name + " (Add(" + entity.Type.Name + ")) would make it an entity repository";
    }

    /// <summary>Whether <paramref name="type"/> is an array or a collection (or other generic) of <paramref name="entity"/>.</summary>
    private static bool HoldsElement(ITypeSymbol type, ITypeSymbol entity) => type switch
    {
        IArrayTypeSymbol array => TypeFacts.SameType(TypeNames.Underlying(array.ElementType), entity),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(a => TypeFacts.SameType(TypeNames.Underlying(a), entity)),
        _ => false,
    };

    /// <summary>Whether a removal's last parameter is <c>out</c>: the value it removed (<see cref="RemovalIntoOut"/>).</summary>
    private static bool RemovesIntoOut(MemberCandidate candidate)
        => candidate.Parameters.Length == 2 && candidate.Parameters[1].RefKind == RefKind.Out && candidate.Parameters[0].RefKind == RefKind.None;

    /// <summary>
    /// <c>bool TryRemove(TKey key, out TValue value)</c>: ConcurrentDictionary's <c>TryRemove</c> and Dictionary's
    /// <c>Remove(key, out value)</c> shape, which the signature proves: the <c>bool</c> says whether the key was there, and the
    /// <c>out</c> parameter of the store's own value type receives what it held (default when absent). Synchronous only (an
    /// async method has no out parameter); an out parameter of another type is a conversion the store chooses, refused.
    /// </summary>
    private static OperationSpec? RemovalIntoOut(KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        var outType = member.Args[1].Type;
        // Over an object store, only an out parameter of type object is the value as held (WebApiClient's IDataCollection:
        // bool TryRemove(object key, out object? value) over a Dictionary<object, object?>); any other type is a conversion.
        if (!TypeFacts.IsBool(candidate.Result) || candidate.Shape != ReturnShape.Sync || shape.HasTags
            || (shape.IsObjectStore && outType.SpecialType != SpecialType.System_Object))
        {
            return Fail("a removal with an out parameter must be 'bool TryRemove(key, out value)' over typed values (or 'out object' over an object store), without tags", out reason);
        }

        if (NotNullOutRule.Problem(member.Args[1], "Store.TryGet(" + member.Args[0].Name + ", out var found) and Store.Remove(" + member.Args[0].Name + ")") is { } notNullOut)
        {
            return Fail(notNullOut, out reason);
        }

        return SymbolEqualityComparer.Default.Equals(outType, shape.ValueType)
            ? new KvDeleteOp(KeyOf(shape, member), ReturnsBool: true) { OutParameter = TypeNames.Escape(member.Args[1].Name) }
            : Fail("its out parameter '" + member.Args[1].Name + "' (" + outType.ToDisplayString() + ") is not the store's value type " + shape.ValueType.ToDisplayString(), out reason);
    }

    /// <summary>
    /// "its parameter 'p' (T) is not the key (K)", and, when T and K are among the key types the signatures leave tied
    /// (<see cref="KeyValueShape.TiedKeyTypes"/>, h-kv38), that the key was picked among them by name: the member is then
    /// refused for the tie, which the message says, not for a key type the members prove.
    /// </summary>
    private static string NotTheKey(KeyValueShape shape, IParameterSymbol parameter)
    {
        var text = "its parameter '" + parameter.Name + "' (" + parameter.Type.ToDisplayString() + ") is not the key (" + shape.KeyType.ToDisplayString() + ")";
        var type = TypeNames.Underlying(parameter.Type);
        return shape.TiedKeyTypes is { } tied && shape.TiedKeys.Exists(k => SymbolEqualityComparer.Default.Equals(k, type))
            ? text + ", a pick among the key types the members take first as many times each (" + tied + "): no signature says which of them keys the store"
            : text;
    }

    private static string OnlyTheKey(ParseContext context, KeyValueShape shape, MemberParts member)
    {
        // A first parameter that is not the key: say what it is instead, so the message points at the mismatch (Umbraco's
        // Delete(IKeyValue entity) beside Get(string id); Smartstore's DeleteAsync(MediaFile picture) of a CachedImage cache).
        if (member.Args.Length >= 1 && !IsKey(context, shape, member.Args[0]))
        {
            var first = member.Args[0];
            return TypeFacts.SameType(TypeNames.Underlying(first.Type), TypeNames.Underlying(shape.ValueType))
                ? "its parameter '" + first.Name + "' is the store's value (" + first.Type.ToDisplayString() + "), not its key (" + shape.KeyType.ToDisplayString()
                    + "): a key-value store finds and removes entries by key, and which of the value's properties is its key is not said"
                : NotTheKey(shape, first);
        }

        // A parameter after the key: name it with its type and the key it follows, never as "not the key" alone, which read
        // as a contradiction for agent-framework's RetrieveCheckpointAsync(string sessionId, CheckpointInfo key).
        foreach (var parameter in member.Args.Skip(1))
        {
            if (member.Candidate.Result is not null && parameter.Type.TypeKind != TypeKind.Delegate && NamesDefault(parameter.Name))
            {
                // Session 41: RTVS's GetSetting<T>(name, T defaultValue) and FusionCache's GetOrDefault(key, defaultValue) said
                // their default "is nothing a key-value store knows"; it is a default, and what else the read does with it is unsaid.
                return "its parameter '" + parameter.Name + "' (" + parameter.Type.ToDisplayString() + ") after the key '" + member.Args[0].Name
                    + "' is a default the read answers in place of a missing value, and whether the store also keeps it under the key (as a get-or-add does) or answers it for a stored null too"
                    + " (RTVS's VsSettingsStorage.GetSetting<T> does) is its own, which the signature does not say (a key-value read takes only the key, " + shape.KeyType.ToDisplayString() + ")";
            }

            return "its parameter '" + parameter.Name + "' (" + parameter.Type.ToDisplayString() + ") after the key '" + member.Args[0].Name
                + "' is nothing a key-value store knows (it must take only the key, " + shape.KeyType.ToDisplayString() + ")" + RowsReadAsKeyValue(context, member);
        }

        return "it must take only the key (" + shape.KeyType.ToDisplayString() + ")";
    }

    /// <summary>Whether a parameter's name says it is a default (<c>defaultValue</c>, <c>fallback</c>), as the factory rule reads such names.</summary>
    private static bool NamesDefault(string name)
        => name.IndexOf("default", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("fallback", StringComparison.OrdinalIgnoreCase) >= 0;

    private static OperationSpec? Get(ParseContext context, KeyValueShape shape, MemberParts member, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var candidate = member.Candidate;
        if (args.Length == 0 && member.Region is null)
        {
            return shape.IsSingle ? GetResult(context, shape, candidate, KvKeySpec.Single, out reason) : Fail(TypeArgumentKey(shape, candidate) ?? "it takes no key, but other members do", out reason);
        }

        if (args.Length == 1 && IsKeyCollection(shape, args[0].Type))
        {
            return GetMany(context, shape, member, out reason);
        }

        if (args.Length >= 2 && IsKey(context, shape, args[0]) && args.Skip(1).FirstOrDefault(a => Factory(context, shape, a, candidate, out _) is not null) is { } factory)
        {
            return DefaultFactoryProblem(candidate, factory) is { } problem ? Fail(problem, out reason) : GetOrAdd(context, shape, member, store, out reason);
        }

        if (args.Length != 1 || !IsKey(context, shape, args[0]))
        {
            if (args.Length >= 1 && IsKey(context, shape, args[0]) && args.Skip(1).FirstOrDefault(a => KnownSymbols.Is(TypeNames.Underlying(a.Type), context.Known.Type)) is { } typeParameter)
            {
                // Get(key, Type type) of an object store: the value when it is an instance of that type, null when missing; a value
                // of another type is a loud InvalidCastException (a nullable result) or the cast error: what a store answers for it is unsaid.
                if (GenericReads.Converts(context))
                {
                    return Fail(GenericReads.OnlyGetProblem, out reason);
                }

                if (args.Length == 2 && shape.IsObjectStore && candidate.Result is { } untyped && TypeNames.Underlying(untyped).SpecialType == SpecialType.System_Object
                    && candidate.Shape != ReturnShape.AsyncEnumerable)
                {
                    var typeName = TypeNames.Escape(typeParameter.Name);
                    return new KvGetOp(KeyOf(shape, member), TypeNames.AllowsNull(untyped) ? KvGetResult.NullableOfType : KvGetResult.OfType, typeName, null);
                }

                return Fail("its parameter '" + typeParameter.Name + "' asks for a type at run time, which only a store of object values can answer (the value when it is of that type)", out reason);
            }

            return Fail(OnlyTheKey(context, shape, member), out reason);
        }

        return GetResult(context, shape, candidate, KeyOf(shape, member), out reason);
    }

    /// <summary>
    /// A property of the written value, of the key's type, named like the key parameter of another member that reads or
    /// removes one value by it: a lookup returning the value (<c>GetByAddress(address)</c>), or a <c>TryGet</c>/<c>TryRemove</c>
    /// handing it out through an <c>out</c> parameter (<c>TryGetClientConnection(connectionId, out connection)</c>). Null
    /// when none: the value then carries no key the interface shows.
    /// </summary>
    private static (IPropertySymbol Property, MemberCandidate Lookup)? ValueKeyOf(ParseContext context, KeyValueShape shape, MemberCandidate candidate, IParameterSymbol written)
    {
        var value = TypeNames.Underlying(written.Type);
        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, candidate) || other.Parameters.Length == 0 || !TypeFacts.SameType(TypeNames.Underlying(other.Parameters[0].Type), shape.KeyType))
            {
                continue;
            }

            var handsOut = StoreClassifier.IsLookupOf(other, value)
                || (other.Parameters.Length == 2 && other.Parameters[1].RefKind == RefKind.Out && TypeFacts.SameType(TypeNames.Underlying(other.Parameters[1].Type), value));
            if (handsOut && StoreClassifier.KeyPropertyOf(context, value, other.Parameters[0], shape.KeyType) is { } own)
            {
                return (own, other);
            }
        }

        return null;
    }

    /// <summary>
    /// The names of the public parameterless instance methods of a value type (its own and its base classes', not
    /// <see cref="object"/>'s overrides nor a framework type's: a string's <c>Trim()</c>) that return the store's key type: NBitcoin's <c>Block.GetHash()</c> of a store
    /// keyed by <c>uint256</c>. A keyless write of such a value may be keyed by what one of them computes.
    /// </summary>
    private static List<string> KeyComputingMethods(KeyValueShape shape, ITypeSymbol valueType)
    {
        var names = new List<string>();
        for (var type = valueType as INamedTypeSymbol; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            if (type.SpecialType != SpecialType.None || IsFrameworkType(type))
            {
                // A string's ToLower() or Trim() returns a string: no key of a store of strings is computed so.
                continue;
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method is { MethodKind: MethodKind.Ordinary, IsStatic: false, IsGenericMethod: false, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public }
                    && method.Name is not ("ToString" or "GetHashCode" or "GetType" or "Clone")
                    && TypeFacts.SameType(TypeNames.Underlying(method.ReturnType), shape.KeyType) && !names.Contains(method.Name))
                {
                    names.Add(method.Name);
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Whether a type is the framework's: by where it comes from, never by a user's namespace (<see cref="FrameworkTypes"/>).</summary>
    internal static bool IsFrameworkType(INamedTypeSymbol type) => FrameworkTypes.Is(type);

    /// <summary>
    /// Why a read with a factory that its names call a default (<c>object Get(string key, Func&lt;object&gt; defaultValue =
    /// null)</c>, <c>GetOrDefault(key, factory)</c>) is no get-or-add, or null. A factory after the key of a plain read is
    /// a get-or-add when it acquires (<c>acquire</c>, <c>dataRetriever</c>, <c>action</c>: the corpus's caches written so
    /// store what they make); one named for a default is what to answer for a missing key, and whether the real store
    /// also keeps it differs: Orchard's <c>ObjectStore.Get</c> (session state) only returns <c>defaultValue()</c>, while
    /// caches written as <c>Get&lt;T&gt;(key, Func&lt;T&gt; defaultValue)</c> set it. Before 2026-12-04 such a read
    /// was a get-or-add, so Orchard's key read as stored after a miss (h-sample30's round).
    /// </summary>
    private static string? DefaultFactoryProblem(MemberCandidate candidate, IParameterSymbol factory)
    {
        var verb = candidate.Verb;
        var parameterSaysDefault = VerbNouns.Words(factory.Name).Any(static w => Conventions.NameIn(w, Conventions.DefaultFactoryWords));
        var verbSaysDefault = verb.StartsWith("GetOrDefault", StringComparison.Ordinal);
        if (!parameterSaysDefault && !verbSaysDefault)
        {
            return null;
        }

        var named = parameterSaysDefault ? "its parameter '" + factory.Name + "' (" + factory.Type.ToDisplayString() + ") is named" : "its name '" + verb + "' calls its factory '" + factory.Name + "'";
        return named + " for a default to answer when the key is missing, not for a value to add: whether the real store also keeps that default"
            + " (a get-or-add, as a cache may) or only returns it and stores nothing (Orchard's ObjectStore.Get over session state) is not said;"
            + " a member named GetOrAdd, GetOrCreate or GetOrSet is a get-or-add";
    }

    /// <summary>
    /// Why a removal by key returning <c>object</c> without annotations on a store of <c>object</c> values is refused: the
    /// same signature is the value removed in one store and a boxed <c>bool</c> in another (h-sample67).
    /// </summary>
    internal const string ObliviousObjectRemovalProblem =
        "its object result, declared without nullable annotations on a store of object values, proves no meaning: it is the value it removed "
        + "in System.Runtime.Caching's MemoryCache.Remove and Serenity's ILocalCache.Remove (null for a key not cached), and whether it removed "
        + "one, a boxed bool, in HybridRedisCache's benchmark IRedisCacheService.Remove (isKeyExist && KeyDelete(key)); return bool or void, "
        + "or write the member";

    /// <summary>
    /// A removal by key whose result is <c>object</c> declared without nullable annotations (<c>#nullable disable</c>) on a
    /// store of <c>object</c> values (<c>object Remove(string key)</c> beside <c>Get&lt;T&gt;</c>): Serenity's
    /// <c>ILocalCache</c> and System.Runtime.Caching's <c>MemoryCache</c> answer the value removed, bezzad/HybridRedisCache's
    /// benchmark <c>IRedisCacheService</c> answers <c>isKeyExist &amp;&amp; KeyDelete(key)</c> boxed; nothing in the
    /// signature tells the two apart. An annotated <c>object?</c> still reads as the value removed (a boxed bool is never
    /// null), and a typed store's oblivious value (<c>string Remove(key)</c> over strings) has no second reading.
    /// </summary>
    private static bool ObliviousObjectRemoval(KeyValueShape shape, MemberCandidate candidate)
        => shape.IsObjectStore && !shape.HasTags && candidate.Shape != ReturnShape.AsyncEnumerable
           && candidate.Result is { SpecialType: SpecialType.System_Object, NullableAnnotation: NullableAnnotation.None };

    /// <summary>
    /// The rendered result type of a removal that returns the value it removed: the store's value type declared
    /// nullable (<c>TValue?</c>, <c>Request?</c>, <c>int?</c>), so "default when absent" is what the signature says
    /// (ConcurrentDictionary.TryRemove's value, Redis GETDEL), or declared without annotations under #nullable disable,
    /// read as an oblivious Get is (default when absent, unless MissingKeyReads = NotFound). Null for any other result.
    /// </summary>
    private static string? RemovedValue(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable || shape.HasTags
            || (shape.IsObjectStore && result.SpecialType != SpecialType.System_Object))
        {
            return null;
        }

        // Without nullable annotations (#nullable disable) the result reads as an oblivious Get's does: default when the key is
        // absent (the documented rule), as System.Runtime.Caching's MemoryCache.Remove, System.Web's Cache.Remove and
        // Serenity's ILocalCache.Remove answer null; MissingKeyReads = NotFound makes it required (and so refused here).
        // Session 25; before, an oblivious result was refused. Since h-sample67 an oblivious object result on a store of
        // object values is refused before this (ObliviousObjectRemoval: a boxed bool in another store).
        var declaredNullable = TypeNames.IsNullableValueType(result)
            || (!result.IsValueType && result.NullableAnnotation == NullableAnnotation.Annotated)
            || (!result.IsValueType && result.NullableAnnotation == NullableAnnotation.None && result is not ITypeParameterSymbol && !MissingKeyReads.ObliviousIsRequired(context, result));
        return declaredNullable && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(result), shape.ValueType) ? context.Render(result) : null;
    }

    /// <summary>
    /// A synchronous read whose result is a type parameter marked <c>[return: MaybeNull]</c> (the pre-C# 8 spelling of
    /// <c>T?</c> for an unconstrained <c>T</c>: WebApiClient's <c>IDataCollection.Get&lt;TValue&gt;</c>) declares that default
    /// comes back, so it reads as <c>T?</c> does: default when the key is missing.
    /// </summary>
    private static bool ReturnsMaybeNull(MemberCandidate candidate, ITypeSymbol result)
        => result is ITypeParameterSymbol
            && candidate.Method is { } method
            && SymbolEqualityComparer.Default.Equals(method.ReturnType, result)
            && TypeFacts.ReturnHas(method, TypeFacts.MaybeNullAttribute);

    /// <summary>
    /// IMF0026 (Info) on a generated read by key whose oblivious result answers null (or default) for a missing key with
    /// nothing to prove it (session 30, h-oblivious2): of the corpus's 52 such reads 46 answer null or default in their
    /// real stores (5 are not said) (MemoryCache, LazyCache's <c>Get&lt;T&gt;</c>, Redis' <c>StringGet</c>, IdentityServer4's grant stores), while
    /// Coravel's <c>InMemoryCache.GetAsync</c> throws <c>NoCacheEntryException</c> and DeveloperImmersionData's repository
    /// answers a default item or throws <c>KeyNotFoundException</c>: the same signature, so the answer is reported, as an
    /// entity's oblivious lookup is. A name that says null (<c>Find…</c>, <c>…OrDefault</c>, <c>Try…</c>), an annotation or a
    /// stated <c>MissingKeyReads</c> proves it and is not reported.
    /// </summary>
    private static void ReportObliviousRead(ParseContext context, MemberCandidate candidate, OperationSpec operation)
    {
        if (operation is not (KvGetOp { Result: KvGetResult.Nullable or KvGetResult.NullableCast or KvGetResult.NullableGenericCast or KvGetResult.NullableChangeType or KvGetResult.NullableOfType } or KvGetItemOp { Required: false })
            || candidate.Property is not null || candidate.Result is not { } result || !ObliviousLookupRule.IsObliviousRead(candidate, result)
            || ReturnsMaybeNull(candidate, result) || ObliviousLookupRule.Proven(context, candidate) is not null)
        {
            return;
        }

        // A store of one value (Ocelot's IInternalConfigurationRepository.Get()) has no key to miss: a value never written.
        var single = operation is KvGetOp { Key.Kind: KvKeyKind.Single } or KvGetItemOp { Key.Kind: KvKeyKind.Single };
        ObliviousLookupRule.Report(context, candidate, result is ITypeParameterSymbol ? "default" : "null", single ? "a value never written" : "a missing key", result.ToDisplayString(),
            "MemoryCache, LazyCache's Get<T>, StackExchange.Redis' StringGet, IdentityServer4's grant stores", "Coravel's InMemoryCache.GetAsync, NoCacheEntryException");
    }

    /// <summary>
    /// IMF0026 (Info) on a generated indexer declared as a type parameter without nullable annotations outside
    /// <c>IDictionary&lt;TKey, TValue&gt;</c>'s contract (<c>TCacheValue this[string key]</c> in a <c>#nullable disable</c>
    /// file), which reads a missing key as default (<see cref="Indexer"/>): CacheManager's <c>ICache&lt;TCacheValue&gt;</c> indexer
    /// is its Get and answers null, while a dictionary's indexer throws <c>KeyNotFoundException</c> for the same declaration.
    /// Reported as the other oblivious reads are (session 31); an indexer declared with another type reads a missing key as
    /// the not-found error (loud), and <c>MissingKeyReads</c> stated proves either.
    /// </summary>
    private static void ReportObliviousIndexer(ParseContext context, MemberCandidate candidate, IPropertySymbol indexer, OperationSpec operation)
    {
        if (operation is not KvIndexerOp { Get.Result: KvGetResult.Nullable } || indexer.Type is not { IsValueType: false, NullableAnnotation: NullableAnnotation.None }
            || ObliviousLookupRule.Proven(context, candidate) is not null)
        {
            return;
        }

        ObliviousLookupRule.Report(context, candidate, "default", "a missing key", indexer.OriginalDefinition.Type.ToDisplayString(),
            "CacheManager's ICache<TCacheValue>.this[key], which is its Get", "IDictionary<TKey, TValue>'s indexer, KeyNotFoundException");
    }

    /// <summary>How Get returns the value: as it is, nullable, cast from an object store, in a wrapper, or as an item.</summary>
    private static OperationSpec? GetResult(ParseContext context, KeyValueShape shape, MemberCandidate candidate, KvKeySpec key, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return the value", out reason);
        }

        var valueType = shape.ValueType;
        var underlying = TypeNames.Underlying(result);
        var nullable = (TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated)
                || ReturnsMaybeNull(candidate, result))
            && !(ObliviousLookupRule.IsObliviousRead(candidate, result) && !ReturnsMaybeNull(candidate, result) && ObliviousLookupRule.Proven(context, candidate) == ObliviousLookupRule.Answer.NotFound);
        if (SymbolEqualityComparer.Default.Equals(underlying, valueType))
        {
            if (TypeNames.IsNullableValueType(result))
            {
                return new KvGetOp(key, KvGetResult.NullableStruct, context.Render(result), null);
            }

            if (!nullable && UnwrittenCounterRead(context, shape) is { } counter)
            {
                return Fail(counter, out reason);
            }

            return new KvGetOp(key, nullable ? KvGetResult.Nullable : MissingKeyReads.Required(context, valueType), null, null);
        }

        if (ResultShapes.WrapperSpec(context, result) is { } wrapper)
        {
            if (GenericReads.Converts(context) && TypeFacts.MentionsMethodTypeParameter(underlying))
            {
                return Fail(GenericReads.OnlyGetProblem, out reason);
            }

            var wrapped = ResultShapes.Wrapper(context, underlying, null)!.Value;
            return shape.IsObjectStore || TypeFacts.SameType(TypeNames.Underlying(wrapped), valueType)
                ? new KvGetOp(key, KvGetResult.Wrapped, null, null, wrapper)
                : Fail("its result wraps " + wrapped.ToDisplayString() + ", not the store's value type " + valueType.ToDisplayString(), out reason);
        }

        if (ResultShapes.Item(context, result, valueType) is { } item)
        {
            return new KvGetItemOp(key, item, Required: !nullable);
        }

        // A generic Get<T> (or another type) over an object store, or a generic Get<T> over a typed one: the value when it
        // is a T; never a blind cast. A result that only mentions T (Response<T>) is something else than the value.
        if (underlying is not ITypeParameterSymbol && TypeFacts.MentionsMethodTypeParameter(underlying))
        {
            return Fail("it returns " + result.ToDisplayString() + ", which is neither the value (" + (candidate.Method?.TypeParameters.FirstOrDefault()?.Name ?? "T") + ") nor a wrapper with a (value, hasValue) constructor", out reason);
        }

        if (GenericReads.Converts(context) && underlying is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
        {
            // GenericReads = ChangeType: Convert.ChangeType (invariant culture), else the value when it is a T, else a
            // cast error; a missing key is default for T?/oblivious T and the not-found error for T.
            return nullable
                ? new KvGetOp(key, KvGetResult.NullableChangeType, context.RenderNotNull(underlying), context.Render(result))
                : new KvGetOp(key, KvGetResult.ChangeType, context.RenderNotNull(underlying), null);
        }

        if (UntypedWriteProblem(shape, underlying) is { } untyped)
        {
            return Fail(untyped, out reason);
        }

        if (shape.IsObjectStore || underlying is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
        {
            // T? (or an oblivious T): default when missing; a value of another type is default for a typed read (a type word:
            // GetString of an int) and a clear cast error naming the member for a generic Get<T>, whose real stores differ
            // (a (T) cast throws, LazyCache answers default, a JSON store converts), unless GenericReads = As states default;
            // T: the not-found error, or a cast error.
            var genericCast = underlying is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } && !GenericReads.OtherTypeIsDefault(context);
            return nullable
                ? new KvGetOp(key, genericCast ? KvGetResult.NullableGenericCast : KvGetResult.NullableCast, context.RenderNotNull(underlying), context.Render(result))
                : new KvGetOp(key, KvGetResult.Cast, context.RenderNotNull(underlying), null);
        }

        if (TypeFacts.ElementType(context.Known, underlying) is { } element && TypeFacts.SameType(TypeNames.Underlying(element), valueType))
        {
            // IReadOnlyList<KeyframeData> GetKeyframeData(itemId) beside SaveKeyframeDataAsync(itemId, KeyframeData data):
            // the writes keep one value per key, the read hands out a list.
            return Fail("it reads a list of " + valueType.ToDisplayString() + " by the key, where the store's writes keep one " + valueType.Name + " per key:"
                + " whether the list holds the one value last written (Jellyfin's KeyframeRepository deletes the item's rows and adds one on a save) or every value"
                + " written under the key (an append) is the real store's table, not the signature; a read returning the value itself (" + valueType.Name + "?) is generated", out reason);
        }

        return Fail("its value type " + result.ToDisplayString() + " differs from the store's value type " + valueType.ToDisplayString(), out reason);
    }

    /// <summary>
    /// Why a member whose noun is the interface's subject is refused when the subject names a type that is not the store's
    /// values (<see cref="KeyValueShape.ForeignSubject"/>), or null: Stratis' <c>DeleteBlocks(List&lt;uint256&gt; hashes)</c>
    /// of an <c>IBlockRepository</c> whose table holds byte[] rows. Read as a removal of keys, it left alone what the real
    /// one also removes (the blocks' transaction index rows).
    /// </summary>
    private static string? ForeignSubjectNoun(KeyValueShape shape, MemberCandidate candidate)
    {
        if (shape.ForeignSubject is not { } subject)
        {
            return null;
        }

        var stripped = VerbNouns.Strip(candidate.Verb, shape.SubjectNouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
        if (Conventions.KeyValueVerbOf(stripped.Verb) == KeyValueVerb.None)
        {
            return null;
        }

        return "its noun names " + subject.Name + ", the interface's subject, but the store's values are " + shape.ValueType.ToDisplayString()
            + " (the type most of its value positions share), so " + subject.Name + " entries are data this fake's one table does not hold,"
            + " and what '" + candidate.Symbol.Name + "' reads or changes besides them is the real store's own";
    }

    /// <summary>
    /// Why a read that takes no key argument is refused when its type argument names the entry, or null: a generic method of a
    /// store keyed by <see cref="Type"/> whose one type parameter appears in no parameter and not in the result (Akka.Hosting's
    /// <c>IActorRef Get&lt;TKey&gt;()</c>, <c>bool TryGet&lt;TKey&gt;(out IActorRef actor)</c> beside <c>TryGet(Type key, out IActorRef actor)</c>).
    /// Before h-sample110 the refusal said "it takes no key", which sent the reader looking for a parameter.
    /// </summary>
    private static string? TypeArgumentKey(KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is not { TypeParameters.Length: 1 } method || shape.KeyType is not INamedTypeSymbol { Name: "Type" } keyType
            || !TypeFacts.IsNamespace(keyType.ContainingNamespace, "System"))
        {
            return null;
        }

        var parameter = method.TypeParameters[0];
        if (method.Parameters.Any(p => Mentions(p.Type, parameter)) || Mentions(method.ReturnType, parameter))
        {
            return null;
        }

        return "its key is its type argument '" + parameter.Name + "' (typeof(" + parameter.Name + ") in a store keyed by System.Type), which the generated members do not read out of a type argument;"
            + " write it with the store read of the key typeof(" + parameter.Name + ") (Store.TryGet(typeof(" + parameter.Name + "), out var found))";
    }

    /// <summary>
    /// Why a member whose verb is known once the name of a type its interface takes or returns is read as the noun
    /// (<c>CreateEvent</c>, <c>ListEvents</c> beside a <c>DiscordEvent</c>) is refused when that type is neither the store's
    /// values nor its key: the noun is no unknown word, it names data the fake's one table does not hold (h-sample111:
    /// VeSessionManager's <c>IDiscordEventClient</c>, read as a table of string values under a ulong guild id, where the
    /// refusals said "'Event' … is no noun of this store"). Null when the store's values are of no one type (object, a type
    /// parameter), when no such type is named, or when two are (the noun then names neither for sure).
    /// </summary>
    private static string? MentionedTypeNoun(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (shape.IsObjectStore || shape.ValueType is ITypeParameterSymbol)
        {
            return null;
        }

        // The values' and the key's own parts are theirs too: an element (a list of IDomainEvent), a type argument (IoT
        // Edge's Option<ServiceIdentity> values: RefreshServiceIdentity is about them).
        var own = new List<ITypeSymbol>();
        var parts = new Stack<ITypeSymbol>(new[] { TypeNames.Underlying(shape.ValueType), TypeNames.Underlying(shape.KeyType) });
        while (parts.Count > 0 && own.Count < 32)
        {
            var part = parts.Pop();
            if (own.Any(o => TypeFacts.SameType(o, part)))
            {
                continue;
            }

            own.Add(part);
            if (TypeFacts.ElementType(context.Known, part) is { } ownElement)
            {
                parts.Push(TypeNames.Underlying(ownElement));
            }

            if (part is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (var argument in generic.TypeArguments)
                {
                    parts.Push(TypeNames.Underlying(argument));
                }
            }
        }

        var mentioned = new List<INamedTypeSymbol>();
        foreach (var member in shape.Candidates)
        {
            foreach (var one in KeyValueShape.MentionedTypes(context, member))
            {
                // Declared in the user's code: a framework type (List<T>, IEnumerator, DbConnection) is no data of theirs.
                if (one is INamedTypeSymbol { SpecialType: SpecialType.None } named && named.Locations.Any(static l => l.IsInSource) && !own.Any(o => TypeFacts.SameType(named, o))
                    && !mentioned.Any(m => TypeFacts.SameType(m, named)))
                {
                    mentioned.Add(named);
                }
            }
        }

        INamedTypeSymbol? named1 = null;
        string? noun = null;
        foreach (var type in mentioned)
        {
            var nouns = new HashSet<string>(StringComparer.Ordinal);
            VerbNouns.AddNouns(nouns, type.Name);
            var stripped = VerbNouns.Strip(candidate.Verb, nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
            if (stripped.Noun is null || Conventions.KeyValueVerbOf(stripped.Verb) == KeyValueVerb.None)
            {
                continue;
            }

            if (named1 is not null)
            {
                return null;
            }

            named1 = type;
            noun = stripped.Noun;
        }

        if (named1 is null)
        {
            return null;
        }

        // A member that reads a value of the store (its result is of the values' type) or writes one under the noun's own
        // name (SetHeader(index, string header)) uses the noun for the store's values, whatever else the interface mentions.
        if (candidate.Result is { } read && (TypeFacts.SameType(TypeNames.Underlying(read), TypeNames.Underlying(shape.ValueType))
                || TypeFacts.ElementType(context.Known, TypeNames.Underlying(read)) is { } readElement && TypeFacts.SameType(TypeNames.Underlying(readElement), TypeNames.Underlying(shape.ValueType)))
            || candidate.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.ValueType))
                && (string.Equals(p.Name, noun, StringComparison.OrdinalIgnoreCase) || TypeNames.Singular(noun!) is { } single && string.Equals(p.Name, single, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var values = shape.ValueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return "'" + noun + "' in '" + candidate.Verb + "' names " + named1.Name + ", a type its interface takes or returns, but the store's values are "
            + values + " (the type most of its value positions share), so " + named1.Name + " entries are data this fake's one table does not hold,"
            + " and what '" + candidate.Symbol.Name + "' reads or changes is the real store's own";
    }

    /// <summary>
    /// The noun after a TryGet verb in a try-read with an <c>out</c> value (<c>bool TryGetSession(string key, out string value)</c>)
    /// whose verb the store's nouns did not strip; null for any other member. Such a member is a TryGet in every word but
    /// the noun, so its refusal names the noun (since session 24; before, it blamed the out parameter, which a TryGet may have).
    /// </summary>
    private static string? UnprovenTryGetNoun(MemberCandidate candidate)
    {
        if (candidate.Method is null || !candidate.Parameters.Any(static p => p.RefKind == RefKind.Out))
        {
            return null;
        }

        foreach (var verb in new[] { "TryGetValue", "TryGet", "TryRead", "TryFind", "TryLookup" })
        {
            if (NameWords.StartsWithWordAndMore(candidate.Verb, verb))
            {
                return candidate.Verb.Substring(verb.Length);
            }
        }

        return null;
    }

    /// <summary>Why a try-read whose noun is unproven (<see cref="UnprovenTryGetNoun"/>) is refused, or null.</summary>
    private static string? UnprovenTryGetNounReason(KeyValueShape shape, MemberCandidate candidate)
        => UnprovenTryGetNoun(candidate) is { } noun
            ? "'" + noun + "' in '" + candidate.Verb + "' names neither the store's values (" + shape.ValueType.ToDisplayString() + ") nor the interface, so which entries it reads (this store's, or another kind kept beside them) is not proven; name it TryGet (the out value is then read as the value of the key), or write the member"
            : null;

    /// <summary>
    /// Why a verb whose real stores give it different meanings is refused, or null: its name is none of the known verbs,
    /// and guessing one would be wrong for some of them.
    /// </summary>
    private static string? TwoMeaningVerb(string verb) => NameWords.StartsWithWord(verb, "Revoke")
        ? "'" + verb + "' means opposite things in different stores: the Dutch exposure-notification backend's AuthCodeService.RevokeAuthCode(code) removes the code from its memory cache,"
            + " while a token deny-list's RevokeToken(token) adds the token (OmerkckArchitecture's TokenBlacklist, beside IsTokenRevoked(token)), and an entity store marks the row revoked;"
            + " the name does not say which, so write it on the partial class (Store.Remove for a removal, Store.Set for a deny-list)"
        : verb switch
    {
        "Trim" or "TrimExcess" or "Compact" => "'" + verb + "' means different things in different stores: Bicep's ConcurrentCache.Trim(keys) removes the keys given and returns their values,"
            + " a dependency graph's Trim(topKeys) keeps them and removes what they do not reach, MemoryCache.Compact(percentage) and a TrimExcess() shrink to a size the fake does not have;"
            + " the name does not say which, so write it on the partial class (Store.Atomically, Store.RemoveWhere)",
        "TryPut" => "'TryPut' answers false for reasons of its store's own, not only for a taken key: Azure WebJobs' FunctionDataCache when the cache has no room left,"
            + " Hazelcast's tryPut when the entry's lock is not taken in time, a bounded queue when it is full; the name does not say set-if-absent"
            + " (SetIfAbsent, TryAdd and AddIfAbsent do, and are generated)",
        _ => null,
    };

    private static OperationSpec? TryGet(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var candidate = member.Candidate;
        if (args.Length != 2 || !IsKey(context, shape, args[0]) || args[1].RefKind != RefKind.Out || !TypeFacts.IsBool(candidate.Result) || candidate.Shape != ReturnShape.Sync)
        {
            return Fail(args.Length == 1 && args[0].RefKind == RefKind.Out ? TypeArgumentKey(shape, candidate) ?? "TryGet must be 'bool TryGet(key, out value)'" : "TryGet must be 'bool TryGet(key, out value)'", out reason);
        }

        if (NotNullOutRule.Problem(args[1], "Store.TryGet(" + args[0].Name + ", out var found)") is { } notNullOut)
        {
            return Fail(notNullOut, out reason);
        }

        var key = KeyOf(shape, member);
        var outType = args[1].Type;
        if (TypeFacts.SameType(outType, shape.ValueType))
        {
            // Exactly the table's value type (an int out parameter of an int? store converts, so it keeps a local).
            return new KvTryGetOp(key, TypeNames.Escape(args[1].Name), null, PassesOut: SymbolEqualityComparer.Default.Equals(outType, shape.ValueType));
        }

        if (UntypedWriteProblem(shape, TypeNames.Underlying(outType)) is { } untyped)
        {
            return Fail(untyped, out reason);
        }

        return shape.IsObjectStore || TypeNames.Underlying(outType) is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method }
            ? new KvTryGetOp(key, TypeNames.Escape(args[1].Name), context.RenderNotNull(TypeNames.Underlying(outType)))
            : Fail("its value type differs from the store's value type " + shape.ValueType.ToDisplayString(), out reason);
    }

    /// <summary>
    /// The verb of a plain add (<c>Add</c>, <c>Insert</c>, <c>Create</c>, with or without the values' noun) on an interface
    /// named a cache (<c>…Cache</c>), else null: the name says nothing of a key already held, and caches differ on it.
    /// </summary>
    private static string? PlainCacheAdd(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
        => context.InterfaceName.EndsWith("Cache", StringComparison.Ordinal) ? PlainAdd(shape, candidate) : null;

    /// <summary>
    /// The verb of a plain add (<c>Add</c>, <c>Insert</c>, <c>Create</c>, with or without the values' noun) declared by the
    /// user's own interface, else null: what <c>TakenKeyAdds</c> states for a key-value store.
    /// </summary>
    private static string? PlainAdd(KeyValueShape shape, MemberCandidate candidate)
    {
        // A framework interface's Add keeps its documented meaning (IDictionary<TKey, TValue>.Add throws for a key already
        // held: dotnet/machinelearning's IKVCache inherits it).
        if (candidate.Symbol.ContainingType is { } declaring && IsFrameworkType(declaring))
        {
            return null;
        }

        var verb = VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb;
        return verb is "Add" or "Insert" or "Create" ? candidate.Symbol.Name : null;
    }

    /// <summary>
    /// The name of <paramref name="candidate"/> when its verb, nouns stripped, is a bare <c>Insert</c> declared by the user's
    /// own interface (a framework interface's insert keeps its documented meaning); null otherwise.
    /// </summary>
    private static string? PlainBoolInsert(KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Symbol.ContainingType is { } declaring && IsFrameworkType(declaring))
        {
            return null;
        }

        var verb = VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb;
        return verb == "Insert" ? candidate.Symbol.Name : null;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is a <c>TrySet</c> (its verb, nouns stripped) on an interface with no plain set
    /// beside it (a <c>Set</c>-verb member or an indexer with a setter), which alone would say that the TrySet differs from
    /// a set by a taken key.
    /// </summary>
    private static bool TrySetWithoutPlainSet(KeyValueShape shape, MemberCandidate candidate)
    {
        if (VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb != "TrySet")
        {
            return false;
        }

        foreach (var other in shape.Candidates)
        {
            if (other.Property is { IsIndexer: true, SetMethod: not null } || shape.VerbOf(other).Verb == KeyValueVerb.Set)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Set, SetIfAbsent, Replace and appends: key, value and optional parameters with a meaning. A plain add returning
    /// nothing (<c>Add(key, value)</c>, or <c>Add(item)</c> of an item carrying its key) throws the duplicate-key error for a
    /// taken key unless a stated <c>TakenKeyAdds</c> says otherwise: Skip keeps the value a taken key holds without a word,
    /// Replace is a set.
    /// </summary>
    private static OperationSpec? Set(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, StoreBuilder store, out string? reason)
    {
        var taken = verb == KeyValueVerb.SetIfAbsent && context.Settings.TakenKeyAdds is 1 or 2 or 3 && TypeFacts.VoidOrBool(member.Candidate) == false && PlainAdd(shape, member.Candidate) is not null
            ? context.Settings.TakenKeyAdds
            : 0;
        if (taken != 0)
        {
            context.TakenKeyAddsUsed = true;
        }

        var op = SetCore(context, shape, member, taken == 3 ? KeyValueVerb.Set : verb, store, takenStated: taken != 0, out reason);
        return (taken, op) switch
        {
            (2, KvSetOp { IfAbsent: true, ReturnsBool: false } set) => set with { SkipTaken = true },
            (2, KvSetItemOp { IfAbsent: true, ReturnsBool: false } item) => item with { SkipTaken = true },
            _ => op,
        };
    }

    /// <summary>See <see cref="Set"/>; <paramref name="takenStated"/>: <c>TakenKeyAdds</c> states what this plain add does with a taken key.</summary>
    private static OperationSpec? SetCore(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, StoreBuilder store, bool takenStated, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var candidate = member.Candidate;
        var ifAbsent = verb == KeyValueVerb.SetIfAbsent;
        if (verb == KeyValueVerb.Set && TypeFacts.VoidOrBool(candidate) == true && Conventions.TwoBranchUpsertVerbs.FirstOrDefault(v => candidate.Verb.StartsWith(v, StringComparison.Ordinal)) is { } twoBranch)
        {
            // bool AddOrUpdate(key, value): the name says it adds or updates, and a bool result most likely says which (true:
            // added), as MSAL's and Orleans' caches answer; the fake's Set answers true whenever it wrote (Redis's SET).
            return Fail("'" + twoBranch + "' says it adds or updates, and its bool result does not say what true means: that it added the key and false that it updated one, or that it wrote"
                + " (true either way, as Redis's SET answers); return void or the value written, or write the member (Store.Set(key, value) is one line)", out reason);
        }

        if (ifAbsent && TrySetWithoutPlainSet(shape, candidate))
        {
            // TrySet(key, value) is a set if absent in EasyCaching and Util (false for a key already held, beside their own
            // Set) and a set that answers whether it wrote in dotnet/arcade-services' ICache (Darc's MemoryCache replaces a
            // held key and answers true; the Redis client answers false only when Redis fails). Beside a plain Set the
            // TrySet must differ from it, and a taken key is the only difference a fake can have; alone, nothing says which.
            return Fail("'TrySet' is a set if absent in some stores (EasyCaching's TrySet answers false for a key already held) and a set that answers whether it wrote in others (dotnet/arcade-services' ICache.TrySetAsync replaces a held key and answers true), and with no plain Set beside it (which a set-if-absent TrySet would differ from) nothing here says which;"
                + " write the member: Store.SetIfAbsent(key, value) keeps a held key, Store.Set(key, value) then true replaces it", out reason);
        }

        if (KeyAloneRefusal(context, shape, member, verb) is { } keyAlone)
        {
            return Fail(keyAlone, out reason);
        }

        // A plain Add/Insert/Create that returns nothing, on an interface named a cache: the fake threw the duplicate-key
        // error for a key already held, where MobileBlazorBindings' MemoryTokenCache.Add replaces the token (tokens[key] =
        // token) and LazyCache's IAppCache.Add replaces the entry (h-sample50). A bool result keeps the set-if-absent reading
        // (System.Runtime.Caching's ObjectCache.Add answers false and keeps the first); a value alone whose key the store
        // makes up has no taken key.
        var cacheAdd = !takenStated && ifAbsent && TypeFacts.VoidOrBool(candidate) == false && PlainCacheAdd(context, shape, candidate) is { } plainAdd
            ? "an add to a cache ('" + context.InterfaceName + "') of a key already cached: whether it replaces the value (MobileBlazorBindings' MemoryTokenCache.Add, LazyCache's IAppCache.Add),"
              + " keeps the first (as System.Runtime.Caching's ObjectCache.Add does, answering false) or throws (Service Fabric's AddStateAsync) is the cache's own, and '" + plainAdd + "' returning nothing does not say which."
              + " State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Replace (a set), TakenKeyAdd.Skip (the first value kept, nothing thrown) or TakenKeyAdd.Throw (the duplicate-key error),"
              + " or write the member: Store.Set(key, value) replaces, Store.SetIfAbsent(key, value) keeps the first"
            : null;
        // A plain Insert that returns bool: the fake read it as a set if absent (false for a key already held), where NCache's
        // content-optimization CacheAdapter.Insert(key, value) replaces a held value and answers true once written, as
        // ASP.NET's Cache.Insert and NCache's own ICache.Insert overwrite (their Add is the one that keeps the first), and a
        // SQL INSERT fails on a taken primary key (h-sample90). A bool Add keeps the set-if-absent reading (ObjectCache.Add).
        cacheAdd ??= ifAbsent && TypeFacts.VoidOrBool(candidate) == true && PlainBoolInsert(shape, candidate) is { } boolInsert
            ? "'" + boolInsert + "' returns bool, and what an insert does with a key already held is the store's own: ASP.NET's Cache.Insert and NCache's ICache.Insert replace the value"
              + " (NCache's content-optimization CacheAdapter.Insert then answers true), a set if absent keeps the first and answers false, a SQL INSERT fails on the taken key;"
              + " name it Set or AddOrUpdate when it replaces, TryAdd when it keeps the first, or write the member: Store.Set(key, value) then true replaces, Store.SetIfAbsent(key, value) keeps the first"
            : null;
        if (args.Length == 1 && member.Region is null && !shape.IsObjectStore && ResultShapes.ItemArgument(context, args[0], shape.ValueType) is { } item)
        {
            if (cacheAdd is not null)
            {
                return Fail(cacheAdd, out reason);
            }

            if (item.Region is not null && !shape.HasRegions)
            {
                return Fail("its item carries a region, but " + (shape.RegionProblem ?? "no member takes a region"), out reason);
            }

            return TypeFacts.VoidOrBool(candidate) is { } itemBool && verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent
                ? new KvSetItemOp(shape.HasRegions ? item : item with { Region = null }, ifAbsent, itemBool, shape.HasRegions)
                : Fail("it must return void or bool", out reason);
        }

        if (args.Length >= 1 && KeyValueShape.DictionaryTypes(context, args[0].Type) is not null && verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent)
        {
            if (WholeStoreNoun(context, shape, candidate) is { } whole)
            {
                return Fail("it writes a dictionary under the singular noun '" + whole + "', the store's own subject, so whether the dictionary replaces everything stored"
                    + " (ASP.NET Core's PrerenderComponentApplicationStore persists the whole state, once) or is merged into it entry by entry (Bot Framework's IStorage.WriteAsync) is not said", out reason);
            }

            return SetMany(context, shape, member, ifAbsent, store, out reason);
        }

        // A value alone: a key the store makes up, an append, or the single value of a keyless store.
        if (member.Region is null && member.Tags is null && KeyValueShape.IsLoneValueWrite(context, candidate) && args.Length >= 1
            && (TypeFacts.SameType(args[0].Type, shape.ValueType) || shape.IsObjectStore) && !(args.Length >= 2 && IsKey(context, shape, args[0]) && !shape.IsSingle))
        {
            return LoneValue(context, shape, member, verb, store, out reason);
        }

        if (ValueThenKey(context, shape, member) is { } swapped)
        {
            // fmbot's StorePrefix(string prefix, ulong key): the value first, then the key, as both names say (h-leftover3).
            member = swapped;
            args = member.Args;
        }

        if (args.Length < 2 || !IsKey(context, shape, args[0]) || !TypeFacts.ReadsAsValue(args[1]))
        {
            // A first parameter that is not of the key type: name it and the key, as a removal's message does, rather than
            // say the member takes no key (Jellyfin's SaveMediaStreams(Guid id, streams) of a store keyed by the
            // MediaStreamQuery that GetMediaStreams(filter) reads by).
            if (args.Length >= 2 && !shape.IsSingle && TypeFacts.ReadsAsValue(args[0]) && !IsKey(context, shape, args[0]))
            {
                return Fail(NotTheKey(shape, args[0]) + "; it must take the key, the value and optionally a time to live", out reason);
            }

            if (candidate.Parameters.Length == 0)
            {
                return Fail(ParameterlessWrite(shape, candidate), out reason);
            }

            return Fail("it must take the key, the value and optionally a time to live", out reason);
        }

        if (cacheAdd is not null)
        {
            return Fail(cacheAdd, out reason);
        }

        if (args.Length == 2 && TtlPlanner.IsTtl(context, args[1]))
        {
            return KeyWithExpiry(context, shape, member, verb, store, out reason);
        }

        if (verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent && SeveralValuesPerKey(context, shape, candidate) is { } several)
        {
            return Fail(several, out reason);
        }

        // The key taken by its place, named as the value: Orleans' IGrainDirectoryCache.AddOrUpdate(GrainAddress value,
        // int version) caches the address under its own GrainId (its Remove and LookUp take a GrainId key); the fake stored
        // the version under the whole address, a key nothing else looks up by.
        if (string.Equals(args[0].Name, "value", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("its first parameter 'value' would be the key by its place, but its name says it is the value; what the real store keys it by (a property of it, such as an id) is not said."
                + " Name the key parameter for the key, or write the member", out reason);
        }

        // The value by its place, named as what the store compares with: Orleans' IStreamCheckpointerGrain.Update(offset,
        // expectedCheckpoint) writes the offset when the stored checkpoint is the expected one and answers the new one; the
        // fake stored the expected checkpoint under the offset and answered it.
        if (args[1].Name.StartsWith("expected", StringComparison.OrdinalIgnoreCase) || Array.IndexOf(Conventions.ComparisonValueNames, args[1].Name) >= 0)
        {
            return Fail("its parameter '" + args[1].Name + "' would be the value by its place, but its name says it is what the store compares with (a compare-and-set's expected value or token), not what it writes;"
                + " which value is written, and what happens when the stored one differs, is the real store's", out reason);
        }

        // A store of object values takes any second parameter as the value, so a write under two strings (Get Information
        // about Schools' ICacheAccessor.Set<T>(string domain, string key, T value, TimeSpan? cacheExpiry)) went on to read its
        // value as a time to live and was refused for "its parameter 'value' is not a time to live", a cause it does not have.
        // It is refused either way (the value is no time to live); the message now says what it is.
        if (shape.IsObjectStore && SecondKeyPart(context, shape, args) is { } pair)
        {
            return Fail(pair, out reason);
        }

        // No member reads a value and the writes take several types in equal numbers (h-sample83: biobankinguk's
        // Update(int id, PartialCapability), Update(int id, PartialBiobank), Update(int id, PartialNetworks)): the store's
        // value type is the tie-break's pick by name, so the fake stored a PartialBiobank as the whole value under the id,
        // inserting it for an id not indexed, where each real overload merges its fields into one Elasticsearch document
        // and fails for a missing one.
        if (TiedValuesProblem(shape) is { } tied)
        {
            return Fail(tied, out reason);
        }

        var form = KvValueForm.AsDeclared;
        if (!TypeFacts.SameType(args[1].Type, shape.ValueType) && !shape.IsObjectStore)
        {
            // The bytes of a store of byte[] values may come as a buffer (IBufferDistributedCache, IOutputCacheBufferStore).
            if (!TypeFacts.IsByteArray(shape.ValueType) || ByteFormOf(context.Known, args[1].Type) is not { } bytes)
            {
                return Fail(SecondKeyPart(context, shape, args) ?? KeyPartsBeforeValue(context, shape, args) ?? "its value type " + args[1].Type.ToDisplayString() + " differs from the store's value type " + shape.ValueType.ToDisplayString(), out reason);
            }

            form = bytes;
        }

        // A value declared nullable says null is a value the write takes; NullValueWrites states what it does (session 42).
        var nullValue = NullableValueRefusal(args[1]);
        if (nullValue is not null && !NullValueWrites.Stated(context))
        {
            return Fail(nullValue, out reason);
        }

        if (Expiration(context, args, 2, store, out reason) is not { } expiration)
        {
            return null;
        }

        var value = TypeNames.Escape(args[1].Name);
        var needsBang = form == KvValueForm.AsDeclared && (TypeNames.AllowsNull(args[1].Type) || args[1].Type is ITypeParameterSymbol);
        var key = KeyOf(shape, member);
        var valueRef = new ArgumentRef(value, needsBang);
        var valueName = needsBang ? value : null;
        if (verb == KeyValueVerb.Replace)
        {
            if (member.Tags is not null)
            {
                return Fail("a replace does not record tags", out reason);
            }

            return TypeFacts.VoidOrBool(candidate) is { } replaced
                ? WithNullWrites(context, shape, new KvSetOp(key, valueRef, valueName, expiration, IfAbsent: false, ReturnsBool: replaced, IfPresent: true, ValueForm: form), nullValue, out reason)
                : Fail("it must return void or bool", out reason);
        }

        if (TypeFacts.VoidOrBool(candidate) is { } returnsBool)
        {
            return WithNullWrites(context, shape, new KvSetOp(key, valueRef, valueName, expiration, ifAbsent, returnsBool, Tags: member.Tags, ValueForm: form, TagsInMemory: member.TagsInMemory), nullValue, out reason);
        }

        // AddOrUpdate-style members return the value they wrote.
        return !ifAbsent && candidate.Result is { } result && candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.SameType(TypeNames.Underlying(result), TypeNames.Underlying(args[1].Type))
            ? WithNullWrites(context, shape, new KvSetOp(key, valueRef, valueName, expiration, false, false, Tags: member.Tags, ReturnsValue: true, ValueForm: form, TagsInMemory: member.TagsInMemory), nullValue, out reason)
            : Fail("it must return void or bool" + (ifAbsent ? "" : ", or the value it wrote") + (candidate.Result is { } other && candidate.Shape != ReturnShape.AsyncEnumerable
                ? ", and it returns " + other.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + (TypeFacts.IsIntOrLong(other) ? ", which may count the rows written (SQLite's InsertOrReplace answers 1) or be a version or id of the store's own: which is not said" : "")
                : "") + "; write the member", out reason);
    }

    /// <summary>
    /// A write of two parameters whose <b>value comes first</b> (fmbot's <c>IPrefixService.StorePrefix(string prefix, ulong
    /// key)</c> beside <c>GetPrefix(ulong? key)</c> and <c>RemovePrefix(ulong key)</c>), read as the set it is when the names
    /// prove which is which: the second is of the key type (the first is not) and is named <c>key</c>, or as every other
    /// member of the interface names its key (one name, at least one such member); the first is of the value type and is
    /// named <c>value</c> or after the member's noun (<c>prefix</c> for <c>StorePrefix</c>). The parts with the two swapped,
    /// or null: by place alone the first would be the key, and a pair whose names do not say otherwise stays refused.
    /// </summary>
    private static MemberParts? ValueThenKey(ParseContext context, KeyValueShape shape, MemberParts member)
    {
        var args = member.Args;
        if (args.Length != 2 || shape.IsObjectStore || shape.IsSingle || IsKey(context, shape, args[0]) || !IsKey(context, shape, args[1])
            || !TypeFacts.ReadsAsValue(args[0]) || !TypeFacts.SameType(args[0].Type, shape.ValueType))
        {
            return null;
        }

        var noun = VerbNouns.Strip(member.Candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Noun;
        var valueNamed = string.Equals(args[0].Name, "value", StringComparison.OrdinalIgnoreCase)
            || (noun is not null && string.Equals(args[0].Name, noun, StringComparison.OrdinalIgnoreCase));
        if (!valueNamed || string.Equals(args[0].Name, args[1].Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The key's name as the other members give it: each other member that takes a parameter of the key type first.
        var others = shape.Candidates
            .Where(c => !SymbolEqualityComparer.Default.Equals(c.Symbol, member.Candidate.Symbol) && c.Parameters.Length > 0
                && TypeFacts.SameType(TypeNames.Underlying(c.Parameters[0].Type), TypeNames.Underlying(shape.KeyType)))
            .Select(static c => c.Parameters[0].Name).Distinct(StringComparer.Ordinal).ToList();
        var keyNamed = string.Equals(args[1].Name, "key", StringComparison.OrdinalIgnoreCase)
            || (others.Count == 1 && string.Equals(others[0], args[1].Name, StringComparison.Ordinal));
        return keyNamed ? new MemberParts(member.Candidate, new[] { args[1], args[0] }, member.Region, member.Tags) { TagsInMemory = member.TagsInMemory } : null;
    }

    /// <summary>
    /// A write with the stated <c>NullValueWrites</c> (session 42), or its refusal: a value declared nullable
    /// (<paramref name="nullValue"/>, the refusal without the setting) stays refused where the setting cannot apply (an
    /// add-if-absent, a replace of a present key, a write with tags), since the write would throw for the null it declares.
    /// </summary>
    private static OperationSpec? WithNullWrites(ParseContext context, KeyValueShape shape, KvSetOp op, string? nullValue, out string? reason)
    {
        reason = null;
        var applied = shape.HasTags ? op : NullValueWrites.Apply(context, op);
        return nullValue is not null && applied.NullWrites == 0 ? Fail(nullValue, out reason) : applied;
    }

    /// <summary>
    /// Why a write whose value parameter is declared nullable (<c>T? value</c>, <c>string? value</c>, <c>int? value</c> in a
    /// nullable-enabled context) is refused, else null: the signature says null is a value it takes, the fake's table holds
    /// no null value, and what a null value does (kept under the key and read back as null, as Kiota's InMemoryBackingStore
    /// does; the key removed; an error) is the real store's code, not its signature.
    /// </summary>
    private static string? NullableValueRefusal(IParameterSymbol value) => NullableValueRefusal("its value '" + value.Name + "' is", value.Type);

    /// <summary>
    /// The same refusal for values given another way (<paramref name="subject"/> names them, with its verb): the values of a
    /// batch write's dictionary (<c>SetSessionTokens(IReadOnlyDictionary&lt;string, string?&gt; sessionTokens)</c>, EF Core's
    /// <c>ISessionTokenStorage</c>) take null as much as a single write's value does.
    /// </summary>
    private static string? NullableValueRefusal(string subject, ITypeSymbol type)
        => TypeNames.IsDeclaredNullable(type)
            ? subject + " declared nullable (" + type.ToDisplayString() + "), so null is a value it takes, and whether a null value is kept"
              + " under the key (read back as null and still listed, as Kiota's InMemoryBackingStore does), removes the key or is an error is the real store's choice,"
              + " which the signature does not say (the fake's table holds no null value)"
            : null;

    /// <summary>Whether a parameter's type can never carry a time to live: a string, a flag, a character or an enum.</summary>
    private static bool CannotBeTtl(ITypeSymbol type)
        => TypeNames.Underlying(type) is { } underlying
           && (underlying.SpecialType is SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Char || underlying.TypeKind == TypeKind.Enum);

    /// <summary>
    /// Why a write whose second parameter is of the key's type and is followed by more is refused, when it reads as a key of
    /// two parts rather than a value of the wrong type (azure-sdk-tools' <c>UpsertCodeFileAsync(revisionId, codeFileId,
    /// codeFile)</c>, whose message said "its value type string"): the pair is read only where the interface proves it.
    /// Null for any other write.
    /// </summary>
    private static string? SecondKeyPart(ParseContext context, KeyValueShape shape, IParameterSymbol[] args)
    {
        if (args.Length < 3 || !TypeFacts.SameType(args[1].Type, shape.KeyType) || !TypeFacts.ReadsAsValue(args[2]) || TtlPlanner.IsTtl(context, args[2])
            || !(TypeFacts.SameType(args[2].Type, shape.ValueType) || NamedAsKey(args[1].Name)))
        {
            return null;
        }

        var key = shape.KeyType.ToDisplayString();
        var value = args[2];
        return "it takes '" + args[0].Name + "' and '" + args[1].Name + "', both " + key + " (the key's type), before '" + value.Name + "' (" + value.Type.ToDisplayString()
            + "), so it reads as a write under a key of two parts, not as '" + args[1].Name + "' written as a value; a pair is the key only where the interface proves it"
            + " (a read and a write that take the same two parameters, non-nullable strings: docs/generator.md#key-value-store, keys of two parts), and this one does not"
            + (TypeFacts.SameType(value.Type, shape.ValueType) || shape.IsObjectStore ? "" : "; and '" + value.Name + "' (" + value.Type.ToDisplayString() + ") is not of the store's value type " + shape.ValueType.ToDisplayString());
    }

    /// <summary>
    /// Why a write whose second parameter is named as a key part and whose value comes later is refused, when it reads as a
    /// write under a key of several parts (h-sample112: equeue's <c>UpdateConsumeOffset(string topic, int queueId, long
    /// offset, string group)</c> beside <c>long GetConsumeOffset(string topic, int queueId, string group)</c>, the broker's
    /// offsets by consumer group and queue): the message said "its value type int differs from the store's value type
    /// long", as if <c>queueId</c> were the value, a cause it does not have. Read only when the second parameter's name says
    /// key (<c>…Id</c>, <c>…Key</c>, <c>…Name</c>) and exactly one later parameter is of the store's value type and no
    /// time to live. Null for any other write.
    /// </summary>
    private static string? KeyPartsBeforeValue(ParseContext context, KeyValueShape shape, IParameterSymbol[] args)
    {
        if (args.Length < 3 || shape.IsObjectStore || !NamedAsKey(args[1].Name) || TypeFacts.SameType(args[1].Type, shape.ValueType))
        {
            return null;
        }

        var values = args.Skip(2).Where(a => TypeFacts.ReadsAsValue(a) && TypeFacts.SameType(a.Type, shape.ValueType) && !TtlPlanner.IsTtl(context, a)).ToList();
        if (values.Count != 1)
        {
            return null;
        }

        var value = values[0];
        var parts = args.Where(a => !SymbolEqualityComparer.Default.Equals(a, value) && TypeFacts.ReadsAsValue(a) && a.Type.Name != "CancellationToken").Select(static a => a.Name).ToList();
        return "it takes '" + args[1].Name + "' (" + args[1].Type.ToDisplayString() + ") after the key '" + args[0].Name + "', named as a key or a part of one, and '" + value.Name + "' ("
            + value.Type.ToDisplayString() + ", the store's value type) after it, so it reads as a write of '" + value.Name + "' under a key of " + parts.Count + " parts (" + string.Join(", ", parts)
            + "), not as '" + args[1].Name + "' written as a value; a key-value store keys each value by one parameter, and which parts make the key, in which order and nested how, is the real store's own; write the member";
    }

    /// <summary>Whether a parameter's name says it is a key or part of one: <c>key</c>, <c>id</c>, <c>name</c>, or a name ending in Id, Key or Name.</summary>
    private static bool NamedAsKey(string name)
        => EndsWithAny(name, "Id", "ID", "Key", "Name")
           || string.Equals(name, "key", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "name", StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithAny(string name, params string[] suffixes)
        => suffixes.Any(suffix => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>The time to live among the parameters from <paramref name="start"/> on: every one must be it, and only one.</summary>
    private static ExpirationSpec? Expiration(ParseContext context, IParameterSymbol[] args, int start, StoreBuilder store, out string? reason)
    {
        reason = null;
        var expiration = ExpirationSpec.Default;
        IParameterSymbol? ttl = null;
        for (var i = start; i < args.Length; i++)
        {
            var parameter = args[i];
            if (TtlPlanner.TryPlan(context, parameter, store) is not { } planned)
            {
                // Orchard's Set(path, routeValues, string source, bool isManaged): a string or a flag can never be a time to
                // live, so listing the names a TimeSpan may have pointed the user at a cause the member does not have.
                var never = args.Skip(start).Where(static a => CannotBeTtl(a.Type)).ToArray();
                reason = CannotBeTtl(parameter.Type)
                    ? (never.Length == 1 ? "its parameter " : "its parameters ") + string.Join(" and ", never.Select(static a => "'" + a.Name + "' (" + a.Type.ToDisplayString() + ")"))
                      + " cannot be a time to live (a TimeSpan, a number of seconds, a point in time or an options object), the only thing a key-value store takes there: what "
                      + (never.Length == 1 ? "it means" : "they mean") + " is the real store's own"
                    : "its parameter '" + parameter.Name + "' is not a time to live (" + TtlConventions + ")";
                return null;
            }

            if (ttl is not null)
            {
                reason = "it takes more than one time-to-live parameter ('" + ttl.Name + "' and '" + parameter.Name + "')";
                return null;
            }

            ttl = parameter;
            expiration = planned;
        }

        return expiration;
    }

    /// <summary>A write of the value alone (hints and a time to live allowed).</summary>
    private static OperationSpec? LoneValue(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, StoreBuilder store, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        var args = member.Args;
        var expiration = ExpirationSpec.Default;
        foreach (var parameter in args.Skip(1))
        {
            if (TtlPlanner.TryPlan(context, parameter, store) is { } planned)
            {
                expiration = planned;
            }
        }

        var value = TypeNames.Escape(args[0].Name);
        var needsBang = TypeNames.AllowsNull(args[0].Type) || args[0].Type is ITypeParameterSymbol;
        var valueRef = new ArgumentRef(value, needsBang);
        var valueName = needsBang ? value : null;

        // Returns a key: the store makes one up.
        if (candidate.Result is { } result && !TypeFacts.IsBool(result) && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            if (shape.IsSingle)
            {
                return Fail("it returns " + result.ToDisplayString() + ", but the store has no keys, so what it returns is unknown", out reason);
            }

            if (!StoreClassifier.IsMadeUpKeyType(context, result))
            {
                return Fail("it returns " + result.ToDisplayString() + ", which is not a key the store can make up (string, Guid, int or long keys)", out reason);
            }

            if (!TypeFacts.SameType(TypeNames.Underlying(result), shape.KeyType))
            {
                // h-sample107: OrleanSpaces' Insert(action) returns a Guid beside a removal by the action itself; the refusal
                // said a Guid "is not a key the store can make up (string, Guid, int or long keys)".
                return Fail("it returns " + result.ToDisplayString() + ", a key a store could make up, but the keys the other members take are " + shape.KeyType.ToDisplayString()
                    + ", so no member reads, checks or removes an entry by what it returns, and what it names (an entry, a partition, a batch) is the real store's own", out reason);
            }

            if (NoEntryByMadeUpKey(shape, candidate) is { } unaddressed)
            {
                return Fail(unaddressed, out reason);
            }

            if (TypeFacts.SameType(TypeNames.Underlying(args[0].Type), shape.KeyType))
            {
                return Fail("its parameter '" + args[0].Name + "' is of the key's type, so whether it is a key or a value is unknown", out reason);
            }

            if (!Conventions.StartsWithAny(candidate.Verb, Conventions.NewKeyWriteVerbPrefixes))
            {
                return Fail("'" + candidate.Verb + "' is not a verb of a write that makes up a key (" + string.Join(", ", Conventions.NewKeyWriteVerbPrefixes) + ")", out reason);
            }

            foreach (var other in shape.Candidates)
            {
                if (!ReferenceEquals(other, candidate) && StoreClassifier.IsLookupOf(other, TypeNames.Underlying(args[0].Type)) && TypeFacts.SameType(TypeNames.Underlying(other.Parameters[0].Type), shape.KeyType)
                    && StoreClassifier.KeyPropertyOf(context, TypeNames.Underlying(args[0].Type), other.Parameters[0], shape.KeyType) is { } own)
                {
                    return Fail("its value has a property '" + own.Name + "' that '" + other.Symbol.Name + "' looks up by ('" + other.Parameters[0].Name + "'), so the key it returns may be the value's own rather than one the store makes up; mark '" + own.Name + "' [Key] for an entity repository", out reason);
                }
            }

            return shape.HasRegions ? Fail("a store with regions cannot make up keys", out reason) : new KvAddWithNewKeyOp(valueRef, valueName, expiration, ReturnsKey: true);
        }

        if ((TypeFacts.VoidOrBool(candidate) is not { } returnsBool || returnsBool) && !shape.IsSingle
            && ValueKeyOf(context, shape, candidate, args[0]) is { } carried)
        {
            // TryAddClientConnection(connection) beside TryGetClientConnection(connectionId, out connection) of
            // azure-signalr's IClientConnectionManager: the value carries the key the reads take, so "the store makes up
            // the key" named a cause it does not have (h-sample108).
            return Fail("it takes no key: its value's property '" + carried.Property.Name + "', which '" + carried.Lookup.Symbol.Name + "' looks up by ('" + carried.Lookup.Parameters[0].Name
                + "'), may be its key, but a key-value store reads no key out of a value; mark '" + carried.Property.Name + "' [Key] for an entity repository", out reason);
        }

        if (TypeFacts.VoidOrBool(candidate) is not { } returnsBool2 || returnsBool2)
        {
            return Fail("it takes a value and no key, so the store makes up the key, and such an add returns nothing or the new key" + (candidate.Result is { } made && candidate.Shape != ReturnShape.AsyncEnumerable
                ? "; it returns " + made.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + (TypeFacts.IsBool(made) ? ", and what false would mean (a value refused, an entry already there) is the store's own" : ", which is neither")
                : "") + "; write the member", out reason);
        }

        if (!shape.IsSingle)
        {
            // Update(entry) beside Get(string address) of an entry with an Address: the write's key is the value's own
            // property, not one it makes up, so "a write that makes up a key must return it" would name a cause it does not have.
            if (ValueKeyOf(context, shape, candidate, args[0]) is { } own)
            {
                return Fail("it takes no key: its value's property '" + own.Property.Name + "', which '" + own.Lookup.Symbol.Name + "' looks up by ('" + own.Lookup.Parameters[0].Name + "'), may be its key, but a key-value store reads no key out of a value; mark '" + own.Property.Name + "' [Key] for an entity repository", out reason);
            }

            if (KeyComputingMethods(shape, TypeNames.Underlying(args[0].Type)) is { Count: > 0 } methods)
            {
                // SaveAsync(Block element) beside TryGetAsync(uint256 id) of WalletWasabi's IFileSystemBlockRepository: the
                // key is the block's hash, which Block computes with GetHash() and holds in no property, so "a write that
                // makes up a key must return it" named a cause it does not have (h-sample30's round).
                var listed = string.Join(", ", methods.Select(static m => "'" + m + "()'"));
                return Fail("it takes no key: its value's " + (methods.Count == 1 ? "method " : "methods ") + listed + " return" + (methods.Count == 1 ? "s" : "")
                    + " the key's type (" + shape.KeyType.ToDisplayString() + "), so the key may be computed from the value, but a key-value store reads no key out"
                    + " of a value and a fake calls none of its methods (an entity's key is a property); write it with one line on Store ("
                    + "Store.Set(" + args[0].Name + "." + methods[0] + "(), " + args[0].Name + "), or SetIfAbsent when the real store keeps what it has)", out reason);
            }

            return Fail("it takes no key, but other members do; a write that makes up a key must return it", out reason);
        }

        if (shape.HasKeylessGet)
        {
            // The store holds one value: Set(value) replaces it.
            return verb == KeyValueVerb.SetIfAbsent
                ? new KvSetOp(KvKeySpec.Single, valueRef, valueName, expiration, IfAbsent: true, ReturnsBool: false)
                : new KvSetOp(KvKeySpec.Single, valueRef, valueName, expiration, IfAbsent: false, ReturnsBool: false);
        }

        if (!shape.HasValuesReader && shape.KeylessListRead is { } listRead)
        {
            return Fail("it writes a value without a key, and '" + listRead + "' reads a list of the values back without one, so whether each write adds to that list (an append) or replaces the one value is not said; name the list read GetAll (an append-only collection) or write it", out reason);
        }

        if (shape.HasValuesReader)
        {
            // AddAsync(ShortLink link) beside GetByCodeAsync(string code) of a link with a Code, in a store of no keys (the
            // lookup refused, since no write names 'code'): a read of one value by its own property says the values are
            // identified by it, so an append that keeps a second link of a taken code is unproven (session 22: the real
            // table's key refuses it). Before, the write appended silently.
            foreach (var other in shape.Candidates)
            {
                if (!ReferenceEquals(other, candidate) && StoreClassifier.IsLookupOf(other, TypeNames.Underlying(args[0].Type))
                    && StoreClassifier.KeyPropertyOf(context, TypeNames.Underlying(args[0].Type), other.Parameters[0], other.Parameters[0].Type) is { } own)
                {
                    return Fail("it appends a value without a key, but '" + other.Symbol.Name + "' reads one value by its property '" + own.Name + "' ('" + other.Parameters[0].Name + "'), so '" + own.Name
                        + "' may identify the values, and whether a second value of a taken " + own.Name + " is kept, replaces the first or fails is the store's own; mark '" + own.Name + "' [Key] for an entity repository", out reason);
                }
            }
        }

        // A keyless collection: every write is kept (an append), read back by GetAll.
        return shape.HasValuesReader
            ? new KvAddWithNewKeyOp(valueRef, valueName, expiration, ReturnsKey: false)
            : Fail("it writes a value without a key, and no member reads it back (Get() for a single value, GetAll() for a collection)", out reason);
    }

    /// <summary>
    /// Why a write that returns a key of the store's type makes up nothing any member reads back, or null: no other member
    /// reads, checks, writes or removes an entry by a key of that type, and those that take one first have a known verb that
    /// is about no entry (a <c>Clear</c>, a <c>Count</c>). OrleanSpaces' <c>Task&lt;Guid&gt; Insert(action)</c> beside
    /// <c>RemoveAll(Guid agentId)</c> (session 35): once the removal by the action no longer voted for the key type, the keys
    /// were the <c>Guid</c>s Insert returns, and Insert was generated as an add under a new key, where the real director
    /// answers the id of the partition that took the tuple (the same for the next tuple). A member of no known verb that
    /// takes such a key counts as addressing an entry: what it does is not known, and it is refused on its own.
    /// </summary>
    private static string? NoEntryByMadeUpKey(KeyValueShape shape, MemberCandidate write)
    {
        if (UnaddressedKeyUsers(shape, write) is not { } aboutNone)
        {
            return null;
        }

        var keyType = shape.KeyType.ToDisplayString();
        return "it returns " + keyType + ", a key a store could make up, but no other member reads, checks or removes an entry by a " + keyType
            + (aboutNone.Count == 0 ? "" : " (" + string.Join(", ", aboutNone) + (aboutNone.Count == 1 ? " takes one but is about no entry" : " take one but are about no entry") + ")")
            + ", so what it names (an entry, a partition, a batch) is the real store's own";
    }

    /// <summary>
    /// Null when a member other than <paramref name="except"/> reads, checks, writes or removes an entry by a key of the
    /// store's key type (a keyed indexer, a member whose verb takes the key first, or one of no known verb that takes such a
    /// key first); else the names of the members that take such a key first under a known verb about no entry (a Clear).
    /// </summary>
    private static List<string>? UnaddressedKeyUsers(KeyValueShape shape, MemberCandidate except)
    {
        var aboutNone = new List<string>();
        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, except))
            {
                continue;
            }

            if (other.Property is { IsIndexer: true } indexer && indexer.Parameters.Length >= 1 && TypeFacts.SameType(TypeNames.Underlying(indexer.Parameters[0].Type), TypeNames.Underlying(shape.KeyType)))
            {
                return null;
            }

            if (other.Parameters.Length == 0 || !TypeFacts.SameType(TypeNames.Underlying(other.Parameters[0].Type), TypeNames.Underlying(shape.KeyType)))
            {
                continue;
            }

            var verb = shape.VerbOf(other).Verb;
            if (verb == KeyValueVerb.None || Conventions.TakesKeyFirst(verb))
            {
                return null;
            }

            aboutNone.Add("'" + other.Symbol.Name + "'");
        }

        return aboutNone;
    }

    /// <summary>
    /// <c>IDictionary&lt;string, string&gt; GetAllSettings()</c>: every entry, keys with their values, as a dictionary of the
    /// store's own key and value types; null (no reason) when the result is no dictionary, so it is read as a list of values.
    /// </summary>
    private static OperationSpec? Entries(ParseContext context, KeyValueShape shape, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable
            || TypeNames.Underlying(result) is not INamedTypeSymbol { Arity: 2 } dictionary
            || !(KnownSymbols.Is(dictionary, context.Known.Dictionary) || KnownSymbols.Is(dictionary, context.Known.IDictionary) || KnownSymbols.Is(dictionary, context.Known.IReadOnlyDictionary)))
        {
            return null;
        }

        if (shape.HasRegions)
        {
            return Fail("the store's entries are named by a region and a key, so a dictionary by key alone would merge entries of different regions", out reason);
        }

        if (!TypeFacts.SameType(dictionary.TypeArguments[0], shape.KeyType) || !TypeFacts.SameType(dictionary.TypeArguments[1], shape.ValueType))
        {
            return Fail("its dictionary must hold the store's keys and values (" + shape.KeyType.ToDisplayString() + ", " + shape.ValueType.ToDisplayString() + "), not " + dictionary.ToDisplayString(), out reason);
        }

        return new KvEntriesOp(TypeNames.IsNullableValueType(dictionary.TypeArguments[1]) && !TypeNames.IsNullableValueType(shape.ValueType));
    }

    /// <summary>
    /// <c>CopyTo(KeyValuePair&lt;K, V&gt;[] array, int index)</c>, also with the store's nouns (<c>CopyPropertiesTo</c> of
    /// System.Xaml's <c>IAttachedPropertyStore</c>): <c>ICollection&lt;KeyValuePair&lt;K, V&gt;&gt;.CopyTo</c>'s signature, which
    /// says every entry, written into the array from the index on. Only with the store's own key and value types, no
    /// region, and nothing returned.
    /// </summary>
    private static OperationSpec? CopyTo(ParseContext context, KeyValueShape shape, MemberCandidate candidate, IParameterSymbol[] args, ArgumentRef? region, out string? reason)
    {
        reason = null;
        const string form = "CopyTo must take an array of the store's entries (KeyValuePair<key, value>[]) and the int index to start at, and return nothing, as ICollection<KeyValuePair<TKey, TValue>>.CopyTo";
        if (args.Length != 2 || region is not null || !candidate.IsVoid || candidate.Shape != ReturnShape.Sync
            || args[0].Type is not IArrayTypeSymbol { Rank: 1, ElementType: INamedTypeSymbol { Arity: 2 } pair }
            || pair.Name != "KeyValuePair" || !TypeFacts.IsNamespace(pair.ContainingNamespace, "System", "Collections", "Generic")
            || args[1].Type.SpecialType != SpecialType.System_Int32)
        {
            return Fail(form, out reason);
        }

        if (shape.HasRegions)
        {
            return Fail("the store's entries are named by a region and a key, so an array of entries by key alone would merge entries of different regions", out reason);
        }

        if (!TypeFacts.SameType(pair.TypeArguments[0], shape.KeyType) || !TypeFacts.SameType(pair.TypeArguments[1], shape.ValueType))
        {
            return Fail("its array must hold the store's keys and values (" + shape.KeyType.ToDisplayString() + ", " + shape.ValueType.ToDisplayString() + "), not " + pair.ToDisplayString(), out reason);
        }

        return new KvCopyToOp(Declarations.Argument(args[0]), TypeNames.Escape(args[1].Name));
    }

    /// <summary>Every value, in the order the keys were first written.</summary>
    private static KvValuesOp? Values(ParseContext context, KeyValueShape shape, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (TypeFacts.SnapshotCollection(context, candidate, shape.ValueType) is { } snapshot)
        {
            return new KvValuesOp(SequenceKind.List, snapshot);
        }

        if (candidate.Result is { } declared && candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.SameType(TypeNames.Underlying(declared), shape.ValueType)
            && TypeFacts.ElementType(context.Known, TypeNames.Underlying(declared)) is { } element)
        {
            // BootstrapBlazor's IEnumerable<IDynamicObject> GetItems(): the members made the sequence itself the value type
            // (a keyless read of it, a write of it alone), so "a list of IEnumerable<IDynamicObject>" misnamed the member.
            var whole = declared.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            var item = element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            reason = "it takes no key and reads every value, but returns " + whole + ", which is what the store was read to keep under each key (its members write or read "
                + whole + " whole): whether the store keeps one list of " + item + " or many " + item + " values, each under a key, is not said";
            return null;
        }

        var nullableElements = candidate.Result is INamedTypeSymbol { TypeArguments.Length: 1 } result
            && result.TypeArguments[0] is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated }
            && shape.ValueType.NullableAnnotation != NullableAnnotation.Annotated;
        return TypeFacts.SequenceResult(context, candidate, shape.ValueType, out reason) is { } sequence ? new KvValuesOp(sequence) { NullableElements = nullableElements } : null;
    }

    /// <summary>The live keys as a list, an array, or a snapshot in a set or frozen or immutable collection the member declares.</summary>
    private static KvKeysOp? Keys(ParseContext context, KeyValueShape shape, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        var key = KeyTypeOf(shape);
        if (TypeFacts.SnapshotCollection(context, candidate, key) is { } snapshot)
        {
            return new KvKeysOp(SequenceKind.List, snapshot);
        }

        return TypeFacts.SequenceResult(context, candidate, key, out reason) is { } keys ? new KvKeysOp(keys) : null;
    }
}
