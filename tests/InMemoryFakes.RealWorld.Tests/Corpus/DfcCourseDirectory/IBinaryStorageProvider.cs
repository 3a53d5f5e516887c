// Source: https://github.com/SkillsFundingAgency/dfc-coursedirectory
// Commit: 1e27eb26606a (the snapshot's HEAD, 2026-05-13, "Merge pull request #2882 … release/live-service/115";
//   Dfc.CourseDirectory.Core/BinaryStorageProvider/ last changed in caa24759a "move source code and test projects to root
//   folder", 2025-07-07; BlobStorageBinaryStorageProvider.cs, BlobFileInfo.cs and WebV2/ServiceCollectionExtensions.cs
//   read at the same commit)
// Licence: MIT (LICENSE at the root, "Copyright (c) 2018 Education and Skills Funding Agency Team"; an interface
//   signature and a minimal model transcribed for a test)
// Sample: h-sample137 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample137-rule.md,
//   with the walk): education codebases (schools, students, courses, exams); the repositories find_repos("School")
//   lists, in its order, then "Student", "Course", "Exam", keeping those with C# files; in each, at its newest stored
//   snapshot, the FIRST C# interface declaration in git grep's order outside test paths whose implementation in the same
//   repository keeps state and which has at least 3 members (inherited ones count when the base is declared in the same
//   repository); licensed, not a corpus source, at most 1 per repository, stop after 3. The four lists gave two picks:
//   (1) SkillsFundingAgency/dfc-coursedirectory IBinaryStorageProvider (this one), (2) Spirzen/it-code-examples
//   IUserRepository.
//   This one: find_repos("Course") #92 (the "School" and "Student" lists gave none); the snapshot's second interface
//   (the first, IBackgroundWorkScheduler, declares one member).
// Path: Dfc.CourseDirectory.Core/BinaryStorageProvider/IBinaryStorageProvider.cs (real store:
//   Dfc.CourseDirectory.Core/BinaryStorageProvider/BlobStorageBinaryStorageProvider.cs, registered as a singleton by
//   Dfc.CourseDirectory.WebV2/ServiceCollectionExtensions.cs; model: BlobFileInfo.cs; the WebV2 tests replace it with a
//   Moq mock whose listing answers an empty array)
// Adapted: the namespace (the source's Dfc.CourseDirectory.Core.BinaryStorageProvider). Nullable disabled, as in the
//   source (Dfc.CourseDirectory.Core.csproj, net8.0, C# 9, no Nullable property).
// Real store: BlobStorageBinaryStorageProvider over one Azure blob container (Azure.Storage.Blobs 12.26.0; the container
//   created on first use). Each member throws ArgumentException ("Path cannot be empty.", naming 'path') for a null or
//   empty path, and the two stream members ArgumentNullException for a null stream, before any call. TryDownloadFile
//   writes the blob's bytes into the destination at its position (BlobClient.DownloadToAsync) and answers true; a
//   missing blob (404) answers false and writes nothing. UploadFile uploads the stream as a block blob with
//   BlobClient.UploadAsync(Stream), whose overwrite is false: a name already stored throws RequestFailedException (409,
//   BlobAlreadyExists) and the blob keeps its bytes. ListFiles(path) lists every blob whose name starts with path
//   (GetBlobsAsync(prefix: path): a plain prefix, no delimiter, so names nested below it are listed too), in name order,
//   as BlobFileInfo { Name = the full blob name, Size = its content length, DateUploaded = its creation time }.
// Shapes: *=11
// First try (7c1e58fd): incomplete: IMF0001 TryDownloadFile ("'TryDownloadFile' is not a known verb": a refused member whose
//   meaning the signature proves, a download into the caller's stream whose bool says found) and ListFiles ("its result
//   type BlobFileInfo has a settable property that no blob property fills, 'DateUploaded'": right, the time of a blob's
//   upload being its first write (Azure's CreatedOn, this store's) or its last (S3's LastModified) as the store chooses);
//   generated: UploadFile (the stream's bytes stored under the path; a blank path ArgumentException, a null stream
//   ArgumentNullException) | WRONG: UploadFile (a second upload of a stored name replaces the blob, where the real
//   store's UploadAsync(Stream) throws RequestFailedException 409 and keeps the blob: no signature shows it, the
//   ExistingBlobWrites default being Replace). The smoke script does not run (incomplete). Also, had ListFiles been
//   generated: its 'path' was read as a directory (the blobs under '{path}/'), where the real store's is a plain prefix
//   ('uploads/venues' lists 'uploads/venues-2024/…' too).
// Configured: ExistingBlobWrites = ExistingBlobWrite.Refuse (UploadFile of a taken name: the real UploadAsync(Stream)
//   without overwrite throws 409 and keeps the blob; the fake's duplicate-key error, store unchanged).
// After this round: incomplete: TryDownloadFile generated (h-sample137: a TryDownload into the caller's stream returning
//   bool: false and nothing written for a missing blob); UploadFile refuses a taken name (Configured); ListFiles still
//   IMF0001 for DateUploaded. A listing by a parameter named 'path' now answers where the prefix and directory readings
//   agree and throws InvalidOperationException where they differ (BlobKeys.PathListing), so ListFiles, once written or
//   generated, cannot silently read 'uploads/venues' as a directory.
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DfcCourseDirectory.IBinaryStorageProviderCase;

