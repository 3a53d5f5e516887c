using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member whose key is a nullable value (<c>string? Get(int? key)</c> in a store keyed by <c>int</c>) cannot be
    /// generated, else null. The table's key is the value itself, so null is no key of it; whether the real store finds
    /// nothing for null, throws, or keeps null as a key of its own is its code, not its signature. (Before, the member was
    /// generated and its code did not compile: CS1503, <c>int?</c> to <c>int</c>.) A key whose default is null
    /// (<c>Clear(int? key = null)</c>) is left to the conventions that give that default a meaning.
    /// </summary>
    private static string? NullableValueKeyRefusal(KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is null || candidate.Parameters.Length == 0 || !shape.KeyType.IsValueType || TypeNames.IsNullableValueType(shape.KeyType))
        {
            return null;
        }

        var key = candidate.Parameters[0];
        if (!TypeNames.IsNullableValueType(key.Type) || !TypeFacts.SameType(key.Type, shape.KeyType)
            || (key.HasExplicitDefaultValue && key.ExplicitDefaultValue is null))
        {
            return null;
        }

        return "its key '" + key.Name + "' is a nullable value (" + key.Type.ToDisplayString() + ") and the store's keys are "
            + shape.KeyType.ToDisplayString() + ", so null is no key of it, and whether a null key finds nothing, is an error or is a key of its own is the real store's code,"
            + " which the signature does not say; take the key type itself (" + shape.KeyType.ToDisplayString() + ")";
    }
}
