using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Parameterless reads of a repository's whole table whose names are the .NET collection words, so their meaning is
/// the one those words have everywhere: <c>Single()</c> and <c>SingleOrDefault()</c> are LINQ's over every entity
/// (Sonarr's and Radarr's <c>BasicRepository</c>: <c>All().Single()</c>), and <c>HasItems()</c>, <c>HasAny()</c>,
/// <c>HasEntries()</c>, <c>IsNotEmpty()</c> whether any entity is stored (the words the key-value store reads the same
/// way). <c>First()</c>/<c>FirstOrDefault()</c> are not here: which entity is first depends on an order no name gives.
/// </summary>
internal static class WholeTableReads
{
    /// <summary>The plan of such a member, or null with <paramref name="reason"/> set when its result does not fit, or null with no reason when the name is none of them.</summary>
    public static OperationSpec? Plan(MemberCandidate candidate, ITypeSymbol entity, int significantParameters, out string? reason)
    {
        reason = null;
        var verb = candidate.Verb;
        var any = verb is "HasItems" or "HasAny" or "HasEntries" or "IsNotEmpty";
        var single = verb is "Single" or "SingleOrDefault";
        if ((!any && !single) || significantParameters != 0 || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return null;
        }

        if (any)
        {
            if (TypeFacts.IsBool(candidate.Result))
            {
                return new EntityAnyOp();
            }

            reason = verb + "() must return bool (whether any entity is stored)";
            return null;
        }

        if (TypeFacts.SameType(candidate.Result, entity))
        {
            return new EntitySingleOfAllOp(OrDefault: verb == "SingleOrDefault");
        }

        reason = verb + "() must return the entity (LINQ's " + verb + " over every stored entity)";
        return null;
    }
}
