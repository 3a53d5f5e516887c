// Source: https://github.com/Azure/azure-iot-predictive-maintenance
// Commit: 3b0a4e05629e
// Licence: Microsoft Software License Terms, Azure IoT Suite Predictive Maintenance (license.txt: use to design,
//   develop and test programs for use with Microsoft Azure; an interface signature and minimal models transcribed for
//   a test)
// Sample: h-sample59 rule, fixed before probing (the whole walk is in Corpus/AzureIotRemoteMonitoring/
//   IVirtualDeviceStorage.cs): h-sample57's rule continued from the repository after the last it considered: the Azure/
//   repositories in find_repos("Azure/azure-") order past Azure-AppServices-Diagnostics (then, past that list's 100,
//   the same order from find_repos("Azure/azure-a") ... ("Azure/azure-x") merged), mostly C# at the newest stored
//   snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 8.
//   This one: the 7th pick (azure-iot-predictive-maintenance, past find_repos("Azure/azure-")'s 100; 143 .cs of 180
//   source files; its first in path order, 8 members).
// Path: Common/Repository/IIotHubRepository.cs (real store: IotHubRepository.cs beside it, over the IoT Hub service
//   SDK's RegistryManager (Microsoft.Azure.Devices 1.0.5) and ServiceClient; models: Common/Models/SecurityKeys.cs,
//   Microsoft.Azure.Devices' Device, AuthenticationMechanism, SymmetricKey, DeviceStatus)
// Adapted: the namespaces (one for all). Device cut down to its constructor's Id, ETag, Status and Authentication;
//   AuthenticationMechanism to its SymmetricKey; SecurityKeys kept whole (the SecurityKey enum beside it dropped). The
//   dynamic device of AddDeviceAsync is, in the solution, a JSON device document whose DeviceProperties.DeviceID names
//   it; the smoke script passes a class of that shape. Nullable disabled, as in the source (.NET Framework 4.5.1).
// Real store: IotHubRepository over the IoT hub's identity registry. AddDeviceAsync(device, securityKeys) registers a
//   new Device(DeviceSchemaHelper.GetDeviceID(device)) with the keys as its symmetric key (an id already registered:
//   DeviceAlreadyExistsException) and answers the device given. TryAddDeviceAsync(oldIotHubDevice) registers a new
//   Device of its Id, Authentication and Status (its ETag dropped), answering false for any error (an id already
//   registered). GetIotHubDeviceAsync(deviceId) the registered device, null when none (GetDeviceAsync answers null for
//   404). GetDeviceKeysAsync(id) a new SecurityKeys of its symmetric keys, null when none. RemoveDeviceAsync(deviceId)
//   removes it (DeviceNotFoundException when none); TryRemoveDeviceAsync the same, answering false for any error.
//   UpdateDeviceEnabledStatusAsync(deviceId, isEnabled) reads the device, sets Status Enabled or Disabled and updates it
//   (a device not registered: NullReferenceException). SendCommand(deviceId, command) sends the command's JSON to the
//   device as a cloud-to-device message with the command's MessageId (fire and forget; nothing the registry keeps).
// First try (ac6de91): incomplete: an entity repository of Device keyed by Id (ETag its concurrency token). IMF0001 on 4
//   of 8: AddDeviceAsync ("it must take one Device parameter ... it takes 'device' (dynamic), 'securityKeys'"),
//   GetDeviceKeysAsync ("it must return Device or Device?"), SendCommand and UpdateDeviceEnabledStatusAsync ("not a known
//   verb"). Generated: GetIotHubDeviceAsync (null when none), TryAddDeviceAsync (false for a registered id),
//   TryRemoveDeviceAsync (false when none) and RemoveDeviceAsync (nothing for an id not registered). The probe passes
//   the first line and stops at GetDeviceKeysAsync, the second | WRONG: RemoveDeviceAsync did nothing for a device not
//   registered, where RegistryManager.RemoveDeviceAsync throws DeviceNotFoundException (the Try twin beside it is what
//   swallows it); the probe did not reach it.
// After this round: incomplete, none silently wrong: a removal by key returning nothing beside its Try twin (same name
//   after "Try", same parameters, bool) is refused unless MissingDelete states it (docs/generator.md, refused guesses of
//   entity repositories; Sample59Tests): with MissingDelete = MissingDelete.NotFound it throws for a device not
//   registered, as the hub does. Rightly refused: AddDeviceAsync builds a Device from a dynamic document's
//   DeviceProperties.DeviceID and the keys, GetDeviceKeysAsync reads them out of Authentication.SymmetricKey,
//   UpdateDeviceEnabledStatusAsync maps a bool onto the DeviceStatus enum, and SendCommand is a cloud-to-device message.
//   A difference no signature shows, not in the script: TryAddDeviceAsync keeps the ETag it is given, where the hub
//   drops it and gives the new registration its own.
// After h-oblivious (session 29): still incomplete (other members); GetIotHubDeviceAsync answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureIotPredictiveMaintenance.IIotHubRepositoryCase;

public enum DeviceStatus
{
    Enabled = 0,
    Disabled,
}

