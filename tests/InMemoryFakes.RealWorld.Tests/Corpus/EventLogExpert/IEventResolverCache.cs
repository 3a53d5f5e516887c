// Source: https://github.com/microsoft/EventLogExpert
// Commit: da02fdce
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample49 rule, fixed before probing (Corpus/WindowsClassicSamples/IPropertyStore.cs has it in full:
//   find_repos("microsoft/")'s order from after sqltoolsservice to its end, then today's listing's repositories that
//   h-sample45 does not account for; first *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order
//   with >= 3 members that holds state, outside paths containing "test", 1 per repository, stop after 6). This one: the
//   3rd pick (EventLogExpert; its first hit in path order, 6 members).
// Path: src/EventLogExpert.Eventing/Resolvers/IEventResolverCache.cs (real store: EventResolverCache.cs beside it; the
//   callers: EventResolverBase.cs, DescriptionFormatter.cs, TaskKeywordResolver.cs)
// Adapted: the namespace. SecurityIdentifier (System.Security.Principal, Windows-only) a cut-down class of the same
//   name with its value equality (two identifiers of the same SID string are equal). Nullable enabled, as in the source.
// Real store: EventResolverCache, an interning cache: each GetOrAdd* returns a shared instance equal to its argument,
//   the one cached on first sight (the argument itself, or for keywords a frozen copy), so that equal strings read from
//   many events share one object. GetOrAddDescription, GetOrAddUserDataString, GetOrAddValue: ordinal string tables
//   (the first two stop adding at 131072 entries and then return the argument uncached). GetOrAddKeywords: an empty
//   list gives a new empty array (not cached); otherwise the cached list with the same strings in the same order
//   (ordinal), or a ReadOnlyCollection copy of the argument, cached and returned. GetOrAddSid(null) is null; otherwise
//   the cached identifier equal to it, or the argument, cached. ClearAll() empties every table: the next call caches
//   its argument anew. The five tables are separate: a string in the description table is not in the value table.
// Shapes: *=core
// First try (30887e9): incomplete, read as a key-value store (string -> object): generated ClearAll (Clear: it empties
//   the fake's one table, as the real one empties its five). IMF0001 on GetOrAddDescription, GetOrAddKeywords,
//   GetOrAddSid and GetOrAddUserDataString ("not a known verb") and GetOrAddValue ("it must take the key, a factory ...").
//   The probe stops at GetOrAddDescription, the script's first line | WRONG: none (ClearAll is right). The refusals are
//   right: an interning GetOrAdd whose one argument is both key and value returns the instance cached first, and which
//   members share a table (five here, one per member) and what is cached (the argument, or a frozen copy for keywords)
//   are in no signature.
// After this round: unchanged (ClearAll generated; the five interning GetOrAdd* refused). An interning convention
//   (`T GetOrAddX(T value)`: the instance cached first for an equal argument) would need a table per member and says
//   nothing of copies; left to the lead.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventLogExpert.IEventResolverCacheCase;

public sealed class SecurityIdentifier : IEquatable<SecurityIdentifier>
{
    public SecurityIdentifier(string sddlForm) => Value = sddlForm;

    public string Value { get; }

    public bool Equals(SecurityIdentifier? other) => other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as SecurityIdentifier);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);
}

[InMemoryFake]
public interface IEventResolverCache
{
    void ClearAll();

    string GetOrAddDescription(string description);

    IReadOnlyList<string> GetOrAddKeywords(IReadOnlyList<string> keywords);

    SecurityIdentifier? GetOrAddSid(SecurityIdentifier? sid);

    string GetOrAddUserDataString(string value);

    string GetOrAddValue(string value);
}

public static class Smoke
{
    public static Task RunAsync(IEventResolverCache cache)
    {
        var description = new string("Service started".ToCharArray());
        Check.True(ReferenceEquals(description, cache.GetOrAddDescription(description)), "GetOrAddDescription caches a new description and returns it");
        var equal = new string("Service started".ToCharArray());
        Check.True(ReferenceEquals(description, cache.GetOrAddDescription(equal)), "an equal description later returns the cached instance");

        var value = new string("Service started".ToCharArray());
        Check.True(ReferenceEquals(value, cache.GetOrAddValue(value)), "the value table is separate: the same text is cached anew there");
        Check.True(ReferenceEquals(value, cache.GetOrAddValue(new string("Service started".ToCharArray()))), "and returned from it after");
        var path = new string("EventData/Data".ToCharArray());
        Check.True(ReferenceEquals(path, cache.GetOrAddUserDataString(path)), "GetOrAddUserDataString caches a new string");
        Check.True(ReferenceEquals(path, cache.GetOrAddUserDataString(new string("EventData/Data".ToCharArray()))), "and returns it for an equal one");

        var keywords = cache.GetOrAddKeywords(new List<string> { "Audit Success", "Classic" });
        Check.Equal(2, keywords.Count, "GetOrAddKeywords returns a list with the same keywords");
        Check.Equal("Classic", keywords[1], "in the same order");
        Check.True(ReferenceEquals(keywords, cache.GetOrAddKeywords(new[] { "Audit Success", "Classic" })), "an equal list later returns the cached one");
        Check.False(ReferenceEquals(keywords, cache.GetOrAddKeywords(new[] { "Classic", "Audit Success" })), "another order is another list");
        Check.Equal(0, cache.GetOrAddKeywords(Array.Empty<string>()).Count, "an empty list gives an empty list");

        Check.Null(cache.GetOrAddSid(null), "GetOrAddSid(null) is null");
        var sid = new SecurityIdentifier("S-1-5-18");
        Check.True(ReferenceEquals(sid, cache.GetOrAddSid(sid)), "GetOrAddSid caches a new identifier");
        Check.True(ReferenceEquals(sid, cache.GetOrAddSid(new SecurityIdentifier("S-1-5-18"))), "and returns it for an equal one");

        cache.ClearAll();
        var after = new string("Service started".ToCharArray());
        Check.True(ReferenceEquals(after, cache.GetOrAddDescription(after)), "after ClearAll a description is cached anew");
        var sidAfter = new SecurityIdentifier("S-1-5-18");
        Check.True(ReferenceEquals(sidAfter, cache.GetOrAddSid(sidAfter)), "and so is an identifier");
        return Task.CompletedTask;
    }
}
