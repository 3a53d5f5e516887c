// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IDeviceFlowStore.cs (model: src/Storage/src/Models/DeviceCode.cs)
// Real store: src/IdentityServer4/src/Stores/InMemory/InMemoryDeviceFlowStore.cs: StoreDeviceAuthorizationAsync keeps
//   (deviceCode, userCode, data); FindByUserCodeAsync / FindByDeviceCodeAsync return the data or null;
//   UpdateByUserCodeAsync replaces the data of that user code (a missing one is ignored); RemoveByDeviceCodeAsync
//   removes it (a missing one is ignored). The data has no key of its own: the two codes are the keys.
// Shapes: *=1,4
// After h-conv2 (2026-12-04): still incomplete, every By member refused with a sharper message (one value under two
//   names, deviceCode and userCode, which a key-value fake of one key does not hold) instead of "not a known verb".
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

[InMemoryFake]
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
    }
}
