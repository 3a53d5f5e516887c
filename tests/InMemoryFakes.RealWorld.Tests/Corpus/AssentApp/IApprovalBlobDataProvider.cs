// Source: https://github.com/microsoft/assent-app
// Commit: 3cbc69b
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After agent-governance-toolkit in
//   find_repos("microsoft/a"): azure-devops-intellij, archai, ark, Azure-RMSDocs.de-de, aibast-agents-library,
//   azure_arc, agent-framework-go, ACES, ApplicationInsights-node.js, azurechat, amplifier, azure-linux-image-tools,
//   AL-Go, agora-workbench, agent-lightning, azure-docs.ru-ru, aici: no C# file; Agents-for-net: a corpus source; ai-edu
//   (594 MB): over fetch's limit; accessibility-insights-windows: IChannelInfoProvider, 1 member;
//   automatic-graph-layout, azure-pipelines-extensions, aspire.dev: no interface of the pattern; appcenter-cli: C# under
//   test paths only; APSI: one client file, none by name.
//   This one: the 2nd pick (assent-app). Before it in path order: Approvals.LogManager's ILogProvider (4 members that
//   log; nothing is read back: skipped).
// Path: source/dotnet/Core/Approvals.Common.BL/Interface/IApprovalBlobDataProvider.cs (real store:
//   Helpers/ApprovalBlobDataProvider.cs, over Approvals.Data.Azure.Storage's BlobStorageHelper; models:
//   Contract/Approvals.Model/ApprovalDetailsEntity.cs, ApprovalSummaryRow.cs, BaseTableEntity.cs; the container names:
//   Contract/Approvals.Contracts/Constants.cs)
// Adapted: the namespaces (one for all). BaseTableEntity keeps PartitionKey, RowKey and Timestamp (its Azure.Data.Tables
//   ITableEntity and ETag dropped); ApprovalDetailsEntity as declared; ApprovalSummaryRow cut down to Approver,
//   DocumentNumber, SummaryJson and BlobPointer; Constants to the four container names. Nullable disabled, as in the
//   source (Approvals.Common.BL.csproj sets none).
// Real store: ApprovalBlobDataProvider over Azure blob containers. AddApprovalDetails(row, blobPointer) uploads
//   row.JSONData as text to the "approvalblobdata" container under the name blobPointer (overwrite: true);
//   GetApprovalDetailsFromBlob(entity) downloads the blob named entity.BlobPointer from that container into
//   entity.JSONData and returns the same entity (a blob not there: Azure's RequestFailedException 404). The summary pair
//   does the same with row.SummaryJson in "approvalsummaryblobdata". GetListOfSummaryJsonFromBlobByApprover(approver)
//   lists that container's blobs under the prefix approver (with "/" as delimiter, recursively) and answers a dictionary
//   from the second path segment of each name (name.Split('/')[1]) to its text. DeleteBlobData(blobPointer,
//   containerName = "approvalblobdata") deletes the blob if it exists (none: nothing happens). UploadFileToBlob(blobPointer,
//   containerName, stream) uploads the stream (overwrite). GetTenantImageBase64(fileName) answers the Base64 of the blob
//   in "tenanticons", or "" when it is not there (or any error, logged). GetBlobByDocumentId(alias, tenantId,
//   documentNumber) looks for the blob "alias|tenantId|documentNumber" in "notificationimages": an HttpResponseMessage 200
//   whose content is the blob's URI, else 500 with empty content (JSON content type either way).
// Shapes: *=11
// First try (ac6de91): incomplete, no member generated: IMF0001 on all nine, read as a blob store: the seven whose verb
//   carries other words (GetApprovalDetailsFromBlob, AddApprovalDetails, GetApprovalSummaryJsonFromBlob,
//   GetListOfSummaryJsonFromBlobByApprover, AddApprovalSummaryJson, GetBlobByDocumentId, UploadFileToBlob,
//   GetTenantImageBase64: "not a known verb") and DeleteBlobData ("its parameter 'containerName' has no meaning for a blob
//   store"). The probe stops at AddApprovalDetails, the script's first line | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: the store spans four containers chosen by the member (or a
//   containerName argument), reads fill the entity passed in from a blob named by its BlobPointer property, the
//   approver's list keys each text by a segment of the blob's name, and GetBlobByDocumentId builds an HTTP response
//   holding a URI; each is the helper's own code, which no signature shows.
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AssentApp.IApprovalBlobDataProviderCase;

public static class Constants
{
    public const string ApprovalAzureBlobContainerName = "approvalblobdata";
    public const string ApprovalSummaryBlobContainerName = "approvalsummaryblobdata";
    public const string TenantImagesBlobContainerName = "tenanticons";
    public const string NotificationImagesBlobName = "notificationimages";
}

public class BaseTableEntity
{
    public BaseTableEntity()
    {
    }

    public BaseTableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; }
    public string RowKey { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
}

public class ApprovalDetailsEntity : BaseTableEntity
{
    public int TenantID { get; set; }
    public string JSONData { get; set; }
    public string BlobPointer { get; set; }
    public string Version { get; set; }
    public string ApproverDomain { get; set; }
}

