using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests;

// Seed 001: a file/blob store with a size limit, memory:// URLs and its own exception types.
public sealed record StoredFile(string Key, long Size, string ContentType, string ETag, DateTimeOffset LastModified);

public class StorageError : Exception
{
    public StorageError(string message)
        : base(message)
    {
    }
}

public class StorageFileNotFoundError : StorageError
{
    public StorageFileNotFoundError(string message)
        : base(message)
    {
    }
}

[InMemoryFake(MaxBytes = 1024 * 1024, QuotaExceededException = typeof(StorageError), NotFoundException = typeof(StorageFileNotFoundError))]
public interface IFileStorage
{
    Task<StoredFile> PutAsync(string key, byte[] data, string? contentType = null, CancellationToken cancellationToken = default);

    Task<byte[]> GetBytesAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<string> UrlAsync(string key);

    Task<IReadOnlyList<StoredFile>> ListAsync(string prefix, CancellationToken cancellationToken = default);
}

public class FileStorageSeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_returns_the_key_and_size_13_for_hello_world()
    {
        IFileStorage storage = new InMemoryFileStorage();

        var result = await storage.PutAsync("documents/readme.txt", Encoding.UTF8.GetBytes("Hello, World!"), "text/plain", Ct);

        Assert.Equal("documents/readme.txt", result.Key);
        Assert.Equal(13, result.Size);
        Assert.Equal("text/plain", result.ContentType);
        Assert.False(string.IsNullOrEmpty(result.ETag));
    }

    [Fact]
    public async Task Upload_and_download_round_trip_the_bytes()
    {
        IFileStorage storage = new InMemoryFileStorage();

        var result = await storage.PutAsync("test.txt", Encoding.UTF8.GetBytes("test content"), cancellationToken: Ct);

        Assert.Equal("test.txt", result.Key);
        Assert.Equal(12, result.Size);
        Assert.Equal("test content", Encoding.UTF8.GetString(await storage.GetBytesAsync("test.txt", Ct)));
    }

    [Fact]
    public async Task Exists_and_delete()
    {
        IFileStorage storage = new InMemoryFileStorage();
        await storage.PutAsync("documents/readme.txt", Encoding.UTF8.GetBytes("Hello, World!"), cancellationToken: Ct);

        Assert.True(await storage.ExistsAsync("documents/readme.txt", Ct));
        await storage.DeleteAsync("documents/readme.txt", Ct);
        Assert.False(await storage.ExistsAsync("documents/readme.txt", Ct));
    }

    [Fact]
    public async Task Url_is_a_memory_url_of_the_key()
    {
        IFileStorage storage = new InMemoryFileStorage();

        Assert.Equal("memory://test.txt", await storage.UrlAsync("test.txt"));
    }

    [Fact]
    public async Task Missing_file_throws_the_mapped_not_found_error()
    {
        IFileStorage storage = new InMemoryFileStorage();

        var error = await Assert.ThrowsAsync<StorageFileNotFoundError>(() => storage.GetBytesAsync("nonexistent.txt", Ct));
        Assert.Contains("nonexistent.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_past_one_megabyte_throw_the_mapped_storage_error_and_store_nothing()
    {
        IFileStorage storage = new InMemoryFileStorage();
        await storage.PutAsync("half.bin", new byte[512 * 1024], cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<StorageError>(() => storage.PutAsync("large-file.bin", new byte[600 * 1024], cancellationToken: Ct));

        Assert.IsNotType<StorageFileNotFoundError>(error);
        Assert.False(await storage.ExistsAsync("large-file.bin", Ct));
        Assert.True(await storage.ExistsAsync("half.bin", Ct));
    }

    [Fact]
    public async Task Overwriting_a_file_frees_its_old_bytes_in_the_quota()
    {
        IFileStorage storage = new InMemoryFileStorage();
        await storage.PutAsync("big.bin", new byte[900 * 1024], cancellationToken: Ct);

        // 900 KB + 900 KB would exceed 1 MB, but the overwrite replaces the old 900 KB.
        var result = await storage.PutAsync("big.bin", new byte[1000 * 1024], cancellationToken: Ct);

        Assert.Equal(1000 * 1024, result.Size);
    }

    [Fact]
    public async Task Downloaded_bytes_are_a_copy()
    {
        IFileStorage storage = new InMemoryFileStorage();
        await storage.PutAsync("a.txt", Encoding.UTF8.GetBytes("abc"), cancellationToken: Ct);

        var bytes = await storage.GetBytesAsync("a.txt", Ct);
        bytes[0] = (byte)'z';

        Assert.Equal("abc", Encoding.UTF8.GetString(await storage.GetBytesAsync("a.txt", Ct)));
    }

    [Fact]
    public async Task List_returns_files_under_a_prefix_in_key_order()
    {
        IFileStorage storage = new InMemoryFileStorage();
        await storage.PutAsync("docs/b.txt", new byte[2], cancellationToken: Ct);
        await storage.PutAsync("docs/a.txt", new byte[1], cancellationToken: Ct);
        await storage.PutAsync("images/c.png", new byte[3], cancellationToken: Ct);

        var listed = await storage.ListAsync("docs/", Ct);

        Assert.Equal(new[] { "docs/a.txt", "docs/b.txt" }, listed.Select(f => f.Key).ToArray());
        Assert.Equal(new long[] { 1, 2 }, listed.Select(f => f.Size).ToArray());
    }
}
