// Source: https://github.com/microsoft/kernel-memory
// Commit: 94b69d340d6b
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 6th
//   (semantic-kernel's only other store interface, IMemoryStore, is in the corpus: skipped).
// Path: archived/km-v1/service/Abstractions/DocumentStorage/IDocumentStorage.cs (Models/StreamableFileContent.cs)
// Adapted: StreamableFileContent keeps its properties and constructor. Nullable enabled.
// Real store: archived/km-v1/service/Core/DocumentStorage/DevTools/SimpleFileStorage.cs (volatile or disk):
//   files live at <index>/<documentId>/<fileName>; WriteFileAsync creates the directory and writes the stream;
//   ReadFileAsync returns the file's name, size, type and a stream factory, and throws
//   DocumentStorageFileNotFoundException when absent; EmptyDocumentDirectoryAsync deletes a document's files except
//   the pipeline status file; DeleteDocumentDirectoryAsync and DeleteIndexDirectoryAsync delete the directory.
// Shapes: *=11
// First try (87df80a): incomplete: IMF0001 on all 7 members (paths of three names: index, document
//   id, file name; the directory verbs) | WRONG: none
#nullable enable

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KernelMemory.IDocumentStorageCase;

public sealed class StreamableFileContent : IDisposable
{
    public StreamableFileContent() { GetStreamAsync = () => Task.FromResult<Stream>(new MemoryStream()); }
    public StreamableFileContent(string fileName, long fileSize, string fileType, DateTimeOffset lastWriteTimeUtc, Func<Task<Stream>> asyncStreamDelegate)
    {
        FileName = fileName; FileSize = fileSize; FileType = fileType; LastWrite = lastWriteTimeUtc; GetStreamAsync = asyncStreamDelegate;
    }
    public string FileName { get; } = string.Empty;
    public long FileSize { get; } = 0;
    public string FileType { get; } = string.Empty;
    public DateTimeOffset LastWrite { get; } = default;
    public Func<Task<Stream>> GetStreamAsync { get; }
    public void Dispose() { }
}

[InMemoryFake]
public interface IDocumentStorage
{
    Task CreateIndexDirectoryAsync(string index, CancellationToken cancellationToken = default);
    Task DeleteIndexDirectoryAsync(string index, CancellationToken cancellationToken = default);
    Task CreateDocumentDirectoryAsync(string index, string documentId, CancellationToken cancellationToken = default);
    Task EmptyDocumentDirectoryAsync(string index, string documentId, CancellationToken cancellationToken = default);
    Task DeleteDocumentDirectoryAsync(string index, string documentId, CancellationToken cancellationToken = default);
    Task WriteFileAsync(string index, string documentId, string fileName, Stream streamContent, CancellationToken cancellationToken = default);
    Task<StreamableFileContent> ReadFileAsync(string index, string documentId, string fileName, bool logErrIfNotFound = true, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IDocumentStorage storage)
    {
        await storage.CreateIndexDirectoryAsync("idx");
        await storage.WriteFileAsync("idx", "doc-1", "a.txt", new MemoryStream([1, 2, 3]));
        using var content = await storage.ReadFileAsync("idx", "doc-1", "a.txt");
        Check.Equal(3L, content.FileSize, "ReadFileAsync returns the file written");
        await Check.ThrowsAsync<Exception>(() => storage.ReadFileAsync("idx", "doc-2", "a.txt"), "ReadFileAsync of a missing file throws");
        await storage.DeleteDocumentDirectoryAsync("idx", "doc-1");
        await Check.ThrowsAsync<Exception>(() => storage.ReadFileAsync("idx", "doc-1", "a.txt"), "DeleteDocumentDirectoryAsync deletes its files");
    }
}
