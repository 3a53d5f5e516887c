using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A write whose first parameter is an unconstrained method type parameter (BTCPay's <c>UpdateSetting&lt;T&gt;(T obj, string? name)</c>)
/// has no key first: a key of any type <c>T</c> keys nothing. Read key-first anyway, its second parameter is taken for
/// the value, so the store's value type may come from it; the messages say so instead of "its values are string".
/// </summary>
internal static partial class KeyValuePlanner
{
    /// <summary>The write that would be read key-first with a generic "key", or null.</summary>
    private static MemberCandidate? GenericFirstWrite(KeyValueShape shape, MemberCandidate candidate)
    {
        var args = candidate.Parameters;
        // Only an unconstrained type parameter is "a value of any type": EventFlow's StoreAsync<TAggregate, TIdentity>(TIdentity id,
        // …) where TIdentity : IIdentity takes a key of a generic type first, which this message must not call no key.
        return args.Length >= 2 && args[0].Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method, ConstraintTypes.Length: 0 }
            && shape.VerbOf(candidate).Verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace
            ? candidate
            : null;
    }

    /// <summary>Why a write that takes a generic value first writes no entry the fake can tell, or null.</summary>
    private static string? GenericFirstWriteProblem(KeyValueShape shape, MemberCandidate candidate)
    {
        if (GenericFirstWrite(shape, candidate) is null)
        {
            return null;
        }

        var args = candidate.Parameters;
        return "its first parameter '" + args[0].Name + "' is a " + args[0].Type.ToDisplayString() + ", and a key-value write takes the key first: a value of any type "
            + "is no key, so under which key it is written (the '" + args[1].Name + "', the type's name, …) is the real store's own choice, not told by the signature";
    }

    /// <summary>
    /// The value type's origin when it is only the second parameter of a write read key-first with a generic "key"
    /// (<see cref="GenericFirstWrite"/>), for a generic read's message, or null.
    /// </summary>
    private static string? ValueTypeFromGenericFirstWrite(KeyValueShape shape, IMethodSymbol read)
    {
        var write = shape.Candidates.FirstOrDefault(c => GenericFirstWrite(shape, c) is not null
            && TypeFacts.SameType(TypeNames.Underlying(c.Parameters[1].Type), TypeNames.Underlying(shape.ValueType)));
        if (write is null)
        {
            return null;
        }

        var method = write.Method!;
        var signature = method.Name + (method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(static t => t.Name)) + ">" : "")
            + "(" + string.Join(", ", method.Parameters.Select(static p => p.Type.ToDisplayString() + " " + p.Name)) + ")";
        var generic = read.IsGenericMethod ? read.Name + "<" + string.Join(", ", read.TypeParameters.Select(static t => t.Name)) + ">" : read.Name;
        return "the store's values look like " + shape.ValueType.ToDisplayString() + " only because " + signature + " is read key first, which takes '"
            + write.Parameters[1].Name + "' for the value; but its first parameter, a " + write.Parameters[0].Type.ToDisplayString()
            + ", is no key (a value of any type), so which key each value is stored under, and what " + generic + " reads back, is the real store's own choice, not told by the members";
    }
}
