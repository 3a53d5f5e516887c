using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

internal sealed partial class Parser
{
    private const string KeyValueKind = "key-value store";

    private enum KvVerb
    {
        None,
        Get,
        TryGet,
        Set,
        SetIfAbsent,
        Delete,
        Exists,
        Increment,
        Decrement,
        Refresh,
        Clear,
        Count,
        Keys,
        TimeToLive,
        Expire,
    }

    private static KvVerb KeyValueVerb(string verb) => verb switch
    {
        "Get" or "GetValue" or "Read" or "Load" or "Fetch" or "Find" or "Lookup" or "Retrieve" => KvVerb.Get,
        "TryGet" or "TryGetValue" or "TryRead" => KvVerb.TryGet,
        "Set" or "Put" or "SetValue" or "Store" or "Write" or "Save" or "Upsert" or "AddOrUpdate" => KvVerb.Set,
        "SetIfAbsent" or "SetIfNotExists" or "AddIfAbsent" or "PutIfAbsent" or "TryAdd" or "Add" or "Insert" => KvVerb.SetIfAbsent,
        "Delete" or "Remove" or "Unset" or "Evict" or "Invalidate" => KvVerb.Delete,
        "Exists" or "Contains" or "ContainsKey" or "Has" or "HasKey" or "KeyExists" => KvVerb.Exists,
        "Increment" or "Incr" or "IncrementBy" or "Inc" => KvVerb.Increment,
        "Decrement" or "Decr" or "DecrementBy" or "Dec" => KvVerb.Decrement,
        "Refresh" or "Touch" => KvVerb.Refresh,
        "Clear" or "Flush" or "FlushAll" or "DeleteAll" or "RemoveAll" => KvVerb.Clear,
        "Count" or "GetCount" => KvVerb.Count,
        "Keys" or "GetKeys" or "AllKeys" or "ListKeys" or "GetAllKeys" => KvVerb.Keys,
        "GetTimeToLive" or "Ttl" or "GetTtl" or "TimeToLive" => KvVerb.TimeToLive,
        "Expire" or "SetExpiry" or "SetExpiration" or "SetTimeToLive" => KvVerb.Expire,
        _ => KvVerb.None,
    };

    private StoreSpec PlanKeyValue(List<MemberCandidate> pending, List<MemberSpec> members)
    {
        _tableField = _names.New("__entries");
        _modelField = "";

        // Pass 1: the key and value types the members agree on.
        ITypeSymbol? keyType = null;
        var valueVotes = new List<(ITypeSymbol Type, int Votes)>();
        var objectValues = false;
        foreach (var candidate in pending)
        {
            var verb = KeyValueVerb(candidate.Verb);
            var args = candidate.Parameters;
            if (verb is KvVerb.None or KvVerb.Clear or KvVerb.Count or KvVerb.Keys || args.Length == 0 || candidate.Method is null)
            {
                continue;
            }

            if (keyType is null && !IsTypeParameterOfMethod(args[0].Type))
            {
                keyType = TypeNames.Underlying(args[0].Type);
            }

            ITypeSymbol? value = verb switch
            {
                KvVerb.Get => candidate.Result,
                KvVerb.TryGet when args.Length == 2 => args[1].Type,
                KvVerb.Set or KvVerb.SetIfAbsent when args.Length >= 2 => args[1].Type,
                _ => null,
            };
            if (value is null)
            {
                continue;
            }

            value = TypeNames.Underlying(value);
            if (value is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } || value.SpecialType == SpecialType.System_Object)
            {
                objectValues = true;
                continue;
            }

            var index = valueVotes.FindIndex(v => SymbolEqualityComparer.Default.Equals(v.Type, value));
            if (index < 0)
            {
                valueVotes.Add((value, 1));
            }
            else
            {
                valueVotes[index] = (valueVotes[index].Type, valueVotes[index].Votes + 1);
            }
        }

