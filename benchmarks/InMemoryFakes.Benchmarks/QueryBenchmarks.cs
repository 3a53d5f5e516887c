using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using InMemoryFakes.Support;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// Equality queries over 100,000 entities, through generated derived queries. Selective: <c>FindByEmail</c> on an
/// <c>[Indexed]</c> property finds one entity, against a key lookup on the same fake (the indexed-query target).
/// 1% matches (1,000 entities, the value cycles through 100 countries): <c>FindByCountry</c> (indexed) and
/// <c>FindByRegion</c> (the same values, unindexed: a scan), the runtime's <c>EntityTable.Where</c> scan, and EF Core
/// InMemory, against a LINQ <c>Where</c> over a list of the same instances (the baseline, and the scan target).
/// Reference mode throughout, so no copying is measured.
/// </summary>
public class QueryBenchmarks
{
    public const int Rows = 100_000;

    private List<Account> _list = null!;
    private EntityTable<int, Account> _table = null!;
    private IAccountRepository _fake = null!;
    private Func<Account, bool> _predicate = null!;
    private string _country = "";
    private int[] _keys = null!;
    private string[] _emails = null!;
    private int _cursor;
    private ShopContext _ef = null!;
    private Dictionary<string, Account> _byEmail = null!;
    private Dictionary<string, int> _keyByEmail = null!;
    private Dictionary<int, Account> _byKey = null!;
    private readonly object _gate = new();

