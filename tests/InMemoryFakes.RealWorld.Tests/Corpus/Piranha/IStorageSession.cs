// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/IStorageSession.cs (model: core/Piranha/Models/Media.cs)
// Adapted: Media keeps its Id and Filename.
// Real store: core/Piranha.Local.FileStorage/FileStorageSession.cs: a resource is named by (media, filename)
//   (FileStorage.GetResourceName: "{media.Id}-{filename}" or a folder per media); PutAsync writes the content and
//   returns its public URL; GetAsync copies the content into the caller's stream and returns true, or false when
//   missing; DeleteAsync returns whether it deleted.
// Shapes: *=11; GetAsync=11; PutAsync=11; DeleteAsync=11; Dispose=17
#nullable disable

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.IStorageSessionCase;

public class Media
{
    public Guid Id { get; set; }
    public string Filename { get; set; }
}

[InMemoryFake]
public interface IStorageSession : IDisposable
{
    Task<bool> GetAsync(Media media, string filename, Stream stream);
    Task<string> PutAsync(Media media, string filename, string contentType, Stream stream);
    Task<string> PutAsync(Media media, string filename, string contentType, byte[] bytes);
    Task<bool> DeleteAsync(Media media, string filename);
}

public static class Smoke
{
    public static async Task RunAsync(IStorageSession store)
    {
        var media = new Media { Id = Guid.NewGuid(), Filename = "logo.png" };
        var url = await store.PutAsync(media, "logo.png", "image/png", Encoding.UTF8.GetBytes("png"));
        Check.True(!string.IsNullOrEmpty(url), "PutAsync returns the resource's URL");
        var target = new MemoryStream();
        Check.True(await store.GetAsync(media, "logo.png", target), "GetAsync finds the resource");
        Check.Equal("png", Encoding.UTF8.GetString(target.ToArray()), "GetAsync copies the content into the caller's stream");
        Check.False(await store.GetAsync(new Media { Id = Guid.NewGuid() }, "logo.png", new MemoryStream()), "another media's resource of the same name is missing");
        Check.True(await store.DeleteAsync(media, "logo.png"), "DeleteAsync returns true when it deleted");
        Check.False(await store.DeleteAsync(media, "logo.png"), "DeleteAsync returns false when nothing was there");
        store.Dispose();
    }
}
