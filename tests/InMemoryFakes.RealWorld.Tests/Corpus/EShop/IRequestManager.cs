// Source: https://github.com/dotnet/eShop
// Path: src/Ordering.Infrastructure/Idempotency/IRequestManager.cs (entity: Idempotency/ClientRequest.cs)
// Commit: 5624ad564d16
// Licence: MIT
// Real store: src/Ordering.Infrastructure/Idempotency/RequestManager.cs: ExistAsync(id) = FindAsync<ClientRequest>(id)
//   != null; CreateRequestForCommandAsync<T>(id) throws OrderingDomainException when the id exists, else adds
//   ClientRequest { Id = id, Name = typeof(T).Name, Time = UtcNow } and saves.
// Shapes: ExistAsync=19; CreateRequestForCommandAsync=1,5
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EShop.IRequestManagerCase;

public class ClientRequest
{
    public Guid Id { get; set; }
    public string Name { get; set; }
    public DateTime Time { get; set; }
}

[InMemoryFake]
public interface IRequestManager
{
    Task<bool> ExistAsync(Guid id);

    Task CreateRequestForCommandAsync<T>(Guid id);
}

public sealed class CancelOrderCommand
{
}

public static class Smoke
{
    public static async Task RunAsync(IRequestManager store)
    {
        var id = Guid.NewGuid();
        Check.False(await store.ExistAsync(id), "ExistAsync of a new request id is false");
        await store.CreateRequestForCommandAsync<CancelOrderCommand>(id);
        Check.True(await store.ExistAsync(id), "ExistAsync is true once the request is recorded");
        await Check.ThrowsAsync<Exception>(() => store.CreateRequestForCommandAsync<CancelOrderCommand>(id), "recording the same request id twice throws");
    }
}
