// Source: https://github.com/Azure-Samples/modern-data-warehouse-dataops
// Commit: c4ba054744dc
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample42 rule 2, fixed before probing (Corpus/AzureIntelligentEdgePatterns/IImageEventRepository.cs has
//   both rules in full: rule 1, nine search queries, picked nothing Microsoft's; rule 2, the Azure-Samples repositories
//   find_repos answers, first *Repository/Repo/Store/Storage/StorageService/Cache/CacheProvider interface in path order
//   with >= 3 members, 1 per repository, stop after 3). This one: rule 2, the 2nd pick (modern-data-warehouse-dataops,
//   its only such interface).
// Path: archive/e2e_samples/deployment_stamps/api/WebApi/Repositories/IRepository.cs (real store: the partial class
//   Repository in CosmosRepository.cs, TableTelemetryRepository.cs and RepositoryConstructor.cs beside it; models:
//   Models/Device.cs, DeviceInfo.cs, Telemetry.cs, TelemetryEntity.cs, CosmosContext.cs; caller:
//   Controllers/TelemetriesController.cs and the device filters)
// Adapted: the namespaces (one for all); the unused usings (Microsoft.Azure.Devices) dropped; the [GuidFormat] and
//   [StringLength]/[Required] validation attributes and the JSON names dropped. Nullable disabled, as in the source
//   (net5.0, not enabled).
// Real store: Repository, reads only (the devices are written by another service). Devices live in Cosmos DB through
//   EF Core (CosmosContext: Device's key is DeviceInfo's [Key] DeviceId, partitioned by TenantId).
//   GetDevicesAsync(tenantId): the devices whose TenantId is tenantId (a null or empty tenantId throws
//   ArgumentNullException naming it). GetDeviceAsync(tenantId, deviceId): the first device with both, or null (null or
//   empty arguments throw ArgumentNullException naming them). Telemetry lives in Azure Table storage (one table,
//   "telemetry", partitioned by device id, each row's Data the telemetry's JSON). GetTelemetries(deviceId, top): the
//   first top rows of the device's partition (Take(top)); when fewer than top come back, it unions them with a second
//   query meant for the previous ten minutes' table, which reads the same table again (the date is not used), so the
//   rows come back a second time (new objects: Union compares by reference), up to top in all; top <= 0 gives nothing.
// First try (f04f4fc): incomplete: IMF0001 GetTelemetries (`top` alone reads as paging: which rows come first is the
//   store's). Generated: GetDevicesAsync (the devices whose TenantId equals tenantId), GetDeviceAsync (the device of
//   both, or null), a repository of two entity types (Device keyed by DeviceId, its [Key]; Telemetry by DeviceTime).
//   The probe fails at the first guard step | WRONG: in the generated reads the script reaches, GetDevicesAsync("")
//   returns an empty list and GetDeviceAsync(tenantId, null) returns null, where the real store throws
//   ArgumentNullException naming the argument for a null or empty tenantId or deviceId (its own guard clauses). Every
//   other step passes (a copy of the script without the two guard steps passes the reads and stops at GetTelemetries).
// After this round: unchanged. GetTelemetries stays refused, rightly: the real one returns the first top rows of the
//   device's partition in the table's order, and then the same rows a second time when there are fewer than top (its
//   "previous table" query reads the same table), which no signature can say.
// Still wrong: the two guards above, which the probe reaches: they are the store's own: no signature says that an
//   empty tenant id is refused rather than matched (EF Core over SQL would return the rows whose TenantId is "", none
//   here), and a null key in a lookup finds nothing by the documented rule (no row has a null key); under #nullable
//   disable the parameters say nothing about null.
// After h-oblivious (session 29): still incomplete (other members); GetDeviceAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModernDataWarehouseDataops.IRepositoryCase;

public class DeviceInfo
{
    [Key]
    public string DeviceId { get; set; }

    public string DeviceName { get; set; }

    public string DeviceType { get; set; }
}

public class Device : DeviceInfo
{
    public string Id { get; set; }

    public string TenantId { get; set; }

    public string Type { get; } = nameof(Device);
}

public class Telemetry
{
    public string DeviceId { get; set; }

    public Dictionary<string, object> TelemetryData { get; set; }

    [Key]
    public DateTime DeviceTime { get; set; }
}

[InMemoryFake]
public interface IRepository
{
    public Task<List<Device>> GetDevicesAsync(string tenantId);

    public Task<Device> GetDeviceAsync(string tenantId, string deviceId);

    public IEnumerable<Telemetry> GetTelemetries(string deviceId, int top);
}

public static class Smoke
{
    public static async Task RunAsync(IRepository repository)
    {
        const string tenantA = "6f1c1a52-0000-0000-0000-00000000000a";
        const string tenantB = "6f1c1a52-0000-0000-0000-00000000000b";
        const string deviceX = "0b6d2a3e-0000-0000-0000-0000000000a1";
        const string deviceY = "0b6d2a3e-0000-0000-0000-0000000000a2";
        const string deviceZ = "0b6d2a3e-0000-0000-0000-0000000000b1";
        ((IInMemoryFake)repository).Seed(
            new Device { Id = "1", DeviceId = deviceX, TenantId = tenantA, DeviceName = "pump-1" },
            new Device { Id = "2", DeviceId = deviceY, TenantId = tenantA, DeviceName = "pump-2" },
            new Device { Id = "3", DeviceId = deviceZ, TenantId = tenantB, DeviceName = "fan-1" });

        var ofA = await repository.GetDevicesAsync(tenantA);
        Check.Equal("pump-1,pump-2", string.Join(",", ofA.Select(d => d.DeviceName).OrderBy(n => n, StringComparer.Ordinal)), "GetDevicesAsync returns the tenant's devices");
        Check.Equal(0, (await repository.GetDevicesAsync("6f1c1a52-0000-0000-0000-00000000000c")).Count, "and none for a tenant without devices");
        Check.Equal("pump-1", Check.NotNull(await repository.GetDeviceAsync(tenantA, deviceX), "GetDeviceAsync finds the tenant's device").DeviceName, "the device with both ids");
        Check.Null(await repository.GetDeviceAsync(tenantB, deviceX), "GetDeviceAsync of another tenant's device is null");
        Check.Null(await repository.GetDeviceAsync(tenantA, "0b6d2a3e-0000-0000-0000-0000000000ff"), "GetDeviceAsync of an unknown device is null");
        await Check.ThrowsAsync<ArgumentNullException>(() => repository.GetDevicesAsync(""), "GetDevicesAsync of an empty tenant id throws ArgumentNullException");
        await Check.ThrowsAsync<ArgumentNullException>(() => repository.GetDeviceAsync(tenantA, null), "GetDeviceAsync of a null device id throws ArgumentNullException");

        var t0 = new DateTime(2021, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        ((IInMemoryFake)repository).Seed(
            new Telemetry { DeviceId = deviceX, DeviceTime = t0, TelemetryData = new Dictionary<string, object> { ["temp"] = 20 } },
            new Telemetry { DeviceId = deviceX, DeviceTime = t0.AddSeconds(1), TelemetryData = new Dictionary<string, object> { ["temp"] = 21 } },
            new Telemetry { DeviceId = deviceX, DeviceTime = t0.AddSeconds(2), TelemetryData = new Dictionary<string, object> { ["temp"] = 22 } },
            new Telemetry { DeviceId = deviceY, DeviceTime = t0.AddSeconds(3), TelemetryData = new Dictionary<string, object> { ["temp"] = 30 } });
        var two = repository.GetTelemetries(deviceX, 2).ToList();
        Check.Equal(2, two.Count, "GetTelemetries(deviceId, top) returns top rows of the device when it has more");
        Check.True(two.All(t => t.DeviceId == deviceX), "all of the device");
        Check.Equal(0, repository.GetTelemetries(deviceZ, 3).Count(), "and nothing for a device without telemetry");
        Check.Equal(0, repository.GetTelemetries(deviceX, 0).Count(), "and nothing for top 0");
        var five = repository.GetTelemetries(deviceX, 5).ToList();
        Check.Equal(5, five.Count, "with fewer rows than top, the second query reads the same table again: 3 rows, then 2 of them a second time");
    }
}
