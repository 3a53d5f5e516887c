using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

public sealed class StorageFullException : Exception
{
    public StorageFullException(string message)
        : base(message)
    {
    }
}

public sealed class StorageFileNotFoundException : Exception
{
    public StorageFileNotFoundException(string message)
        : base(message)
    {
    }
}

public sealed record StoredDocument(string Key, long Size, string ContentType)
{
    public string? ETag { get; init; }

    public string? Url { get; init; }
}

/// <summary>A blob store with a 16-byte quota and mapped exceptions.</summary>
[InMemoryFake(MaxBytes = 16, QuotaExceededException = typeof(StorageFullException), NotFoundException = typeof(StorageFileNotFoundException))]
public interface IDocumentStorage
{
    Task<StoredDocument> PutAsync(string key, byte[] data, string? contentType = null, CancellationToken cancellationToken = default);

    Task<StoredDocument> UploadAsync(string key, Stream content, CancellationToken cancellationToken = default);

    Task<byte[]> GetBytesAsync(string key, CancellationToken cancellationToken = default);

    string? ReadText(string key);

    Task<bool> ExistsAsync(string key);

    IReadOnlyList<string> List(string? prefix = null);

    Task<string> UrlAsync(string key);

    StoredDocument? Info(string key);

    Task DeleteAsync(string key);
}

public interface IForeignCache
{
    byte[]? Get(string key);

    void Set(string key, byte[] value);

    string Describe();
}

/// <summary>A fake for an interface the project does not own, with one member written by hand.</summary>
[InMemoryFake(typeof(IForeignCache))]
public sealed partial class ForeignCacheFake
{
    public string Describe() => "hand-written";
}
