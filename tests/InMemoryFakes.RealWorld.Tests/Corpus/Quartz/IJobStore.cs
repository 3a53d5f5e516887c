// Source: https://github.com/quartznet/quartznet
// Commit: d97e7822f259
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 1st of quartznet/quartznet.
// Path: src/Quartz/Extensibility/IJobStore.cs (models: IJobDetail.cs, ITrigger.cs, Spi/IOperableTrigger.cs, JobKey.cs,
//   TriggerKey.cs, Util/Key.cs, ICalendar.cs, TriggerState.cs, Impl/Matchers/GroupMatcher.cs, the query and paging
//   types, TriggerFiredResult.cs, SchedulerInstruction.cs)
// Adapted: the models are cut to what the store reads: JobKey/TriggerKey are (Name, Group) records; IJobDetail keeps
//   Key and Durable; ITrigger keeps Key, JobKey and CalendarName; the query, paging, matcher, acquisition and fired
//   result types are empty shells or keep one property. Nullable enabled, as in the project.
// Real store: src/Quartz/Impl/RAMJobStore.cs (dictionaries of jobs by JobKey, triggers by TriggerKey, calendars by
//   name, with group and state indexes; also the ADO.NET JobStoreTX): AddJob(job, replace) stores the job,
//   ObjectAlreadyExistsException when it exists and replace is false; ScheduleJob adds the job and the trigger;
//   ScheduleJobs every job with its triggers; DeleteJob(s) delete the job and its triggers, true when found; GetJob a
//   clone or null; AddTrigger(trigger, replace) ObjectAlreadyExistsException when it exists and replace is false,
//   JobPersistenceException when its job does not exist; DeleteTrigger(s) true when found (a non-durable job left
//   without triggers is deleted too); ReplaceTrigger swaps a trigger of the same job, false when missing;
//   UpdateTriggerDetails edits a trigger in place; GetTrigger a clone or null; CheckExists(job/trigger key); Clear
//   removes everything; AddCalendar/DeleteCalendar/GetCalendar by name (a calendar in use cannot be deleted);
//   Query* page and filter keys, groups and names; GetJobDetails/GetTriggers/GetTriggersForJob by key; trigger state
//   and Pause*/Resume* change trigger states by key, job or group matcher; AcquireNextTriggers, ReleaseAcquiredTrigger,
//   TriggersFired, TriggeredJobComplete run the firing cycle on the clock; the lifecycle members (Initialize,
//   SchedulerStarted, Paused, Resumed, Shutdown) complete; SupportsPersistence false, Clustered false.
// Shapes: *=core; ScheduleJob=1; ScheduleJobs=1,2; DeleteJobs=18; DeleteTriggers=18; ReplaceTrigger=6; UpdateTriggerDetails=20; QueryJobs=14; QueryTriggers=14; QueryJobGroups=14; QueryTriggerGroups=14; QueryCalendarNames=14; GetJobDetails=18; GetTriggers=18; GetTriggersForJob=6; GetTriggerState=20; ResetTriggerFromErrorState=20; PauseTrigger=20; PauseTriggers=20; PauseJob=20; PauseJobs=20; ResumeTrigger=20; ResumeTriggers=20; ResumeJob=20; ResumeJobs=20; PauseAll=20; ResumeAll=20; AcquireNextTriggers=20; ReleaseAcquiredTrigger=20; TriggersFired=20; TriggeredJobComplete=20; GetAcquireRetryDelay=20; Initialize=20; SchedulerStarted=20; SchedulerPaused=20; SchedulerResumed=20; Shutdown=20; SupportsPersistence=20; EstimatedTimeToReleaseAndAcquireTrigger=20; Clustered=20; Clear=8
// First try (46fe673): incomplete: IMF0009 (JobKey is taken for the entity, and it has no key): no member generated |
//   WRONG: none. The refusal is right but its advice (give JobKey a key property) misleads: JobKey (Name, Group) is the
//   jobs' key; the collections of it (DeleteJobs, GetJobDetails) vote it the entity, as a range parameter counts 2.
// Now (h-diag): incomplete: IMF0024, still no member generated, the message now true: GetJob(JobKey) reads the
//   IJobDetail whose Key is a JobKey, so JobKey's votes count for IJobDetail (and TriggerKey's for IOperableTrigger),
//   and both are interfaces, which a fake cannot create or copy. Refusing stays right: the jobs and triggers are two
//   tables with cascading deletes (DeleteJob removes the job's triggers), which no key-value reading would keep.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Quartz.IJobStoreCase;

public sealed record JobKey(string Name, string Group = "DEFAULT");

public sealed record TriggerKey(string Name, string Group = "DEFAULT");

