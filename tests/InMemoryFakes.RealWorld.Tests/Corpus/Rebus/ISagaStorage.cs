// Source: https://github.com/rebus-org/Rebus
// Commit: 30f9db9b35ed
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of rebus-org/Rebus.
// Path: Rebus/Sagas/ISagaStorage.cs (ISagaData.cs, ISagaCorrelationProperty.cs, Exceptions/ConcurrencyException.cs)
// Adapted: ConcurrencyException is a minimal exception class.
// Real store: Rebus/Persistence/InMem/InMemorySagaStorage.cs: saga data keyed by Id (Guid), stored as clones.
//   Find(sagaDataType, propertyName, propertyValue) returns a clone of the first stored saga of exactly that type whose
//   property, as a string, equals propertyValue as a string (null and "" alike), else null; Insert throws
//   ConcurrencyException when the Id exists, InvalidOperationException when Revision is not 0, and checks that no other
//   saga of the type has the same correlation property values; Update throws ConcurrencyException when the Id is gone or
//   the stored Revision differs, else stores it with Revision + 1 and increments the caller's Revision; Delete throws
//   ConcurrencyException when the Id is gone or the Revision differs, else removes it and increments the caller's Revision.
// Shapes: Find=4,5; Insert=19; Update=19; Delete=19
// First try (2f120b5): incomplete: IMF0001 Find, Insert, Update, Delete (read as a key-value store keyed by
//   ISagaData, refused as a by-reference key) | WRONG: none (no member generated)
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Rebus.ISagaStorageCase;

public interface ISagaData
{
    Guid Id { get; set; }
    int Revision { get; set; }
}

public interface ISagaCorrelationProperty
{
    string PropertyName { get; }
    Type SagaDataType { get; }
}

public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(string message) : base(message)
    {
    }
}

public sealed class OrderSagaData : ISagaData
{
    public Guid Id { get; set; }
    public int Revision { get; set; }
    public string OrderId { get; set; }
}

[InMemoryFake]
public interface ISagaStorage
{
    Task<ISagaData> Find(Type sagaDataType, string propertyName, object propertyValue);
    Task Insert(ISagaData sagaData, IEnumerable<ISagaCorrelationProperty> correlationProperties);
    Task Update(ISagaData sagaData, IEnumerable<ISagaCorrelationProperty> correlationProperties);
    Task Delete(ISagaData sagaData);
}

public static class Smoke
{
    public static async Task RunAsync(ISagaStorage storage)
    {
        var saga = new OrderSagaData { Id = Guid.NewGuid(), OrderId = "o-1" };
        await storage.Insert(saga, []);
        var found = (OrderSagaData)await storage.Find(typeof(OrderSagaData), nameof(OrderSagaData.OrderId), "o-1");
        Check.Equal(saga.Id, found?.Id, "Find correlates by the named property's value");
        Check.Null(await storage.Find(typeof(OrderSagaData), nameof(OrderSagaData.OrderId), "o-2"), "Find of an unknown value is null");
        await storage.Update(saga, []);
        Check.Equal(1, saga.Revision, "Update increments the caller's Revision");
        await Check.ThrowsAsync<ConcurrencyException>(() => storage.Insert(new OrderSagaData { Id = saga.Id }, []), "Insert of a stored Id throws ConcurrencyException");
        await storage.Delete(saga);
        Check.Null(await storage.Find(typeof(OrderSagaData), nameof(OrderSagaData.OrderId), "o-1"), "Delete removes the saga");
    }
}
