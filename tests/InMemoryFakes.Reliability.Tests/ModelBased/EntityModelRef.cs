using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>The entity the entity-table sequences store: a generated int key, a unique code, a concurrency token.</summary>
public sealed class Item
{
    public int Id { get; set; }

    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public int Version { get; set; }

    public static string Render(int id, string? code, string name, int version)
        => string.Create(CultureInfo.InvariantCulture, $"#{id}[{code ?? "-"},{Pick.Quote(name)},v{version}]");

    public override string ToString() => Render(Id, Code, Name, Version);
}

/// <summary>
/// The reference model of an entity table: rows in insertion order with explicit expiry, a key sequence, a
/// least-recently-used list. Add refuses a taken key or unique value; Update refuses a missing key, a stale token or a
/// taken unique value, and bumps the token; refused writes change nothing. Written from docs/runtime.md only.
/// </summary>
internal sealed class EntityModelRef
{
    private readonly QuotaSpec _quota;
    private readonly long? _defaultTtl;
    private List<Row> _rows = new();
    private RecencyList<int> _recency = new();
    private long _lastKey;

    public EntityModelRef(QuotaSpec quota, long? defaultTtl, long now)
    {
        _quota = quota;
        _defaultTtl = defaultTtl;
        Now = now;
    }

    public long Now { get; private set; }

    public EventLog Events { get; } = new();

    public IEnumerable<int> Keys => _rows.Select(static r => r.Id);

    public IEnumerable<long> ExpiryInstants => _rows.Where(static r => r.ExpiresAt != ModelExpiry.Never).Select(static r => r.ExpiresAt);

    private bool Measures => _quota.MaxBytes > 0;

    /// <summary>The stored version of a key, for building updates.</summary>
    public int? VersionOf(int id) => Find(id)?.Version;

    public string? CodeOf(int id) => Find(id)?.Code;

    /// <summary>TryAdd: a default key takes the next value of the sequence; an explicit key moves the sequence past itself.</summary>
    public string Add(int id, string? code, string name, int version)
    {
        var key = id == 0 ? (int)(_lastKey + 1) : id;
        if (Find(key) is not null || CodeTaken(code, key))
        {
            return Outcome.Throws<DuplicateKeyException>();
        }

        switch (Admit(key, name))
        {
            case QuotaVerdict.Throw:
                return Outcome.Throws<QuotaExceededException>();
            case QuotaVerdict.Reject:
                return "false " + Item.Render(key, code, name, version);
        }

        Store(key, code, name, version);
        _lastKey = Math.Max(_lastKey, key);
        return "true " + Item.Render(key, code, name, version);
    }

    /// <summary>Update: a missing key is not-found, a different token a conflict, a taken unique value a duplicate.</summary>
    public string Update(int id, string? code, string name, int version)
    {
        var row = Find(id);
        if (row is null)
        {
            return Outcome.Throws<NotFoundException>();
        }

        var conflict = row.Version != version;
        var duplicate = CodeTaken(code, id);
        if (conflict || duplicate)
        {
            return conflict && duplicate
                ? Outcome.Either(Outcome.Throws<ConcurrencyConflictException>(), Outcome.Throws<DuplicateKeyException>())
                : Outcome.Throws(conflict ? typeof(ConcurrencyConflictException) : typeof(DuplicateKeyException));
        }

        var result = Item.Render(id, code, name, version + 1);
        switch (Admit(id, name))
        {
            case QuotaVerdict.Throw:
                return Outcome.Throws<QuotaExceededException>();
            case QuotaVerdict.Reject:
                return result;
        }

        Store(id, code, name, version + 1);
        return result;
    }

    /// <summary>Upsert: adds (a default key is generated) or replaces (checking and bumping the token).</summary>
    public string Upsert(int id, string? code, string name, int version)
    {
        var key = id == 0 ? (int)(_lastKey + 1) : id;
        var row = Find(key);
        var conflict = row is not null && row.Version != version;
        var duplicate = CodeTaken(code, key);
        if (conflict || duplicate)
        {
            return conflict && duplicate
                ? Outcome.Either(Outcome.Throws<ConcurrencyConflictException>(), Outcome.Throws<DuplicateKeyException>())
                : Outcome.Throws(conflict ? typeof(ConcurrencyConflictException) : typeof(DuplicateKeyException));
        }

        var stored = row is null ? version : version + 1;
        var rendered = Item.Render(key, code, name, stored);
        switch (Admit(key, name))
        {
            case QuotaVerdict.Throw:
                return Outcome.Throws<QuotaExceededException>();
            case QuotaVerdict.Reject:
                return "Rejected " + rendered;
        }

        Store(key, code, name, stored);
        if (row is null)
        {
            _lastKey = Math.Max(_lastKey, key);
        }

        return (row is null ? "Created " : "Replaced ") + rendered;
    }

