using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>
/// The reference model of a key-value table with string values: an insertion-ordered list of entries with explicit
/// expiry instants, a least-recently-used list, UTF-8 byte counts. Written from docs/runtime.md only.
/// </summary>
internal sealed class KeyValueModel
{
    private readonly QuotaSpec _quota;
    private readonly long? _defaultTtl;
    private List<Entry> _entries = new();
    private RecencyList<string> _recency = new();

    public KeyValueModel(QuotaSpec quota, long? defaultTtl, long now)
    {
        _quota = quota;
        _defaultTtl = defaultTtl;
        Now = now;
    }

    public long Now { get; private set; }

    public EventLog Events { get; } = new();

    /// <summary>Sizes are measured only for a byte quota.</summary>
    private bool Measures => _quota.MaxBytes > 0;

    public IEnumerable<string> Keys => _entries.Select(static e => e.Key);

    public IEnumerable<long> ExpiryInstants => _entries.Where(static e => e.ExpiresAt != ModelExpiry.Never).Select(static e => e.ExpiresAt);

    public string Set(string key, string value, ExpirySpec expiry) => Write(key, value, expiry, onlyIfAbsent: false);

    public string SetIfAbsent(string key, string value, ExpirySpec expiry) => Write(key, value, expiry, onlyIfAbsent: true);

    public string Get(string key)
    {
        var entry = Find(key);
        if (entry is null)
        {
            return "null";
        }

        Read(entry);
        return Pick.Quote(entry.Value);
    }

    /// <summary>Exists is a read: it renews a sliding window and makes the entry recently used.</summary>
    public string ContainsKey(string key)
    {
        var entry = Find(key);
        if (entry is null)
        {
            return "false";
        }

        Read(entry);
        return "true";
    }

    public string Refresh(string key) => ContainsKey(key);

    public string Remove(string key)
    {
        var entry = Find(key);
        if (entry is null)
        {
            return "false";
        }

        Drop(entry);
        return "true";
    }

    /// <summary>Sets a new expiry on a live entry. The request is validated whether or not the key exists.</summary>
    public string Expire(string key, ExpirySpec expiry)
    {
        if (!ModelExpiry.TryResolve(expiry, Now, _defaultTtl, out var expiresAt, out var sliding))
        {
            return Outcome.Throws<ArgumentOutOfRangeException>();
        }

        var entry = Find(key);
        if (entry is null)
        {
            return "false";
        }

        entry.ExpiresAt = expiresAt;
        entry.Sliding = sliding;
        _recency.Use(key);
        return "true";
    }

    /// <summary>Time left, without renewing anything; null when missing or persistent.</summary>
    public string TimeToLive(string key)
    {
        var entry = Find(key);
        return entry is null || entry.ExpiresAt == ModelExpiry.Never
            ? "null"
            : (entry.ExpiresAt - Now).ToString(CultureInfo.InvariantCulture) + "t";
    }

    /// <summary>
    /// Adds to the integer at the key (created at 0 with the requested expiry); an existing entry keeps its expiry.
    /// Under Reject, a write that does not fit is dropped and the value it would have had is returned.
    /// </summary>
    public string Increment(string key, long amount, ExpirySpec expiry)
    {
        var validExpiry = ModelExpiry.TryResolve(expiry, Now, _defaultTtl, out var expiresAt, out var sliding);
        var entry = Find(key);
        long current = 0;
        var notInteger = entry is not null && !TryParseInteger(entry.Value, out current);
        if (!validExpiry)
        {
            return notInteger
                ? Outcome.Either(Outcome.Throws<ArgumentOutOfRangeException>(), Outcome.Throws<InvalidOperationException>())
                : Outcome.Throws<ArgumentOutOfRangeException>();
        }

        if (notInteger)
        {
            return Outcome.Throws<InvalidOperationException>();
        }

        long next;
        try
        {
            next = checked(current + amount);
        }
        catch (OverflowException)
        {
            return Outcome.Throws<OverflowException>();
        }

        var text = next.ToString(CultureInfo.InvariantCulture);
        var result = next.ToString(CultureInfo.InvariantCulture);
        if (entry is not null)
        {
            expiresAt = entry.ExpiresAt;
            sliding = entry.Sliding;
        }

        var verdict = Admit(key, text);
        return verdict switch
        {
            QuotaVerdict.Throw => Outcome.Throws<QuotaExceededException>(),
            QuotaVerdict.Reject => result,
            _ => Store(key, text, expiresAt, sliding, result),
        };
    }

    public string Count() => _entries.Count.ToString(CultureInfo.InvariantCulture);

    public string KeyList() => string.Join(",", _entries.Select(static e => e.Key));

    public void Clear()
    {
        _entries.Clear();
        _recency.Clear();
    }

