using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// A filter object that applies itself to a query (Elsa's stores: filter.Apply(dbContext.Jobs)): the fake runs the
// filter's own Apply(IQueryable<T>) over a consistent snapshot, for every verb, instead of reading its properties.

public enum JobState
{
    Pending,
    Running,
    Done,
}

public sealed class Job
{
    public string Id { get; set; } = "";

    public string PlanId { get; set; } = "";

    public JobState State { get; set; }

    public int Priority { get; set; }
}

public sealed class JobFilter
{
    public string? PlanId { get; set; }

    // No entity property is named so: only Apply says what it means.
    public ICollection<JobState>? States { get; set; }

    // Apply may order and page: the fake must run it over the whole query, not entity by entity.
    public int? Top { get; set; }

    public IQueryable<Job> Apply(IQueryable<Job> query)
    {
        if (!string.IsNullOrWhiteSpace(PlanId))
        {
            query = query.Where(x => x.PlanId == PlanId);
        }

        if (States != null)
        {
            query = query.Where(x => States.Contains(x.State));
        }

        if (Top is { } top)
        {
            query = query.OrderByDescending(x => x.Priority).Take(top);
        }

        return query;
    }
}

[InMemoryFake]
public interface IJobStore
{
    Task SaveAsync(Job job);

    Task<Job?> FindAsync(JobFilter filter);

    Task<IEnumerable<Job>> FindManyAsync(JobFilter filter);

    Task<IEnumerable<string>> FindManyIdsAsync(JobFilter filter);

    Task<long> CountAsync(JobFilter filter);

    Task<bool> AnyAsync(JobFilter filter);

    Task<long> DeleteAsync(JobFilter filter);
}

public abstract class QueryFilterBase
{
    public string? PlanId { get; set; }

    // Any name: the one method that takes and returns a query of the entity, declared on a base class.
    public IQueryable<Job> Narrow(IQueryable<Job> jobs) => PlanId is null ? jobs : jobs.Where(j => j.PlanId == PlanId);
}

public sealed class PlanFilter : QueryFilterBase
{
}

public sealed class BrokenFilter
{
    public IQueryable<Job> Apply(IQueryable<Job> query) => null!;
}

[InMemoryFake]
public interface IPlanJobs
{
    void Save(Job job);

    IReadOnlyList<Job> List(PlanFilter filter);

    int Delete(BrokenFilter filter);

    int Count(BrokenFilter filter);
}

/// <summary>A repository with a unit of work (synchronous writes, SaveChanges beside them): a delete by filter waits for the save.</summary>
[InMemoryFake]
public interface IJobBatchRepository
{
    void Add(Job job);

    Job? Find(string id);

    int Delete(JobFilter filter);

    IReadOnlyList<Job> GetAll();

    int SaveChanges();
}

public sealed class SelfApplyingFilterTests
{
    [Fact]
    public void Under_a_unit_of_work_a_delete_by_filter_is_stored_by_SaveChanges()
    {
        var jobs = new InMemoryJobBatchRepository();
        jobs.Add(new Job { Id = "j1", PlanId = "p1" });
        jobs.Add(new Job { Id = "j2", PlanId = "p2" });
        Assert.Equal(2, jobs.SaveChanges());

        Assert.Equal(1, jobs.Delete(new JobFilter { PlanId = "p1" }));
        Assert.Null(jobs.Find("j1"));
        Assert.Equal(2, jobs.GetAll().Count);

        Assert.Equal(1, jobs.SaveChanges());
        Assert.Equal("j2", Assert.Single(jobs.GetAll()).Id);
    }

    private static async Task<IJobStore> SeededAsync()
    {
        var jobs = new InMemoryJobStore();
        await jobs.SaveAsync(new Job { Id = "j1", PlanId = "p1", State = JobState.Pending, Priority = 1 });
        await jobs.SaveAsync(new Job { Id = "j2", PlanId = "p1", State = JobState.Running, Priority = 5 });
        await jobs.SaveAsync(new Job { Id = "j3", PlanId = "p2", State = JobState.Done, Priority = 3 });
        return jobs;
    }

