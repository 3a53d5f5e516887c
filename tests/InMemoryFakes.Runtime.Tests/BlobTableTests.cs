using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Blob tables: content, properties, listing, copy/move, URLs and the byte quota.</summary>
public class BlobTableTests
{
    private static BlobTable Blobs(ManualClock? clock = null, Quota? quota = null, FakeErrors? errors = null)
        => new(new TableOptions("files")
        {
            Clock = clock ?? new ManualClock(),
            Quota = quota ?? Quota.None,
            Errors = errors ?? FakeErrors.Default,
        });

    [Fact]
    public void PutText_stores_utf8_with_size_and_the_default_text_content_type()
    {
        var clock = new ManualClock();
        var blobs = Blobs(clock);

        var props = blobs.PutText("greeting.txt", "Hello, World!")!;

        Assert.Equal(13, props.Size);
        Assert.Equal(BlobTable.TextContentType, props.ContentType);
        Assert.Equal("greeting.txt", props.Key);
        Assert.Equal(clock.GetUtcNow(), props.CreatedAt);
        Assert.Equal("Hello, World!", blobs.GetText("greeting.txt"));
        Assert.Equal(props, blobs.GetProperties("greeting.txt"));
        Assert.Equal(13, blobs.Inspect("greeting.txt")!.Size);
    }

    [Fact]
    public void Put_bytes_defaults_to_the_binary_content_type_and_keeps_a_given_one_and_metadata()
    {
        var blobs = Blobs();

        var binary = blobs.Put("a.bin", new byte[] { 1, 2, 3 })!;
        var png = blobs.Put("b.png", new byte[] { 4 }, "image/png", new Dictionary<string, string> { ["owner"] = "ann" })!;

        Assert.Equal(BlobTable.BinaryContentType, binary.ContentType);
        Assert.Equal("application/octet-stream", binary.ContentType);
        Assert.Empty(binary.Metadata);
        Assert.Equal("image/png", png.ContentType);
        Assert.Equal("ann", png.Metadata["owner"]);
    }

    [Fact]
    public void Metadata_is_copied_on_put()
    {
        var blobs = Blobs();
        var metadata = new Dictionary<string, string> { ["k"] = "v" };
        blobs.Put("a", new byte[] { 1 }, metadata: metadata);

        metadata["k"] = "changed";

        Assert.Equal("v", blobs.GetProperties("a")!.Metadata["k"]);
    }