    /// <summary>The clock moves to <paramref name="target"/>: every entry with expiresAt ≤ target is gone, each with an expiry event at its instant.</summary>
    public void AdvanceTo(long target)
    {
        foreach (var entry in _entries.Where(e => e.ExpiresAt <= target).ToList())
        {
            Drop(entry);
            Events.Add(entry.Key, EvictionReason.Expired, entry.ExpiresAt);
        }

        Now = target;
    }

    /// <summary>Snapshots hold the data (keys in insertion order, values, expiry).</summary>
    public object Capture() => _entries.Select(static e => e.Clone()).ToList();

    /// <summary>
    /// Restores the captured data against the current clock: entries whose expiry has passed stay gone.
    /// The docs do not say what a restore does to least-recently-used order; the model takes insertion order.
    /// </summary>
    public void Restore(object captured)
    {
        _entries = ((List<Entry>)captured).Where(e => e.ExpiresAt > Now).Select(static e => e.Clone()).ToList();
        _recency = new RecencyList<string>();
        foreach (var entry in _entries)
        {
            _recency.Use(entry.Key);
        }
    }

    public string Render(bool totals)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={Now}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={_entries.Count}");
        }

        if (totals && Measures)
        {
            text.Append(CultureInfo.InvariantCulture, $" bytes={_entries.Sum(static e => e.Size)}");
        }

        foreach (var entry in _entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {entry.Key}={Pick.Quote(entry.Value)} exp={ModelExpiry.Render(entry.ExpiresAt)} slide={entry.Sliding} size={entry.Size}");
        }

        return text.ToString();
    }

    /// <summary>Integers as Redis reads them: an optional minus sign and decimal digits, in range.</summary>
    private static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 20)
        {
            return false;
        }

        var negative = text[0] == '-';
        var start = negative ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        decimal magnitude = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            magnitude = (magnitude * 10) + (text[i] - '0');
        }

        var signed = negative ? -magnitude : magnitude;
        if (signed < long.MinValue || signed > long.MaxValue)
        {
            return false;
        }

        value = (long)signed;
        return true;
    }

    private string Write(string key, string value, ExpirySpec expiry, bool onlyIfAbsent)
    {
        if (!ModelExpiry.TryResolve(expiry, Now, _defaultTtl, out var expiresAt, out var sliding))
        {
            return Outcome.Throws<ArgumentOutOfRangeException>();
        }

        if (onlyIfAbsent && Find(key) is not null)
        {
            return "false";
        }

        return Admit(key, value) switch
        {
            QuotaVerdict.Throw => Outcome.Throws<QuotaExceededException>(),
            QuotaVerdict.Reject => "false",
            _ => Store(key, value, expiresAt, sliding, "true"),
        };
    }

    /// <summary>Applies the quota to a write: evicts when the policy says so, and returns the verdict.</summary>
    private QuotaVerdict Admit(string key, string value)
    {
        var verdict = ModelQuota.Plan(_quota, _entries.Select(static e => (e.Key, e.Size)).ToList(), _recency.Keys, key, SizeOf(value), out var victims);
        if (verdict == QuotaVerdict.Evict)
        {
            foreach (var victim in victims)
            {
                Drop(Find(victim)!);
                Events.Add(victim, ModelQuota.ReasonFor(_quota.Policy), Now);
            }
        }

        return verdict;
    }

    private string Store(string key, string value, long expiresAt, long sliding, string result)
    {
        var entry = Find(key);
        if (entry is null)
        {
            entry = new Entry(key);
            _entries.Add(entry);
        }

        entry.Value = value;
        entry.ExpiresAt = expiresAt;
        entry.Sliding = sliding;
        entry.Size = SizeOf(value);
        _recency.Use(key);
        return result;
    }

    private void Read(Entry entry)
    {
        if (entry.Sliding > 0)
        {
            entry.ExpiresAt = Now + entry.Sliding;
        }

        _recency.Use(entry.Key);
    }

    private void Drop(Entry entry)
    {
        _entries.Remove(entry);
        _recency.Forget(entry.Key);
    }

    private Entry? Find(string key) => _entries.FirstOrDefault(e => e.Key == key);

    private long SizeOf(string value) => Measures ? Encoding.UTF8.GetByteCount(value) : 0;

    private sealed class Entry
    {
        public Entry(string key)
        {
            Key = key;
        }

        public string Key { get; }

        public string Value { get; set; } = "";

        public long ExpiresAt { get; set; }

        public long Sliding { get; set; }

        public long Size { get; set; }

        public Entry Clone() => new(Key) { Value = Value, ExpiresAt = ExpiresAt, Sliding = Sliding, Size = Size };
    }
}
