// Source: https://github.com/ShouraiNoPurogurama/psychology-support-microservices
// Commit: 0844a7af60f2
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample71 rule (the whole rule and the repositories it skipped: Corpus/EndazonMicroservicesPlatform/
//   IConversionJobStore.cs). This one: the 2nd pick (the 6th repository listed). Before it in path order: the gateway's
//   IInternalTokenMintingService and ITokenExchangeService (1 member each), IPiiLookupService (3 members, but a gRPC client
//   of the PII service, its CachingPiiLookupService a decorator in front of that client: a remote API), then the
//   BuildingBlocks' CQRS and DDD markers, IIdempotencyHashAccessor and IIdempotencyHasher (1 member each).
// Path: PsychologySupport/BuildingBlocks/BuildingBlocks/Idempotency/IIdempotencyService.cs (real store, Billing's:
//   Services/Billing/Billing.Infrastructure/Resilience/Services/IdempotencyService.cs over the IdempotencyKeys table of
//   BillingDbContext, decorated by LockingIdempotencyService (single flight) and CachingIdempotencyService (Redis in
//   front); model: Billing.Infrastructure/Resilience/Entities/IdempotencyKey.cs)
// Adapted: the namespace; Receipt is a response type of this test's own. Nullable enabled, as in the source.
// Real store: IdempotencyService, rows (Id, Key, RequestHash, ResponsePayload, CreatedAt, ExpiresAt = now + 12 h; the
//   expiry is not read by these members). CreateRequestAsync(key) answers the Id of the row of that key, or adds one (a
//   new Guid Id, RequestHash the request's hash from IIdempotencyHashAccessor, "unknown" when none) and answers its Id; a
//   row of that key with another hash throws InvalidOperationException. RequestExistsAsync(key) answers whether the row
//   is there. SaveResponseAsync<T>(key, response) writes the response as JSON onto the row and pushes ExpiresAt out; no
//   row: KeyNotFoundException. TryGetResponseAsync<T>(key) answers (true, the JSON read back as T) when the row has a
//   payload, else (false, default).
// Shapes: *=none; SaveResponseAsync=5; TryGetResponseAsync=5
// First try (0487eace): incomplete, nothing generated: IMF0001 all 4 (CreateRequest, SaveResponse, TryGetResponse: a
//   known verb followed by a noun of nothing in the store; RequestExists: not a known verb) | WRONG: none.
// After this round: unchanged, and the refusals are right: a row created once per key that answers its own generated
//   Id, guarded by the request's hash, and a response kept as JSON and read back as any T, which no key-value convention
//   says (a generic Save<T>/TryGet<T> pair could as well keep the object itself or one value per type).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PsychologySupportMicroservices.IIdempotencyServiceCase;

public sealed class Receipt
{
    public Guid OrderId { get; set; }
    public decimal Amount { get; set; }
}

[InMemoryFake]
public interface IIdempotencyService
{
        Task<Guid> CreateRequestAsync(Guid requestKey, CancellationToken cancellationToken = default);
        Task<bool> RequestExistsAsync(Guid requestKey, CancellationToken cancellationToken = default);
        Task SaveResponseAsync<T>(Guid requestKey, T response, CancellationToken cancellationToken = default);
   
        Task<(bool Found, T? Response)> TryGetResponseAsync<T>(Guid requestKey, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IIdempotencyService idempotency)
    {
        var key = Guid.Parse("00000000-0000-0000-0000-00000000000a");
        var order = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
        Check.False(await idempotency.RequestExistsAsync(key), "an unknown request does not exist");
        Check.False((await idempotency.TryGetResponseAsync<Receipt>(key)).Found, "nor has a response");
        await Check.ThrowsAsync<KeyNotFoundException>(() => idempotency.SaveResponseAsync(key, new Receipt { OrderId = order, Amount = 12.5m }), "a response for an unknown request throws");

        var id = await idempotency.CreateRequestAsync(key);
        Check.True(id != Guid.Empty, "CreateRequestAsync answers the new row's id");
        Check.True(await idempotency.RequestExistsAsync(key), "the request exists");
        Check.Equal(id, await idempotency.CreateRequestAsync(key), "a second create of the same key answers the same id");
        Check.False((await idempotency.TryGetResponseAsync<Receipt>(key)).Found, "a request without a response has none");

        await idempotency.SaveResponseAsync(key, new Receipt { OrderId = order, Amount = 12.5m });
        var (found, response) = await idempotency.TryGetResponseAsync<Receipt>(key);
        Check.True(found, "the saved response is found");
        Check.Equal(12.5m, response?.Amount, "read back as the type asked");
        await idempotency.SaveResponseAsync(key, new Receipt { OrderId = order, Amount = 20m });
        Check.Equal(20m, (await idempotency.TryGetResponseAsync<Receipt>(key)).Response?.Amount, "a second save replaces the response");
    }
}
