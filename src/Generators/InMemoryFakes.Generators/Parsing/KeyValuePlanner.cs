using System;
using System.Collections.Generic;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Key-value stores: the key and value types from all members together, then one operation per member.</summary>
internal static class KeyValuePlanner
{
    private const string Kind = "key-value store";

    private const string KnownVerbs = "Get, TryGet, Set/Put, SetIfAbsent, Delete/Remove, Exists, Increment, Decrement, Refresh/Touch, Clear, Count, Keys, GetTimeToLive, Expire";

    private const string TtlConventions = "a TimeSpan named ttl/expiry/expiration/expiresIn/timeToLive/lifetime/sliding, seconds named ttl/ttlSeconds/seconds/expirySeconds/expiresInSeconds, a DateTimeOffset named expiresAt/absolute/absoluteExpiration, or an options object";

    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        var (keyType, valueType) = Types(context, pending);
        var isObjectStore = valueType.SpecialType == SpecialType.System_Object;
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var verb = Conventions.KeyValueVerbOf(candidate.Verb);
            if (MemberRules.CommonProblem(candidate, allowOut: verb == KeyValueVerb.TryGet) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            var args = candidate.Parameters;
            string? reason = null;
            OperationSpec? operation = null;
            bool KeyFirst() => args.Length >= 1 && args[0].RefKind == RefKind.None && (TypeFacts.SameType(args[0].Type, keyType) || TypeFacts.KeyConvertible(context, args[0].Type, keyType));
            ArgumentRef Key() => Declarations.Argument(args[0]);
            string OnlyTheKey() => "it must take only the key (" + keyType.ToDisplayString() + ")";

            if (candidate.Property is { } property)
            {
                operation = verb switch
                {
                    KeyValueVerb.Count when TypeFacts.IsIntOrLong(property.Type) => new KvCountOp(),
                    KeyValueVerb.Keys => TypeFacts.SequenceResult(context, candidate, keyType, out reason) is { } keys ? new KvKeysOp(keys) : null,
                    _ => Fail("only Count (int/long) and Keys properties are supported", out reason),
                };
            }
            else if (verb == KeyValueVerb.None)
            {
                reason = "'" + candidate.Verb + "' is not a known verb (" + KnownVerbs + ")";
            }
            else if (candidate.Method!.IsGenericMethod && !(isObjectStore && verb is KeyValueVerb.Get or KeyValueVerb.TryGet or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent))
            {
                operation = Fail("generic methods are supported only for Get/TryGet/Set of a store whose values are object", out reason);
            }
            else
            {
                switch (verb)
                {
                    case KeyValueVerb.Get:
                        operation = args.Length != 1 || !KeyFirst() ? Fail(OnlyTheKey(), out reason) : Get(context, candidate, valueType, Key(), out reason);
                        break;
                    case KeyValueVerb.TryGet:
                        operation = args.Length != 2 || !KeyFirst() || args[1].RefKind != RefKind.Out || !TypeFacts.IsBool(candidate.Result) || candidate.Shape != ReturnShape.Sync
                            ? Fail("TryGet must be 'bool TryGet(key, out value)'", out reason)
                            : TypeFacts.SameType(args[1].Type, valueType)
                                ? new KvTryGetOp(Key(), TypeNames.Escape(args[1].Name), null)
                                : isObjectStore
                                    ? new KvTryGetOp(Key(), TypeNames.Escape(args[1].Name), context.RenderNotNull(TypeNames.Underlying(args[1].Type)))
                                    : Fail("its value type differs from the store's value type " + valueType.ToDisplayString(), out reason);
                        break;
                    case KeyValueVerb.Set:
                    case KeyValueVerb.SetIfAbsent:
                        operation = Set(context, candidate, verb == KeyValueVerb.SetIfAbsent, valueType, isObjectStore, KeyFirst(), store, out reason);
                        break;
                    case KeyValueVerb.Delete:
                    case KeyValueVerb.Refresh:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail(OnlyTheKey(), out reason)
                            : TypeFacts.VoidOrBool(candidate) is { } returnsBool
                                ? verb == KeyValueVerb.Delete ? new KvDeleteOp(Key(), returnsBool) : new KvRefreshOp(Key(), returnsBool)
                                : Fail("it must return void or bool", out reason);
                        break;
                    case KeyValueVerb.Exists:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail(OnlyTheKey(), out reason)
                            : TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                                ? new KvExistsOp(Key())
                                : Fail("it must return bool", out reason);
                        break;
                    case KeyValueVerb.Increment:
                    case KeyValueVerb.Decrement:
                        operation = Counter(context, candidate, verb == KeyValueVerb.Decrement, KeyFirst(), store, out reason);
                        break;
                    case KeyValueVerb.Clear:
                        operation = args.Length == 0 && candidate.IsVoid ? new KvClearOp() : Fail("Clear must take no parameters and return nothing", out reason);
                        break;
                    case KeyValueVerb.Count:
                        operation = args.Length == 0 && TypeFacts.IsIntOrLong(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new KvCountOp()
                            : Fail("Count must take no parameters and return int or long", out reason);
                        break;
                    case KeyValueVerb.Keys:
                        operation = args.Length != 0
                            ? Fail("Keys must take no parameters", out reason)
                            : TypeFacts.SequenceResult(context, candidate, keyType, out reason) is { } keys ? new KvKeysOp(keys) : null;
                        break;
                    case KeyValueVerb.TimeToLive:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail(OnlyTheKey(), out reason)
                            : candidate.Result is { } ttl && TypeNames.IsNullableValueType(ttl) && KnownSymbols.Is(TypeNames.Underlying(ttl), context.Known.TimeSpan) && candidate.Shape != ReturnShape.AsyncEnumerable
                                ? new KvTimeToLiveOp(Key())
                                : Fail("it must return TimeSpan? (null when the key is missing or does not expire)", out reason);
                        break;
                    case KeyValueVerb.Expire:
                        if (args.Length != 2 || !KeyFirst() || TtlPlanner.TryPlan(context, args[1], store) is not { } expiration)
                        {
                            operation = Fail("it must take the key and a time to live (see the TTL parameter conventions)", out reason);
                        }
                        else
                        {
                            operation = TypeFacts.VoidOrBool(candidate) is { } expireReturnsBool ? new KvExpireOp(Key(), expiration, expireReturnsBool) : Fail("it must return void or bool", out reason);
                        }

                        break;
                }
            }

            if (operation is null)
            {
                context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                continue;
            }

            store.Members.Add(Declarations.Member(context, candidate, operation));
        }

        var (copy, immutable) = isObjectStore ? (null, false) : CopyPlanner.Plan(context, valueType, store);
        return store.Build(StoreKindModel.KeyValue, context.InterfaceName, null, new KeyValueSpec(context.RenderNotNull(keyType), context.RenderNotNull(valueType), copy, immutable));
    }

