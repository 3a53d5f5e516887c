using System.Linq;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>Why nothing says what a store of <c>object</c> values holds, after "no member of IX".</summary>
    private const string UnnamedValuesCause = " puts a value in or hands one out (no Set, Add, Get, TryGet, GetAll…) or reads what the store holds (Keys, Exists, Count), so nothing says what the store holds:";

    /// <summary>
    /// Why a removal (<c>Delete</c>/<c>Remove</c> by key, <c>Clear</c>, removal by prefix, pattern, tag or region) cannot be
    /// generated in a store whose values no member names, else null: no member, generated or written in the partial class,
    /// puts a value in or hands one out (no Set, Add, Get, TryGet, GetAll, GetOrAdd…, no indexer) or reads what the store
    /// holds (Keys, Exists, Count, Any, IsEmpty: a set of keys whose add is written by hand stays), so the fake's table holds
    /// <c>object</c> and nothing the caller does fills it or sees it. What such a removal acts on is the real store's own state, which the
    /// interface does not show: Hangfire's <c>Delete(jobId)</c> (baranacikgoz's <c>IBackgroundJobs</c>) moves the job to its
    /// Deleted state, where it stays (<c>Requeue</c> brings it back, a second delete answers true again), and DDDToolkit's
    /// <c>IDDDBuilder.Clear()</c> empties the service collection its <c>Services</c> property hands out. The fake's removal
    /// could only act on an empty table: false for every key, or nothing cleared (h-sample70). The same holds for a member
    /// that acts on entries already held without handing out their value (<c>Refresh</c>/<c>Touch</c>, <c>Expire</c>, a
    /// time-to-live read): HeBianGu's <c>IRepositoryPresenter.RefreshData()</c> reloads the app's image collection from its
    /// database, where the fake touched the sliding expiry of a single value nothing could put in (h-sample81).
    /// </summary>
    private static string? UnnamedValuesRefusal(ParseContext context, KeyValueShape shape, KeyValueVerb verb)
    {
        var touch = verb is KeyValueVerb.Refresh or KeyValueVerb.Expire or KeyValueVerb.TimeToLive;
        if (!shape.IsObjectStore || !(touch || verb is KeyValueVerb.Delete or KeyValueVerb.DeleteMany or KeyValueVerb.Clear or KeyValueVerb.RemoveByPrefix
            or KeyValueVerb.RemoveByPattern or KeyValueVerb.EvictByTag or KeyValueVerb.ClearRegion))
        {
            return null;
        }

        foreach (var candidate in shape.Candidates.Concat(context.HandWritten))
        {
            if (candidate.Property is { IsIndexer: true })
            {
                return null;
            }

            if (shape.VerbOf(candidate).Verb is KeyValueVerb.Get or KeyValueVerb.TryGet or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace
                or KeyValueVerb.Append or KeyValueVerb.Renew or KeyValueVerb.SetMany or KeyValueVerb.GetAll or KeyValueVerb.GetMany or KeyValueVerb.GetOrAdd
                or KeyValueVerb.CompareAndSet or KeyValueVerb.Increment or KeyValueVerb.Decrement or KeyValueVerb.CopyTo
                or KeyValueVerb.Keys or KeyValueVerb.Exists or KeyValueVerb.Count or KeyValueVerb.Any or KeyValueVerb.IsEmpty)
            {
                return null;
            }
        }

        if (touch)
        {
            return "no member of " + context.InterfaceName + UnnamedValuesCause
                + " a refresh, expiry or time-to-live read of its entries acts on the real store's own state, which the interface does not show (HeBianGu's"
                + " IRepositoryPresenter.RefreshData() reloads the app's image collection from its database), where the fake could only touch a table nothing fills"
                + " (nothing refreshed, no time to live); write the member, with the write or read it belongs with";
        }

        return "no member of " + context.InterfaceName + UnnamedValuesCause
            + " the removal acts on the real store's own state, which the interface does not show (Hangfire's Delete(jobId) moves the job to its Deleted state, where"
            + " Requeue finds it again and a second Delete answers true; DDDToolkit's IDDDBuilder.Clear() empties the collection its Services property hands out),"
            + " where the fake could only remove from a table nothing fills; write the member, with the write or read it belongs with";
    }
}
