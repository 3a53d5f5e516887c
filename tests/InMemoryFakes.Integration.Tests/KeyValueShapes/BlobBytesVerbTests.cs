using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// SetBytes is the blob write beside GetBytes (the type word Bytes names the content's byte[]).

[InMemoryFake]
public interface IBinaryBlobStore
{
    Task<byte[]?> GetBytesAsync(string key);

    Task SetBytesAsync(string key, byte[] value);

    Task DeleteAsync(string key);
}

public sealed class BlobBytesVerbTests
{
    [Fact]
    public async Task GetBytes_returns_what_SetBytes_wrote_and_null_after_a_delete()
    {
        IBinaryBlobStore store = new InMemoryBinaryBlobStore();
        var content = new byte[] { 1, 2, 3 };

        await store.SetBytesAsync("a.bin", content);
        content[0] = 9;

        Assert.Equal(new byte[] { 1, 2, 3 }, await store.GetBytesAsync("a.bin"));
        await store.DeleteAsync("a.bin");
        Assert.Null(await store.GetBytesAsync("a.bin"));
    }
}
