using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Reliability.Tests.ModelBased;
using Xunit;
using static InMemoryFakes.Reliability.Tests.BadInput.BadInputCase;

namespace InMemoryFakes.Reliability.Tests.BadInput;

/// <summary>A string-keyed entity, so a null key can reach the table.</summary>
public sealed class Doc
{
    public string Name { get; set; } = "";

    public string Body { get; set; } = "";
}

/// <summary>Every public entry point of the runtime, given null, empty or out-of-range arguments.</summary>
public sealed class RuntimeBadInputTests
{
    // Named bad arguments: the runtime reports the caller's expression, so these names come back as ParamName.
    private static readonly string NullKey = null!;
    private static readonly string NullValue = null!;
    private static readonly string EmptyKey = string.Empty;
    private static readonly Item NullItem = null!;
    private static readonly Doc NullDoc = null!;
    private static readonly IEnumerable<Item> NullItems = null!;
    private static readonly TimeSpan ZeroTtl = TimeSpan.Zero;
    private static readonly TimeSpan NegativeTtl = TimeSpan.FromSeconds(-1);
    private static readonly TimeSpan InfiniteTtl = Timeout.InfiniteTimeSpan;
    private static readonly TimeSpan MaxTtl = TimeSpan.MaxValue;
    private static readonly double ZeroSeconds = 0.0 * 1;
    private static readonly double NegativeSeconds = -1;
    private static readonly double NaNSeconds = double.NaN;
    private static readonly double InfiniteSeconds = double.PositiveInfinity;
    private static readonly double MinusInfiniteSeconds = double.NegativeInfinity;
    private static readonly double HugeSeconds = double.MaxValue;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    internal static readonly IReadOnlyList<BadInputCase> Cases = Build();

    private static readonly Dictionary<string, BadInputCase> ByName = Cases.ToDictionary(static c => c.Name);

    public static IEnumerable<TheoryDataRow<string>> Rows() => BadInputCase.Rows(Cases);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Refuses_bad_input_with_the_documented_exception_and_leaves_the_store_unchanged(string entryPoint) => ByName[entryPoint].Verify();

    // ---- subjects: a populated store, the call, and the state probe ----

