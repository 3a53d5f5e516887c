using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

// Batches, removal by a match, get-or-add, compare-and-set, counters, expiry and indexers.
internal static partial class KeyValuePlanner
{
    /// <summary>A plural noun: a collection of keys (batch), the values' properties (remove where), or nothing (all).</summary>
    private static OperationSpec? Plural(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var verb = Conventions.KeyValueVerbOf(VerbNouns.Strip(member.Candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None).Verb);
        var delete = verb == KeyValueVerb.Delete;
        if (member.Region is not null)
        {
            return Fail("a member about several entries cannot take a region", out reason);
        }

        if (args.Length == 1 && IsKeyCollection(shape, args[0].Type))
        {
            return delete ? DeleteMany(context, shape, member, out reason) : GetMany(context, shape, member, out reason);
        }

        if (args.Length == 0)
        {
            if (delete)
            {
                return member.Candidate.IsVoid ? new KvClearOp() : Fail("Clear must return nothing", out reason);
            }

            return Entries(context, shape, member.Candidate, out reason) ?? (reason is null ? Values(context, shape, member.Candidate, out reason) : null);
        }

        if (!delete)
        {
            return Fail("a read of several entries takes nothing (all of them) or a collection of keys", out reason);
        }

        // Remove{Values}(a, b): every parameter names a property of the value type, compared for equality. A null or blank
        // argument is refused at run time: IdentityServer's grant stores skip it (every subject), a SQL or LINQ == compares it.
        if (shape.IsObjectStore || shape.ValueType is ITypeParameterSymbol)
        {
            return Fail("its parameters would name properties of the values, but the store's values are " + shape.ValueType.ToDisplayString(), out reason);
        }

        var conditions = new List<ValueConditionSpec>();
        foreach (var parameter in args)
        {
            var property = context.PropertiesOf(shape.ValueType).FirstOrDefault(p => string.Equals(p.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase));
            if (property is null || !TypeFacts.SameType(TypeNames.Underlying(property.Type), TypeNames.Underlying(parameter.Type)))
            {
                return Fail("its parameter '" + parameter.Name + "' names no property of " + shape.ValueType.ToDisplayString() + " of its type, so what it removes is unknown", out reason);
            }

            var unset = parameter.Type.SpecialType == SpecialType.System_String ? UnsetArgument.NullOrBlank
                : !parameter.Type.IsValueType || TypeNames.IsNullableValueType(parameter.Type) ? UnsetArgument.Null
                : UnsetArgument.None;
            conditions.Add(new ValueConditionSpec(TypeNames.Escape(property.Name), new ArgumentRef(TypeNames.Escape(parameter.Name), false), unset));
        }

        return CountResult(member.Candidate, out reason) is { } result ? new KvRemoveWhereOp(conditions.ToArray(), result) : null;
    }

    /// <summary>void, or how many: int or long.</summary>
    private static NumberResult? CountResult(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            reason = "it cannot return an async stream";
            return null;
        }

        if (candidate.IsVoid)
        {
            return NumberResult.None;
        }

        if (TypeFacts.IsInt(candidate.Result))
        {
            return NumberResult.Int;
        }

        if (TypeFacts.IsLong(candidate.Result))
        {
            return NumberResult.Long;
        }

