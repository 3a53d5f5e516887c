// Source: https://github.com/hamed-shirbandi/TaskoMask
// Commit: 32c1697f3b3c
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample84 rule, fixed before any interface was looked at (the whole rule, the walk and every skip are in
//   Corpus/ToDoListDev/ILayout.cs): the repositories find_repos("Todo") lists, in its order, keeping those with C# files
//   (then find_repos("Task")); in each, at its newest stored snapshot, the first C# interface outside test paths that
//   declares at least 3 members and whose implementation in the same repository keeps state (read as in h-sample70, 76
//   and 81); not a corpus source already; a licence that allows transcribing a signature (no licence file: skipped); at
//   most 1 per repository; stop after 5. Picks, in order: abstractspoon/ToDoList_Dev ILayout; cvetomir-todorov/CecoChat
//   IIdChannel; drmoisan/TaskMaster IQfcQueue; microsoft/azure-pipelines-tasks IDebugConfigGenerator;
//   hamed-shirbandi/TaskoMask INotificationService (the last: the rule stops after 5).
//   This one: the 5th pick (the 42nd repository of find_repos("Task")). Before it in path order, in
//   src/1-BuildingBlocks/Application: ICacheableQuery (2 members, a flag on a query object), ICurrentUser (reads the
//   HTTP user's claims), IEventPublisher (1 member).
// Path: src/1-BuildingBlocks/Application/Services/INotificationService.cs (the interface; its one implementation
//   src/1-BuildingBlocks/Infrastructure/Services/NotificationService.cs, registered per request: the validation and
//   exception handlers add messages that the API's result hands back)
// Adapted: none. Nullable disabled, as in the source (no <Nullable> in the projects or Directory.Build.props).
// Real store: NotificationService over a List<string>. Add(notification) appends (a repeat is kept; so is null).
//   AddRange(notifications) appends each in order (null: ArgumentNullException from List.AddRange). GetList() hands out
//   the list itself (a caller's change to it changes the store). GetListAndReset() hands out the list and starts a new
//   empty one. HasAny() is whether the list holds any message. Reset() starts a new empty list.
// Shapes: *=12
// First try (93199585): incomplete: IMF0001 on Add ("it writes a value without a key, and no member reads it back"),
//   AddRange, GetList and GetListAndReset (a known verb whose noun is none of the store's), Reset ("not a known verb");
//   generated: HasAny, whether the fake's table holds an entry | WRONG: none (only members written in the
//   partial class fill that table, so HasAny answers for what they put in: false until then, as the real list's before
//   any message).
// After this round: Add's refusal now names the list read ('GetList' reads a list of the values back without one, so
//   whether each write adds to that list or replaces the one value is not said; name the list read GetAll or write it:
//   Sample84Tests, docs/generator.md key-value refused guesses), where it said no member read the values back. The
//   refusals are right: an append-only list is one reading of Add beside GetList, a set that keeps each message once
//   (a HashSet<string> behind the same interface) another; GetList hands out the live list and GetListAndReset takes it;
//   Reset elsewhere restores defaults rather than emptying.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TaskoMask.INotificationServiceCase;

[InMemoryFake]
public interface INotificationService
{
    void Add(string notification);
    void AddRange(List<string> notifications);
    List<string> GetList();
    List<string> GetListAndReset();
    bool HasAny();
    void Reset();
}

public static class Smoke
{
    public static Task RunAsync(INotificationService notifications)
    {
        Check.False(notifications.HasAny(), "a new service holds no message");
        Check.Equal(0, notifications.GetList().Count, "GetList of a new service is empty");

        notifications.Add("Name is required");
        notifications.Add("Name is required");
        Check.True(notifications.HasAny(), "HasAny once a message was added");
        Check.Equal(2, notifications.GetList().Count, "Add keeps a repeated message twice");

        notifications.AddRange(new List<string> { "Email is invalid", "Password is too short" });
        var all = notifications.GetList();
        Check.Equal(4, all.Count, "AddRange appends every message");
        Check.Equal("Password is too short", all[3], "in order, after those already held");
        Check.Throws<System.ArgumentNullException>(() => notifications.AddRange(null), "AddRange(null) throws ArgumentNullException");

        var taken = notifications.GetListAndReset();
        Check.Equal(4, taken.Count, "GetListAndReset hands out every message");
        Check.False(notifications.HasAny(), "and leaves none behind");

        notifications.Add("Board not found");
        notifications.Reset();
        Check.False(notifications.HasAny(), "Reset empties the list");
        Check.Equal(0, notifications.GetList().Count, "so GetList is empty again");
        return Task.CompletedTask;
    }
}
