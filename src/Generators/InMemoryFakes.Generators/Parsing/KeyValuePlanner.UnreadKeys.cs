using System;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why an <c>Add(key, value)</c> (also <c>Insert</c>, <c>Create</c>) returning nothing cannot be generated in a store
    /// where no member reads, tests, lists or removes by key, else null. The fake's add throws the duplicate-key error on a
    /// key already stored, a dictionary's <c>Add</c>; but with nothing that finds an entry by its key, nothing says the key
    /// names one entry at all: Microsoft.Extensions.Telemetry's <c>IEnrichmentTagCollector.Add(tagName, tagValue)</c>
    /// collects tags, and its real collectors keep both of two tags of one name, as HTTP headers' <c>Add(name, value)</c>
    /// does. Whether a second add of a key throws, replaces or keeps both is the real store's. A name that says the key
    /// is unique (<c>TryAdd</c>, <c>AddIfAbsent</c>), a result that answers it (<c>bool Add</c>), or a keyed read beside
    /// it keeps the convention.
    /// </summary>
    private static string? UnreadKeyAddRefusal(KeyValueShape shape, MemberCandidate candidate, OperationSpec operation)
    {
        if (shape.IsSingle || operation is not KvSetOp { IfAbsent: true, ReturnsBool: false, ReturnsValue: false } set || set.Key.Kind != KvKeyKind.Argument
            || !(candidate.Verb.StartsWith("Add", StringComparison.Ordinal) || candidate.Verb.StartsWith("Insert", StringComparison.Ordinal) || candidate.Verb.StartsWith("Create", StringComparison.Ordinal))
            || candidate.Verb.IndexOf("IfAbsent", StringComparison.Ordinal) >= 0 || candidate.Verb.IndexOf("IfNot", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        if (shape.Candidates.Any(other => !ReferenceEquals(other, candidate) && FindsByKey(shape, other)))
        {
            return null;
        }

        return "no member reads, tests, lists or removes by its key '" + set.Key.Key?.Name + "', so nothing says the key names one entry: whether a second "
            + candidate.Symbol.Name + " of the same key throws (a dictionary's Add), replaces the value, or keeps both (a list of tags, HTTP headers' Add(name, value);"
            + " Microsoft.Extensions.Telemetry's tag collectors keep both) is the real store's. Add a keyed read (Get, TryGet, Contains, Remove), or write the member";
    }

    /// <summary>Whether a member finds entries by their key (a read, a test, a removal, a key listing, an indexer), which shows a key names one entry.</summary>
    private static bool FindsByKey(KeyValueShape shape, MemberCandidate member)
    {
        if (member.Property is { IsIndexer: true })
        {
            return true;
        }

        return shape.VerbOf(member).Verb is not (KeyValueVerb.None or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.SetMany or KeyValueVerb.Append
            or KeyValueVerb.Count or KeyValueVerb.Clear or KeyValueVerb.GetAll or KeyValueVerb.Any);
    }
}
