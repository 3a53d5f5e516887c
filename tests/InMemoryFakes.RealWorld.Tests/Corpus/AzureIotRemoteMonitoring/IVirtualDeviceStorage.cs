// Source: https://github.com/Azure/azure-iot-remote-monitoring
// Commit: 7baee6a281fa
// Licence: Microsoft Software License Terms, Azure IoT Suite Remote Monitoring (license.txt: use to design, develop and
//   test programs for use with Microsoft Azure; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample59 rule, fixed before probing: h-sample57's rule (Corpus/AzureSdkTools/IBlobCodeFileRepository.cs)
//   continued from the repository after the last it considered: the Azure/ repositories in find_repos("Azure/azure-")
//   order past Azure-AppServices-Diagnostics (then, past that list's 100, the same order from find_repos("Azure/azure-a")
//   ... ("Azure/azure-x") merged), mostly C# at the newest stored snapshot and not a corpus source; in each, the first
//   match of `git grep -n -E "interface I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b"
//   -- '*.cs'` in ordinal path order, outside paths containing "test", "sample" or "generated", that declares at least 3
//   members and whose implementation keeps state; at most 1 per repository; stop after 8. The walk: azure-iot-remote-
//   monitoring gives IVirtualDeviceStorage (this file); azure-sdk-for-ios, azure-libraries-for-java not C# by name;
//   azure-linux-extensions (0 .cs of 653 source files) not C#; azure-api-management-devops-resource-kit none; azure-
//   functions-python-worker, azure-kusto-java not C# by name; azure-webjobs-sdk-extensions, azure-ai-cli, azure-
//   functions-mcp-extension none; azure-iot-sdk-c not C# by name; azure-documentdb-datamigrationtool no source files at
//   its newest snapshot; azure-amqp gives IAmqpTerminusStore; azure-docs-powershell-azuread, azure-devops-cli-extension
//   not C# by name; azure-saas (164 .cs of 3,667), azure-functions-templates (76 of 298), azure-functions-sql-extension
//   (183 of 379) not C#; Azure-Media-Services-Explorer, azure-storage-net, azure-functions-kafka-extension none; azure-sdk
//   (0 of 169) not C#; azure-functions-openapi-extension, azure-api-management-policy-toolkit none; azure-data-labs-
//   modules, azure-devtestlab (32 of 298) not C#; azure-functions-java-worker not C# by name; azure-functions-powershell-
//   worker gives IDependencyManagerStorage; azure-functions-redis-extension none; azure-functions-skills (6 of 129) not
//   C#; azure-sphere-samples, azure-functions-durable-js not C# by name; Azure-Verified-Modules not C#; azure-cleanroom
//   gives IKeyStore; azure-mcp none; azure-remote-rendering's IRemoteRenderingStorage has 2 members: none; azure-remote-
//   rendering-asset-tool not C#; azure-sdk-for-media-services, azure-event-hubs none; azure-functions-durable-python (the
//   list's 100th) not C# by name. Past the 100: azure-storage-net-data-movement none; azure-maps-creator-onboarding-tool,
//   azure-kusto-go, azure-kusto-spark, azure-functions-python-extensions, azure-functions-nodejs-worker, azure-sphere-
//   gallery (24 of 479) not C#; azure-databricks-client none; azure-docs-powershell-samples not C#; azure-functions-
//   openai-extension none; azure-support-scripts not C#; azure-functions-dapr-extension none; azure-media-services-samples
//   no source files; azure-policy-linter none; azure-documentdb-changefeedprocessor-dotnet gives ILeaseStore; azure-
//   kusto-python not C#; azure-batch-software-entitlement none; azure-functions-golang-worker, azure-notificationhubs-ios,
//   azure-docs-cli-python.pt-br, azure-workload-identity (2 of 115) not C#; azure-iot-device-ecosystem no source files;
//   azure-ulib-c, azure-event-hubs-spark, azure-c-shared-utility not C#; azure-functions-signalrservice-extension's
//   matches declare 1, 2 and 1 members: none; azure-kusto-node not C#; azure-relay-bridge none; azure-spring-apps-landing-
//   zone-accelerator not C#; azure-render-hub gives IConfigRepository<T>; azure-functions-nodejs-library, azure-docs-sdk-
//   dotnet, azure-documentdb-java, azure-uamqp-python, azure-functions-nodejs-e2e-tests, azure-functions-python-library
//   not C#; Azure-IoT-Security-Agent-CS none; azure-storage-php not C#; azure-functions-rabbitmq-extension, azure-iot-
//   protocol-gateway none; azure-monitor-baseline-alerts not C#; azure-media-migration, azure-service-bus none; azure-
//   init, azure-cosmos-client-engine (2 of 81), azure-cosmos-js, azure-cli-dev-tools not C#; azure-cosmos-dotnet-v2 none;
//   azure-documentdb-changefeedprocessor-java not C#; azure-functions-connector-extension no snapshot; azure-policy not
//   C#; azure-notificationhubs-dotnet none; azure-resource-manager-schemas (18 of 58), azure-storage-cpp not C#; azure-
//   service-bus-dotnet, azure-functions-durable-powershell none; azure-iot-middleware-freertos, azure-spatial-anchors-
//   samples (80 of 188), Azure-DataFactory, Azure-WebApps-Support-Center (120 of 974), azure-k8s-metrics-adapter, azure-
//   storage-ruby, azure-functions-docker, azure-notificationhubs-java-backend not C#; azure-iiot-opc-vault-service's only
//   match, IDocumentDBRepository, skipped (it hands out the DocumentClient, database id and key policy of a remote
//   database: no state of its own); azure-notificationhubs-samples (74 of 176), azure-notificationhubs-android, azure-
//   visual-intelligence not C#; azure-iot-predictive-maintenance gives IIotHubRepository (its first in path order, before
//   an IVirtualDeviceStorage like this one); azure-databricks-operator not C#; azure-relay none; azure-cosmos-cassandra-
//   extensions not C#; azure-relay-dotnet none; azure-orbital-integration (43 of 106) not C#; azure-migrate-export none;
//   azure-powershell-migration not C#; azure-functions-microsoftgraph-extension gives IGraphSubscriptionStore: 8, stop.
//   This one: the 1st pick (azure-iot-remote-monitoring, 429 .cs of 503 source files; its first in path order, 4
//   members).
// Path: Common/Repository/IVirtualDeviceStorage.cs (real store: Common/Repository/VirtualDeviceTableStorage.cs beside
//   it; models: Common/Models/InitialDeviceConfig.cs, DeviceListEntity.cs)
// Adapted: the namespaces (one for all). Nullable disabled, as in the source (.NET Framework 4.6, no Nullable).
// Real store: VirtualDeviceTableStorage over an Azure Storage table of DeviceListEntity rows whose PartitionKey is the
//   DeviceId and RowKey the HostName (the key of a row is the pair). AddOrUpdateDeviceAsync(config) is InsertOrReplace
//   of the row (DeviceId, HostName) with its Key: the same device on another host name is a second row.
//   GetDeviceAsync(deviceId) queries the partition and answers a new InitialDeviceConfig of its first row (rows of a
//   partition come in RowKey order), null when none. RemoveDeviceAsync(deviceId) deletes that first row and answers
//   true, false when the device has none. GetDeviceListAsync() every row, as new configs, in (PartitionKey, RowKey)
//   order.
// First try (ac6de91): incomplete: IMF0009 "Entity type 'InitialDeviceConfig' used by IVirtualDeviceStorage has no key"
//   blocks the whole fake; nothing generated | WRONG: none.
// After this round: unchanged, and rightly refused: the row's key is the pair (DeviceId, HostName), the table's
//   PartitionKey and RowKey, which neither the model nor a signature names (GetDeviceAsync and RemoveDeviceAsync take the
//   device id alone and act on the partition's first row); a key on DeviceId alone would replace the device's row on
//   another host name, which the real table keeps beside it (the script's fourth write).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureIotRemoteMonitoring.IVirtualDeviceStorageCase;

