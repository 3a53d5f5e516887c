using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member whose key parameter is optional (<c>Task&lt;ClusterStateMachine&gt; ReadStateAsync(CallContext
    /// callContext = default)</c>: BuildXL's <c>IGrpcClusterStateStorage</c>, where the parameter is gRPC's call context
    /// and the only one the member takes) cannot be generated, else null. A caller may leave such a key out, so the member
    /// is also a read (or write) given no key, which the fake would answer with the entry of the default value; what the
    /// real store does when none is given (answers its one value, a whole-store result, an error) is its own, and a
    /// parameter a caller may leave out is as likely ambient call information as a key. A clear's optional key keeps its
    /// own convention (<c>Clear(Guid? key = null)</c>: every entry).
    /// </summary>
    private static string? OptionalKeyRefusal(KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb)
    {
        if (candidate.Method is null || candidate.Parameters.Length == 0 || shape.IsSingle || verb is KeyValueVerb.Clear or KeyValueVerb.ClearRegion)
        {
            return null;
        }

        var key = candidate.Parameters[0];
        if (!key.HasExplicitDefaultValue || key.RefKind != RefKind.None || !TypeFacts.SameType(TypeNames.Underlying(key.Type), TypeNames.Underlying(shape.KeyType)))
        {
            return null;
        }

        return "its key '" + key.Name + "' (" + key.Type.ToDisplayString() + ") is optional, so a caller may leave it out and the fake would answer with the entry of the default "
            + key.Type.ToDisplayString() + ", while what the real store does when no key is given (its one value, a whole-store answer, an error) is its own, which the signature does not say;"
            + " a parameter a caller may leave out is as likely call information (a context, options) as a key. Make the key required, or write the member";
    }
}
