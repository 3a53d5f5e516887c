// Source: https://github.com/microsoft/fhir-server
// Commit: 14f52857e323
// Licence: MIT
// Path: src/Microsoft.Health.Fhir.Core/Features/Operations/Export/ILegacyExportOperationDataStore.cs (Export/Models/
//   ExportJobOutcome.cs, ExportJobRecord.cs; Features/Persistence/WeakETag.cs; Features/Operations/JobNotFoundException.cs)
// Adapted: ExportJobRecord keeps Id, Status, QueuedTime and ResourceType of its ~40 properties; WeakETag keeps
//   FromVersionId without its format check; JobNotFoundException derives from Exception (not FhirException).
// Real store: src/Microsoft.Health.Fhir.CosmosDb/Features/Storage/Operations/CosmosFhirOperationDataStore.cs: reads the
//   legacy export job document by id and returns it with its Cosmos ETag as a WeakETag; a missing id throws
//   JobNotFoundException. Nothing in the interface writes a job (the documents are legacy ones, written by older
//   versions).
// Shapes: *=14
// Configured: NotFoundException = typeof(JobNotFoundException): the real store throws its own JobNotFoundException for a
//   missing id, which the interface names only in a doc comment (docs/generator.md, attribute settings).
// First try (bb0aa1c): incomplete: IMF0001 GetLegacyExportJobByIdAsync (a wrapper result) | WRONG: none
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FhirServer.ILegacyExportOperationDataStoreCase;

public enum OperationStatus
{
    Unknown,
    Queued,
    Running,
    Completed,
    Failed,
    Canceled,
}

public class ExportJobRecord
{
    public string Id { get; set; }
    public OperationStatus Status { get; set; }
    public DateTimeOffset QueuedTime { get; set; }
    public string ResourceType { get; set; }
}

public class WeakETag
{
    private WeakETag(string versionId)
    {
        VersionId = versionId;
    }

    public string VersionId { get; }

    public static WeakETag FromVersionId(string versionId) => new(versionId ?? throw new ArgumentNullException(nameof(versionId)));

    public override string ToString() => $"W/\"{VersionId}\"";
}

public class ExportJobOutcome
{
    public ExportJobOutcome(ExportJobRecord jobRecord, WeakETag eTag)
    {
        JobRecord = jobRecord ?? throw new ArgumentNullException(nameof(jobRecord));
        ETag = eTag ?? throw new ArgumentNullException(nameof(eTag));
    }

    public ExportJobRecord JobRecord { get; }

    public WeakETag ETag { get; }
}

public class JobNotFoundException : Exception
{
    public JobNotFoundException(string message)
        : base(message)
    {
    }
}

[InMemoryFake(NotFoundException = typeof(JobNotFoundException))]
public interface ILegacyExportOperationDataStore
{
    Task<ExportJobOutcome> GetLegacyExportJobByIdAsync(string id, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(ILegacyExportOperationDataStore store)
    {
        ((IInMemoryFake)store).Seed(new ExportJobRecord { Id = "legacy-1", Status = OperationStatus.Completed, ResourceType = "Patient" });
        var outcome = await store.GetLegacyExportJobByIdAsync("legacy-1", CancellationToken.None);
        Check.Equal(OperationStatus.Completed, outcome.JobRecord.Status, "GetLegacyExportJobByIdAsync returns the job");
        Check.NotNull(outcome.ETag, "with an ETag");
        await Check.ThrowsAsync<JobNotFoundException>(() => store.GetLegacyExportJobByIdAsync("missing", CancellationToken.None), "a missing id throws JobNotFoundException");
    }
}
