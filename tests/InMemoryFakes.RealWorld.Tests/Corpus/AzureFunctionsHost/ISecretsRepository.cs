// Source: https://github.com/Azure/azure-functions-host
// Commit: 89dc438d4765
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 1st (and only) of Azure/azure-functions-host.
// Path: src/WebJobs.Script.WebHost/Security/KeyManagement/ISecretsRepository.cs (models: ScriptSecrets.cs,
//   ScriptSecretsType.cs, SecretsChangedEventArgs.cs, FunctionSecrets.cs)
// Adapted: ScriptSecrets keeps its data properties and SecretsType (not its key collections or JSON attributes);
//   FunctionSecrets keeps a list of key names.
// Real store: src/WebJobs.Script.WebHost/Security/KeyManagement/FileSystemSecretsRepository.cs (BlobStorage*,
//   KubernetesSecretsRepository.cs and KeyVault* do the same on their stores): ReadAsync(type, functionName) the
//   secrets of the host (type Host, functionName ignored) or of the function, deserialized, or null when there are
//   none; WriteAsync writes them (and raises SecretsChanged through its file watcher); WriteSnapshotAsync writes a
//   timestamped snapshot copy; GetSecretSnapshots(type, functionName) the snapshots' file names; PurgeOldSecretsAsync
//   (currentFunctions, logger) deletes the secrets of functions not in the list; Name the repository's class name;
//   IsEncryptionSupported false for the file system, true for blob storage.
// Shapes: *=core; ReadAsync=4; WriteAsync=4; WriteSnapshotAsync=4; GetSecretSnapshots=4
// First try (ffaa154): incomplete: IMF0001 on all 8 members | WRONG: none
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Logging;

namespace Corpus.AzureFunctionsHost.ISecretsRepositoryCase;

public enum ScriptSecretsType
{
    Host,
    Function
}

public abstract class ScriptSecrets
{
    public abstract ScriptSecretsType SecretsType { get; }

    public string HostName { get; set; }

    public string InstanceId { get; set; }

    public string Source { get; set; }

    public string DecryptionKeyId { get; set; }
}

public class FunctionSecrets : ScriptSecrets
{
    public override ScriptSecretsType SecretsType => ScriptSecretsType.Function;

    public List<string> Keys { get; set; } = new List<string>();
}

public class SecretsChangedEventArgs : EventArgs
{
    public ScriptSecretsType SecretsType { get; set; }

    public string Name { get; set; }
}

[InMemoryFake]
public interface ISecretsRepository
{
    event EventHandler<SecretsChangedEventArgs> SecretsChanged;

    string Name { get; }

    bool IsEncryptionSupported { get; }

    Task<ScriptSecrets> ReadAsync(ScriptSecretsType type, string functionName);

    Task WriteAsync(ScriptSecretsType type, string functionName, ScriptSecrets secrets);

    Task WriteSnapshotAsync(ScriptSecretsType type, string functionName, ScriptSecrets secrets);

    Task PurgeOldSecretsAsync(IList<string> currentFunctions, ILogger logger);

    Task<string[]> GetSecretSnapshots(ScriptSecretsType type, string functionName);
}

public static class Smoke
{
    public static async Task RunAsync(ISecretsRepository repository)
    {
        Check.Null(await repository.ReadAsync(ScriptSecretsType.Function, "hello"), "ReadAsync of secrets never written is null");
        await repository.WriteAsync(ScriptSecretsType.Function, "hello", new FunctionSecrets { Keys = { "default" } });
        Check.Equal("default", ((FunctionSecrets)(await repository.ReadAsync(ScriptSecretsType.Function, "hello"))).Keys[0], "ReadAsync reads what WriteAsync wrote");
        Check.Null(await repository.ReadAsync(ScriptSecretsType.Function, "other"), "ReadAsync of another function is null");
        await repository.PurgeOldSecretsAsync(new List<string>(), null);
        Check.Null(await repository.ReadAsync(ScriptSecretsType.Function, "hello"), "PurgeOldSecretsAsync deletes the secrets of functions not listed");
    }
}