    [Fact]
    public async Task Every_verb_selects_what_the_filters_own_Apply_selects()
    {
        var jobs = await SeededAsync();

        Assert.Equal(new[] { "j1", "j2" }, (await jobs.FindManyAsync(new JobFilter { PlanId = "p1" })).Select(static j => j.Id).ToArray());
        Assert.Equal(new[] { "j1", "j3" }, (await jobs.FindManyIdsAsync(new JobFilter { States = [JobState.Pending, JobState.Done] })).ToArray());
        Assert.Equal(2L, await jobs.CountAsync(new JobFilter { PlanId = "p1" }));
        Assert.Equal(3L, await jobs.CountAsync(new JobFilter { PlanId = "  " }));
        Assert.True(await jobs.AnyAsync(new JobFilter { States = [JobState.Done] }));
        Assert.False(await jobs.AnyAsync(new JobFilter { PlanId = "p9" }));
        Assert.Equal("j2", (await jobs.FindAsync(new JobFilter { PlanId = "p1", States = [JobState.Running] }))?.Id);
        Assert.Null(await jobs.FindAsync(new JobFilter { PlanId = "p9" }));
    }

    [Fact]
    public async Task A_filter_that_orders_and_takes_is_applied_to_the_whole_query_also_when_deleting()
    {
        var jobs = await SeededAsync();

        Assert.Equal("j2", (await jobs.FindAsync(new JobFilter { Top = 1 }))?.Id);
        Assert.Equal(1L, await jobs.CountAsync(new JobFilter { Top = 1 }));

        // Entity by entity, Take(1) would keep every job; over the query it selects only the highest priority.
        Assert.Equal(1L, await jobs.DeleteAsync(new JobFilter { Top = 1 }));
        Assert.Equal(new[] { "j1", "j3" }, (await jobs.FindManyIdsAsync(new JobFilter())).ToArray());
    }

    [Fact]
    public async Task Delete_removes_only_the_selected_entities_and_returns_how_many()
    {
        var jobs = await SeededAsync();

        Assert.Equal(2L, await jobs.DeleteAsync(new JobFilter { PlanId = "p1" }));
        Assert.Equal(0L, await jobs.DeleteAsync(new JobFilter { PlanId = "p1" }));
        Assert.Equal("j3", Assert.Single(await jobs.FindManyAsync(new JobFilter())).Id);
    }

    [Fact]
    public async Task A_null_filter_throws_ArgumentNullException_naming_it_and_changes_nothing()
    {
        var jobs = await SeededAsync();

        Assert.Equal("filter", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.DeleteAsync(null!))).ParamName);
        Assert.Equal("filter", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.FindManyAsync(null!))).ParamName);
        Assert.Equal(3L, await jobs.CountAsync(new JobFilter()));
    }

    [Fact]
    public void The_method_may_have_any_name_and_be_inherited()
    {
        var jobs = new InMemoryPlanJobs();
        jobs.Save(new Job { Id = "j1", PlanId = "p1" });
        jobs.Save(new Job { Id = "j2", PlanId = "p2" });

        Assert.Equal("j2", Assert.Single(jobs.List(new PlanFilter { PlanId = "p2" })).Id);
        Assert.Equal(2, jobs.List(new PlanFilter()).Count);
    }

    [Fact]
    public void A_filter_that_returns_null_throws_InvalidOperationException_and_removes_nothing()
    {
        var jobs = new InMemoryPlanJobs();
        jobs.Save(new Job { Id = "j1", PlanId = "p1" });

        Assert.Throws<InvalidOperationException>(() => jobs.Delete(new BrokenFilter()));
        Assert.Throws<InvalidOperationException>(() => jobs.Count(new BrokenFilter()));
        Assert.Single(jobs.List(new PlanFilter()));
    }

    [Fact]
    public async Task Matches_are_copies_so_a_change_to_one_does_not_reach_the_store()
    {
        var jobs = await SeededAsync();

        var found = await jobs.FindAsync(new JobFilter { PlanId = "p2" });
        found!.State = JobState.Pending;

        Assert.Equal(JobState.Done, (await jobs.FindAsync(new JobFilter { PlanId = "p2" }))?.State);
    }
}
