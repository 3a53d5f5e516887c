// Source: https://github.com/losol/eventuras
// Commit: 120d5eaf83a1
// Licence: GPL-3.0 (an interface signature transcribed for a test)
// Sample: h-sample96 rule, fixed before probing: the repositories find_repos("Event") lists, in its order, keeping
//   only those with C# files (then find_repos("Events") if the list ran out; it did not); in each, the first C# interface
//   in path order (git grep of the fetched newest snapshot, or find_files(repo, ext="cs")) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence file that allows transcribing a signature; at most 1
//   per repository; stop after 3. Walk: event-espresso-core, agent-config, Daft no C#; EventStore/EventStore a corpus
//   source; findtorontoevents, ad-event-processor, reventless-core, the-events-calendar, core-java, event-tickets,
//   Hi.Events no C#; Hexalith/Hexalith.EventStore gives IBackupCommandService; losol/eventuras gives IBackgroundJobQueue;
//   Guardian-Praeventio, Eventra, app-AK, events-bot-new, spine-ts, eventmesh, eventschedule, indesign-sandbox,
//   eventlinqs-app, eventql, orbitaevents-web no C#; EventHorizon.Game.Server.Zone no licence file; islamu-ngo/Event no
//   snapshot and no LICENSE file in the index (its README states AGPL-3.0-or-later): skipped; bcpp-v1 no C#;
//   microsoft/EventLogExpert a corpus source; actionjacksonthegoat-debug/SeventySix gives IBackupCodeService: 3, stop.
//   This one: the 1st of losol/eventuras (4 members; before it in path order IDocumentComposer has 1 member,
//   IEmailComposer, IPdfRenderService and the certificate renderer, access-control and delivery services keep no state,
//   ICertificateIssuingService and ICertificateRetrievalService have 2 members, IConvertoClient calls a remote API).
// Path: apps/api/src/Eventuras.Services/BackgroundJobs/IBackgroundJobQueue.cs (implementation: BackgroundJobQueue.cs
//   beside it, a singleton the API's notification and certificate services write to and a hosted worker reads)
// Adapted: the XML comments are dropped. Nullable disabled, as in the source (the project does not enable it).
// Real store: BackgroundJobQueue, two bounded System.Threading.Channels channels (capacity 1000, several writers and
//   readers, FullMode Wait), one of (RecipientId, AccessControlDone) pairs and one of (CertificateId,
//   AccessControlDone). Queue…JobAsync writes the pair to its channel (waiting while the channel is full; the same id
//   twice is queued twice). Dequeue…JobAsync reads the oldest pair of its channel, first in first out, and waits until
//   one is written when the channel is empty; a cancelled token ends the wait with OperationCanceledException. The two
//   channels are independent.
// Shapes: *=12
// First try (559db242): incomplete: IMF0001 on all 4 members (QueueNotificationJob, QueueCertificateJob,
//   DequeueNotificationJob, DequeueCertificateJob are no known verbs) | WRONG: none (nothing generated).
// After this round: unchanged, rightly: two keyless first-in first-out queues whose reads wait for a write, bounded at
//   a capacity the signature does not state; no key of the tuple describes them (the same recipient queued twice is two
//   jobs), and whether an empty queue waits, returns default or throws is the implementation's. A keyless queue is no
//   convention yet (issue 10 keeps job queues as diagnostics, as for Abot's IPagesToCrawlRepository).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Eventuras.IBackgroundJobQueueCase;

[InMemoryFake]
public interface IBackgroundJobQueue
{
    ValueTask QueueNotificationJobAsync(int recipientId, bool accessControlDone = false, CancellationToken cancellationToken = default);

    ValueTask QueueCertificateJobAsync(int certificateId, bool accessControlDone = false, CancellationToken cancellationToken = default);

    ValueTask<(int RecipientId, bool AccessControlDone)> DequeueNotificationJobAsync(CancellationToken cancellationToken);

    ValueTask<(int CertificateId, bool AccessControlDone)> DequeueCertificateJobAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IBackgroundJobQueue queue)
    {
        await queue.QueueNotificationJobAsync(7);
        await queue.QueueNotificationJobAsync(3, accessControlDone: true);
        await queue.QueueNotificationJobAsync(7);
        await queue.QueueCertificateJobAsync(11, accessControlDone: true);

        Check.Equal((7, false), await queue.DequeueNotificationJobAsync(CancellationToken.None), "the oldest notification job comes first");
        Check.Equal((3, true), await queue.DequeueNotificationJobAsync(CancellationToken.None), "then the next, with its flag");
        Check.Equal((7, false), await queue.DequeueNotificationJobAsync(CancellationToken.None), "the same recipient queued twice is two jobs");
        Check.Equal((11, true), await queue.DequeueCertificateJobAsync(CancellationToken.None), "the certificate queue is its own");

        using var cancel = new CancellationTokenSource();
        var waiting = queue.DequeueCertificateJobAsync(cancel.Token).AsTask();
        Check.False(waiting.IsCompleted, "a read of an empty queue waits for a write");
        cancel.Cancel();
        await Check.ThrowsAsync<OperationCanceledException>(() => waiting, "and cancelling its token ends the wait");
    }
}
