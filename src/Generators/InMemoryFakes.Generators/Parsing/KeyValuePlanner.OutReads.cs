using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Whether a member is a read whose result is an <c>out</c> parameter of a <c>void</c> method (session 42): COM's
    /// <c>[out, retval]</c> as interop declares it, Windows Terminal's <c>IPropertyStore.GetValue([In] ref PROPERTYKEY key,
    /// out object pv)</c>. Synchronous, two parameters, the second out and the first not.
    /// </summary>
    internal static bool IsOutRead(MemberCandidate candidate)
        => candidate.Method is not null && candidate.IsVoid && candidate.Shape == ReturnShape.Sync && candidate.Parameters.Length == 2
           && candidate.Parameters[0].RefKind != RefKind.Out && candidate.Parameters[1].RefKind == RefKind.Out;

    /// <summary>
    /// <c>void Get(key, out value)</c>: the <c>TryGet(key, out value)</c> shape without the <c>bool</c>, so the value
    /// is handed out as a <c>Get</c> returning it would: found, the stored value (a copy, as reads hand out); missing, what
    /// a <c>Get</c> of that declaration gives: <see langword="null"/> (default) for an out value declared nullable, or
    /// without annotations (<c>#nullable disable</c>, reported by IMF0026 unless <c>MissingKeyReads</c> states it, as an
    /// oblivious <c>Get</c> is), the not-found error for one declared not null (or a value type) unless
    /// <c>MissingKeyReads = Default</c>. A key passed <c>[In] ref</c> is read as a value, as for every member.
    /// </summary>
    private static OperationSpec? OutRead(ParseContext context, KeyValueShape shape, MemberParts member, out string? reason)
    {
        reason = null;
        var args = member.Args;
        if (args.Length != 2 || !IsKey(context, shape, args[0]))
        {
            return Fail("a read whose result is an out parameter must take the key and the out value ('void Get(key, out value)')", out reason);
        }

        var outType = args[1].Type;
        if (!TypeFacts.SameType(outType, shape.ValueType) || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(outType), TypeNames.Underlying(shape.ValueType)) || TypeNames.IsNullableValueType(outType))
        {
            return Fail("its out parameter '" + args[1].Name + "' (" + outType.ToDisplayString() + ") is not the store's value type " + shape.ValueType.ToDisplayString(), out reason);
        }

        var oblivious = !outType.IsValueType && outType.NullableAnnotation == NullableAnnotation.None;
        var missingThrows = oblivious
            ? ObliviousLookupRule.Proven(context, member.Candidate) == ObliviousLookupRule.Answer.NotFound
            : !TypeNames.AllowsNull(outType) && MissingKeyReads.Required(context, shape.ValueType) != KvGetResult.DefaultWhenMissing;
        if (oblivious && context.Settings.MissingKeyReadsStated)
        {
            context.MissingKeyReadsUsed = true;
        }

        return new KvTryGetOp(KeyOf(shape, member), TypeNames.Escape(args[1].Name), null, PassesOut: true) { ReturnsFound = false, MissingThrows = missingThrows };
    }

    /// <summary>IMF0026 on an out read (<see cref="OutRead"/>) declared without annotations that hands out null for a missing key with nothing to prove it.</summary>
    private static void ReportObliviousOutRead(ParseContext context, MemberCandidate candidate, OperationSpec operation)
    {
        if (operation is not KvTryGetOp { ReturnsFound: false, MissingThrows: false } || candidate.Parameters[1].Type is not { IsValueType: false, NullableAnnotation: NullableAnnotation.None } outType
            || ObliviousLookupRule.Proven(context, candidate) is not null)
        {
            return;
        }

        ObliviousLookupRule.Report(context, candidate, "null", "a missing key", outType.ToDisplayString() + " (its out parameter '" + candidate.Parameters[1].Name + "')",
            "COM's IPropertyStore.GetValue (VT_EMPTY, S_OK)", "a store whose read fails for a key it does not hold");
    }
}