public interface IJobDetail
{
    JobKey Key { get; }
    bool Durable { get; }
}

public interface ITrigger
{
    TriggerKey Key { get; }
    JobKey JobKey { get; }
    string? CalendarName { get; }
}

public interface IOperableTrigger : ITrigger
{
}

public interface ICalendar
{
    string? Description { get; set; }
}

public sealed class AddCalendarOptions
{
    public bool ReplaceExisting { get; set; }
    public bool UpdateTriggers { get; set; }
}

public sealed class TriggerDetailsUpdate
{
    public string? CalendarName { get; set; }
}

public enum TriggerState
{
    Normal = 0,
    Paused = 1,
    Complete = 2,
    Error = 3,
    Blocked = 4,
    None = 5,
}

public enum SchedulerInstruction
{
    NoInstruction,
    ReExecuteJob,
    SetTriggerComplete,
    DeleteTrigger,
    SetAllJobTriggersComplete,
    SetTriggerError,
    SetAllJobTriggersError,
}

public sealed class GroupMatcher<TKey>
{
    public string CompareToValue { get; set; } = "";
}

public sealed class PagedResult<T>
{
    public List<T> Items { get; set; } = new();
    public int TotalCount { get; set; }
}

public sealed class JobHeader
{
    public JobKey Key { get; set; } = new("");
}

public sealed class TriggerHeader
{
    public TriggerKey Key { get; set; } = new("");
}

public sealed class JobGroup
{
    public string Name { get; set; } = "";
}

public sealed class TriggerGroup
{
    public string Name { get; set; } = "";
}

public sealed class JobQuery
{
    public int Skip { get; set; }
    public int Take { get; set; }
}

public sealed class TriggerQuery
{
    public int Skip { get; set; }
    public int Take { get; set; }
}

public sealed class JobGroupQuery
{
    public int Skip { get; set; }
    public int Take { get; set; }
}

public sealed class TriggerGroupQuery
{
    public int Skip { get; set; }
    public int Take { get; set; }
}

public sealed class CalendarQuery
{
    public int Skip { get; set; }
    public int Take { get; set; }
}

public sealed class TriggerAcquisitionRequest
{
    public DateTimeOffset NoLaterThan { get; set; }
    public int MaxCount { get; set; }
}

public sealed class TriggerFiredResult
{
}

