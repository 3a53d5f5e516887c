// Source: https://github.com/Squidex/squidex
// Commit: 0ecfe2fc6807
// Licence: MIT
// Path: backend/src/Squidex.Infrastructure/States/ISnapshotStore.cs (SnapshotResult/SnapshotWriteJob in the same file;
//   DomainId.cs; EtagVersion.cs)
// Adapted: DomainId is a minimal stand-in (a string id with value equality); closed over a small AppState document.
// Real store: backend/src/Squidex.Data.EntityFramework/Infrastructure/States/EFSnapshotStore.cs (and the MongoDB one):
//   one document per DomainId with a version; WriteAsync upserts (job.OldVersion other than EtagVersion.Any must match
//   the stored version, else InconsistentStateException); ReadAsync of a missing key returns
//   SnapshotResult(default, default, EtagVersion.Empty = -1); RemoveAsync deletes one; ClearAsync deletes all;
//   ReadAllAsync streams every document; WriteManyAsync upserts many.
// Configured: Key = "Key" (h-corpus3, session of 2026-12-04): EFSnapshotStore (read at 1ee988b3) keeps one row per
//   DocumentId, the job's Key (CreateEntity(job.Key, job.Value, job.NewVersion)); ReadAsync and RemoveAsync find it by
//   that id and SnapshotResult carries it back as Key; a property named Key is no key by any convention, so the setting
//   states it. What the fake reports next (incomplete): ReadAsync, RemoveAsync and ClearAsync are generated; WriteAsync
//   and WriteManyAsync (a write job with a version check, OldVersion against the stored Version, a rule no signature
//   shows) stay refused; ReadAllAsync, refused until h-conv1 (session 15: 'ReadAll' was no known verb), now streams
//   every stored SnapshotResult, as the real store streams every document. The probe ERRORS, loud, on the script's first line: ReadAsync of a missing key
//   throws the fake's NotFoundException, where the real store returns SnapshotResult(default, default,
//   EtagVersion.Empty); no setting states a store that answers a missing key with a sentinel value of its own.
// Shapes: *=1,14; WriteAsync=1,19; WriteManyAsync=1,18; ReadAllAsync=core
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Squidex.ISnapshotStoreCase;

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

public static class EtagVersion
{
    public const long Auto = -3;
    public const long Any = -2;
    public const long Empty = -1;
}

public record struct SnapshotResult<T>(DomainId Key, T Value, long Version, bool IsValid = true);

public record struct SnapshotWriteJob<T>(DomainId Key, T Value, long NewVersion, long OldVersion = EtagVersion.Any);

public sealed record AppState(string Name, string Label);

public interface ISnapshotStore<T>
{
    Task WriteAsync(SnapshotWriteJob<T> job,
        CancellationToken ct = default);

    Task WriteManyAsync(IEnumerable<SnapshotWriteJob<T>> jobs,
        CancellationToken ct = default);

    Task<SnapshotResult<T>> ReadAsync(DomainId key,
        CancellationToken ct = default);

    Task ClearAsync(
        CancellationToken ct = default);

    Task RemoveAsync(DomainId key,
        CancellationToken ct = default);

    IAsyncEnumerable<SnapshotResult<T>> ReadAllAsync(
        CancellationToken ct = default);
}

[InMemoryFake(typeof(ISnapshotStore<AppState>), Key = "Key")]
public partial class AppSnapshotStoreFake;

public static class Smoke
{
    public static async Task RunAsync(ISnapshotStore<AppState> store)
    {
        // Fixed ids, not DomainId.NewGuid(): an error that names the key then reads the same on every run, so the corpus
        // report (docs/real-world-corpus.md) does not change from one run to the next (h-leftover).
        var id = DomainId.Create("app-1");
        Check.Equal(EtagVersion.Empty, (await store.ReadAsync(id)).Version, "ReadAsync of a missing key has version EtagVersion.Empty");
        await store.WriteAsync(new SnapshotWriteJob<AppState>(id, new AppState("blog", "Blog"), 0));
        var read = await store.ReadAsync(id);
        Check.Equal("blog", read.Value?.Name, "ReadAsync returns the written document");
        Check.Equal(0L, read.Version, "ReadAsync returns the written version");
        await store.WriteAsync(new SnapshotWriteJob<AppState>(id, new AppState("blog", "My Blog"), 1, 0));
        Check.Equal("My Blog", (await store.ReadAsync(id)).Value?.Label, "a write with the current OldVersion replaces the document");
        await Check.ThrowsAsync<Exception>(() => store.WriteAsync(new SnapshotWriteJob<AppState>(id, new AppState("blog", "x"), 5, 3)), "a write with a stale OldVersion throws (InconsistentStateException)");
        await store.WriteManyAsync([new SnapshotWriteJob<AppState>(DomainId.Create("app-2"), new AppState("a", "A"), 0), new SnapshotWriteJob<AppState>(DomainId.Create("app-3"), new AppState("b", "B"), 0)]);
        var count = 0;
        await foreach (var _ in store.ReadAllAsync())
        {
            count++;
        }

        Check.Equal(3, count, "ReadAllAsync streams every document");
        await store.RemoveAsync(id);
        Check.Equal(EtagVersion.Empty, (await store.ReadAsync(id)).Version, "RemoveAsync deletes the document");
        await store.ClearAsync();
        await foreach (var _ in store.ReadAllAsync())
        {
            throw new SmokeFailedException("ClearAsync should delete every document");
        }
    }
}