    /// <summary>
    /// The store's key and value types, from every member that has one in a key or value position
    /// (<see cref="Conventions.TakesKeyFirst"/>): the type most positions share, a tie going to string and then to the
    /// name that sorts first, so member order never changes the result.
    /// </summary>
    internal static (ITypeSymbol Key, ITypeSymbol Value) Types(ParseContext context, List<MemberCandidate> pending)
    {
        var keys = new List<(ITypeSymbol Type, int Votes)>();
        var values = new List<(ITypeSymbol Type, int Votes)>();
        var objectValues = false;
        foreach (var candidate in pending)
        {
            var verb = Conventions.KeyValueVerbOf(candidate.Verb);
            var args = candidate.Parameters;
            if (candidate.Method is null || !Conventions.TakesKeyFirst(verb) || !HasKeyValueArity(verb, args.Length))
            {
                continue;
            }

            if (!TypeFacts.MentionsMethodTypeParameter(args[0].Type))
            {
                Vote(keys, TypeNames.Underlying(args[0].Type));
            }

            var value = verb switch
            {
                KeyValueVerb.Get => candidate.Result,
                KeyValueVerb.TryGet => args[1].Type,
                KeyValueVerb.Set or KeyValueVerb.SetIfAbsent => args[1].Type,
                _ => null,
            };
            if (value is null)
            {
                continue;
            }

            value = TypeNames.Underlying(value);
            if (TypeFacts.MentionsMethodTypeParameter(value) || value.SpecialType == SpecialType.System_Object)
            {
                objectValues = true;
                continue;
            }

            Vote(values, value);
        }

        var objectType = context.Compilation.GetSpecialType(SpecialType.System_Object);
        var keyType = Winner(keys) ?? context.Compilation.GetSpecialType(SpecialType.System_String);
        var valueType = objectValues ? objectType : Winner(values) ?? objectType;
        return (keyType, valueType);
    }

