using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// A member of a store with keys of two parts that takes only the container (<see cref="KeyPairs"/>): a removal
    /// (<c>DeleteCollection(collection)</c>, <c>Remove(service)</c>) removes every entry of the container. Whether a
    /// container exists, or which names it holds, is refused: stores differ on whether an empty container exists
    /// (Visual Studio's settings store keeps a collection created without properties).
    /// </summary>
    private static OperationSpec? ContainerOnly(KeyValueShape shape, MemberCandidate candidate, KeyValueVerb verb, bool plural, out string? reason)
    {
        reason = null;
        var container = candidate.Parameters[0];
        if (verb is KeyValueVerb.Delete or KeyValueVerb.Clear && !plural)
        {
            return CountResult(candidate, out reason) is { } result ? new KvRemoveMatchingOp(KvKeyMatch.Region, Declarations.Argument(container), result) : null;
        }

        return Fail("its key has two parts ('" + shape.PairFirst + "' and a name), and it takes only '" + container.Name
            + "': only a removal of the whole " + container.Name + " has a proven meaning; whether a " + container.Name
            + " exists or which names it holds depends on the store (an empty one may exist)", out reason);
    }
}
