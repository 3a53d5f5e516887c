// Source: https://github.com/JasperFx/wolverine
// Commit: a4b6f5bd91ad
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of JasperFx/wolverine.
// Path: src/Samples/ChaosSender/IMessageRecordRepository.cs (MessageRecord.cs)
// Real store: src/Samples/ChaosSender/MartenStorage.cs (MartenMessageRecordRepository, on a Marten document session
//   that Wolverine's transactional middleware commits): FindOutstandingMessageCount counts every stored MessageRecord;
//   MarkNew(record) stores (upserts) it by Id; MarkDeleted(id) deletes the record with that Id (nothing when absent);
//   ClearMessageRecords deletes every document.
// Shapes: FindOutstandingMessageCount=core; MarkNew=1; MarkDeleted=1; ClearMessageRecords=1
// First try (2f120b5): incomplete: IMF0001 FindOutstandingMessageCount, MarkNew, MarkDeleted (read as a
//   key-value store of objects, not as MessageRecord's repository) | WRONG: none (ClearMessageRecords clears the store, as
//   the real one deletes every document)
// Now: ClearMessageRecords() refused too (IMF0001, h-sample70): no member the fake knows puts a record in or reads
//   one (MarkNew, MarkDeleted and FindOutstandingMessageCount are refused), so the clear emptied a table nothing fills
//   (docs/generator.md, key-value store refused).
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Wolverine.IMessageRecordRepositoryCase;

public class MessageRecord
{
    public Guid Id { get; set; }
    public string TypeName { get; set; } = null!;
}

[InMemoryFake]
public interface IMessageRecordRepository
{
    Task<long> FindOutstandingMessageCount(CancellationToken token);
    void MarkNew(MessageRecord record);
    ValueTask MarkDeleted(Guid id);
    Task ClearMessageRecords();
}

public static class Smoke
{
    public static async Task RunAsync(IMessageRecordRepository repository)
    {
        var first = new MessageRecord { Id = Guid.NewGuid(), TypeName = "Ping" };
        repository.MarkNew(first);
        repository.MarkNew(new MessageRecord { Id = Guid.NewGuid(), TypeName = "Pong" });
        Check.Equal(2L, await repository.FindOutstandingMessageCount(CancellationToken.None), "FindOutstandingMessageCount counts the records");
        await repository.MarkDeleted(first.Id);
        Check.Equal(1L, await repository.FindOutstandingMessageCount(CancellationToken.None), "MarkDeleted deletes the record");
        await repository.MarkDeleted(Guid.NewGuid());
        await repository.ClearMessageRecords();
        Check.Equal(0L, await repository.FindOutstandingMessageCount(CancellationToken.None), "ClearMessageRecords deletes every record");
    }
}
