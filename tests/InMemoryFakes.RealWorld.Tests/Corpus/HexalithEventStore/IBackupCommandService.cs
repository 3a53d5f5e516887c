// Source: https://github.com/Hexalith/Hexalith.EventStore
// Commit: 516f2489f658
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample96 rule, fixed before probing: the repositories find_repos("Event") lists, in its order, keeping
//   only those with C# files (then find_repos("Events") if the list ran out; it did not); in each, the first C# interface
//   in path order (git grep of the fetched newest snapshot, or find_files(repo, ext="cs")) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence file that allows transcribing a signature; at most 1
//   per repository; stop after 3. Walk: event-espresso-core, agent-config, Daft no C#; EventStore/EventStore a corpus
//   source; findtorontoevents, ad-event-processor, reventless-core, the-events-calendar, core-java, event-tickets,
//   Hi.Events no C#; Hexalith/Hexalith.EventStore gives IBackupCommandService; losol/eventuras gives IBackgroundJobQueue;
//   Guardian-Praeventio, Eventra, app-AK, events-bot-new, spine-ts, eventmesh, eventschedule, indesign-sandbox,
//   eventlinqs-app, eventql, orbitaevents-web no C#; EventHorizon.Game.Server.Zone no licence file; islamu-ngo/Event no
//   snapshot and no LICENSE file in the index (its README states AGPL-3.0-or-later): skipped; bcpp-v1 no C#;
//   microsoft/EventLogExpert a corpus source; actionjacksonthegoat-debug/SeventySix gives IBackupCodeService: 3, stop.
//   This one: the 1st of Hexalith/Hexalith.EventStore (8 members; the first interface in path order).
// Path: src/Hexalith.EventStore.Admin.Abstractions/Services/IBackupCommandService.cs (implementation:
//   src/Hexalith.EventStore.Admin.Server/Services/DaprBackupCommandService.cs; models under
//   src/Hexalith.EventStore.Admin.Abstractions/Models and src/Hexalith.EventStore.Contracts/Security)
// Adapted: the records keep the properties the members and the smoke need (RestoredBackupAdmissionRequest drops the
//   sequence range, key policy, fingerprint and watermark fields; RestoredBackupAdmissionResult the same and NextAction,
//   CorrelationId, AuditId; the crypto-shredding records their correlation and next-action fields); the validation
//   methods are dropped, and so are the XML comments. Nullable enabled, as in the source.
// Real store: DaprBackupCommandService, an admin service over a Dapr state store and the EventStore server's HTTP API.
//   TriggerBackupAsync, ValidateBackupAsync, TriggerRestoreAsync and ImportStreamAsync return a fixed deferred outcome
//   (Success false, ErrorCode "Deferred", an operation id per verb) and store nothing. ExportStreamAsync pages the
//   stream's events from the server and returns them as JSON or CloudEvents (NoExportableEvents when the stream is
//   empty). AdmitRestoredBackupAsync validates the request (ArgumentException), returns the record kept under the
//   tenant and admission id with IdempotentReplay true if there is one, and otherwise saves and returns a new one in
//   DeferredValidation. SubmitRestoreAdmissionDecisionAsync throws KeyNotFoundException for an unknown admission, returns
//   the record as a replay when the decision is its state, throws InvalidOperationException for a transition the
//   state machine forbids, and otherwise saves the new state with an audit record. SubmitCryptoShreddingWorkflowAsync
//   records a workflow decision the same way.
// Shapes: *=none
// First try (559db242): incomplete: IMF0001 on all 8 members (no known verb: TriggerBackup, ValidateBackup,
//   TriggerRestore, ExportStream, ImportStream, AdmitRestoredBackup, SubmitRestoreAdmissionDecision,
//   SubmitCryptoShreddingWorkflow; for the five that return AdminOperationResult or StreamExportResult the refusal adds
//   that an outcome with a Success flag is the service's own making) | WRONG: none (nothing generated).
// After this round: unchanged, rightly: four members answer a fixed "deferred" outcome the service writes, one reads
//   another server's event stream, and the admission and workflow records follow a state machine (which transitions
//   are allowed, what counts as a replay) that no signature states; the fake belongs on the state store beneath.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HexalithEventStore.IBackupCommandServiceCase;

public record AdminOperationResult(bool Success, string OperationId, string? Message, string? ErrorCode);

public record StreamExportRequest(string TenantId, string Domain, string AggregateId, string Format = "JSON");

public record StreamExportResult(
    bool Success,
    string TenantId,
    string Domain,
    string AggregateId,
    long EventCount,
    string? Content,
    string? FileName,
    string? ErrorMessage,
    string? ErrorCode = null);

