using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The buffer members of real generated fakes (IBufferDistributedCache, IOutputCacheBufferStore, a store of its own):
/// one table with the byte[] members, copies in and out, a missing or expired key leaves the destination untouched, bad
/// input is an ArgumentNullException naming the argument with the store unchanged.
/// </summary>
public class ByteBufferBehaviourTests
{
    private static readonly DistributedCacheEntryOptions TenMinutes = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A sequence of several segments, as a pooled writer hands out.</summary>
    private static ReadOnlySequence<byte> Segmented(params byte[][] parts)
    {
        var first = new Segment(parts[0], 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    [Fact]
    public void A_value_set_as_an_array_is_read_into_a_buffer_writer_and_one_set_as_a_sequence_is_read_as_an_array()
    {
        IBufferDistributedCache cache = new BufferDistributedCacheFake(new ManualClock());
        cache.Set("array", new byte[] { 1, 2, 3 }, TenMinutes);
        cache.Set("sequence", Segmented(new byte[] { 4, 5 }, new byte[] { 6 }), TenMinutes);

        var writer = new ArrayBufferWriter<byte>();
        Assert.True(cache.TryGet("array", writer));
        Assert.Equal(new byte[] { 1, 2, 3 }, writer.WrittenSpan.ToArray());
        Assert.Equal(new byte[] { 4, 5, 6 }, cache.Get("sequence"));
    }

    [Fact]
    public async Task The_async_buffer_members_share_the_table_with_the_array_members()
    {
        IBufferDistributedCache cache = new BufferDistributedCacheFake(new ManualClock());
        await cache.SetAsync("key", new ReadOnlySequence<byte>(new byte[] { 9, 8 }), TenMinutes, Token);

        var writer = new ArrayBufferWriter<byte>();
        Assert.True(await cache.TryGetAsync("key", writer, Token));
        Assert.Equal(new byte[] { 9, 8 }, writer.WrittenSpan.ToArray());
        Assert.Equal(new byte[] { 9, 8 }, await cache.GetAsync("key", Token));
        await cache.RemoveAsync("key", Token);
        Assert.False(await cache.TryGetAsync("key", writer, Token));
    }

    [Fact]
    public void A_missing_or_expired_key_leaves_the_destination_untouched()
    {
        var clock = new ManualClock();
        IBufferDistributedCache cache = new BufferDistributedCacheFake(clock);
        cache.Set("key", new ReadOnlySequence<byte>(new byte[] { 1 }), TenMinutes);
        var writer = new ArrayBufferWriter<byte>();

        Assert.False(cache.TryGet("missing", writer));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.False(cache.TryGet("key", writer));
        Assert.Equal(0, writer.WrittenCount);
        Assert.Null(cache.Get("key"));
    }

    [Fact]
    public void A_read_into_a_buffer_renews_a_sliding_expiry_as_Get_does()
    {
        var clock = new ManualClock();
        IBufferDistributedCache cache = new BufferDistributedCacheFake(clock);
        cache.Set("key", new ReadOnlySequence<byte>(new byte[] { 1 }), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(cache.TryGet("key", new ArrayBufferWriter<byte>()));
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(cache.TryGet("key", new ArrayBufferWriter<byte>()));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(cache.TryGet("key", new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void The_caller_reusing_its_buffers_never_changes_what_is_stored()
    {
        IBufferDistributedCache cache = new BufferDistributedCacheFake(new ManualClock());
        var pooled = new byte[] { 1, 2, 3 };
        cache.Set("key", new ReadOnlySequence<byte>(pooled), TenMinutes);
        pooled[0] = 99;                                      // HybridCache returns its buffer to the pool after the write

        var writer = new ArrayBufferWriter<byte>();
        cache.TryGet("key", writer);
        System.Runtime.InteropServices.MemoryMarshal.AsMemory(writer.WrittenMemory).Span[1] = 77;   // the caller reuses what it read into

        Assert.Equal(new byte[] { 1, 2, 3 }, cache.Get("key"));
    }

    [Fact]
    public async Task The_call_log_keeps_what_the_caller_passed_after_it_reuses_its_buffers()
    {
        var options = new InMemoryFakeOptions { TimeProvider = new ManualClock(), RecordCalls = true };
        IBufferDistributedCache cache = new BufferDistributedCacheFake(options);
        IOutputCacheBufferStore store = new OutputCacheBufferStoreFake(options);
        var pooled = new byte[] { 1, 2, 3 };
        var tags = new[] { "products" };
        cache.Set("key", new ReadOnlySequence<byte>(pooled), TenMinutes);
        await store.SetAsync("page", new ReadOnlySequence<byte>(pooled), tags.AsMemory(), TimeSpan.FromMinutes(1), Token);
        pooled[0] = 99;
        tags[0] = "recycled";

        var cached = Assert.IsType<ReadOnlySequence<byte>>(Fakes.Of(cache).Calls.Of("Set").Single().Arguments[1]);
        Assert.Equal(new byte[] { 1, 2, 3 }, cached.ToArray());
        var page = Fakes.Of(store).Calls.Of("SetAsync").Single();
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.IsType<ReadOnlySequence<byte>>(page.Arguments[1]).ToArray());
        Assert.Equal(new[] { "products" }, Assert.IsType<ReadOnlyMemory<string>>(page.Arguments[2]).ToArray());
    }

    [Fact]
    public void A_null_destination_or_key_is_an_ArgumentNullException_naming_it_and_renews_nothing()
    {
        var clock = new ManualClock();
        IBufferDistributedCache cache = new BufferDistributedCacheFake(clock);
        cache.Set("key", new ReadOnlySequence<byte>(new byte[] { 1 }), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });
        clock.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => cache.TryGet("key", null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => cache.TryGet(null!, new ArrayBufferWriter<byte>())).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => cache.Set(null!, new ReadOnlySequence<byte>(new byte[] { 2 }), TenMinutes)).ParamName);

        clock.Advance(TimeSpan.FromMinutes(1));              // no failed read renewed the window
        Assert.Null(cache.Get("key"));
    }

    [Fact]
    public async Task An_already_cancelled_read_throws_and_writes_nothing()
    {
        IBufferDistributedCache cache = new BufferDistributedCacheFake(new ManualClock());
        cache.Set("key", new ReadOnlySequence<byte>(new byte[] { 1 }), TenMinutes);
        var writer = new ArrayBufferWriter<byte>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cache.TryGetAsync("key", writer, new CancellationToken(canceled: true)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cache.SetAsync("other", new ReadOnlySequence<byte>(new byte[] { 2 }), TenMinutes, new CancellationToken(canceled: true)));

        Assert.Equal(0, writer.WrittenCount);
        Assert.Null(cache.Get("other"));
    }

    [Fact]
    public async Task An_output_cache_entry_written_from_a_sequence_is_read_into_a_pipe_and_flushed()
    {
        IOutputCacheBufferStore store = new OutputCacheBufferStoreFake(new ManualClock());
        await store.SetAsync("page", Segmented(new byte[] { 1, 2 }, new byte[] { 3 }), new[] { "products" }.AsMemory(), TimeSpan.FromMinutes(1), Token);

        var pipe = new Pipe();
        Assert.True(await store.TryGetAsync("page", pipe.Writer, Token));
        var read = await pipe.Reader.ReadAsync(Token);     // completes only because the fake flushed
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Buffer.ToArray());
        Assert.Equal(new byte[] { 1, 2, 3 }, await store.GetAsync("page", Token));
    }

    [Fact]
    public async Task Tags_given_as_memory_evict_even_after_the_caller_reuses_its_tag_array()
    {
        IOutputCacheBufferStore store = new OutputCacheBufferStoreFake(new ManualClock());
        var leased = new[] { "products", "unused" };
        await store.SetAsync("page", new ReadOnlySequence<byte>(new byte[] { 1 }), leased.AsMemory(0, 1), TimeSpan.FromMinutes(1), Token);
        await store.SetAsync("other", new ReadOnlySequence<byte>(new byte[] { 2 }), new[] { "orders" }.AsMemory(), TimeSpan.FromMinutes(1), Token);
        leased[0] = "recycled";                              // the middleware returns its tag array to the pool

        await store.EvictByTagAsync("unused", Token);        // outside the memory given: not a tag of the entry
        Assert.NotNull(await store.GetAsync("page", Token));
        await store.EvictByTagAsync("products", Token);

        Assert.Null(await store.GetAsync("page", Token));
        Assert.False(await store.TryGetAsync("page", new Pipe().Writer, Token));
        Assert.NotNull(await store.GetAsync("other", Token));
    }

    [Fact]
    public async Task An_output_cache_entry_expires_after_validFor_on_the_fake_clock()
    {
        var clock = new ManualClock();
        IOutputCacheBufferStore store = new OutputCacheBufferStoreFake(clock);
        await store.SetAsync("page", new ReadOnlySequence<byte>(new byte[] { 1 }), ReadOnlyMemory<string>.Empty, TimeSpan.FromSeconds(30), Token);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(await store.TryGetAsync("page", new Pipe().Writer, Token));
        clock.Advance(TimeSpan.FromSeconds(1));
        var pipe = new Pipe();
        Assert.False(await store.TryGetAsync("page", pipe.Writer, Token));
        Assert.Equal(0, pipe.Writer.UnflushedBytes);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.TryGetAsync("page", null!, Token))).ParamName);
    }

    [Fact]
    public async Task A_store_of_its_own_reads_into_a_stream_at_its_position_and_copies_memory_on_write()
    {
        IPayloadStore store = new InMemoryPayloadStore(new ManualClock());
        var source = new byte[] { 5, 6, 7 };
        store.Set("key", source.AsMemory(1), TimeSpan.FromMinutes(1));
        source[1] = 0;

        using var stream = new MemoryStream();
        stream.WriteByte(42);
        Assert.True(store.TryGet("key", stream));
        Assert.True(await store.TryGetAsync("key", stream, Token));
        Assert.False(await store.TryGetAsync("missing", stream, Token));

        Assert.Equal(new byte[] { 42, 6, 7, 6, 7 }, stream.ToArray());
        Assert.Equal("destination", Assert.Throws<ArgumentNullException>(() => store.TryGet("key", null!)).ParamName);
    }
}
