// Source: https://github.com/grandnode/grandnode2
// Commit: 22c554f0562e
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 1st of grandnode/grandnode2.
// Path: src/Business/Grand.Business.Core/Interfaces/Storage/IFileStore.cs (models: IFileStoreEntry.cs;
//   PhysicalDirectoryInfo is Microsoft.Extensions.FileProviders.Physical's)
// Adapted: PhysicalDirectoryInfo is a small class over a DirectoryInfo (the package's type is not referenced).
// Real store: src/Business/Grand.Business.Storage/Services/FileSystemStore.cs (after OrchardCore's FileSystemStore;
//   paths under the store's root): GetFileInfo(path) the entry or null when missing; WriteAllText(path, text) creates or
//   overwrites the file (UTF-8); ReadAllText(path) its text, Exception "File not exists." when missing;
//   GetFileStream(path) a read stream, Exception when missing; CreateFileFromStream(path, stream, overwrite = false)
//   writes the stream (Exception when the file exists and overwrite is false) and returns path; TryDeleteFile(path)
//   false when missing; MoveFile(oldPath, newPath) and CopyFile(srcPath, dstPath) throw Exception when the source is
//   missing OR the destination exists; RenameFile(file, newName) moves the file to newName IN THE FILE'S DIRECTORY
//   (Path.Combine(entry.DirectoryPath, newName)) and throws when that name is taken; the directory members work on
//   directories of the file system.
// Shapes: *=11; TryCreateDirectory=core; TryRenameDirectory=core; TryDeleteDirectory=core; GetDirectoryInfo=core;
//   GetPhysicalDirectoryInfo=core; MoveFile=1; RenameFile=1
// First try (ffaa154): incomplete: IMF0001 GetFileInfo, GetDirectoryInfo, GetPhysicalDirectoryInfo, GetDirectoryContent,
//   TryCreateDirectory, TryRenameDirectory, TryDeleteFile, TryDeleteDirectory, GetFileStream (both), CreateFileFromStream,
//   ReadAllText | WRONG: MoveFile and CopyFile replace an existing destination where the real store throws (a
//   Copy/Move without an overwrite parameter was generated as overwrite: true); RenameFile moves the file to the
//   top-level name newName instead of newName in the file's directory (generated as a Move to the key newName); all
//   three now refused (IMF0001: a Copy/Move without 'bool overwrite', a destination that is a name; docs/generator.md
//   blob stores)
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GrandNode.IFileStoreCase;

public interface IFileStoreEntry
{
    string Path { get; }
    string Name { get; }
    string DirectoryPath { get; }
    string PhysicalPath { get; }
    long Length { get; }
    DateTime LastModifiedUtc { get; }
    bool IsDirectory { get; }
}

public class PhysicalDirectoryInfo
{
    public PhysicalDirectoryInfo(DirectoryInfo info)
    {
        Info = info;
    }

    public DirectoryInfo Info { get; }
    public bool Exists => Info.Exists;
    public string Name => Info.Name;
    public string PhysicalPath => Info.FullName;
}

[InMemoryFake]
public interface IFileStore
{
    Task<IFileStoreEntry> GetFileInfo(string path);

    IFileStoreEntry GetDirectoryInfo(string path);

    Task<PhysicalDirectoryInfo> GetPhysicalDirectoryInfo(string directoryPath);

    IList<IFileStoreEntry> GetDirectoryContent(string path = null, bool includeSubDirectories = false,
        bool listDirectories = true, bool listFiles = true);

    bool TryCreateDirectory(string path);

    Task<bool> TryRenameDirectory(string path, string newName);

    Task<bool> TryDeleteFile(string path);

    Task<bool> TryDeleteDirectory(string path);

    Task MoveFile(string oldPath, string newPath);

    Task CopyFile(string srcPath, string dstPath);

    Task RenameFile(string file, string newName);

    Task<Stream> GetFileStream(string path);

    Task<Stream> GetFileStream(IFileStoreEntry fileStoreEntry);

    Task<string> CreateFileFromStream(string path, Stream inputStream, bool overwrite = false);

    Task<string> ReadAllText(string path);

    Task WriteAllText(string path, string text);
}

public static class Smoke
{
    public static async Task RunAsync(IFileStore store)
    {
        await store.WriteAllText("docs/a.txt", "alpha");
        await store.WriteAllText("docs/b.txt", "beta");
        await Check.ThrowsAsync<Exception>(() => store.MoveFile("docs/a.txt", "docs/b.txt"), "MoveFile onto an existing file throws");
        await Check.ThrowsAsync<Exception>(() => store.CopyFile("docs/a.txt", "docs/b.txt"), "CopyFile onto an existing file throws");
        await store.RenameFile("docs/a.txt", "c.txt");
        Check.Equal("alpha", await store.ReadAllText("docs/c.txt"), "RenameFile keeps the file in its directory");
        Check.Null(await store.GetFileInfo("docs/a.txt"), "GetFileInfo of a renamed-away file is null");
        Check.True(await store.TryDeleteFile("docs/b.txt"), "TryDeleteFile deletes an existing file");
        Check.False(await store.TryDeleteFile("docs/b.txt"), "TryDeleteFile of a missing file is false");
        await Check.ThrowsAsync<Exception>(() => store.ReadAllText("docs/b.txt"), "ReadAllText of a missing file throws");
    }
}