        reason = "it must return nothing, or how many entries it removed (int or long)";
        return null;
    }

    private static OperationSpec? GetMany(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        if (member.Args.Length != 1 || !IsKeyCollection(shape, member.Args[0].Type) || member.Region is not null)
        {
            return Fail("it must take a collection of keys (" + shape.KeyType.ToDisplayString() + ")", out reason);
        }

        if (shape.HasRegions)
        {
            return Fail("a batch read cannot take regions", out reason);
        }

        if (OtherKindOfKeys(shape, member.Args[0], removal: false) is { } otherKind)
        {
            return Fail(otherKind, out reason);
        }

        if (member.Args[0].IsParams)
        {
            // GetMany(params string[]? ids), the shape Umbraco's IKeyValueRepository inherits from IReadRepository: its
            // EntityRepositoryBase lists every entry for no ids, a lookup of each key given lists none (docs/generator.md, NoKeysGiven).
            return Fail("its keys '" + member.Args[0].Name + "' are a params array, and whether none given means every entry (Umbraco's EntityRepositoryBase.GetMany(params TId[] ids), which its KeyValueRepository inherits) or none (a lookup of each key given) is the store's own", out reason);
        }

        var keys = Declarations.Argument(member.Args[0]);
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return what it found: a dictionary of keys and values, or a list of values", out reason);
        }

        var type = TypeNames.Underlying(result);
        if (type is INamedTypeSymbol { Arity: 2 } dictionary
            && (KnownSymbols.Is(dictionary, context.Known.Dictionary) || KnownSymbols.Is(dictionary, context.Known.IDictionary) || KnownSymbols.Is(dictionary, context.Known.IReadOnlyDictionary)))
        {
            if (!TypeFacts.SameType(dictionary.TypeArguments[0], shape.KeyType))
            {
                return Fail("its dictionary's keys are not the store's key type " + shape.KeyType.ToDisplayString(), out reason);
            }

            var valueOf = dictionary.TypeArguments[1];
            if (TypeFacts.SameType(valueOf, shape.ValueType) && TypeNames.IsDeclaredNullable(valueOf))
            {
                // IDictionary<string, string?> GetMany(keys): null may stand for a key asked for and not stored (StackExchange.Redis.Extensions'
                // GetAllAsync<T> lists every key, default when missing, as MGET answers nil in place) or the values may be the keys found
                // (the Bot Framework's and Akavache's batch reads leave a missing key out). The signature does not say which.
                return context.Settings.MissingKeyReads == MissingKeyReads.Default
                    ? new KvGetManyOp(keys, KvBatchResult.EveryKeyDefault, context.Render(valueOf))
                    : Fail("its dictionary's values are declared nullable (" + valueOf.ToDisplayString() + "), so a missing key may be listed with null (StackExchange.Redis.Extensions' GetAllAsync<T>: every key asked for, default when missing, as Redis MGET answers)"
                        + " or left out (a batch read of the keys found, as the Bot Framework's MemoryStorage.ReadAsync): the signature does not say which. Declare the values not nullable for the keys found,"
                        + " or state MissingKeyReads = MissingKeyRead.Default on [InMemoryFake] for every key with default when missing", out reason);
            }

            if (TypeFacts.SameType(valueOf, shape.ValueType))
            {
                // IDictionary<string, int?> over a table of int: each value found is lifted (none is null).
                return new KvGetManyOp(keys, KvBatchResult.Dictionary, null, LiftsValues: TypeNames.IsNullableValueType(valueOf) && !TypeNames.IsNullableValueType(shape.ValueType));
            }

            // Values in a found/not-found wrapper (CacheValue<T>): every key asked for is listed, a missing one as the
            // wrapper's no value, as EasyCaching's and Foundatio's GetAll do (the wrapper can say "missing", so they say it).
            if (ResultShapes.WrapperSpec(context, valueOf) is { } wrapper && ResultShapes.Wrapper(context, TypeNames.Underlying(valueOf), null) is { } wrapped
                && TypeFacts.SameType(TypeNames.Underlying(wrapped.Value), shape.ValueType) && !shape.IsObjectStore)
            {
                return new KvGetManyOp(keys, KvBatchResult.WrappedDictionary, null, wrapper);
            }

            // A generic batch read of an object store (ReadAsync<TStoreItem>(keys) → IDictionary<string, TStoreItem>): the keys
            // found whose value is a TStoreItem, the others left out, as Get<T> reads one value (T? → default for another
            // type) and as the Agents SDK's MemoryStorage filters (entry.Value is TStoreItem).
            if (shape.IsObjectStore && valueOf is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
            {
                return GenericReads.Converts(context)
                    ? Fail(GenericReads.OnlyGetProblem, out reason)
                    : new KvGetManyOp(keys, KvBatchResult.DictionaryOfType, context.RenderNotNull(valueOf));
            }

            return Fail("its dictionary's values are " + valueOf.ToDisplayString() + ", not the store's value type " + shape.ValueType.ToDisplayString(), out reason);
        }

        if (TypeFacts.SequenceResult(context, candidate, shape.ValueType, out _) is { } sequence)
        {
            if (SequenceElement(type) is { } element && TypeNames.IsDeclaredNullable(element))
            {
                // IEnumerable<Session?> GetManyAsync(keys): a null element may stand for a key asked for and not stored, one element
                // per key in the order asked (StackExchange.Redis's StringGet of many keys is MGET, nil in place, and a wrapper
                // hands that on: notcomd/NotBlog's CacheMemory<TMemory>.GetManyAsync), or the list may hold the values found, as
                // for elements not declared nullable. The same question as a dictionary of nullable values, above (h-sample82).
                return Fail("its list's elements are declared nullable (" + element.ToDisplayString() + "), so a missing key may stand in it as null, one element per key asked in the order asked (StackExchange.Redis's StringGet of many keys: MGET answers nil in place)"
                    + " or be left out (the values found, as a list of elements not declared nullable): the signature does not say which. Declare the elements not nullable for the values found", out reason);
            }

            return new KvGetManyOp(keys, sequence == SequenceKind.Array ? KvBatchResult.ValueArray : KvBatchResult.ValueList, null);
        }

        return Fail("it must return the entries found as Dictionary/IDictionary/IReadOnlyDictionary<" + shape.KeyType.ToDisplayString() + ", " + shape.ValueType.ToDisplayString() + ">, or their values as a list", out reason);
    }

    private static OperationSpec? SetMany(ParseContext context, KeyValueShape shape, MemberParts member, bool ifAbsent, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        if (args.Length < 1 || member.Region is not null || member.Tags is not null || KeyValueShape.DictionaryTypes(context, args[0].Type) is not { } entry)
        {
            return Fail("it must take a dictionary of keys and values, and optionally a time to live", out reason);
        }

        if (shape.HasRegions || shape.HasTags)
        {
            return Fail("a batch write cannot take regions or tags", out reason);
        }

        if (!TypeFacts.SameType(TypeNames.Underlying(entry.Key), shape.KeyType) || !(TypeFacts.SameType(entry.Value, shape.ValueType) || shape.IsObjectStore))
        {
            return Fail("its dictionary is not of the store's keys and values (" + shape.KeyType.ToDisplayString() + ", " + shape.ValueType.ToDisplayString() + ")", out reason);
        }

        if (NullableValueRefusal("the values of its dictionary '" + args[0].Name + "' are", entry.Value) is { } nullValues)
        {
            return Fail(nullValues, out reason);
        }

        if (Expiration(context, args, 1, store, out reason) is not { } expiration)
        {
            return null;
        }

        var box = shape.IsObjectStore && entry.Value.SpecialType != SpecialType.System_Object;
        // Nothing, or how many entries it wrote (with SetIfAbsent semantics, the absent ones): Foundatio's SetAllAsync.
        var candidate = member.Candidate;
        var written = candidate.IsVoid ? NumberResult.None
            : candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.IsInt(candidate.Result) ? NumberResult.Int
            : candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.IsLong(candidate.Result) ? NumberResult.Long
            : (NumberResult?)null;
        return written is { } result
            ? new KvSetManyOp(Declarations.Argument(args[0]), expiration, ifAbsent, box, box ? context.RenderNotNull(shape.KeyType) : null, result)
            : Fail("it must return nothing, or how many entries it wrote (int or long)", out reason);
    }

    /// <summary>The element type of a list result (<c>T[]</c>, <c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>…), else null.</summary>
    private static ITypeSymbol? SequenceElement(ITypeSymbol type)
        => type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { Arity: 1 } named => named.TypeArguments[0],
            _ => null,
        };

    /// <summary>The element type of a key collection (<c>string?[]</c>, <c>IEnumerable&lt;string?&gt;</c>) when it is declared nullable, else null.</summary>
    private static ITypeSymbol? NullableKeyElement(ITypeSymbol collection)
    {
        var element = collection switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0],
            _ => null,
        };
        return element is not null && TypeNames.IsDeclaredNullable(element) ? element : null;
    }

    private static OperationSpec? DeleteMany(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason, bool noKeysMeansAll = false)
    {
        reason = null;
        if (member.Args.Length != 1 || !IsKeyCollection(shape, member.Args[0].Type) || member.Region is not null || shape.HasRegions)
        {
            return Fail("it must take a collection of keys (" + shape.KeyType.ToDisplayString() + ")", out reason);
        }

        if (OtherKindOfKeys(shape, member.Args[0], removal: true) is { } otherKind)
        {
            return Fail(otherKind, out reason);
        }

        if (shape.HasTags)
        {
            return Fail("a batch removal in a store with tags is not supported", out reason);
        }

        if (NullableKeyElement(member.Args[0].Type) is { } nullableKey)
        {
            // RemoveMany(params string?[] keys): a null key among them is the real store's choice (skipped, an error, a
            // removal of the null key), which the signature does not say.
            return Fail("its keys are declared nullable (" + nullableKey.ToDisplayString() + "), so null is a key it takes, and whether a null key is skipped or is an error"
                + " (and whether the others are removed first) is the real store's choice, which the signature does not say; declare the keys non-nullable", out reason);
        }

        return CountResult(member.Candidate, out reason) is { } result ? new KvDeleteManyOp(Declarations.Argument(member.Args[0]), result, noKeysMeansAll) : null;
    }

    /// <summary>
    /// Why a collection of keys names keys of another kind than the store's, or null. The store's key is what its members
    /// that take one key name it (<see cref="PlainKeyNames"/>); when they all name it with a qualifier (<c>cacheKey</c>,
    /// <c>sessionId</c>) and the collection is named for the same word with another qualifier (<c>dependencyKeys</c>,
    /// <c>userIds</c>), its elements are of the key's type but not keys of this store: kontent-ai's
    /// <c>InvalidateAsync(string[] dependencyKeys)</c> beside <c>GetOrSetAsync(string cacheKey, …)</c> removes the entries
    /// stored with those dependencies (FusionCache tags), not the entries under those keys (h-sample134). A collection
    /// named without a qualifier (<c>keys</c>, <c>ids</c>) or with the key's own (<c>cacheKeys</c>) stays a batch of keys.
    /// </summary>
    private static string? OtherKindOfKeys(KeyValueShape shape, IParameterSymbol keys, bool removal)
    {
        var keyNames = PlainKeyNames(shape, out _);
        if (keyNames.Count != 1 || QualifiedKeyName(keyNames[0], plural: false) is not { } key || QualifiedKeyName(keys.Name, plural: true) is not { } given
            || !string.Equals(key.Word, given.Word, StringComparison.OrdinalIgnoreCase) || string.Equals(key.Qualifier, given.Qualifier, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var kind = given.Qualifier.ToLowerInvariant() + " " + key.Word.ToLowerInvariant() + "s";
        return "its parameter '" + keys.Name + "' holds " + kind + ", and the members that take one key name it '" + keyNames[0] + "': "
            + kind + " are of the key's type but not this store's keys (the dependencies or tags an entry is stored with, keys of another table or of an owner),"
            + " so which entries it " + (removal ? "removes" : "reads")
            + " for them is the store's own; name the collection after the store's key ('" + keyNames[0] + "s') if it holds those, or write the member";
    }

    /// <summary>The qualifier and the key word of a name such as <c>cacheKey</c>, <c>dependencyKeys</c> or <c>userIds</c>, or null.</summary>
    private static (string Qualifier, string Word)? QualifiedKeyName(string name, bool plural)
    {
        var words = VerbNouns.Words(name);
        if (words.Count < 2)
        {
            return null;
        }

        var last = words[words.Count - 1];
        if (plural)
        {
            if (last.Length < 2 || !last.EndsWith("s", StringComparison.Ordinal))
            {
                return null;
            }

            last = last.Substring(0, last.Length - 1);
        }

        if (!Conventions.NameIn(last, KeyWords))
        {
            return null;
        }

        return (string.Concat(words.Take(words.Count - 1)), last);
    }

    /// <summary>The words that end a key parameter's name: its kind's qualifier comes before them.</summary>
    private static readonly string[] KeyWords = { "Key", "Id" };

    /// <summary>RemoveByPrefix(prefix) and EvictByTag(tag): one string parameter.</summary>
    private static OperationSpec? Matching(ParseContext context, KeyValueShape shape, MemberParts member, KvKeyMatch match, out string? reason)
    {
        reason = null;
        if (match == KvKeyMatch.Tag && member.Args.Length == 1 && member.Region is null && !TypeFacts.IsString(member.Args[0].Type)
            && TypeFacts.EnumerableElement(member.Args[0].Type) is { } tag && TypeFacts.IsString(tag))
        {
            // RemoveByTagsAsync(IEnumerable<string>? tags): every entry stored with any of them, as removing by each tag in
            // turn (CleanArchitectureWithBlazorServer's FusionAppCache calls FusionCache's RemoveByTagAsync(tags), which does).
            // A null collection declared nullable removes nothing, as that store's guard; declared not null, it throws.
            return CountResult(member.Candidate, out reason) is { } any
                ? new KvRemoveMatchingOp(KvKeyMatch.AnyTag, Declarations.Argument(member.Args[0]), any) { NullRemovesNothing = TypeNames.AllowsNull(member.Args[0].Type) }
                : null;
        }

        var what = match == KvKeyMatch.Tag ? "tag" : "prefix";
        if (member.Args.Length > 1 && member.Region is null && (TypeFacts.IsString(member.Args[0].Type)
            || match == KvKeyMatch.Tag && TypeFacts.EnumerableElement(member.Args[0].Type) is { } tags && TypeFacts.IsString(tags)))
        {
            // Session 41: FusionCache's RemoveByTag(tag, options) said "it must take one string (the tag…)", of a member that
            // takes one; the cause is the parameter after it, as a key-value read names the one after its key.
            var extra = member.Args[1];
            return Fail("its parameter '" + extra.Name + "' (" + extra.Type.ToDisplayString() + ") after the " + (TypeFacts.IsString(member.Args[0].Type) ? what : "tags") + " '" + member.Args[0].Name
                + "' is nothing a removal by " + what + " knows (it must take only the " + (match == KvKeyMatch.Tag ? "tag, or a collection of tags" : "prefix") + ")", out reason);
        }

        if (member.Args.Length != 1 || !TypeFacts.IsString(member.Args[0].Type) || member.Region is not null)
        {
            return Fail("it must take one string (the " + (match == KvKeyMatch.Tag ? "tag, or a collection of tags" : "prefix") + ")", out reason);
        }

        if (match == KvKeyMatch.Prefix && member.Candidate.Result is { } listed && member.Candidate.Shape != ReturnShape.AsyncEnumerable
            && TypeFacts.EnumerableElement(TypeNames.Underlying(listed)) is { } element && TypeFacts.IsString(element))
        {
            // IEnumerable<string> RemoveByPrefix(prefix) (nopCommerce's ICacheKeyManager): the keys it removed, in the order
            // they were first written; the real store's order (its trie's) is in no signature. Another collection type is refused.
            return TypeFacts.SequenceResult(context, member.Candidate, element, out reason) is { } sequence
                ? new KvRemoveMatchingOp(match, Declarations.Argument(member.Args[0]), NumberResult.None) { ListedKeys = sequence }
                : Fail("it returns the keys it removed, which must come as IReadOnlyList<string>, IReadOnlyCollection<string>, IList<string>, ICollection<string>, List<string>, IEnumerable<string> or string[]", out reason);
        }

        if (CountResult(member.Candidate, out reason) is { } result)
        {
            return new KvRemoveMatchingOp(match, Declarations.Argument(member.Args[0]), result);
        }

        if (match == KvKeyMatch.Prefix)
        {
            reason = "it must return nothing, how many entries it removed (int or long), or the keys it removed (a list of strings)";
        }

        return null;
    }

    private static OperationSpec? ClearRegion(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        if (candidate.Parameters.Length != 1 || !TypeFacts.IsString(candidate.Parameters[0].Type))
        {
            return Fail("it must take the region (string)", out reason);
        }

        if (!shape.HasRegions)
        {
            return Fail("the region's meaning is unknown: " + (shape.RegionProblem ?? "no other member takes a region"), out reason);
        }

        return CountResult(candidate, out reason) is { } result ? new KvRemoveMatchingOp(KvKeyMatch.Region, Declarations.Argument(candidate.Parameters[0]), result) : null;
    }

    /// <summary>A factory that takes only a cancellation token (<c>Func&lt;CancellationToken, Task&lt;V&gt;&gt;</c>).</summary>
    private static bool FactoryTakesToken(ParseContext context, IParameterSymbol parameter)
        => parameter.Type is INamedTypeSymbol { IsGenericType: true } func && KnownSymbols.Is(func, context.Known.Func2)
           && context.Known.CancellationToken is { } token && SymbolEqualityComparer.Default.Equals(func.TypeArguments[0], token);

    /// <summary>The factory parameter of a get-or-add: <c>Func&lt;V&gt;</c>, <c>Func&lt;K, V&gt;</c>, <c>Func&lt;CancellationToken, V&gt;</c>, or an async one.</summary>
    private static FactoryKind? Factory(ParseContext context, KeyValueShape shape, IParameterSymbol parameter, MemberCandidate candidate, out bool valueTask)
    {
        valueTask = false;
        var known = context.Known;
        if (parameter.Type is not INamedTypeSymbol { IsGenericType: true } func)
        {
            return null;
        }

        ITypeSymbol produced;
        FactoryKind kind;
        if (KnownSymbols.Is(func, known.Func1))
        {
            produced = func.TypeArguments[0];
            kind = FactoryKind.NoArgument;
        }
        else if (FactoryTakesToken(context, parameter))
        {
            // Func<CancellationToken, Task<T>> (CleanArchitectureWithBlazorServer's IAppCache.GetOrSetAsync): the factory is
            // handed the member's own token, as the real store hands it the token it was given.
            produced = func.TypeArguments[1];
            kind = FactoryKind.NoArgument;
        }
        else if (KnownSymbols.Is(func, known.Func2) && TypeFacts.SameType(func.TypeArguments[0], shape.KeyType))
        {
            produced = func.TypeArguments[1];
            kind = FactoryKind.Key;
        }
        else if (KnownSymbols.Is(func, known.Func2) && TtlPlanner.EntryExpiryProperties(context, func.TypeArguments[0]).Count > 0)
        {
            // A cache entry the factory may set the expiry on (Func<ICacheEntry, V>).
            produced = func.TypeArguments[1];
            kind = FactoryKind.Entry;
        }
        else
        {
            return null;
        }

        if (produced is INamedTypeSymbol { Arity: 1 } task && (KnownSymbols.Is(task, known.TaskOfT) || KnownSymbols.Is(task, known.ValueTaskOfT)))
        {
            valueTask = KnownSymbols.Is(task, known.ValueTaskOfT);
            produced = task.TypeArguments[0];
            kind = kind switch
            {
                FactoryKind.Key => FactoryKind.AsyncWithKey,
                FactoryKind.Entry => FactoryKind.AsyncEntry,
                _ => FactoryKind.Async,
            };
        }

        return TypeFacts.SameType(TypeNames.Underlying(produced), shape.ValueType) || shape.IsObjectStore ? kind : null;
    }

    private static OperationSpec? GetOrAdd(ParseContext context, KeyValueShape shape, MemberParts member, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var candidate = member.Candidate;
        if (args.Length < 2 || !IsKey(context, shape, args[0]))
        {
            return Fail("it must take the key, a factory (Func<V>, Func<K, V> or an async one) and optionally a time to live", out reason);
        }

        if (args.Length == 3 && TtlPlanner.IsTtl(context, args[1]) && Factory(context, shape, args[2], candidate, out _) is FactoryKind.NoArgument or FactoryKind.Key or FactoryKind.Async or FactoryKind.AsyncWithKey)
        {
            // The time to live before the factory (Duende IdentityServer's GetOrAddAsync(key, duration, get)): the same
            // get-or-add, its parameters told apart by type and name, not by position.
            args = new[] { args[0], args[2], args[1] };
        }

        var word = VerbWord(shape, candidate);
        var forever = Conventions.IsOneOf(word, Conventions.KeyValueForeverVerbs);
        if (forever || word == "Remember")
        {
            // Laravel's names: with a factory a get-or-add (remember, rememberForever; Coravel's Forever), with a value a set
            // (Laravel's forever(key, value)), and in the Screenplay pattern's notepad Remember(key, value) writes. Only the
            // factory proves the get-or-add.
            if (Factory(context, shape, args[1], candidate, out _) is null)
            {
                return Fail("'" + word + "' is a get-or-add only with a factory of the value (Laravel's remember(key, ttl, closure), Coravel's Remember(key, cacheFunc, expiresIn)),"
                    + " and its parameter '" + args[1].Name + "' is none: with a value it is a write (Laravel's forever(key, value) stores it for good, Screenplay's Remember(key, value) notes it down),"
                    + " which the name does not tell from a get-or-add of a value", out reason);
            }

            if (forever && args.Length > 2)
            {
                return Fail("'" + word + "' says the value never expires, yet it takes '" + args[2].Name + "' after the factory", out reason);
            }
        }

        var kind0 = Factory(context, shape, args[1], candidate, out var valueTask);
        if (kind0 is null && GivenValue(shape, args[1], candidate))
        {
            // Session 42: a get-or-add given the value itself (FusionCache's GetOrSet(key, TValue defaultValue, options, tags),
            // ConcurrentDictionary's GetOrAdd(key, value)): the value found, or the one given, stored on a miss.
            kind0 = FactoryKind.Value;
        }

        if (kind0 is not { } kind)
        {
            if (args[1].Type is INamedTypeSymbol { IsGenericType: true } func && func.TypeArguments.Length == 2 && !TypeFacts.SameType(func.TypeArguments[0], shape.KeyType))
            {
                return Fail("its factory takes a " + func.TypeArguments[0].ToDisplayString() + ", which a fake cannot give it (a factory takes nothing, the key, or a cache entry with expiry properties such as ICacheEntry)", out reason);
            }

            if (args[1].Type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { Parameters: { Length: >= 2 } } invoke }
                && invoke.Parameters.Any(p => !TypeFacts.SameType(TypeNames.Underlying(p.Type), shape.KeyType) && !KnownSymbols.Is(p.Type, context.Known.CancellationToken)))
            {
                // Session 41: FusionCache's GetOrSet(key, Func<FusionCacheFactoryExecutionContext<TValue>, CancellationToken,
                // Task<TValue>> factory) said its factory "is not a factory of the value": it is one, given what the real cache
                // hands it.
                return Fail("its factory takes " + string.Join(" and ", invoke.Parameters.Select(static p => p.Type.ToDisplayString())) + ", which a fake cannot give it (a factory takes nothing, the key, a cancellation token, or a cache entry with expiry properties such as ICacheEntry)", out reason);
            }

            if (args[1].Type.TypeKind != TypeKind.Delegate && (TypeFacts.SameType(TypeNames.Underlying(args[1].Type), shape.ValueType) || TypeFacts.MentionsMethodTypeParameter(args[1].Type)
                || candidate.Result is { } made && TypeFacts.SameType(TypeNames.Underlying(args[1].Type), TypeNames.Underlying(made))))
            {
                // Session 41: FusionCache's GetOrSet(key, TValue defaultValue) said its value "is not a factory of the value",
                // as if a factory were misspelt; it is given the value itself.
                return Fail("its parameter '" + args[1].Name + "' is the value itself, not a factory of it (Func<V>, Func<K, V>, or one returning Task<V>): a get-or-add given a value (FusionCache's GetOrSet(key, defaultValue) stores it on a miss, "
                    + "ConcurrentDictionary's GetOrAdd(key, value) too) is read by no convention yet", out reason);
            }

            return Fail("its parameter '" + args[1].Name + "' is not a factory of the value (Func<V>, Func<K, V>, or one returning Task<V>)", out reason);
        }

        if (kind is FactoryKind.Async or FactoryKind.AsyncWithKey or FactoryKind.AsyncEntry && candidate.Shape == ReturnShape.Sync)
        {
            return Fail("its factory is asynchronous but the member is not", out reason);
        }

        FactoryEntrySpec? entry = null;
        var expiration = ExpirationSpec.Default;
        if (kind is FactoryKind.Entry or FactoryKind.AsyncEntry)
        {
            if (FactoryEntry(context, shape, member, ((INamedTypeSymbol)args[1].Type).TypeArguments[0], store, out reason) is not { } made)
            {
                return null;
            }

            entry = made;
        }
        else if (Expiration(context, args, 2, store, out reason) is not { } planned)
        {
            return null;
        }
        else
        {
            // Forever(key, factory): stored for good, whatever the fake's default time to live (Coravel's priority NeverRemove).
            expiration = forever ? ExpirationSpec.Never : planned;
        }

        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return the value", out reason);
        }

        if (member.Tags is not null && entry is not null)
        {
            return Fail("its factory is handed a cache entry as well as tags: which tags the value is stored with (the parameter's, the entry's, or both) is the store's own", out reason);
        }

        if (shape.IsObjectStore && kind != FactoryKind.Value && MadeAndHandedOut(context, args[1].Type, kind, result) is { } mismatch)
        {
            return Fail(mismatch, out reason);
        }

        var key = KeyOf(shape, member);
        var factory = Declarations.Argument(args[1]);
        var canBeNull = !shape.ValueType.IsValueType;
        var takesToken = FactoryTakesToken(context, args[1]);
        var nullableFactory = canBeNull && (kind == FactoryKind.Value ? args[1].Type : FactoryValue(args[1].Type, kind)) is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated };
        if (ResultShapes.WrapperSpec(context, result) is { } wrapper)
        {
            return new KvGetOrAddOp(key, factory, kind, valueTask, expiration, shape.IsObjectStore ? wrapper.ValueType : null, wrapper, canBeNull, entry) { NullableFactory = nullableFactory, Tags = member.Tags, TagsInMemory = member.TagsInMemory, FactoryTakesToken = takesToken };
        }

        var underlying = TypeNames.Underlying(result);
        if (TypeFacts.SameType(underlying, shape.ValueType))
        {
            return new KvGetOrAddOp(key, factory, kind, valueTask, expiration, null, null, canBeNull, entry) { NullableFactory = nullableFactory, Tags = member.Tags, TagsInMemory = member.TagsInMemory, FactoryTakesToken = takesToken };
        }

        return shape.IsObjectStore
            ? new KvGetOrAddOp(key, factory, kind, valueTask, expiration, context.RenderNotNull(underlying), null, canBeNull, entry) { NullableFactory = nullableFactory, Tags = member.Tags, TagsInMemory = member.TagsInMemory, FactoryTakesToken = takesToken }
            : Fail("its value type " + result.ToDisplayString() + " differs from the store's value type " + shape.ValueType.ToDisplayString(), out reason);
    }

    /// <summary>
    /// Whether a get-or-add's second parameter is the value itself (session 42): not a delegate, of the type the member
    /// hands out (so the value given on a miss is the one returned), and of the store's value type, or any type over a
    /// store of <c>object</c> values (a generic <c>TValue defaultValue</c>, read back as the <c>TValue</c> asked for).
    /// </summary>
    private static bool GivenValue(KeyValueShape shape, IParameterSymbol parameter, MemberCandidate candidate)
    {
        var type = TypeNames.Underlying(parameter.Type);
        if (parameter.Type.TypeKind == TypeKind.Delegate || candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable
            || !TypeFacts.SameType(type, TypeNames.Underlying(result)))
        {
            return false;
        }

        return shape.IsObjectStore || TypeFacts.SameType(type, shape.ValueType);
    }

    /// <summary>TryUpdate(key, newValue, expected): compare-and-set on a value with value equality.</summary>
    private static OperationSpec? CompareAndSet(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var args = member.Args;
        if (args.Length != 3 || !IsKey(context, shape, args[0]) || !TypeFacts.SameType(args[1].Type, shape.ValueType) || !TypeFacts.SameType(args[2].Type, shape.ValueType))
        {
            return Fail("it must be 'bool TryUpdate(key, newValue, comparisonValue)' with values of the store's type", out reason);
        }

        if (!TypeFacts.IsBool(member.Candidate.Result) || member.Candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return bool (whether it replaced the value)", out reason);
        }

        if (!HasValueEquality(context, shape.ValueType))
        {
            return Fail("its values (" + shape.ValueType.ToDisplayString() + ") have no value equality, and a fake hands out copies, so no value the caller holds could equal the stored one", out reason);
        }

        // The expected value is the one the caller read: the one whose name is not the new value's.
        var (value, expected) = Conventions.NameIn(args[1].Name, Conventions.ComparisonValueNames) && !Conventions.NameIn(args[2].Name, Conventions.ComparisonValueNames)
            ? (args[2], args[1])
            : (args[1], args[2]);
        var needsBang = TypeNames.AllowsNull(value.Type);
        return new KvCompareAndSetOp(KeyOf(shape, member), new ArgumentRef(TypeNames.Escape(value.Name), needsBang), new ArgumentRef(TypeNames.Escape(expected.Name), false), needsBang ? TypeNames.Escape(value.Name) : null);
    }

    /// <summary>Values compared by value: value types, strings, records, and classes that override Equals.</summary>
    private static bool HasValueEquality(ParseContext context, ITypeSymbol type)
    {
        if (type.IsValueType || type.SpecialType == SpecialType.System_String || type.IsRecord)
        {
            return true;
        }

        for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.GetMembers("Equals").OfType<IMethodSymbol>().Any(static m => m.IsOverride && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
            {
                return true;
            }
        }

        return false;
    }

    private static OperationSpec? Counter(ParseContext context, KeyValueShape shape, MemberParts member, bool decrement, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var candidate = member.Candidate;
        if (args.Length == 0 || !IsKey(context, shape, args[0]))
        {
            return Fail("it must take the key first", out reason);
        }

        if (shape.HasTags)
        {
            return Fail("a counter in a store with tags is not supported", out reason);
        }

        string? amount = null;
        var floating = false;
        var expiration = ExpirationSpec.Default;
        var ttlSeen = false;
        for (var i = 1; i < args.Length; i++)
        {
            var parameter = args[i];
            var type = TypeNames.Underlying(parameter.Type);
            if (!ttlSeen && TtlPlanner.IsTtl(context, parameter) && TtlPlanner.TryPlan(context, parameter, store) is { } ttl)
            {
                expiration = ttl;
                ttlSeen = true;
            }
            else if (amount is null && type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or SpecialType.System_Single && !TypeNames.IsNullableValueType(parameter.Type))
            {
                amount = TypeNames.Escape(parameter.Name);
                floating = type.SpecialType is SpecialType.System_Double or SpecialType.System_Single;
            }
            else
            {
                return Fail("parameter '" + parameter.Name + "' is neither the amount (int, long or double) nor a time to live", out reason);
            }
        }

        var result = candidate.Result;
        NumberResult kind;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it cannot return an async stream", out reason);
        }

        if (candidate.IsVoid)
        {
            kind = NumberResult.None;
        }
        else if (result?.SpecialType == SpecialType.System_Double)
        {
            kind = NumberResult.Double;
            floating = true;
        }
        else if (TypeFacts.IsLong(result) && !floating)
        {
            kind = NumberResult.Long;
        }
        else if (TypeFacts.IsInt(result) && !floating)
        {
            kind = NumberResult.Int;
        }
        else
        {
            return Fail("it must return the new value as long, int or double (double for a floating amount)", out reason);
        }

        return new KvIncrementOp(KeyOf(shape, member), amount, floating, decrement, expiration, kind);
    }

    private static OperationSpec? Expire(ParseContext context, KeyValueShape shape, MemberParts member, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        if (args.Length == 2 && IsKey(context, shape, args[0]) && TtlPlanner.IsOptions(context, args[1]))
        {
            // Session 42: an options object's Duration is a write's time to live, and FusionCache's Expire(key, options) marks
            // the entry expired now (kept as a stale value for fail-safe): entry options given to an expire say how it expires,
            // not a new lifetime.
            return Fail("its parameter '" + args[1].Name + "' is an options object (" + args[1].Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                + "), not a time to live: entry options given to an expire (FusionCache's Expire(key, options) marks the entry expired at once, kept as a stale value for fail-safe) "
                + "say how the real store expires it, and whether their time to live becomes the entry's new one is not said", out reason);
        }

        if (args.Length != 2 || !IsKey(context, shape, args[0]) || TtlPlanner.TryPlan(context, args[1], store) is not { } expiration)
        {
            return Fail("it must take the key and a time to live (see the TTL parameter conventions)", out reason);
        }

        return TypeFacts.VoidOrBool(member.Candidate) is { } returnsBool ? new KvExpireOp(KeyOf(shape, member), expiration, returnsBool) : Fail("it must return void or bool", out reason);
    }

    /// <summary>
    /// An indexer <c>this[key]</c> (and <c>this[key, region]</c>): the getter is Get (null when missing for a nullable
    /// value, else the not-found error, an oblivious value too), the setter is Set.
    /// </summary>
    private static MemberSpec? Indexer(ParseContext context, KeyValueShape shape, MemberCandidate candidate, IPropertySymbol indexer, StoreBuilder store, out string? reason)
    {
        reason = null;
        if (shape.KeysArePositions)
        {
            reason = "its interface takes positions in a list ('index'), not keys: it is a list, not a key-value store";
            return null;
        }

        var parameters = indexer.Parameters.ToArray();
        if (parameters.Any(static p => p.RefKind != RefKind.None) || indexer.ReturnsByRef || indexer.ReturnsByRefReadonly)
        {
            reason = "ref parameters and ref returns are not supported";
            return null;
        }

        var regionParameter = KeyValueShape.Region(parameters);
        if (regionParameter is not null && !shape.HasRegions)
        {
            reason = "its parameter '" + regionParameter.Name + "' is a region, but " + shape.RegionProblem;
            return null;
        }

        if (KeyByReference(shape, parameters) is { } byReference)
        {
            reason = byReference;
            return null;
        }

        if (CacheIndexerBesideAdd(context, shape, indexer) is { } besideAdd)
        {
            reason = besideAdd;
            return null;
        }

        var args = parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, regionParameter)).ToArray();
        if (args.Length != 1 || !IsKey(context, shape, args[0]))
        {
            reason = "an indexer must take only the key (and a region)";
            return null;
        }

        var member = new MemberParts(candidate, args, regionParameter is null ? null : Declarations.Argument(regionParameter), null);
        var key = KeyOf(shape, member);
        if (GetResult(context, shape, candidate, key, out reason) is not KvGetOp get)
        {
            reason ??= "its type is not the store's value type";
            return null;
        }

        // An oblivious result (#nullable disable) reads a missing key as the not-found error, not null: an indexer of a keyed
        // collection throws KeyNotFoundException (IDictionary<TKey, TValue>'s contract, whose TValue is oblivious when the type
        // argument is: NEST's IIsADictionary; Polly's IReadOnlyPolicyRegistry), which the not-found error is. A value declared
        // as a type parameter elsewhere keeps default when missing, as a generic read does: CacheManager's
        // ICache<TCacheValue>.this[key] is its Get (null).
        if (get.Result == KvGetResult.Nullable && indexer.Type is { IsValueType: false, NullableAnnotation: NullableAnnotation.None }
            && (indexer.OriginalDefinition.Type is not ITypeParameterSymbol || IsDictionaryContract(indexer.ContainingType)))
        {
            get = get with { Result = MissingKeyReads.Required(context, indexer.Type) };
        }

        KvSetOp? set = null;
        if (indexer.SetMethod is not null)
        {
            if (!TypeFacts.SameType(indexer.Type, shape.ValueType))
            {
                reason = "its type differs from the store's value type " + shape.ValueType.ToDisplayString();
                return null;
            }

            var needsBang = TypeNames.AllowsNull(indexer.Type) || indexer.Type is ITypeParameterSymbol;
            set = new KvSetOp(key, new ArgumentRef("value", needsBang), needsBang ? "value" : null, ExpirationSpec.Default, false, false, Tags: null);
        }

        var spec = Declarations.Member(context, candidate, new KvIndexerOp(get, set));
        var declared = parameters.Select(p => new ParameterSpec(TypeNames.Escape(p.Name), context.Render(p.Type), ParameterModifier.None, p.IsParams, null, EquatableArray<string>.Empty)).ToArray();
        var intercepted = parameters.Select(static p => new InterceptArgumentSpec(TypeNames.Escape(p.Name), AsObject: false)).ToArray();
        return spec with { Parameters = declared, InterceptArguments = intercepted };
    }

    /// <summary>Whether a type is the runtime's <c>IDictionary&lt;TKey, TValue&gt;</c> or <c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c>, whose indexer throws <c>KeyNotFoundException</c> by contract.</summary>
    private static bool IsDictionaryContract(INamedTypeSymbol type)
        => type is { Arity: 2, Name: "IDictionary" or "IReadOnlyDictionary" } && type.ContainingNamespace.ToDisplayString() == "System.Collections.Generic";

    /// <summary>The value a factory delegate makes: Func's last type argument, unwrapped from Task/ValueTask for an asynchronous factory.</summary>
    /// <summary>
    /// Why a get-or-add of a store of <c>object</c> values cannot hand out what its factory makes, or null. Such a store
    /// keeps whatever the factory makes and casts it to what the member returns (the result, or the value of a result
    /// wrapper); when neither type converts to the other (kontent-ai's <c>Task&lt;CacheResult&lt;T&gt;?&gt;
    /// GetOrSetAsync&lt;T&gt;(cacheKey, Func&lt;CancellationToken, Task&lt;CacheEntry&lt;T&gt;?&gt;&gt; factory, …)</c>, h-sample134),
    /// the fake stored the factory's <c>CacheEntry&lt;T&gt;</c> and threw <c>InvalidCastException</c> on every call: what the
    /// real store keeps of what the factory makes and how it builds the result from it are its own.
    /// </summary>
    private static string? MadeAndHandedOut(ParseContext context, ITypeSymbol factoryType, FactoryKind kind, ITypeSymbol result)
    {
        if (factoryType is not INamedTypeSymbol { IsGenericType: true } func || func.TypeArguments.Length == 0)
        {
            return null;
        }

        var made = func.TypeArguments[func.TypeArguments.Length - 1];
        if (kind is FactoryKind.Async or FactoryKind.AsyncWithKey or FactoryKind.AsyncEntry)
        {
            if (made is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task)
            {
                return null;
            }

            made = task.TypeArguments[0];
        }

        made = TypeNames.Underlying(made);
        var returned = TypeNames.Underlying(result);
        var handedOut = ResultShapes.Wrapper(context, returned, null) is { } wrapper ? TypeNames.Underlying(wrapper.Value) : returned;
        if (made.SpecialType == SpecialType.System_Object || handedOut.SpecialType == SpecialType.System_Object
            || TypeFacts.SameType(made, handedOut) || context.Compilation.ClassifyCommonConversion(made, handedOut).Exists)
        {
            return null;
        }

        var shown = SymbolDisplayFormat.MinimallyQualifiedFormat;
        return "its factory makes a " + made.ToDisplayString(shown) + " and it returns " + (SymbolEqualityComparer.Default.Equals(handedOut, returned) ? "a " : "a " + returned.ToDisplayString(shown) + " of ")
            + handedOut.ToDisplayString(shown) + ", and neither converts to the other: what the real store keeps of what the factory makes (its value alone, or the rest of it too, such as dependencies it stores as tags)"
            + " and how it builds what it returns from it are its own, and a fake that stored the factory's " + made.ToDisplayString(shown) + " would find no " + handedOut.ToDisplayString(shown) + " in it";
    }

    private static ITypeSymbol? FactoryValue(ITypeSymbol factoryType, FactoryKind kind)
    {
        if (factoryType is not INamedTypeSymbol { IsGenericType: true } func || func.TypeArguments.Length == 0)
        {
            return null;
        }

        var made = func.TypeArguments[func.TypeArguments.Length - 1];
        return kind is FactoryKind.Async or FactoryKind.AsyncWithKey
            ? made is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } task ? task.TypeArguments[0] : null
            : made;
    }
}
