// Source: https://github.com/EdiWang/Moonglade
// Commit: b701f861
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample13 rule, fixed before probing: in these repositories, in this order (SimpleIdServer/SimpleIdServer,
//   blazorhero/CleanArchitecture, EdiWang/Moonglade, dotnet-architecture/eShopOnContainers, cofoundry-cms/cofoundry,
//   AntonioFalcaoJr/EventualShop, thangchung/coolstore-microservices, vietnam-devs/coolstore-microservices,
//   kimcu-on-thenet/ddd-net-ef-core, davidfowl/TodoApi, Dotnet-Boxed/Templates, nopSolutions/nopCommerce-plugins,
//   jbogard/ContosoUniversityDotNetCore-Pages), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). Not held: SimpleIdServer,
//   thangchung/coolstore-microservices, nopCommerce-plugins. eShopOnContainers' newest snapshot is a README (the repo
//   moved); blazorhero's IBrandRepository, IDocumentRepository, IDocumentTypeRepository and IProductRepository,
//   cofoundry's IDistributedLockDefinitionRepository, coolstore's IGridRepository<T> and IEventStorage declare 2 or
//   fewer; EventualShop's seven other IEventStoreRepository files are identical copies; TodoApi and
//   ContosoUniversityDotNetCore-Pages have none. The list ends at 11: Moonglade IEmailOutboxStore and
//   IBlogImageStorage; cofoundry IObjectCache, IAdvancedContentRepositoryAuthorizedTaskRepository and
//   IAuthorizedTaskTypeDefinitionRepository; EventualShop IEventStoreRepository; vietnam-devs/coolstore IRepository<T>;
//   ddd-net-ef-core IRepository<TAggregate, TIdentity>; Dotnet-Boxed ICarRepository, IDroidRepository, IHumanRepository.
//   This one: the 1st of EdiWang/Moonglade.
// Path: src/Moonglade.Email/Core/IEmailOutboxStore.cs (base: src/Moonglade.Email/Core/IEmailNotificationQueue.cs; models:
//   EmailNotification.cs, EmailOutboxClaimRequest.cs, EmailOutboxFailure.cs, EmailOutboxMessage.cs beside it)
// Adapted: the models as they are; Moonglade builds without nullable annotations (#nullable disable) and with implicit
//   usings (written out here).
// Real store: DbEmailNotificationQueue (EF Core BlogDbContext, table EmailOutboxMessage), a work queue with leases:
//   EnqueueAsync validates the notification (ArgumentException), adds a row with a new Guid, Status Pending,
//   AttemptCount 0, CreatedTimeUtc = DateTime.UtcNow, and returns the Guid; ClaimNextAsync(request) (blank WorkerId:
//   ArgumentException; LeaseDuration <= 0: ArgumentOutOfRangeException) takes the oldest (CreatedTimeUtc) row that is
//   Pending or Failed or Processing with an expired lease, whose NotBeforeUtc and LockedUntilUtc are null or <= UtcNow,
//   marks it Processing, LockedBy = WorkerId, LockedUntilUtc = UtcNow + LeaseDuration, AttemptCount + 1, and returns it
//   (null when none); CompleteAsync marks the row Succeeded with SentTimeUtc and clears the lease; MarkFailedAsync
//   marks it Failed, NotBeforeUtc = nextAttemptUtc, LastError = the message cut to 2000 characters; DeadLetterAsync marks
//   it DeadLettered (never claimed again); all three throw InvalidOperationException for a missing message id.
// Shapes: *=core; ClaimNextAsync=6; CompleteAsync=6; MarkFailedAsync=6; DeadLetterAsync=6
// First try (f2bb1c3): incomplete: IMF0001 EnqueueAsync, ClaimNextAsync, CompleteAsync, MarkFailedAsync,
//   DeadLetterAsync (a work queue with leases: none is a verb of the key-value store the interface was read as).
//   Nothing generated, nothing wrong. Unchanged after this round's fixes: a claim/lease queue is no store shape.
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Moonglade.IEmailOutboxStoreCase;

public record EmailNotification
{
    public string DistributionList { get; init; }
    public string MessageType { get; init; }
    public string MessageBody { get; init; }
}

public sealed record EmailOutboxClaimRequest(
    string WorkerId,
    DateTime UtcNow,
    TimeSpan LeaseDuration);

public sealed record EmailOutboxFailure(
    Guid MessageId,
    string ErrorMessage,
    DateTime FailedTimeUtc);

public sealed record EmailOutboxMessage(
    Guid Id,
    string MessageType,
    string DistributionList,
    string MessageBody,
    int AttemptCount,
    DateTime CreatedTimeUtc);

public interface IEmailNotificationQueue
{
    Task<Guid> EnqueueAsync(EmailNotification notification, CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IEmailOutboxStore : IEmailNotificationQueue
{
    Task<EmailOutboxMessage> ClaimNextAsync(EmailOutboxClaimRequest request, CancellationToken cancellationToken = default);

    Task CompleteAsync(Guid messageId, DateTime completedTimeUtc, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(EmailOutboxFailure failure, DateTime nextAttemptUtc, CancellationToken cancellationToken = default);

    Task DeadLetterAsync(EmailOutboxFailure failure, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEmailOutboxStore store)
    {
        var first = await store.EnqueueAsync(new EmailNotification { DistributionList = "a@example.com", MessageType = "TestMail", MessageBody = "{}" });
        Check.True(first != Guid.Empty, "EnqueueAsync returns the new message's id");
        var second = await store.EnqueueAsync(new EmailNotification { DistributionList = "b@example.com", MessageType = "TestMail", MessageBody = "{}" });
        var now = DateTime.UtcNow.AddMinutes(1);
        var claimed = await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-1", now, TimeSpan.FromMinutes(5)));
        Check.Equal(first, claimed.Id, "ClaimNextAsync takes the oldest pending message");
        Check.Equal(1, claimed.AttemptCount, "ClaimNextAsync counts the attempt");
        Check.Equal(second, (await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-2", now, TimeSpan.FromMinutes(5)))).Id, "a leased message is not claimed again");
        Check.Null(await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-3", now, TimeSpan.FromMinutes(5))), "ClaimNextAsync returns null when nothing is claimable");
        await store.CompleteAsync(first, now);
        await store.MarkFailedAsync(new EmailOutboxFailure(second, "smtp down", now), now.AddMinutes(10));
        Check.Null(await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-1", now.AddMinutes(6), TimeSpan.FromMinutes(5))), "a completed message is never claimed, a failed one not before its next attempt");
        var retried = await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-1", now.AddMinutes(11), TimeSpan.FromMinutes(5)));
        Check.Equal(second, retried.Id, "a failed message is claimed again after its next attempt time");
        Check.Equal(2, retried.AttemptCount, "the retry counts a second attempt");
        await store.DeadLetterAsync(new EmailOutboxFailure(second, "gave up", now));
        Check.Null(await store.ClaimNextAsync(new EmailOutboxClaimRequest("worker-1", now.AddHours(1), TimeSpan.FromMinutes(5))), "a dead-lettered message is never claimed");
        await Check.ThrowsAsync<InvalidOperationException>(() => store.CompleteAsync(Guid.NewGuid(), now), "CompleteAsync of a missing message throws InvalidOperationException");
    }
}
