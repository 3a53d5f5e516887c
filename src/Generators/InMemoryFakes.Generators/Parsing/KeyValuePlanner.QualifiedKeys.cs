using System;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a listing of keys whose name puts a word of its own before <c>Keys</c> (<c>GetRegisteredKeysAsync()</c>,
    /// <c>ListCachedKeys()</c>) cannot be generated, else null: it takes nothing but a cancellation token and answers a
    /// sequence of the store's key type, so it is a listing of keys, and the word says which. The fake's <c>Keys</c> lists
    /// the keys of live entries; the qualified one may list every key the real store recorded, expired ones too
    /// (docs-aspire's <c>RedisCacheService.GetRegisteredKeysAsync</c> yields the members of a Redis set its <c>SetAsync</c>
    /// adds to and no expiry touches; h-sample117), or a part the word picks. Before, the message read the word and
    /// <c>Keys</c> together as a noun ("'RegisteredKeys' after it is no noun of this store"), as if the member were about
    /// entries of another kind.
    /// </summary>
    private static string? QualifiedKeysReason(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is null || candidate.Parameters.Length > 0 || shape.PairFirst is not null || shape.HasRegions)
        {
            return null;
        }

        var verb = candidate.Verb;
        var lead = new[] { "Get", "List" }.FirstOrDefault(l => verb.StartsWith(l, StringComparison.Ordinal));
        if (lead is null || !verb.EndsWith("Keys", StringComparison.Ordinal) || verb.Length <= lead.Length + "Keys".Length
            || !char.IsUpper(verb[lead.Length]))
        {
            return null;
        }

        var element = candidate.Shape == ReturnShape.AsyncEnumerable ? candidate.Result : candidate.Result is { } result ? TypeFacts.ElementType(context.Known, result) : null;
        if (element is null || !TypeFacts.SameType(TypeNames.Underlying(element), TypeNames.Underlying(KeyTypeOf(shape))))
        {
            return null;
        }

        var qualifier = verb.Substring(lead.Length, verb.Length - lead.Length - "Keys".Length);
        return "it lists keys, and '" + qualifier + "' before Keys says which: the keys of the live entries (what a plain Keys or GetKeys lists), or every key the real store "
            + "recorded, expired ones too (docs-aspire's RedisCacheService keeps its registered keys in a Redis set that no expiry touches), or a part the word picks, is the store's own";
    }
}
