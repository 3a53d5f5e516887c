using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Receipts (Parsing/BlobReceipts): a write that takes content but no name returns a receipt carrying the name the store
// gave the blob; the members handed the receipt find the blob by that name (Wolverine's claim-check tokens).

public sealed record PayloadToken(string Id, string ContentType, long Length);

[InMemoryFake]
public interface IPayloadTokenStore
{
    Task<PayloadToken> StoreAsync(ReadOnlyMemory<byte> payload, string contentType);

    Task<ReadOnlyMemory<byte>> LoadAsync(PayloadToken token);

    Task DeleteAsync(PayloadToken token);
}

public sealed class UploadedFile
{
    public UploadedFile(string name, long size)
    {
        Name = name;
        Size = size;
    }

    public string Name { get; }

    public long Size { get; }

    public string? ContentType { get; init; }
}

[InMemoryFake]
public interface IUploadService
{
    Task<UploadedFile> UploadAsync(Stream content, string contentType);

    Task<Stream> DownloadAsync(UploadedFile file);

    Task<bool> ExistsAsync(UploadedFile file);

    Task<bool> DeleteAsync(UploadedFile file);
}

public sealed class BlobReceiptTests
{
    [Fact]
    public async Task A_keyless_write_returns_a_receipt_with_a_new_id_the_content_type_and_the_length()
    {
        IPayloadTokenStore store = new InMemoryPayloadTokenStore();

        var token = await store.StoreAsync(new byte[] { 1, 2, 3, 4 }, "application/octet-stream");
        var other = await store.StoreAsync(new byte[] { 5 }, "text/plain");

        Assert.Equal(4L, token.Length);
        Assert.Equal("application/octet-stream", token.ContentType);
        Assert.True(Guid.TryParse(token.Id, out _));
        Assert.NotEqual(token.Id, other.Id);
    }

    [Fact]
    public async Task A_receipt_finds_its_blob_by_its_id_even_as_another_instance_and_a_delete_removes_it()
    {
        IPayloadTokenStore store = new InMemoryPayloadTokenStore();
        var token = await store.StoreAsync(new byte[] { 1, 2, 3 }, "application/octet-stream");

        Assert.Equal(new byte[] { 1, 2, 3 }, (await store.LoadAsync(token with { ContentType = "changed" })).ToArray());

        await store.DeleteAsync(new PayloadToken(token.Id, "", 0));
        await Assert.ThrowsAsync<NotFoundException>(() => store.LoadAsync(token));
    }

    [Fact]
    public async Task A_null_receipt_is_ArgumentNullException_naming_it()
    {
        IPayloadTokenStore store = new InMemoryPayloadTokenStore();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => store.LoadAsync(null!));

        Assert.Equal("token", error.ParamName);
    }

    [Fact]
    public async Task A_receipt_named_by_its_Name_downloads_checks_and_deletes_the_blob_it_names()
    {
        IUploadService uploads = new InMemoryUploadService();
        var file = await uploads.UploadAsync(new MemoryStream(new byte[] { 7, 8 }), "image/png");

        Assert.Equal(2L, file.Size);
        Assert.Equal("image/png", file.ContentType);
        Assert.True(await uploads.ExistsAsync(file));
        using (var read = await uploads.DownloadAsync(file))
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
            Assert.Equal(new byte[] { 7, 8 }, copy.ToArray());
        }

        Assert.True(await uploads.DeleteAsync(file));
        Assert.False(await uploads.ExistsAsync(file));
        Assert.False(await uploads.DeleteAsync(file));
    }
}
