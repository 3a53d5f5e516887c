using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a write whose value is a <c>bool</c> cannot be generated in a store where nothing reads a value back, else null.
    /// The store's values are <c>bool</c> only because of that parameter, and a <c>bool</c> after a key is as often a switch
    /// of the write as the value it stores: <c>IPersistFile.Save(string? pszFileName, bool fRemember)</c> saves the object to
    /// the file and <c>fRemember</c> says whether that file becomes the current one, where the fake stored the flag under the
    /// file name (found reviewing the generated members of the reference packs, session 20). A read of the value (a
    /// <c>Get</c>, <c>TryGet</c>, get-or-add, listing or indexer: Microsoft.FeatureManagement's <c>ISessionManager</c>, whose
    /// <c>GetAsync(featureName)</c> answers the <c>bool?</c> that <c>SetAsync(featureName, enabled)</c> wrote) keeps the write.
    /// </summary>
    private static string? UnreadFlagWriteRefusal(KeyValueShape shape, MemberCandidate candidate, OperationSpec operation)
    {
        if (shape.ValueType.SpecialType != SpecialType.System_Boolean && !shape.IsObjectStore || !WritesValues(operation))
        {
            return null;
        }

        // Since session 42 a bool written as the value no longer votes for bool values without a read of one, so such a store
        // may be one of object values: the bool in the value's place is the same doubt there.
        var flag = shape.IsObjectStore
            ? candidate.Parameters.Skip(1).Take(1).FirstOrDefault(static p => TypeNames.Underlying(p.Type).SpecialType == SpecialType.System_Boolean)
            : candidate.Parameters.Skip(1).FirstOrDefault(static p => TypeNames.Underlying(p.Type).SpecialType == SpecialType.System_Boolean);
        if (flag is null || shape.Candidates.Any(other => ReadsValues(shape, other)))
        {
            return null;
        }

        return "its value '" + flag.Name + "' is a bool, " + (shape.IsObjectStore ? "in a store of object values, " : "the only thing that makes the store's values bools, ") + "and no member of the interface reads a value back (a Get, TryGet, "
            + "get-or-add, listing or indexer): a bool after the key is as often a switch of the write as the value it stores (IPersistFile.Save(pszFileName, fRemember) "
            + "saves the object to the file, and fRemember says whether the file becomes the current one), so what " + candidate.Symbol.Name + " stores is not in its parameters";
    }

    /// <summary>Whether a member reads stored values back (a read, a listing of values, a get-or-add, an indexer).</summary>
    private static bool ReadsValues(KeyValueShape shape, MemberCandidate member)
        => member.Property is { IsIndexer: true }
           || shape.VerbOf(member).Verb is KeyValueVerb.Get or KeyValueVerb.TryGet or KeyValueVerb.GetAll or KeyValueVerb.GetMany or KeyValueVerb.GetOrAdd or KeyValueVerb.CompareAndSet;
}
