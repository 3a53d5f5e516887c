using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// MS Learn's IStorage: GetNames() lists every blob's name (Azure lists them in lexicographic order).

[InMemoryFake]
public interface INamedBlobs
{
    Task Save(Stream fileStream, string name);

    Task<IEnumerable<string>> GetNames();

    Task<Stream?> Load(string name);
}

public sealed class BlobNamesTests
{
    [Fact]
    public async Task GetNames_lists_every_blob_name_in_ordinal_order()
    {
        INamedBlobs blobs = new InMemoryNamedBlobs();
        Assert.Empty(await blobs.GetNames());

        await blobs.Save(new MemoryStream(Encoding.UTF8.GetBytes("b")), "b.txt");
        await blobs.Save(new MemoryStream(Encoding.UTF8.GetBytes("B")), "B.txt");
        await blobs.Save(new MemoryStream(Encoding.UTF8.GetBytes("a")), "a.txt");

        Assert.Equal(["B.txt", "a.txt", "b.txt"], await blobs.GetNames());
    }
}
