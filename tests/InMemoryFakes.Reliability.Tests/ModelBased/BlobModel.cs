using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>
/// The reference model of a blob table: an insertion-ordered list of blobs (content, content type, metadata, created and
/// modified instants, expiry), a least-recently-used list, a byte count of content. Written from docs/runtime.md and the
/// documented <c>BlobProperties</c> only.
/// </summary>
internal sealed class BlobModel
{
    public const string BinaryType = "application/octet-stream";
    public const string TextType = "text/plain; charset=utf-8";

    private readonly QuotaSpec _quota;
    private readonly long? _defaultTtl;
    private List<Blob> _blobs = new();
    private RecencyList<string> _recency = new();

    public BlobModel(QuotaSpec quota, long? defaultTtl, long now)
    {
        _quota = quota;
        _defaultTtl = defaultTtl;
        Now = now;
    }

    public long Now { get; private set; }

    public EventLog Events { get; } = new();

    public IEnumerable<string> Keys => _blobs.Select(static b => b.Key);

    public IEnumerable<long> ExpiryInstants => _blobs.Where(static b => b.ExpiresAt != ModelExpiry.Never).Select(static b => b.ExpiresAt);

    /// <summary>Stores content under a key; a write that does not fit throws, is dropped (null), or evicts others.</summary>
    public string Put(string key, byte[] content, string contentType, IReadOnlyDictionary<string, string>? metadata, ExpirySpec expiry)
    {
        if (!ModelExpiry.TryResolve(expiry, Now, _defaultTtl, out var expiresAt, out var sliding))
        {
            return Outcome.Throws<ArgumentOutOfRangeException>();
        }

        return Write(key, content, contentType, metadata, expiresAt, sliding);
    }

    /// <summary>Every way of reading a blob's content or properties: a read renews a sliding window and counts as a use.</summary>
    public Blob? Read(string key)
    {
        var blob = Find(key);
        if (blob is not null)
        {
            Touch(blob);
        }

        return blob;
    }

    public string Exists(string key) => Read(key) is null ? "false" : "true";

    public string Delete(string key)
    {
        var blob = Find(key);
        if (blob is null)
        {
            return "false";
        }

        Drop(blob);
        return "true";
    }

    /// <summary>Properties of the blobs whose key starts with the prefix, sorted ordinally by key. Reads nothing.</summary>
    public string List(string? prefix)
        => string.Join(" ; ", _blobs.Where(b => prefix is null || b.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(static b => b.Key, StringComparer.Ordinal)
            .Select(static b => b.Properties()));

    /// <summary>
    /// Copies the source's content, type and metadata to the destination, as a new write (the destination gets the
    /// table's default expiry). A missing source is not-found; an existing destination without overwrite is a
    /// duplicate. The source is read first (renewed and used, as a download would), even when the copy is then refused:
    /// the docs do not say whether a refused copy counts as a read of its source. The destination is only checked,
    /// so a refused copy leaves it as it was.
    /// </summary>
    public string Copy(string source, string destination, bool overwrite)
    {
        var blob = Read(source);
        if (blob is null)
        {
            return Outcome.Throws<NotFoundException>();
        }

        if (!overwrite && Find(destination) is not null)
        {
            return Outcome.Throws<DuplicateKeyException>();
        }

        ModelExpiry.TryResolve(ExpirySpec.Default, Now, _defaultTtl, out var expiresAt, out var sliding);
        return Write(destination, blob.Content, blob.ContentType, blob.Metadata, expiresAt, sliding);
    }

    /// <summary>Copy, then delete the source (if it is still there: the copy may have evicted it). A move onto itself changes nothing but reads the blob.</summary>
    public string Move(string source, string destination, bool overwrite)
    {
        if (source == destination)
        {
            return Read(source)?.Properties() ?? Outcome.Throws<NotFoundException>();
        }

        var result = Copy(source, destination, overwrite);
        if (!result.StartsWith('!') && result != "null" && Find(source) is { } left)
        {
            Drop(left);
        }

        return result;
    }

    public string Count() => _blobs.Count.ToString(CultureInfo.InvariantCulture);

    public string Bytes() => _blobs.Sum(static b => (long)b.Content.Length).ToString(CultureInfo.InvariantCulture);

    public void Clear()
    {
        _blobs.Clear();
        _recency.Clear();
    }

    public void AdvanceTo(long target)
    {
        foreach (var blob in _blobs.Where(b => b.ExpiresAt <= target).ToList())
        {
            Drop(blob);
            Events.Add(blob.Key, EvictionReason.Expired, blob.ExpiresAt);
        }

        Now = target;
    }

    public object Capture() => _blobs.Select(static b => b.Clone()).ToList();

    /// <summary>Restores against the current clock; least-recently-used order becomes insertion order (the docs are silent).</summary>
    public void Restore(object captured)
    {
        _blobs = ((List<Blob>)captured).Where(b => b.ExpiresAt > Now).Select(static b => b.Clone()).ToList();
        _recency = new RecencyList<string>();
        foreach (var blob in _blobs)
        {
            _recency.Use(blob.Key);
        }
    }

    public string Render(bool totals)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={Now}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={Count()} bytes={Bytes()}");
        }

