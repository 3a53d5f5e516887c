// Source: https://github.com/ErsatzTV/ErsatzTV
// Commit: 2c02561f1
// Licence: Zlib (an interface signature transcribed for a test)
// Sample: h-sample10 rule, fixed before probing: in these repositories, in this order (HangfireIO/Hangfire,
//   Jackett/Jackett, duplicati/duplicati, files-community/Files, dnnsoftware/Dnn.Platform, VirtoCommerce/vc-platform,
//   ChilliCream/graphql-platform, dapr/dotnet-sdk, SteeltoeOSS/Steeltoe, ErsatzTV/ErsatzTV, Lidarr/Lidarr,
//   ShareX/ShareX, OData/AspNetCoreOData, linq2db/linq2db, JasperFx/marten), skipping any the tools do not hold or
//   already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Dnn.Platform (792 MB) and graphql-platform (992 MB) are over fetch's
//   500 MB limit: skipped, unprobed. Hangfire, Jackett, Files, Steeltoe and ShareX have no such interface; dapr's
//   IInterpretedMachineStore, vc-platform's IPlatformMemoryCache (1 member; its base IMemoryCache is not in the
//   repository) and IRequestScopedCache, and Lidarr's IArtistStatisticsRepository declare 2 or fewer; Lidarr's
//   IAutoTaggingRepository declares nothing beyond IBasicRepository<T>, a member-for-member copy of the corpus's
//   Sonarr IBasicRepository: not counted. The 12: duplicati ITokenFamilyStore; vc-platform IRepository and
//   IPushNotificationStorage; ErsatzTV IHlsInitSegmentCache and IEmbySecretStore; Lidarr IUserRepository and
//   IBlocklistRepository; AspNetCoreOData IAlternateKeyRepository; linq2db ICredentialStore and IMemoryCache; marten
//   IThingStore and IOtherStore (both only IDocumentStore, dozens of members: not transcribed, a gap to close).
//   This one: the 1st of ErsatzTV/ErsatzTV.
// Path: ErsatzTV.Core/FFmpeg/IHlsInitSegmentCache.cs
// Adapted: none. ErsatzTV.Core builds with <Nullable>disable</Nullable>.
// Real store: ErsatzTV.Core/FFmpeg/HlsInitSegmentCache.cs (two ConcurrentDictionary): AddSegment(segment) reads the
//   FILE at the path segment and hashes its content; unless its file name is known, it records file name -> hash, and
//   hash -> file name when that hash has no file yet (the first file with a content stays the earliest);
//   EarliestSegmentByHash(generatedAt) the earliest file name with the same content as "{generatedAt}_init.mp4"
//   (KeyNotFoundException when that name is unknown); IsEarliestByHash(fileName) whether fileName is that earliest one
//   (KeyNotFoundException when unknown); DeleteSegment(segment) forgets the file name segment (the hash's earliest
//   entry stays). A content-addressed index over files on disk.
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0001 AddSegment, EarliestSegmentByHash, IsEarliestByHash | WRONG: none
//   (DeleteSegment forgets the name, as the real one does). A content-addressed index over files on disk: refused
//   honestly (what AddSegment stores is computed from a file the signature only names).
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ErsatzTV.IHlsInitSegmentCacheCase;

[InMemoryFake]
public interface IHlsInitSegmentCache
{
    Task AddSegment(string segment);

    string EarliestSegmentByHash(long generatedAt);

    bool IsEarliestByHash(string fileName);

    void DeleteSegment(string segment);
}

public static class Smoke
{
    public static async Task RunAsync(IHlsInitSegmentCache store)
    {
        var folder = Directory.CreateTempSubdirectory("imf-hls-");
        try
        {
            var first = Path.Combine(folder.FullName, "100_init.mp4");
            var second = Path.Combine(folder.FullName, "200_init.mp4");
            var other = Path.Combine(folder.FullName, "300_init.mp4");
            await File.WriteAllTextAsync(first, "same");
            await File.WriteAllTextAsync(second, "same");
            await File.WriteAllTextAsync(other, "different");
            await store.AddSegment(first);
            await store.AddSegment(second);
            await store.AddSegment(other);
            Check.Equal("100_init.mp4", store.EarliestSegmentByHash(200), "the earliest file with the same content");
            Check.Equal("300_init.mp4", store.EarliestSegmentByHash(300), "a file with its own content is its own earliest");
            Check.True(store.IsEarliestByHash("100_init.mp4"), "the first file of a content is the earliest");
            Check.False(store.IsEarliestByHash("200_init.mp4"), "a later file of the same content is not");
            Check.Throws<KeyNotFoundException>(() => store.EarliestSegmentByHash(400), "an unknown segment throws KeyNotFoundException");
            store.DeleteSegment("200_init.mp4");
            Check.Throws<KeyNotFoundException>(() => store.IsEarliestByHash("200_init.mp4"), "a deleted segment is unknown");
            Check.Equal("100_init.mp4", store.EarliestSegmentByHash(100), "the others stay");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
