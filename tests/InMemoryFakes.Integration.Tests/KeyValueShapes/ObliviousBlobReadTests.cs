using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

public sealed class ObliviousBlobReadTests
{
    private static MemoryStream Text(string value) => new(Encoding.UTF8.GetBytes(value));

    [Fact]
    public async Task An_OrNull_read_declared_without_nullable_annotations_gives_null_for_a_missing_blob()
    {
        IObliviousNamedBlobs store = new InMemoryObliviousNamedBlobs();
        await store.SaveAsync("a.txt", Text("one"));

        Assert.Null(await store.GetOrNullAsync("missing"));
        Assert.Null(await store.GetAllBytesOrNullAsync("missing"));
        Assert.Equal("one", Encoding.UTF8.GetString(await store.GetAllBytesOrNullAsync("a.txt")));
    }

    [Fact]
    public async Task With_the_NotFoundException_setting_an_oblivious_read_of_a_missing_blob_throws_that_exception()
    {
        IObliviousThrowingBlobs store = new InMemoryObliviousThrowingBlobs();
        await store.Save("att-1", Text("payload"), new Dictionary<string, string> { ["kind"] = "pdf" });

        using (var reader = new StreamReader(await store.Read("att-1")))
        {
            Assert.Equal("payload", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal("pdf", (await store.ReadMetadata("att-1"))["kind"]);
        await Assert.ThrowsAsync<ArgumentException>(() => store.Read("missing"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadMetadata("missing"));
    }
}
