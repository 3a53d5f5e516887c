using System;
using System.Linq;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a refresh or reload that takes no key (<c>RefreshNow()</c>, <c>ReloadAsync(ct)</c>, <c>RefreshAll()</c>) cannot be
    /// generated, else null. The store's <c>Refresh(key)</c>/<c>Touch(key)</c> renews one entry's sliding expiry; one that
    /// takes no key renews nothing the fake knows: it reloads the store's entries from where the real store gets them (a
    /// server, a file, a database: unlaunch's <c>UnlaunchHttpDataStore.RefreshNow()</c> starts a download of every flag,
    /// h-sample122), which a fake does not have. Before, the message read the word after the verb as a noun ("'Now' after
    /// it is no noun of this store").
    /// </summary>
    private static string? StoreReloadReason(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is null || !candidate.IsVoid || candidate.Parameters.Any(p => !TypeFacts.IsCancellationToken(context.Known, p.Type)))
        {
            return null;
        }

        // The words after the verb say when or what: now, all of it, or the store's own noun (ReloadFlags of a flag store).
        // Another noun is something else the store refreshes (AzureLibrariesForNet's IRedisCache.RefreshKeys() lists its
        // access keys again, answering them).
        var words = VerbNouns.Words(candidate.Verb);
        var tail = string.Concat(words.Skip(1));
        if (words.Count == 0 || !(words[0] is "Refresh" or "Reload" or "Resync" or "Sync")
            || !(tail.Length == 0 || tail is "Now" or "All" or "Immediately" || shape.Nouns.Contains(tail)))
        {
            return null;
        }

        return "it takes no key, so it is no " + words[0] + " of one entry (the store's Refresh/Touch(key) renews an entry's sliding expiry): '" + candidate.Verb
            + "' reloads the store's entries from where the real store gets them (a server, a file, a database), which the fake does not have, and what it keeps, drops or waits for meanwhile is the store's own; "
            + "write the member (an empty body keeps what the test seeded)";
    }
}
