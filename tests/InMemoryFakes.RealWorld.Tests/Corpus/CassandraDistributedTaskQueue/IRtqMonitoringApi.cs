// Source: https://github.com/skbkontur/cassandra-distributed-task-queue
// Commit: 09113b7d0a59
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample112 rule (the whole rule and the repositories it skipped: Corpus/DotNetWorkQueue/IDashboardApi.cs).
//   This one: the 2nd pick (the 11th repository listed). Before it in path order: Cassandra.DistributedTaskQueue.
//   FunctionalTests.Common/… (ITestCounterRepository, ITestTaskLogger, IPeriodicTask…) and Cassandra.
//   DistributedTaskQueue.Monitoring.TestService/IMonitoringService, skipped by the rule (their paths say test).
// Path: Cassandra.DistributedTaskQueue.Monitoring/Api/IRtqMonitoringApi.cs (real store: Api/RtqMonitoringApi.cs over
//   RemoteTaskQueue (Cassandra.DistributedTaskQueue/Handling/RemoteTaskQueue.cs) and TaskSearchClient
//   (Storage/Client/TaskSearchClient.cs, Elasticsearch); models: Api/RtqMonitoringSearchRequest.cs,
//   RtqMonitoringSearchResults.cs, RtqMonitoringTaskModel.cs, RtqMonitoringTaskMeta.cs, TimestampRange.cs,
//   Handling/TaskManipulationResult.cs, Cassandra/Entities/TaskState.cs)
// Adapted: the namespaces (one for all); JetBrains' [PublicAPI], [NotNull], [ItemNotNull] and the JSON attributes
//   dropped; RtqMonitoringTaskMeta cut to Id, Name, State and Attempts; RtqMonitoringTaskModel keeps TaskMeta,
//   ChildTaskIds and ExceptionInfos (its IRtqTaskData TaskData is an object here); TimestampRange's bounds are
//   DateTime (SkbKontur's Timestamp). Nullable disabled, as in the source (no Nullable in the csproj or
//   Directory.Build.props).
// Real store: RtqMonitoringApi, the monitoring UI's API over a remote task queue kept in Cassandra (task metas, data
//   and exceptions) and indexed in Elasticsearch. GetAllTasksNames() answers the names of the task data types the
//   application registered (IRtqTaskDataRegistry, code, not stored rows). Search(request) throws
//   InvalidOperationException when EnqueueTimestampRange, Offset or Count is not set, else asks Elasticsearch for the
//   ids matching the states, names, query string ("*" when blank) and enqueue range, one page, and answers the total
//   and the metas Cassandra still has, in the index's order. GetTaskDetails(taskId) answers the task's meta, data,
//   exception messages and child ids, and RtqMonitoringTaskModel.Empty (a new model, every field null) for an unknown
//   id. CancelTasks(ids) / RerunTasks(ids) run TryCancelTask / TryRerunTask(id, zero delay) once per distinct id under
//   the task's remote lock and answer a dictionary id -> TaskManipulationResult: Failure_TaskDoesNotExist for an
//   unknown id, Failure_LockAcquiringFails when the lock is held, cancel only from New, WaitingForRerun,
//   WaitingForRerunAfterError or InProcess (else Failure_InvalidTaskState), rerun from any state (WaitingForRerun,
//   MinimalStartTicks now). The …BySearchQuery forms do the same for every id the search finds, 100 at a time.
// Shapes: *=core; CancelTasks=18; RerunTasks=18
// First try (fa08f2db): incomplete: IMF0001 on all 7 members, the interface read as a key-value store (no member names
//   a stored type): GetAllTasksNames and GetTaskDetails ("it starts with GetAll/Get, which is one, but 'TasksNames'/
//   'TaskDetails' after it is no noun of this store"), Search, CancelTasks, RerunTasks, CancelTasksBySearchQuery and
//   RerunTasksBySearchQuery ("not a known verb") | WRONG: none (nothing generated). Each refusal is right in substance:
//   the task names are the application's registered types (code), the search is Elasticsearch's query over an index,
//   and cancel and rerun are a task queue's commands under a remote lock with state rules (issue 10: job queues stay
//   diagnostics); only the store kind the messages speak of (key-value) is not this interface's.
// After this round: unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CassandraDistributedTaskQueue.IRtqMonitoringApiCase;