        keyType ??= _compilation.GetSpecialType(SpecialType.System_String);
        var objectType = _compilation.GetSpecialType(SpecialType.System_Object);
        ITypeSymbol valueType = objectValues || valueVotes.Count == 0 ? objectType : valueVotes.OrderByDescending(static v => v.Votes).First().Type;
        var isObjectStore = valueType.SpecialType == SpecialType.System_Object;
        var keyRendered = TypeNames.RenderNotNull(keyType);
        var valueRendered = TypeNames.RenderNotNull(valueType);

        // Pass 2: each member's operation.
        foreach (var candidate in pending)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var verb = KeyValueVerb(candidate.Verb);
            if (CommonProblem(candidate, allowOut: verb == KvVerb.TryGet) is { } problem)
            {
                NotSupported(candidate, KeyValueKind, problem);
                continue;
            }

            var args = candidate.Parameters;
            string? reason = null;
            OperationSpec? operation = null;
            bool KeyFirst() => args.Length >= 1 && args[0].RefKind == RefKind.None && (SameType(args[0].Type, keyType) || KeyConvertible(args[0].Type, keyType));
            string Key() => Argument(args[0]);

            if (candidate.Property is { } property)
            {
                operation = verb switch
                {
                    KvVerb.Count when IsInt(property.Type) || IsLong(property.Type) => new OperationSpec(Operation.KvCount, ResultKind.Count, EquatableArray<string>.Empty, null, null),
                    KvVerb.Keys => SequenceResult(candidate, keyType, out reason) is { } keys ? new OperationSpec(Operation.KvKeys, keys, EquatableArray<string>.Empty, keyRendered, null) : null,
                    _ => Fail("only Count (int/long) and Keys properties are supported", out reason),
                };
            }
            else if (verb == KvVerb.None)
            {
                reason = "'" + candidate.Verb + "' is not a known verb (Get, TryGet, Set/Put, SetIfAbsent, Delete/Remove, Exists, Increment, Decrement, Refresh/Touch, Clear, Count, Keys, GetTimeToLive, Expire)";
            }
            else if (candidate.Method!.IsGenericMethod && !(isObjectStore && verb is KvVerb.Get or KvVerb.TryGet or KvVerb.Set or KvVerb.SetIfAbsent))
            {
                operation = Fail("generic methods are supported only for Get/TryGet/Set of a store whose values are object", out reason);
            }
            else
            {
                switch (verb)
                {
                    case KvVerb.None:
                        reason = "'" + candidate.Verb + "' is not a known verb (Get, TryGet, Set/Put, SetIfAbsent, Delete/Remove, Exists, Increment, Decrement, Refresh/Touch, Clear, Count, Keys, GetTimeToLive, Expire)";
                        break;
                    case KvVerb.Get:
                        operation = args.Length != 1 || !KeyFirst() ? Fail("it must take only the key (" + keyType.ToDisplayString() + ")", out reason) : KvGetResult(candidate, valueType, Key(), out reason);
                        break;
                    case KvVerb.TryGet:
                        operation = args.Length != 2 || !KeyFirst() || args[1].RefKind != RefKind.Out || !IsBool(candidate.Result) || candidate.Shape != ReturnShape.Sync
                            ? Fail("TryGet must be 'bool TryGet(key, out value)'", out reason)
                            : SameType(args[1].Type, valueType)
                                ? new OperationSpec(Operation.KvTryGet, ResultKind.Value, new[] { Key(), TypeNames.Escape(args[1].Name) }, null, null)
                                : isObjectStore
                                    ? new OperationSpec(Operation.KvTryGet, ResultKind.Cast, new[] { Key(), TypeNames.Escape(args[1].Name) }, null, TypeNames.RenderNotNull(TypeNames.Underlying(args[1].Type)))
                                    : Fail("its value type differs from the store's value type " + valueType.ToDisplayString(), out reason);
                        break;
                    case KvVerb.Set:
                    case KvVerb.SetIfAbsent:
                        operation = KvSetOperation(candidate, verb, valueType, isObjectStore, KeyFirst(), out reason);
                        break;
                    case KvVerb.Delete:
                    case KvVerb.Refresh:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail("it must take only the key", out reason)
                            : VoidOrBool(candidate) is { } result
                                ? new OperationSpec(verb == KvVerb.Delete ? Operation.KvDelete : Operation.KvRefresh, result, new[] { Key() }, null, null)
                                : Fail("it must return void or bool", out reason);
                        break;
                    case KvVerb.Exists:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail("it must take only the key", out reason)
                            : IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                                ? new OperationSpec(Operation.KvExists, ResultKind.Bool, new[] { Key() }, null, null)
                                : Fail("it must return bool", out reason);
                        break;
                    case KvVerb.Increment:
                    case KvVerb.Decrement:
                        operation = KvCounterOperation(candidate, verb == KvVerb.Decrement, KeyFirst(), out reason);
                        break;
                    case KvVerb.Clear:
                        operation = args.Length == 0 && candidate.IsVoid
                            ? new OperationSpec(Operation.KvClear, ResultKind.None, EquatableArray<string>.Empty, null, null)
                            : Fail("Clear must take no parameters and return nothing", out reason);
                        break;
                    case KvVerb.Count:
                        operation = args.Length == 0 && (IsInt(candidate.Result) || IsLong(candidate.Result)) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new OperationSpec(Operation.KvCount, ResultKind.Count, EquatableArray<string>.Empty, null, null)
                            : Fail("Count must take no parameters and return int or long", out reason);
                        break;
                    case KvVerb.Keys:
                        operation = args.Length != 0
                            ? Fail("Keys must take no parameters", out reason)
                            : SequenceResult(candidate, keyType, out reason) is { } keys ? new OperationSpec(Operation.KvKeys, keys, EquatableArray<string>.Empty, keyRendered, null) : null;
                        break;
                    case KvVerb.TimeToLive:
                        operation = args.Length != 1 || !KeyFirst()
                            ? Fail("it must take only the key", out reason)
                            : candidate.Result is { } ttl && TypeNames.IsNullableValueType(ttl) && IsTimeSpan(TypeNames.Underlying(ttl)) && candidate.Shape != ReturnShape.AsyncEnumerable
                                ? new OperationSpec(Operation.KvTimeToLive, ResultKind.Value, new[] { Key() }, null, null)
                                : Fail("it must return TimeSpan? (null when the key is missing or does not expire)", out reason);
                        break;
                    case KvVerb.Expire:
                        if (args.Length != 2 || !KeyFirst() || !TryExpiration(args[1], out var expiration))
                        {
                            operation = Fail("it must take the key and a time to live (see the TTL parameter conventions)", out reason);
                        }
                        else
                        {
                            operation = VoidOrBool(candidate) is { } expired
                                ? new OperationSpec(Operation.KvExpire, expired, new[] { Key(), expiration }, null, null)
                                : Fail("it must return void or bool", out reason);
                        }

                        break;
                }
            }

