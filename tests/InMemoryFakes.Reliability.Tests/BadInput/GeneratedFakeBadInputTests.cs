using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static InMemoryFakes.Reliability.Tests.BadInput.BadInputCase;

namespace InMemoryFakes.Reliability.Tests.BadInput;

/// <summary>
/// Every member of the three generated fakes (and their hooks and constructors), given null, empty or out-of-range
/// arguments: the documented exception, naming the interface's own parameter, and the fake unchanged.
/// </summary>
public sealed class GeneratedFakeBadInputTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    internal static readonly IReadOnlyList<BadInputCase> Cases = Build();

    private static readonly Dictionary<string, BadInputCase> ByName = Cases.ToDictionary(static c => c.Name);

    public static IEnumerable<TheoryDataRow<string>> Rows() => BadInputCase.Rows(Cases);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Refuses_bad_input_with_the_documented_exception_naming_the_interface_parameter(string member) => ByName[member].Verify();

    // ---- subjects ----

    private static Func<Arranged> Customers(Action<ICustomerRepository> act) => Customers((repository, _) => act(repository));

    private static Func<Arranged> Customers(Action<ICustomerRepository, IInMemoryFake> act)
        => () =>
        {
            var clock = new ManualClock();
            ICustomerRepository repository = new InMemoryCustomerRepository(new InMemoryFakeOptions { TimeProvider = clock, MaxEntries = 10 });
            repository.Add(new Customer { Email = "ann@example.com", Name = "Ann" });
            repository.Add(new Customer { Email = "bob@example.com", Name = "Bob" });
            var hooks = Fakes.Of(repository);
            return new Arranged(() => act(repository, hooks), () => StoreState.Of(hooks) + Probe(() => StoreState.Render(repository.GetAll())) + Probe(() => repository.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        };

    private static Func<Arranged> RateLimits(Action<IRateLimitStore> act) => RateLimits((store, _) => act(store));

    private static Func<Arranged> RateLimits(Action<IRateLimitStore, IInMemoryFake> act)
        => () =>
        {
            var clock = new ManualClock();
            IRateLimitStore store = new InMemoryRateLimitStore(clock);
            store.Set("a", "1", Minute);
            store.Put("s", "slides", Minute);
            store.Set("n", "5", TimeSpan.FromHours(1));
            clock.Advance(TimeSpan.FromSeconds(5));
            var hooks = Fakes.Of(store);

            // Only probes that read nothing: Get or Exists would renew the sliding entry.
            return new Arranged(() => act(store, hooks), () => StoreState.Of(hooks) + Probe(() => string.Join(",", store.Keys())) + Probe(() => store.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        };

    private static Func<Arranged> Documents(Action<IDocumentStore> act)
        => () =>
        {
            var clock = new ManualClock();
            IDocumentStore store = new InMemoryDocumentStore(clock);
            store.Save("a", "alpha");
            store.Put("b/c", new byte[] { 1, 2, 3 }, "image/png");
            clock.Advance(TimeSpan.FromSeconds(1));
            var hooks = Fakes.Of(store);
            return new Arranged(() => act(store), () => StoreState.Of(hooks) + Probe(() => StoreState.Render(store.List())));
        };

    private static Func<Arranged> Call(Action act) => () => new Arranged(act, static () => "");

    /// <summary>A read through the interface; a fault that a refused call registered by mistake would show up here.</summary>
    private static string Probe(Func<string> read)
    {
        try
        {
            return " | " + read();
        }
        catch (Exception error)
        {
            return " | probe threw " + error.GetType().Name;
        }
    }

    private static void Run(Func<Task> act) => act().GetAwaiter().GetResult();

    private static List<BadInputCase> Build()
    {
        var rows = new List<BadInputCase>();
        var past = ManualClock.DefaultStartUtc;

        // ---- entity repository ----
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.Add(null)", "customer", Customers(static r => r.Add(null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.Update(null)", "customer", Customers(static r => r.Update(null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.Save(null)", "customer", Customers(static r => r.Save(null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.Remove(null)", "customer", Customers(static r => r.Remove(null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.AddRange(null)", "customers", Customers(static r => r.AddRange(null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository.AddRange(a null element)", "customers", Customers(static r => r.AddRange(new Customer { Email = "cy@example.com" }, null!))));
        rows.Add(Row<DuplicateKeyException>("ICustomerRepository.AddRange(a taken email) stores none", null, Customers(static r => r.AddRange(new Customer { Email = "cy@example.com" }, new Customer { Email = "ann@example.com" }))));
        rows.Add(Row<DuplicateKeyException>("ICustomerRepository.Add(taken unique email)", null, Customers(static r => r.Add(new Customer { Email = "ann@example.com" }))));
        rows.Add(Row<DuplicateKeyException>("ICustomerRepository.Add(taken key)", null, Customers(static r => r.Add(new Customer { Id = 1 }))));
        rows.Add(Row<DuplicateKeyException>("ICustomerRepository.Save(another's email)", null, Customers(static r => r.Save(new Customer { Id = 2, Email = "ann@example.com" }))));
        rows.Add(Row<NotFoundException>("ICustomerRepository.Update(missing)", null, Customers(static r => r.Update(new Customer { Id = 42 }))));
        rows.Add(Row<ConcurrencyConflictException>("ICustomerRepository.Update(stale version)", null, Customers(static r => r.Update(new Customer { Id = 1, Email = "ann@example.com", Version = 3 }))));
        rows.Add(Row<ConcurrencyConflictException>("ICustomerRepository.Remove(stale version)", null, Customers(static r => r.Remove(new Customer { Id = 1, Version = 3 }))));
        rows.Add(Row<NotFoundException>("ICustomerRepository.Get(missing)", null, Customers(static r => r.Get(42))));
        rows.Add(Row<QuotaExceededException>("ICustomerRepository.AddRange(past MaxEntries) stores none", null, Customers(static r => r.AddRange(Enumerable.Range(0, 9).Select(static i => new Customer { Name = "c" + i }).ToArray()))));
        rows.Add(Row<ArgumentException>("ICustomerRepository hooks: Faults.Throw(misspelt member)", "member", Customers(static (_, f) => f.Faults.Throw("Ad", new InvalidOperationException()))));
        rows.Add(Row<ArgumentOutOfRangeException>("ICustomerRepository hooks: Faults.Throw(times 0)", "times", Customers(static (_, f) => f.Faults.Throw("Add", new InvalidOperationException(), 0))));
        rows.Add(Row<ArgumentOutOfRangeException>("ICustomerRepository hooks: Faults.Delay(negative)", "delay", Customers(static (_, f) => f.Faults.Delay("Find", TimeSpan.FromSeconds(-1)))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository hooks: Faults.Throw(null exception)", "exception", Customers(static (_, f) => f.Faults.Throw("*", (Exception)null!))));
        rows.Add(Row<ArgumentException>("ICustomerRepository hooks: Seed(a type it does not store)", "items", Customers(static (_, f) => f.Seed("not a customer"))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository hooks: Seed(a null customer)", "items", Customers(static (_, f) => f.Seed(new Customer { Email = "cy@example.com" }, null!))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository hooks: Restore(null)", "snapshot", Customers(static (_, f) => f.Restore(null!))));
        rows.Add(Row<ArgumentException>("ICustomerRepository hooks: Restore(another fake's snapshot)", "snapshot", Customers(static (_, f) => f.Restore(Fakes.Of(new InMemoryCustomerRepository()).Snapshot()))));
        rows.Add(Row<ArgumentNullException>("ICustomerRepository hooks: LockAsync(null)", "key", Customers(static (_, f) => f.LockAsync(null!).AsTask().GetAwaiter().GetResult())));
        rows.Add(Row<OperationCanceledException>("ICustomerRepository with a cancelled ambient token: Add", null, () =>
        {
            ICustomerRepository repository = new InMemoryCustomerRepository(new InMemoryFakeOptions { TimeProvider = new ManualClock(), CancellationToken = new CancellationToken(true) });
            var hooks = Fakes.Of(repository);
            hooks.Seed(new Customer { Email = "ann@example.com" });
            return new Arranged(() => repository.Add(new Customer { Email = "bob@example.com" }), () => StoreState.Of(hooks));
        }));
        rows.Add(Row<ArgumentNullException>("new InMemoryCustomerRepository(null clock)", "timeProvider", Call(static () => _ = new InMemoryCustomerRepository((TimeProvider)null!))));
        rows.Add(Row<ArgumentNullException>("new InMemoryCustomerRepository(null backend)", "backend", Call(static () => _ = new InMemoryCustomerRepository((InMemoryBackend)null!))));
        rows.Add(Row<ArgumentOutOfRangeException>("new InMemoryCustomerRepository(MaxEntries -1)", "maxEntries", Call(static () => _ = new InMemoryCustomerRepository(new InMemoryFakeOptions { MaxEntries = -1 }))));
        rows.Add(Row<ArgumentOutOfRangeException>("Fakes.Create<ICustomerRepository>(MaxBytes -1)", "maxBytes", Call(static () => Fakes.Create<ICustomerRepository>(new InMemoryFakeOptions { MaxBytes = -1 }))));
        rows.Add(Row<ArgumentOutOfRangeException>("new InMemoryCustomerRepository(DefaultTimeToLive negative)", "DefaultTimeToLive", Call(static () => _ = new InMemoryCustomerRepository(new InMemoryFakeOptions { DefaultTimeToLive = TimeSpan.FromSeconds(-3) }))));

        // ---- key-value store with TTL parameters ----
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Get(null key)", "key", RateLimits(static s => s.Get(null!))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Set(null key, ttl)", "key", RateLimits(static s => s.Set(null!, "v", Minute))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Set(null value, ttl)", "value", RateLimits(static s => s.Set("a", null!, Minute))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttl zero)", "ttl", RateLimits(static s => s.Set("a", "v", TimeSpan.Zero))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttl negative)", "ttl", RateLimits(static s => s.Set("a", "v", TimeSpan.FromTicks(-1)))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttl infinite)", "ttl", RateLimits(static s => s.Set("a", "v", Timeout.InfiniteTimeSpan))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttl TimeSpan.MaxValue)", "ttl", RateLimits(static s => s.Set("a", "v", TimeSpan.MaxValue))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds 0)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", 0.0))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds -1)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", -1.0))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds NaN)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", double.NaN))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds +infinity)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", double.PositiveInfinity))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds -infinity)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", double.NegativeInfinity))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(ttlSeconds double.MaxValue)", "ttlSeconds", RateLimits(static s => s.Set("a", "v", double.MaxValue))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(expiresAt in the past), any parameter name", null, RateLimits(s => s.Set("a", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(expiresAt in the past)", "expiresAt", RateLimits(s => s.Set("new", "v", past))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Set(expiresAt now)", "expiresAt", RateLimits(static s => s.Set("a", "v", ManualClock.DefaultStartUtc.AddSeconds(5)))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Put(null key, sliding)", "key", RateLimits(static s => s.Put(null!, "v", Minute))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Put(sliding zero)", "sliding", RateLimits(static s => s.Put("s", "v", TimeSpan.Zero))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Put(sliding negative)", "sliding", RateLimits(static s => s.Put("s", "v", TimeSpan.FromSeconds(-1)))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.SetIfAbsent(null key)", "key", RateLimits(static s => s.SetIfAbsent(null!, "v"))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.SetIfAbsent(null value)", "value", RateLimits(static s => s.SetIfAbsent("new", null!))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.SetIfAbsent(expiry zero)", "expiry", RateLimits(static s => s.SetIfAbsent("new", "v", TimeSpan.Zero))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.SetIfAbsent(expiry negative, existing key)", "expiry", RateLimits(static s => s.SetIfAbsent("a", "v", TimeSpan.FromSeconds(-1)))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Increment(null key)", "key", RateLimits(static s => s.Increment(null!))));
        rows.Add(Row<OverflowException>("IRateLimitStore.Increment(overflow)", null, RateLimits(static s => s.Increment("n", long.MaxValue))));
        rows.Add(Row<InvalidOperationException>("IRateLimitStore.Increment(non-integer value)", null, RateLimits(static s => s.Increment("s"))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Exists(null key)", "key", RateLimits(static s => s.Exists(null!))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Delete(null key)", "key", RateLimits(static s => s.Delete(null!))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Touch(null key)", "key", RateLimits(static s => s.Touch(null!))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore.Expire(null key)", "key", RateLimits(static s => s.Expire(null!, Minute))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Expire(ttl zero)", "ttl", RateLimits(static s => s.Expire("s", TimeSpan.Zero))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore.Expire(ttl negative, missing key)", "ttl", RateLimits(static s => s.Expire("missing", TimeSpan.FromSeconds(-1)))));
        rows.Add(Row<ArgumentException>("IRateLimitStore hooks: Faults.Throw(misspelt member)", "member", RateLimits(static (_, f) => f.Faults.Throw("Incr", new InvalidOperationException()))));
        rows.Add(Row<ArgumentOutOfRangeException>("IRateLimitStore hooks: Faults.Delay(times -1)", "times", RateLimits(static (_, f) => f.Faults.Delay("Keys", Minute, -1))));
        rows.Add(Row<ArgumentNullException>("IRateLimitStore hooks: Seed(a null pair array)", "items", RateLimits(static (_, f) => f.Seed<KeyValuePair<string, string>>(null!))));

        // ---- blob store ----
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Put(null path)", "path", Documents(static s => s.Put(null!, new byte[] { 1 }))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Put(empty path)", "path", Documents(static s => s.Put("", new byte[] { 1 }))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Put(null content)", "content", Documents(static s => s.Put("a", null!))));
        rows.Add(Row<QuotaExceededException>("IDocumentStore.Put(bigger than MaxBytes)", null, Documents(static s => s.Put("a", new byte[2000]))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.UploadAsync(null path)", "path", Documents(static s => Run(() => s.UploadAsync(null!, new MemoryStream(new byte[] { 1 }))))));
        rows.Add(Row<ArgumentException>("IDocumentStore.UploadAsync(empty path)", "path", Documents(static s => Run(() => s.UploadAsync("", new MemoryStream(new byte[] { 1 }))))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.UploadAsync(null content)", "content", Documents(static s => Run(() => s.UploadAsync("a", null!)))));
        rows.Add(Row<OperationCanceledException>("IDocumentStore.UploadAsync(cancelled)", null, Documents(static s => Run(() => s.UploadAsync("a", new MemoryStream(new byte[] { 1 }), new CancellationToken(true))))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Save(null path)", "path", Documents(static s => s.Save(null!, "x"))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Save(empty path)", "path", Documents(static s => s.Save("", "x"))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Save(null text)", "text", Documents(static s => s.Save("a", null!))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.GetBytes(null path)", "path", Documents(static s => s.GetBytes(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.GetBytes(empty path)", "path", Documents(static s => s.GetBytes(""))));
        rows.Add(Row<NotFoundException>("IDocumentStore.GetBytes(missing)", null, Documents(static s => s.GetBytes("missing"))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.OpenRead(null path)", "path", Documents(static s => s.OpenRead(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.OpenRead(empty path)", "path", Documents(static s => s.OpenRead(""))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Exists(null path)", "path", Documents(static s => s.Exists(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Exists(empty path)", "path", Documents(static s => s.Exists(""))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Delete(null path)", "path", Documents(static s => s.Delete(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Delete(empty path)", "path", Documents(static s => s.Delete(""))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Info(null path)", "path", Documents(static s => s.Info(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Info(empty path)", "path", Documents(static s => s.Info(""))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Url(null path)", "path", Documents(static s => s.Url(null!))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Url(empty path)", "path", Documents(static s => s.Url(""))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Copy(null source)", "source", Documents(static s => s.Copy(null!, "x", true))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Copy(empty source)", "source", Documents(static s => s.Copy("", "x", true))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Copy(null destination)", "destination", Documents(static s => s.Copy("a", null!, true))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Copy(empty destination)", "destination", Documents(static s => s.Copy("a", "", true))));
        rows.Add(Row<NotFoundException>("IDocumentStore.Copy(missing source)", null, Documents(static s => s.Copy("missing", "x", true))));
        rows.Add(Row<ArgumentNullException>("IDocumentStore.Move(null source)", "source", Documents(static s => s.Move(null!, "x", true))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Move(empty destination)", "destination", Documents(static s => s.Move("a", "", true))));
        rows.Add(Row<ArgumentException>("IDocumentStore.Move(empty source onto itself)", "source", Documents(static s => s.Move("", "", true))));
        rows.Add(Row<DuplicateKeyException>("IDocumentStore.Move(onto an existing blob, no overwrite)", null, Documents(static s => s.Move("a", "b/c", false))));
        rows.Add(Row<NotFoundException>("IDocumentStore.Move(missing source)", null, Documents(static s => s.Move("missing", "x", true))));

        return rows;
    }
}
