using System;
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
    /// A write of the key alone, named as the key, in a store where no other member reads or writes a value
    /// (nopCommerce's <c>ICacheKeyManager.AddKey(string key)</c> beside <c>RemoveKey(key)</c>, <c>Clear()</c> and
    /// <c>Keys</c>: a set of keys over a <c>ConcurrentTrie</c>). Refused with that cause: what writing a key already held
    /// does — nothing, as the trie and a set do, or an error, as a <c>Dictionary.Add</c> underneath throws — is the store's
    /// own, as for a plain add to a cache. Before h-sample66 the parameter was read as a value with no key, and the message
    /// said "it takes no key", a cause it does not have. The refusal's cause, or null when the member is not such a write.
    /// </summary>
    private static string? KeyAloneRefusal(ParseContext context, KeyValueShape shape, MemberParts member, KeyValueVerb verb, bool valuesUnnamed = false)
    {
        var args = member.Args;
        if (verb is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent) || args.Length != 1 || member.Region is not null || member.Tags is not null || shape.IsSingle || (shape.IsObjectStore && !valuesUnnamed)
            || !IsKey(context, shape, args[0]) || !TypeFacts.SameType(args[0].Type, shape.KeyType)
            || !(string.Equals(args[0].Name, "key", StringComparison.Ordinal) || args[0].Name.EndsWith("Key", StringComparison.Ordinal))
            || ValueUser(context, shape, member.Candidate) is not null)
        {
            return null;
        }

        return "it writes the key '" + args[0].Name + "' alone, and no other member of " + context.InterfaceName + " reads or writes a value, so the store is a set of keys;"
            + " what writing a key already held does (nothing, as a set and nopCommerce's ConcurrentTrie do; an error, as a Dictionary.Add underneath throws)"
            + (member.Candidate.IsVoid ? "" : ", and what its " + (member.Candidate.Result?.ToDisplayString() ?? "result") + " says")
            + " is the store's own" + (TypeFacts.SameType(shape.KeyType, shape.ValueType) || shape.IsObjectStore ? "; write it: Store.Set(" + args[0].Name + ", " + args[0].Name + ") records the key once" : "");
    }

    /// <summary>
    /// A write verb followed by the word <c>Key</c> whose one parameter is the key (<c>Task AddKeyAsync(string key)</c> beside
    /// <c>RemoveKeyAsync(key)</c> and <c>Keys</c>, where the interface's name says nothing of keys): the same write of the key
    /// alone as <see cref="KeyAloneRefusal"/>'s, refused with its cause; before h-leftover2 it was "'AddKey' is not a known
    /// verb" (h-review27's variant of nopCommerce's <c>ICacheKeyManager</c>, whose name gives the noun). Null otherwise.
    /// </summary>
    private static string? KeyNamedWriteRefusal(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        const string noun = "Key";
        if (!candidate.Verb.EndsWith(noun, StringComparison.Ordinal) || candidate.Verb.Length == noun.Length || candidate.Method is null)
        {
            return null;
        }

        var verb = Conventions.KeyValueVerbOf(candidate.Verb.Substring(0, candidate.Verb.Length - noun.Length));
        // Its verb unread, the write named no value type, so the store's values are object: no member names any value.
        return verb is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent) ? null : KeyAloneRefusal(context, shape, new MemberParts(candidate, candidate.Parameters, null, null), verb, valuesUnnamed: true);
    }

    /// <summary>
    /// The first member of the store that reads or writes a value (anything but key checks, removals, counts, key lists,
    /// expiry changes and writes of a key with its time to live), or null when none does; <paramref name="except"/> is not
    /// asked (the write being planned).
    /// </summary>
    private static string? ValueUser(ParseContext context, KeyValueShape shape, MemberCandidate? except = null)
    {
        foreach (var candidate in shape.Candidates)
        {
            if (ReferenceEquals(candidate, except))
            {
                continue;
            }

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
