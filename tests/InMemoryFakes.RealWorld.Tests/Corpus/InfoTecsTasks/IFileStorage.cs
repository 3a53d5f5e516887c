// Source: https://github.com/hrrrrustic/InfoTecs2020Tasks
// Commit: 5a83fb7a (IFileStorage.cs, the version read_file reads, with IAvailableSource.cs, BaseFile.cs,
//   BaseStorage.cs and LocalStorage.cs at the same commit; the newest snapshot, ad99da21, has reworked them)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample52 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ICacheStore Task`, (2) `interface IKeyValueStore`, (3) `interface IBlobStorage Task`,
//   (4) `interface ITokenStore`, (5) `interface IFileStorage Task`, (6) `interface IStateRepository`,
//   (7) `interface IDocumentStore Task`, (8) `interface ISessionStorage`; from each, the FIRST result in the order
//   returned that is a C# interface declaration with at least 3 members (inherited ones count if the base interface is
//   in the same repository, as in h-sample41 and h-sample47), outside paths containing "test" (any case), from a
//   repository not already a corpus source (grep of `^// Source:` in Corpus/); at most 1 per repository; stop after 6.
//   A result that names no repository or path (the tool's anonymous excerpts) cannot be cited, checked against the
//   corpus or read further, so it is not taken (as in h-sample40, 41, 44 and 47). Each interface is transcribed at the
//   stored version read_file reads, with its real store.
//   Picks: (1) rank 4, cognitronic/PSP ICacheStorage (3 members; ranks 1-3 are Java and TypeScript); (2) none (ranks
//   1-4 are Go and TypeScript, ranks 5-12 anonymous); (3) none (ranks 1-4 are C# interfaces declaring 2, 1, 1 and 1
//   members, ranks 5-12 anonymous); (4) none (rank 2 declares 1 member beside the BCL's IEnumerable, rank 3 declares 2,
//   ranks 1 and 4 are TypeScript, ranks 5-12 anonymous); (5) rank 4, hrrrrustic/InfoTecs2020Tasks IFileStorage (3
//   members in the excerpt; 5 at the version read, with its base IAvailableSource's 2; rank 1 is TypeScript, rank 2 an
//   anonymous Markdown page, rank 3 Java); (6) rank 3, jotacib3/Auction IStateRepository (it declares none; its base
//   IRepositoryBase<State>, in the same repository, 8; rank 1, nexus1976/SchoolProjectDDD, declares 2; rank 2 is
//   Java); (7) rank 2, SebastianStehle/Mindmap IDocumentStore (4 members; rank 1, abpframework/abp's
//   IDocumentStoreFactory, declares 1, and abp is a corpus source); (8) rank 2, ajaykushu/Property-Management
//   ISessionStorage (3 members; rank 1 is TypeScript). Five picks; none of the five repositories was a corpus source.
//   This one: query (5), rank 4 (3 members in the excerpt; 5 at the version read, with IAvailableSource's 2).
// Path: Task1/Storages/Abstractions/IFileStorage.cs (a .NET Core 3.1 console backup tool; real store:
//   Task1/Storages/Implementations/LocalStorage.cs through Storages/Abstractions/BaseStorage.cs; model:
//   Task1/Files/Abstractions/BaseFile.cs, Files/Implementations/LocalFile.cs; base: Task1/IAvailableSource.cs)
// Adapted: BaseFile cut to its constructor, ConnectionString, FileName and GetValue() (its IFile interface,
//   IsAvailable() and IsOpenToRead() left out: no member of the store reads them); the namespaces made the corpus's;
//   the MemoryFile class is the script's own (the tool's LocalFile reads a file on disk). Nullable disabled, as in the
//   source (Task1.csproj does not enable it).
// Real store: LocalStorage(connectionString), a folder on disk. ConnectionString = the folder's path, as given.
//   IsAvailable() = Directory.Exists(ConnectionString). CreateFile(file) = File.Create(Path.Combine(folder,
//   file.FileName)) and writes file.GetValue(): a new name makes a file, a name stored already is overwritten (File.Create
//   truncates), and what is kept is the bytes at that moment, not the file object (a later change of the source is not
//   copied). FileExist(fileName) = File.Exists(Path.Combine(folder, fileName)). GetFiles() = Directory.GetFiles(folder),
//   each as a new LocalFile(path, name) whose GetValue() reads the stored bytes (in the file system's order, which NTFS
//   gives by name); a folder that does not exist throws Exception("1"). BackupProvider checks IsAvailable(), then
//   copies each source file into an inner storage with CreateFile.
// Shapes: *=core; IsAvailable=none; ConnectionString=none
// First try (30887e9): incomplete: IMF0009 (BaseFile has no key: no property named Id or BaseFileId, and the store
//   names its files by FileName, which only FileExist's parameter shows); no member generated | WRONG: none (nothing
//   generated).
// After this round: unchanged (IMF0009): which property identifies a stored file is the store's choice (it names the
//   files on disk by FileName), and IsAvailable() and ConnectionString have no meaning for a fake; left bare.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace Corpus.InfoTecsTasks.IFileStorageCase;

