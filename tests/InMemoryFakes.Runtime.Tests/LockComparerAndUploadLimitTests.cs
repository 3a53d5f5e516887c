using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>LockAsync compares keys as the table does and is shared through a backend; stream uploads stop at the quota.</summary>
public class LockComparerAndUploadLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LockAsync_on_a_case_insensitive_store_never_holds_alice_and_ALICE_at_once()
    {
        var core = new FakeCore(new InMemoryFakeOptions { StringKeyComparer = StringComparer.OrdinalIgnoreCase }, new FakeDefaults("ISessions"));
        core.KeyValueTable<string, string>("sessions");

        var held = await core.LockAsync("alice", Ct);
        var second = core.LockAsync("ALICE", Ct).AsTask();
        Assert.False(second.IsCompleted);

        held.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task Table_LockAsync_uses_the_tables_key_comparer()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"), StringComparer.OrdinalIgnoreCase);

        var held = await table.LockAsync("Bob", Ct);
        var second = table.LockAsync("BOB", Ct).AsTask();
        var other = table.LockAsync("carol", Ct).AsTask();

        Assert.False(second.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
        held.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task Fakes_on_one_backend_share_locks()
    {
        var backend = new InMemoryBackend();
        var first = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("ISessions"));
        var second = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("ISessions"));
        first.KeyValueTable<string, string>("sessions");
        second.KeyValueTable<string, string>("sessions");

        var held = await first.LockAsync("s1", Ct);
        var waiting = second.LockAsync("s1", Ct).AsTask();
        Assert.False(waiting.IsCompleted);

        held.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Fact]
    public async Task A_key_of_no_tables_type_still_locks_and_is_shared_through_the_backend()
    {
        var backend = new InMemoryBackend();
        var first = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers"));
        var second = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers"));
        first.EntityTable("users", Support.UserModel());

        var held = await first.LockAsync("not-an-int-key", Ct);
        var waiting = second.LockAsync("not-an-int-key", Ct).AsTask();
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Dispose();
    }

    [Theory]
    [InlineData(QuotaPolicy.Throw)]
    [InlineData(QuotaPolicy.EvictOldest)]
    public void A_stream_upload_over_the_byte_quota_stops_reading_at_the_first_byte_over_it(QuotaPolicy policy)
    {
        const long Limit = 1024 * 1024;
        var table = new BlobTable(new TableOptions("files") { Quota = new Quota(maxBytes: Limit, policy: policy) });
        table.Put("kept", new byte[10]);
        using var upload = new EndlessZeros(64L * 1024 * 1024);

        Assert.Throws<QuotaExceededException>(() => table.Put("big", upload));

        Assert.Equal(Limit + 1, upload.BytesRead);
        Assert.Equal(new[] { "kept" }, table.Keys());
    }

    [Fact]
    public async Task An_async_stream_upload_over_the_byte_quota_stops_reading_and_the_Reject_policy_drops_it()
    {
        const long Limit = 1024 * 1024;
        var table = new BlobTable(new TableOptions("files") { Quota = new Quota(maxBytes: Limit, policy: QuotaPolicy.Reject) });
        using var upload = new EndlessZeros(64L * 1024 * 1024);

        Assert.Null(await table.PutAsync("big", upload, cancellationToken: Ct));

        Assert.Equal(Limit + 1, upload.BytesRead);
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void A_stream_upload_of_exactly_the_quota_is_stored_whole()
    {
        const long Limit = 200_000;
        var table = new BlobTable(new TableOptions("files") { Quota = new Quota(maxBytes: Limit) });
        using var upload = new EndlessZeros(Limit);

        Assert.Equal(Limit, table.Put("exact", upload)!.Size);
        Assert.Equal(Limit, table.GetBytes("exact").Length);
    }

    /// <summary>A read-only stream of zeros that counts what it hands out and never allocates its length.</summary>
    private sealed class EndlessZeros : Stream
    {
        private readonly long _length;

        public EndlessZeros(long length)
        {
            _length = length;
        }

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => BytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, _length - BytesRead);
            buffer[..n].Clear();
            BytesRead += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