/// <summary>
/// Device config that is read from a repository to init a set of devices
/// in a single simulator for testing.
/// </summary>
public class InitialDeviceConfig
{
    /// <summary>
    /// IoT Hub HostName
    /// </summary>
    public string HostName { get; set; }
    public string DeviceId { get; set; }
    public string Key { get; set; }
}

[InMemoryFake]
public interface IVirtualDeviceStorage
{
    /// <summary>
    /// Gets a list of stored virtual devices
    /// </summary>
    /// <returns>List of InitialDeviceConfig used for managing virtual devices</returns>
    Task<List<InitialDeviceConfig>> GetDeviceListAsync();

    /// <summary>
    /// Gets a specific virtual device from storage based on deviceId
    /// </summary>
    /// <param name="deviceId">The deviceId to search for</param>
    /// <returns>InitialDeviceConfig for deviceId or null if not found</returns>
    Task<InitialDeviceConfig> GetDeviceAsync(string deviceId);

    /// <summary>
    /// Adds or updates a virtual device in storage
    /// </summary>
    /// <param name="deviceConfig">The device config to add or update</param>
    /// <returns>thows if fails</returns>
    Task AddOrUpdateDeviceAsync(InitialDeviceConfig deviceConfig);

    /// <summary>
    /// Deletes a virtual device from storage
    /// </summary>
    /// <param name="deviceId">The deviceId to search for</param>
    /// <returns>true if successfully deleted, false if not found, throws if delete fails</returns>
    Task<bool> RemoveDeviceAsync(string deviceId);
}