public class BlobFileInfo
{
    public string Name { get; set; }
    public long? Size { get; set; }
    public DateTimeOffset? DateUploaded { get; set; }
}

[InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse)]
public interface IBinaryStorageProvider
{
    Task<bool> TryDownloadFile(string path, Stream destination);
    Task UploadFile(string path, Stream source);
    Task<IReadOnlyCollection<BlobFileInfo>> ListFiles(string path);
}

public static class Smoke
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<(bool Found, string Text)> DownloadAsync(IBinaryStorageProvider storage, string path)
    {
        var destination = new MemoryStream();
        var found = await storage.TryDownloadFile(path, destination);
        return (found, Encoding.UTF8.GetString(destination.ToArray()));
    }

    public static async Task RunAsync(IBinaryStorageProvider storage)
    {
        var missing = await DownloadAsync(storage, "uploads/venues/1.csv");
        Check.False(missing.Found, "a blob not uploaded: TryDownloadFile answers false (404 caught)");
        Check.Equal("", missing.Text, "and writes nothing into the destination");

        await storage.UploadFile("uploads/venues/1.csv", Bytes("name,postcode"));
        var found = await DownloadAsync(storage, "uploads/venues/1.csv");
        Check.True(found.Found, "an uploaded blob is found");
        Check.Equal("name,postcode", found.Text, "and its bytes are written into the destination");

        var positioned = new MemoryStream();
        positioned.Write(Encoding.UTF8.GetBytes(">"));
        Check.True(await storage.TryDownloadFile("uploads/venues/1.csv", positioned), "a download into a stream already written to");
        Check.Equal(">name,postcode", Encoding.UTF8.GetString(positioned.ToArray()), "writes at the destination's position (DownloadToAsync)");

        await Check.ThrowsAsync<Exception>(() => storage.UploadFile("uploads/venues/1.csv", Bytes("other")), "a second upload of the same name throws: UploadAsync(Stream) does not overwrite (409 BlobAlreadyExists)");
        Check.Equal("name,postcode", (await DownloadAsync(storage, "uploads/venues/1.csv")).Text, "and the blob keeps its bytes");

        await storage.UploadFile("uploads/venues/archive/0.csv", Bytes("old"));
        await storage.UploadFile("uploads/venues-2024/2.csv", Bytes("x"));
        await storage.UploadFile("uploads/courses/3.csv", Bytes("course"));

        var venues = await storage.ListFiles("uploads/venues/");
        Check.Equal("uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", venues.Select(static f => f.Name)), "ListFiles lists every blob under the prefix, nested ones too, by full name in name order");
        Check.Equal(13L, venues.First().Size, "Size is the blob's content length");
        Check.True(venues.All(static f => f.DateUploaded.HasValue), "DateUploaded is the blob's creation time");

        var prefixed = await storage.ListFiles("uploads/venues");
        Check.Equal("uploads/venues-2024/2.csv,uploads/venues/1.csv,uploads/venues/archive/0.csv", string.Join(",", prefixed.Select(static f => f.Name)), "the path is a plain prefix: 'uploads/venues' also lists 'uploads/venues-2024/…'");
        Check.Equal(0, (await storage.ListFiles("reports/")).Count, "a prefix no blob has lists nothing");

        await Check.ThrowsAsync<ArgumentException>(() => storage.ListFiles(""), "an empty path is ArgumentException");
        await Check.ThrowsAsync<ArgumentException>(() => storage.UploadFile("", Bytes("x")), "for an upload too");
        await Check.ThrowsAsync<ArgumentException>(() => storage.TryDownloadFile("", new MemoryStream()), "and a download");
        await Check.ThrowsAsync<ArgumentNullException>(() => storage.TryDownloadFile("uploads/venues/1.csv", null), "a null destination is ArgumentNullException");
        await Check.ThrowsAsync<ArgumentNullException>(() => storage.UploadFile("uploads/other.csv", null), "a null source is ArgumentNullException");
        Check.False((await DownloadAsync(storage, "uploads/other.csv")).Found, "and the failed upload stored nothing");
    }
}
