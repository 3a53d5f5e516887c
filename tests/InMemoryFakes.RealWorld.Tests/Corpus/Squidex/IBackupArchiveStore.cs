// Source: https://github.com/Squidex/squidex
// Commit: 0ecfe2fc6807
// Licence: MIT
// Path: backend/src/Squidex.Domain.Apps.Entities/Backup/IBackupArchiveStore.cs
// Adapted: DomainId is a minimal stand-in (a string id with value equality).
// Real store: backend/src/Squidex.Domain.Apps.Entities/Backup/DefaultBackupArchiveStore.cs over IAssetStore: a blob
//   named "{backupId}_0" per backup; UploadAsync overwrites; DownloadAsync copies into the caller's stream and throws
//   AssetNotFoundException for a missing backup; DeleteAsync of a missing backup does nothing.
// Shapes: *=11
#nullable enable

using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Squidex.IBackupArchiveStoreCase;

public readonly struct DomainId : IEquatable<DomainId>
{
    private readonly string id;

    private DomainId(string id) => this.id = id;

    public static DomainId Create(string value) => new(value);

    public static DomainId NewGuid() => new(Guid.NewGuid().ToString());

    public bool Equals(DomainId other) => string.Equals(id, other.id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is DomainId other && Equals(other);

    public override int GetHashCode() => id?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public override string ToString() => id ?? "<EMPTY>";

    public static bool operator ==(DomainId lhs, DomainId rhs) => lhs.Equals(rhs);

    public static bool operator !=(DomainId lhs, DomainId rhs) => !lhs.Equals(rhs);
}

[InMemoryFake]
public interface IBackupArchiveStore
{
    Task UploadAsync(DomainId backupId, Stream stream,
        CancellationToken ct = default);

    Task DownloadAsync(DomainId backupId, Stream stream,
        CancellationToken ct = default);

    Task DeleteAsync(DomainId backupId,
        CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IBackupArchiveStore store)
    {
        var id = DomainId.NewGuid();
        await store.UploadAsync(id, new MemoryStream(Encoding.UTF8.GetBytes("zip-1")));
        await store.UploadAsync(id, new MemoryStream(Encoding.UTF8.GetBytes("zip-2")));
        var target = new MemoryStream();
        await store.DownloadAsync(id, target);
        Check.Equal("zip-2", Encoding.UTF8.GetString(target.ToArray()), "DownloadAsync copies the last upload into the caller's stream");
        await store.DeleteAsync(id);
        await Check.ThrowsAsync<Exception>(() => store.DownloadAsync(id, new MemoryStream()), "DownloadAsync of a missing backup throws (AssetNotFoundException)");
        await store.DeleteAsync(id);
    }
}
