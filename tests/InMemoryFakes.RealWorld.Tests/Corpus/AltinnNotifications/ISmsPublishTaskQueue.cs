// Source: https://github.com/Altinn/altinn-notifications
// Commit: 0d0183fb101b
// Licence: MIT (an interface signature and a cut-down enum transcribed for a test)
// Sample: h-sample100 rule, fixed before probing: the repositories find_repos("Notification") lists, in its order,
//   keeping those with C# files (find_files(repo, ext="cs") returns rows; find_repos("Subscription") only if that list
//   ran out: it did not); a repository with no licence file of its own is skipped; in each kept one, at its newest
//   stored snapshot (fetch, then git grep for interfaces in *.cs, paths sorted ordinally), the first interface outside
//   paths containing "test" (any case) whose implementation in the same repository keeps state (a database, cache,
//   blob, table, file, in-memory collection) and which has at least 3 members (inherited ones count when the base is in
//   the same repository); not a corpus source already; at most 1 per repository; stop after 3. In order:
//   CorporationX/notification_service, RedHatInsights/notifications-backend, OfficeForProductSafetyAndStandards/
//   cosmetic-product-notifications have no C#; Utility-530/Utility.PropertyNotifications has C# but no licence file
//   (none anywhere in its snapshot bc0d3cdaca76): skipped; Altinn/altinn-notifications (MIT) gives ISmsPublishTaskQueue
//   (this file); alphagov/notifications-api no C#; minvws/nl-covid19-notification-app-backend (EUPL-1.2) gives
//   IAuthCodeService (Corpus/NlCovid19NotificationBackend); cloudfoundry/notifications, Dubbi96/dart-notification,
//   cds-snc/notification-api, alphagov/notifications-admin no C#; analistakuehn/mb-notification-hub has C# in the
//   index but no snapshot can be had and no licence file is indexed (LICENSE, LICENSE.md): skipped;
//   openharmony/notification_distributed_notification_service, guardian/notifications-tooling, BracketSpace/
//   Notification, numerique-gouv/ami-notifications-api, RedHatInsights/notifications-frontend, google/exposure-
//   notifications-verification-server, minvws/nl-covid19-notification-app-ios no C#; grollmus/BuildNotifications (MIT)
//   gives IConfigurationService (Corpus/BuildNotifications): 3, stop.
//   This one: the 1st pick. In path order under components/api/src/Altinn.Notifications.Core, BackgroundQueue's
//   IComposedEmailPublishSignal and IEmailPublishTaskQueue come first with 2 members each (TryEnqueue, WaitAsync);
//   ISmsPublishTaskQueue is the first with 3, and SmsPublishTaskQueue keeps a HashSet of the policies in flight or
//   queued and a Channel<bool> per policy.
// Path: components/api/src/Altinn.Notifications.Core/BackgroundQueue/ISmsPublishTaskQueue.cs (SendingTimePolicy from
//   Enums/SendingTimePolicy.cs); real store: BackgroundQueue/SmsPublishTaskQueue.cs
// Adapted: the XML docs and the namespaces (one for all). Nullable enabled, as in the source (Directory.Build.props).
// Real store: SmsPublishTaskQueue, one unbounded Channel<bool> per SendingTimePolicy (made in the constructor for every
//   value) and a HashSet<SendingTimePolicy> of the policies queued or in flight, under a lock. TryEnqueue(policy):
//   false when the policy is in the set (nothing written); else adds it, writes one signal to its channel, true.
//   WaitAsync(policy, token): reads one signal from that policy's channel (waits while there is none; the token cancels
//   the wait with OperationCanceledException); it leaves the policy in the set. MarkCompleted(policy): removes the
//   policy from the set (none there: nothing), so the next TryEnqueue of it is true again. The policies are independent.
// Shapes: *=core; TryEnqueue=12; MarkCompleted=12; WaitAsync=20
// First try (cc7c7c0f): incomplete: IMF0001 on all 3: TryEnqueue and MarkCompleted ("'TryEnqueue' is not a known
//   verb", "'MarkCompleted' is not a known verb"), WaitAsync ("'Wait' is not a known verb") | WRONG: none (nothing
//   generated).
// After this round: unchanged, and the refusals are right: this is a signal queue, not a store. TryEnqueue's false means
//   "already queued or in flight", a state that only MarkCompleted ends (WaitAsync takes the signal and leaves it), and
//   WaitAsync blocks until a signal or the token; no key-value verb has either meaning, and a fake of a per-policy
//   channel is three hand-written lines on the partial class.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AltinnNotifications.ISmsPublishTaskQueueCase;

public enum SendingTimePolicy : uint
{
    Anytime = 1,

    Daytime = 2
}

[InMemoryFake]
public interface ISmsPublishTaskQueue
{
    bool TryEnqueue(SendingTimePolicy sendingTimePolicy);

    void MarkCompleted(SendingTimePolicy sendingTimePolicy);

    Task WaitAsync(SendingTimePolicy sendingTimePolicy, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(ISmsPublishTaskQueue queue)
    {
        Check.True(queue.TryEnqueue(SendingTimePolicy.Anytime), "the first TryEnqueue of a policy queues it");
        Check.False(queue.TryEnqueue(SendingTimePolicy.Anytime), "a second one while it is queued answers false");
        Check.True(queue.TryEnqueue(SendingTimePolicy.Daytime), "another policy is queued on its own");

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await queue.WaitAsync(SendingTimePolicy.Anytime, wait.Token);
        }

        Check.False(queue.TryEnqueue(SendingTimePolicy.Anytime), "after the wait the policy is in flight: still false");
        queue.MarkCompleted(SendingTimePolicy.Anytime);
        Check.True(queue.TryEnqueue(SendingTimePolicy.Anytime), "MarkCompleted lets it be queued again");

        queue.MarkCompleted(SendingTimePolicy.Daytime);
        queue.MarkCompleted(SendingTimePolicy.Daytime);
        Check.True(queue.TryEnqueue(SendingTimePolicy.Daytime), "a MarkCompleted of a policy not in flight does nothing more");

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await queue.WaitAsync(SendingTimePolicy.Daytime, wait.Token);
            await queue.WaitAsync(SendingTimePolicy.Daytime, wait.Token);
        }

        using (var none = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
        {
            await queue.WaitAsync(SendingTimePolicy.Anytime, none.Token);
            await Check.ThrowsAsync<OperationCanceledException>(() => queue.WaitAsync(SendingTimePolicy.Anytime, none.Token), "a wait with no signal lasts until the token cancels it");
        }
    }
}