    /// <summary>A key-value table with plain, expiring, sliding and counter entries, its clock moved on.</summary>
    private static Func<Arranged> KvWith(Action<KeyValueTable<string, string>, ManualClock> act, Quota? quota = null, Func<object?, long>? estimator = null)
        => () =>
        {
            var clock = new ManualClock();
            var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock, Quota = quota ?? new Quota(maxEntries: 10), SizeEstimator = estimator });
            table.Set("a", "1");
            table.Set("b", "2", Expiration.After(Minute));
            table.Set("s", "slides", Expiration.Sliding(Minute));
            table.Set("n", "5");
            clock.Advance(TimeSpan.FromSeconds(5));
            return new Arranged(() => act(table, clock), () => StoreState.Of(table) + " at " + clock);
        };

    private static Func<Arranged> Kv(Action<KeyValueTable<string, string>> act, Quota? quota = null, Func<object?, long>? estimator = null)
        => KvWith((table, _) => act(table), quota, estimator);

    /// <summary>An entity table with a concurrency token, a unique code and generated keys.</summary>
    private static Func<Arranged> Items(Action<EntityTable<int, Item>> act)
        => () =>
        {
            var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock(), CopyMode = CopyMode.Copy }, new FakeDefaults("IItems"));
            var table = core.EntityTable("items", EntityModelTests.ItemModel(deepCopy: true));
            table.Add(new Item { Code = "a", Name = "first" });
            table.Add(new Item { Code = "b", Name = "second" });
            return new Arranged(() => act(table), () =>
            {
                // The key sequence is state too (a refused add must not use up a key): read the next key with a
                // throwaway add between a snapshot and its restore.
                var state = StoreState.Of(table);
                var snapshot = core.Snapshot();
                var next = table.Add(new Item { Name = "probe" }).Id;
                core.Restore(snapshot);
                return state + " next key=" + next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            });
        };

    /// <summary>An entity table keyed by a string property, so an entity can carry a null key.</summary>
    private static Func<Arranged> Docs(Action<EntityTable<string, Doc>> act)
        => () =>
        {
            var table = new EntityTable<string, Doc>(new TableOptions("docs") { Clock = new ManualClock() }, new EntityModel<string, Doc>(static d => d.Name), CopyMode.Copy);
            table.Add(new Doc { Name = "readme", Body = "hello" });
            return new Arranged(() => act(table), () => StoreState.Of(table));
        };

    private static Func<Arranged> Blobs(Action<BlobTable> act)
        => () =>
        {
            var clock = new ManualClock();
            var table = new BlobTable(new TableOptions("blobs") { Clock = clock, Quota = new Quota(maxBytes: 64) });
            table.PutText("a", "alpha", metadata: new Dictionary<string, string> { ["k"] = "v" });
            table.Put("b/c", new byte[] { 1, 2, 3 }, expiration: Expiration.Sliding(Minute));
            clock.Advance(TimeSpan.FromSeconds(1));
            return new Arranged(() => act(table), () => StoreState.Of(table) + " at " + clock);
        };

    /// <summary>A fake's core with a key-value table and an entity table, and its faults.</summary>
    private static Func<Arranged> Core(Action<FakeCore> act)
        => () =>
        {
            var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock() }, new FakeDefaults("IThing") { Members = new[] { "Get", "Set" } });
            var kv = core.KeyValueTable<string, string>("things");
            kv.Set("a", "1");
            var items = core.EntityTable("Item", EntityModelTests.ItemModel(deepCopy: false));
            items.Add(new Item { Code = "x" });
            return new Arranged(() => act(core), () => StoreState.Of(core) + " intercepting=" + core.IsIntercepting);
        };

    private static Func<Arranged> Clock(Action<ManualClock> act)
        => () =>
        {
            var clock = new ManualClock();
            var fired = 0;
            var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
            return new Arranged(() => act(clock), () => clock + " fired=" + fired);
        };

    /// <summary>Calls that create something: there is no store to change, only the exception to check.</summary>
    private static Func<Arranged> Call(Action act) => () => new Arranged(act, static () => "");

    private static void Run(Func<Task> act) => act().GetAwaiter().GetResult();

    private static void Run<T>(Func<ValueTask<T>> act) => act().AsTask().GetAwaiter().GetResult();

    private static List<BadInputCase> Build()
    {
        var rows = new List<BadInputCase>();
        var past = Expiration.At(ManualClock.DefaultStartUtc);

        // ---- FakeTable / KeyValueTable: null keys and values ----
        rows.Add(Row<ArgumentNullException>("KeyValueTable.Set(null key)", "NullKey", Kv(t => t.Set(NullKey, "v"))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.Set(null value)", "NullValue", Kv(t => t.Set("a", NullValue))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.SetIfAbsent(null key)", "NullKey", Kv(t => t.SetIfAbsent(NullKey, "v"))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.SetIfAbsent(null value)", "NullValue", Kv(t => t.SetIfAbsent("new", NullValue))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Write(null key)", "NullKey", Kv(t => t.Write(NullKey, "v"))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Write(null value)", "NullValue", Kv(t => t.Write("a", NullValue))));
        rows.Add(Row<ArgumentNullException>("FakeTable.TryGetValue(null key)", "NullKey", Kv(t => t.TryGetValue(NullKey, out _))));
        rows.Add(Row<ArgumentNullException>("FakeTable.GetValueOrDefault(null key)", "NullKey", Kv(t => t.GetValueOrDefault(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.GetRequired(null key)", "NullKey", Kv(t => t.GetRequired(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.ContainsKey(null key)", "NullKey", Kv(t => t.ContainsKey(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Remove(null key)", "NullKey", Kv(t => t.Remove(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Remove(null key, out value)", "NullKey", Kv(t => t.Remove(NullKey, out _))));
        rows.Add(Row<ArgumentNullException>("FakeTable.RemoveIf(null key)", "NullKey", Kv(t => t.RemoveIf(NullKey, static _ => true))));
        rows.Add(Row<ArgumentNullException>("FakeTable.RemoveIf(null predicate)", "predicate", Kv(t => t.RemoveIf("a", null!))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Refresh(null key)", "NullKey", Kv(t => t.Refresh(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Expire(null key)", "NullKey", Kv(t => t.Expire(NullKey, Expiration.Never))));
        rows.Add(Row<ArgumentNullException>("FakeTable.GetTimeToLive(null key)", "NullKey", Kv(t => t.GetTimeToLive(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Inspect(null key)", "key", Kv(t => t.Inspect(NullKey))));
        rows.Add(Row<ArgumentNullException>("FakeTable.AddOrUpdate(null key)", "NullKey", Kv(t => t.AddOrUpdate(NullKey, static (_, _) => "v"))));
        rows.Add(Row<ArgumentNullException>("FakeTable.AddOrUpdate(null update)", "update", Kv(t => t.AddOrUpdate("a", null!))));
        rows.Add(Row<ArgumentNullException>("FakeTable.AddOrUpdate(update returns null)", "update", Kv(t => t.AddOrUpdate("a", static (_, _) => null!))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Where(null predicate)", "predicate", Kv(t => t.Where(null!))));
        rows.Add(Row<ArgumentNullException>("FakeTable.RemoveWhere(null predicate)", "predicate", Kv(t => t.RemoveWhere(null!))));
        rows.Add(Row<ArgumentNullException>("FakeTable.Atomically(null action)", "action", Kv(t => t.Atomically<int>(null!))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.Increment(null key)", "NullKey", Kv(t => t.Increment(NullKey))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.Decrement(null key)", "NullKey", Kv(t => t.Decrement(NullKey))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable.IncrementByFloat(null key)", "NullKey", Kv(t => t.IncrementByFloat(NullKey, 1))));
        rows.Add(Row<ArgumentOutOfRangeException>("KeyValueTable.IncrementByFloat(NaN amount)", "amount", Kv(t => t.IncrementByFloat("n", double.NaN))));
        rows.Add(Row<ArgumentOutOfRangeException>("KeyValueTable.IncrementByFloat(infinite amount)", "amount", Kv(t => t.IncrementByFloat("n", double.PositiveInfinity))));
        rows.Add(Row<OverflowException>("KeyValueTable.Decrement(long.MinValue)", null, Kv(t => t.Decrement("n", long.MinValue))));
        rows.Add(Row<OverflowException>("KeyValueTable.Increment(overflowing amount)", null, Kv(t => t.Increment("n", long.MaxValue))));
        rows.Add(Row<InvalidOperationException>("KeyValueTable.Increment(non-integer value)", null, Kv(t => t.Increment("s"))));
        rows.Add(Row<ArgumentNullException>("KeyValueTable(null options)", "options", Call(static () => _ = new KeyValueTable<string, string>(null!))));

        // ---- Expiration: bad durations never reach the store; past instants are refused at write time ----
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.After(zero)", "ZeroTtl", Kv(t => t.Set("a", "v", Expiration.After(ZeroTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.After(negative)", "NegativeTtl", Kv(t => t.Set("a", "v", Expiration.After(NegativeTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.After(infinite)", "InfiniteTtl", Kv(t => t.Set("a", "v", Expiration.After(InfiniteTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.After(TimeSpan.MaxValue)", "MaxTtl", Kv(t => t.Set("a", "v", Expiration.After(MaxTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(0)", "ZeroSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(ZeroSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(-1)", "NegativeSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(NegativeSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(NaN)", "NaNSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(NaNSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(+infinity)", "InfiniteSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(InfiniteSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(-infinity)", "MinusInfiniteSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(MinusInfiniteSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.AfterSeconds(double.MaxValue)", "HugeSeconds", Kv(t => t.Set("a", "v", Expiration.AfterSeconds(HugeSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.Sliding(zero)", "ZeroTtl", Kv(t => t.Set("a", "v", Expiration.Sliding(ZeroTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.Sliding(negative)", "NegativeTtl", Kv(t => t.Set("a", "v", Expiration.Sliding(NegativeTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.Sliding(infinite)", "InfiniteTtl", Kv(t => t.Set("a", "v", Expiration.Sliding(InfiniteTtl)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.SlidingSeconds(NaN)", "NaNSeconds", Kv(t => t.Set("a", "v", Expiration.SlidingSeconds(NaNSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.SlidingSeconds(0)", "ZeroSeconds", Kv(t => t.Set("a", "v", Expiration.SlidingSeconds(ZeroSeconds)))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Set of an existing key", "expiration", Kv(t => t.Set("a", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Set of a new key", "expiration", Kv(t => t.Set("new", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(now) in Set", "expiration", KvWith((t, c) => t.Set("new", "v", Expiration.At(c.GetUtcNow())))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in SetIfAbsent of an existing key", "expiration", Kv(t => t.SetIfAbsent("a", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Write", "expiration", Kv(t => t.Write("new", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Increment of an existing counter", "expiration", Kv(t => t.Increment("n", 1, past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Increment of a new counter", "expiration", Kv(t => t.Increment("new", 1, past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Expire of an existing key", "expiration", Kv(t => t.Expire("s", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in Expire of a missing key", "expiration", Kv(t => t.Expire("missing", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past) in AddOrUpdate", "expiration", Kv(t => t.AddOrUpdate("a", static (_, _) => "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("Expiration.At(past, named) names the given parameter", "expiresAt", Kv(t => t.Set("a", "v", Expiration.At(ManualClock.DefaultStartUtc, "expiresAt")))));

        // ---- quotas and sizes ----
        rows.Add(Row<ArgumentOutOfRangeException>("Quota(negative maxEntries)", "maxEntries", Call(static () => _ = new Quota(-1))));
        rows.Add(Row<ArgumentOutOfRangeException>("Quota(negative maxBytes)", "maxBytes", Call(static () => _ = new Quota(maxBytes: -1))));
        rows.Add(Row<ArgumentOutOfRangeException>("Quota(undefined policy)", "policy", Call(static () => _ = new Quota(1, 0, (QuotaPolicy)42))));
        rows.Add(Row<QuotaExceededException>("KeyValueTable.Set past MaxEntries (Throw)", null, Kv(t => t.Set("new", "v"), new Quota(maxEntries: 4))));
        rows.Add(Row<QuotaExceededException>("KeyValueTable.Set bigger than MaxBytes (EvictOldest)", null, Kv(t => t.Set("new", new string('x', 100)), new Quota(maxBytes: 50, policy: QuotaPolicy.EvictOldest))));
        rows.Add(Row<NotSupportedException>("KeyValueTable.Set of a value the default estimator cannot measure", null, () =>
        {
            var table = new KeyValueTable<string, object>(new TableOptions("objects") { Clock = new ManualClock(), Quota = new Quota(maxBytes: 100) });
            table.Set("a", "1");
            return new Arranged(() => table.Set("b", new object()), () => StoreState.Of(table));
        }));
        rows.Add(Row<InvalidOperationException>("KeyValueTable.Set with an estimator returning a negative size", null, Kv(t => t.Set("new", "v"), new Quota(maxBytes: 100), static v => v is "v" ? -1 : 1)));
        rows.Add(Row<NotSupportedException>("SizeEstimator.Estimate(unknown type)", null, Call(static () => SizeEstimator.Estimate(new object()))));

        // ---- TableOptions, EntityModel, tokens and constraints ----
        rows.Add(Row<ArgumentNullException>("TableOptions(null name)", "name", Call(static () => _ = new TableOptions(null!))));
        rows.Add(Row<ArgumentException>("TableOptions(empty name)", "name", Call(static () => _ = new TableOptions(""))));
        rows.Add(Row<ArgumentNullException>("EntityModel(null getKey)", "getKey", Call(static () => _ = new EntityModel<int, Item>(null!))));
        rows.Add(Row<ArgumentNullException>("EntityTable(null model)", "model", Call(static () => _ = new EntityTable<int, Item>(new TableOptions("items"), null!))));
        rows.Add(Row<ArgumentNullException>("ConcurrencyToken(null name)", "name", Call(static () => _ = new ConcurrencyToken<Item>(null!, static i => i.Version, static (i, _) => i))));
        rows.Add(Row<ArgumentNullException>("ConcurrencyToken(null get)", "get", Call(static () => _ = new ConcurrencyToken<Item>("Version", null!, static (i, _) => i))));
        rows.Add(Row<ArgumentNullException>("ConcurrencyToken(null with)", "with", Call(static () => _ = new ConcurrencyToken<Item>("Version", static i => i.Version, null!))));
        rows.Add(Row<NotSupportedException>("ConcurrencyToken.Next(unknown token type)", null, Call(static () => ConcurrencyToken<Item>.Next(new object()))));
        rows.Add(Row<ArgumentNullException>("UniqueConstraint(null name)", "name", Call(static () => _ = new UniqueConstraint<Item>(null!, static i => i.Code))));
        rows.Add(Row<ArgumentNullException>("UniqueConstraint(null getValue)", "getValue", Call(static () => _ = new UniqueConstraint<Item>("Code", null!))));

        // ---- EntityTable ----
        rows.Add(Row<ArgumentNullException>("EntityTable.Add(null entity)", "NullItem", Items(t => t.Add(NullItem))));
        rows.Add(Row<ArgumentNullException>("EntityTable.TryAdd(null entity)", "NullItem", Items(t => t.TryAdd(NullItem, out _))));
        rows.Add(Row<ArgumentNullException>("EntityTable.Update(null entity)", "NullItem", Items(t => t.Update(NullItem))));
        rows.Add(Row<ArgumentNullException>("EntityTable.Upsert(null entity)", "NullItem", Items(t => t.Upsert(NullItem))));
        rows.Add(Row<ArgumentNullException>("EntityTable.RemoveEntity(null entity)", "NullItem", Items(t => t.RemoveEntity(NullItem))));
        rows.Add(Row<ArgumentNullException>("EntityTable.AddRange(null sequence)", "NullItems", Items(t => t.AddRange(NullItems))));
        rows.Add(Row<ArgumentNullException>("EntityTable.AddRange(null element)", "batch", Items(t =>
        {
            var batch = new[] { new Item { Code = "c" }, null! };
            t.AddRange(batch);
        })));
        rows.Add(Row<DuplicateKeyException>("EntityTable.AddRange(duplicate in the batch) stores none", null, Items(t => t.AddRange(new[] { new Item { Id = 50 }, new Item { Id = 51 }, new Item { Id = 50 } }))));
        rows.Add(Row<DuplicateKeyException>("EntityTable.Add(taken unique value)", null, Items(t => t.Add(new Item { Code = "a" }))));
        rows.Add(Row<DuplicateKeyException>("EntityTable.Add(taken key)", null, Items(t => t.Add(new Item { Id = 1 }))));
        rows.Add(Row<NotFoundException>("EntityTable.Update(missing key)", null, Items(t => t.Update(new Item { Id = 99 }))));
        rows.Add(Row<ConcurrencyConflictException>("EntityTable.Update(stale token)", null, Items(t => t.Update(new Item { Id = 1, Code = "a", Version = 7 }))));
        rows.Add(Row<ConcurrencyConflictException>("EntityTable.RemoveEntity(stale token)", null, Items(t => t.RemoveEntity(new Item { Id = 1, Version = 7 }))));
        rows.Add(Row<NotFoundException>("EntityTable.Get(missing key)", null, Items(t => t.Get(99))));
        rows.Add(Row<ArgumentNullException>("EntityTable.Find(null key)", "NullKey", Docs(t => t.Find(NullKey))));
        rows.Add(Row<ArgumentNullException>("EntityTable.Get(null key)", "NullKey", Docs(t => t.Get(NullKey))));
        rows.Add(Row<ArgumentNullException>("EntityTable.Add(entity with a null key)", "NullName", Docs(t =>
        {
            var NullName = new Doc { Name = null! };
            t.Add(NullName);
        })));
        rows.Add(Row<ArgumentNullException>("EntityTable.Upsert(entity with a null key)", "nameless", Docs(t =>
        {
            var nameless = new Doc { Name = null! };
            t.Upsert(nameless);
        })));
        rows.Add(Row<ArgumentNullException>("EntityTable.Add(null entity, string key)", "NullDoc", Docs(t => t.Add(NullDoc))));

        // ---- BlobTable ----
        rows.Add(Row<ArgumentNullException>("BlobTable.Put(null key, bytes)", "NullKey", Blobs(t => t.Put(NullKey, new byte[] { 1 }))));
        rows.Add(Row<ArgumentException>("BlobTable.Put(empty key, bytes)", "EmptyKey", Blobs(t => t.Put(EmptyKey, new byte[] { 1 }))));
        rows.Add(Row<ArgumentException>("BlobTable.Put(empty key, span)", "EmptyKey", Blobs(t => t.Put(EmptyKey, new byte[] { 1 }.AsSpan()))));
        rows.Add(Row<ArgumentNullException>("BlobTable.Put(null content)", "content", Blobs(t => t.Put("a", (byte[])null!))));
        rows.Add(Row<ArgumentNullException>("BlobTable.Put(null stream)", "content", Blobs(t => t.Put("a", (Stream)null!))));
        rows.Add(Row<ArgumentException>("BlobTable.Put(empty key, stream)", "EmptyKey", Blobs(t => t.Put(EmptyKey, new MemoryStream(new byte[] { 1 })))));
        rows.Add(Row<ArgumentNullException>("BlobTable.PutText(null key)", "NullKey", Blobs(t => t.PutText(NullKey, "x"))));
        rows.Add(Row<ArgumentException>("BlobTable.PutText(empty key)", "EmptyKey", Blobs(t => t.PutText(EmptyKey, "x"))));
        rows.Add(Row<ArgumentNullException>("BlobTable.PutText(null text)", "text", Blobs(t => t.PutText("a", null!))));
        rows.Add(Row<ArgumentException>("BlobTable.PutAsync(empty key)", "EmptyKey", Blobs(t => Run(() => t.PutAsync(EmptyKey, new MemoryStream(new byte[] { 1 }))))));
        rows.Add(Row<ArgumentNullException>("BlobTable.PutAsync(null key)", "NullKey", Blobs(t => Run(() => t.PutAsync(NullKey, new MemoryStream(new byte[] { 1 }))))));
        rows.Add(Row<ArgumentNullException>("BlobTable.PutAsync(null stream)", "content", Blobs(t => Run(() => t.PutAsync("a", null!)))));
        rows.Add(Row<OperationCanceledException>("BlobTable.PutAsync(cancelled)", null, Blobs(t => Run(() => t.PutAsync("a", new MemoryStream(new byte[] { 1 }), cancellationToken: new CancellationToken(true))))));
        rows.Add(Row<ArgumentOutOfRangeException>("BlobTable.Put(past absolute expiry)", "expiration", Blobs(t => t.Put("a", new byte[] { 1 }, expiration: Expiration.At(ManualClock.DefaultStartUtc)))));
        rows.Add(Row<QuotaExceededException>("BlobTable.Put(bigger than MaxBytes)", null, Blobs(t => t.Put("a", new byte[65]))));
        rows.Add(Row<QuotaExceededException>("BlobTable.Put(past MaxBytes, Throw)", null, Blobs(t => t.Put("new", new byte[60]))));
        rows.Add(Row<ArgumentNullException>("BlobTable.GetBytes(null key)", "NullKey", Blobs(t => t.GetBytes(NullKey))));
        rows.Add(Row<ArgumentException>("BlobTable.GetBytes(empty key)", "EmptyKey", Blobs(t => t.GetBytes(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.GetBytesOrDefault(empty key)", "EmptyKey", Blobs(t => t.GetBytesOrDefault(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.GetText(empty key)", "EmptyKey", Blobs(t => t.GetText(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.OpenRead(empty key)", "EmptyKey", Blobs(t => t.OpenRead(EmptyKey))));
        rows.Add(Row<ArgumentNullException>("BlobTable.OpenRead(null key)", "NullKey", Blobs(t => t.OpenRead(NullKey))));
        rows.Add(Row<ArgumentException>("BlobTable.GetProperties(empty key)", "EmptyKey", Blobs(t => t.GetProperties(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.ContainsKey(empty key)", "EmptyKey", Blobs(t => t.ContainsKey(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.Remove(empty key)", "EmptyKey", Blobs(t => t.Remove(EmptyKey))));
        rows.Add(Row<ArgumentException>("BlobTable.Refresh(empty key)", "EmptyKey", Blobs(t => t.Refresh(EmptyKey))));
        rows.Add(Row<ArgumentNullException>("BlobTable.Copy(null source)", "source", Blobs(t => t.Copy(null!, "x"))));
        rows.Add(Row<ArgumentException>("BlobTable.Copy(empty source)", "source", Blobs(t => t.Copy("", "x"))));
        rows.Add(Row<ArgumentNullException>("BlobTable.Copy(null destination)", "destination", Blobs(t => t.Copy("a", null!))));
        rows.Add(Row<ArgumentException>("BlobTable.Copy(empty destination)", "destination", Blobs(t => t.Copy("a", ""))));
        rows.Add(Row<NotFoundException>("BlobTable.Copy(missing source)", null, Blobs(t => t.Copy("missing", "x"))));
        rows.Add(Row<DuplicateKeyException>("BlobTable.Copy(existing destination, no overwrite)", null, Blobs(t => t.Copy("a", "b/c", overwrite: false))));
        rows.Add(Row<ArgumentNullException>("BlobTable.Move(null source)", "source", Blobs(t => t.Move(null!, "x"))));
        rows.Add(Row<ArgumentException>("BlobTable.Move(empty source)", "source", Blobs(t => t.Move("", "x"))));
        rows.Add(Row<ArgumentException>("BlobTable.Move(empty destination)", "destination", Blobs(t => t.Move("a", ""))));
        rows.Add(Row<ArgumentException>("BlobTable.Move(empty source onto itself)", "source", Blobs(t => t.Move("", ""))));
        rows.Add(Row<NotFoundException>("BlobTable.Move(missing source)", null, Blobs(t => t.Move("missing", "x"))));

        // ---- FakeCore, FakeDefaults, options ----
        rows.Add(Row<ArgumentNullException>("FakeCore(null defaults)", "defaults", Call(static () => _ = new FakeCore(null, null!))));
        rows.Add(Row<ArgumentNullException>("FakeDefaults(null name)", "name", Call(static () => _ = new FakeDefaults(null!))));
        rows.Add(Row<ArgumentException>("FakeDefaults(empty name)", "name", Call(static () => _ = new FakeDefaults(""))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(options MaxEntries -1)", "maxEntries", Call(static () => _ = new FakeCore(new InMemoryFakeOptions { MaxEntries = -1 }, new FakeDefaults("IThing")))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(options MaxBytes -1)", "maxBytes", Call(static () => _ = new FakeCore(new InMemoryFakeOptions { MaxBytes = -1 }, new FakeDefaults("IThing")))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(defaults MaxEntries -1)", "maxEntries", Call(static () => _ = new FakeCore(null, new FakeDefaults("IThing") { MaxEntries = -1 }))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(undefined QuotaPolicy)", "policy", Call(static () => _ = new FakeCore(new InMemoryFakeOptions { QuotaPolicy = (QuotaPolicy)9 }, new FakeDefaults("IThing")))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(zero DefaultTimeToLive)", "DefaultTimeToLive", Call(static () => _ = new FakeCore(new InMemoryFakeOptions { DefaultTimeToLive = TimeSpan.Zero }, new FakeDefaults("IThing")))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(negative DefaultTimeToLive)", "DefaultTimeToLive", Call(static () => _ = new FakeCore(null, new FakeDefaults("IThing") { DefaultTimeToLive = TimeSpan.FromSeconds(-1) }))));
        rows.Add(Row<ArgumentOutOfRangeException>("FakeCore(infinite DefaultTimeToLive)", "DefaultTimeToLive", Call(static () => _ = new FakeCore(new InMemoryFakeOptions { DefaultTimeToLive = Timeout.InfiniteTimeSpan }, new FakeDefaults("IThing")))));
        rows.Add(Row<ArgumentNullException>("FakeCore.Restore(null)", "snapshot", Core(static c => c.Restore(null!))));
        rows.Add(Row<ArgumentException>("FakeCore.Restore(another fake's snapshot)", "snapshot", Core(static c =>
        {
            var other = new FakeCore(null, new FakeDefaults("IOther"));
            other.KeyValueTable<string, string>("other").Set("x", "y");
            c.Restore(other.Snapshot());
        })));
        rows.Add(Row<ArgumentNullException>("FakeCore.Seed(null items)", "items", Core(static c => c.Seed<Item>(null!))));
        rows.Add(Row<ArgumentNullException>("FakeCore.Seed(a null item)", "items", Core(static c => c.Seed(new Item { Id = 40 }, null!))));
        rows.Add(Row<ArgumentException>("FakeCore.Seed(a type no table stores)", "items", Core(static c => c.Seed(42))));
        rows.Add(Row<ArgumentNullException>("FakeCore.LockAsync(null key)", "key", Core(static c => Run(() => c.LockAsync(null!)))));
        rows.Add(Row<OperationCanceledException>("FakeCore.LockAsync(cancelled while held)", null, Core(static c =>
        {
            var held = c.LockAsync("k").AsTask().GetAwaiter().GetResult();
            using (held)
            {
                Run(() => c.LockAsync("k", new CancellationToken(true)));
            }
        })));
        rows.Add(Row<ArgumentException>("FakeCore.BlobTable(empty name)", "name", Core(static c => c.BlobTable(""))));
        rows.Add(Row<ArgumentNullException>("FakeCore.KeyValueTable(null name)", "name", Core(static c => c.KeyValueTable<string, string>(null!))));

        // ---- FaultInjector ----
        rows.Add(Row<ArgumentNullException>("FaultInjector.Throw(null member)", "member", Core(static c => c.Faults.Throw(null!, new InvalidOperationException()))));
        rows.Add(Row<ArgumentException>("FaultInjector.Throw(empty member)", "member", Core(static c => c.Faults.Throw("", new InvalidOperationException()))));
        rows.Add(Row<ArgumentException>("FaultInjector.Throw(unknown member)", "member", Core(static c => c.Faults.Throw("Gett", new InvalidOperationException()))));
        rows.Add(Row<ArgumentNullException>("FaultInjector.Throw(null exception)", "exception", Core(static c => c.Faults.Throw("Get", (Exception)null!))));
        rows.Add(Row<ArgumentNullException>("FaultInjector.Throw(null exception factory)", "exception", Core(static c => c.Faults.Throw("Get", (Func<Exception>)null!))));
        rows.Add(Row<ArgumentOutOfRangeException>("FaultInjector.Throw(times 0)", "times", Core(static c => c.Faults.Throw("Get", new InvalidOperationException(), 0))));
        rows.Add(Row<ArgumentOutOfRangeException>("FaultInjector.Throw(times -1)", "times", Core(static c => c.Faults.Throw("*", new InvalidOperationException(), -1))));
        rows.Add(Row<ArgumentOutOfRangeException>("FaultInjector.Delay(zero delay)", "delay", Core(static c => c.Faults.Delay("Get", TimeSpan.Zero))));
        rows.Add(Row<ArgumentOutOfRangeException>("FaultInjector.Delay(negative delay)", "delay", Core(static c => c.Faults.Delay("Get", TimeSpan.FromSeconds(-1)))));
        rows.Add(Row<ArgumentOutOfRangeException>("FaultInjector.Delay(times 0)", "times", Core(static c => c.Faults.Delay("Get", TimeSpan.FromSeconds(1), 0))));
        rows.Add(Row<ArgumentException>("FaultInjector.Delay(unknown member)", "member", Core(static c => c.Faults.Delay("Sett", TimeSpan.FromSeconds(1)))));

        // ---- KeyLocks ----
        rows.Add(Row<ArgumentNullException>("KeyLocks.AcquireAsync(null key)", "key", () =>
        {
            var locks = new KeyLocks();
            return new Arranged(() => Run(() => locks.AcquireAsync(null!)), () => "active=" + locks.ActiveKeys);
        }));
        rows.Add(Row<OperationCanceledException>("KeyLocks.AcquireAsync(cancelled while held) leaks no slot", null, () =>
        {
            var locks = new KeyLocks();
            var held = locks.AcquireAsync("k").AsTask().GetAwaiter().GetResult();
            return new Arranged(() => Run(() => locks.AcquireAsync("k", new CancellationToken(true))), () => "active=" + locks.ActiveKeys + " held=" + held.Key);
        }));

        // ---- ManualClock ----
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock.Advance(negative)", "delta", Clock(static c => c.Advance(TimeSpan.FromTicks(-1)))));
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock.Advance(past DateTimeOffset.MaxValue)", "delta", Clock(static c => c.Advance(TimeSpan.MaxValue))));
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock.SetUtcNow(earlier)", "value", Clock(static c => c.SetUtcNow(ManualClock.DefaultStartUtc.AddTicks(-1)))));
        rows.Add(Row<ArgumentNullException>("ManualClock.CreateTimer(null callback)", "callback", Clock(static c => c.CreateTimer(null!, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan))));
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock.CreateTimer(negative due time)", "dueTime", Clock(static c => c.CreateTimer(static _ => { }, null, TimeSpan.FromMilliseconds(-2), Timeout.InfiniteTimeSpan))));
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock.CreateTimer(negative period)", "period", Clock(static c => c.CreateTimer(static _ => { }, null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(-2)))));
        rows.Add(Row<ArgumentOutOfRangeException>("ManualClock timer.Change(negative due time)", "dueTime", Clock(static c =>
        {
            using var timer = c.CreateTimer(static _ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            timer.Change(TimeSpan.FromMilliseconds(-5), Timeout.InfiniteTimeSpan);
        })));
        rows.Add(Row<ArgumentNullException>("ManualClock(null time zone)", "localTimeZone", Call(static () => _ = new ManualClock(ManualClock.DefaultStartUtc, null!))));
        rows.Add(Row<InvalidOperationException>("ManualClock.Advance from a timer callback", null, () =>
        {
            var clock = new ManualClock();
            var timer = clock.CreateTimer(_ => clock.Advance(TimeSpan.FromSeconds(1)), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            return new Arranged(() => clock.Advance(TimeSpan.FromSeconds(2)), () => timer is null ? "" : "timer");
        }));

        // ---- InMemoryBackend, Fakes, FakeScope ----
        rows.Add(Row<ArgumentNullException>("InMemoryBackend(null clock)", "clock", Call(static () => _ = new InMemoryBackend(null!))));
        rows.Add(Row<ArgumentNullException>("InMemoryBackend.GetOrAddTable(null name)", "name", Backend(static b => b.GetOrAddTable(null!, static () => new BlobTable(new TableOptions("x"))))));
        rows.Add(Row<ArgumentException>("InMemoryBackend.GetOrAddTable(empty name)", "name", Backend(static b => b.GetOrAddTable("", static () => new BlobTable(new TableOptions("x"))))));
        rows.Add(Row<ArgumentNullException>("InMemoryBackend.GetOrAddTable(null factory)", "create", Backend(static b => b.GetOrAddTable<BlobTable>("t", null!))));
        rows.Add(Row<ArgumentNullException>("InMemoryBackend.Clear(null type)", "valueType", Backend(static b => b.Clear(null!))));
        rows.Add(Row<ArgumentNullException>("Fakes.Register(null factory)", "factory", Call(static () => Fakes.Register<ICustomerRepository, InMemoryCustomerRepository>(null!))));
        rows.Add(Row<ArgumentNullException>("Fakes.Find(null type)", "interfaceType", Call(static () => Fakes.Find(null!))));
        rows.Add(Row<InvalidOperationException>("Fakes.Create(unregistered interface)", null, Call(static () => Fakes.Create<IDisposable>())));
        rows.Add(Row<ArgumentNullException>("Fakes.Of(null)", "fake", Call(static () => Fakes.Of(null!))));
        rows.Add(Row<ArgumentException>("Fakes.Of(not a fake)", "fake", Call(static () => Fakes.Of(new object()))));
        rows.Add(Row<InvalidOperationException>("FakeScope.Get(unregistered interface)", null, () =>
        {
            var scope = new FakeScope();
            return new Arranged(() => scope.Get<IDisposable>(), () => "created=" + scope.Created.Count);
        }));

        return rows;
    }

    private static Func<Arranged> Backend(Action<InMemoryBackend> act)
        => () =>
        {
            var backend = new InMemoryBackend(new ManualClock());
            var table = backend.GetOrAddTable("kv", () => new KeyValueTable<string, string>(new TableOptions("kv")));
            table.Set("a", "1");
            return new Arranged(() => act(backend), () => string.Join(";", backend.Tables.Select(static t => t.Name + "=" + t.Count)) + " " + StoreState.Of(table));
        };
}
