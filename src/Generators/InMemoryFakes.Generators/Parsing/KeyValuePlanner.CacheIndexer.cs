using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why an indexer with a setter cannot be generated on an interface named a cache whose only write of a value is a plain
    /// add returning nothing (<c>void Add(string key, object data, int cacheTime = 30)</c>, itself refused: whether a key
    /// already cached is replaced, kept or an error is the cache's own), else null. With no <c>Set</c>, <c>Put</c>,
    /// <c>Save</c>… beside it, the setter is that add in such a cache: Mzl's <c>MemoryCacheCache</c> (bek1nd/hotel, h-sample78)
    /// writes <c>set { Add(key, value); }</c>, an <c>ObjectCache.Add</c> that keeps the value already cached and stores for
    /// the add's default 30 minutes, where the setter was generated as a plain set that replaced it, silently. So the setter
    /// is as open as the add. A plain set beside it (or no add at all: <c>ObjectCache</c>'s own indexer sets) keeps the
    /// indexer a set.
    /// </summary>
    private static string? CacheIndexerBesideAdd(ParseContext context, KeyValueShape shape, IPropertySymbol indexer)
    {
        if (indexer.SetMethod is null || shape.Candidates.Any(other => other.Method is not null && shape.VerbOf(other).Verb == KeyValueVerb.Set))
        {
            return null;
        }

        var add = shape.Candidates.FirstOrDefault(other => other.Method is { Parameters.Length: >= 2 }
            && shape.VerbOf(other).Verb == KeyValueVerb.SetIfAbsent
            && TypeFacts.VoidOrBool(other) == false
            && PlainCacheAdd(context, shape, other) is not null);
        // With TakenKeyAdds stated the add is generated, but the setter stays refused: it is the add called with the add's own
        // defaults (Mzl's 30-minute cacheTime), which the indexer's signature does not show.
        return add is null
            ? null
            : context.Settings.TakenKeyAdds != 0
            ? "its setter, on a cache ('" + context.InterfaceName + "') whose only write is the plain add '" + add.Symbol.Name + "', is that add in such caches (Mzl's MemoryCacheCache: set { Add(key, value); },"
              + " with the add's default 30-minute cacheTime), which an indexer's signature does not show; TakenKeyAdds states the add, not the setter;"
              + " write the indexer: its getter Store.Get(key) (null when missing), its setter the add's call"
            : "its setter, on a cache ('" + context.InterfaceName + "') whose only write is the plain add '" + add.Symbol.Name + "' (refused itself: whether a key already cached is replaced,"
              + " kept or an error is the cache's own), is that add in such caches (Mzl's MemoryCacheCache: set { Add(key, value); }, an ObjectCache.Add that keeps the value already cached),"
              + " so what it does with a cached key is as open as the add; write the indexer: its getter Store.Get(key) (null when missing), its setter Store.SetIfAbsent(key, value) when it keeps"
              + " the first value or Store.Set(key, value) when it replaces";
    }
}