            if (operation is null)
            {
                NotSupported(candidate, KeyValueKind, reason ?? "its shape is not supported");
                continue;
            }

            members.Add(BuildMember(candidate, operation));
        }

        var plan = isObjectStore ? (DeepCopy: (string?)null, IsImmutable: false) : PlanCopy(valueType, _kvCopyMethods);
        return new StoreSpec(
            StoreKindModel.KeyValue,
            "global::InMemoryFakes.Support.KeyValueTable<" + keyRendered + ", " + valueRendered + ">",
            TypeNames.Literal(_interfaceName),
            null,
            plan.DeepCopy,
            plan.IsImmutable,
            _kvCopyMethods.ToArray(),
            EquatableArray<ConverterSpec>.Empty,
            _expirationHelpers.ToArray());
    }

    private readonly List<CopyMethodSpec> _kvCopyMethods = new();

    private static bool IsTypeParameterOfMethod(ITypeSymbol type) => type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method };

    private OperationSpec? KvGetResult(MemberCandidate candidate, ITypeSymbol valueType, string key, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return the value", out reason);
        }

        var args = new[] { key };
        var underlying = TypeNames.Underlying(result);
        var nullable = TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated);
        if (SymbolEqualityComparer.Default.Equals(underlying, valueType))
        {
            if (TypeNames.IsNullableValueType(result))
            {
                return new OperationSpec(Operation.KvGet, ResultKind.NullableStruct, args, TypeNames.Render(result), null);
            }

            return new OperationSpec(Operation.KvGet, nullable ? ResultKind.NullableValue : ResultKind.Required, args, null, null);
        }

        if (valueType.SpecialType == SpecialType.System_Object)
        {
            return nullable
                ? new OperationSpec(Operation.KvGet, ResultKind.NullableCast, args, TypeNames.RenderNotNull(underlying), TypeNames.Render(result))
                : new OperationSpec(Operation.KvGet, ResultKind.Cast, args, TypeNames.RenderNotNull(underlying), null);
        }

        return Fail("its value type " + result.ToDisplayString() + " differs from the store's value type " + valueType.ToDisplayString(), out reason);
    }

    private OperationSpec? KvSetOperation(MemberCandidate candidate, KvVerb verb, ITypeSymbol valueType, bool isObjectStore, bool keyFirst, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length < 2 || !keyFirst || args[1].RefKind != RefKind.None)
        {
            return Fail("it must take the key, the value and optionally a time to live", out reason);
        }

        if (!SameType(args[1].Type, valueType) && !isObjectStore)
        {
            return Fail("its value type " + args[1].Type.ToDisplayString() + " differs from the store's value type " + valueType.ToDisplayString(), out reason);
        }

        var expiration = ExpirationType + ".Default";
        if (args.Length > 3)
        {
            return Fail("it takes more than one time-to-live parameter", out reason);
        }

        if (args.Length == 3 && !TryExpiration(args[2], out expiration))
        {
            return Fail("its third parameter '" + args[2].Name + "' is not a time to live (a TimeSpan named ttl/expiry/expiration/expiresIn/timeToLive/lifetime/sliding, seconds named ttl/ttlSeconds/seconds/expirySeconds/expiresInSeconds, a DateTimeOffset named expiresAt/absolute/absoluteExpiration, or an options object)", out reason);
        }

        var value = TypeNames.Escape(args[1].Name);
        var needsBang = TypeNames.AllowsNull(args[1].Type) || args[1].Type is ITypeParameterSymbol;
        var valueArgument = needsBang ? value + "!" : value;
        var operation = verb == KvVerb.Set ? Operation.KvSet : Operation.KvSetIfAbsent;
        var result = VoidOrBool(candidate);
        if (result is null)
        {
            return Fail("it must return void or bool", out reason);
        }

        return new OperationSpec(operation, result.Value, new[] { Argument(args[0]), valueArgument, expiration, needsBang ? value : "" }, null, null);
    }

    private OperationSpec? KvCounterOperation(MemberCandidate candidate, bool decrement, bool keyFirst, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (!keyFirst)
        {
            return Fail("it must take the key first", out reason);
        }

        string? amount = null;
        var floating = false;
        var expiration = ExpirationType + ".Default";
        var ttlSeen = false;
        foreach (var parameter in args.Skip(1))
        {
            var type = TypeNames.Underlying(parameter.Type);
            if (!ttlSeen && ClassifyTtl(parameter) != TtlKind.None && TryExpiration(parameter, out var ttl))
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
        ResultKind kind;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it cannot return an async stream", out reason);
        }

        if (candidate.IsVoid)
        {
            kind = ResultKind.None;
        }
        else if (result?.SpecialType == SpecialType.System_Double)
        {
            kind = ResultKind.Double;
            floating = true;
        }
        else if (IsLong(result) && !floating)
        {
            kind = ResultKind.Long;
        }
        else if (IsInt(result) && !floating)
        {
            kind = ResultKind.Int;
        }
        else
        {
            return Fail("it must return the new value as long, int or double (double for a floating amount)", out reason);
        }

        var amountExpression = amount ?? (floating ? "1D" : "1L");
        if (floating)
        {
            return new OperationSpec(Operation.KvIncrementFloat, kind, new[] { Argument(args[0]), decrement ? "-" + amountExpression : amountExpression, expiration }, null, null);
        }

        return new OperationSpec(Operation.KvIncrement, kind, new[] { Argument(args[0]), amountExpression, expiration }, null, decrement ? "Decrement" : "Increment");
    }
}
