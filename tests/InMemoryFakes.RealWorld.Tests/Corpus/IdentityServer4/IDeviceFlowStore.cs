// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IDeviceFlowStore.cs (model: src/Storage/src/Models/DeviceCode.cs)
// Real store: src/IdentityServer4/src/Stores/InMemory/InMemoryDeviceFlowStore.cs: StoreDeviceAuthorizationAsync keeps
//   (deviceCode, userCode, data); FindByUserCodeAsync / FindByDeviceCodeAsync return the data or null;
//   UpdateByUserCodeAsync replaces the data of that user code (a missing one is ignored); RemoveByDeviceCodeAsync
//   removes it (a missing one is ignored). The data has no key of its own: the two codes are the keys.
//   The EF Core store (src/EntityFramework.Storage/src/Stores/DeviceFlowStore.cs) keeps rows whose primary key is the
//   user code with a unique index on the device code: a duplicate of either fails the save (DbUpdateException), where
//   the in-memory list appends a second entry (a read by the code the two share finds the first); UpdateByUserCodeAsync
//   of a missing user code throws InvalidOperationException ("Could not update device code") there.
// After h-conv2 (2026-12-04): still incomplete, every By member refused with a sharper message (one value under two
//   names, deviceCode and userCode, which a key-value fake of one key does not hold) instead of "not a known verb".
// After h-conv3 (2026-12-04): complete (configured). One value under two keys: StoreDeviceAuthorizationAsync takes
//   both codes and the data, and a member by each code alone (FindByUserCodeAsync, FindByDeviceCodeAsync) proves each
//   is unique; reads, the update and the removal by either code act on the one entry. A duplicate of either code is the
//   duplicate-key error, store unchanged (EF Core's answer; the in-memory list's second entry is not modelled, and the
//   script does not store one).
// Shapes: *=1,4
// Configured: MissingUpdate = MissingUpdate.Ignore: an update by the user code cannot say what it does when none is
//   stored, and the in-memory store (the one the script asserts) ignores it.
// Still wrong: StoreDeviceAuthorizationAsync of a code already stored throws DuplicateKeyException, where the in-memory
//   store appends a second entry, found only by its code that is not shared (EF Core's DeviceFlowStore fails its save,
//   as the fake does); the smoke script stores no duplicate.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IDeviceFlowStoreCase;

public class DeviceCode
{
    public DateTime CreationTime { get; set; }
    public int Lifetime { get; set; }
    public string ClientId { get; set; }
    public bool IsAuthorized { get; set; }
    public bool IsOpenId { get; set; }
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]
public interface IDeviceFlowStore
{
    Task StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceCode data);
    Task<DeviceCode> FindByUserCodeAsync(string userCode);
    Task<DeviceCode> FindByDeviceCodeAsync(string deviceCode);
    Task UpdateByUserCodeAsync(string userCode, DeviceCode data);
    Task RemoveByDeviceCodeAsync(string deviceCode);
}

public static class Smoke
{
    public static async Task RunAsync(IDeviceFlowStore store)
    {
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceCode { ClientId = "tv", Lifetime = 300 });
        Check.Equal("tv", (await store.FindByUserCodeAsync("USER-1"))?.ClientId, "FindByUserCodeAsync finds the data by user code");
        Check.Equal("tv", (await store.FindByDeviceCodeAsync("device-1"))?.ClientId, "FindByDeviceCodeAsync finds the data by device code");
        Check.Null(await store.FindByUserCodeAsync("device-1"), "a device code is not a user code");
        await store.UpdateByUserCodeAsync("USER-1", new DeviceCode { ClientId = "tv", Lifetime = 300, IsAuthorized = true });
        Check.True((await store.FindByDeviceCodeAsync("device-1"))?.IsAuthorized == true, "UpdateByUserCodeAsync replaces the data, seen through the device code too");
        await store.RemoveByDeviceCodeAsync("device-1");
        Check.Null(await store.FindByUserCodeAsync("USER-1"), "RemoveByDeviceCodeAsync removes the authorization");
        await store.RemoveByDeviceCodeAsync("device-1");
        await store.UpdateByUserCodeAsync("USER-1", new DeviceCode { ClientId = "tv" });
        Check.Null(await store.FindByUserCodeAsync("USER-1"), "UpdateByUserCodeAsync of a missing user code stores nothing");
        await store.StoreDeviceAuthorizationAsync("device-2", "USER-2", new DeviceCode { ClientId = "car" });
        Check.Equal("car", (await store.FindByDeviceCodeAsync("device-2"))?.ClientId, "a second authorization is found by its own device code");
        Check.Null(await store.FindByDeviceCodeAsync("USER-2"), "a user code is not a device code");
    }
}