    /// <summary>Find and Exists are reads: they make the row recently used.</summary>
    public string Find(int id, bool render)
    {
        var row = Find(id);
        if (row is null)
        {
            return render ? "null" : "false";
        }

        _recency.Use(id);
        return render ? row.Render() : "true";
    }

    public string Remove(int id)
    {
        var row = Find(id);
        if (row is null)
        {
            return "false";
        }

        Drop(row);
        return "true";
    }

    /// <summary>Delete by entity: missing is false, a different token a conflict.</summary>
    public string RemoveEntity(int id, int version)
    {
        var row = Find(id);
        if (row is null)
        {
            return "false";
        }

        if (row.Version != version)
        {
            return Outcome.Throws<ConcurrencyConflictException>();
        }

        Drop(row);
        return "true";
    }

    public string Count() => _rows.Count.ToString(CultureInfo.InvariantCulture);

    public string Values() => string.Join(" ", _rows.Select(static r => r.Render()));

    /// <summary>Clear removes the data only; the key sequence goes on.</summary>
    public void Clear()
    {
        _rows.Clear();
        _recency.Clear();
    }

    /// <summary>Reset removes the data and restarts the key sequence.</summary>
    public void Reset()
    {
        Clear();
        _lastKey = 0;
    }

    public void AdvanceTo(long target)
    {
        foreach (var row in _rows.Where(r => r.ExpiresAt <= target).ToList())
        {
            Drop(row);
            Events.Add(row.Id, EvictionReason.Expired, row.ExpiresAt);
        }

        Now = target;
    }

    /// <summary>Snapshots hold the rows and the key sequence.</summary>
    public object Capture() => (_rows.Select(static r => r.Clone()).ToList(), _lastKey);

    /// <summary>Restores rows (those not expired by now) and the key sequence; least-recently-used order becomes insertion order (docs silent).</summary>
    public void Restore(object captured)
    {
        var (rows, lastKey) = ((List<Row>, long))captured;
        _rows = rows.Where(r => r.ExpiresAt > Now).Select(static r => r.Clone()).ToList();
        _lastKey = lastKey;
        _recency = new RecencyList<int>();
        foreach (var row in _rows)
        {
            _recency.Use(row.Id);
        }
    }

    public string Render(bool totals)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={Now}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={_rows.Count}");
            if (Measures)
            {
                text.Append(CultureInfo.InvariantCulture, $" bytes={_rows.Sum(r => SizeOf(r.Name))}");
            }
        }

        foreach (var row in _rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {row.Render()} exp={ModelExpiry.Render(row.ExpiresAt)} size={SizeOf(row.Name)}");
        }

        return text.ToString();
    }

    private bool CodeTaken(string? code, int key) => code is not null && _rows.Any(r => r.Id != key && r.Code == code);

    private QuotaVerdict Admit(int key, string name)
    {
        var verdict = ModelQuota.Plan(_quota, _rows.Select(r => (r.Id, SizeOf(r.Name))).ToList(), _recency.Keys, key, SizeOf(name), out var victims);
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

    /// <summary>Every write uses the store's default expiry, counted from the write.</summary>
    private void Store(int id, string? code, string name, int version)
    {
        var row = Find(id);
        if (row is null)
        {
            row = new Row(id);
            _rows.Add(row);
        }

        row.Code = code;
        row.Name = name;
        row.Version = version;
        ModelExpiry.TryResolve(ExpirySpec.Default, Now, _defaultTtl, out var expiresAt, out _);
        row.ExpiresAt = expiresAt;
        _recency.Use(id);
    }

    private void Drop(Row row)
    {
        _rows.Remove(row);
        _recency.Forget(row.Id);
    }

    private Row? Find(int id) => _rows.FirstOrDefault(r => r.Id == id);

    private long SizeOf(string name) => Measures ? Encoding.UTF8.GetByteCount(name) : 0;

    private sealed class Row
    {
        public Row(int id)
        {
            Id = id;
        }

        public int Id { get; }

        public string? Code { get; set; }

        public string Name { get; set; } = "";

        public int Version { get; set; }

        public long ExpiresAt { get; set; }

        public string Render() => Item.Render(Id, Code, Name, Version);

        public Row Clone() => new(Id) { Code = Code, Name = Name, Version = Version, ExpiresAt = ExpiresAt };
    }
}
