// Source: https://github.com/HangfireIO/Hangfire
// Commit: c236dd0f
// Licence: LGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample38 rule, fixed before probing (the whole rule is in Corpus/BlazorHero/IRepositoryAsync.cs's header):
//   the brief's pattern, `interface I\w*(Repository|Repo|Store|Storage|Cache)\b`, picks no interface of its 12
//   repositories, so it was widened before probing to the word anywhere in the name as a whole camel-case word; that
//   picks 4: NEventStore IStoreEvents, Hangfire IStorageConnection, blazorhero IRepositoryAsync, mix.core IRepositoryBase.
//   This one: HangfireIO/Hangfire's (18 members with Dispose, IDisposable being the framework's).
// Path: src/Hangfire.Core/Storage/IStorageConnection.cs (real store: src/Hangfire.SqlServer/SqlServerConnection.cs, on
//   JobStorageConnection.cs; models: Storage/JobData.cs, Storage/StateData.cs, Server/ServerContext.cs, Common/Job.cs,
//   Storage/IWriteOnlyTransaction.cs, Storage/IFetchedJob.cs, Annotations/AssemblyAnnotations.cs)
// Adapted: Job cut down to its type and method names and its arguments; JobData to Job, State, CreatedAt and
//   ParametersSnapshot; StateData and ServerContext whole; IWriteOnlyTransaction cut down to AddToSet, SetRangeInHash
//   and Commit; IFetchedJob whole; CanBeNull/NotNull (JetBrains annotations) as empty attributes. Nullable disabled, as
//   in the source (the project does not enable it).
// Real store: SqlServerConnection (Hangfire.SqlServer). CreateExpiredJob(job, parameters, createdAt, expireIn) inserts
//   a job (no state yet, ExpireAt = createdAt + expireIn) with its parameters and returns its identity as a string
//   ("1", "2", …). GetJobData(jobId): the job, its State name (null until a state is set), CreatedAt and its parameters;
//   null for a missing or non-numeric id. SetJobParameter(id, name, value) upserts one parameter of the job;
//   GetJobParameter(id, name) answers it, null when missing. GetStateData(jobId): the job's current state, null when it
//   has none. AnnounceServer(serverId, context) upserts the server (its data and heartbeat); RemoveServer deletes it;
//   Heartbeat(serverId) updates its heartbeat and throws BackgroundServerGoneException when it is not stored;
//   RemoveTimedOutServers(timeOut) deletes the servers whose heartbeat is older than timeOut and returns how many (a
//   negative timeOut throws ArgumentException). GetAllItemsFromSet(key): the set's values (empty when none);
//   GetFirstByLowestScoreFromSet(key, from, to): the value with the lowest score in [from, to], null when none (to <
//   from throws ArgumentException). SetRangeInHash(key, pairs) upserts each field of the hash; GetAllEntriesFromHash(key)
//   answers the fields, null when the hash has none. Sets are written only through CreateWriteTransaction's AddToSet
//   and Commit. A null key or id throws ArgumentNullException.
// First try (c4a0077): incomplete: IMF0001 on 15 of 18 (read as a key-value store of JobData by job id, whose verbs
//   but Get these are not: CreateWriteTransaction, AcquireDistributedLock, CreateExpiredJob, FetchNextJob,
//   SetJobParameter, GetJobParameter, GetStateData, AnnounceServer, RemoveServer, Heartbeat, RemoveTimedOutServers,
//   GetAllItemsFromSet, GetFirstByLowestScoreFromSet, SetRangeInHash, GetAllEntriesFromHash); generated: GetJobData (the
//   JobData stored under the id, null when none) and Dispose (nothing) | WRONG: none
//   found (the probe stops at CreateExpiredJob, the script's first line; GetJobData answers what hand-written code
//   stores, null for a missing id as the real store).
// After this round: unchanged, and the refusals are right: one connection over six tables (jobs, their parameters and
//   states, servers, sorted sets, hashes), written through a transaction object and guarded by a distributed lock,
//   which no single fake table holds.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Hangfire.IStorageConnectionCase;

[AttributeUsage(AttributeTargets.All)]
public sealed class CanBeNullAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.All)]
public sealed class NotNullAttribute : Attribute
{
}

public class Job
{
    public Job(string typeName, string methodName, IReadOnlyList<object> args)
    {
        TypeName = typeName;
        MethodName = methodName;
        Args = args;
    }

    public string TypeName { get; }
    public string MethodName { get; }
    public IReadOnlyList<object> Args { get; }
}

public class JobData
{
    public Job Job { get; set; }
    public string State { get; set; }
    public DateTime CreatedAt { get; set; }
    public IReadOnlyDictionary<string, string> ParametersSnapshot { get; set; }
}

public class StateData
{
    public string Name { get; set; }
    public string Reason { get; set; }
    public IDictionary<string, string> Data { get; set; }
}

public class ServerContext
{
    public int WorkerCount { get; set; }
    public string[] Queues { get; set; }
}

public interface IWriteOnlyTransaction : IDisposable
{
    void AddToSet([NotNull] string key, [NotNull] string value, double score);
    void SetRangeInHash([NotNull] string key, [NotNull] IEnumerable<KeyValuePair<string, string>> keyValuePairs);
    void Commit();
}

