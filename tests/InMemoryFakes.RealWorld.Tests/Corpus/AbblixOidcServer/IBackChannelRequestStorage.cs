// Source: https://github.com/Abblix/Oidc.Server
// Commit: 5b41f680
// Licence: Abblix licence agreement (source-available; an interface signature and minimal models transcribed for a test)
// Sample: h-sample20 rule, fixed before probing: in these repositories, in this order (Abblix/Oidc.Server,
//   ITfoxtec/ITfoxtec.Identity.Saml2, TanvirArjel/CleanArchitecture, vkhorikov/DddInAction, dotnet/eShopSupport,
//   sitkoru/Sitko.Core, matthewrenze/clean-architecture-demo, baratgabor/MyWarehouse, Elfocrash/clean-minimal-api,
//   jasontaylordev/NorthwindTraders, abpframework/eShopOnAbp), skipping any the tools do not hold or already in the
//   corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole.
//   ITfoxtec.Identity.Saml2, DddInAction, eShopSupport, clean-architecture-demo and NorthwindTraders have no such
//   interface; Abblix's ICheckSessionResponseCache declares 1 member, CleanArchitecture's IEmployeeCacheRepository 1,
//   Sitko.Core's IEFRepository 2 (its base IRepository none) and IRemoteRepository none, eShopOnAbp's IBasketRepository
//   2 (its base is ABP's). So the rule picks 10, all transcribed, in order: Abblix IBackChannelRequestStorage,
//   IDeviceAuthorizationStorage; CleanArchitecture IDepartmentCacheRepository, IDepartmentRepository; Sitko.Core
//   IEFRepository<TEntity>, IRepository<TEntity, TEntityPk>; MyWarehouse IRepository<TEntity>, IPartnerRepository;
//   clean-minimal-api ICustomerRepository; eShopOnAbp IOrderRepository.
//   This one: the 1st of Abblix/Oidc.Server (4 members).
// Path: Abblix.Oidc.Server/Features/BackChannelAuthentication/Interfaces/IBackChannelRequestStorage.cs
// Adapted: BackChannelAuthenticationRequest keeps its positional ExpiresAt and its settable Status and
//   ClientNotificationToken; AuthorizedGrant (a large grant model) stands in as a minimal class with a Subject.
// Real store: Abblix.Oidc.Server/Features/BackChannelAuthentication/BackChannelRequestStorage.cs over IEntityStorage
//   (DistributedCacheStorage: an IDistributedCache of protobuf-serialized values): StoreAsync(request, expiresIn) makes a
//   NEW id with IAuthenticationRequestIdGenerator (random, URL-safe), SetAsync under it with an absolute expiry of
//   expiresIn, and returns the id; TryGetAsync(id) the stored request or null (missing or expired), a copy
//   (deserialized); UpdateAsync(id, request, expiresIn) SetAsync under id: replaces or creates, new expiry;
//   TryRemoveAsync(id) GetAsync with removeOnRetrieval: returns the stored request and removes it, null when missing.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 TryGetAsync (its values carry their own expiry, ExpiresAt, which some
//   stores honour on a read and others do not; the fake's time to live comes only from a TTL parameter), IMF0001
//   TryRemoveAsync (a key-value removal must return void or bool; this one returns the removed value). StoreAsync
//   (a new id per call) and UpdateAsync generated; the probe passes StoreAsync and stops at TryGetAsync | WRONG: none
//   reached.
// After this round: unchanged (no generator change this round). A key-value removal returning the removed value
//   (ConcurrentDictionary.TryRemove, Redis GETDEL) is what the entity planner already generates for a removal by key;
//   only this file in the corpus has it on a key-value store, so it was not extended here.
//   h-sample24 (bicep's IConcurrentCache and IAuxiliaryFileCache have TValue? TryRemove too) extended it: TryRemoveAsync
//   is now generated (a copy of the removed request, null when missing: the real store's GetAsync with
//   removeOnRetrieval). The probe still stops at TryGetAsync (refused), before it.

#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AbblixOidcServer.IBackChannelRequestStorageCase;

public class AuthorizedGrant
{
    public string Subject { get; set; } = default!;
}

public enum BackChannelAuthenticationStatus
{
    Pending,
    Denied,
    Authenticated,
}

public record BackChannelAuthenticationRequest(AuthorizedGrant AuthorizedGrant, DateTimeOffset ExpiresAt)
{
    public DateTimeOffset? NextPollAt { get; set; }
    public BackChannelAuthenticationStatus Status { get; set; } = BackChannelAuthenticationStatus.Pending;
    public Uri? ClientNotificationEndpoint { get; set; }
    public string? ClientNotificationToken { get; set; }
}

[InMemoryFake]
public interface IBackChannelRequestStorage
{
	Task<string> StoreAsync(BackChannelAuthenticationRequest authenticationRequest, TimeSpan expiresIn);

	Task<BackChannelAuthenticationRequest?> TryGetAsync(string authenticationRequestId);

	Task UpdateAsync(
		string requestId,
		BackChannelAuthenticationRequest request,
		TimeSpan expiresIn);

	Task<BackChannelAuthenticationRequest?> TryRemoveAsync(string authenticationRequestId);
}

public static class Smoke
{
    public static async Task RunAsync(IBackChannelRequestStorage storage)
    {
        var expires = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var first = new BackChannelAuthenticationRequest(new AuthorizedGrant { Subject = "alice" }, expires) { ClientNotificationToken = "t1" };
        var id = await storage.StoreAsync(first, TimeSpan.FromMinutes(5));
        Check.True(!string.IsNullOrEmpty(id), "StoreAsync returns a new request id");
        var second = await storage.StoreAsync(first with { ClientNotificationToken = "t2" }, TimeSpan.FromMinutes(5));
        Check.True(second != id, "StoreAsync makes a new id each time (a random id)");
        var read = Check.NotNull(await storage.TryGetAsync(id), "TryGetAsync of a stored id finds the request");
        Check.Equal("t1", read.ClientNotificationToken, "TryGetAsync returns what StoreAsync stored");
        Check.Equal("alice", read.AuthorizedGrant.Subject, "TryGetAsync returns the grant stored");
        Check.Null(await storage.TryGetAsync("missing"), "TryGetAsync of an unknown id is null");
        await storage.UpdateAsync(id, first with { ClientNotificationToken = "t3" }, TimeSpan.FromMinutes(5));
        Check.Equal("t3", (await storage.TryGetAsync(id))!.ClientNotificationToken, "UpdateAsync replaces the request under the id");
        await storage.UpdateAsync("other", first with { ClientNotificationToken = "t4" }, TimeSpan.FromMinutes(5));
        Check.Equal("t4", (await storage.TryGetAsync("other"))?.ClientNotificationToken, "UpdateAsync of an unknown id stores it (a cache Set)");
        var removed = Check.NotNull(await storage.TryRemoveAsync(id), "TryRemoveAsync returns the stored request");
        Check.Equal("t3", removed.ClientNotificationToken, "TryRemoveAsync returns the request it removes");
        Check.Null(await storage.TryGetAsync(id), "TryRemoveAsync removes the request");
        Check.Null(await storage.TryRemoveAsync(id), "TryRemoveAsync of a missing id is null");
    }
}
