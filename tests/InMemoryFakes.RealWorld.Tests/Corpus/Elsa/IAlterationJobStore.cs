// Source: https://github.com/elsa-workflows/elsa-core
// Commit: 1c0fb909f99b
// Licence: MIT
// Path: src/modules/Elsa.Alterations.Core/Contracts/IAlterationJobStore.cs (Entities/AlterationJob.cs,
//   Filters/AlterationJobFilter.cs, Enums/AlterationJobStatus.cs, Models/AlterationLogEntry.cs;
//   src/modules/Elsa.Common/Entities/Entity.cs)
// Adapted: AlterationLogEntry's LogLevel is an int (no logging package in the corpus compilation).
// Real store: src/modules/Elsa.Alterations.Core/Stores/MemoryAlterationJobStore.cs (and the EF Core store
//   src/modules/Elsa.Persistence.EFCore/Modules/Alterations/AlterationJobStore.cs): SaveAsync / SaveManyAsync insert or
//   replace by Id; FindAsync / FindManyAsync / FindManyIdsAsync / CountAsync run filter.Apply(query): Id and PlanId when
//   not null or white space, Status when set, Statuses (contains) when not null.
// Shapes: *=2; SaveAsync=core; SaveManyAsync=1
// First try (bb0aa1c): incomplete: IMF0001 FindAsync, FindManyAsync, FindManyIdsAsync, CountAsync (the filter object
//   has an Apply(IQueryable<AlterationJob>) method, which was not read) | WRONG: none
// Configured: NotStamped = new[] { "CreatedAt" }: SaveAsync keeps the job's CreatedAt as given (MemoryAlterationJobStore
//   saves the job as it is, `_store.Save(job, x => x.Id)`; the alteration runner sets CreatedAt), which NotStamped says
//   (IMF0025 asked: many stores stamp a property of that name).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Elsa.IAlterationJobStoreCase;

public abstract class Entity
{
    public string Id { get; set; } = null!;
    public string? TenantId { get; set; }
}

public enum AlterationJobStatus
{
    Pending,
    Running,
    Completed,
    Failed
}

public record AlterationLogEntry(string Message, int LogLevel, DateTimeOffset Timestamp, string? EventName = null);

public class AlterationJob : Entity
{
    public string PlanId { get; set; } = null!;
    public string WorkflowInstanceId { get; set; } = null!;
    public AlterationJobStatus Status { get; set; }
    public ICollection<AlterationLogEntry>? Log { get; set; } = new List<AlterationLogEntry>();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public class AlterationJobFilter
{
    public string? Id { get; set; }
    public string? PlanId { get; set; }
    public AlterationJobStatus? Status { get; set; }
    public ICollection<AlterationJobStatus>? Statuses { get; set; }

    public IQueryable<AlterationJob> Apply(IQueryable<AlterationJob> query)
    {
        if (!string.IsNullOrWhiteSpace(Id))
            query = query.Where(x => x.Id == Id);

        if (!string.IsNullOrWhiteSpace(PlanId))
            query = query.Where(x => x.PlanId == PlanId);

        if (Status != null)
            query = query.Where(x => x.Status == Status);

        if (Statuses != null)
            query = query.Where(x => Statuses.Contains(x.Status));

        return query;
    }
}

[InMemoryFake(NotStamped = new[] { "CreatedAt" })]
public interface IAlterationJobStore
{
    Task SaveAsync(AlterationJob job, CancellationToken cancellationToken = default);
    Task SaveManyAsync(IEnumerable<AlterationJob> jobs, CancellationToken cancellationToken = default);
    Task<AlterationJob?> FindAsync(AlterationJobFilter filter, CancellationToken cancellationToken = default);
    Task<IEnumerable<AlterationJob>> FindManyAsync(AlterationJobFilter filter, CancellationToken cancellationToken = default);
    Task<IEnumerable<string>> FindManyIdsAsync(AlterationJobFilter filter, CancellationToken cancellationToken = default);
    Task<long> CountAsync(AlterationJobFilter filter, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IAlterationJobStore store)
    {
        await store.SaveAsync(new AlterationJob { Id = "j1", PlanId = "p1", WorkflowInstanceId = "w1", Status = AlterationJobStatus.Pending });
        await store.SaveManyAsync([
            new AlterationJob { Id = "j2", PlanId = "p1", WorkflowInstanceId = "w2", Status = AlterationJobStatus.Running },
            new AlterationJob { Id = "j3", PlanId = "p2", WorkflowInstanceId = "w3", Status = AlterationJobStatus.Completed },
        ]);
        Check.Equal("w1", (await store.FindAsync(new AlterationJobFilter { Id = "j1" }))?.WorkflowInstanceId, "FindAsync by Id");
        Check.Null(await store.FindAsync(new AlterationJobFilter { Id = "missing" }), "FindAsync of a missing Id is null");
        Check.Equal(2, (await store.FindManyAsync(new AlterationJobFilter { PlanId = "p1" })).Count(), "FindManyAsync by PlanId");
        Check.Equal(3L, await store.CountAsync(new AlterationJobFilter()), "an empty filter counts every job");
        Check.Equal(2L, await store.CountAsync(new AlterationJobFilter { Statuses = [AlterationJobStatus.Pending, AlterationJobStatus.Running] }),
            "Statuses keeps the jobs whose status is one of them");
        Check.Equal(1L, await store.CountAsync(new AlterationJobFilter { PlanId = "p1", Status = AlterationJobStatus.Running }), "conditions are combined");
        Check.Equal(3L, await store.CountAsync(new AlterationJobFilter { PlanId = " " }), "a white-space PlanId is no condition");
        var ids = (await store.FindManyIdsAsync(new AlterationJobFilter { PlanId = "p1" })).OrderBy(x => x, StringComparer.Ordinal).ToArray();
        Check.Equal("j1,j2", string.Join(",", ids), "FindManyIdsAsync returns the matching ids");
        await store.SaveAsync(new AlterationJob { Id = "j1", PlanId = "p1", WorkflowInstanceId = "w1", Status = AlterationJobStatus.Failed });
        Check.Equal(AlterationJobStatus.Failed, (await store.FindAsync(new AlterationJobFilter { Id = "j1" }))?.Status, "SaveAsync of a stored Id replaces it");
        Check.Equal(3L, await store.CountAsync(new AlterationJobFilter()), "replacing adds no job");
        await store.SaveAsync(new AlterationJob { Id = "j0", PlanId = "p0", WorkflowInstanceId = "w0", CreatedAt = new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero) });
        Check.Equal(new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero), (await store.FindAsync(new AlterationJobFilter { Id = "j0" }))?.CreatedAt, "SaveAsync keeps the CreatedAt it is given");
    }
}
