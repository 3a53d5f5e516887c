using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

// MS Learn's BlobStorage over Azure.Storage.Blobs: Save(stream, name) is BlobClient.UploadAsync(stream), which refuses a
// name already stored (RequestFailedException, 409 BlobAlreadyExists); an overwrite parameter still says it itself.

public sealed class BlobAlreadyExistsException(string message) : Exception(message);

[InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse, DuplicateKeyException = typeof(BlobAlreadyExistsException))]
public interface ICreateOnlyBlobs
{
    Task Save(Stream fileStream, string name);

    Task<bool> Put(string name, byte[] content);

    Task Upload(string name, byte[] content, bool overwrite);

    Task<byte[]?> GetBytes(string name);
}

[InMemoryFake]
public interface IReplacingBlobs
{
    Task Save(Stream fileStream, string name);

    Task<byte[]?> GetBytes(string name);
}

public sealed class ExistingBlobWritesTests
{
    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Under_Refuse_a_write_of_a_taken_name_is_the_duplicate_error_and_keeps_the_blob()
    {
        ICreateOnlyBlobs blobs = new InMemoryCreateOnlyBlobs();
        await blobs.Save(Text("one"), "a.txt");

        await Assert.ThrowsAsync<BlobAlreadyExistsException>(() => blobs.Save(Text("two"), "a.txt"));

        Assert.Equal("one", Encoding.UTF8.GetString((await blobs.GetBytes("a.txt"))!));
    }

    [Fact]
    public async Task Under_Refuse_a_write_returning_bool_answers_false_for_a_taken_name()
    {
        ICreateOnlyBlobs blobs = new InMemoryCreateOnlyBlobs();

        Assert.True(await blobs.Put("b.bin", [1]));
        Assert.False(await blobs.Put("b.bin", [2]));
        Assert.Equal([1], (await blobs.GetBytes("b.bin"))!);
    }

    [Fact]
    public async Task An_overwrite_parameter_still_decides_for_its_write()
    {
        ICreateOnlyBlobs blobs = new InMemoryCreateOnlyBlobs();
        await blobs.Upload("c.bin", [1], overwrite: false);

        await blobs.Upload("c.bin", [2], overwrite: true);

        Assert.Equal([2], (await blobs.GetBytes("c.bin"))!);
        await Assert.ThrowsAsync<BlobAlreadyExistsException>(() => blobs.Upload("c.bin", [3], overwrite: false));
    }

    [Fact]
    public async Task Without_the_setting_a_write_replaces_the_blob()
    {
        IReplacingBlobs blobs = new InMemoryReplacingBlobs();
        await blobs.Save(Text("one"), "a.txt");

        await blobs.Save(Text("two"), "a.txt");

        Assert.Equal("two", Encoding.UTF8.GetString((await blobs.GetBytes("a.txt"))!));
    }
}