    /// <summary>Whether a member of this verb with this many parameters (the token excluded) has a key in front.</summary>
    private static bool HasKeyValueArity(KeyValueVerb verb, int count) => verb switch
    {
        KeyValueVerb.Get or KeyValueVerb.Delete or KeyValueVerb.Exists or KeyValueVerb.Refresh or KeyValueVerb.TimeToLive => count == 1,
        KeyValueVerb.TryGet or KeyValueVerb.Expire => count == 2,
        KeyValueVerb.Set or KeyValueVerb.SetIfAbsent => count >= 2,
        KeyValueVerb.Increment or KeyValueVerb.Decrement => count >= 1,
        _ => false,
    };

    private static void Vote(List<(ITypeSymbol Type, int Votes)> votes, ITypeSymbol type)
    {
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

    private static ITypeSymbol? Winner(List<(ITypeSymbol Type, int Votes)> votes)
    {
        (ITypeSymbol Type, int Votes)? best = null;
        string? bestName = null;
        foreach (var vote in votes)
        {
            var name = vote.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (best is null || vote.Votes > best.Value.Votes
                || (vote.Votes == best.Value.Votes && Precedes(vote.Type, name, best.Value.Type, bestName!)))
            {
                best = vote;
                bestName = name;
            }
        }

        return best?.Type;

        static bool Precedes(ITypeSymbol type, string name, ITypeSymbol other, string otherName)
        {
            var isString = type.SpecialType == SpecialType.System_String;
            var otherIsString = other.SpecialType == SpecialType.System_String;
            return isString != otherIsString ? isString : string.CompareOrdinal(name, otherName) < 0;
        }
    }

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static OperationSpec? Get(ParseContext context, MemberCandidate candidate, ITypeSymbol valueType, ArgumentRef key, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return the value", out reason);
        }

        var underlying = TypeNames.Underlying(result);
        var nullable = TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated);
        if (SymbolEqualityComparer.Default.Equals(underlying, valueType))
        {
            if (TypeNames.IsNullableValueType(result))
            {
                return new KvGetOp(key, KvGetResult.NullableStruct, context.Render(result), null);
            }

            return new KvGetOp(key, nullable ? KvGetResult.Nullable : KvGetResult.Required, null, null);
        }

        if (valueType.SpecialType == SpecialType.System_Object)
        {
            return nullable
                ? new KvGetOp(key, KvGetResult.NullableCast, context.RenderNotNull(underlying), context.Render(result))
                : new KvGetOp(key, KvGetResult.Cast, context.RenderNotNull(underlying), null);
        }

        return Fail("its value type " + result.ToDisplayString() + " differs from the store's value type " + valueType.ToDisplayString(), out reason);
    }

    private static OperationSpec? Set(ParseContext context, MemberCandidate candidate, bool ifAbsent, ITypeSymbol valueType, bool isObjectStore, bool keyFirst, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length < 2 || !keyFirst || args[1].RefKind != RefKind.None)
        {
            return Fail("it must take the key, the value and optionally a time to live", out reason);
        }

        if (!TypeFacts.SameType(args[1].Type, valueType) && !isObjectStore)
        {
            return Fail("its value type " + args[1].Type.ToDisplayString() + " differs from the store's value type " + valueType.ToDisplayString(), out reason);
        }

        // Every parameter after the value must be the one time to live: say which one is not, or which two are.
        var expiration = ExpirationSpec.Default;
        IParameterSymbol? ttl = null;
        for (var i = 2; i < args.Length; i++)
        {
            var parameter = args[i];
            if (TtlPlanner.TryPlan(context, parameter, store) is not { } planned)
            {
                return Fail("its parameter '" + parameter.Name + "' is not a time to live (" + TtlConventions + ")", out reason);
            }

            if (ttl is not null)
            {
                return Fail("it takes more than one time-to-live parameter ('" + ttl.Name + "' and '" + parameter.Name + "')", out reason);
            }

            ttl = parameter;
            expiration = planned;
        }

        var value = TypeNames.Escape(args[1].Name);
        var needsBang = TypeNames.AllowsNull(args[1].Type) || args[1].Type is ITypeParameterSymbol;
        if (TypeFacts.VoidOrBool(candidate) is not { } returnsBool)
        {
            return Fail("it must return void or bool", out reason);
        }

        return new KvSetOp(Declarations.Argument(args[0]), new ArgumentRef(value, needsBang), needsBang ? value : null, expiration, ifAbsent, returnsBool);
    }

    private static OperationSpec? Counter(ParseContext context, MemberCandidate candidate, bool decrement, bool keyFirst, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (!keyFirst)
        {
            return Fail("it must take the key first", out reason);
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

        return new KvIncrementOp(Declarations.Argument(args[0]), amount, floating, decrement, expiration, kind);
    }
}