[InMemoryFake]
public interface IJobStore
{
    bool SupportsPersistence { get; }
    TimeSpan EstimatedTimeToReleaseAndAcquireTrigger { get; }
    bool Clustered { get; }
    ValueTask Initialize(CancellationToken cancellationToken = default);
    ValueTask SchedulerStarted(CancellationToken cancellationToken = default);
    ValueTask SchedulerPaused(CancellationToken cancellationToken = default);
    ValueTask SchedulerResumed(CancellationToken cancellationToken = default);
    ValueTask Shutdown(CancellationToken cancellationToken = default);
    ValueTask ScheduleJob(IJobDetail job, IOperableTrigger trigger, CancellationToken cancellationToken = default);
    ValueTask AddJob(IJobDetail job, bool replace, CancellationToken cancellationToken = default);
    ValueTask ScheduleJobs(IReadOnlyDictionary<IJobDetail, IReadOnlyCollection<ITrigger>> triggersAndJobs, bool replace, CancellationToken cancellationToken = default);
    ValueTask<bool> DeleteJob(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys, CancellationToken cancellationToken = default);
    ValueTask<IJobDetail?> GetJob(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask AddTrigger(IOperableTrigger trigger, bool replace, CancellationToken cancellationToken = default);
    ValueTask<bool> DeleteTrigger(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask<bool> DeleteTriggers(IReadOnlyCollection<TriggerKey> triggerKeys, CancellationToken cancellationToken = default);
    ValueTask<bool> ReplaceTrigger(TriggerKey triggerKey, IOperableTrigger trigger, CancellationToken cancellationToken = default);
    ValueTask<bool> UpdateTriggerDetails(TriggerKey triggerKey, TriggerDetailsUpdate update, CancellationToken cancellationToken = default);
    ValueTask<IOperableTrigger?> GetTrigger(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask<bool> CheckExists(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask<bool> CheckExists(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask Clear(CancellationToken cancellationToken = default);
    ValueTask AddCalendar(string calendarName, ICalendar calendar, AddCalendarOptions? options = null, CancellationToken cancellationToken = default);
    ValueTask<bool> DeleteCalendar(string calendarName, CancellationToken cancellationToken = default);
    ValueTask<ICalendar?> GetCalendar(string calendarName, CancellationToken cancellationToken = default);
    ValueTask<PagedResult<JobHeader>> QueryJobs(JobQuery query, CancellationToken cancellationToken = default);
    ValueTask<PagedResult<TriggerHeader>> QueryTriggers(TriggerQuery query, CancellationToken cancellationToken = default);
    ValueTask<PagedResult<JobGroup>> QueryJobGroups(JobGroupQuery query, CancellationToken cancellationToken = default);
    ValueTask<PagedResult<TriggerGroup>> QueryTriggerGroups(TriggerGroupQuery query, CancellationToken cancellationToken = default);
    ValueTask<PagedResult<string>> QueryCalendarNames(CalendarQuery query, CancellationToken cancellationToken = default);
    ValueTask<List<IJobDetail>> GetJobDetails(IReadOnlyCollection<JobKey> jobKeys, CancellationToken cancellationToken = default);
    ValueTask<List<IOperableTrigger>> GetTriggers(IReadOnlyCollection<TriggerKey> triggerKeys, CancellationToken cancellationToken = default);
    ValueTask<List<IOperableTrigger>> GetTriggersForJob(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask<TriggerState> GetTriggerState(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask ResetTriggerFromErrorState(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask PauseTrigger(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask<List<string>> PauseTriggers(GroupMatcher<TriggerKey> matcher, CancellationToken cancellationToken = default);
    ValueTask PauseJob(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask<List<string>> PauseJobs(GroupMatcher<JobKey> matcher, CancellationToken cancellationToken = default);
    ValueTask ResumeTrigger(TriggerKey triggerKey, CancellationToken cancellationToken = default);
    ValueTask<List<string>> ResumeTriggers(GroupMatcher<TriggerKey> matcher, CancellationToken cancellationToken = default);
    ValueTask ResumeJob(JobKey jobKey, CancellationToken cancellationToken = default);
    ValueTask<List<string>> ResumeJobs(GroupMatcher<JobKey> matcher, CancellationToken cancellationToken = default);
    ValueTask PauseAll(CancellationToken cancellationToken = default);
    ValueTask ResumeAll(CancellationToken cancellationToken = default);
    ValueTask<List<IOperableTrigger>> AcquireNextTriggers(
        TriggerAcquisitionRequest request,
        CancellationToken cancellationToken = default);
    ValueTask ReleaseAcquiredTrigger(IOperableTrigger trigger, CancellationToken cancellationToken = default);
    ValueTask<List<TriggerFiredResult>> TriggersFired(IReadOnlyCollection<IOperableTrigger> triggers, CancellationToken cancellationToken = default);
    ValueTask TriggeredJobComplete(IOperableTrigger trigger, IJobDetail jobDetail, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default);
    TimeSpan GetAcquireRetryDelay(int failureCount);
}

public sealed class TestJob(JobKey key, bool durable = true) : IJobDetail
{
    public JobKey Key { get; } = key;
    public bool Durable { get; } = durable;
}

public sealed class TestTrigger(TriggerKey key, JobKey jobKey) : IOperableTrigger
{
    public TriggerKey Key { get; } = key;
    public JobKey JobKey { get; } = jobKey;
    public string? CalendarName { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IJobStore store)
    {
        var jobKey = new JobKey("report");
        Check.False(await store.CheckExists(jobKey), "CheckExists of a missing job is false");
        await store.AddJob(new TestJob(jobKey), replace: false);
        Check.True(await store.CheckExists(jobKey), "AddJob stores the job");
        Check.Equal(jobKey, (await store.GetJob(jobKey))?.Key, "GetJob returns the job");
        await Check.ThrowsAsync<Exception>(async () => await store.AddJob(new TestJob(jobKey), replace: false), "AddJob of an existing job without replace throws");
        var triggerKey = new TriggerKey("nightly");
        await store.AddTrigger(new TestTrigger(triggerKey, jobKey), replace: false);
        Check.Equal(jobKey, (await store.GetTrigger(triggerKey))?.JobKey, "AddTrigger stores the trigger");
        await Check.ThrowsAsync<Exception>(async () => await store.AddTrigger(new TestTrigger(new TriggerKey("orphan"), new JobKey("none")), replace: false), "AddTrigger for a missing job throws");
        Check.Equal(1, (await store.GetTriggersForJob(jobKey)).Count, "GetTriggersForJob returns the job's triggers");
        Check.True(await store.DeleteJob(jobKey), "DeleteJob of an existing job is true");
        Check.Null(await store.GetTrigger(triggerKey), "DeleteJob deletes the job's triggers");
        Check.False(await store.DeleteJob(jobKey), "DeleteJob of a missing job is false");
    }
}
