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
//   This one: the 2nd of Abblix/Oidc.Server (6 members).
// Path: Abblix.Oidc.Server/Features/DeviceAuthorization/Interfaces/IDeviceAuthorizationStorage.cs
// Adapted: AuthorizedGrant (a large grant model) stands in as a minimal class with a Subject.
// Real store: Abblix.Oidc.Server/Features/DeviceAuthorization/DeviceAuthorizationStorage.cs (IDistributedCache, values
//   serialized): StoreAsync(deviceCode, request, expiresIn) sets the request under the device code AND the device code
//   under request.UserCode (a second key), both expiring after expiresIn; TryGetByDeviceCodeAsync the request or null;
//   TryGetByUserCodeAsync(userCode) reads the device code stored under the user code, then the request under it:
//   (deviceCode, request), or null when either is missing; UpdateAsync(deviceCode, request) sets the request under the
//   device code (creating it when missing) with the expiry OidcOptions.DeviceAuthorization.CodeLifetime (an option, not a
//   parameter), and does NOT touch the user-code entry; RemoveAsync(deviceCode) reads the request, removes its
//   UserCode's entry, then the device code's (missing: nothing); TryRemoveAsync(deviceCode, userCode) removes the device
//   code's entry: false when it was missing (then nothing else), else removes the user code's entry and returns true.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 TryGetByDeviceCodeAsync, TryGetByUserCodeAsync (no known verb: the store
//   keeps a second key, request.UserCode, that no signature names as a key), TryRemoveAsync (its userCode is neither
//   the key nor anything a key-value store knows). StoreAsync, UpdateAsync and RemoveAsync generated, unobservable
//   without a read; the probe stops at TryGetByDeviceCodeAsync | WRONG: none reached.
// After this round: unchanged. Right refusals: the user-code index is the store's own, and UpdateAsync's expiry
//   (OidcOptions.DeviceAuthorization.CodeLifetime) is an option no signature shows.
// After h-conv2 (2026-12-04): TryGetByDeviceCodeAsync is generated: a verb followed by By and the key's own parameter
//   name (deviceCode, as StoreAsync, UpdateAsync and RemoveAsync name it) is the plain verb (the request or null). Still
//   incomplete: TryGetByUserCodeAsync is refused, now saying why (userCode is a second key or DeviceAuthorizationRequest.
//   UserCode, and Abblix keeps it as a second entry), and TryRemoveAsync as before. The probe passes
//   TryGetByDeviceCodeAsync and stops at TryGetByUserCodeAsync.

// After this round (h-wrongclass5): reviewed the generated members the probe does not reach. RemoveAsync is right
//   as far as the fake keeps entries (no user-code entry is written); UpdateAsync writes with no expiry, where the real
//   one applies OidcOptions.DeviceAuthorization.CodeLifetime (an option no signature shows; DefaultTtlSeconds would
//   state it): left.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AbblixOidcServer.IDeviceAuthorizationStorageCase;

public class AuthorizedGrant
{
    public string Subject { get; set; } = default!;
}

public enum DeviceAuthorizationStatus
{
    Pending,
    Authorized,
    Denied,
}

public record DeviceAuthorizationRequest(
    string ClientId,
    string[] Scope,
    Uri[]? Resources,
    string UserCode)
{
    public DateTimeOffset? NextPollAt { get; set; }
    public DeviceAuthorizationStatus Status { get; set; } = DeviceAuthorizationStatus.Pending;
    public AuthorizedGrant? AuthorizedGrant { get; set; }
}

[InMemoryFake]
public interface IDeviceAuthorizationStorage
{
    Task StoreAsync(string deviceCode, DeviceAuthorizationRequest request, TimeSpan expiresIn);

    Task<DeviceAuthorizationRequest?> TryGetByDeviceCodeAsync(string deviceCode);

    Task<(string DeviceCode, DeviceAuthorizationRequest Request)?> TryGetByUserCodeAsync(string userCode);

    Task UpdateAsync(string deviceCode, DeviceAuthorizationRequest request);

    Task RemoveAsync(string deviceCode);

    Task<bool> TryRemoveAsync(string deviceCode, string userCode);
}

public static class Smoke
{
    public static async Task RunAsync(IDeviceAuthorizationStorage storage)
    {
        var request = new DeviceAuthorizationRequest("client", new[] { "openid" }, null, "USER-1");
        await storage.StoreAsync("dev-1", request, TimeSpan.FromMinutes(10));
        Check.Equal("client", (await storage.TryGetByDeviceCodeAsync("dev-1"))?.ClientId, "TryGetByDeviceCodeAsync finds the stored request");
        Check.Null(await storage.TryGetByDeviceCodeAsync("dev-x"), "TryGetByDeviceCodeAsync of an unknown code is null");
        var byUser = await storage.TryGetByUserCodeAsync("USER-1");
        Check.Equal("dev-1", byUser?.DeviceCode, "TryGetByUserCodeAsync answers the device code stored with the user code");
        Check.Equal("client", byUser?.Request.ClientId, "TryGetByUserCodeAsync answers the request");
        Check.Null(await storage.TryGetByUserCodeAsync("USER-X"), "TryGetByUserCodeAsync of an unknown user code is null");
        await storage.UpdateAsync("dev-1", request with { Status = DeviceAuthorizationStatus.Authorized });
        Check.Equal(DeviceAuthorizationStatus.Authorized, (await storage.TryGetByDeviceCodeAsync("dev-1"))?.Status, "UpdateAsync replaces the request");
        await storage.RemoveAsync("dev-1");
        Check.Null(await storage.TryGetByDeviceCodeAsync("dev-1"), "RemoveAsync removes the request");
        Check.Null(await storage.TryGetByUserCodeAsync("USER-1"), "RemoveAsync removes the user code's entry too");
        await storage.RemoveAsync("dev-1");
        await storage.StoreAsync("dev-2", request with { UserCode = "USER-2" }, TimeSpan.FromMinutes(10));
        Check.True(await storage.TryRemoveAsync("dev-2", "USER-2"), "TryRemoveAsync of a stored code is true");
        Check.Null(await storage.TryGetByUserCodeAsync("USER-2"), "TryRemoveAsync removes the user code's entry");
        Check.False(await storage.TryRemoveAsync("dev-2", "USER-2"), "TryRemoveAsync of a missing code is false");
    }
}
