// Source: https://github.com/simplcommerce/SimplCommerce
// Commit: 8cea8afb2d76
// Licence: Apache-2.0
// Path: src/Modules/SimplCommerce.Module.Core/Services/IStorageService.cs
// Real store: src/Modules/SimplCommerce.Module.StorageLocal/LocalStorageService.cs: GetMediaUrl(fileName) =
//   "/user-content/{fileName}" (no existence check); SaveMediaAsync copies the stream to wwwroot/user-content/fileName
//   (overwriting); DeleteMediaAsync deletes the file if it exists (a missing one is no error) and throws
//   ArgumentException for a null/empty/whitespace name. (The Azure/S3 modules implement the same contract.)
// Shapes: *=11; GetMediaUrl=11; SaveMediaAsync=1,11; DeleteMediaAsync=1,11
#nullable disable

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SimplCommerce.IStorageServiceCase;

[InMemoryFake]
public interface IStorageService
{
    string GetMediaUrl(string fileName);
    Task SaveMediaAsync(Stream mediaBinaryStream, string fileName, string mimeType = null);
    Task DeleteMediaAsync(string fileName);
}

public static class Smoke
{
    public static async Task RunAsync(IStorageService store)
    {
        await store.SaveMediaAsync(new MemoryStream(Encoding.UTF8.GetBytes("png")), "logo.png", "image/png");
        await store.SaveMediaAsync(new MemoryStream(Encoding.UTF8.GetBytes("png2")), "logo.png");
        Check.True(store.GetMediaUrl("logo.png").EndsWith("logo.png", StringComparison.Ordinal), "GetMediaUrl ends with the file name");
        await store.DeleteMediaAsync("logo.png");
        await store.DeleteMediaAsync("logo.png");
        await Check.ThrowsAsync<ArgumentException>(() => store.DeleteMediaAsync(" "), "DeleteMediaAsync of a blank name throws ArgumentException");
    }
}
