// Source: https://github.com/elsa-workflows/elsa-core
// Commit: 1c0fb909f99b
// Licence: MIT
// Path: src/modules/Elsa.AI.Abstractions/Contracts/IAIProposalStore.cs (model: src/modules/Elsa.AI.Abstractions/Models/
//   AIProposal.cs)
// Real store: src/modules/Elsa.AI.Persistence.EFCore/Stores/EFCoreAIProposalStore.cs: FindAsync(id, tenantId) returns
//   the proposal with that Id whose TenantId equals tenantId (null and "" are the same tenant), else null; SaveAsync
//   inserts or updates by Id. Not smoke-tested: its validation (a blank Id, ConversationId or CreatedBy is
//   ArgumentException; overwriting another tenant's or another user's proposal is InvalidOperationException), which the
//   signature does not carry.
// Shapes: FindAsync=4; SaveAsync=core
// First try (bb0aa1c): complete (smoke passed) | WRONG: none (FindAsync(id, tenantId) compares TenantId; the real store
//   also takes null and "" as the same tenant)
// Configured: NotStamped = new[] { "CreatedAt" }: SaveAsync keeps the proposal's CreatedAt as given, on insert and update
//   (EFCoreAIProposalStore's Map(proposal, record) writes record.CreatedAt = proposal.CreatedAt; the model's initializer
//   sets it when the proposal is made), which NotStamped says (IMF0025 asked: many stores stamp a property of that name).
#nullable enable

using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Elsa.IAIProposalStoreCase;

public record AIProposal
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public string? TenantId { get; init; }
    public string ConversationId { get; init; } = "";
    public AIProposalKind Kind { get; init; }
    public AIProposalStatus Status { get; init; } = AIProposalStatus.Draft;
    public string? BaselineWorkflowDefinitionId { get; init; }
    public string? BaselineVersionId { get; init; }
    public JsonObject WorkflowPayload { get; init; } = [];
    public string Rationale { get; init; } = "";
    public ICollection<string> Warnings { get; init; } = [];
    public ICollection<AIValidationDiagnostic> ValidationDiagnostics { get; init; } = [];
    public AIGraphDiff? GraphDiff { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? AppliedBy { get; init; }
    public DateTimeOffset? AppliedAt { get; init; }
}

public record AIValidationDiagnostic
{
    public string Code { get; init; } = default!;
    public string Message { get; init; } = "";
    public AIValidationSeverity Severity { get; init; } = AIValidationSeverity.Warning;
    public string? Path { get; init; }
}

public record AIGraphDiff
{
    public ICollection<string> AddedActivityIds { get; init; } = [];
    public ICollection<string> RemovedActivityIds { get; init; } = [];
    public ICollection<string> ChangedActivityIds { get; init; } = [];
    public JsonObject Data { get; init; } = [];
}

public enum AIProposalKind
{
    WorkflowCreate,
    WorkflowUpdate
}

public enum AIProposalStatus
{
    Draft,
    Validated,
    Blocked,
    Approved,
    Rejected,
    Applied,
    Expired
}

public enum AIValidationSeverity
{
    Information,
    Warning,
    Error
}

[InMemoryFake(NotStamped = new[] { "CreatedAt" })]
public interface IAIProposalStore
{
    ValueTask<AIProposal?> FindAsync(string id, string? tenantId, CancellationToken cancellationToken = default);
    ValueTask SaveAsync(AIProposal proposal, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IAIProposalStore store)
    {
        await store.SaveAsync(new AIProposal { Id = "p1", TenantId = "acme", ConversationId = "c1", CreatedBy = "ann", Rationale = "first" });
        await store.SaveAsync(new AIProposal { Id = "p2", TenantId = null, ConversationId = "c2", CreatedBy = "bob" });
        Check.Equal("first", (await store.FindAsync("p1", "acme"))?.Rationale, "FindAsync finds the proposal in its tenant");
        Check.Null(await store.FindAsync("p1", "globex"), "FindAsync in another tenant is null");
        Check.Null(await store.FindAsync("p1", null), "FindAsync without a tenant does not see a tenant's proposal");
        Check.Equal("c2", (await store.FindAsync("p2", null))?.ConversationId, "FindAsync without a tenant finds a proposal without one");
        Check.Null(await store.FindAsync("missing", "acme"), "FindAsync of a missing id is null");
        await store.SaveAsync(new AIProposal { Id = "p1", TenantId = "acme", ConversationId = "c1", CreatedBy = "ann", Status = AIProposalStatus.Approved });
        Check.Equal(AIProposalStatus.Approved, (await store.FindAsync("p1", "acme"))?.Status, "SaveAsync of a stored id updates it");
        var made = new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(new AIProposal { Id = "p3", TenantId = "acme", ConversationId = "c3", CreatedBy = "ann", CreatedAt = made });
        Check.Equal(made, (await store.FindAsync("p3", "acme"))?.CreatedAt, "SaveAsync keeps the CreatedAt it is given");
    }
}
