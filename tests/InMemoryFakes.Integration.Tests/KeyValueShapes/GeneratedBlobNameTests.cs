using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes.GeneratedBlobNames;

// The blob service of the Azure Blob Storage tutorials: the upload names the blob with a new GUID and returns it; the
// download returns the content with its content type in a record.
public sealed record FileResponse(Stream Stream, string ContentType);

public sealed class FileDownload
{
    public byte[] Data { get; init; } = Array.Empty<byte>();

    public string? ContentType { get; init; }

    public long Length { get; init; }

    public string Name { get; init; } = "";
}

[InMemoryFake]
public interface IBlobService
{
    Task<Guid> UploadAsync(Stream stream, string contentType, System.Threading.CancellationToken cancellationToken = default);

    Task<FileResponse> DownloadAsync(Guid fileId, System.Threading.CancellationToken cancellationToken = default);

    Task<FileDownload?> GetAsync(Guid fileId);

    Task<Guid> SaveAsync(byte[] content);

    Task DeleteAsync(Guid fileId, System.Threading.CancellationToken cancellationToken = default);
}

public sealed class GeneratedBlobNameTests
{
    private static System.Threading.CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task An_upload_without_a_name_returns_a_new_guid_that_names_the_blob()
    {
        IBlobService blobs = new InMemoryBlobService();

        var first = await blobs.UploadAsync(Text("one"), "text/plain", Ct);
        var second = await blobs.UploadAsync(Text("two"), "text/csv", Ct);

        var third = await blobs.SaveAsync(Encoding.UTF8.GetBytes("three"));
        Assert.Equal("three", Encoding.UTF8.GetString((await blobs.GetAsync(third))!.Data));
        Assert.Equal("application/octet-stream", (await blobs.GetAsync(third))!.ContentType);
        Assert.NotEqual(Guid.Empty, first);
        Assert.NotEqual(first, second);
        var download = await blobs.DownloadAsync(second, Ct);
        Assert.Equal("text/csv", download.ContentType);
        Assert.Equal("two", await new StreamReader(download.Stream).ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task A_result_type_gets_the_content_and_the_properties_it_names_and_a_missing_blob_is_not_found_or_null()
    {
        IBlobService blobs = new InMemoryBlobService();
        var id = await blobs.UploadAsync(Text("hello"), "text/plain", Ct);

        var file = await blobs.GetAsync(id);
        Assert.Equal("hello", Encoding.UTF8.GetString(file!.Data));
        Assert.Equal(5, file.Length);
        Assert.Equal(id.ToString(), file.Name);
        file.Data[0] = (byte)'J';
        Assert.Equal("hello", Encoding.UTF8.GetString((await blobs.GetAsync(id))!.Data));

        await blobs.DeleteAsync(id, Ct);
        Assert.Null(await blobs.GetAsync(id));
        await Assert.ThrowsAsync<NotFoundException>(() => blobs.DownloadAsync(id, Ct));
    }
}
