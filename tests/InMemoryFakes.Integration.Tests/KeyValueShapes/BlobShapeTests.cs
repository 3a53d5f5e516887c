using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shape 11 of issue 10: blob stores with ids that are not strings, downloads into the caller's stream, GetOrNull,
// overrideExisting, listing by directory or prefix, and nouns after the verb.

public readonly struct DocumentId : IEquatable<DocumentId>
{
    private readonly string _value;

    public DocumentId(string value) => _value = value;

    public bool Equals(DocumentId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DocumentId other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public override string ToString() => _value;

    public static bool operator ==(DocumentId left, DocumentId right) => left.Equals(right);

    public static bool operator !=(DocumentId left, DocumentId right) => !left.Equals(right);
}

/// <summary>A record id that declares its own ToString: the blob's name.</summary>
public sealed record AttachmentId(string Value)
{
    public override string ToString() => Value;
}

[InMemoryFake]
public interface IAttachmentStore
{
    Task SaveAsync(AttachmentId id, byte[] content);

    Task<byte[]?> ReadAsync(AttachmentId id);

    Task<string[]> ListByPrefixAsync(string prefix);
}

/// <summary>Reads named with the entity-repository read verbs (Wolverine's claim-check LoadAsync).</summary>
[InMemoryFake]
public interface IPayloadStore
{
    Task SaveAsync(string id, ReadOnlyMemory<byte> payload);

    Task<ReadOnlyMemory<byte>> LoadAsync(string id);

    Task<byte[]?> FetchAsync(string id);

    Task<string?> LoadTextAsync(string id);

    Task<byte[]?> RetrieveAsync(string id);
}

/// <summary>Rebus's data bus storage: metadata saved with the blob and read back on its own.</summary>
[InMemoryFake]
public interface IDataBusAttachments
{
    Task Save(string id, Stream source, Dictionary<string, string>? metadata = null);

    Task<Dictionary<string, string>?> ReadMetadata(string id);

    Task<IReadOnlyDictionary<string, string>> GetMetadataAsync(string id);
}

[InMemoryFake]
public interface IArchiveStore
{
    Task UploadAsync(DocumentId id, Stream stream);

    Task DownloadAsync(DocumentId id, Stream target);

    Task DeleteAsync(DocumentId id);
}

[InMemoryFake]
public interface IPictureStore
{
    Task SaveAsync(Guid userId, byte[] picture);

    Task<bool> DownloadToAsync(Guid userId, Stream target);
}

// Flat: its listings answer nested names too (docs/sub/b.txt under docs), as Azure's GetBlobs and S3 without a delimiter;
// unstated, a listing that meets one throws (BlobListingsTests in the generator tests).
[InMemoryFake(BlobListings = BlobListing.Flat)]
public interface IContainer : IDisposable
{
    Task SaveAsync(string name, Stream stream, bool overrideExisting = false);

    Task<Stream?> GetOrNullAsync(string name);

    Task<Stream> GetAsync(string name);

    Task<bool> ExistsAsync(string name);

    Task<string[]> ListAsync(string folder);

    Task<string[]> ListByPrefixAsync(string prefix);
}

[InMemoryFake]
public interface IPathStorage
{
    Task WriteAsync(string fullPath, Stream dataStream, bool append = false);

    Task<Stream?> OpenReadAsync(string fullPath);

    Task<IReadOnlyCollection<bool>> ExistsAsync(IEnumerable<string> fullPaths);

    Task<int> DeleteAsync(IEnumerable<string> fullPaths);
}

[InMemoryFake]
public interface IMediaService
{
    string GetMediaUrl(string fileName);

    Task SaveMediaAsync(Stream mediaBinaryStream, string fileName, string? mimeType = null);

    Task DeleteMediaAsync(string fileName);

    Task<bool> MediaExistsAsync(string fileName);
}

public sealed class BlobShapeTests
{
    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task An_id_type_names_its_blob_by_its_text_and_a_download_copies_into_the_caller_s_stream()
    {
        IArchiveStore store = new InMemoryArchiveStore();
        var id = new DocumentId("backup-1");
        await store.UploadAsync(id, Text("zip-1"));
        await store.UploadAsync(id, Text("zip-2"));

        var target = new MemoryStream();
        await store.DownloadAsync(new DocumentId("backup-1"), target);

        Assert.Equal("zip-2", Encoding.UTF8.GetString(target.ToArray()));
        Assert.Equal("backup-1", Assert.Single(Fakes.Of(store).Entries).Key);
    }

    [Fact]
    public async Task A_record_id_with_its_own_ToString_names_its_blob_by_that_text()
    {
        IAttachmentStore store = new InMemoryAttachmentStore();
        await store.SaveAsync(new AttachmentId("att-1"), [1, 2, 3]);

        Assert.Equal(new byte[] { 1, 2, 3 }, await store.ReadAsync(new AttachmentId("att-1")));
        Assert.Equal(new[] { "att-1" }, await store.ListByPrefixAsync("att-"));
        Assert.Null(await store.ReadAsync(new AttachmentId("att-2")));
    }

    [Fact]
    public async Task Load_Fetch_and_Retrieve_read_a_blob_as_Get_does()
    {
        IPayloadStore store = new InMemoryPayloadStore();
        await store.SaveAsync("p-1", Encoding.UTF8.GetBytes("hello"));

        Assert.Equal("hello", Encoding.UTF8.GetString((await store.LoadAsync("p-1")).Span));
        Assert.Equal("hello", Encoding.UTF8.GetString((await store.FetchAsync("p-1"))!));
        Assert.Equal("hello", await store.LoadTextAsync("p-1"));
        Assert.Equal(5, (await store.RetrieveAsync("p-1"))!.Length);
        await Assert.ThrowsAsync<NotFoundException>(() => store.LoadAsync("missing"));
        Assert.Null(await store.FetchAsync("missing"));
    }

    [Fact]
    public async Task A_metadata_read_returns_a_copy_of_the_metadata_saved_with_the_blob()
    {
        IDataBusAttachments store = new InMemoryDataBusAttachments();
        await store.Save("att-1", Text("payload"), new Dictionary<string, string> { ["owner"] = "ann" });

        var metadata = await store.ReadMetadata("att-1");
        Assert.Equal("ann", metadata!["owner"]);
        metadata["owner"] = "bob";
        Assert.Equal("ann", (await store.GetMetadataAsync("att-1"))["owner"]);

        await store.Save("att-2", Text("no metadata"));
        Assert.Empty((await store.ReadMetadata("att-2"))!);
        Assert.Null(await store.ReadMetadata("missing"));
        await Assert.ThrowsAsync<NotFoundException>(() => store.GetMetadataAsync("missing"));
    }

    [Fact]
    public async Task A_download_of_a_missing_blob_is_the_not_found_error_and_writes_nothing()
    {
        IArchiveStore store = new InMemoryArchiveStore();
        var target = new MemoryStream();

        await Assert.ThrowsAsync<NotFoundException>(() => store.DownloadAsync(new DocumentId("nope"), target));

        Assert.Equal(0, target.Length);
    }

    [Fact]
    public async Task A_download_that_returns_bool_says_whether_the_blob_was_there()
    {
        IPictureStore store = new InMemoryPictureStore();
        var user = Guid.NewGuid();
        await store.SaveAsync(user, [1, 2, 3]);

        var target = new MemoryStream();
        Assert.True(await store.DownloadToAsync(user, target));
        Assert.Equal([1, 2, 3], target.ToArray());
        Assert.False(await store.DownloadToAsync(Guid.NewGuid(), new MemoryStream()));
    }

    [Fact]
    public async Task OverrideExisting_false_refuses_a_taken_name_and_keeps_the_first_content()
    {
        IContainer store = new InMemoryContainer();
        await store.SaveAsync("a.txt", Text("one"));

        await Assert.ThrowsAsync<DuplicateKeyException>(() => store.SaveAsync("a.txt", Text("two")));
        using (var reader = new StreamReader(await store.GetAsync("a.txt")))
        {
            Assert.Equal("one", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        await store.SaveAsync("a.txt", Text("three"), overrideExisting: true);
        using var replaced = new StreamReader(await store.GetAsync("a.txt"));
        Assert.Equal("three", await replaced.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetOrNull_gives_null_for_a_missing_blob_where_Get_throws_not_found()
    {
        IContainer store = new InMemoryContainer();

        Assert.Null(await store.GetOrNullAsync("missing"));
        await Assert.ThrowsAsync<NotFoundException>(() => store.GetAsync("missing"));
    }

    [Fact]
    public async Task Listing_a_folder_gives_the_blobs_under_it_and_a_prefix_is_a_plain_prefix()
    {
        IContainer store = new InMemoryContainer();
        foreach (var name in new[] { "docs/a.txt", "docs/sub/b.txt", "docsx/c.txt", "img/d.png" })
        {
            await store.SaveAsync(name, Text(name));
        }

        Assert.Equal(["docs/a.txt", "docs/sub/b.txt"], await store.ListAsync("docs"));
        Assert.Equal(["docs/a.txt", "docs/sub/b.txt"], await store.ListAsync("docs/"));
        Assert.Equal(["docs/a.txt", "docs/sub/b.txt", "docsx/c.txt"], await store.ListByPrefixAsync("docs"));
        Assert.Equal(4, (await store.ListAsync("")).Length);
    }

    [Fact]
    public async Task Dispose_of_the_store_does_nothing()
    {
        IContainer store = new InMemoryContainer();
        await store.SaveAsync("a.txt", Text("one"));

        store.Dispose();

        Assert.True(await store.ExistsAsync("a.txt"));
    }

    [Fact]
    public async Task Append_adds_after_the_existing_content_and_without_it_a_write_replaces()
    {
        IPathStorage store = new InMemoryPathStorage();
        await store.WriteAsync("log.txt", Text("one"));
        await store.WriteAsync("log.txt", Text("+two"), append: true);
        await store.WriteAsync("new.txt", Text("first"), append: true);

        using (var reader = new StreamReader((await store.OpenReadAsync("log.txt"))!))
        {
            Assert.Equal("one+two", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        await store.WriteAsync("log.txt", Text("reset"));
        using var replaced = new StreamReader((await store.OpenReadAsync("log.txt"))!);
        Assert.Equal("reset", await replaced.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(await store.OpenReadAsync("new.txt"));
    }

    [Fact]
    public async Task A_batch_of_names_is_answered_one_bool_per_name_in_order_and_removed_ignoring_missing_ones()
    {
        IPathStorage store = new InMemoryPathStorage();
        await store.WriteAsync("a", Text("1"));
        await store.WriteAsync("b", Text("2"));

        Assert.Equal([true, false, true], await store.ExistsAsync(["a", "missing", "b"]));
        Assert.Equal(1, await store.DeleteAsync(["a", "missing"]));
        Assert.Equal([false, true], await store.ExistsAsync(["a", "b"]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(["b", " "]));
        Assert.Equal([true], await store.ExistsAsync(["b"]));
    }

    [Fact]
    public async Task A_noun_after_the_verb_and_the_content_first_are_read_by_name()
    {
        IMediaService media = new InMemoryMediaService();
        await media.SaveMediaAsync(Text("png"), "logo.png", "image/png");

        Assert.True(await media.MediaExistsAsync("logo.png"));
        Assert.Equal("memory://logo.png", media.GetMediaUrl("logo.png"));
        Assert.Equal("image/png", ((InMemoryMediaService)media).PropertiesOf("logo.png")?.ContentType);
        await media.DeleteMediaAsync("logo.png");
        Assert.False(await media.MediaExistsAsync("logo.png"));
    }

    [Fact]
    public async Task A_blank_blob_name_is_refused_naming_the_parameter()
    {
        IMediaService media = new InMemoryMediaService();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => media.DeleteMediaAsync(" "));

        Assert.Equal("fileName", error.ParamName);
    }
}

/// <summary>A test's look into the fake's table (not a member of the interface).</summary>
public sealed partial class InMemoryMediaService
{
    internal BlobProperties? PropertiesOf(string key) => Store.Properties(key);
}
