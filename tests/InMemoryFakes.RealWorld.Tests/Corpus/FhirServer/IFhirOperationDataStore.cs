// Source: https://github.com/microsoft/fhir-server
// Commit: 14f52857e323
// Licence: MIT
// Path: src/Microsoft.Health.Fhir.Core/Features/Operations/IFhirOperationDataStore.cs (Export/Models/ExportJobOutcome.cs,
//   ExportJobRecord.cs; Reindex/Models/ReindexJobWrapper.cs, ReindexJobRecord.cs; Features/Persistence/WeakETag.cs;
//   Features/Operations/JobNotFoundException.cs)
// Adapted: ExportJobRecord and ReindexJobRecord keep Id, Status, QueuedTime (and ResourceType); WeakETag keeps
//   FromVersionId without its format check; JobNotFoundException derives from Exception.
// Real store: src/Microsoft.Health.Fhir.Core/Features/Operations/FhirOperationDataStoreBase.cs over a job queue
//   (IQueueClient; SqlServerFhirOperationDataStore / CosmosFhirOperationDataStore): CreateExportJobAsync enqueues the
//   record and returns it with the job's id and version as the ETag; GetExportJobByIdAsync returns the job (its status
//   merged from the group's processing jobs) or throws JobNotFoundException; UpdateExportJobAsync checks the ETag
//   (JobConflictException when stale); AcquireExportJobsAsync / AcquireReindexJobsAsync dequeue jobs with a heartbeat;
//   CheckActiveReindexJobsAsync says whether a reindex job is queued or running.
// Shapes: *=14; AcquireExportJobsAsync=core; AcquireReindexJobsAsync=core; CheckActiveReindexJobsAsync=core
// Configured: NotFoundException = typeof(JobNotFoundException): the real store throws its own JobNotFoundException for a
//   missing id, which the interface names only in a doc comment (docs/generator.md, attribute settings).
// First try (bb0aa1c): incomplete: IMF0001 CreateExportJobAsync, UpdateExportJobAsync, CreateReindexJobAsync,
//   UpdateReindexJobAsync, AcquireExportJobsAsync, AcquireReindexJobsAsync, CheckActiveReindexJobsAsync; IMF0015
//   GetExportJobByIdAsync, GetReindexJobByIdAsync (results that wrap the record with an ETag) | WRONG: none
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FhirServer.IFhirOperationDataStoreCase;

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

public class ReindexJobRecord
{
    public string Id { get; set; }
    public OperationStatus Status { get; set; }
    public DateTimeOffset QueuedTime { get; set; }
}

public class ReindexJobWrapper
{
    public ReindexJobWrapper(ReindexJobRecord jobRecord, WeakETag eTag)
    {
        JobRecord = jobRecord ?? throw new ArgumentNullException(nameof(jobRecord));
        ETag = eTag ?? throw new ArgumentNullException(nameof(eTag));
    }

    protected ReindexJobWrapper()
    {
    }

    public ReindexJobRecord JobRecord { get; }

    public WeakETag ETag { get; }
}

[InMemoryFake(NotFoundException = typeof(JobNotFoundException))]
public interface IFhirOperationDataStore
{
    Task<ExportJobOutcome> CreateExportJobAsync(ExportJobRecord jobRecord, CancellationToken cancellationToken);
    Task<ExportJobOutcome> GetExportJobByIdAsync(string id, CancellationToken cancellationToken);
    Task<ExportJobOutcome> UpdateExportJobAsync(ExportJobRecord jobRecord, WeakETag eTag, bool isCustomerRequested, CancellationToken cancellationToken);
    Task<IReadOnlyCollection<ExportJobOutcome>> AcquireExportJobsAsync(ushort numberOfJobsToAcquire, TimeSpan jobHeartbeatTimeoutThreshold, CancellationToken cancellationToken);
    Task<ReindexJobWrapper> CreateReindexJobAsync(ReindexJobRecord jobRecord, CancellationToken cancellationToken);
    Task<ReindexJobWrapper> UpdateReindexJobAsync(ReindexJobRecord jobRecord, WeakETag eTag, CancellationToken cancellationToken);
    Task<IReadOnlyCollection<ReindexJobWrapper>> AcquireReindexJobsAsync(ushort maximumNumberOfConcurrentJobsAllowed, TimeSpan jobHeartbeatTimeoutThreshold, CancellationToken cancellationToken);
    Task<ReindexJobWrapper> GetReindexJobByIdAsync(string jobId, CancellationToken cancellationToken);
    Task<(bool found, string id)> CheckActiveReindexJobsAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IFhirOperationDataStore store)
    {
        var created = await store.CreateExportJobAsync(new ExportJobRecord { Id = "1", Status = OperationStatus.Queued, ResourceType = "Patient" }, CancellationToken.None);
        Check.NotNull(created.ETag, "CreateExportJobAsync returns the job with an ETag");
        var read = await store.GetExportJobByIdAsync(created.JobRecord.Id, CancellationToken.None);
        Check.Equal("Patient", read.JobRecord.ResourceType, "GetExportJobByIdAsync returns the created job");
        await Check.ThrowsAsync<JobNotFoundException>(() => store.GetExportJobByIdAsync("404", CancellationToken.None), "a missing id throws JobNotFoundException");
    }
}
