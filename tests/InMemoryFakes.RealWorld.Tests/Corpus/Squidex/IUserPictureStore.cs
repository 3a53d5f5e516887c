// Source: https://github.com/Squidex/squidex
// Commit: 0ecfe2fc6807
// Licence: MIT
// Path: backend/src/Squidex.Domain.Users/IUserPictureStore.cs
// Real store: backend/src/Squidex.Domain.Users/DefaultUserPictureStore.cs over IAssetStore: blob "{userId}_0_picture";
//   UploadAsync overwrites; DownloadAsync copies into the caller's stream and throws AssetNotFoundException when the
//   user has no picture.
// Shapes: *=11
#nullable enable

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Squidex.IUserPictureStoreCase;

[InMemoryFake]
public interface IUserPictureStore
{
    Task UploadAsync(string userId, Stream stream,
        CancellationToken ct = default);

    Task DownloadAsync(string userId, Stream stream,
        CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IUserPictureStore store)
    {
        await store.UploadAsync("user-1", new MemoryStream([1, 2, 3]));
        var target = new MemoryStream();
        await store.DownloadAsync("user-1", target);
        Check.Equal(3, target.ToArray().Length, "DownloadAsync copies the picture into the caller's stream");
        await Check.ThrowsAsync<Exception>(() => store.DownloadAsync("user-2", new MemoryStream()), "DownloadAsync of a user without a picture throws (AssetNotFoundException)");
    }
}