    [GlobalSetup]
    public void Setup()
    {
        _list = Enumerable.Range(1, Rows).Select(Account.Create).ToList();
        _keys = Baselines.SpreadKeys(Rows);
        _emails = _keys.Select(Account.EmailOf).ToArray();
        var fake = new InMemoryAccountRepository();
        foreach (var account in _list)
        {
            fake.Upsert(account);
        }

        _fake = fake;
        _table = Fakes.Of(fake).Core.Tables.OfType<EntityTable<int, Account>>().Single();
        _country = Customer.Countries[42];
        _predicate = a => string.Equals(a.Region, _country, StringComparison.Ordinal);
        _byEmail = _list.ToDictionary(static a => a.Email, StringComparer.Ordinal);
        _keyByEmail = _list.ToDictionary(static a => a.Email, static a => a.Id, StringComparer.Ordinal);
        _byKey = _list.ToDictionary(static a => a.Id);
        _ef = Baselines.EfCore("query", Enumerable.Range(1, Rows).Select(Customer.Create).ToList());
        const int Matches = Rows / 100;
        if (_fake.FindByEmail(_emails[1])?.Id != _keys[1] || _fake.FindByCountry(_country).Count != Matches || _fake.FindByRegion(_country).Count != Matches || _table.Where(_predicate).Count != Matches)
        {
            throw new InvalidOperationException("The fake does not hold the benchmark's data.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _ef.Dispose();

    [Benchmark(Baseline = true)]
    public List<Account> Linq_Where_ToList() => _list.Where(_predicate).ToList();

    /// <summary>The yardstick for the indexed-query target: a key lookup on the same 100,000-entity fake.</summary>
    [Benchmark]
    public Account? Fake_Find_ByKey() => _fake.Find(_keys[_cursor++ & (Baselines.KeyCount - 1)]);

    /// <summary>
    /// The floor of any lookup by the email's value: an ordinal <c>Dictionary&lt;string, Account&gt;</c> hashes the
    /// 24-character string, where the key lookup it is compared with hashes an <c>int</c>.
    /// </summary>
    [Benchmark]
    public Account? Dictionary_ByEmail_TryGetValue() => _byEmail.TryGetValue(_emails[_cursor++ & (Baselines.KeyCount - 1)], out var account) ? account : null;

    /// <summary>
    /// The floor of a secondary index that maps a value to keys, as the fake's does (the entities themselves live in
    /// the table, by key): the email's string lookup, then the key's lookup. Two dependent hash probes, no code of the fake.
    /// </summary>
    [Benchmark]
    public Account? Dictionaries_EmailToKey_ThenKeyToAccount()
        => _keyByEmail.TryGetValue(_emails[_cursor++ & (Baselines.KeyCount - 1)], out var key) && _byKey.TryGetValue(key, out var account) ? account : null;

    /// <summary>
    /// The same two probes under a <c>lock</c>: the floor of a secondary index read under the table's lock, as the fake's
    /// were until its single-holder lookups became lock-free (queries with several matches still take the lock).
    /// </summary>
    [Benchmark]
    public Account? LockedDictionaries_EmailToKey_ThenKeyToAccount()
    {
        var email = _emails[_cursor++ & (Baselines.KeyCount - 1)];
        lock (_gate)
        {
            return _keyByEmail.TryGetValue(email, out var key) && _byKey.TryGetValue(key, out var account) ? account : null;
        }
    }

    /// <summary>
    /// The locked floor above, plus what the fake's probe cannot skip: the query's predicate decides on the stored entity
    /// (an index probe only narrows the candidates), so the entity itself is read and its email compared. The two
    /// dictionaries never read the <c>Account</c> object; with 1,024 entities cycled over 100,000, that read is one more
    /// dependent cache miss, the largest part of what separates the fake from the rows above (session 33).
    /// </summary>
    [Benchmark]
    public Account? LockedDictionaries_EmailToKey_ThenKeyToAccount_ThenPredicate()
    {
        var email = _emails[_cursor++ & (Baselines.KeyCount - 1)];
        lock (_gate)
        {
            return _keyByEmail.TryGetValue(email, out var key) && _byKey.TryGetValue(key, out var account) && string.Equals(account.Email, email, StringComparison.Ordinal) ? account : null;
        }
    }

    /// <summary>A generated derived query on an <c>[Indexed]</c> property with one match: an index probe, no scan.</summary>
    [Benchmark]
    public Account? Fake_Indexed_FindByEmail() => _fake.FindByEmail(_emails[_cursor++ & (Baselines.KeyCount - 1)]);

    /// <summary>A generated derived query on an <c>[Indexed]</c> property with 1,000 matches: the index's entries, no scan.</summary>
    [Benchmark]
    public IReadOnlyList<Account> Fake_Indexed_FindByCountry() => _fake.FindByCountry(_country);

    /// <summary>The same derived query on an unindexed property: a scan of every live entity.</summary>
    [Benchmark]
    public IReadOnlyList<Account> Fake_Unindexed_FindByRegion() => _fake.FindByRegion(_country);

    /// <summary>The runtime's unindexed scan (<c>EntityTable.Where</c>: insertion order, expiry checked, under the table lock).</summary>
    [Benchmark]
    public List<Account> Fake_Scan_Where() => _table.Where(_predicate);

    /// <summary>
    /// A/B of the derived query's predicate, on the runtime call it makes: the text equality with the property's
    /// <c>StringComparison</c> carried in a tuple state (what the generator emits for any comparison the fake's
    /// <c>StoreSemantics</c> may set).
    /// </summary>
    [Benchmark]
    public List<Account> Fake_Scan_ComparisonInState() => _table.Query((_country, StringComparison.Ordinal), static (e, s) => string.Equals(e.Region, s.Item1, s.Item2));

#pragma warning disable CA1309 // string.Equals(a, b) is ordinal; the form measured is the one the generator emits.
    /// <summary>The same scan with the value alone as the state and <c>string.Equals(a, b)</c> (ordinal by definition).</summary>
    [Benchmark]
    public List<Account> Fake_Scan_OrdinalEquals() => _table.Query(_country, static (e, s) => string.Equals(e.Region, s));
#pragma warning restore CA1309

    [Benchmark]
    public List<Customer> EfCore_Where_NoTracking() => _ef.Customers.AsNoTracking().Where(c => c.Country == _country).ToList();
}
