// Source: https://github.com/Particular/NServiceBus
// Commit: 1d534882dd43
// Licence: RPL-1.5 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of Particular/NServiceBus.
// Path: src/NServiceBus.Core/Routing/MessageDrivenSubscriptions/ISubscriptionStorage.cs (Subscriber.cs, MessageType.cs;
//   Extensibility/ContextBag.cs cut down)
// Adapted: MessageType is a record of its type name and version (the real class compares those two); ContextBag is an
//   empty class.
// Real store: src/NServiceBus.AcceptanceTesting/AcceptanceTestingPersistence/SubscriptionStorage/
//   AcceptanceTestingSubscriptionStorage.cs: subscribers per message type, keyed by transport address (ordinal, ignoring
//   case). Subscribe(subscriber, messageType) adds or replaces the subscriber for that type; Unsubscribe removes it
//   (nothing when absent); GetSubscriberAddressesForMessage(messageTypes) returns the subscribers of any of the types,
//   one per (TransportAddress, Endpoint).
// Shapes: *=4,18
// First try (2f120b5): incomplete: IMF0001 Subscribe, Unsubscribe, GetSubscriberAddressesForMessage |
//   WRONG: none (no member generated)
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NServiceBus.ISubscriptionStorageCase;

public class ContextBag
{
}

public class Subscriber(string transportAddress, string? endpoint)
{
    public string TransportAddress { get; } = transportAddress;
    public string? Endpoint { get; } = endpoint;
}

public sealed record MessageType(string TypeName, string Version);

[InMemoryFake]
public interface ISubscriptionStorage
{
    Task Subscribe(Subscriber subscriber, MessageType messageType, ContextBag context, CancellationToken cancellationToken = default);
    Task Unsubscribe(Subscriber subscriber, MessageType messageType, ContextBag context, CancellationToken cancellationToken = default);
    Task<IEnumerable<Subscriber>> GetSubscriberAddressesForMessage(IEnumerable<MessageType> messageTypes, ContextBag context, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ISubscriptionStorage storage)
    {
        var context = new ContextBag();
        var created = new MessageType("Sales.OrderCreated", "1.0.0");
        var billed = new MessageType("Sales.OrderBilled", "1.0.0");
        await storage.Subscribe(new Subscriber("billing@host", "Billing"), created, context);
        await storage.Subscribe(new Subscriber("shipping@host", "Shipping"), billed, context);
        var subscribers = (await storage.GetSubscriberAddressesForMessage([created], context)).ToList();
        Check.Equal(1, subscribers.Count, "GetSubscriberAddressesForMessage returns the type's subscribers");
        Check.Equal("billing@host", subscribers[0].TransportAddress, "GetSubscriberAddressesForMessage returns the subscriber");
        Check.Equal(2, (await storage.GetSubscriberAddressesForMessage([created, billed], context)).Count(), "GetSubscriberAddressesForMessage covers every type given");
        await storage.Unsubscribe(new Subscriber("billing@host", "Billing"), created, context);
        Check.Equal(0, (await storage.GetSubscriberAddressesForMessage([created], context)).Count(), "Unsubscribe removes the subscriber");
    }
}