public static class Smoke
{
    public static async Task RunAsync(IVirtualDeviceStorage storage)
    {
        Check.Equal(0, (await storage.GetDeviceListAsync()).Count, "GetDeviceListAsync of an empty table");
        Check.Null(await storage.GetDeviceAsync("SampleDevice001"), "GetDeviceAsync of a device not stored is null");

        await storage.AddOrUpdateDeviceAsync(new InitialDeviceConfig { DeviceId = "SampleDevice001", HostName = "hub-a.azure-devices.net", Key = "key-1" });
        var stored = await storage.GetDeviceAsync("SampleDevice001");
        Check.Equal("key-1", stored.Key, "GetDeviceAsync(deviceId) reads the config AddOrUpdateDeviceAsync wrote");
        Check.Equal("hub-a.azure-devices.net", stored.HostName, "with its host name");

        await storage.AddOrUpdateDeviceAsync(new InitialDeviceConfig { DeviceId = "SampleDevice001", HostName = "hub-a.azure-devices.net", Key = "key-2" });
        Check.Equal("key-2", (await storage.GetDeviceAsync("SampleDevice001")).Key, "AddOrUpdateDeviceAsync of the same device and host replaces the row (InsertOrReplace)");
        Check.Equal(1, (await storage.GetDeviceListAsync()).Count, "and adds none");

        await storage.AddOrUpdateDeviceAsync(new InitialDeviceConfig { DeviceId = "SampleDevice002", HostName = "hub-a.azure-devices.net", Key = "key-3" });
        var all = await storage.GetDeviceListAsync();
        Check.Equal("SampleDevice001,SampleDevice002", string.Join(",", all.Select(d => d.DeviceId)), "GetDeviceListAsync lists every device");

        await storage.AddOrUpdateDeviceAsync(new InitialDeviceConfig { DeviceId = "SampleDevice001", HostName = "hub-b.azure-devices.net", Key = "key-4" });
        Check.Equal(3, (await storage.GetDeviceListAsync()).Count, "the same device on another host name is another row (the row's key is DeviceId and HostName)");
        Check.Equal("key-2", (await storage.GetDeviceAsync("SampleDevice001")).Key, "GetDeviceAsync answers the device's first row, in host-name order");

        Check.True(await storage.RemoveDeviceAsync("SampleDevice002"), "RemoveDeviceAsync of a stored device answers true");
        Check.Null(await storage.GetDeviceAsync("SampleDevice002"), "and the device is gone");
        Check.False(await storage.RemoveDeviceAsync("SampleDevice002"), "RemoveDeviceAsync of a device not stored answers false");
        Check.Equal(2, (await storage.GetDeviceListAsync()).Count, "and removes nothing else");
    }
}
