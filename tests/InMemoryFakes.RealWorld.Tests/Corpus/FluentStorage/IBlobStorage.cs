// Source: https://github.com/robinrodricks/FluentStorage
// Commit: 5e5adccb8600
// Licence: MIT
// Path: FluentStorage/Blobs/IBlobStorage.cs (Blob.cs, ListOptions.cs, FluentStorage/ITransaction.cs)
// Adapted: Blob keeps its (fullPath) constructor, FullPath/Name/Size; ListOptions keeps FolderPath/FilePrefix/Recurse/
//   MaxResults; ITransaction as in the source.
// Real store: FluentStorage/Blobs/InMemoryBlobStorage.cs: WriteAsync stores the stream's bytes under the normalised
//   path (append = false replaces); OpenReadAsync returns null for a missing path; ExistsAsync/GetBlobsAsync answer
//   one item per path, in order; DeleteAsync removes each path (and everything under it as a folder), missing ones
//   are ignored; ListAsync lists the files under options.FolderPath.
// Shapes: *=11; ExistsAsync=11,18; DeleteAsync=11,18; GetBlobsAsync=11,18; SetBlobsAsync=11,18; OpenTransactionAsync=3; Dispose=17
// After this round (h-wrongclass5): reviewed the generated members the probe does not reach. ExistsAsync(paths) is
//   right; DeleteAsync(paths) removes the exact paths, where InMemoryBlobStorage also removes every path under one
//   taken as a folder: left (a flat blob store's removal everywhere else; no signature says a name is a folder).
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FluentStorage.IBlobStorageCase;

public class Blob
{
    public Blob(string fullPath)
    {
        FullPath = fullPath;
    }

    public string FullPath { get; private set; }
    public string Name => FullPath.Substring(FullPath.LastIndexOf('/') + 1);
    public long? Size { get; set; }
}

public class ListOptions
{
    public string FolderPath { get; set; }
    public string FilePrefix { get; set; }
    public bool Recurse { get; set; }
    public int? MaxResults { get; set; }
}

public interface ITransaction : IDisposable
{
    Task CommitAsync();
}

[InMemoryFake]
public interface IBlobStorage : IDisposable
{
    Task<IReadOnlyCollection<Blob>> ListAsync(
       ListOptions options = null,
       CancellationToken cancellationToken = default);
    Task WriteAsync(string fullPath, Stream dataStream, bool append = false, CancellationToken cancellationToken = default);
    Task<Stream> OpenReadAsync(string fullPath, CancellationToken cancellationToken = default);
    Task DeleteAsync(IEnumerable<string> fullPaths, CancellationToken cancellationToken = default);
    Task<IReadOnlyCollection<bool>> ExistsAsync(IEnumerable<string> fullPaths, CancellationToken cancellationToken = default);
    Task<IReadOnlyCollection<Blob>> GetBlobsAsync(IEnumerable<string> fullPaths, CancellationToken cancellationToken = default);
    Task SetBlobsAsync(IEnumerable<Blob> blobs, CancellationToken cancellationToken = default);
    Task<ITransaction> OpenTransactionAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IBlobStorage store)
    {
        await store.WriteAsync("docs/a.txt", new MemoryStream(Encoding.UTF8.GetBytes("one")));
        await store.WriteAsync("docs/a.txt", new MemoryStream(Encoding.UTF8.GetBytes("two")));
        await store.WriteAsync("img/b.png", new MemoryStream([1, 2, 3]));
        using (var reader = new StreamReader(await store.OpenReadAsync("docs/a.txt") ?? throw new InvalidOperationException("OpenReadAsync lost docs/a.txt")))
        {
            Check.Equal("two", await reader.ReadToEndAsync(), "WriteAsync replaces the content");
        }

        Check.Null(await store.OpenReadAsync("docs/missing.txt"), "OpenReadAsync of a missing path returns null");
        Check.Equal("True,False", string.Join(",", await store.ExistsAsync(["img/b.png", "img/c.png"])), "ExistsAsync answers each path in order");
        Check.Equal(1, (await store.ListAsync(new ListOptions { FolderPath = "docs" })).Count, "ListAsync lists the folder's files");
        await store.DeleteAsync(["docs/a.txt", "docs/missing.txt"]);
        Check.Null(await store.OpenReadAsync("docs/a.txt"), "DeleteAsync removes the path; missing ones are ignored");
        store.Dispose();
    }
}