    [Fact]
    public void ETag_is_stable_for_equal_content_and_differs_for_different_content()
    {
        var blobs = Blobs();

        var first = blobs.PutText("a", "Hello, World!")!.ETag;
        var same = blobs.PutText("b", "Hello, World!")!.ETag;
        var again = blobs.PutText("a", "Hello, World!")!.ETag;
        var different = blobs.PutText("c", "Hello, World?")!.ETag;

        Assert.Equal(first, same);
        Assert.Equal(first, again);
        Assert.NotEqual(first, different);
        Assert.StartsWith("\"", first, StringComparison.Ordinal);
        Assert.EndsWith("\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Overwrite_keeps_CreatedAt_and_moves_LastModified()
    {
        var clock = new ManualClock();
        var blobs = Blobs(clock);
        var created = blobs.PutText("a", "1")!.CreatedAt;
        clock.Advance(TimeSpan.FromMinutes(1));

        var props = blobs.PutText("a", "22")!;

        Assert.Equal(created, props.CreatedAt);
        Assert.Equal(clock.GetUtcNow(), props.LastModified);
        Assert.Equal(2, props.Size);
    }

    [Fact]
    public void GetBytes_returns_a_copy_so_mutating_it_does_not_change_the_store()
    {
        var blobs = Blobs();
        var content = new byte[] { 1, 2, 3 };
        blobs.Put("a", content);

        content[0] = 9;
        blobs.GetBytes("a")[1] = 9;
        blobs.GetBytesOrDefault("a")![2] = 9;

        Assert.Equal(new byte[] { 1, 2, 3 }, blobs.GetBytes("a"));
        Assert.NotSame(blobs.GetBytes("a"), blobs.GetBytes("a"));
    }

    [Fact]
    public void Put_from_a_span_copies_the_content()
    {
        var blobs = Blobs();
        var buffer = new byte[] { 1, 2, 3, 4 };
        blobs.Put("a", buffer.AsSpan(1, 2));

        buffer[1] = 9;

        Assert.Equal(new byte[] { 2, 3 }, blobs.GetBytes("a"));
    }

    [Fact]
    public void OpenRead_returns_a_read_only_stream_over_the_content()
    {
        var blobs = Blobs();
        blobs.PutText("a", "Hello, World!");

        using var stream = blobs.OpenRead("a");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        Assert.False(stream.CanWrite);
        Assert.Equal(0, stream.Position);
        Assert.Equal("Hello, World!", reader.ReadToEnd());
    }

    [Fact]
    public void Put_from_a_stream_stores_what_remains_from_its_position()
    {
        var blobs = Blobs();
        using var source = new MemoryStream(new byte[] { 1, 2, 3, 4, 5 });
        source.Position = 2;

        blobs.Put("a", source);

        Assert.Equal(new byte[] { 3, 4, 5 }, blobs.GetBytes("a"));
    }

    [Fact]
    public async Task PutAsync_reads_the_stream_and_stores_it()
    {
        var blobs = Blobs();
        using var source = new MemoryStream(Encoding.UTF8.GetBytes("async"));

        var props = await blobs.PutAsync("a", source, "text/plain", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, props!.Size);
        Assert.Equal("async", blobs.GetText("a"));
    }

    [Fact]
    public void List_filters_by_prefix_and_sorts_ordinally()
    {
        var blobs = Blobs();
        foreach (var key in new[] { "b/2", "a/Z", "a/b", "a/a", "a/B", "ab", "a/" })
        {
            blobs.PutText(key, key);
        }

        Assert.Equal(new[] { "a/", "a/B", "a/Z", "a/a", "a/b" }, blobs.List("a/").Select(p => p.Key));
        Assert.Equal(new[] { "a/", "a/B", "a/Z", "a/a", "a/b", "ab", "b/2" }, blobs.List().Select(p => p.Key));
        Assert.Equal(7, blobs.List(string.Empty).Count);
        Assert.Empty(blobs.List("c"));
    }

    [Fact]
    public void Listing_answers_names_one_level_below_and_a_nested_one_as_the_setting_says()
    {
        var blobs = Blobs();
        foreach (var key in new[] { "docs/a.txt", "docs/sub/b.txt", "docsx/c.txt", "top.txt" })
        {
            blobs.PutText(key, key);
        }

        Assert.Equal(new[] { "docs/a.txt", "docs/sub/b.txt" }, InMemoryFakes.Support.BlobKeys.Listing(blobs, "docs/", BlobListing.Flat, "IFiles.List").Select(p => p.Key));
        Assert.Equal(new[] { "docs/a.txt" }, InMemoryFakes.Support.BlobKeys.Listing(blobs, "docs/", BlobListing.TopLevel, "IFiles.List").Select(p => p.Key));
        Assert.Equal(new[] { "top.txt" }, InMemoryFakes.Support.BlobKeys.Listing(blobs, null, BlobListing.TopLevel, "IFiles.List").Select(p => p.Key));
        Assert.Equal(new[] { "docs/sub/b.txt" }, InMemoryFakes.Support.BlobKeys.Listing(blobs, "docs/sub/", BlobListing.Unstated, "IFiles.List").Select(p => p.Key));

        var nested = Assert.Throws<InvalidOperationException>(() => InMemoryFakes.Support.BlobKeys.Listing(blobs, "docs/", BlobListing.Unstated, "IFiles.List"));
        Assert.StartsWith("IFiles.List would list 'docs/sub/b.txt', a name nested below 'docs/' (a '/' after it).", nested.Message, StringComparison.Ordinal);
        Assert.EndsWith("State it on the fake: [InMemoryFake(BlobListings = BlobListing.Flat)] or BlobListing.TopLevel.", nested.Message, StringComparison.Ordinal);
        var top = Assert.Throws<InvalidOperationException>(() => InMemoryFakes.Support.BlobKeys.Listing(blobs, null, BlobListing.Unstated, "IFiles.List"));
        Assert.StartsWith("IFiles.List would list 'docs/a.txt', a name nested below the top level", top.Message, StringComparison.Ordinal);
        Assert.Equal(4, blobs.Count);
    }

    [Fact]
    public void Copy_duplicates_content_and_properties_under_the_new_key()
    {
        var blobs = Blobs();
        blobs.Put("src", new byte[] { 1, 2 }, "image/png", new Dictionary<string, string> { ["m"] = "1" });

        var copied = blobs.Copy("src", "dst")!;

        Assert.Equal("dst", copied.Key);
        Assert.Equal("image/png", copied.ContentType);
        Assert.Equal("1", copied.Metadata["m"]);
        Assert.Equal(new byte[] { 1, 2 }, blobs.GetBytes("dst"));
        Assert.Equal(new byte[] { 1, 2 }, blobs.GetBytes("src"));
        Assert.Equal(blobs.GetProperties("src")!.ETag, copied.ETag);
    }

    [Fact]
    public void Copy_without_overwrite_refuses_an_existing_destination()
    {
        var blobs = Blobs();
        blobs.PutText("src", "new");
        blobs.PutText("dst", "old");

        Assert.Throws<DuplicateKeyException>(() => blobs.Copy("src", "dst", overwrite: false));

        Assert.Equal("old", blobs.GetText("dst"));
        blobs.Copy("src", "dst");
        Assert.Equal("new", blobs.GetText("dst"));
    }

    [Fact]
    public void Move_renames_the_blob()
    {
        var blobs = Blobs();
        blobs.PutText("old", "content");

        var moved = blobs.Move("old", "new")!;

        Assert.Equal("new", moved.Key);
        Assert.Null(blobs.GetProperties("old"));
        Assert.Equal("content", blobs.GetText("new"));
        Assert.Equal(1, blobs.Count);
        Assert.Equal(7, blobs.Bytes);
    }

    [Fact]
    public void Move_to_the_same_key_keeps_the_blob()
    {
        var blobs = Blobs();
        blobs.PutText("a", "content");

        Assert.Equal("a", blobs.Move("a", "a")!.Key);
        Assert.Equal("content", blobs.GetText("a"));
    }

    [Fact]
    public void Copy_or_Move_of_a_missing_source_throws_NotFoundException_and_changes_nothing()
    {
        var blobs = Blobs();
        blobs.PutText("other", "x");

        Assert.Throws<NotFoundException>(() => blobs.Copy("missing", "dst"));
        Assert.Throws<NotFoundException>(() => blobs.Move("missing", "dst"));

        Assert.Equal(new[] { "other" }, blobs.List().Select(p => p.Key));
    }

    [Fact]
    public void UrlFor_is_memory_scheme_plus_key()
    {
        var blobs = Blobs();

        Assert.Equal("memory://images/a.png", BlobTable.UrlFor("images/a.png"));
        Assert.Equal(new Uri("memory://images/a.png"), blobs.PutText("images/a.png", "x")!.Url);
    }

    [Fact]
    public void Missing_key_throws_NotFoundException_naming_store_and_key()
    {
        var blobs = Blobs();

        var ex = Assert.Throws<NotFoundException>(() => blobs.GetBytes("nope.txt"));
        Assert.Throws<NotFoundException>(() => blobs.GetText("nope.txt"));
        Assert.Throws<NotFoundException>(() => blobs.OpenRead("nope.txt"));

        Assert.Contains("files", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'nope.txt'", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
        Assert.Null(blobs.GetBytesOrDefault("nope.txt"));
    }

    [Fact]
    public void Mapped_not_found_error_throws_the_users_type()
    {
        var blobs = Blobs(errors: new FakeErrors { NotFound = m => new FileNotFoundException(m) });

        var ex = Assert.Throws<FileNotFoundException>(() => blobs.GetBytes("nope.txt"));
        Assert.Contains("'nope.txt'", ex.Message, StringComparison.Ordinal);
    }

    // ---- byte quota ----

    [Fact]
    public void MaxBytes_counts_content_bytes_and_refuses_a_blob_that_does_not_fit()
    {
        var blobs = Blobs(quota: new Quota(maxBytes: 20));
        blobs.PutText("a", "Hello, World!");
        var before = Support.State(blobs);

        var ex = Assert.Throws<QuotaExceededException>(() => blobs.Put("b", new byte[8]));

        Assert.Contains("files", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before.Info, blobs.Inspect());
        Assert.Equal(1, blobs.Count);
        Assert.True(blobs.Put("b", new byte[7]) is not null);
        Assert.Equal(20, blobs.Bytes);
    }

    [Fact]
    public void MaxBytes_overwrite_frees_the_old_contents_bytes()
    {
        var blobs = Blobs(quota: new Quota(maxBytes: 10));
        blobs.Put("k", new byte[8]);

        Assert.NotNull(blobs.Put("k", new byte[9]));
        Assert.Equal(9, blobs.Bytes);
        Assert.NotNull(blobs.Put("k", new byte[1]));
        Assert.NotNull(blobs.Put("other", new byte[9]));
        Assert.Equal(10, blobs.Bytes);
    }

    [Fact]
    public void MaxBytes_delete_frees_the_bytes()
    {
        var blobs = Blobs(quota: new Quota(maxBytes: 10));
        blobs.Put("a", new byte[10]);
        Assert.True(blobs.Remove("a"));

        Assert.NotNull(blobs.Put("b", new byte[10]));
        Assert.Equal(10, blobs.Bytes);
    }

    [Fact]
    public void Reject_policy_makes_Put_return_null_and_Copy_return_null_leaving_the_store()
    {
        var blobs = Blobs(quota: new Quota(maxBytes: 10, policy: QuotaPolicy.Reject));
        blobs.Put("a", new byte[6]);

        Assert.Null(blobs.Put("b", new byte[6]));
        Assert.Null(blobs.Copy("a", "c"));
        Assert.Equal(new[] { "a" }, blobs.List().Select(p => p.Key));
        Assert.Equal(6, blobs.Bytes);
    }

    [Fact]
    public void Blob_table_through_FakeCore_applies_the_fakes_byte_quota()
    {
        var core = new FakeCore(new InMemoryFakeOptions { MaxBytes = 5 }, new FakeDefaults("IFileStore"));
        var files = core.BlobTable("files");

        files.PutText("a", "12345");
        Assert.Throws<QuotaExceededException>(() => files.PutText("b", "1"));
        Assert.Same(files, core.BlobTable("files"));
    }
}
