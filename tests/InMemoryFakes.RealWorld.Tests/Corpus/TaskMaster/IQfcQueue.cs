// Source: https://github.com/drmoisan/TaskMaster
// Commit: 961c44be8b5f
// Licence: GPL-3.0 (COPYING; an interface signature and minimal models transcribed for a test)
// Sample: h-sample84 rule, fixed before any interface was looked at (the whole rule, the walk and every skip are in
//   Corpus/ToDoListDev/ILayout.cs): the repositories find_repos("Todo") lists, in its order, keeping those with C# files
//   (then find_repos("Task")); in each, at its newest stored snapshot, the first C# interface outside test paths that
//   declares at least 3 members and whose implementation in the same repository keeps state (read as in h-sample70, 76
//   and 81); not a corpus source already; a licence that allows transcribing a signature (no licence file: skipped); at
//   most 1 per repository; stop after 5. Picks, in order: abstractspoon/ToDoList_Dev ILayout; cvetomir-todorov/CecoChat
//   IIdChannel; drmoisan/TaskMaster IQfcQueue; microsoft/azure-pipelines-tasks IDebugConfigGenerator;
//   hamed-shirbandi/TaskoMask INotificationService.
//   This one: the 3rd pick (the 8th repository of find_repos("Task"), an Outlook add-in). Before it in path order:
//   IQfcFormController and IQfcHomeController (QuickFiler/Controllers/), WinForms controllers whose state is the form's,
//   no records; CleanProjectToTest/ and the *.Test projects are test paths.
// Path: QuickFiler/Controllers/IQfcQueue.cs (the interface; its one implementation QuickFiler/Controllers/QfcQueue.cs,
//   the quick filer's queue of pages of mail items loaded ahead in the background)
// Adapted: Outlook's MailItem (a COM interface of some 200 members) is cut to EntryID; System.Windows.Forms'
//   TableLayoutPanel and RowStyle are empty stand-ins of the same names (the corpus compiles without WinForms);
//   QfcItemGroup keeps MailItem; TlpCellStates keeps its base (a Dictionary of string to TlpCellSnapShotList, here a
//   list of strings); IQfcCollectionController is cut to nothing. Nullable disabled, as in the source (no <Nullable>).
// Real store: QfcQueue over a BlockingCollection of (TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups) pages.
//   EnqueueAsync(items, controller) (null items: ArgumentNullException; none: ArgumentException) hooks each item's move,
//   clones TlpTemplate and loads a controller and viewer per item on the UI thread, then adds the page; Count is the
//   number of pages queued, JobsRunning the enqueues and removals under way. Dequeue() takes the oldest page, blocking
//   until there is one; TryDequeueAsync(token, timeout) answers default when nothing is queued or loading, else waits up
//   to the timeout. RemoveItem(mailItem) waits for the jobs, then removes the item's row (by EntryID) from the page that
//   holds it and renumbers it. ChangeIterationSize and GrowEntry regroup the pages to a new row count, pulling more items
//   from the home controller's data model; RenumberGroups renumbers a page's viewers; CompleteAddingAsync and
//   JobsToFinish wait for the jobs. TlpTemplate's setter keeps a clone named "TemplateTableLayout"; TlpStates is a plain
//   property. CollectionChanged fires on each add and take.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 on 14 of 15 (CollectionChanged and PropertyChanged: events; JobsRunning: an
//   unsupported property; TlpStates and TlpTemplate: settable properties; GrowEntry: ref parameters; RemoveItem: its key
//   MailItem compares by reference; the other seven: "not a known verb"); generated: Count, the number of entries of the
//   fake's table | WRONG: none (only members written in the partial class fill that table, so Count counts what they put
//   in: 0 until then, as the real queue's before any page).
// After this round: unchanged, and the refusals are right: a blocking queue of UI pages built on the UI thread, with
//   waits, events and regrouping, which the issue keeps as a diagnostic (queues).
#nullable disable

using System.Collections.Generic;
using System.Collections.Specialized;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TaskMaster.IQfcQueueCase;

public interface MailItem
{
    string EntryID { get; }
}

public class TableLayoutPanel
{
    public string Name { get; set; }
}

public class RowStyle
{
}

public class TlpCellSnapShotList : List<string>
{
}

public class TlpCellStates : Dictionary<string, TlpCellSnapShotList>
{
}

public class QfcItemGroup
{
    public QfcItemGroup(MailItem mailItem)
    {
        MailItem = mailItem;
    }

    public MailItem MailItem { get; set; }
}

public interface IQfcCollectionController
{
}

[InMemoryFake]
public interface IQfcQueue : INotifyCollectionChanged, INotifyPropertyChanged
{
    int Count { get; }
    int JobsRunning { get; }
    TlpCellStates TlpStates { get; set; }
    TableLayoutPanel TlpTemplate { get; set; }

    Task ChangeIterationSize((TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups) entry, int newRowCount, RowStyle rowStyleTemplate);
    Task CompleteAddingAsync(CancellationToken token, int timeout);
    (TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups) Dequeue();
    Task EnqueueAsync(IList<MailItem> items, IQfcCollectionController qfcCollectionController);
    void GrowEntry(ref (TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups) target, ref (TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups) source, int newRowCount, RowStyle rowStyleTemplate);
    Task JobsToFinish(int pollInterval, CancellationToken token);
    Task RemoveItem(MailItem mailItem);
    void RenumberGroups(List<QfcItemGroup> itemGroups);
    Task<(TableLayoutPanel Tlp, List<QfcItemGroup> ItemGroups)> TryDequeueAsync(CancellationToken token, int timeout);
}

public static class Smoke
{
    // Only what the real queue does without Outlook and a UI thread: its empty state and its argument checks.
    public static async Task RunAsync(IQfcQueue queue)
    {
        Check.Equal(0, queue.Count, "a new queue holds no page");
        Check.Equal(0, queue.JobsRunning, "and runs no job");
        var nothing = await queue.TryDequeueAsync(CancellationToken.None, 100);
        Check.Null(nothing.Tlp, "TryDequeueAsync of an empty queue with no job running answers default at once");
        await Check.ThrowsAsync<System.ArgumentNullException>(() => queue.EnqueueAsync(null, null), "EnqueueAsync(null) throws ArgumentNullException");
        await Check.ThrowsAsync<System.ArgumentException>(() => queue.EnqueueAsync(new List<MailItem>(), null), "EnqueueAsync of no items throws ArgumentException");
        Check.Equal(0, queue.Count, "and queues nothing");
    }
}
