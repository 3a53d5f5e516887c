using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a write of one value under a key has no proven meaning because another member reads, by the key alone, a
    /// collection of the store's values (a SignalR connection mapping's <c>GetConnections(userId)</c> beside
    /// <c>Add(userId, connectionId)</c>): the store keeps several values under a key, so the write may add one to them, where
    /// the fake's single value per key replaced them or refused a second as a taken key (h-everyday2, session 20). Null
    /// when no member reads so.
    /// </summary>
    private static string? SeveralValuesPerKey(ParseContext context, KeyValueShape shape, MemberCandidate write)
    {
        var value = TypeNames.Underlying(shape.ValueType);
        if (shape.IsObjectStore || value is ITypeParameterSymbol)
        {
            return null;
        }

        foreach (var candidate in shape.Candidates)
        {
            // A removal by a prefix, pattern, tag or region that answers the keys it removed reads no values (h-leftover2:
            // nopCommerce's IEnumerable<string> RemoveByPrefix(prefix) over a store of strings).
            if (ReferenceEquals(candidate, write) || candidate.Method is null || candidate.Parameters.Length != 1
                || shape.VerbOf(candidate).Verb is KeyValueVerb.RemoveByPrefix or KeyValueVerb.RemoveByPattern or KeyValueVerb.EvictByTag or KeyValueVerb.ClearRegion
                || !IsKey(context, shape, candidate.Parameters[0])
                || candidate.Result is not { } result || TypeFacts.SameType(TypeNames.Underlying(result), value)
                || TypeFacts.EnumerableElement(result) is not { } element || !TypeFacts.SameType(TypeNames.Underlying(element), value))
            {
                continue;
            }

            return "'" + candidate.Symbol.Name + "' reads a collection of " + value.ToDisplayString() + " for one key, so the store keeps several values under a key"
                + " (a set or list per key, as a SignalR connection mapping keeps each user's connections), and whether '" + write.Symbol.Name
                + "' adds one to them, replaces them or refuses a second is not said; the fake keeps one value per key";
        }

        return null;
    }

    /// <summary>
    /// Why a read of a counter declared not null has no proven meaning for a counter never written (<c>ValueTask&lt;long&gt;
    /// GetAsync(key)</c> beside <c>IncrementAsync(key)</c>, no other write): the store's only writes start a missing key at 0,
    /// so a read of it may be 0 (StackExchange.Redis reads a missing key as a null value that converts to 0) or the not-found
    /// error; before h-everyday2 (session 20) it was the not-found error. Null when a setting states it, the result is
    /// nullable, or the store has another write.
    /// </summary>
    private static string? UnwrittenCounterRead(ParseContext context, KeyValueShape shape)
    {
        if (context.Settings.MissingKeyReadsStated)
        {
            return null;
        }

        var counts = false;
        foreach (var candidate in shape.Candidates)
        {
            switch (shape.VerbOf(candidate).Verb)
            {
                case KeyValueVerb.Increment or KeyValueVerb.Decrement:
                    counts = true;
                    break;
                case KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.Renew or KeyValueVerb.SetMany
                    or KeyValueVerb.GetOrAdd or KeyValueVerb.CompareAndSet or KeyValueVerb.Append or KeyValueVerb.None:
                    return null;
            }
        }

        return counts
            ? "its result is declared not null, and the store's only writes are counters (Increment, Decrement) that start a missing key at 0, so whether a read of a key never counted is 0"
              + " (StackExchange.Redis reads a missing key as a null value that converts to 0) or the not-found error is the store's own: state it on [InMemoryFake] with MissingKeyReads = MissingKeyRead.Default (0) or MissingKeyRead.NotFound, or declare the result nullable"
            : null;
    }
}
