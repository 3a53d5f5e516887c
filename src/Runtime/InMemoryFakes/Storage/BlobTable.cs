using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>A stored blob: its content and properties. Immutable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class StoredBlob
{
    private readonly byte[] _content;

    internal StoredBlob(byte[] content, BlobProperties properties)
    {
        _content = content;
        Properties = properties;
    }

    /// <summary>The content (read-only view of the store's copy).</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>The blob's properties.</summary>
    public BlobProperties Properties { get; }

    /// <summary>A new array with the content.</summary>
    /// <returns>A copy of the content.</returns>
    public byte[] ToArray() => (byte[])_content.Clone();

    /// <summary>A read-only stream over the content.</summary>
    /// <returns>A new stream positioned at 0.</returns>
    public Stream OpenRead() => new MemoryStream(_content, writable: false);

    internal StoredBlob WithProperties(BlobProperties properties) => new(_content, properties);
}

/// <summary>
/// Key → bytes with content type, metadata, ETags and a byte quota that counts content bytes
/// (an overwrite frees the old content's bytes): what a generated file/blob storage fake is built on.
/// Keys are non-empty strings compared ordinally; <see cref="List"/> returns them sorted ordinally.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BlobTable : FakeTable<string, StoredBlob>
{
    /// <summary>The default content type of binary uploads.</summary>
    public const string BinaryContentType = "application/octet-stream";

    /// <summary>The default content type of text uploads.</summary>
    public const string TextContentType = "text/plain; charset=utf-8";

    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates a blob table.</summary>
    /// <param name="options">Name, clock, quota (its <see cref="Quota.MaxBytes"/> counts content bytes), default expiry and errors.</param>
    public BlobTable(TableOptions options)
        : base(options with { SizeEstimator = static blob => ((StoredBlob)blob!).Content.Length }, StringComparer.Ordinal, copier: null, measureSizes: true)
    {
        RejectsEmptyKeys = true;
    }

    /// <summary>The URL a key is served at: <c>memory://{key}</c>. Not reachable outside the process.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The URL.</returns>
    public static string UrlFor(string key) => "memory://" + key;

    /// <summary>Stores bytes under a key, replacing any blob there.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">The content; copied.</param>
    /// <param name="contentType">The content type; defaults to <see cref="BinaryContentType"/>.</param>
    /// <param name="metadata">User metadata; copied.</param>
    /// <param name="expiration">When the blob expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored blob's properties, or <see langword="null"/> when the <see cref="QuotaPolicy.Reject"/> policy dropped the write.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    /// <exception cref="QuotaExceededException">The content does not fit and the policy is <see cref="QuotaPolicy.Throw"/>.</exception>
    public BlobProperties? Put(string key, ReadOnlySpan<byte> content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null,
        Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => PutOwned(key, content.ToArray(), contentType ?? BinaryContentType, metadata, expiration, keyParam);

    /// <summary>Stores bytes under a key; see <see cref="Put(string, ReadOnlySpan{byte}, string?, IReadOnlyDictionary{string, string}?, Expiration, string?)"/>.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">The content; copied.</param>
    /// <param name="contentType">The content type; defaults to <see cref="BinaryContentType"/>.</param>
    /// <param name="metadata">User metadata; copied.</param>
    /// <param name="expiration">When the blob expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored blob's properties, or <see langword="null"/> when rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public BlobProperties? Put(string key, byte[] content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null,
        Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return PutOwned(key, (byte[])content.Clone(), contentType ?? BinaryContentType, metadata, expiration, keyParam);
    }

    /// <summary>Stores text as UTF-8; the default content type is <see cref="TextContentType"/>.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="text">The text.</param>
    /// <param name="contentType">The content type.</param>
    /// <param name="metadata">User metadata; copied.</param>
    /// <param name="expiration">When the blob expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored blob's properties, or <see langword="null"/> when rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public BlobProperties? PutText(string key, string text, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null,
        Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PutOwned(key, Encoding.UTF8.GetBytes(text), contentType ?? TextContentType, metadata, expiration, keyParam);
    }

    /// <summary>Stores what remains of a stream, read from its current position.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">A readable stream.</param>
    /// <param name="contentType">The content type; defaults to <see cref="BinaryContentType"/>.</param>
    /// <param name="metadata">User metadata; copied.</param>
    /// <param name="expiration">When the blob expires.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored blob's properties, or <see langword="null"/> when rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public BlobProperties? Put(string key, Stream content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null,
        Expiration expiration = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ValidateKey(key, keyParam);
        var upload = new BoundedUpload(Options.Quota.MaxBytes);
        while (upload.Room is { } room && upload.Took(content.Read(room.Span)))
        {
        }

        return upload.IsTooLarge ? RefuseTooLarge(key, upload, expiration) : PutOwned(key, upload.ToArray(), contentType ?? BinaryContentType, metadata, expiration, keyParam);
    }

    /// <summary>Reads a stream asynchronously, then stores it.</summary>
    /// <param name="key">A non-empty key.</param>
    /// <param name="content">A readable stream.</param>
    /// <param name="contentType">The content type; defaults to <see cref="BinaryContentType"/>.</param>
    /// <param name="metadata">User metadata; copied.</param>
    /// <param name="expiration">When the blob expires.</param>
    /// <param name="cancellationToken">Cancels the read; the store is unchanged.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The stored blob's properties, or <see langword="null"/> when rejected.</returns>
    public async Task<BlobProperties?> PutAsync(string key, Stream content, string? contentType = null, IReadOnlyDictionary<string, string>? metadata = null,
        Expiration expiration = default, CancellationToken cancellationToken = default, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ValidateKey(key, keyParam);
        var upload = new BoundedUpload(Options.Quota.MaxBytes);
        while (upload.Room is { } room && upload.Took(await content.ReadAsync(room, cancellationToken).ConfigureAwait(false)))
        {
        }

        cancellationToken.ThrowIfCancellationRequested();
        return upload.IsTooLarge ? RefuseTooLarge(key, upload, expiration) : PutOwned(key, upload.ToArray(), contentType ?? BinaryContentType, metadata, expiration, keyParam);
    }

    /// <summary>The content as a new array.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>A copy of the content.</returns>
    /// <exception cref="NotFoundException">No blob has the key (or the mapped not-found type).</exception>
    public byte[] GetBytes(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => GetRequired(key, keyParam).ToArray();

    /// <summary>The content as a new array, or <see langword="null"/> when missing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>A copy of the content, or <see langword="null"/>.</returns>
    public byte[]? GetBytesOrDefault(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => TryGetValue(key, out var blob, keyParam) ? blob.ToArray() : null;

    /// <summary>The content decoded as UTF-8.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The text.</returns>
    /// <exception cref="NotFoundException">No blob has the key.</exception>
    public string GetText(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => Encoding.UTF8.GetString(GetRequired(key, keyParam).Content.Span);

    /// <summary>A read-only stream over the content.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>A new stream.</returns>
    /// <exception cref="NotFoundException">No blob has the key.</exception>
    public Stream OpenRead(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => GetRequired(key, keyParam).OpenRead();

    /// <summary>A blob's properties, or <see langword="null"/> when missing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="keyParam">The caller's parameter name for <paramref name="key"/>; filled in by the compiler.</param>
    /// <returns>The properties.</returns>
    public BlobProperties? GetProperties(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
        => TryGetValue(key, out var blob, keyParam) ? blob.Properties : null;

    /// <summary>The properties of every blob whose key starts with <paramref name="prefix"/>, sorted ordinally by key.</summary>
    /// <param name="prefix">The key prefix; <see langword="null"/> or empty lists everything.</param>
    /// <returns>The matching blobs' properties.</returns>
    public List<BlobProperties> List(string? prefix = null)
    {
        var list = new List<BlobProperties>();
        foreach (var blob in Where(blob => prefix is null || blob.Properties.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            list.Add(blob.Properties);
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    /// <summary>Copies a blob to another key, atomically.</summary>
    /// <param name="source">The key to copy.</param>
    /// <param name="destination">The key to write; an existing blob there is replaced when <paramref name="overwrite"/>.</param>
    /// <param name="overwrite">Whether an existing destination may be replaced.</param>
    /// <returns>The new blob's properties, or <see langword="null"/> when the quota rejected it.</returns>
    /// <exception cref="NotFoundException"><paramref name="source"/> is missing.</exception>
    /// <exception cref="DuplicateKeyException"><paramref name="destination"/> exists and <paramref name="overwrite"/> is false.</exception>
    public BlobProperties? Copy(string source, string destination, bool overwrite = true)
    {
        ValidateKey(source, nameof(source));
        ValidateKey(destination, nameof(destination));
        return Atomically(() =>
        {
            var blob = GetRequired(source, nameof(source));
            // The source is read (as a download would); the destination is only peeked at, so a refused copy leaves it as it was.
            if (!overwrite && TryPeek(destination, out _))
            {
                throw Options.Errors.CreateDuplicate(Name, destination);
            }

            return PutOwned(destination, blob.ToArray(), blob.Properties.ContentType, blob.Properties.Metadata, Expiration.Default, nameof(destination));
        });
    }

    /// <summary>Moves a blob to another key, atomically (copy then delete).</summary>
    /// <param name="source">The key to move.</param>
    /// <param name="destination">The new key.</param>
    /// <param name="overwrite">Whether an existing destination may be replaced.</param>
    /// <returns>The moved blob's properties, or <see langword="null"/> when the quota rejected it (the source stays).</returns>
    /// <exception cref="NotFoundException"><paramref name="source"/> is missing.</exception>
    public BlobProperties? Move(string source, string destination, bool overwrite = true)
        => Atomically(() =>
        {
            if (string.Equals(source, destination, StringComparison.Ordinal))
            {
                return GetRequired(source, nameof(source)).Properties;
            }

            var moved = Copy(source, destination, overwrite);
            if (moved is not null)
            {
                Remove(source, nameof(source));
            }

            return moved;
        });

    private BlobProperties? PutOwned(string key, byte[] content, string contentType, IReadOnlyDictionary<string, string>? metadata, Expiration expiration, string? keyParam)
    {
        ValidateKey(key, keyParam);
        var meta = metadata is null || metadata.Count == 0
            ? NoMetadata
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(metadata, StringComparer.Ordinal));
        var etag = ETagOf(content);
        return Atomically(() =>
        {
            // One clock read: the properties' instants and the entry's are the same (EntryInfo.LastModified equals the
            // blob's LastModified), and the expiry is measured from it.
            var ticks = NowTicks();
            var now = new DateTimeOffset(ticks, TimeSpan.Zero);
            // A peek, not a read: a put that the quota then refuses must not renew or touch the blob it would replace.
            var created = TryPeek(key, out var previous) ? previous.Properties.CreatedAt : now;
            var properties = new BlobProperties(key, content.Length, contentType, etag, created, now, meta);
            var outcome = WriteAt(ticks, key, new StoredBlob(content, properties), expiration, WriteCondition.Any, keyParam, "content");
            return outcome == WriteOutcome.Rejected ? null : properties;
        });
    }

    /// <summary>
    /// Refuses an upload larger than <see cref="Quota.MaxBytes"/> (which no policy can make room for), after reading one
    /// byte past the limit and no more: the Reject policy drops it (<see langword="null"/>), the others throw.
    /// </summary>
    private BlobProperties? RefuseTooLarge(string key, BoundedUpload upload, Expiration expiration)
    {
        // Argument errors come first, as for every write: an absolute expiry already in the past is reported as such.
        expiration.Resolve(NowTicks(), Options, nameof(expiration), out _, out _);
        return Options.Quota.Policy == QuotaPolicy.Reject
            ? null
            : throw Options.Errors.CreateQuotaExceeded(Name, key, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"MaxBytes {Options.Quota.MaxBytes}: the upload is larger; reading stopped at byte {upload.Length}"));
    }

    private static void ValidateKey(string key, string? keyParam)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw key is null ? new ArgumentNullException(keyParam ?? "key") : new ArgumentException("A blob key must not be empty.", keyParam ?? "key");
        }
    }

    private static string ETagOf(byte[] content)
    {
        // FNV-1a, 64-bit: deterministic across runs, cheap, and changes with the content.
        var hash = 14695981039346656037UL;
        foreach (var b in content)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return "\"" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + "\"";
    }
}

/// <summary>
/// The bytes of a stream upload, read until the stream ends or one byte past a byte limit (0: no limit), so an upload
/// the quota can never hold is refused without reading (or buffering) the rest of it.
/// </summary>
internal sealed class BoundedUpload
{
    private const int Chunk = 81_920;

    private readonly long _limit;
    private byte[] _buffer = new byte[4096];
    private bool _ended;

    public BoundedUpload(long limit)
    {
        _limit = limit;
    }

    /// <summary>The bytes read so far.</summary>
    public long Length { get; private set; }

    /// <summary>Whether more than the limit was read.</summary>
    public bool IsTooLarge => _limit > 0 && Length > _limit;

    /// <summary>Where the next read goes, or <see langword="null"/> once the stream ended or the limit was passed.</summary>
    public Memory<byte>? Room
    {
        get
        {
            if (_ended || IsTooLarge)
            {
                return null;
            }

            // Never ask for more than one byte past the limit.
            var wanted = _limit > 0 ? (int)Math.Min(Chunk, _limit + 1 - Length) : Chunk;
            if (_buffer.Length - Length < wanted)
            {
                var grown = new byte[(int)Math.Min(Math.Max(_buffer.Length * 2L, Length + wanted), Array.MaxLength)];
                Buffer.BlockCopy(_buffer, 0, grown, 0, (int)Length);
                _buffer = grown;
            }

            return _buffer.AsMemory((int)Length, wanted);
        }
    }

    /// <summary>Counts a read; returns <see langword="false"/> when the stream ended.</summary>
    public bool Took(int read)
    {
        if (read == 0)
        {
            _ended = true;
            return false;
        }

        Length += read;
        return true;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, (int)Length).ToArray();
}
