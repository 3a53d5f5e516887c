using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Copy and Move take 'bool overwrite': without it, what a taken destination does is the store's own (GrandNode's and
// OrchardCore's MoveFile/CopyFile throw, Azure's blob copy replaces it), so the generator refuses (IMF0001).

[InMemoryFake]
public interface IDocumentFiles
{
    Task WriteAllText(string path, string text);

    Task<string?> ReadText(string path);

    Task CopyFile(string srcPath, string dstPath, bool overwrite);

    Task MoveFile(string oldPath, string newPath, bool overwrite);
}

public sealed class BlobCopyMoveTests
{
    [Fact]
    public async Task Copy_without_overwrite_onto_a_taken_path_is_the_duplicate_error_and_changes_nothing()
    {
        IDocumentFiles files = new InMemoryDocumentFiles();
        await files.WriteAllText("docs/a.txt", "alpha");
        await files.WriteAllText("docs/b.txt", "beta");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => files.CopyFile("docs/a.txt", "docs/b.txt", overwrite: false));

        Assert.Equal("beta", await files.ReadText("docs/b.txt"));
        Assert.Equal("alpha", await files.ReadText("docs/a.txt"));
    }

    [Fact]
    public async Task Move_with_overwrite_replaces_the_destination_and_removes_the_source()
    {
        IDocumentFiles files = new InMemoryDocumentFiles();
        await files.WriteAllText("docs/a.txt", "alpha");
        await files.WriteAllText("docs/b.txt", "beta");

        await files.MoveFile("docs/a.txt", "docs/b.txt", overwrite: true);

        Assert.Equal("alpha", await files.ReadText("docs/b.txt"));
        Assert.Null(await files.ReadText("docs/a.txt"));
    }

    [Fact]
    public async Task Move_without_overwrite_to_a_free_path_moves_the_file()
    {
        IDocumentFiles files = new InMemoryDocumentFiles();
        await files.WriteAllText("docs/a.txt", "alpha");

        await files.MoveFile("docs/a.txt", "archive/a.txt", overwrite: false);

        Assert.Equal("alpha", await files.ReadText("archive/a.txt"));
        Assert.Null(await files.ReadText("docs/a.txt"));
    }
}
