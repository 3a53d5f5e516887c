// Source: https://github.com/Azure/azure-functions-powershell-worker
// Commit: fa7623627883
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample59 rule, fixed before probing (the whole walk is in Corpus/AzureIotRemoteMonitoring/
//   IVirtualDeviceStorage.cs): h-sample57's rule continued from the repository after the last it considered: the Azure/
//   repositories in find_repos("Azure/azure-") order past Azure-AppServices-Diagnostics (then, past that list's 100,
//   the same order from find_repos("Azure/azure-a") ... ("Azure/azure-x") merged), mostly C# at the newest stored
//   snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 8.
//   This one: the 3rd pick (azure-functions-powershell-worker, 159 .cs of 242 source files; its first and only match,
//   16 members).
// Path: src/DependencyManagement/IDependencyManagerStorage.cs (real store: DependencyManagerStorage.cs beside it, with
//   DependencySnapshotFolderNameTools.cs and DependencyManifest.cs; model: DependencyManifestEntry.cs)
// Adapted: the namespaces (one for all); internal made public (the corpus compiles each file as a library).
//   DependencyManifestEntry and VersionSpecificationType kept whole. Nullable disabled, as in the source (net8.0, no
//   Nullable).
// Real store: DependencyManagerStorage, directories on disk under the app's managed-dependencies root. A snapshot is a
//   directory named by the UTC time ("yyMMddHHmmssfffffff") and ".r" when installed; while it installs, the same path
//   and "i". CreateNewSnapshotPath() answers a new installed path under the root (nothing created).
//   CreateInstallingSnapshot(path) creates the directory path + "i" and answers it. PromoteInstallingSnapshotToInstalled
//   Atomically(path) moves path + "i" to path (Directory.Move: an error when the installing directory is missing).
//   SnapshotExists(path) is Directory.Exists. GetInstalledAndInstallingSnapshots() every directory under the root;
//   GetLatestInstalledSnapshot() the greatest installed path ("*.r", ordinal Max; null when none). RemoveSnapshot(path)
//   deletes it recursively (DirectoryNotFoundException when missing). GetInstalledModuleVersions(snapshot, module,
//   major) the directories snapshot/module/major.*; IsModuleVersionInstalled(snapshot, module, version) whether
//   snapshot/module/version exists (PowerShell's Save-Module writes them, not this interface). Set/GetSnapshotCreation
//   TimeUtc: the directory's creation time; SetSnapshotAccessTimeToUtcNow writes a ".used" marker file, and
//   GetSnapshotAccessTimeUtc answers its write time, or the creation time when that is later (no marker).
//   GetDependencies() parses the app's requirements.psd1; PreserveDependencyManifest(path) copies it into the
//   snapshot, and IsEquivalentDependencyManifest(path) answers whether both exist with the same text.
// First try (ac6de91): incomplete, nothing generated: IMF0001 on all 16, read as a key-value store ("not a known verb"
//   for each). The probe stops at GetInstalledAndInstallingSnapshots, the script's first line | WRONG: none (no member
//   generated).
// After this round: unchanged, and rightly refused: snapshot directories named by time with an "installing" suffix, a
//   promotion that moves one path to another, the latest by ordinal path, module versions laid out by Save-Module, a
//   marker file's time and the app's requirements.psd1 are the worker's file-system protocol, which no store convention
//   proves.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureFunctionsPowerShellWorker.IDependencyManagerStorageCase;

public enum VersionSpecificationType
{
    ExactVersion,
    MajorVersion,
}

public class DependencyManifestEntry
{
    public string Name { get; }

    public VersionSpecificationType VersionSpecificationType { get;  }

    public string VersionSpecification { get; }

    public DependencyManifestEntry(
        string name,
        VersionSpecificationType versionSpecificationType,
        string versionSpecification)
    {
        Name = name;
        VersionSpecificationType = versionSpecificationType;
        VersionSpecification = versionSpecification;
    }
}

[InMemoryFake]
public interface IDependencyManagerStorage
{
    IEnumerable<DependencyManifestEntry> GetDependencies();

    bool SnapshotExists(string name);

    string GetLatestInstalledSnapshot();

    IEnumerable<string> GetInstalledAndInstallingSnapshots();

    IEnumerable<string> GetInstalledModuleVersions(string snapshotPath, string moduleName, string majorVersion);

    bool IsModuleVersionInstalled(string snapshotPath, string moduleName, string version);

    string CreateNewSnapshotPath();

    string CreateInstallingSnapshot(string path);

    void PromoteInstallingSnapshotToInstalledAtomically(string path);

    void RemoveSnapshot(string path);

    void SetSnapshotCreationTimeToUtcNow(string path);

    DateTime GetSnapshotCreationTimeUtc(string path);

    void SetSnapshotAccessTimeToUtcNow(string path);

    DateTime GetSnapshotAccessTimeUtc(string path);

    void PreserveDependencyManifest(string path);

    bool IsEquivalentDependencyManifest(string path);
}

public static class Smoke
{
    public static Task RunAsync(IDependencyManagerStorage storage)
    {
        Check.Equal(0, storage.GetInstalledAndInstallingSnapshots().Count(), "no snapshot before the first install");
        Check.Null(storage.GetLatestInstalledSnapshot(), "GetLatestInstalledSnapshot of none is null");

        var path = storage.CreateNewSnapshotPath();
        Check.True(path.EndsWith(".r", StringComparison.Ordinal), "CreateNewSnapshotPath answers an installed snapshot's path (\".r\")");
        Check.False(storage.SnapshotExists(path), "and creates nothing");

        var installing = storage.CreateInstallingSnapshot(path);
        Check.Equal(path + "i", installing, "CreateInstallingSnapshot answers the installing path (\"i\" after it)");
        Check.True(storage.SnapshotExists(installing), "and creates it");
        Check.Equal(1, storage.GetInstalledAndInstallingSnapshots().Count(), "GetInstalledAndInstallingSnapshots lists it");
        Check.Null(storage.GetLatestInstalledSnapshot(), "an installing snapshot is not installed");
        Check.False(storage.IsModuleVersionInstalled(installing, "Az", "5.0.0"), "no module is installed through this interface");
        Check.Equal(0, storage.GetInstalledModuleVersions(installing, "Az", "5").Count(), "nor listed");

        storage.PromoteInstallingSnapshotToInstalledAtomically(path);
        Check.True(storage.SnapshotExists(path), "PromoteInstallingSnapshotToInstalledAtomically moves the installing snapshot to its installed path");
        Check.False(storage.SnapshotExists(installing), "the installing path is gone");
        Check.Equal(path, storage.GetLatestInstalledSnapshot(), "GetLatestInstalledSnapshot answers it");
        Check.Throws<Exception>(() => storage.PromoteInstallingSnapshotToInstalledAtomically(path), "a second promotion has no installing directory to move (Directory.Move)");

        storage.SetSnapshotAccessTimeToUtcNow(path);
        Check.True(storage.GetSnapshotAccessTimeUtc(path) >= storage.GetSnapshotCreationTimeUtc(path), "the access time is never before the creation time");

        storage.RemoveSnapshot(path);
        Check.False(storage.SnapshotExists(path), "RemoveSnapshot deletes the snapshot");
        Check.Null(storage.GetLatestInstalledSnapshot(), "so none is installed");
        Check.Throws<Exception>(() => storage.RemoveSnapshot(path), "RemoveSnapshot of a snapshot not there throws (DirectoryNotFoundException)");
        return Task.CompletedTask;
    }
}
