// Source: https://github.com/Azure/Industrial-IoT
// Commit: 8979593e3e84
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample116 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample116-rule.md):
//   Microsoft's Azure organisation: the repositories find_repos("Azure/") lists, in its order, owner exactly Azure, with
//   C# files (find_files(repo, ext="cs") gives rows); then find_repos("Azure/a"), find_repos("Azure/b")… when the list
//   runs out before 3 picks (it did, with 2). A corpus source is skipped, as is a repository with no licence of its own;
//   in each, at its newest stored snapshot (fetch, then git grep of the interface declarations, paths in ordinal order;
//   the file index where no snapshot can be had), the first interface whose name contains Store, Repository, Repo,
//   Cache, Storage or Persist (case-sensitive), whose path says neither test, sample nor generated, with at least 3
//   members and an implementation in the same repository that keeps state; at most 1 per repository; stop after 3.
//   The walk (every repository, in order, and why) is in /work/prompts/out/h-sample116-rule.md: azure-sdk-for-net and
//   azure-powershell have no snapshot and an index too large to list to the end (a deviation the report states);
//   the 18 others before this one give no rows, are corpus sources, or declare no qualifying interface.
//   This one (the 21st listed): before it in path order only IRuntimeStateReporter ("Repo" in its name; 1 member).
//   The 2nd pick is Corpus/AzureLibrariesForNet/IRedisCache.cs, the 3rd Corpus/BuildYourOwnCopilot/ISemanticCacheService.cs.
// Path: src/Azure.IIoT.OpcUa.Publisher/src/IStorageProvider.cs (real store: src/Azure.IIoT.OpcUa.Publisher/src/Storage/
//   PublishedNodesProvider.cs)
// Adapted: the namespace. Nullable enabled, as its project (Azure.IIoT.OpcUa.Publisher.csproj) states.
// Real store: PublishedNodesProvider, the OPC Publisher's published-nodes JSON file (one file, named by the options).
//   ReadContent() answers "" while the file does not exist, else the whole file as UTF-8 text. WriteContent(content,
//   disableRaisingEvents) truncates the file and writes content (creating it when the options allow, else
//   FileNotFoundException); disableRaisingEvents keeps the file watcher's Changed event from firing for this write.
//   GetLastWriteTime() answers the file's last write time in UTC from the file provider (DateTime.MinValue for a file
//   that does not exist, PhysicalFileProvider's NotFoundFileInfo). Changed is raised by a file watcher when the file
//   changes on disk (by this write or another process), later and on another thread.
// Shapes: *=core
// First try (8a486cb1): incomplete: all 4 refused (IMF0001), read as a key-value store: Changed ("events are not
//   supported … declare the event in the partial class"), GetLastWriteTime, ReadContent and WriteContent ("it starts
//   with Get/Read/Write, which is one, but 'LastWriteTime'/'Content' after it is no noun of this store") | WRONG: none
// After this round: unchanged, rightly: the provider keeps one file's text ("" before the first write, where the read is
//   declared not null and no signature says "" rather than an exception), its last write time is the file system's and
//   Changed is a watcher's, raised later on another thread. The causes are thin: no member takes a key, so the interface
//   keeps one value under a word of its own (Content), which the messages do not say (Left). The smoke cannot run.
#nullable enable

using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IndustrialIoT.IStorageProviderCase;

[InMemoryFake]
public interface IStorageProvider
{
    event EventHandler<FileSystemEventArgs> Changed;

    DateTime GetLastWriteTime();

    string ReadContent();

    void WriteContent(string content, bool disableRaisingEvents = false);
}

public static class Smoke
{
    public static Task RunAsync(IStorageProvider storage)
    {
        Check.Equal("", storage.ReadContent(), "no published-nodes file yet reads as empty text");
        storage.WriteContent("[{\"EndpointUrl\":\"opc.tcp://a\"}]", disableRaisingEvents: true);
        Check.Equal("[{\"EndpointUrl\":\"opc.tcp://a\"}]", storage.ReadContent(), "a write replaces the whole file");
        storage.WriteContent("[]");
        Check.Equal("[]", storage.ReadContent(), "the next write replaces it again");
        return Task.CompletedTask;
    }
}