public enum RestoredBackupAdmissionState
{
    Pending = 0,
    Accepted = 1,
    Blocked = 2,
    Quarantined = 3,
    OperatorDecisionRequired = 4,
    DeferredValidation = 5,
}

public sealed record RestoredBackupAdmissionRequest(
    string AdmissionId,
    string TenantId,
    string Domain,
    string BackupManifestId,
    DateTimeOffset BackupCreatedAtUtc,
    DateTimeOffset RestoreRequestedAtUtc,
    int ProtectionMetadataVersion,
    string OperatorActorId);

public sealed record RestoredBackupAdmissionResult(
    string AdmissionId,
    RestoredBackupAdmissionState State,
    string TenantId,
    string Domain,
    string BackupManifestId,
    int ProtectionMetadataVersion,
    string ReasonCode,
    string DecisionActorId,
    DateTimeOffset DecidedAtUtc,
    bool IdempotentReplay);

public sealed record CryptoShreddingWorkflowIdentity(string TenantId, string Domain, string WorkflowId);

public enum CryptoShreddingWorkflowState
{
    Requested,
    Approved,
    Rejected,
    PendingProvider,
    Invalidated,
    Deleted,
}

public sealed record CryptoShreddingWorkflowRequest(
    CryptoShreddingWorkflowIdentity Identity,
    CryptoShreddingWorkflowState RequestedAction,
    string OperatorActorId,
    DateTimeOffset SubmittedAtUtc);

public sealed record CryptoShreddingWorkflowDecision(
    CryptoShreddingWorkflowIdentity Identity,
    CryptoShreddingWorkflowState State,
    string ReasonCode,
    string DecisionActorId,
    DateTimeOffset DecidedAtUtc,
    bool IrreversibleDecisionRecorded,
    bool IdempotentReplay);

[InMemoryFake]
public interface IBackupCommandService {
    Task<AdminOperationResult> TriggerBackupAsync(string tenantId, string? description, bool includeSnapshots, CancellationToken ct = default);

    Task<AdminOperationResult> ValidateBackupAsync(string backupId, CancellationToken ct = default);

    Task<AdminOperationResult> TriggerRestoreAsync(string backupId, DateTimeOffset? pointInTime, bool dryRun, CancellationToken ct = default);

    Task<StreamExportResult> ExportStreamAsync(StreamExportRequest request, CancellationToken ct = default);

    Task<AdminOperationResult> ImportStreamAsync(string tenantId, string content, CancellationToken ct = default);

    Task<RestoredBackupAdmissionResult> AdmitRestoredBackupAsync(
        RestoredBackupAdmissionRequest request,
        CancellationToken ct = default);

    Task<RestoredBackupAdmissionResult> SubmitRestoreAdmissionDecisionAsync(
        string tenantId,
        string admissionId,
        RestoredBackupAdmissionState decision,
        string operatorActorId,
        CancellationToken ct = default);

    Task<CryptoShreddingWorkflowDecision> SubmitCryptoShreddingWorkflowAsync(
        CryptoShreddingWorkflowRequest request,
        CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IBackupCommandService service)
    {
        var backup = await service.TriggerBackupAsync("tenant-a", "nightly", includeSnapshots: true);
        Check.False(backup.Success, "backup creation is deferred: the outcome is a failure");
        Check.Equal("Deferred", backup.ErrorCode, "with the error code Deferred");
        Check.Equal("Deferred", (await service.ImportStreamAsync("tenant-a", "[]")).ErrorCode, "stream import is deferred too");

        var request = new RestoredBackupAdmissionRequest("adm-1", "tenant-a", "orders", "manifest-1",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), 1, "operator-1");
        var first = await service.AdmitRestoredBackupAsync(request);
        Check.Equal(RestoredBackupAdmissionState.DeferredValidation, first.State, "a new admission waits for validation");
        Check.False(first.IdempotentReplay, "and is no replay");
        var again = await service.AdmitRestoredBackupAsync(request);
        Check.True(again.IdempotentReplay, "the same admission again returns the stored record as a replay");

        await Check.ThrowsAsync<KeyNotFoundException>(
            () => service.SubmitRestoreAdmissionDecisionAsync("tenant-a", "adm-unknown", RestoredBackupAdmissionState.Accepted, "operator-1"),
            "a decision on an admission never made is KeyNotFoundException");
        var same = await service.SubmitRestoreAdmissionDecisionAsync("tenant-a", "adm-1", RestoredBackupAdmissionState.DeferredValidation, "operator-1");
        Check.True(same.IdempotentReplay, "a decision equal to the current state is a replay");
    }
}
