using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// A write whose only parameter besides the key is the entry's time to live (<c>bool TryAdd(string securityToken,
    /// DateTime expiresOn)</c>: Microsoft.IdentityModel's <c>ITokenReplayCache</c>, the replay caches of IdentityServer):
    /// the store records the key until then, and a key check (<c>Exists</c>, <c>TryFind(key)</c>) says whether it is
    /// recorded. The expiry is not a value; before 2026-12-03 it was stored as one, with no expiry, so a token was
    /// "found" forever. Generated only when no member of the interface reads or writes a value (the table then holds the
    /// expiry itself under the key, which nothing hands out); otherwise what the write stores is not said, and it is refused.
    /// </summary>
    private static OperationSpec? KeyWithExpiry(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, StoreBuilder store, out string? reason)
    {
        reason = null;
        var ttl = member.Args[1];
        var refusal = "its only parameter besides the key, '" + ttl.Name + "', is the entry's time to live, not a value";
        if (ValueUser(context, shape) is { } user)
        {
            return Fail(refusal + ", and '" + user + "' works with the store's values, so what this write stores under the key is not said", out reason);
        }

        if (verb is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent) || member.Region is not null || member.Tags is not null)
        {
            return Fail(refusal + ": a store of keys alone is generated for a plain add or set of the key (TryAdd(key, expiresOn), Add(key, ttl)), not for this one", out reason);
        }

        if (TypeNames.IsNullableValueType(ttl.Type) || !TypeFacts.SameType(ttl.Type, shape.ValueType))
        {
            return Fail(refusal + (TypeNames.IsNullableValueType(ttl.Type) ? ", and it may be null, which leaves the key's lifetime unsaid" : ", and the store's other writes take a time to live of another type"), out reason);
        }

        if (TtlPlanner.TryPlan(context, ttl, store) is not { } expiration || TypeFacts.VoidOrBool(member.Candidate) is not { } returnsBool)
        {
            return Fail(refusal + ", and the write must return void or bool", out reason);
        }

        return new KvSetOp(KeyOf(shape, member), new ArgumentRef(TypeNames.Escape(ttl.Name), false), null, expiration, verb == KeyValueVerb.SetIfAbsent, returnsBool);
    }

    /// <summary>
    /// The first member of the store that reads or writes a value (anything but key checks, removals, counts, key lists,
    /// expiry changes and writes of a key with its time to live), or null when none does.
    /// </summary>
    private static string? ValueUser(ParseContext context, KeyValueShape shape)
    {
        foreach (var candidate in shape.Candidates)
        {
            var (verb, _) = shape.VerbOf(candidate);
            var parameters = candidate.Parameters;
            var keyOnly = verb switch
            {
                KeyValueVerb.Exists or KeyValueVerb.Delete or KeyValueVerb.DeleteMany or KeyValueVerb.Clear or KeyValueVerb.Count or KeyValueVerb.Keys
                    or KeyValueVerb.Refresh or KeyValueVerb.Expire or KeyValueVerb.TimeToLive or KeyValueVerb.Any or KeyValueVerb.IsEmpty
                    or KeyValueVerb.RemoveByPrefix or KeyValueVerb.RemoveByPattern => true,
                KeyValueVerb.TryGet => IsKeyCheck(candidate),
                KeyValueVerb.Set or KeyValueVerb.SetIfAbsent => parameters.Length == 2 && TypeFacts.SameType(parameters[1].Type, shape.ValueType) && TtlPlanner.IsTtl(context, parameters[1]),
                _ => false,
            };
            if (!keyOnly)
            {
                return candidate.Symbol.Name;
            }
        }

        return null;
    }

    /// <summary><c>bool TryFind(key)</c>, <c>Task&lt;bool&gt; TryGetAsync(key)</c>: a try-read that hands out no value says only whether the key is there.</summary>
    private static bool IsKeyCheck(MemberCandidate candidate)
        => candidate.Parameters.Length == 1 && TypeFacts.ReadsAsValue(candidate.Parameters[0]) && TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable;
}