public interface IAvailableSource
{
    bool IsAvailable();
    string ConnectionString { get; }
}

public abstract class BaseFile
{
    protected BaseFile(string connectionString, string fileName)
    {
        ConnectionString = connectionString;
        FileName = fileName;
    }

    public string ConnectionString { get; }
    public string FileName { get; }
    public abstract byte[] GetValue();
}

[InMemoryFake]
public interface IFileStorage : IAvailableSource
{
    void CreateFile(BaseFile file);
    bool FileExist(string fileName);
    IEnumerable<BaseFile> GetFiles();
}

public sealed class MemoryFile : BaseFile
{
    public MemoryFile(string fileName, byte[] content)
        : base("memory:" + fileName, fileName)
    {
        Content = content;
    }

    public byte[] Content { get; set; }

    public override byte[] GetValue() => Content;
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IFileStorage storage)
    {
        Check.False(storage.FileExist("report.txt"), "FileExist of a name not stored is false");
        Check.Equal(0, storage.GetFiles().Count(), "an empty folder lists no file");

        var report = new MemoryFile("report.txt", new byte[] { 1, 2, 3 });
        storage.CreateFile(report);
        Check.True(storage.FileExist("report.txt"), "CreateFile makes the file");
        var listed = storage.GetFiles().ToList();
        Check.Equal(1, listed.Count, "GetFiles lists it");
        Check.Equal("report.txt", listed[0].FileName, "by its name");
        Check.Equal("1,2,3", string.Join(",", listed[0].GetValue()), "with the bytes written");

        report.Content = new byte[] { 9 };
        Check.Equal("1,2,3", string.Join(",", storage.GetFiles().Single().GetValue()), "the bytes at CreateFile are kept: a later change of the source file is not copied");

        storage.CreateFile(new MemoryFile("report.txt", new byte[] { 4, 5 }));
        Check.Equal(1, storage.GetFiles().Count(), "CreateFile of a name stored already overwrites it (File.Create)");
        Check.Equal("4,5", string.Join(",", storage.GetFiles().Single().GetValue()), "with the new bytes");

        storage.CreateFile(new MemoryFile("notes.txt", Array.Empty<byte>()));
        Check.Equal("notes.txt,report.txt", string.Join(",", storage.GetFiles().Select(f => f.FileName).OrderBy(n => n, StringComparer.Ordinal)), "GetFiles lists every file");
        Check.Equal(0, storage.GetFiles().Single(f => f.FileName == "notes.txt").GetValue().Length, "an empty file is stored empty");

        Check.True(storage.IsAvailable(), "IsAvailable: the storage's folder exists");
        Check.False(string.IsNullOrEmpty(storage.ConnectionString), "ConnectionString is the folder's path");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