public class ApprovalSummaryRow : BaseTableEntity
{
    public string Approver { get; set; }
    public string DocumentNumber { get; set; }
    public string SummaryJson { get; set; }
    public string BlobPointer { get; set; }
}

[InMemoryFake]
public interface IApprovalBlobDataProvider
{
    Task<ApprovalDetailsEntity> GetApprovalDetailsFromBlob(ApprovalDetailsEntity filteredSummaryRows);

    Task AddApprovalDetails(ApprovalDetailsEntity row, string blobPointer);

    Task<ApprovalSummaryRow> GetApprovalSummaryJsonFromBlob(ApprovalSummaryRow approvalSummaryRow);

    Task<Dictionary<string, string>> GetListOfSummaryJsonFromBlobByApprover(string approver);

    Task AddApprovalSummaryJson(ApprovalSummaryRow row, string blobPointer);

    Task DeleteBlobData(string blobPointer, string containerName = Constants.ApprovalAzureBlobContainerName);

    Task<HttpResponseMessage> GetBlobByDocumentId(string alias, string tenantId, string documentNumber);

    Task UploadFileToBlob(string blobPointer, string containerName, Stream stream);

    Task<string> GetTenantImageBase64(string fileName);
}

public static class Smoke
{
    public static async Task RunAsync(IApprovalBlobDataProvider blobs)
    {
        await blobs.AddApprovalDetails(new ApprovalDetailsEntity { JSONData = "{\"amount\":10}" }, "1|DOC-1");
        var asked = new ApprovalDetailsEntity { BlobPointer = "1|DOC-1", TenantID = 1 };
        var details = await blobs.GetApprovalDetailsFromBlob(asked);
        Check.True(ReferenceEquals(asked, details), "the read fills the entity it is given and returns it");
        Check.Equal("{\"amount\":10}", details.JSONData, "the details blob holds the JSON written under the pointer");
        await blobs.AddApprovalDetails(new ApprovalDetailsEntity { JSONData = "{\"amount\":11}" }, "1|DOC-1");
        Check.Equal("{\"amount\":11}", (await blobs.GetApprovalDetailsFromBlob(new ApprovalDetailsEntity { BlobPointer = "1|DOC-1" })).JSONData, "a second add overwrites the blob");

        await blobs.AddApprovalSummaryJson(new ApprovalSummaryRow { SummaryJson = "{\"title\":\"A\"}" }, "alice/DOC-1");
        await blobs.AddApprovalSummaryJson(new ApprovalSummaryRow { SummaryJson = "{\"title\":\"B\"}" }, "alice/DOC-2");
        await blobs.AddApprovalSummaryJson(new ApprovalSummaryRow { SummaryJson = "{\"title\":\"C\"}" }, "bob/DOC-3");
        Check.Equal("{\"title\":\"A\"}", (await blobs.GetApprovalSummaryJsonFromBlob(new ApprovalSummaryRow { BlobPointer = "alice/DOC-1" })).SummaryJson, "the summary blob holds the JSON written under the pointer");
        var alice = await blobs.GetListOfSummaryJsonFromBlobByApprover("alice");
        Check.Equal(2, alice.Count, "the approver's summaries are the blobs under the approver's prefix");
        Check.Equal("{\"title\":\"B\"}", alice["DOC-2"], "keyed by the name's second segment");
        await Check.ThrowsAsync<Exception>(
            () => blobs.GetApprovalDetailsFromBlob(new ApprovalDetailsEntity { BlobPointer = "alice/DOC-1" }),
            "details and summaries are separate containers: a summary's pointer is no details blob (404)");

        await blobs.DeleteBlobData("1|DOC-1");
        await Check.ThrowsAsync<Exception>(
            () => blobs.GetApprovalDetailsFromBlob(new ApprovalDetailsEntity { BlobPointer = "1|DOC-1" }),
            "a deleted details blob is gone (404)");
        await blobs.DeleteBlobData("1|DOC-1");
        await blobs.DeleteBlobData("bob/DOC-3", Constants.ApprovalSummaryBlobContainerName);
        Check.Equal(0, (await blobs.GetListOfSummaryJsonFromBlobByApprover("bob")).Count, "a delete names its container");

        Check.Equal("", await blobs.GetTenantImageBase64("contoso.png"), "a tenant image not there is the empty string");
        await blobs.UploadFileToBlob("contoso.png", Constants.TenantImagesBlobContainerName, new MemoryStream(new byte[] { 1, 2, 3 }));
        Check.Equal("AQID", await blobs.GetTenantImageBase64("contoso.png"), "the image's bytes in Base64");

        var missing = await blobs.GetBlobByDocumentId("alice", "1", "DOC-9");
        Check.Equal(HttpStatusCode.InternalServerError, missing.StatusCode, "no notification image: 500");
        await blobs.UploadFileToBlob("alice|1|DOC-9", Constants.NotificationImagesBlobName, new MemoryStream(Encoding.UTF8.GetBytes("png")));
        Check.Equal(HttpStatusCode.OK, (await blobs.GetBlobByDocumentId("alice", "1", "DOC-9")).StatusCode, "the image named alias|tenant|document: 200");
    }
}
