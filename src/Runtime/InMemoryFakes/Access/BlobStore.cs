using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// The fake's blob table, for members you write yourself in the fake's partial class: the generated half declares a
/// private <c>Store</c> property of this type. Content is copied in and out; the byte quota counts content bytes.
/// </summary>
/// <example>
/// <code>
/// public partial class InMemoryFileStorage
/// {
///     public long TotalSize(string folder) => Store.Call(nameof(TotalSize), folder).List(folder + "/").Sum(b => b.Size);
/// }
/// </code>
/// </example>
public sealed class BlobStore
{
    private readonly FakeCore _core;
    private readonly BlobTable _table;

    /// <summary>Wraps a fake's table; generated code creates it.</summary>
    /// <param name="core">The fake's state.</param>
    /// <param name="table">The fake's blob table.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BlobStore(FakeCore core, BlobTable table)
    {
        ArgumentNullException.ThrowIfNull(core);
        ArgumentNullException.ThrowIfNull(table);
        _core = core;
        _table = table;
    }

    /// <summary>The number of blobs.</summary>
    public int Count => _table.Count;

    /// <summary>Records the call and applies injected faults, exactly as a generated member does, then returns this store.</summary>
    /// <param name="member">The member's name (use <c>nameof</c>).</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store.</returns>
    public BlobStore Call(string member, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        if (_core.IsIntercepting)
        {
            _core.Intercept(member, arguments);
        }

        return this;
    }

    /// <summary>The asynchronous <see cref="Call"/>: an injected delay is awaited, and an already-cancelled token throws.</summary>
    /// <param name="member">The member's name (use <c>nameof</c>).</param>
    /// <param name="cancellationToken">The member's token.</param>
    /// <param name="arguments">The member's arguments, for the call log.</param>
    /// <returns>This store, once any injected delay has passed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled.</exception>
    public async ValueTask<BlobStore> CallAsync(string member, CancellationToken cancellationToken, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        cancellationToken.ThrowIfCancellationRequested();
        if (_core.IsIntercepting)
        {
            await _core.InterceptAsync(member, cancellationToken, arguments).ConfigureAwait(false);
        }

        return this;
    }

    /// <summary>Stores bytes (copied).</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The content type; application/octet-stream by default.</param>
    /// <param name="metadata">User metadata (copied).</param>
    /// <returns>The stored blob's properties, or null when the Reject quota policy dropped the write.</returns>
    public BlobProperties? Put(string key, byte[] content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null)
        => _table.Put(key, content, contentType, metadata);

    /// <summary>Stores what remains of a stream.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">A readable stream.</param>
    /// <param name="contentType">The content type.</param>
    /// <param name="metadata">User metadata (copied).</param>
    /// <returns>The stored blob's properties, or null when rejected.</returns>
    public BlobProperties? Put(string key, Stream content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null)
        => _table.Put(key, content, contentType, metadata);

    /// <summary>Stores text as UTF-8.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="text">The text.</param>
    /// <param name="contentType">The content type; text/plain by default.</param>
    /// <param name="metadata">User metadata (copied).</param>
    /// <returns>The stored blob's properties, or null when rejected.</returns>
    public BlobProperties? PutText(string key, string text, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null)
        => _table.PutText(key, text, contentType, metadata);

    /// <summary>The content (a copy), or null when missing.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The bytes, or null.</returns>
    public byte[]? GetBytes(string key) => _table.GetBytesOrDefault(key);

    /// <summary>The content as UTF-8 text, or null when missing.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text, or null.</returns>
    public string? GetText(string key) => _table.GetBytesOrDefault(key) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>A read-only stream over the content, or null when missing.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The stream, or null.</returns>
    public Stream? OpenRead(string key) => _table.TryGetValue(key, out var blob) ? blob.OpenRead() : null;

    /// <summary>The blob's properties, or null when missing.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The properties, or null.</returns>
    public BlobProperties? Properties(string key) => _table.GetProperties(key);

    /// <summary>Whether the blob exists.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it exists.</returns>
    public bool Exists(string key) => _table.ContainsKey(key);

    /// <summary>Deletes the blob.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it existed.</returns>
    public bool Delete(string key) => _table.Remove(key);

    /// <summary>The blobs whose keys start with the prefix (every blob when null), in key order.</summary>
    /// <param name="prefix">The key prefix.</param>
    /// <returns>Their properties.</returns>
    public IReadOnlyList<BlobProperties> List(string? prefix = null) => _table.List(prefix);

    /// <summary>Copies a blob.</summary>
    /// <param name="source">The source key.</param>
    /// <param name="destination">The destination key.</param>
    /// <param name="overwrite">Whether an existing destination is replaced.</param>
    /// <returns>The copy's properties, or null when rejected by the quota.</returns>
    public BlobProperties? Copy(string source, string destination, bool overwrite = true) => _table.Copy(source, destination, overwrite);

    /// <summary>Moves a blob.</summary>
    /// <param name="source">The source key.</param>
    /// <param name="destination">The destination key.</param>
    /// <param name="overwrite">Whether an existing destination is replaced.</param>
    /// <returns>The moved blob's properties, or null when rejected by the quota.</returns>
    public BlobProperties? Move(string source, string destination, bool overwrite = true) => _table.Move(source, destination, overwrite);

    /// <inheritdoc/>
    public override string ToString() => _table.Name + " (" + Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " blobs)";
}