public class SymmetricKey
{
    public string PrimaryKey { get; set; }

    public string SecondaryKey { get; set; }
}

public class AuthenticationMechanism
{
    public SymmetricKey SymmetricKey { get; set; }
}

public class Device
{
    public Device(string id)
    {
        Id = id;
    }

    public string Id { get; internal set; }

    public string ETag { get; set; }

    public DeviceStatus Status { get; set; }

    public AuthenticationMechanism Authentication { get; set; }
}

public class SecurityKeys
{
    public SecurityKeys(string primaryKey, string secondaryKey)
    {
        PrimaryKey = primaryKey;
        SecondaryKey = secondaryKey;
    }

    public string PrimaryKey { get; set; }

    public string SecondaryKey { get; set; }
}

/// <summary>
/// Interface to expose methods that can be called against the underlying identity repository
/// </summary>
[InMemoryFake]
public interface IIotHubRepository
{
    Task<Device> GetIotHubDeviceAsync(string deviceId);

    Task<dynamic> AddDeviceAsync(dynamic device, SecurityKeys securityKeys);

    Task<bool> TryAddDeviceAsync(Device oldIotHubDevice);

    Task RemoveDeviceAsync(string deviceId);

    Task<bool> TryRemoveDeviceAsync(string deviceId);

    Task UpdateDeviceEnabledStatusAsync(string deviceId, bool isEnabled);

    Task SendCommand(string deviceId, dynamic command);

    Task<SecurityKeys> GetDeviceKeysAsync(string id);
}

public class DeviceProperties
{
    public string DeviceID { get; set; }
}

public class DeviceDocument
{
    public DeviceProperties DeviceProperties { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IIotHubRepository repository)
    {
        Check.Null(await repository.GetIotHubDeviceAsync("CoolingSampleDevice001"), "GetIotHubDeviceAsync of a device not registered is null");
        Check.Null(await repository.GetDeviceKeysAsync("CoolingSampleDevice001"), "and so are its keys");

        var document = new DeviceDocument { DeviceProperties = new DeviceProperties { DeviceID = "CoolingSampleDevice001" } };
        object added = await repository.AddDeviceAsync(document, new SecurityKeys("primary-1", "secondary-1"));
        Check.True(ReferenceEquals(document, added), "AddDeviceAsync answers the device document given");
        var device = await repository.GetIotHubDeviceAsync("CoolingSampleDevice001");
        Check.Equal("CoolingSampleDevice001", device.Id, "AddDeviceAsync registers a device of the document's DeviceID");
        Check.Equal("primary-1", device.Authentication.SymmetricKey.PrimaryKey, "with the keys given");
        Check.Equal(DeviceStatus.Enabled, device.Status, "enabled");
        Check.Equal("secondary-1", (await repository.GetDeviceKeysAsync("CoolingSampleDevice001")).SecondaryKey, "GetDeviceKeysAsync answers its keys");
        await Check.ThrowsAsync<Exception>(() => repository.AddDeviceAsync(document, new SecurityKeys("primary-2", "secondary-2")), "AddDeviceAsync of a registered id throws (DeviceAlreadyExistsException)");

        await repository.UpdateDeviceEnabledStatusAsync("CoolingSampleDevice001", false);
        Check.Equal(DeviceStatus.Disabled, (await repository.GetIotHubDeviceAsync("CoolingSampleDevice001")).Status, "UpdateDeviceEnabledStatusAsync(id, false) disables the device");
        await Check.ThrowsAsync<Exception>(() => repository.UpdateDeviceEnabledStatusAsync("CoolingSampleDevice009", true), "UpdateDeviceEnabledStatusAsync of a device not registered throws (NullReferenceException)");

        var saved = await repository.GetIotHubDeviceAsync("CoolingSampleDevice001");
        Check.True(await repository.TryRemoveDeviceAsync("CoolingSampleDevice001"), "TryRemoveDeviceAsync of a registered device answers true");
        Check.Null(await repository.GetIotHubDeviceAsync("CoolingSampleDevice001"), "and the device is gone");
        Check.False(await repository.TryRemoveDeviceAsync("CoolingSampleDevice001"), "TryRemoveDeviceAsync of a device not registered answers false (the error swallowed)");
        await Check.ThrowsAsync<Exception>(() => repository.RemoveDeviceAsync("CoolingSampleDevice001"), "RemoveDeviceAsync of a device not registered throws (DeviceNotFoundException)");

        Check.True(await repository.TryAddDeviceAsync(saved), "TryAddDeviceAsync registers a device saved before its removal");
        var restored = await repository.GetIotHubDeviceAsync("CoolingSampleDevice001");
        Check.Equal(DeviceStatus.Disabled, restored.Status, "with its status");
        Check.Equal("primary-1", restored.Authentication.SymmetricKey.PrimaryKey, "and its keys");
        Check.False(await repository.TryAddDeviceAsync(saved), "TryAddDeviceAsync of a registered id answers false");
        await repository.RemoveDeviceAsync("CoolingSampleDevice001");
        Check.Null(await repository.GetIotHubDeviceAsync("CoolingSampleDevice001"), "RemoveDeviceAsync removes a registered device");
    }
}
