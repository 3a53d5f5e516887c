// Source: https://github.com/Particular/NServiceBus
// Commit: 1d534882dd43
// Licence: RPL-1.5 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of Particular/NServiceBus.
// Path: src/NServiceBus.Core/Reliability/Outbox/IOutboxStorage.cs (OutboxMessage.cs, TransportOperation.cs,
//   IOutboxTransaction.cs; Extensibility/ContextBag.cs cut down)
// Adapted: TransportOperation keeps its message id and body; ContextBag is an empty class.
// Real store: src/NServiceBus.AcceptanceTesting/AcceptanceTestingPersistence/Outbox/AcceptanceTestingOutboxStorage.cs
//   (the in-memory persistence the project tests with): Get(messageId) returns a new OutboxMessage with the stored
//   operations, or null; BeginTransaction returns a transaction; Store(message, transaction) enlists the insert in the
//   transaction, which runs it on Commit (nothing is stored before), and throws when the id is already stored;
//   SetAsDispatched(messageId) marks the stored message dispatched and clears its operations (a missing id: nothing).
// Shapes: Get=core; Store=3; SetAsDispatched=20; BeginTransaction=3
// First try (2f120b5): incomplete: IMF0001 Get (its ContextBag parameter), Store, SetAsDispatched,
//   BeginTransaction (read as a key-value store) | WRONG: none (no member generated)
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NServiceBus.IOutboxStorageCase;

public class ContextBag
{
}

public class TransportOperation(string messageId, byte[] body)
{
    public string MessageId { get; } = messageId;
    public byte[] Body { get; } = body;
}

public class OutboxMessage(string messageId, TransportOperation[] operations)
{
    public string MessageId { get; } = messageId;
    public TransportOperation[] TransportOperations { get; } = operations;
}

public interface IOutboxTransaction : IDisposable, IAsyncDisposable
{
    Task Commit(CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IOutboxStorage
{
    Task<OutboxMessage?> Get(string messageId, ContextBag context, CancellationToken cancellationToken = default);
    Task Store(OutboxMessage message, IOutboxTransaction transaction, ContextBag context, CancellationToken cancellationToken = default);
    Task SetAsDispatched(string messageId, ContextBag context, CancellationToken cancellationToken = default);
    Task<IOutboxTransaction> BeginTransaction(ContextBag context, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IOutboxStorage outbox)
    {
        var context = new ContextBag();
        Check.Null(await outbox.Get("m-1", context), "Get of an unknown message id is null");
        await using (var transaction = await outbox.BeginTransaction(context))
        {
            await outbox.Store(new OutboxMessage("m-1", [new TransportOperation("out-1", [1])]), transaction, context);
            Check.Null(await outbox.Get("m-1", context), "Store is not visible before the transaction commits");
            await transaction.Commit();
        }

        Check.Equal(1, (await outbox.Get("m-1", context))?.TransportOperations.Length, "Get returns the committed message's operations");
        await outbox.SetAsDispatched("m-1", context);
        Check.Equal(0, (await outbox.Get("m-1", context))?.TransportOperations.Length, "SetAsDispatched clears the operations");
    }
}
