// Source: https://github.com/talha0113/microsoft-account-profile-information
// Commit: 804603bad7f2 (the version the search result shows and read_file reads; the fetched snapshot, 523a95ea, holds
//   the same files at 8091bdf3, a rebased twin with the same message and date; the next commit moves the tree under
//   source/)
// Licence: Apache-2.0 (LICENSE; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample120 rule (/work/prompts/out/h-sample120-rule.md; the full rule is in
//   Corpus/KirknaoborotTeam6/IConversationRepository.cs). This one: query (8), rank 3 (rank 1,
//   andersonsalgado/ProgressiveWebAppBlogNew, declares 1 member; rank 2, podnoms/podnoms-backend, has no licence: its
//   LICENSE was deleted in 2018, before the interface existed).
// Path: notification-service/ms.account.push.subscription.core/Services/ISubscriptionService.cs (real store:
//   ms.account.push.subscription.core/Services/SubscriptionService.cs over
//   ms.account.push.subscription.infrastructure/Persistance/Repository.cs; model:
//   ms.account.push.subscription.domain/Entities/Entity.cs, PushSubscriptionInformation.cs)
// Adapted: one namespace for core.services and domain.entities. Nullable enabled and implicit usings, as the core and
//   domain projects have them.
// Real store: SubscriptionService over Repository<PushSubscriptionInformation>, one Azure Cosmos DB container (partition
//   key /id; Id is the caller's, required). SubscribeAsync looks for a stored subscription with the same Keys.p256dh
//   (FindAsync) and creates the one given only when there is none (CreateItemAsync: an Id already stored is a 409
//   CosmosException); a subscription whose p256dh is stored leaves the store unchanged, whatever its Id and EndPoint;
//   then it queues a notification message (INotificationQueueService, a storage queue: outside this store).
//   UnSubscribeAsync(endPoint) deletes every subscription whose EndPoint equals it (DeleteAsync by Id each), nothing
//   for none. CountAsync counts the subscriptions whose EndPoint is not null: every one (EndPoint is required).
// Shapes: SubscribeAsync=19; UnSubscribeAsync=4; CountAsync=core
// First try (8a14561e): incomplete, read as a key-value store (no member names an entity verb): SubscribeAsync and
//   UnSubscribeAsync refused (IMF0001: "'Subscribe' is not a known verb", "'UnSubscribe' is not a known verb", with the
//   key-value verbs listed); CountAsync generated (the entries stored: every subscription, as the real count of those
//   with an EndPoint, which is required) | WRONG: none.
// After this round: unchanged, rightly: SubscribeAsync stores a subscription only when none with the same Keys.p256dh
//   is stored (a dedup by a nested property no signature shows) and queues a message outside the store; UnSubscribeAsync
//   removes every subscription of an EndPoint, a removal by a property its verb does not name. The probe stops at
//   SubscribeAsync, the script's first call.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MicrosoftAccountProfileInformation.ISubscriptionServiceCase;

public abstract class Entity
{
    public required string Id { get; set; }
}

public class PushSubscriptionInformation : Entity
{
    public required string EndPoint { get; set; }

    public required string ExpirationTime { get; set; }

    public required Keys Keys { get; set; }
}

public class Keys
{
    public required string p256dh { get; set; }

    public required string Authentication { get; set; }
}

[InMemoryFake]
public interface ISubscriptionService
{
    Task SubscribeAsync(PushSubscriptionInformation subscription, CancellationToken cancellationToken);
    Task UnSubscribeAsync(string endPoint, CancellationToken cancellationToken);
    Task<long> CountAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    private static PushSubscriptionInformation Subscription(string id, string endPoint, string p256dh)
        => new() { Id = id, EndPoint = endPoint, ExpirationTime = "", Keys = new Keys { p256dh = p256dh, Authentication = "auth-" + id } };

    public static async Task RunAsync(ISubscriptionService subscriptions)
    {
        var ct = CancellationToken.None;
        Check.Equal(0L, await subscriptions.CountAsync(ct), "a new container has no subscription");

        await subscriptions.SubscribeAsync(Subscription("a", "https://push.example/a", "key-a"), ct);
        Check.Equal(1L, await subscriptions.CountAsync(ct), "SubscribeAsync stores a new subscription");

        await subscriptions.SubscribeAsync(Subscription("b", "https://push.example/b", "key-a"), ct);
        Check.Equal(1L, await subscriptions.CountAsync(ct), "SubscribeAsync of a subscription whose Keys.p256dh is stored stores nothing");

        await subscriptions.SubscribeAsync(Subscription("c", "https://push.example/shared", "key-c"), ct);
        await subscriptions.SubscribeAsync(Subscription("d", "https://push.example/shared", "key-d"), ct);
        Check.Equal(3L, await subscriptions.CountAsync(ct), "subscriptions of other keys are stored, one endpoint twice");

        await subscriptions.UnSubscribeAsync("https://push.example/none", ct);
        Check.Equal(3L, await subscriptions.CountAsync(ct), "UnSubscribeAsync of an endpoint not stored deletes nothing");

        await subscriptions.UnSubscribeAsync("https://push.example/shared", ct);
        Check.Equal(1L, await subscriptions.CountAsync(ct), "UnSubscribeAsync deletes every subscription of that endpoint");
    }
}
