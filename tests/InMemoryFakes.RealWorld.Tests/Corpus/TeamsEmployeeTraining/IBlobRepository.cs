// Source: https://github.com/OfficeDev/microsoft-teams-apps-employeetraining
// Commit: 467ebb683042
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample36 rule, fixed before probing: the repositories find_repos("microsoft-teams-apps") answers with owner
//   OfficeDev, sorted ordinally by name, then Azure-Samples/cosmos-db-design-patterns, Azure-Samples/eShopOnAzure,
//   dotnet/eShopSupport and Azure-Samples/azure-search-openai-demo-csharp, skipping any the tools do not hold and every
//   interface already in the corpus (grep of Corpus/ for its name), at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b` in *.cs, paths sorted ordinally): the first
//   interface in ordinal path order (at most 1 per repository), outside paths containing "test" (any case), declaring at
//   least 3 members (inherited ones count if the base interface is in the same repository), whose members read or write
//   stored data (a …Provider that stores nothing is skipped); stop after 8; each transcribed whole (up to 50 members).
//   In that order: microsoft-teams-apps-adopt-bot, -askaway, -attendance, -buildingaccess, -call-queue-scheduler and
//   -champion-management have no *.cs file at their newest snapshot; -callrecord-insights has no such interface;
//   -crowdsourcer's first, IConfigurationStorageProvider, declares 2 members. No interface of these repositories was in
//   the corpus. So the rule picks 8, and stops before the Azure samples: appointment-manager IAgentRepository<TKey>,
//   bookaroom IFavoriteStorageProvider, celebrations IEventDataProvider, company-communicator IAppConfigRepository,
//   contactgrouplookup IFavoriteDistributionListDataRepository, course-companion IGradeRepository, crowdsourcer
//   IQnaServiceProvider, employeetraining IBlobRepository.
//   This one: the 1st of OfficeDev/microsoft-teams-apps-employeetraining (3 members).
// Path: Source/Microsoft.Teams.Apps.EmployeeTraining/Repositories/Blob/IBlobRepository.cs (real store: BlobRepository.cs
//   beside it)
// Adapted: XML comments dropped. CloudBlobClient is WindowsAzure.Storage's, declared (empty) in
//   Support/AzureStorageTypes.cs under its own namespace. Nullable disabled, as in the source.
// Real store: BlobRepository over Azure Blob Storage (WindowsAzure.Storage 9.3), container "events-photos" (created when
//   missing, public read access for blobs). UploadAsync(stream, contentType) names a new blob with a new GUID, sets its
//   content type, uploads the stream and answers the blob's absolute URI (https://<account>.blob.core.windows.net/
//   events-photos/<guid>). DeleteAsync(blobFilePath) takes such a URI: GetBlobReferenceFromServerAsync fetches the
//   blob's properties, which throws StorageException (404) for a blob that does not exist (rethrown); otherwise
//   DeleteIfExistsAsync (with its snapshots) and true. InitializeBlobClient() parses the connection string and answers
//   a new CloudBlobClient.
// First try (bf2541b): incomplete: IMF0001 UploadAsync (it takes no key and answers a string: the blob's URI, named by
//   a new GUID), InitializeBlobClient (not a known verb). Generated: DeleteAsync(blobFilePath), the removal of the blob
//   of that key, answering whether it removed one | WRONG: DeleteAsync of a blob that does not exist answers false,
//   where the real store throws StorageException (404) from GetBlobReferenceFromServerAsync, and answers true otherwise
//   (not reached: the probe stops at UploadAsync, in its first line).
// After this round: unchanged. UploadAsync's answer is a URI the store composes from its account, container and a new
//   GUID, which no signature says. DeleteAsync's bool means "removed" in every other blob store; that this one never
//   answers false is its own code.
// Still wrong: DeleteAsync of a blob that does not exist answers false (the real store throws StorageException 404);
//   the probe stops at UploadAsync before it.
#nullable disable

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.WindowsAzure.Storage.Blob;

namespace Corpus.TeamsEmployeeTraining.IBlobRepositoryCase;

[InMemoryFake]
public interface IBlobRepository
{
    Task<bool> DeleteAsync(string blobFilePath);

    CloudBlobClient InitializeBlobClient();

    Task<string> UploadAsync(Stream fileStream, string contentType);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobRepository store)
    {
        var first = await store.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes("photo one")), "image/png");
        var second = await store.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes("photo two")), "image/png");
        Check.True(first != second, "each upload is a new blob with a new name");
        Check.True(Uri.TryCreate(first, UriKind.Absolute, out var uri) && Guid.TryParse(uri.Segments[^1], out _), "UploadAsync answers the blob's absolute URI, named by a new GUID");
        Check.True(await store.DeleteAsync(first), "DeleteAsync of a stored blob's URI answers true");
        await Check.ThrowsAsync<Exception>(() => store.DeleteAsync(first), "DeleteAsync of a blob that does not exist throws (StorageException 404 from GetBlobReferenceFromServerAsync)");
        Check.True(await store.DeleteAsync(second), "the other blob is still there");
        Check.NotNull(store.InitializeBlobClient(), "InitializeBlobClient answers a client");
    }
}
