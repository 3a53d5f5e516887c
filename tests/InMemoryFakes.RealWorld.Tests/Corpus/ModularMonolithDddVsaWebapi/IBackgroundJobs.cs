// Source: https://github.com/baranacikgoz/modular-monolith-ddd-vsa-webapi
// Commit: d89a952d95fd
// Licence: Apache-2.0 (an interface signature transcribed for a test)
// Sample: h-sample70 rule (the whole rule and the repositories it skipped: Corpus/AQMod/ICustomStorage.cs).
//   This one: the 2nd pick (the 24th of find_repos("Ddd")). Before it in path order: ICurrentUser (the request's claims,
//   no state). The Caching/ICacheService.cs that find_files lists is gone from the newest snapshot.
// Path: src/Common/Common.Application/BackgroundJobs/IBackgroundJobs.cs (real store:
//   src/Modules/BackgroundJobs/BackgroundJobs/BackgroundJobsService.cs, which hands every call to Hangfire's
//   IBackgroundJobClientV2 over PostgreSQL job storage, BackgroundJobsModule.cs)
// Adapted: nothing. Nullable enabled, as in the source (Directory.Build.props).
// Real store: Hangfire's BackgroundJobClient over its job storage. Enqueue and Schedule create a job (the method call
//   serialized, its state Enqueued, or Scheduled for the delay or time) and answer its id; ContinueJobWith creates one
//   Awaiting its parent. Delete, Requeue and Reschedule are state changes: each answers true when the job exists (and, with
//   fromState, is in that state) and the new state was applied: Delete moves the job to Deleted (it stays in the storage;
//   a second Delete applies Deleted again and answers true; Requeue brings it back to Enqueued); an unknown id, or a job
//   not in fromState, answers false and changes nothing.
// Shapes: *=none
// First try (0487eace): incomplete: IMF0001 on 20 of 21 members (Enqueue, Schedule, Requeue, Reschedule, ContinueJobWith:
//   no known verb; Delete(jobId, fromState): fromState after the key is nothing a key-value store knows); Delete(string
//   jobId) generated as the removal of an entry keyed jobId from a table of object values | WRONG: Delete(jobId) removed
//   an entry of a table nothing fills (false for every id unless the test or a hand-written member put one in, and false
//   on a second delete), where Hangfire moves the job to its Deleted state, where it stays: true again on a second Delete,
//   and Requeue finds it.
// After this round: Delete(jobId) refused too (IMF0001): a removal in a store whose values no member names (no member
//   puts a value in or hands one out) acts on the real store's own state (docs/generator.md, key-value store refused;
//   Sample70Tests). The rest stay refused, rightly: a job scheduler, domain commands that stay diagnostics (issue 10).
#nullable enable

using System;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolithDddVsaWebapi.IBackgroundJobsCase;

[InMemoryFake]
public interface IBackgroundJobs
{
    string Enqueue(Expression<Action> methodCall);
    string Enqueue(Expression<Func<Task>> methodCall);
    string Enqueue<T>(Expression<Action<T>> methodCall);
    string Enqueue<T>(Expression<Func<T, Task>> methodCall);
    string Schedule(Expression<Action> methodCall, TimeSpan delay);
    string Schedule(Expression<Func<Task>> methodCall, TimeSpan delay);
    string Schedule(Expression<Action> methodCall, DateTimeOffset enqueueAt);
    string Schedule(Expression<Func<Task>> methodCall, DateTimeOffset enqueueAt);
    string Schedule<T>(Expression<Action<T>> methodCall, TimeSpan delay);
    string Schedule<T>(Expression<Func<T, Task>> methodCall, TimeSpan delay);
    string Schedule<T>(Expression<Action<T>> methodCall, DateTimeOffset enqueueAt);
    string Schedule<T>(Expression<Func<T, Task>> methodCall, DateTimeOffset enqueueAt);
    bool Delete(string jobId);
    bool Delete(string jobId, string fromState);
    bool Requeue(string jobId);
    bool Reschedule(string jobId, TimeSpan delay);
    bool Reschedule(string jobId, DateTimeOffset enqueueAt);
    bool Reschedule(string jobId, TimeSpan delay, string fromState);
    bool Reschedule(string jobId, DateTimeOffset enqueueAt, string fromState);
    string ContinueJobWith(string parentId, Expression<Action> methodCall);
    string ContinueJobWith<T>(string parentId, Expression<Action<T>> methodCall);
}

public static class Smoke
{
    public static Task RunAsync(IBackgroundJobs jobs)
    {
        var id = jobs.Enqueue(() => Console.WriteLine("welcome mail"));
        Check.False(string.IsNullOrEmpty(id), "Enqueue answers the new job's id");
        Check.False(jobs.Delete(id, "Scheduled"), "Delete from a state the job is not in changes nothing");
        Check.True(jobs.Delete(id), "Delete moves the job to its Deleted state");
        Check.True(jobs.Delete(id), "the job stays in the storage: a second Delete applies Deleted again");
        Check.True(jobs.Requeue(id), "Requeue brings the deleted job back");
        Check.False(jobs.Delete("no-such-job"), "an unknown id changes nothing");
        var later = jobs.Schedule(() => Console.WriteLine("reminder"), TimeSpan.FromMinutes(5));
        Check.True(jobs.Delete(later, "Scheduled"), "a scheduled job is deleted from its Scheduled state");
        return Task.CompletedTask;
    }
}
