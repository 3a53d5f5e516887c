using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// The members that make a key-value store a <b>store of JSON</b> (h-kvjson37): writes of one key (Set, an add if absent,
    /// a replace) that take System.Text.Json's contract of the value (<c>SetAsync&lt;T&gt;(key, T value, JsonTypeInfo&lt;T&gt;
    /// jsonTypeInfo, TimeSpan? ttl)</c>, docs-aspire's <c>ICacheService</c>). Such a write has one use for its contract: the
    /// real store (Redis, <c>IDistributedCache</c>, a file) serializes the value with it and keeps the JSON, so the fake's
    /// table keeps the JSON too (a string: immutable, counted as its UTF-8 bytes by the byte quota, readable in snapshots,
    /// persistence and the inspector), and a read deserializes it with the contract the read is given. Empty when no write
    /// takes a contract, or the store has no keys of its own (a single value, regions: those keep session 36's refusal).
    /// </summary>
    internal static List<MemberCandidate> JsonWriters(ParseContext context, KeyValueShape shape)
    {
        var writers = new List<MemberCandidate>();
        if (shape.IsSingle || shape.HasRegions)
        {
            return writers;
        }

        foreach (var candidate in shape.Candidates)
        {
            if (candidate.Method is null || SerializerContract(context, shape, candidate) is null)
            {
                continue;
            }

            var (verb, plural) = shape.VerbOf(candidate);
            if (!plural && verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace)
            {
                writers.Add(candidate);
            }
        }

        return writers;
    }

    /// <summary>The parameter of a member that is System.Text.Json's contract of the value (not the store's own value or key type), or null.</summary>
    private static IParameterSymbol? SerializerContract(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
        => candidate.Parameters.FirstOrDefault(p => IsSerializerContract(context.Known, TypeNames.Underlying(p.Type))
            && !TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.ValueType))
            && !TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(shape.KeyType)));

    /// <summary>Which contract a parameter's type is.</summary>
    private static KvJsonContractForm ContractForm(KnownSymbols known, ITypeSymbol type)
    {
        for (var current = TypeNames.Underlying(type) as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.JsonTypeInfoOfT))
            {
                return KvJsonContractForm.TypeInfoOfT;
            }

            if (KnownSymbols.Is(current, known.JsonTypeInfo))
            {
                return KvJsonContractForm.TypeInfo;
            }

            if (KnownSymbols.Is(current, known.JsonSerializerOptions))
            {
                return KvJsonContractForm.Options;
            }
        }

        return KvJsonContractForm.Context;
    }

    /// <summary>The <c>T</c> of a <c>JsonTypeInfo&lt;T&gt;</c> parameter (or of the <c>JsonTypeInfo&lt;T&gt;</c> its type derives from).</summary>
    private static ITypeSymbol? ContractType(KnownSymbols known, ITypeSymbol type)
    {
        for (var current = TypeNames.Underlying(type) as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, known.JsonTypeInfoOfT))
            {
                return current.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>
    /// A member of a store of JSON that takes the contract (<paramref name="contract"/>): a read of one key deserializes the
    /// stored JSON with it (a new object per read; a missing key is default for a result that may be null, else the not-found
    /// error), a write of one key serializes the value with it (a null value is JSON's <c>null</c>, as the serializer writes
    /// it), with the usual time to live, quota and key checks of the table. What System.Text.Json does with the JSON and the
    /// contract (a number read as a string, a property the contract leaves out) is what the fake does: it runs it.
    /// </summary>
    private static OperationSpec? JsonContractMember(ParseContext context, KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb, bool plural, IParameterSymbol contract,
        StoreBuilder store, out string? reason)
    {
        reason = null;
        var contractText = "'" + contract.Name + "' (" + contract.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")";
        if (plural || verb is not (KeyValueVerb.Get or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace))
        {
            return Fail("it takes System.Text.Json's contract of the value " + contractText + ", and of such members only a read of one key (Get) and a write of one key"
                + " (Set, an add if absent returning bool, a replace) are generated: what " + candidate.Verb + " does with the stored JSON is not said by the conventions", out reason);
        }

        var args = candidate.Parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, contract)).ToArray();
        if (args.Length == 0 || !IsKey(context, shape, args[0]))
        {
            return Fail("beside its contract " + contractText + " it must take the key (" + shape.KeyType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ") first", out reason);
        }

        var key = KvKeySpec.Of(Declarations.Argument(args[0]));
        var form = ContractForm(context.Known, contract.Type);
        var parameter = TypeNames.Escape(contract.Name);
        if (verb == KeyValueVerb.Get)
        {
            if (args.Length != 1)
            {
                return Fail("a read with System.Text.Json's contract " + contractText + " must take only the key and the contract; '" + args[1].Name + "' is neither", out reason);
            }

            if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                return Fail("it must return the value its contract " + contractText + " reads", out reason);
            }

            if (form == KvJsonContractForm.TypeInfoOfT && ContractType(context.Known, contract.Type) is { } read
                && !TypeFacts.SameType(TypeNames.Underlying(read), TypeNames.Underlying(result)) && result.SpecialType != SpecialType.System_Object)
            {
                return Fail("it returns " + result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", but its contract " + contractText + " reads "
                    + read.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ": how the real store turns one into the other is not said", out reason);
            }

            var nullable = (TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated) || ReturnsMaybeNull(candidate, result))
                && !(ObliviousLookupRule.IsObliviousRead(candidate, result) && !ReturnsMaybeNull(candidate, result) && ObliviousLookupRule.Proven(context, candidate) == ObliviousLookupRule.Answer.NotFound);
            var missing = nullable ? KvGetResult.Nullable : MissingKeyReads.Required(context, result) == KvGetResult.DefaultWhenMissing ? KvGetResult.DefaultWhenMissing : KvGetResult.Required;
            return new KvGetOp(key, missing, context.RenderNotNull(result), context.Render(result), null, new KvJsonContractSpec(parameter, form));
        }

        if (args.Length < 2 || !TypeFacts.ReadsAsValue(args[1]))
        {
            return Fail("a write with System.Text.Json's contract " + contractText + " must take the key, the value, the contract and optionally a time to live", out reason);
        }

        var value = args[1];
        if (form == KvJsonContractForm.TypeInfoOfT && ContractType(context.Known, contract.Type) is { } written && !TypeFacts.SameType(TypeNames.Underlying(written), TypeNames.Underlying(value.Type)))
        {
            return Fail("its value '" + value.Name + "' is " + value.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", but its contract " + contractText + " writes "
                + written.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ": how the real store turns one into the other is not said", out reason);
        }

        if (Expiration(context, args, 2, store, out reason) is not { } expiration)
        {
            return null;
        }

        if (TypeFacts.VoidOrBool(candidate) is not { } returnsBool)
        {
            return Fail("a write with System.Text.Json's contract must return void or bool", out reason);
        }

        if (verb == KeyValueVerb.Set && returnsBool && Conventions.TwoBranchUpsertVerbs.FirstOrDefault(v => candidate.Verb.StartsWith(v, StringComparison.Ordinal)) is { } twoBranch)
        {
            return Fail("'" + twoBranch + "' says it adds or updates, and its bool result does not say what true means: that it added the key and false that it updated one, or that it wrote"
                + " (true either way, as Redis's SET answers); return void, or write the member", out reason);
        }

        if (verb == KeyValueVerb.SetIfAbsent && !returnsBool)
        {
            return Fail("an add returning nothing does not say what a key already held does (replaced, kept, or an error); return bool (false: the key was held and kept), or write the member", out reason);
        }

        var spec = new KvJsonContractSpec(parameter, form, form is KvJsonContractForm.Options or KvJsonContractForm.Context ? context.RenderNotNull(value.Type) : null);
        var valueRef = new ArgumentRef(TypeNames.Escape(value.Name), false);
        return new KvSetOp(key, valueRef, null, expiration, IfAbsent: verb == KeyValueVerb.SetIfAbsent, ReturnsBool: returnsBool, IfPresent: verb == KeyValueVerb.Replace, Json: spec);
    }

    /// <summary>
    /// Why a member of a store of JSON (<see cref="JsonWriters"/>) that takes no contract cannot be generated, or null when it
    /// only names keys (a removal, an existence check, a refresh, a count, the keys, a clear). A read without a contract
    /// would have to turn the stored JSON into a value, and a write without one a value into JSON: with the real store's own
    /// JsonSerializerOptions (its defaults, web defaults, a naming policy), another serializer, or the text as it is; no
    /// signature says which, and the fake's table holds the JSON, not the object.
    /// </summary>
    private static string? PlainMemberOfJsonStore(ParseContext context, KeyValueShape shape, List<MemberCandidate> writers, OperationSpec operation)
    {
        if (writers.Count == 0 || operation is KvGetOp { Json: not null } or KvSetOp { Json: not null }
            || operation is NoOp or KvDeleteOp { OutParameter: null, RemovedValueType: null } or KvExistsOp or KvRefreshOp or KvClearOp or KvCountOp or KvAnyOp or KvKeysOp
                or KvTimeToLiveOp or KvExpireOp or KvDeleteManyOp or KvRemoveMatchingOp)
        {
            return null;
        }

        var writer = writers[0];
        var contract = SerializerContract(context, shape, writer)!;
        return "the store keeps its values as JSON: " + writer.Symbol.Name + " serializes each value with System.Text.Json's contract it takes ('" + contract.Name + "', "
            + contract.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "), so the table holds the JSON, not the object, and this member takes no contract:"
            + " how the real store turns that JSON into a value here, or a value into JSON (its own JsonSerializerOptions, another serializer, the text as it is), is in no signature;"
            + " write the member (the table's values are the JSON strings: Store.TryGet(key, out var json))";
    }
}
