// Source: https://github.com/danielgerlag/workflow-core
// Commit: a33e5a9d
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample15 rule, fixed before probing: in these repositories, in this order (danielgerlag/workflow-core,
//   MiniProfiler/dotnet, DuendeSoftware/IdentityServer, Prowlarr/Prowlarr, anjoy8/Blog.Core, zhontai/Admin.Core,
//   OrchardCMS/Orchard, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   DotNetNext/SqlSugar, umbraco/Umbraco-CMS), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). The round's hard deadline cut the list at 8, in
//   that order: workflow-core IEventRepository, IScheduledCommandRepository, ISubscriptionRepository; MiniProfiler
//   IAsyncStorage (its only one); Duende IAutomaticKeyManagerKeyStore, ICache<T>, IConsentMessageStore; Prowlarr
//   IAppIndexerMapRepository. Not transcribed for lack of time: Prowlarr's IApplicationsRepository and
//   IApplicationStatusRepository and the repositories after Prowlarr in the list.
//   This one: the 3rd of danielgerlag/workflow-core.
// Path: src/WorkflowCore/Interface/Persistence/ISubscriptionRepository.cs (model: src/WorkflowCore/Models/EventSubscription.cs)
// Adapted: EventSubscription as it is. WorkflowCore builds without nullable annotations (#nullable disable).
// Real store: src/WorkflowCore/Services/DefaultProviders/MemoryPersistenceProvider.cs (the default provider; a
//   List<EventSubscription>): CreateEventSubscription(s) sets s.Id to a new Guid string WHATEVER Id it had, adds it and
//   returns the Id; GetSubscriptions(eventName, eventKey, asOf) the subscriptions with that EventName and EventKey and
//   SubscribeAsOf <= asOf, in stored order; TerminateSubscription(id) removes the one with that Id (nothing when
//   missing); GetSubscription(id) SingleOrDefault by Id (null when missing); GetFirstOpenSubscription(eventName,
//   eventKey, asOf) the FIRST stored with ExternalToken == null, that EventName and EventKey and SubscribeAsOf <= asOf
//   (null when none); SetSubscriptionToken(id, token, workerId, expiry) false when the Id is missing, else writes
//   ExternalToken, ExternalWorkerId and ExternalTokenExpiry and returns true; ClearSubscriptionToken(id, token)
//   InvalidOperationException when the Id is missing or its ExternalToken is not token, else sets the three to null.
// Shapes: *=core
// First try (acd8f01): incomplete: IMF0001 GetSubscriptions, GetFirstOpenSubscription ('asOf' names no property),
//   TerminateSubscription, SetSubscriptionToken, ClearSubscriptionToken (unknown verbs) | SILENTLY WRONG:
//   CreateEventSubscription stored the subscription under the Id it already carried and returned it (the real store
//   gives a new Guid string whatever its Id). GetSubscription generated right.
// After this round: CreateEventSubscription refused (IMF0001, an add returning the string key); same missing setting as
//   IEventRepository's CreateEvent ("replace a preset key with a new Guid string").
// After h-oblivious (session 29): still incomplete (other members); GetSubscription answers null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WorkflowCore.ISubscriptionRepositoryCase;

public class EventSubscription
{
    public string Id { get; set; }

    public string WorkflowId { get; set; }

    public int StepId { get; set; }

    public string ExecutionPointerId { get; set; }

    public string EventName { get; set; }

    public string EventKey { get; set; }

    public DateTime SubscribeAsOf { get; set; }

    public object SubscriptionData { get; set; }

    public string ExternalToken { get; set; }

    public string ExternalWorkerId { get; set; }

    public DateTime? ExternalTokenExpiry { get; set; }
}

[InMemoryFake]
public interface ISubscriptionRepository
{
    Task<string> CreateEventSubscription(EventSubscription subscription, CancellationToken cancellationToken = default);

    Task<IEnumerable<EventSubscription>> GetSubscriptions(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default);

    Task TerminateSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default);

    Task<EventSubscription> GetSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default);

    Task<EventSubscription> GetFirstOpenSubscription(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default);

    Task<bool> SetSubscriptionToken(string eventSubscriptionId, string token, string workerId, DateTime expiry, CancellationToken cancellationToken = default);

    Task ClearSubscriptionToken(string eventSubscriptionId, string token, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ISubscriptionRepository repository)
    {
        var t0 = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        var a = new EventSubscription { WorkflowId = "w1", EventName = "Approved", EventKey = "42", SubscribeAsOf = t0 };
        var idA = await repository.CreateEventSubscription(a);
        Check.True(Guid.TryParse(idA, out _), "CreateEventSubscription gives a new Guid Id");
        var idB = await repository.CreateEventSubscription(new EventSubscription { WorkflowId = "w2", EventName = "Approved", EventKey = "42", SubscribeAsOf = t0.AddHours(1) });
        Check.Equal("w1", (await repository.GetSubscription(idA)).WorkflowId, "GetSubscription finds by Id");
        Check.Null(await repository.GetSubscription("missing"), "GetSubscription of a missing Id is null");
        Check.Equal("w1", string.Join(",", (await repository.GetSubscriptions("Approved", "42", t0.AddMinutes(30))).Select(s => s.WorkflowId)), "GetSubscriptions lists those subscribed at or before asOf");
        Check.Equal("w1,w2", string.Join(",", (await repository.GetSubscriptions("Approved", "42", t0.AddHours(1))).Select(s => s.WorkflowId)), "GetSubscriptions includes one subscribed exactly at asOf");
        Check.Equal("w1", (await repository.GetFirstOpenSubscription("Approved", "42", t0.AddHours(2))).WorkflowId, "GetFirstOpenSubscription is the first stored open one (several match)");
        Check.False(await repository.SetSubscriptionToken("missing", "tok", "worker", t0), "SetSubscriptionToken of a missing Id is false");
        Check.True(await repository.SetSubscriptionToken(idA, "tok", "worker", t0.AddDays(1)), "SetSubscriptionToken answers true");
        var locked = await repository.GetSubscription(idA);
        Check.Equal("tok", locked.ExternalToken, "SetSubscriptionToken writes ExternalToken");
        Check.Equal("worker", locked.ExternalWorkerId, "SetSubscriptionToken writes ExternalWorkerId");
        Check.Equal((DateTime?)t0.AddDays(1), locked.ExternalTokenExpiry, "SetSubscriptionToken writes ExternalTokenExpiry");
        Check.Equal("w2", (await repository.GetFirstOpenSubscription("Approved", "42", t0.AddHours(2))).WorkflowId, "GetFirstOpenSubscription skips one holding a token");
        await Check.ThrowsAsync<InvalidOperationException>(() => repository.ClearSubscriptionToken(idA, "other"), "ClearSubscriptionToken with another token throws");
        await Check.ThrowsAsync<InvalidOperationException>(() => repository.ClearSubscriptionToken("missing", "tok"), "ClearSubscriptionToken of a missing Id throws");
        await repository.ClearSubscriptionToken(idA, "tok");
        Check.Null((await repository.GetSubscription(idA)).ExternalToken, "ClearSubscriptionToken clears the token");
        await repository.TerminateSubscription(idA);
        await repository.TerminateSubscription("missing");
        Check.Null(await repository.GetSubscription(idA), "TerminateSubscription removes the subscription");
        var given = await repository.CreateEventSubscription(new EventSubscription { Id = idB, WorkflowId = "w9", EventName = "Other", SubscribeAsOf = t0 });
        Check.True(given != idB && Guid.TryParse(given, out _), "CreateEventSubscription gives a new Guid Id whatever Id it had (a stored one too)");
        Check.Equal("w2", (await repository.GetSubscription(idB)).WorkflowId, "CreateEventSubscription of one carrying a stored Id leaves that one alone");
    }
}
