// Source: https://github.com/mehdihadeli/food-delivery-microservices
// Commit: 78bbbed2
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample16 rule, fixed before probing: in these repositories, in this order (anjoy8/Blog.Core,
//   zhontai/Admin.Core, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   Readarr/Readarr, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app, SteeltoeOSS/Steeltoe, DotNetNext/SqlSugar), skipping any the tools
//   do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted
//   ordinally): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken or already in the corpus does not count), outside paths containing "test" (any case), whose name ends in
//   Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository) and are not already in the corpus; stop after 10; each transcribed whole.
//   dotnetcore/WTM, Jackett/Jackett, HangfireIO/Hangfire, JosefNemec/Playnite,
//   gothinkster/aspnetcore-realworld-example-app and SteeltoeOSS/Steeltoe have no such interface; SqlSugar's only ones
//   (ISugarRepository, copies in three source trees) declare 1 member; Readarr's IUserRepository is Lidarr's (in the
//   corpus) word for word and its IAuthorStatisticsRepository declares 2. So the rule picks 9, all transcribed, in
//   order: Blog.Core IRedisBasketRepository, IBaseRepository<TEntity>; Admin.Core IApiRepository, IDictRepository
//   (IRepositoryBase<T> over FreeSql's IBaseRepository); food-delivery IAggregatesDomainEventsRequestStorage,
//   IMessagePersistenceRepository; cloudscribe IIpAddressCache (its only one); Readarr IBlocklistRepository,
//   IAuthorMetadataRepository.
//   This one: the 2nd of mehdihadeli/food-delivery-microservices (10 members).
// Path: src/BuildingBlocks/BuildingBlocks.Abstractions/Messages/MessagePersistence/IMessagePersistenceRepository.cs
//   (models: PersistMessage.cs, MessageStatus.cs, MessageDeliveryType.cs in the same folder)
// Adapted: the models as they are. Nullable enabled as in src/Directory.Build.props.
// Real store: src/BuildingBlocks/BuildingBlocks.Core/Messages/MessagePersistence/InMemory/
//   InMemoryMessagePersistenceRepository.cs (the default AddCore registers; a STATIC ConcurrentDictionary keyed by
//   PersistMessage.Id, holding the references): AddAsync(m) throws for null, else TryAdd: a taken Id keeps the first
//   message silently; UpdateAsync(m) replaces the message of that Id, nothing when missing; ChangeStateAsync(messageId,
//   status) calls ChangeState(status) on the message whose dictionary KEY (its Id, not its MessageId) is messageId,
//   nothing when missing; GetAllAsync every message; GetByFilterAsync(predicate) the messages it matches (null
//   predicate throws); GetByIdAsync(id) the message or null; RemoveAsync(m) removes by m.Id, true when one was removed;
//   CleanupMessages removes all. GetFilterBySateAsync and GetFilterByAsync throw NotImplementedException (in the
//   Postgres store too). The Postgres store (BuildingBlocks.Messaging.Persistence.Postgres, EF Core) differs:
//   ChangeStateAsync finds the message by MessageId, RemoveAsync answers true whatever it removed (a missing one
//   throws DbUpdateConcurrencyException at SaveChanges), AddAsync of a taken Id throws. The smoke script keeps to what
//   both do, except where it says it follows the default in-memory store.
// Shapes: *=core
// First try (0920a35): incomplete: IMF0001 ChangeStateAsync, CleanupMessages, GetFilterByAsync
//   (unknown verbs, a filter of optional parameters); IMF0015 GetFilterBySateAsync. Generated: AddAsync, UpdateAsync,
//   GetAllAsync, GetByFilterAsync, GetByIdAsync, RemoveAsync, right as far as the probe goes (it stops at
//   ChangeStateAsync). Loud differences past it: AddAsync of a taken Id throws DuplicateKeyException (the default
//   in-memory store keeps the first silently, the Postgres one throws) and UpdateAsync of a missing Id throws the
//   not-found error (the in-memory store does nothing). Nothing silently wrong reached.
// After this round: unchanged.
// After h-smoke38 (session 38): RemoveAsync carries IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove
//   + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute
//   is left as it was: the outcome and the generated code are unchanged.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FoodDeliveryMicroservices.IMessagePersistenceRepositoryCase;

public enum MessageDeliveryType
{
    Outbox = 1,
    Inbox = 2,
    Internal = 4,
}

public enum MessageStatus
{
    Stored = 1,
    Delivered = 2,
}

public class PersistMessage(
    Guid id,
    Guid messageId,
    string dataType,
    string data,
    MessageDeliveryType deliveryType,
    MessageStatus messageStatus
)
{
    public Guid Id { get; private set; } = id;
    public Guid MessageId { get; private set; } = messageId;
    public string DataType { get; private set; } = dataType;
    public string Data { get; private set; } = data;
    public DateTime Created { get; private set; } = DateTime.Now;
    public int RetryCount { get; private set; }
    public MessageStatus MessageStatus { get; private set; } = messageStatus;
    public MessageDeliveryType DeliveryType { get; private set; } = deliveryType;

    public void ChangeState(MessageStatus messageStatus)
    {
        MessageStatus = messageStatus;
    }

    public void IncreaseRetry()
    {
        RetryCount++;
    }
}

[InMemoryFake]
public interface IMessagePersistenceRepository
{
    Task AddAsync(PersistMessage persistMessage, CancellationToken cancellationToken = default);
    Task UpdateAsync(PersistMessage persistMessage, CancellationToken cancellationToken = default);

    Task ChangeStateAsync(Guid messageId, MessageStatus status, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersistMessage>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersistMessage>> GetByFilterAsync(
        Expression<Func<PersistMessage, bool>> predicate,
        CancellationToken cancellationToken = default
    );

    Task<IReadOnlyList<PersistMessage>> GetFilterBySateAsync(
        MessageStatus? status = null,
        CancellationToken cancellationToken = default
    );

    Task<IReadOnlyList<PersistMessage>> GetFilterByAsync(
        MessageStatus? status = null,
        MessageDeliveryType? deliveryType = null,
        string? dataType = null,
        CancellationToken cancellationToken = default
    );

    Task<PersistMessage?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(PersistMessage persistMessage, CancellationToken cancellationToken = default);

    Task CleanupMessages();
}

public static class Smoke
{
    public static async Task RunAsync(IMessagePersistenceRepository repository)
    {
        var id = Guid.NewGuid();
        var first = new PersistMessage(id, id, "OrderCreated", "{}", MessageDeliveryType.Outbox, MessageStatus.Stored);
        await repository.AddAsync(first);
        var other = Guid.NewGuid();
        await repository.AddAsync(new PersistMessage(other, other, "OrderShipped", "{}", MessageDeliveryType.Inbox, MessageStatus.Stored));
        Check.Equal("OrderCreated", Check.NotNull(await repository.GetByIdAsync(id), "GetByIdAsync finds a message by Id").DataType, "GetByIdAsync returns the stored message");
        Check.Null(await repository.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of a missing Id is null");
        Check.Equal(2, (await repository.GetAllAsync()).Count, "GetAllAsync lists every message");
        Check.Equal(1, (await repository.GetByFilterAsync(static m => m.DeliveryType == MessageDeliveryType.Inbox)).Count, "GetByFilterAsync keeps the matches");
        await repository.ChangeStateAsync(id, MessageStatus.Delivered);
        Check.Equal(MessageStatus.Delivered, Check.NotNull(await repository.GetByIdAsync(id), "the message is stored").MessageStatus, "ChangeStateAsync changes the status (Id and MessageId equal here: both stores agree)");
        await repository.ChangeStateAsync(Guid.NewGuid(), MessageStatus.Delivered);
        await repository.UpdateAsync(new PersistMessage(id, id, "OrderCreatedV2", "{}", MessageDeliveryType.Outbox, MessageStatus.Stored));
        Check.Equal("OrderCreatedV2", Check.NotNull(await repository.GetByIdAsync(id), "the message is stored").DataType, "UpdateAsync replaces the message of that Id");
        Check.True(await repository.RemoveAsync(first), "RemoveAsync of a stored message is true");
        Check.Null(await repository.GetByIdAsync(id), "RemoveAsync removes by Id");
        await repository.CleanupMessages();
        Check.Equal(0, (await repository.GetAllAsync()).Count, "CleanupMessages removes every message");
    }
}
