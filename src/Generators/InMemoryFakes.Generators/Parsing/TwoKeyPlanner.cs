using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A store that holds each value under two keys, each unique on its own (OAuth device flow stores: IdentityServer4's and
/// Duende's <c>IDeviceFlowStore</c>: <c>StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceCode data)</c>
/// beside <c>FindByUserCodeAsync(userCode)</c>, <c>FindByDeviceCodeAsync(deviceCode)</c>, <c>UpdateByUserCodeAsync(userCode,
/// data)</c>, <c>RemoveByDeviceCodeAsync(deviceCode)</c>).
/// <para>
/// The interface proves it when exactly one member is an add (Store, Add, Insert or Create, with any noun) taking two keys
/// and a value, and, for EACH of the two key parameters, another member is named <c>{Verb}By{Key}</c> after that parameter
/// and takes it first, alone (or with the value, for an update): a lookup by either key alone proves that each key alone
/// names one value, so both are unique. Two keys that only ever come together (Git Credential Manager's
/// <c>AddOrUpdate(service, account, secret)</c> beside <c>Get(service, account)</c>) are a key of two parts instead, and
/// a key that no member uses alone may be anything (a property, a hint), so neither matches.
/// </para>
/// <para>
/// The real stores: IdentityServer4's <c>InMemoryDeviceFlowStore</c> keeps a list of (device code, user code, data) and
/// finds the first of either code; its EF Core <c>DeviceFlowStore</c> keeps rows whose primary key is the user code with
/// a unique index on the device code. A duplicate of either: EF Core's save throws <c>DbUpdateException</c>, the in-memory
/// list appends a second entry (a read by the code the two share finds the first); the fake throws the duplicate-key error (the schema's answer,
/// loud), store unchanged. A missing update: EF Core throws <c>InvalidOperationException</c> ("Could not update device
/// code"), the in-memory store does nothing, so an update by one key that returns nothing is refused until
/// <c>MissingUpdate</c> says which (<c>Ignore</c>, or <c>NotFound</c> with <c>NotFoundException</c>). A missing removal
/// does nothing in both.
/// </para>
/// </summary>
internal static class TwoKeyPlanner
{
    private const string Kind = "key-value store";

    /// <summary>The verbs of the one write that stores a value under two keys: an add (both keys unique).</summary>
    private static readonly string[] AddVerbs = { "Store", "Add", "Insert", "Create" };

    private static readonly string[] ReadVerbs = { "Get", "TryGet", "Find", "TryFind", "Read", "Load", "Fetch", "Lookup", "Retrieve" };

    private static readonly string[] ExistsVerbs = { "Exists", "Contains", "Has" };

    private static readonly string[] ReplaceVerbs = { "Update", "Replace" };

    private static readonly string[] RemoveVerbs = { "Remove", "Delete", "TryRemove", "TryDelete" };

    /// <summary>The proven shape: the write, its two key parameters (in its order), its value type and its noun.</summary>
    internal sealed class Shape
    {
        public Shape(MemberCandidate write, IParameterSymbol first, IParameterSymbol second, ITypeSymbol value, string noun)
        {
            Write = write;
            First = first;
            Second = second;
            Value = value;
            Noun = noun;
        }

        public MemberCandidate Write { get; }

        public IParameterSymbol First { get; }

        public IParameterSymbol Second { get; }

        public ITypeSymbol Value { get; }

        public string Noun { get; }
    }

    /// <summary>The store's two keys when the interface proves them (see the type's summary), else null.</summary>
    public static Shape? Find(List<MemberCandidate> pending)
    {
        Shape? found = null;
        foreach (var candidate in pending)
        {
            if (WriteOf(candidate) is not { } shape)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = shape;
        }

        if (found is null)
        {
            return null;
        }

        var shapeFound = found;
        bool UsedAlone(IParameterSymbol key) => pending.Any(c => !ReferenceEquals(c, shapeFound.Write) && ByName(c) is { } by
            && string.Equals(by.Name, key.Name, StringComparison.OrdinalIgnoreCase) && c.Parameters.Length is 1 or 2
            && c.Parameters[0].Name == key.Name && SameType(c.Parameters[0].Type, key.Type));
        return UsedAlone(found.First) && UsedAlone(found.Second) ? found : null;
    }

    /// <summary>Plans every member of a store proven to hold each value under two keys.</summary>
    public static StoreSpec Plan(ParseContext context, Shape shape, List<MemberCandidate> pending, StoreBuilder store)
    {
        var missingUpdate = context.Settings.MissingUpdate;
        var voidUpdates = 0;
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (MemberRules.CommonProblem(candidate, allowOut: false) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            var operation = Operation(context, shape, candidate, missingUpdate, out var reason);
            if (operation is null)
            {
                context.NotSupported(candidate, Kind, reason);
                continue;
            }

            if (operation is TwoKeyOp { Action: TwoKeyAction.Replace, Missing: not TwoKeyMissing.Returned })
            {
                voidUpdates++;
            }

            store.Members.Add(Declarations.Member(context, candidate, operation));
        }

        MissingUpdateRule.ValidateTwoKeys(context, voidUpdates > 0);
        var (copy, immutable) = CopyPlanner.Plan(context, shape.Value, store);
        var keyType = "(" + context.RenderNotNull(shape.First.Type) + " First, " + context.RenderNotNull(shape.Second.Type) + " Second)";
        return store.Build(StoreKindModel.KeyValue, context.InterfaceName, null, new KeyValueSpec(keyType, context.RenderNotNull(shape.Value), copy, immutable));
    }

    private static TwoKeyOp? Operation(ParseContext context, Shape shape, MemberCandidate candidate, int missingUpdate, out string reason)
    {
        var keys = "'" + shape.First.Name + "' and '" + shape.Second.Name + "'";
        var head = context.InterfaceName + " holds each " + shape.Value.Name + " under two keys, " + keys + " (" + shape.Write.Symbol.Name + " stores it under both and a member finds it by each alone)";
        reason = "";
        if (ReferenceEquals(candidate, shape.Write))
        {
            if (!candidate.IsVoid)
            {
                reason = head + ", but this add returns " + candidate.Result!.ToDisplayString() + ", which no store of two keys is known to answer; it must return nothing (Task)";
                return null;
            }

            return new TwoKeyOp(TwoKeyAction.Add, false, TypeNames.Escape(shape.First.Name), TypeNames.Escape(shape.Second.Name), TypeNames.Escape(candidate.Parameters[2].Name), TwoKeyMissing.Returned, null);
        }

        if (ByName(candidate) is not { } by)
        {
            reason = head + ": it is no member by one of them ({Verb}By{Key}: FindByUserCode(userCode), UpdateByUserCode(userCode, value), RemoveByDeviceCode(deviceCode), ExistsByDeviceCode(deviceCode))"
                + ", the only members such a store is generated with besides the add";
            return null;
        }

        var key = string.Equals(by.Name, shape.First.Name, StringComparison.OrdinalIgnoreCase) ? shape.First
            : string.Equals(by.Name, shape.Second.Name, StringComparison.OrdinalIgnoreCase) ? shape.Second : null;
        if (key is null)
        {
            reason = head + ": '" + candidate.Verb + "' is by '" + by.Name + "', which is neither key";
            return null;
        }

        var bySecond = ReferenceEquals(key, shape.Second);
        if (candidate.Parameters.Length == 0 || candidate.Parameters[0].Name != key.Name || !SameType(candidate.Parameters[0].Type, key.Type))
        {
            reason = head + ": '" + candidate.Verb + "' is by " + key.Name + " but does not take '" + key.Name + "' (" + key.Type.ToDisplayString() + ") first";
            return null;
        }

        if (by.Noun.Length > 0 && by.Noun != shape.Noun && by.Noun != shape.Value.Name)
        {
            reason = head + ": '" + candidate.Verb + "' names '" + by.Noun + "', which is " + (shape.Noun.Length > 0 ? "neither the add's noun '" + shape.Noun + "' nor " : "not ") + "the values' type " + shape.Value.Name
                + ", so what it acts on is not said";
            return null;
        }

        var name = TypeNames.Escape(key.Name);
        if (Conventions.IsOneOf(by.Verb, ReadVerbs))
        {
            if (candidate.Parameters.Length != 1 || candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable || !SameType(result, shape.Value))
            {
                reason = head + ": the read '" + candidate.Verb + "' must take '" + key.Name + "' alone and return the " + shape.Value.ToDisplayString();
                return null;
            }

            // A result without annotations (#nullable disable) and a name that does not say null (Find…) is decided by an
            // annotation or a stated MissingKeyReads (Default: null, NotFound: the not-found error; no IMF0010 then); else it answers null, as every known store of this shape
            // does (IdentityServer4's in-memory and EF Core device flow stores, Duende's), without IMF0026: no store of it is
            // known to throw, and the corpus's reads of it are named Find (session 30, h-oblivious2).
            var proven = ObliviousLookupRule.IsObliviousRead(candidate, result) ? ObliviousLookupRule.Proven(context, candidate) : null;
            var nullable = TypeNames.AllowsNull(result) && proven != ObliviousLookupRule.Answer.NotFound;
            return new TwoKeyOp(nullable ? TwoKeyAction.Get : TwoKeyAction.GetRequired, bySecond, name, null, null, TwoKeyMissing.Returned, null);
        }

        if (Conventions.IsOneOf(by.Verb, ExistsVerbs))
        {
            if (candidate.Parameters.Length != 1 || candidate.Result?.SpecialType != SpecialType.System_Boolean)
            {
                reason = head + ": '" + candidate.Verb + "' must take '" + key.Name + "' alone and return bool";
                return null;
            }

            return new TwoKeyOp(TwoKeyAction.Exists, bySecond, name, null, null, TwoKeyMissing.Returned, null);
        }

        var returnsBool = candidate.Result?.SpecialType == SpecialType.System_Boolean;
        if (Conventions.IsOneOf(by.Verb, RemoveVerbs))
        {
            if (candidate.Parameters.Length != 1 || !(candidate.IsVoid || returnsBool))
            {
                reason = head + ": the removal '" + candidate.Verb + "' must take '" + key.Name + "' alone and return nothing or bool";
                return null;
            }

            // A removal of a missing key does nothing in both of IdentityServer4's stores (a bool says it).
            return new TwoKeyOp(TwoKeyAction.Remove, bySecond, name, null, null, returnsBool ? TwoKeyMissing.Returned : TwoKeyMissing.Ignored, null);
        }

        if (Conventions.IsOneOf(by.Verb, ReplaceVerbs))
        {
            if (candidate.Parameters.Length != 2 || !SameType(candidate.Parameters[1].Type, shape.Value) || candidate.Parameters[1].Type.NullableAnnotation == NullableAnnotation.Annotated
                || !(candidate.IsVoid || returnsBool))
            {
                reason = head + ": the update '" + candidate.Verb + "' must take '" + key.Name + "' and the " + shape.Value.ToDisplayString() + " and return nothing or bool";
                return null;
            }

            var value = TypeNames.Escape(candidate.Parameters[1].Name);
            if (returnsBool)
            {
                return new TwoKeyOp(TwoKeyAction.Replace, bySecond, name, null, value, TwoKeyMissing.Returned, null);
            }

            switch (missingUpdate)
            {
                case MissingUpdateRule.IgnoreValue:
                    return new TwoKeyOp(TwoKeyAction.Replace, bySecond, name, null, value, TwoKeyMissing.Ignored, null);
                case MissingUpdateRule.NotFoundValue:
                    return new TwoKeyOp(TwoKeyAction.Replace, bySecond, name, null, value, TwoKeyMissing.NotFound, null);
                default:
                    reason = head + ": what the update '" + candidate.Verb + "' does when nothing is stored under " + key.Name + " is not said: it cannot store the value (its other key is not given),"
                        + " and IdentityServer4's InMemoryDeviceFlowStore does nothing while its EF Core DeviceFlowStore throws InvalidOperationException; state it with"
                        + " [InMemoryFake(MissingUpdate = MissingUpdate.Ignore)] or MissingUpdate.NotFound (with NotFoundException = typeof(...) for the store's own exception)";
                    return null;
            }
        }

        reason = head + ": '" + by.Verb + "' by one key is no verb such a store is generated with (Get/Find/TryGet, Exists, Update/Replace, Remove/Delete)";
        return null;
    }

    private readonly record struct ByNameParts(string Verb, string Noun, string Name);

    /// <summary>The verb word, its noun and the name after <c>By</c> of a member named <c>{Verb}[{Noun}]By{Name}</c>, or null.</summary>
    private static ByNameParts? ByName(MemberCandidate candidate)
    {
        if (candidate.Method is null)
        {
            return null;
        }

        var name = candidate.Verb;
        var at = name.IndexOf("By", 1, StringComparison.Ordinal);
        while (at > 0 && (at + 2 >= name.Length || !char.IsUpper(name[at + 2])))
        {
            at = name.IndexOf("By", at + 1, StringComparison.Ordinal);
        }

        if (at <= 0)
        {
            return null;
        }

        var (verb, noun) = Split(name.Substring(0, at));
        return new ByNameParts(verb, noun, name.Substring(at + 2));
    }

    /// <summary>The member when it stores a value under two keys (an add verb, any noun; two keys of a value type or string; a class value).</summary>
    private static Shape? WriteOf(MemberCandidate candidate)
    {
        if (candidate.Method is not { TypeParameters.Length: 0 } || candidate.Parameters.Length != 3 || candidate.Parameters.Any(static p => p.RefKind != RefKind.None)
            || candidate.Verb.IndexOf("By", StringComparison.Ordinal) > 0)
        {
            return null;
        }

        var (verb, noun) = Split(candidate.Verb);
        var first = candidate.Parameters[0];
        var second = candidate.Parameters[1];
        var value = candidate.Parameters[2].Type;
        if (!Conventions.IsOneOf(verb, AddVerbs) || !IsKey(first.Type) || !IsKey(second.Type) || first.Name == second.Name
            || value.IsValueType || value.SpecialType != SpecialType.None || value.TypeKind is not (TypeKind.Class or TypeKind.Interface)
            || value.NullableAnnotation == NullableAnnotation.Annotated || IsKey(value))
        {
            return null;
        }

        return new Shape(candidate, first, second, TypeNames.Underlying(value), noun);
    }

    /// <summary>A key compared by value: string, Guid or an integer, not nullable.</summary>
    private static bool IsKey(ITypeSymbol type)
        => type.NullableAnnotation != NullableAnnotation.Annotated
           && (type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64
               || type is INamedTypeSymbol { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });

    private static bool SameType(ITypeSymbol a, ITypeSymbol b)
        => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(a), TypeNames.Underlying(b)) && !TypeNames.IsNullableValueType(a);

    /// <summary>The first word of a Pascal-cased name (<c>Try</c> joins the next: <c>TryGet</c>) and the rest.</summary>
    private static (string Verb, string Noun) Split(string name)
    {
        var end = 1;
        while (end < name.Length && !char.IsUpper(name[end]))
        {
            end++;
        }

        if (name.Substring(0, end) == "Try" && end < name.Length)
        {
            end++;
            while (end < name.Length && !char.IsUpper(name[end]))
            {
                end++;
            }
        }

        return (name.Substring(0, end), name.Substring(end));
    }
}
