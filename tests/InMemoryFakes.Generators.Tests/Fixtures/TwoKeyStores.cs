#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

// Stores that hold each value under two keys, each unique alone: IdentityServer4's device flow store (oblivious, as it
// is declared) and a nullable-annotated store of pairings with a Guid and a string key.

public class DeviceAuthorization
{
    public string ClientId { get; set; }

    public bool IsAuthorized { get; set; }
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]
public interface IDeviceFlowCodes
{
    Task StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceAuthorization data);

    Task<DeviceAuthorization> FindByUserCodeAsync(string userCode);

    Task<DeviceAuthorization> FindByDeviceCodeAsync(string deviceCode);

    Task UpdateByUserCodeAsync(string userCode, DeviceAuthorization data);

    Task RemoveByDeviceCodeAsync(string deviceCode);

    Task RemoveByUserCodeAsync(string userCode, CancellationToken cancellationToken = default);
}

#nullable enable

public sealed class Pairing
{
    public string Label { get; set; } = "";
}

[InMemoryFake(MissingUpdate = MissingUpdate.NotFound)]
public interface IPairings
{
    void Add(Guid deviceId, string pairingCode, Pairing pairing);

    Pairing GetByPairingCode(string pairingCode);

    Pairing? FindByDeviceId(Guid deviceId);

    bool ExistsByPairingCode(string pairingCode);

    void UpdateByDeviceId(Guid deviceId, Pairing pairing);

    bool ReplaceByPairingCode(string pairingCode, Pairing pairing);

    bool RemoveByPairingCode(string pairingCode);
}