public interface IFetchedJob : IDisposable
{
    string JobId { get; }
    void RemoveFromQueue();
    void Requeue();
}

[InMemoryFake]
public interface IStorageConnection : IDisposable
{
    IWriteOnlyTransaction CreateWriteTransaction();
    IDisposable AcquireDistributedLock(string resource, TimeSpan timeout);

    string CreateExpiredJob(
        Job job,
        IDictionary<string, string> parameters,
        DateTime createdAt,
        TimeSpan expireIn);

    IFetchedJob FetchNextJob(string[] queues, CancellationToken cancellationToken);

    void SetJobParameter(string id, string name, string value);
    string GetJobParameter(string id, string name);

    [CanBeNull]
    JobData GetJobData([NotNull] string jobId);

    [CanBeNull]
    StateData GetStateData([NotNull] string jobId);

    void AnnounceServer(string serverId, ServerContext context);
    void RemoveServer(string serverId);
    void Heartbeat(string serverId);
    int RemoveTimedOutServers(TimeSpan timeOut);

    // Set operations

    [NotNull]
    HashSet<string> GetAllItemsFromSet([NotNull] string key);

    string GetFirstByLowestScoreFromSet(string key, double fromScore, double toScore);

    // Hash operations

    void SetRangeInHash([NotNull] string key, [NotNull] IEnumerable<KeyValuePair<string, string>> keyValuePairs);

    [CanBeNull]
    Dictionary<string, string> GetAllEntriesFromHash([NotNull] string key);
}

public static class Smoke
{
    public static Task RunAsync(IStorageConnection connection)
    {
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var id = connection.CreateExpiredJob(new Job("Mailer", "Send", new object[] { "a@b.c" }), new Dictionary<string, string> { ["RetryCount"] = "0" }, created, TimeSpan.FromHours(1));
        Check.Equal("1", id, "CreateExpiredJob returns the job's identity as a string");
        var data = connection.GetJobData(id);
        Check.Equal("Send", data?.Job?.MethodName, "GetJobData answers the job created");
        Check.Null(data?.State, "a created job has no state yet");
        Check.Equal("0", data?.ParametersSnapshot?["RetryCount"], "GetJobData answers the job's parameters");
        Check.Null(connection.GetJobData("999"), "GetJobData of a missing job is null");
        connection.SetJobParameter(id, "RetryCount", "1");
        Check.Equal("1", connection.GetJobParameter(id, "RetryCount"), "SetJobParameter replaces the parameter");
        connection.SetJobParameter(id, "Culture", "en");
        Check.Equal("en", connection.GetJobParameter(id, "Culture"), "SetJobParameter adds another parameter of the same job");
        Check.Null(connection.GetJobParameter(id, "Missing"), "GetJobParameter of a missing parameter is null");
        Check.Null(connection.GetStateData(id), "GetStateData of a job with no state is null");
        connection.AnnounceServer("server-1", new ServerContext { WorkerCount = 5, Queues = new[] { "default" } });
        connection.Heartbeat("server-1");
        Check.Throws<Exception>(() => connection.Heartbeat("server-2"), "Heartbeat of a server not announced throws BackgroundServerGoneException");
        connection.RemoveServer("server-1");
        Check.Throws<Exception>(() => connection.Heartbeat("server-1"), "RemoveServer removes the server");
        Check.Equal(0, connection.RemoveTimedOutServers(TimeSpan.FromMinutes(5)), "no server left to time out");
        Check.Throws<ArgumentException>(() => connection.RemoveTimedOutServers(TimeSpan.FromMinutes(-1)), "a negative time-out throws ArgumentException");
        Check.Equal(0, connection.GetAllItemsFromSet("schedule").Count, "GetAllItemsFromSet of an empty set is empty");
        Check.Null(connection.GetFirstByLowestScoreFromSet("schedule", 0, 100), "GetFirstByLowestScoreFromSet of an empty set is null");
        using (var transaction = connection.CreateWriteTransaction())
        {
            transaction.AddToSet("schedule", "job-b", 20);
            transaction.AddToSet("schedule", "job-a", 10);
            transaction.Commit();
        }

        Check.Equal(2, connection.GetAllItemsFromSet("schedule").Count, "the transaction's AddToSet writes the set");
        Check.Equal("job-a", connection.GetFirstByLowestScoreFromSet("schedule", 0, 100), "the lowest score in the range");
        Check.Equal("job-b", connection.GetFirstByLowestScoreFromSet("schedule", 15, 100), "the lowest score from 15");
        Check.Null(connection.GetAllEntriesFromHash("recurring-job:a"), "GetAllEntriesFromHash of a missing hash is null");
        connection.SetRangeInHash("recurring-job:a", new Dictionary<string, string> { ["Cron"] = "* * * * *", ["Queue"] = "default" });
        connection.SetRangeInHash("recurring-job:a", new Dictionary<string, string> { ["Cron"] = "0 * * * *" });
        var hash = connection.GetAllEntriesFromHash("recurring-job:a");
        Check.Equal("0 * * * *", hash?["Cron"], "SetRangeInHash upserts a field");
        Check.Equal("default", hash?["Queue"], "SetRangeInHash keeps the fields it is not given");
        Check.Throws<ArgumentNullException>(() => connection.GetJobData(null), "GetJobData(null) throws ArgumentNullException");
        return Task.CompletedTask;
    }
}