public enum TaskState
{
    Unknown = 0,
    New,
    WaitingForRerun,
    WaitingForRerunAfterError,
    Finished,
    InProcess,
    Fatal,
    Canceled,
}

public enum TaskManipulationResult
{
    Success,
    Failure_LockAcquiringFails,
    Failure_InvalidTaskState,
    Failure_TaskDoesNotExist
}

public class TimestampRange
{
    public DateTime LowerBound { get; set; }

    public DateTime UpperBound { get; set; }
}

public class RtqMonitoringSearchRequest
{
    public TimestampRange EnqueueTimestampRange { get; set; }

    public string QueryString { get; set; }

    public TaskState[] States { get; set; }

    public string[] Names { get; set; }

    public int? Offset { get; set; }

    public int? Count { get; set; }
}

public class RtqMonitoringTaskMeta
{
    public string Name { get; set; } = null!;

    public string Id { get; set; } = null!;

    public TaskState State { get; set; }

    public int Attempts { get; set; }
}

public class RtqMonitoringSearchResults
{
    public long TotalCount { get; set; }

    public RtqMonitoringTaskMeta[] TaskMetas { get; set; } = null!;
}

public class RtqMonitoringTaskModel
{
    public static RtqMonitoringTaskModel Empty => new RtqMonitoringTaskModel();

    public RtqMonitoringTaskMeta TaskMeta { get; set; }

    public object TaskData { get; set; }

    public string[] ChildTaskIds { get; set; }

    public string[] ExceptionInfos { get; set; }
}

[InMemoryFake]
public interface IRtqMonitoringApi
{
    string[] GetAllTasksNames();

    RtqMonitoringSearchResults Search(RtqMonitoringSearchRequest searchRequest);

    RtqMonitoringTaskModel GetTaskDetails(string taskId);

    Dictionary<string, TaskManipulationResult> CancelTasks(string[] ids);

    Dictionary<string, TaskManipulationResult> RerunTasks(string[] ids);

    Dictionary<string, TaskManipulationResult> RerunTasksBySearchQuery(RtqMonitoringSearchRequest searchRequest);

    Dictionary<string, TaskManipulationResult> CancelTasksBySearchQuery(RtqMonitoringSearchRequest searchRequest);
}

public static class Smoke
{
    public static Task RunAsync(IRtqMonitoringApi api)
    {
        // A queue with no task registered and none enqueued: nothing to find, cancel or rerun.
        Check.Equal(0, api.GetAllTasksNames().Length, "no task type registered");

        var details = api.GetTaskDetails("missing");
        Check.NotNull(details, "an unknown task answers the empty model, not null");
        Check.Null(details.TaskMeta, "the empty model has no meta");

        var cancelled = api.CancelTasks(new[] { "missing", "missing" });
        Check.Equal(1, cancelled.Count, "each distinct id is answered once");
        Check.Equal(TaskManipulationResult.Failure_TaskDoesNotExist, cancelled["missing"], "cancelling an unknown task fails");
        Check.Equal(TaskManipulationResult.Failure_TaskDoesNotExist, api.RerunTasks(new[] { "missing" })["missing"], "rerunning an unknown task fails");

        Check.Throws<InvalidOperationException>(() => api.Search(new RtqMonitoringSearchRequest { Offset = 0, Count = 10 }), "a search without an enqueue range is refused");
        var range = new TimestampRange { LowerBound = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpperBound = new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc) };
        var found = api.Search(new RtqMonitoringSearchRequest { EnqueueTimestampRange = range, Offset = 0, Count = 10 });
        Check.Equal(0L, found.TotalCount, "nothing enqueued, nothing found");
        Check.Equal(0, api.CancelTasksBySearchQuery(new RtqMonitoringSearchRequest { EnqueueTimestampRange = range }).Count, "nothing found, nothing cancelled");
        return Task.CompletedTask;
    }
}
