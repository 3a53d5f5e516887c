using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>BlankKeys</c> setting of a key-value store with string keys: a guard written at the top of each member that takes
/// one key (docs/generator.md, "Blank keys"). <c>Throw</c> guards every such member; <c>Ignore</c> only those whose
/// "nothing happened" result is known (a write or removal returning nothing or <c>bool</c>, a nullable read, TryGet,
/// Exists), and refuses the rest: what a counter or a required read gives for an ignored key is not said. Members taking a
/// collection of keys are refused under either, the guard being per key.
/// </summary>
internal static class BlankKeyGuards
{
    private const string Kind = "key-value store";

    /// <summary>Whether the setting applies to this store; IMF0010 when it is set on keys that are not strings.</summary>
    public static bool Applies(ParseContext context, KeyValueShape shape)
    {
        var setting = context.Settings.BlankKeys;
        if (setting == 0)
        {
            return false;
        }

        if (setting is not (1 or 2))
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "BlankKeys = " + setting + " is not a BlankKeys (Store, Ignore or Throw)");
            return false;
        }

        if (shape.IsSingle || !TypeFacts.IsString(TypeNames.Underlying(shape.KeyType)))
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "BlankKeys: it says what a store of string keys does with a null, empty or white-space key, and the keys of " + context.InterfaceName + " are "
                + (shape.IsSingle ? "none (it holds one value)" : shape.KeyType.ToDisplayString()));
            return false;
        }

        return true;
    }

    /// <summary>The member with its guard, or null when it is refused under the setting (then reported, IMF0001).</summary>
    public static MemberSpec? Guard(ParseContext context, MemberCandidate candidate, MemberSpec member)
    {
        var ignore = context.Settings.BlankKeys == 1;
        var setting = ignore ? "BlankKeys = Ignore" : "BlankKeys = Throw";
        if (member.Operation is KvGetManyOp or KvSetManyOp or KvDeleteManyOp or KvSetItemOp or KvIndexerOp)
        {
            context.NotSupported(candidate, Kind, "under " + setting + " a member that takes its keys in a collection or an item (or an indexer) is not guarded yet: whether a blank key among others fails the call, is skipped or is stored is the store's own; write it on the typed Store");
            return null;
        }

        if (KeyOf(member.Operation) is not { } key)
        {
            return member;
        }

        if (!ignore)
        {
            return member with { BlankKeyGuard = new BlankKeyGuardSpec(key.Name, Throw: true, null, null) };
        }

        var returnsValue = member.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT || (member.Shape == ReturnShape.Sync && member.ReturnType != "void");
        (bool Known, string? Result, string? Out) nothing = member.Operation switch
        {
            KvSetOp set when !set.ReturnsValue => (true, set.ReturnsBool ? "false" : null, null),
            KvDeleteOp { RemovedValueType: not null } => (true, "default", null),
            KvDeleteOp { OutParameter: { } removedInto } => (true, "false", removedInto),
            KvDeleteOp delete => (true, delete.ReturnsBool ? "false" : null, null),
            KvRefreshOp refresh => (true, refresh.ReturnsBool ? "false" : null, null),
            KvExpireOp expire => (true, expire.ReturnsBool ? "false" : null, null),
            KvExistsOp => (true, "false", null),
            KvGetOp { Result: KvGetResult.Nullable or KvGetResult.NullableStruct or KvGetResult.NullableCast or KvGetResult.NullableGenericCast or KvGetResult.NullableOfType or KvGetResult.NullableChangeType, Wrapper: null } => (true, "default", null),
            KvTryGetOp { ReturnsFound: false } => (false, null, null),
            KvTryGetOp tryGet => (true, "false", tryGet.OutParameter),
            _ => (false, null, null),
        };

        if (!nothing.Known || member.Shape == ReturnShape.AsyncEnumerable || (nothing.Result is null && returnsValue) || (nothing.Result is not null && !returnsValue))
        {
            context.NotSupported(candidate, Kind, "under BlankKeys = Ignore a blank key must find nothing, and what this member gives for a key it ignores is not said (a write or removal returning nothing or bool, a read returning null, TryGet and Exists are); write it on the typed Store, or choose BlankKeys = Throw");
            return null;
        }

        return member with { BlankKeyGuard = new BlankKeyGuardSpec(key.Name, Throw: false, nothing.Result, nothing.Out) };
    }

    /// <summary>The one key parameter a key-value operation takes, or null.</summary>
    public static ArgumentRef? KeyOf(OperationSpec operation)
    {
        var key = operation switch
        {
            KvGetOp o => o.Key,
            KvGetItemOp o => o.Key,
            KvTryGetOp o => o.Key,
            KvSetOp o => o.Key,
            KvReadIntoOp o => o.Key,
            KvCreateEntryOp o => o.Key,
            KvGetOrAddOp o => o.Key,
            KvCompareAndSetOp o => o.Key,
            KvDeleteOp o => o.Key,
            KvExistsOp o => o.Key,
            KvRefreshOp o => o.Key,
            KvIncrementOp o => o.Key,
            KvAtomicOp o => o.Key,
            KvTimeToLiveOp o => o.Key,
            KvExpireOp o => o.Key,
            _ => null,
        };
        return key is { Kind: KvKeyKind.Argument, Key: { } argument } ? argument : null;
    }
}
