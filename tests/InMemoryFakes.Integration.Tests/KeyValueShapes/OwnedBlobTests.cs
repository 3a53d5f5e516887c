using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shape 11 of issue 10: a blob named within an owner, as Piranha's IStorageSession names a media's files
// (GetAsync(Media media, string filename, Stream stream); the real FileStorage names the file "{media.Id}/{filename}").

public sealed class MediaItem
{
    public Guid Id { get; set; }

    public string? Title { get; set; }
}

[InMemoryFake]
public interface IMediaFiles : IDisposable
{
    Task<bool> GetAsync(MediaItem media, string filename, Stream stream);

    Task PutAsync(MediaItem media, string filename, string contentType, byte[] bytes);

    Task<bool> ExistsAsync(MediaItem media, string filename);

    Task<bool> DeleteAsync(MediaItem media, string filename);
}

public sealed class OwnedBlobTests
{
    [Fact]
    public async Task A_file_is_named_by_its_owner_s_key_and_its_name_and_is_copied_into_the_caller_s_stream()
    {
        IMediaFiles files = new InMemoryMediaFiles();
        var media = new MediaItem { Id = Guid.NewGuid() };
        await files.PutAsync(media, "logo.png", "image/png", Encoding.UTF8.GetBytes("png"));
        var target = new MemoryStream();

        Assert.True(await files.GetAsync(new MediaItem { Id = media.Id, Title = "another instance, same key" }, "logo.png", target));
        Assert.Equal("png", Encoding.UTF8.GetString(target.ToArray()));
        Assert.False(await files.GetAsync(new MediaItem { Id = Guid.NewGuid() }, "logo.png", new MemoryStream()));
        Assert.False(await files.ExistsAsync(media, "other.png"));
    }

    [Fact]
    public async Task Delete_removes_only_the_owner_s_file_and_says_whether_it_was_there()
    {
        IMediaFiles files = new InMemoryMediaFiles();
        var first = new MediaItem { Id = Guid.NewGuid() };
        var second = new MediaItem { Id = Guid.NewGuid() };
        await files.PutAsync(first, "logo.png", "image/png", [1]);
        await files.PutAsync(second, "logo.png", "image/png", [2]);

        Assert.True(await files.DeleteAsync(first, "logo.png"));
        Assert.False(await files.DeleteAsync(first, "logo.png"));
        Assert.True(await files.ExistsAsync(second, "logo.png"));
    }

    [Fact]
    public async Task A_null_owner_or_a_blank_name_is_refused_naming_the_argument_and_nothing_is_written()
    {
        IMediaFiles files = new InMemoryMediaFiles();
        var media = new MediaItem { Id = Guid.NewGuid() };

        await Assert.ThrowsAsync<ArgumentNullException>("media", () => files.PutAsync(null!, "logo.png", "image/png", [1]));
        await Assert.ThrowsAsync<ArgumentException>("filename", () => files.PutAsync(media, " ", "image/png", [1]));

        Assert.False(await files.ExistsAsync(media, "logo.png"));
    }
}
