// Source: https://github.com/cvetomir-todorov/CecoChat
// Commit: 37cce9c3bcc5
// Licence: SSPL-1.0 (Server Side Public License; an interface signature transcribed for a test)
// Sample: h-sample84 rule, fixed before any interface was looked at (the whole rule, the walk and every skip are in
//   Corpus/ToDoListDev/ILayout.cs): the repositories find_repos("Todo") lists, in its order, keeping those with C# files
//   (then find_repos("Task")); in each, at its newest stored snapshot, the first C# interface outside test paths that
//   declares at least 3 members and whose implementation in the same repository keeps state (read as in h-sample70, 76
//   and 81); not a corpus source already; a licence that allows transcribing a signature (no licence file: skipped); at
//   most 1 per repository; stop after 5. Picks, in order: abstractspoon/ToDoList_Dev ILayout; cvetomir-todorov/CecoChat
//   IIdChannel; drmoisan/TaskMaster IQfcQueue; microsoft/azure-pipelines-tasks IDebugConfigGenerator;
//   hamed-shirbandi/TaskoMask INotificationService.
//   This one: the 2nd pick (the 71st repository of find_repos("Todo")). Before it in path order: IChatsClient
//   (source/CecoChat.Client.Chats, 2 members) and IConfigClient (source/CecoChat.Client.Config, 1 member), gRPC clients.
// Path: source/CecoChat.Client.IdGen/IdChannel.cs (the interface and its one implementation, IdChannel, a singleton the
//   IdGenClient takes message ids from; IdGenClient refills it from the IdGen service)
// Adapted: none (the interface is internal, as in the source, so the smoke script takes the fake as object). Nullable
//   enabled, as in the source (source/Directory.Build.props).
// Real store: IdChannel, two unbounded System.Threading.Channels of long ids (blue and green), one of them current.
//   TryTakeId(timeout, ct) reads the next id of the current channel, first in first out, waiting up to the timeout for
//   one: (true, id), or (false, 0) when the timeout passes (a cancelled ct throws OperationCanceledException).
//   ClearIds() drains the current channel. AddNewIds(newIds) drains the other channel, writes the new ids into it and
//   makes it the current one: the ids still held are replaced, not added to (IdGenClient calls ClearIds and then
//   AddNewIds with each batch the IdGen service hands out).
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 on all three (TryTakeId: "not a known verb"; ClearIds and AddNewIds: a known
//   verb whose noun is none of the store's) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a queue of ids taken first in first out with a wait, whose
//   "Add" replaces what it holds; read as a key-value or append-only store, AddNewIds would add to the ids left over
//   and TryTakeId would neither wait nor take the id off.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CecoChat.IIdChannelCase;

[InMemoryFake]
internal interface IIdChannel
{
    ValueTask<(bool, long)> TryTakeId(TimeSpan timeout, CancellationToken ct);

    void ClearIds();

    void AddNewIds(IReadOnlyCollection<long> newIds);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object channel) => RunCoreAsync((IIdChannel)channel);

    private static async Task RunCoreAsync(IIdChannel channel)
    {
        var none = await channel.TryTakeId(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        Check.False(none.Item1, "TryTakeId of an empty channel fails once the timeout passes");
        Check.Equal(0L, none.Item2, "and hands out 0");

        channel.AddNewIds(new long[] { 101, 102, 103 });
        var first = await channel.TryTakeId(TimeSpan.FromSeconds(1), CancellationToken.None);
        Check.True(first.Item1, "TryTakeId takes an id once some were added");
        Check.Equal(101L, first.Item2, "the first id added first");
        var second = await channel.TryTakeId(TimeSpan.FromSeconds(1), CancellationToken.None);
        Check.Equal(102L, second.Item2, "and takes it off: the next call hands out the next id");

        channel.AddNewIds(new long[] { 201, 202 });
        var afterRefill = await channel.TryTakeId(TimeSpan.FromSeconds(1), CancellationToken.None);
        Check.Equal(201L, afterRefill.Item2, "AddNewIds replaces the ids still held (103 is gone), it does not add to them");
        channel.ClearIds();
        var cleared = await channel.TryTakeId(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        Check.False(cleared.Item1, "ClearIds drains the channel: 202 is gone too");
    }
}