        foreach (var blob in _blobs)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {Pick.Bytes(blob.Content)} {blob.Properties()} exp={ModelExpiry.Render(blob.ExpiresAt)} slide={blob.Sliding}");
        }

        return text.ToString();
    }

    public static string RenderProperties(string key, long size, string contentType, long created, long modified, IEnumerable<KeyValuePair<string, string>> metadata)
        => string.Create(CultureInfo.InvariantCulture, $"{key}[{size}B {contentType} c={created} m={modified} {{{string.Join(",", metadata.OrderBy(static m => m.Key, StringComparer.Ordinal).Select(static m => m.Key + "=" + m.Value))}}}]");

    private string Write(string key, byte[] content, string contentType, IReadOnlyDictionary<string, string>? metadata, long expiresAt, long sliding)
    {
        var verdict = ModelQuota.Plan(_quota, _blobs.Select(static b => (b.Key, (long)b.Content.Length)).ToList(), _recency.Keys, key, content.Length, out var victims);
        switch (verdict)
        {
            case QuotaVerdict.Throw:
                return Outcome.Throws<QuotaExceededException>();
            case QuotaVerdict.Reject:
                return "null";
            case QuotaVerdict.Evict:
                foreach (var victim in victims)
                {
                    Drop(Find(victim)!);
                    Events.Add(victim, ModelQuota.ReasonFor(_quota.Policy), Now);
                }

                break;
        }

        var blob = Find(key);
        if (blob is null)
        {
            blob = new Blob(key) { CreatedAt = Now };
            _blobs.Add(blob);
        }

        blob.Content = (byte[])content.Clone();
        blob.ContentType = contentType;
        blob.Metadata = new SortedDictionary<string, string>((IDictionary<string, string>?)metadata?.ToDictionary(static m => m.Key, static m => m.Value) ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        blob.LastModified = Now;
        blob.ExpiresAt = expiresAt;
        blob.Sliding = sliding;
        _recency.Use(key);
        return blob.Properties();
    }

    private void Touch(Blob blob)
    {
        if (blob.Sliding > 0)
        {
            blob.ExpiresAt = Now + blob.Sliding;
        }

        _recency.Use(blob.Key);
    }

    private void Drop(Blob blob)
    {
        _blobs.Remove(blob);
        _recency.Forget(blob.Key);
    }

    private Blob? Find(string key) => _blobs.FirstOrDefault(b => b.Key == key);

    internal sealed class Blob
    {
        public Blob(string key)
        {
            Key = key;
        }

        public string Key { get; }

        public byte[] Content { get; set; } = Array.Empty<byte>();

        public string ContentType { get; set; } = BinaryType;

        public SortedDictionary<string, string> Metadata { get; set; } = new(StringComparer.Ordinal);

        public long CreatedAt { get; set; }

        public long LastModified { get; set; }

        public long ExpiresAt { get; set; }

        public long Sliding { get; set; }

        public string Properties() => RenderProperties(Key, Content.Length, ContentType, CreatedAt, LastModified, Metadata);

        public Blob Clone() => new(Key)
        {
            Content = Content,
            ContentType = ContentType,
            Metadata = new SortedDictionary<string, string>(Metadata, StringComparer.Ordinal),
            CreatedAt = CreatedAt,
            LastModified = LastModified,
            ExpiresAt = ExpiresAt,
            Sliding = Sliding,
        };
    }
}
