// Source: https://github.com/NuGet/NuGetGallery
// Commit: 55d8cc0bc95f
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 1st of NuGet/NuGetGallery.
// Path: src/Catalog/Icons/IIconCopyResultCache.cs (models: src/Catalog/Icons/ExternalIconCopyResult.cs,
//   src/Catalog/Persistence/IStorage.cs)
// Adapted: ExternalIconCopyResult drops its Success/Fail factories; IStorage keeps ResolveUri (its full form is the
//   corpus file NuGetGallery/IStorage.cs).
// Real store: src/Catalog/Icons/IconCopyResultCache.cs (a ConcurrentDictionary<Uri, ExternalIconCopyResult> loaded
//   from and saved to a JSON blob by InitializeAsync/SaveAsync, outside this interface): Get(iconUrl) returns the
//   result stored for the URL, or null when there is none AND when it is a failure (StorageUrl null) whose Expiration
//   is unset or past; SaveExternalIcon copies the icon blob into cacheStorage under "icon-cache/" + the SHA-512 of the
//   URL, stores a success and returns the cache URL (a stored success is returned without copying);
//   SaveExternalCopyFailure stores a failure expiring after the configured failCacheTime, but never over a success;
//   Clear(externalIconUrl) removes the URL's result.
// Shapes: Get=10; SaveExternalIcon=core; SaveExternalCopyFailure=1; Clear=19
// First try (ffaa154): incomplete: IMF0001 SaveExternalIcon, SaveExternalCopyFailure, Clear | WRONG: Get returns a
//   stored failure result past its Expiration, where the real store returns null (the value carries its own expiry,
//   which the generated key-value Get ignores); now refused (IMF0001: a key-value read of values that carry their own
//   expiry date, docs/generator.md key-value refused guesses)
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NuGetGallery.IIconCopyResultCacheCase;

public class ExternalIconCopyResult
{
    public Uri SourceUrl { get; set; }
    public Uri StorageUrl { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public bool IsCopySucceeded => StorageUrl != null;
}

public interface IStorage
{
    Uri ResolveUri(string relativeUri);
}

[InMemoryFake]
public interface IIconCopyResultCache
{
    ExternalIconCopyResult Get(Uri iconUrl);
    Task<Uri> SaveExternalIcon(Uri originalIconUrl, Uri storageUrl, IStorage mainDestinationStorage, IStorage cacheStorage, CancellationToken cancellationToken);
    void SaveExternalCopyFailure(Uri iconUrl);
    void Clear(Uri externalIconUrl);
}

public static class Smoke
{
    public static Task RunAsync(IIconCopyResultCache cache)
    {
        var ok = new Uri("https://example.org/ok.png");
        var failed = new Uri("https://example.org/failed.png");
        var stored = new Uri("https://cache.example/icon-cache/ABC");
        ((IInMemoryFake)cache).Seed(
            new KeyValuePair<Uri, ExternalIconCopyResult>(ok, new ExternalIconCopyResult { SourceUrl = ok, StorageUrl = stored }),
            new KeyValuePair<Uri, ExternalIconCopyResult>(failed, new ExternalIconCopyResult { SourceUrl = failed, Expiration = DateTimeOffset.UtcNow.AddDays(-1) }));
        Check.Equal(stored, cache.Get(ok)?.StorageUrl, "Get returns a stored success");
        Check.Null(cache.Get(new Uri("https://example.org/none.png")), "Get of an unknown URL is null");
        Check.Null(cache.Get(failed), "Get of a failure past its expiration is null");
        cache.SaveExternalCopyFailure(ok);
        Check.True(cache.Get(ok)?.IsCopySucceeded == true, "SaveExternalCopyFailure never replaces a success");
        cache.Clear(ok);
        Check.Null(cache.Get(ok), "Clear removes the URL's result");
        return Task.CompletedTask;
    }
}
