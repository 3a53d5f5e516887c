// Source: https://github.com/microsoft/CRA
// Commit: 0e9fab904bf1 (the interface last changed in 1cdc9abdd5a0)
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 8th pick (CRA, Common Runtime for Applications; its first hit in path order, 3 members): the last.
// Path: src/CRA.ClientLibrary/DataProvider/IBlobStorageProvider.cs (real stores: AzureProvider/AzureBlobProvider.cs over
//   WindowsAzure.Storage's CloudBlockBlob, the default; CRA.DataProvider.File/FileBlobProvider.cs over files; the caller:
//   Main/CRAClientLibrary.cs, which keeps vertex checkpoints and shard state there)
// Adapted: the namespace; the XML comment dropped. Nullable disabled, as in the source.
// Real store: AzureBlobProvider keeps block blobs in one container (created if missing on each call), named by
//   pathKey. GetWriteStream(pathKey) answers a stream that writes the blob (OpenWriteAsync: a blob of that name is
//   replaced when the stream is committed, on dispose; nothing is visible before). GetReadStream(pathKey) answers a
//   stream over the blob's bytes (OpenReadAsync: a missing blob is a StorageException, 404). Delete(pathKey) deletes
//   it, nothing when missing (DeleteIfExistsAsync). FileBlobProvider combines the key with its directory; since "Fix
//   CodeQL issue" (e192da2, 2024) its FileUtils refuses any file name holding a path separator, which the combined
//   path always holds, so at this snapshot both of its streams throw ArgumentException; before, they opened the file
//   with FileMode.OpenOrCreate (a missing key read as an empty file it created; a shorter write kept a longer file's
//   tail). Its Delete is File.Delete (nothing for a missing file).
// Shapes: *=11
// First try (71d37bc): incomplete: IMF0001 on GetWriteStream and GetReadStream ('not a known verb': WriteStream and
//   ReadStream are no nouns of a blob store); Delete generated (removes the blob of the key, nothing for a missing
//   one) | WRONG: none (AzureBlobProvider's DeleteIfExistsAsync and FileBlobProvider's File.Delete do nothing for a
//   missing key too).
// After this round: unchanged, and rightly refused: a write stream whose content the store commits when the caller
//   disposes it is no blob convention, and the file provider's streams (OpenOrCreate before 2024, an
//   ArgumentException since) do something else than Azure's (404 for a missing blob; a new blob on commit), so
//   neither meaning is safe to generate.
#nullable disable

using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cra.IBlobStorageProviderCase;

[InMemoryFake]
public interface IBlobStorageProvider
{
    Task Delete(string pathKey);
    Task<Stream> GetWriteStream(string pathKey);
    Task<Stream> GetReadStream(string pathKey);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobStorageProvider blobs)
    {
        using (var write = await blobs.GetWriteStream("vertex/checkpoint"))
        {
            write.Write(new byte[] { 1, 2, 3 }, 0, 3);
        }

        using (var read = await blobs.GetReadStream("vertex/checkpoint"))
        {
            var buffer = new byte[8];
            Check.Equal(3, read.Read(buffer, 0, 8), "a blob written through the write stream reads back whole");
            Check.Equal(2, (int)buffer[1], "byte for byte");
        }

        using (var write = await blobs.GetWriteStream("vertex/checkpoint"))
        {
            write.Write(new byte[] { 9 }, 0, 1);
        }

        using (var read = await blobs.GetReadStream("vertex/checkpoint"))
        {
            Check.Equal(1L, read.Length, "a second write replaces the blob (Azure's OpenWrite commits a new block list)");
        }

        await blobs.Delete("vertex/checkpoint");
        await blobs.Delete("vertex/checkpoint");
        await Check.ThrowsAsync<System.Exception>(() => blobs.GetReadStream("vertex/checkpoint"), "a deleted blob has no read stream (404)");
    }
}
