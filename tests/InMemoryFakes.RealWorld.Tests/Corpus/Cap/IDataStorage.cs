// Source: https://github.com/dotnetcore/CAP
// Commit: e52b8508e54c
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of dotnetcore/CAP.
// Path: src/DotNetCore.CAP/Persistence/IDataStorage.cs (MediumMessage.cs, StatusName.cs; Messages/Message.cs and
//   Monitoring/IMonitoringApi.cs cut down)
// Adapted: Message keeps its headers and value; IMonitoringApi keeps one member.
// Real store: src/DotNetCore.CAP.InMemoryStorage/IDataStorage.InMemory.cs (the SQL stores do the same in tables):
//   published and received messages in two tables keyed by DbId. The lock members always succeed (AcquireLockAsync
//   returns true); StoreMessageAsync(name, content) stores a Scheduled published message with DbId = the message's
//   cap-msg-id header and returns it; StoreReceivedMessageAsync stores a Scheduled received message with a new
//   snowflake id; StoreReceivedExceptionMessageAsync a Failed one; ChangePublishStateAsync / ChangeReceiveStateAsync set
//   the stored message's status, expiry and content; ChangePublishStateToDelayedAsync(ids) sets Delayed; DeleteExpiresAsync
//   deletes up to batchCount expired rows of the named table and returns how many; the retry queries return messages
//   with Retries below the configured limit added before now - lookbackSeconds, in Failed or Scheduled state;
//   DeleteReceivedMessageAsync / DeletePublishedMessageAsync(id) delete by id and return 1 or 0.
// Shapes: AcquireLockAsync=19; ReleaseLockAsync=19; RenewLockAsync=19; ChangePublishStateToDelayedAsync=18,20;
//   ChangePublishStateAsync=20,8; ChangeReceiveStateAsync=20; StoreMessageAsync=1,13,8; StoreReceivedExceptionMessageAsync=1,13;
//   StoreReceivedMessageAsync=1,13; DeleteExpiresAsync=1,7; GetPublishedMessagesOfNeedRetry=1; ScheduleMessagesOfDelayedAsync=core;
//   GetReceivedMessagesOfNeedRetry=1; DeleteReceivedMessageAsync=1,7; DeletePublishedMessageAsync=1,7; GetMonitoringApi=core
// First try (2f120b5): incomplete: IMF0001 on all 16 members (read as a key-value store) | WRONG: none (no member
//   generated)
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cap.IDataStorageCase;

public enum StatusName
{
    Failed = -1,
    Scheduled,
    Succeeded,
    Delayed,
    Queued,
}

public class Message
{
    public IDictionary<string, string?> Headers { get; set; } = new Dictionary<string, string?>();
    public object? Value { get; set; }

    public string GetId() => Headers["cap-msg-id"]!;
}

public class MediumMessage
{
    public string DbId { get; set; } = default!;
    public Message Origin { get; set; } = default!;
    public string Content { get; set; } = default!;
    public DateTime Added { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public int Retries { get; set; }
}

public interface IMonitoringApi
{
    Task<MediumMessage?> GetPublishedMessageAsync(long id);
}

[InMemoryFake]
public interface IDataStorage
{
    Task<bool> AcquireLockAsync(string key, TimeSpan ttl, string instance, CancellationToken token = default);
    Task ReleaseLockAsync(string key, string instance, CancellationToken token = default);
    Task RenewLockAsync(string key, TimeSpan ttl, string instance, CancellationToken token = default);
    Task ChangePublishStateToDelayedAsync(string[] ids);
    Task ChangePublishStateAsync(MediumMessage message, StatusName state, object? transaction = null);
    Task ChangeReceiveStateAsync(MediumMessage message, StatusName state);
    Task<MediumMessage> StoreMessageAsync(string name, Message content, object? transaction = null);
    Task StoreReceivedExceptionMessageAsync(string name, string group, string content);
    Task<MediumMessage> StoreReceivedMessageAsync(string name, string group, Message content);
    Task<int> DeleteExpiresAsync(string table, DateTime timeout, int batchCount = 1000, CancellationToken token = default);
    Task<IEnumerable<MediumMessage>> GetPublishedMessagesOfNeedRetry(TimeSpan lookbackSeconds);
    Task ScheduleMessagesOfDelayedAsync(Func<object, IEnumerable<MediumMessage>, Task> scheduleTask, CancellationToken token = default);
    Task<IEnumerable<MediumMessage>> GetReceivedMessagesOfNeedRetry(TimeSpan lookbackSeconds);
    Task<int> DeleteReceivedMessageAsync(long id);
    Task<int> DeletePublishedMessageAsync(long id);
    IMonitoringApi GetMonitoringApi();
}

public static class Smoke
{
    public static async Task RunAsync(IDataStorage storage)
    {
        Check.True(await storage.AcquireLockAsync("publish_retry", TimeSpan.FromMinutes(1), "node-1"), "AcquireLockAsync of a free lock is true");
        var message = new Message { Headers = { ["cap-msg-id"] = "42", ["cap-msg-name"] = "orders.created" }, Value = "payload" };
        var stored = await storage.StoreMessageAsync("orders.created", message);
        Check.Equal("42", stored.DbId, "StoreMessageAsync keys the message by its cap-msg-id header");
        Check.Equal(1, await storage.DeletePublishedMessageAsync(42), "DeletePublishedMessageAsync of a stored id deletes one row");
        Check.Equal(0, await storage.DeletePublishedMessageAsync(42), "DeletePublishedMessageAsync of a missing id deletes none");
    }
}
