// Source: https://github.com/tnoktkm/ManagerTasks
// Commit: 58a4a14 (Interfaces/ITaskRepository.cs, the version read_file reads, and at the same commit, from the fetched
//   snapshot: Repositories/InMemoryTaskRepository.cs, Models/TaskItem.cs, Services/TaskService.cs, Program.cs,
//   ManagerTasks.csproj)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample58 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IPatientRepository Task`, (2) `interface IProjectRepository Task`, (3) `interface ITaskRepository
//   Task`, (4) `interface ICourseRepository Task`, (5) `interface IMovieRepository`, (6) `interface IAccountRepository
//   Task`, (7) `interface ITransactionRepository Task`, (8) `interface ICartRepository`, (9) `interface
//   ILocationRepository`, (10) `interface IGroupRepository Task`; from each, the FIRST result in the order returned that
//   is a C# interface declaration with at least 3 members (inherited ones count if the base interface is in the same
//   repository, as in h-sample41, 47, 48 and 55), outside paths containing "test" (any case), from a repository not
//   already a corpus source; at most 1 per repository; stop after 7. A result that names no repository or path (the
//   tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in h-sample40 to 55). Each
//   interface is transcribed at the version the result's excerpt shows (found in the fetched history where read_file
//   reads another), with its real store at that version. Picks: (1) rank 2, Chamaxonline/medi-help IPatientRepository
//   (declares none; its base IAsyncRepository<T> 9; rank 1, enzojga/health-manager, is a corpus source); (2) rank 1,
//   ridhope/construction-transaction IProjectRepository (5); (3) rank 2, tnoktkm/ManagerTasks ITaskRepository (5; rank
//   1 is TypeScript); (4) rank 1, omgwer/Databases ICourseRepository (5); (5) rank 3, d-kaufmann/imdb IMovieRepository
//   (declares none; its base IRepository<TEntity> 8; rank 1, jeserra/primavera2022's IRepository, declares 2; rank 2 is
//   anonymous); (6) rank 2, MeleknurTasli/PetCity IAccountRepository (8; rank 1 is Go); (7) rank 2,
//   benzartix/ExaltBankAccount ITransactionRepository (declares none; its base IAsyncRepository<T> 5; rank 1 is
//   TypeScript). Seven picks: queries (8) to (10) were not reached. None of the seven repositories was a corpus source.
//   This one: query (3), rank 2 (5 members).
// Path: Interfaces/ITaskRepository.cs (real store: Repositories/InMemoryTaskRepository.cs, registered as a singleton
//   in Program.cs)
// Adapted: a namespace added (the source declares its types in the global namespace); TaskItem's strings initialised to
//   "" (the source leaves them null under Nullable enable, CS8618 warnings there). Nullable enabled, as in
//   ManagerTasks.csproj (implicit usings too).
// Real store: InMemoryTaskRepository, a List<TaskItem>: GetAll = the list itself; GetById = FirstOrDefault(t => t.Id ==
//   id): the task, or NULL for an id not stored (though TaskItem GetById says never null); Add = List.Add: the task is
//   stored as given, its Id too (the list numbers nothing: a caller gives each task its Id); Update(task) = GetById,
//   then Title, Description and IsCompleted copied onto the stored task (every property but the Id it was found by):
//   a task not stored changes nothing and throws nothing; Delete(id) = RemoveAll(t => t.Id == id): an id not stored
//   does nothing.
// Shapes: *=core
// First try (e5da2c2): complete (attribute bare): GetAll, GetById (the not-found error for an id not stored: TaskItem
//   under nullable annotations), Add (an Id the caller set stored as given), Update (the not-found error for a task not
//   stored), Delete (nothing for an id not stored) | WRONG: GetById of an id not stored throws the not-found error
//   where the list's FirstOrDefault answers null. Update of a task not stored threw the not-found error (the smoke
//   script's failure), where the list copies nothing and throws nothing: loud, so not counted as silent.
// Configured: MissingUpdate = MissingUpdate.Ignore (Update finds nothing and copies nothing); MissingKeyReads =
//   MissingKeyRead.Default (FirstOrDefault: null for an id not stored).
// After this round: complete (configured), and the smoke script passes.
// Still wrong: Add of a task whose Id is 0 numbers it (the generated key), where the list keeps Id 0, and a second task
//   of an Id already stored throws the duplicate error (loud), where the list keeps both; GetAll hands out a snapshot
//   of copies, where the real store hands out its own list (a caller that keeps it sees later adds; one that changes a
//   task it read changes the store). No signature says a store numbers nothing or keeps a key twice; the script gives
//   each task its own Id, as a caller of this store must to find it again.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ManagerTasks.ITaskRepositoryCase;

public class TaskItem
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public bool IsCompleted { get; set; }
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore, MissingKeyReads = MissingKeyRead.Default)]
public interface ITaskRepository
{
    IEnumerable<TaskItem> GetAll();
    TaskItem GetById(int id);
    void Add(TaskItem task);
    void Update(TaskItem task);
    void Delete(int id);
}

public static class Smoke
{
    public static Task RunAsync(ITaskRepository tasks)
    {
        tasks.Add(new TaskItem { Id = 1, Title = "Write report", Description = "Q3" });
        tasks.Add(new TaskItem { Id = 2, Title = "Call the bank", Description = "" });
        Check.Equal(2, tasks.GetAll().Count(), "GetAll lists every task");
        Check.Equal("Call the bank", tasks.GetById(2).Title, "GetById reads one by id, the Id the caller gave");

        tasks.Update(new TaskItem { Id = 1, Title = "Write report", Description = "Q3 and Q4", IsCompleted = true });
        var report = tasks.GetById(1);
        Check.True(report.IsCompleted && report.Description == "Q3 and Q4", "Update writes Title, Description and IsCompleted");

        tasks.Update(new TaskItem { Id = 9, Title = "Ghost" });
        Check.Equal(2, tasks.GetAll().Count(), "Update of a task not stored changes nothing and throws nothing (GetById is null, nothing is copied)");

        tasks.Delete(2);
        Check.Equal("Write report", string.Join(",", tasks.GetAll().Select(t => t.Title)), "Delete removes the task");
        tasks.Delete(2);
        Check.Equal(1, tasks.GetAll().Count(), "Delete of an id not stored does nothing and throws nothing (RemoveAll)");
        Check.Null(tasks.GetById(9), "GetById of an id not stored is null (FirstOrDefault), though TaskItem GetById says never null");
        return Task.CompletedTask;
    }
}
