using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The third robustness sweep, over modern C# and unusual-but-legal declarations the first two sweeps
/// (<see cref="ShapeSweepTests"/>, <see cref="ShapeSweep2Tests"/>) do not cover: object members redeclared on the interface,
/// <c>in</c>/<c>ref readonly</c>/<c>scoped</c> parameters, spans and memory, C# 13 <c>params</c> collections, static abstract and
/// static virtual members, default and non-public interface members, hiding and diamonds, modern generic constraints,
/// where the interface is declared, entities with required, init-only and constructor-only state, unusual keys, async
/// results, obsolete members and optional parameters of every kind. Each case runs in every nullable context and compiles
/// with no warning or error, or every member the generator leaves out is named by an IMF diagnostic that has a location;
/// where the case has a behaviour check, the fake is emitted, loaded and exercised.
/// </summary>
public class ShapeSweep3Tests
{
    private const string Entities = """
        public class Order { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Total { get; set; } }
        public enum Priority { Low = -1, Normal = 0, High = 1 }

        """;

    private static readonly Dictionary<string, string> Cases = new(StringComparer.Ordinal)
    {
        // ---- object members redeclared on the interface ----
        ["object-members-redeclared-without-new"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                string ToString();
                bool Equals(object? o);
                int GetHashCode();
            }
            """,
        ["object-members-redeclared-on-a-base-interface"] = """
            public interface IDescribed { string ToString(); bool Equals(object? other); int GetHashCode(); }

            [InMemoryFake]
            public interface ICache : IDescribed
            {
                string? Get(string key);
                void Set(string key, string value);
                bool Remove(string key);
            }
            """,
        // ---- in, ref readonly and scoped ----
        ["in-key-on-async-and-batch-members"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(in int id);
                Task<Order?> FindAsync(in int id, CancellationToken cancellationToken = default);
                ValueTask<bool> DeleteAsync(in int id);
                void Add(in Order order);
                bool Exists(ref readonly int id);
            }
            """,
        ["in-key-and-value-on-a-cache"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(in string key);
                void Set(in string key, in string value, in TimeSpan? ttl = null);
                ValueTask<string?> GetAsync(in string key);
                bool Remove(ref readonly string key);
            }
            """,
        ["scoped-and-ref-struct-parameters"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                string? GetBySpan(scoped ReadOnlySpan<char> key);
                void Write(string key, scoped ReadOnlySpan<byte> value);
                Task WriteAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);
            }
            """,
        // ---- spans and memory ----
        ["span-and-memory-returns-of-entities"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                ReadOnlyMemory<Order> GetAllMemory();
                Memory<Order> GetMemory();
                ReadOnlySpan<Order> FindMany(ReadOnlySpan<int> ids);
                ValueTask<ReadOnlyMemory<Order>> GetAllAsync();
            }
            """,
        ["memory-values-on-an-async-cache"] = """
            [InMemoryFake]
            public interface IBlobCache
            {
                ValueTask<ReadOnlyMemory<byte>?> GetAsync(string key, CancellationToken cancellationToken = default);
                ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);
                ValueTask<bool> RemoveAsync(string key);
            }
            """,
        ["span-key-on-a-cache"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(ReadOnlySpan<char> key);
                void Set(ReadOnlySpan<char> key, string value);
                bool Remove(string key);
            }
            """,
        ["span-values-only-on-a-cache"] = """
            [InMemoryFake]
            public interface IBuffers
            {
                void Put(string key, ReadOnlySpan<byte> value);
                int Read(string key, Span<byte> destination);
                bool Remove(string key);
            }
            """,
        // ---- params collections (C# 13) ----
        ["params-collections-of-every-kind"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void AddMany(params List<Order> orders);
                IReadOnlyList<Order> FindMany(params IReadOnlyList<int> ids);
                int DeleteMany(params ICollection<int> ids);
                IReadOnlyList<Order> FindSet(params HashSet<int> ids);
                IReadOnlyList<Order> FindSpan(params ReadOnlySpan<int> ids);
            }
            """,
        ["params-span-on-async-members"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                Task RemoveAsync(params string[] keys);
                Task<long> DeleteAsync(params IEnumerable<string> keys);
                ValueTask<int> EvictAsync(params IReadOnlyCollection<string> keys);
            }
            """,
        // ---- static abstract and static virtual members ----
        ["static-abstract-method-and-property"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                static abstract string TableName { get; }
                static abstract IOrders Create();
            }
            """,
        ["static-virtual-with-bodies-only"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                static virtual string Prefix => "c:";
                static virtual string Qualify(string key) => "c:" + key;
                static int Limit { get; } = 10;
            }
            """,
        ["static-abstract-operator"] = """
            [InMemoryFake]
            public interface IOrders<TSelf> where TSelf : IOrders<TSelf>
            {
                Order? Find(int id);
                void Add(Order order);
                static abstract bool operator ==(TSelf left, TSelf right);
                static abstract bool operator !=(TSelf left, TSelf right);
            }
            """,
        // ---- default interface members ----
        ["default-body-under-a-conventional-name"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                bool Exists(int id) => Find(id) is not null;
                IReadOnlyList<Order> GetAll() => Array.Empty<Order>();
                int Count => 0;
            }
            """,
        ["default-body-cache-members"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                string GetOrEmpty(string key) => Get(key) ?? "";
                bool Remove(string key) => false;
                Task<string?> GetAsync(string key) => Task.FromResult(Get(key));
            }
            """,
        ["non-public-interface-members"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                private string Describe(int id) => "order " + id;
                protected internal string Label(int id) => Describe(id);
                sealed string Name(int id) => Label(id);
            }
            """,
        ["protected-abstract-member"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                protected bool Delete(int id);
            }
            """,
        ["internal-abstract-member"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                internal bool Delete(int id);
            }
            """,
        ["constants-static-fields-and-static-constructor"] = """
            [InMemoryFake]
            public interface ICache
            {
                const int MaxKeyLength = 64;
                static readonly string Prefix = "p:";
                static ICache() { }
                string? Get(string key);
                void Set(string key, string value);
            }
            """,
        ["nested-types-inside-the-interface"] = """
            [InMemoryFake]
            public interface IOrders
            {
                public enum Mode { Fast, Safe }
                public sealed class Options { public Mode Mode { get; set; } }
                public interface INested { int Id { get; } }
                Order? Find(int id);
                void Add(Order order);
                IReadOnlyList<Order> GetAll();
            }
            """,
        // ---- hiding, diamonds, explicit implementations ----
        ["new-hidden-member-with-another-return-type"] = """
            public interface IReads { object? Find(int id); }

            [InMemoryFake]
            public interface IOrders : IReads
            {
                new Order? Find(int id);
                void Add(Order order);
            }
            """,
        ["two-unrelated-bases-with-the-same-signature"] = """
            public interface IReadOrders { Order? Find(int id); IReadOnlyList<Order> GetAll(); }
            public interface IWriteOrders { Order? Find(int id); void Add(Order order); }

            [InMemoryFake]
            public interface IOrders : IReadOrders, IWriteOrders { }
            """,
        ["two-bases-same-name-different-return"] = """
            public interface IByKey { Order? Find(int id); }
            public interface IUntyped { object? Find(int id); }

            [InMemoryFake]
            public interface IOrders : IByKey, IUntyped { void Add(Order order); }
            """,
        ["base-member-implemented-or-reabstracted-in-the-interface"] = """
            public interface IBase { Order? Find(int id); void Add(Order order); void Touch(); string Describe(); }

            [InMemoryFake]
            public interface IOrders : IBase
            {
                void IBase.Touch() { }
                abstract string IBase.Describe();
            }
            """,
        ["interface-inherits-framework-collection-interfaces"] = """
            [InMemoryFake]
            public interface IOrders : IEnumerable<Order>
            {
                Order? Find(int id);
                void Add(Order order);
            }

            [InMemoryFake]
            public interface ICache : IReadOnlyCollection<KeyValuePair<string, string>>
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """,
        // ---- generic methods and constraints ----
        ["generic-method-constraints-modern"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                T? GetClass<T>(string key) where T : class?;
                void Use<T>(string key, T value) where T : allows ref struct;
                T Make<T>() where T : struct, Enum;
                TDelegate? Handler<TDelegate>(string key) where TDelegate : Delegate;
                T Create<T>(string key) where T : new();
            }
            """,
        ["generic-method-unconstrained-nullable"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                T? FirstOrDefault<T>(Func<Order, T> map, T? fallback = default);
                bool TryMap<T>(int id, Func<Order, T> map, [MaybeNullWhen(false)] out T value);
                ValueTask<T?> MapAsync<T>(int id, Func<Order, T> map) where T : notnull;
            }
            """,
        // ---- where the interface is declared ----
        ["interface-nested-in-a-generic-class"] = """
            public class Outer<T>
            {
                [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); }
            }
            """,
        ["interface-nested-in-a-static-non-partial-class"] = """
            public static class Stores
            {
                [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); bool Delete(int id); }
            }
            """,
        ["file-local-entity-and-interface"] = """
            file class FileOrder { public int Id { get; set; } }
            [InMemoryFake] file interface IFileOrders { FileOrder? Find(int id); void Add(FileOrder order); }
            """,
        ["internal-entity-with-internal-interface"] = """
            internal sealed class Secret { public Guid Id { get; set; } public string Value { get; set; } = ""; }
            [InMemoryFake] internal interface ISecrets { Secret? Find(Guid id); void Add(Secret secret); void Update(Secret secret); bool Delete(Guid id); }
            """,
        // ---- entities ----
        ["entity-readonly-struct-with-constructor"] = """
            public readonly struct Pin
            {
                public Pin(int id, string label) { Id = id; Label = label; }
                public int Id { get; }
                public string Label { get; }
            }

            [InMemoryFake] public interface IPins { Pin? Find(int id); void Add(Pin pin); void Update(Pin pin); IReadOnlyList<Pin> GetAll(); }
            """,
        ["entity-required-members-with-sets-required-constructor"] = """
            public class Invoice
            {
                [SetsRequiredMembers] public Invoice(int id, string number) { Id = id; Number = number; }
                public required int Id { get; init; }
                public required string Number { get; set; }
                public decimal Amount { get; set; }
            }

            [InMemoryFake] public interface IInvoices { Invoice? Find(int id); void Add(Invoice invoice); void Update(Invoice invoice); IReadOnlyList<Invoice> GetAll(); }
            """,
        ["entity-required-settable-members-only"] = """
            public class Member
            {
                public required Guid Id { get; set; }
                public required string Email { get; set; }
                public string? Nick { get; set; }
            }

            [InMemoryFake] public interface IMembers { Member? Find(Guid id); void Add(Member member); void Update(Member member); IReadOnlyList<Member> FindByEmail(string email); }
            """,
        ["entity-init-only-key-and-constructor-only-state"] = """
            public sealed class Parcel
            {
                public Parcel(string label) { Label = label; Created = new DateTime(2020, 1, 1); }
                public int Id { get; init; }
                public string Label { get; }
                public DateTime Created { get; }
                public string? Note { get; set; }
            }

            [InMemoryFake] public interface IParcels { Parcel? Find(int id); void Add(Parcel parcel); void Update(Parcel parcel); bool Delete(int id); }
            """,
        ["entity-trimming-setter-and-computed-span"] = """
            public class Tag
            {
                private string _id = "";
                public string Id { get => _id; set => _id = value.Trim(); }
                public byte[] Data { get; set; } = [];
                public ReadOnlySpan<byte> Head => Data.AsSpan(0, Math.Min(2, Data.Length));
            }

            [InMemoryFake] public interface ITags { Tag? Find(string id); void Add(Tag tag); void Update(Tag tag); IReadOnlyList<Tag> GetAll(); }
            """,
        ["entity-with-pointer-property"] = """
            public unsafe class Native { public int Id { get; set; } public int* Pointer { get; set; } public nint Handle { get; set; } }

            [InMemoryFake] public interface INatives { Native? Find(int id); void Add(Native native); void Update(Native native); }
            """,
        ["entity-generic-positional-record"] = """
            public record Entity<TKey>(TKey Id) where TKey : notnull;
            public sealed record Product(Guid Id, string Name, decimal Price) : Entity<Guid>(Id);

            [InMemoryFake] public interface IProducts { Product? Find(Guid id); void Add(Product product); void Update(Product product); IReadOnlyList<Product> FindByName(string name); }
            """,
        ["entity-mutable-record-struct"] = """
            public record struct Slot(int Id, string Name) { public int Uses { get; set; } }

            [InMemoryFake] public interface ISlots { Slot? Find(int id); void Add(Slot slot); void Update(Slot slot); bool Delete(int id); IReadOnlyList<Slot> GetAll(); }
            """,
        // ---- keys ----
        ["key-ulid-like-struct"] = """
            public readonly struct Ulid : IEquatable<Ulid>, IComparable<Ulid>
            {
                private readonly ulong _hi, _lo;
                public Ulid(ulong hi, ulong lo) { _hi = hi; _lo = lo; }
                public bool Equals(Ulid other) => _hi == other._hi && _lo == other._lo;
                public override bool Equals(object? obj) => obj is Ulid u && Equals(u);
                public override int GetHashCode() => HashCode.Combine(_hi, _lo);
                public int CompareTo(Ulid other) => _hi != other._hi ? _hi.CompareTo(other._hi) : _lo.CompareTo(other._lo);
                public override string ToString() => _hi.ToString("x16") + _lo.ToString("x16");
                public static bool operator ==(Ulid a, Ulid b) => a.Equals(b);
                public static bool operator !=(Ulid a, Ulid b) => !a.Equals(b);
            }

            public class Event { public Ulid Id { get; set; } public string Kind { get; set; } = ""; }

            [InMemoryFake] public interface IEvents { Event? Find(Ulid id); void Add(Event e); bool Delete(Ulid id); IReadOnlyList<Event> FindByKind(string kind); }
            [InMemoryFake] public interface IEventNames { string? Get(Ulid key); void Set(Ulid key, string value); bool Remove(Ulid key); }
            """,
        ["key-generic-strong-id"] = """
            public readonly record struct Id<T>(Guid Value);
            public class User { public Id<User> Id { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake] public interface IUsers { User? Find(Id<User> id); void Add(User user); bool Delete(Id<User> id); IReadOnlyList<User> FindMany(IEnumerable<Id<User>> ids); }
            """,
        ["key-class-without-value-equality"] = """
            public sealed class Sku { public Sku(string code) => Code = code; public string Code { get; } }
            public class Stock { public Sku Id { get; set; } = new(""); public int Count { get; set; } }

            [InMemoryFake] public interface IStocks { Stock? Find(Sku id); void Add(Stock stock); }
            [InMemoryFake] public interface ISkuNames { string? Get(Sku key); void Set(Sku key, string value); }
            """,
        ["key-flags-enum-char-timeonly-on-caches"] = """
            [Flags] public enum Access : long { None = 0, Read = 1, Write = 2, All = Read | Write }
            public class Shift { public TimeOnly Id { get; set; } public string Who { get; set; } = ""; }

            [InMemoryFake] public interface IAccessNames { string? Get(Access key); void Set(Access key, string value); bool Remove(Access key); }
            [InMemoryFake] public interface ILetters { int? Get(char key); void Set(char key, int value); }
            [InMemoryFake] public interface IShifts { Shift? Find(TimeOnly id); void Add(Shift shift); bool Delete(TimeOnly id); }
            [InMemoryFake] public interface IDayNotes { string? Get(DateOnly key); void Set(DateOnly key, string value); }
            """,
        ["key-named-tuple-on-entity-and-cache"] = """
            public class Seat { public (string Row, int Number) Id { get; set; } public bool Taken { get; set; } }

            [InMemoryFake] public interface ISeats { Seat? Find((string Row, int Number) id); void Add(Seat seat); void Update(Seat seat); IReadOnlyList<Seat> GetAll(); }
            [InMemoryFake] public interface ISeatNames { string? Get((string, int) key); void Set((string, int) key, string value); bool Remove((string, int) key); }
            """,
        // ---- results ----
        ["result-async-collection-kinds"] = """
            [InMemoryFake]
            public interface IOrders
            {
                ValueTask<Order?> FindAsync(int id, CancellationToken cancellationToken = default);
                Task AddAsync(Order order, CancellationToken cancellationToken = default);
                Task<IReadOnlyCollection<Order>> GetAllAsync(CancellationToken cancellationToken = default);
                Task<ICollection<Order>> ListAsync();
                ValueTask<Order[]> ToArrayAsync();
                Task<IList<Order>> FindManyAsync(IEnumerable<int> ids);
                ICollection<Order> GetAll();
                Order[] FindByName(string name);
                IAsyncEnumerable<Order> FindByNameAsync(string name, [EnumeratorCancellation] CancellationToken cancellationToken = default);
            }
            """,
        ["result-nullable-valuetask-on-caches"] = """
            [InMemoryFake]
            public interface ICache
            {
                ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken = default);
                ValueTask SetAsync(string key, string value, CancellationToken cancellationToken = default);
                ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default);
                ValueTask<bool> ExistsAsync(string key);
                IAsyncEnumerable<string> KeysAsync([EnumeratorCancellation] CancellationToken cancellationToken = default);
            }
            """,
        // ---- obsolete ----
        ["obsolete-error-members-on-cache-and-repository"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                [Obsolete("use Remove", error: true)] bool Delete(string key);
                [Obsolete(DiagnosticId = "SWEEP001")] bool Remove(string key);
            }

            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                [Obsolete("use Add", true)] void Insert(Order order);
                void Add(Order order);
                [Obsolete("gone", error: true)] IReadOnlyList<Order> GetAll();
            }
            """,
        ["obsolete-interface-and-entity"] = """
            [Obsolete("old store")] [InMemoryFake] public interface IOldCache { string? Get(string key); void Set(string key, string value); }
            [Obsolete("removed", error: true)] public class Relic { public int Id { get; set; } }
            [Obsolete("removed with Relic", error: true)] [InMemoryFake] public interface IRelics { Relic? Find(int id); void Add(Relic relic); }
            """,
        // ---- caller info and optional parameters ----
        ["caller-info-on-cache-and-async"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key, [CallerMemberName] string caller = "");
                void Set(string key, string value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0);
                Task<bool> RemoveAsync(string key, [CallerMemberName] string? caller = null, CancellationToken cancellationToken = default);
            }
            """,
        ["optional-defaults-of-every-kind"] = """
            [Flags] public enum Scope { None = 0, Local = 1, Remote = 2 }

            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id, DateOnly asOf = default, Guid tenant = default, Scope scope = Scope.Local | Scope.Remote, int? limit = null, Priority? priority = Priority.High, decimal? min = 2.5m, bool? active = true, char? mark = 'x');
                IReadOnlyList<Order> GetAll(double factor = double.NaN, float ratio = float.NegativeInfinity, uint max = 4000000000, ulong top = ulong.MaxValue, byte b = 255, sbyte s = -1, short sh = short.MinValue, nint n = 0, object? tag = null, TimeSpan window = default, (int, string) pair = default);
                void Add(Order order, [Optional] string? note, [Optional, DefaultParameterValue(5)] int retries, in int level = 3, CancellationToken cancellationToken = new());
                bool Delete(int id, string reason = nameof(Delete), double epsilon = double.Epsilon, decimal max = decimal.MaxValue, long big = 1L << 40);
            }
            """,
        ["optional-defaults-on-cache"] = """
            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key, string? fallback = null, Priority priority = default);
                void Set(string key, string value, TimeSpan? ttl = null, DateTimeOffset? at = null, float weight = 0.5f, char sep = '\0');
                bool Remove(string key, bool? hard = null, Priority? p = null);
            }
            """,
        ["optional-defaults-emitted-through-ignored-parameters"] = """
            [Flags] public enum Scope { None = 0, Local = 1, Remote = 2 }

            [InMemoryFake(Kind = StoreKind.EntityRepository, IgnoredParameters = new[] { "asOf", "tenant", "scope", "limit", "priority", "min", "active", "mark", "factor", "ratio", "max", "top", "b", "s", "sh", "n", "tag", "window", "pair", "note", "retries", "reason", "epsilon", "big", "caller", "line" })]
            public interface IOrders
            {
                Order? Find(int id, DateOnly asOf = default, Guid tenant = default, Scope scope = Scope.Local | Scope.Remote, int? limit = null, Priority? priority = Priority.High, decimal? min = 2.5m, bool? active = true, char? mark = 'x');
                IReadOnlyList<Order> GetAll(double factor = double.NaN, float ratio = float.NegativeInfinity, uint max = 4000000000, ulong top = ulong.MaxValue, byte b = 255, sbyte s = -1, short sh = short.MinValue, nint n = 0, object? tag = null, TimeSpan window = default, (int, string) pair = default);
                void Add(Order order, [Optional] string? note, [Optional, DefaultParameterValue(5)] int retries);
                bool Delete(int id, string reason = nameof(Delete), double epsilon = double.Epsilon, decimal max = decimal.MaxValue, long big = 1L << 40, [CallerMemberName] string caller = "", [CallerLineNumber] int line = 0);
            }

            """,
        // ---- interface-level properties and odd names ----
        ["init-accessor-and-unicode-names"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                IReadOnlyList<Order> Find\u0041ll();
                string Name { get; init; }
                Order? Trouver(int identité);
            }
            """,
        ["out-span-and-tuple-results"] = """
            [InMemoryFake]
            public interface ICache
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                bool TryRead(string key, out ReadOnlySpan<byte> data);
                (byte[]? Value, bool Found) Lookup(string key);
                (string Key, byte[] Value)[] Entries();
            }
            """,
    };

    /// <summary>
    /// Behaviour checks, for the cases the generator fakes whole: statements run against the emitted fake (the helper
    /// <c>Is(expected, actual)</c> throws when they differ). A case with a check must compile clean in every context.
    /// </summary>
    private static readonly Dictionary<string, string> Checks = new(StringComparer.Ordinal)
    {
        ["object-members-redeclared-without-new"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1, Name = "a" });
            Is("a", orders.Find(1).Name);
            Is("Sweep.InMemoryOrders", orders.ToString());
            Is(true, orders.Equals(orders));
            Is(false, orders.Equals(new InMemoryOrders()));
            Is(((object)orders).GetHashCode(), orders.GetHashCode());
            """,
        ["object-members-redeclared-on-a-base-interface"] = """
            ICache cache = new InMemoryCache();
            cache.Set("k", "v");
            Is("v", cache.Get("k"));
            Is("Sweep.InMemoryCache", cache.ToString());
            Is(true, cache.Remove("k"));
            Is(null, cache.Get("k"));
            """,
        ["static-virtual-with-bodies-only"] = """
            ICache cache = new InMemoryCache();
            cache.Set("k", "v");
            Is("v", cache.Get("k"));
            Is(10, ICache.Limit);
            """,
        ["default-body-under-a-conventional-name"] = """
            // Default bodies are the interface author's own: they run, even under a conventional name (GetAll stays empty).
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 3 });
            Is(true, orders.Exists(3));
            Is(false, orders.Exists(4));
            Is(0, orders.GetAll().Count);
            Is(0, orders.Count);
            """,
        ["default-body-cache-members"] = """
            ICache cache = new InMemoryCache();
            cache.Set("k", "v");
            Is("v", cache.GetOrEmpty("k"));
            Is("", cache.GetOrEmpty("missing"));
            Is(false, cache.Remove("k"));
            Is("v", cache.Get("k"));
            Is("v", cache.GetAsync("k").Result);
            """,
        ["non-public-interface-members"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1 });
            Is(1, orders.Find(1).Id);
            Is("order 1", orders.Name(1));
            """,
        ["protected-abstract-member"] = """
            var fake = new InMemoryOrders();
            fake.Add(new Order { Id = 1 });
            Is(true, fake.Delete(1));
            Is(false, fake.Delete(1));
            Is(null, ((IOrders)fake).Find(1));
            """,
        ["internal-abstract-member"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1 });
            Is(true, orders.Delete(1));
            Is(null, orders.Find(1));
            """,
        ["constants-static-fields-and-static-constructor"] = """
            ICache cache = new InMemoryCache();
            cache.Set("k", "v");
            Is("v", cache.Get("k"));
            Is(64, ICache.MaxKeyLength);
            Is("p:", ICache.Prefix);
            """,
        ["nested-types-inside-the-interface"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1 });
            orders.Add(new Order { Id = 2 });
            Is(2, orders.GetAll().Count);
            Is(IOrders.Mode.Safe, new IOrders.Options { Mode = IOrders.Mode.Safe }.Mode);
            """,
        ["two-unrelated-bases-with-the-same-signature"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1, Name = "a" });
            Is("a", ((IReadOrders)orders).Find(1).Name);
            Is("a", ((IWriteOrders)orders).Find(1).Name);
            Is(1, orders.GetAll().Count);
            """,
        ["interface-nested-in-a-static-non-partial-class"] = """
            Stores.IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1 });
            Is(1, orders.Find(1).Id);
            Is(true, orders.Delete(1));
            Is(null, orders.Find(1));
            """,
        ["internal-entity-with-internal-interface"] = """
            ISecrets secrets = new InMemorySecrets();
            var id = Guid.NewGuid();
            var secret = new Secret { Id = id, Value = "x" };
            secrets.Add(secret);
            secret.Value = "mutated";
            Is("x", secrets.Find(id).Value);
            secrets.Update(new Secret { Id = id, Value = "y" });
            Is("y", secrets.Find(id).Value);
            Is(true, secrets.Delete(id));
            Is(null, secrets.Find(id));
            """,
        ["entity-readonly-struct-with-constructor"] = """
            IPins pins = new InMemoryPins();
            pins.Add(new Pin(1, "a"));
            Is("a", pins.Find(1).Value.Label);
            pins.Update(new Pin(1, "b"));
            Is("b", pins.Find(1).Value.Label);
            Is(1, pins.GetAll().Count);
            Is(false, pins.Find(2).HasValue);
            """,
        ["entity-required-members-with-sets-required-constructor"] = """
            IInvoices invoices = new InMemoryInvoices();
            invoices.Add(new Invoice(1, "N1") { Amount = 5m });
            var read = invoices.Find(1);
            Is("N1", read.Number);
            Is(5m, read.Amount);
            read.Number = "changed";
            Is("N1", invoices.Find(1).Number);
            invoices.Update(new Invoice(1, "N2"));
            Is("N2", invoices.Find(1).Number);
            Is(1, invoices.GetAll().Count);
            """,
        ["entity-required-settable-members-only"] = """
            IMembers members = new InMemoryMembers();
            var id = Guid.NewGuid();
            members.Add(new Member { Id = id, Email = "a@x", Nick = "n" });
            var read = members.Find(id);
            read.Nick = "changed";
            Is("n", members.Find(id).Nick);
            Is(1, members.FindByEmail("a@x").Count);
            Is(0, members.FindByEmail("b@x").Count);
            """,
        ["entity-init-only-key-and-constructor-only-state"] = """
            IParcels parcels = new InMemoryParcels();
            parcels.Add(new Parcel("L") { Id = 7, Note = "n" });
            var read = parcels.Find(7);
            Is("L", read.Label);
            Is("n", read.Note);
            Is(new DateTime(2020, 1, 1), read.Created);
            read.Note = "changed";
            Is("n", parcels.Find(7).Note);
            Is(true, parcels.Delete(7));
            Is(null, parcels.Find(7));
            """,
        ["entity-trimming-setter-and-computed-span"] = """
            ITags tags = new InMemoryTags();
            tags.Add(new Tag { Id = " a ", Data = new byte[] { 1, 2, 3 } });
            Is(3, tags.Find("a").Data.Length);
            tags.Find("a").Data[0] = 9;
            Is((byte)1, tags.Find("a").Data[0]);
            """,
        ["entity-with-pointer-property"] = """
            INatives natives = new InMemoryNatives();
            natives.Add(new Native { Id = 1, Handle = 5 });
            Is((nint)5, natives.Find(1).Handle);
            Is(null, natives.Find(2));
            """,
        ["entity-generic-positional-record"] = """
            IProducts products = new InMemoryProducts();
            var id = Guid.NewGuid();
            products.Add(new Product(id, "n", 2m));
            Is("n", products.Find(id).Name);
            products.Update(new Product(id, "m", 3m));
            Is(1, products.FindByName("m").Count);
            Is(3m, products.Find(id).Price);
            """,
        ["entity-mutable-record-struct"] = """
            ISlots slots = new InMemorySlots();
            slots.Add(new Slot(1, "a") { Uses = 2 });
            Is(2, slots.Find(1).Value.Uses);
            Is(1, slots.GetAll().Count);
            Is(true, slots.Delete(1));
            Is(0, slots.GetAll().Count);
            """,
        ["key-ulid-like-struct"] = """
            IEvents events = new InMemoryEvents();
            events.Add(new Event { Id = new Ulid(1, 2), Kind = "k" });
            Is("k", events.Find(new Ulid(1, 2)).Kind);
            Is(null, events.Find(new Ulid(1, 3)));
            Is(1, events.FindByKind("k").Count);
            Is(true, events.Delete(new Ulid(1, 2)));
            IEventNames names = new InMemoryEventNames();
            names.Set(new Ulid(5, 6), "x");
            Is("x", names.Get(new Ulid(5, 6)));
            Is(true, names.Remove(new Ulid(5, 6)));
            """,
        ["key-flags-enum-char-timeonly-on-caches"] = """
            IAccessNames access = new InMemoryAccessNames();
            access.Set(Access.Read | Access.Write, "rw");
            Is("rw", access.Get(Access.All));
            Is(null, access.Get(Access.Read));
            ILetters letters = new InMemoryLetters();
            letters.Set('a', 1);
            Is(1, letters.Get('a'));
            Is(null, letters.Get('b'));
            IShifts shifts = new InMemoryShifts();
            shifts.Add(new Shift { Id = new TimeOnly(8, 0), Who = "x" });
            Is("x", shifts.Find(new TimeOnly(8, 0)).Who);
            Is(true, shifts.Delete(new TimeOnly(8, 0)));
            IDayNotes notes = new InMemoryDayNotes();
            notes.Set(new DateOnly(2020, 1, 2), "d");
            Is("d", notes.Get(new DateOnly(2020, 1, 2)));
            """,
        ["key-named-tuple-on-entity-and-cache"] = """
            ISeats seats = new InMemorySeats();
            seats.Add(new Seat { Id = ("A", 1) });
            Is(false, seats.Find(("A", 1)).Taken);
            seats.Update(new Seat { Id = ("A", 1), Taken = true });
            Is(true, seats.Find(("A", 1)).Taken);
            Is(null, seats.Find(("A", 2)));
            ISeatNames names = new InMemorySeatNames();
            names.Set(("A", 1), "x");
            Is("x", names.Get(("A", 1)));
            Is(true, names.Remove(("A", 1)));
            Is(null, names.Get(("A", 1)));
            """,
        ["memory-values-on-an-async-cache"] = """
            IBlobCache cache = new InMemoryBlobCache();
            cache.SetAsync("k", new byte[] { 1, 2 }).AsTask().Wait();
            Is(2, cache.GetAsync("k").Result.Value.Length);
            Is(true, cache.RemoveAsync("k").Result);
            Is(false, cache.GetAsync("k").Result.HasValue);
            """,
        ["params-span-on-async-members"] = """
            ICache cache = new InMemoryCache();
            cache.Set("a", "1");
            cache.Set("b", "2");
            cache.Set("c", "3");
            cache.RemoveAsync("a").Wait();
            Is(null, cache.Get("a"));
            Is(1L, cache.DeleteAsync("b", "missing").Result);
            Is(null, cache.Get("b"));
            Is(1, cache.EvictAsync("c").Result);
            Is(null, cache.Get("c"));
            """,
        ["result-nullable-valuetask-on-caches"] = """
            ICache cache = new InMemoryCache();
            cache.SetAsync("k", "v").AsTask().Wait();
            Is("v", cache.GetAsync("k").Result);
            Is(true, cache.ExistsAsync("k").Result);
            var keys = cache.KeysAsync().GetAsyncEnumerator();
            Is(true, keys.MoveNextAsync().AsTask().Result);
            Is("k", keys.Current);
            Is(false, keys.MoveNextAsync().AsTask().Result);
            Is(true, cache.RemoveAsync("k").Result);
            Is(null, cache.GetAsync("k").Result);
            """,
        ["obsolete-error-members-on-cache-and-repository"] = """
            ICache cache = new InMemoryCache();
            cache.Set("k", "v");
            Is("v", cache.Get("k"));
            #pragma warning disable SWEEP001
            Is(true, cache.Remove("k"));
            #pragma warning restore SWEEP001
            Is(null, cache.Get("k"));
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1 });
            Is(1, orders.Find(1).Id);
            """,
        ["optional-defaults-emitted-through-ignored-parameters"] = """
            IOrders orders = new InMemoryOrders();
            orders.Add(new Order { Id = 1, Name = "a" });
            orders.Add(new Order { Id = 2 }, "note", 1);
            Is("a", orders.Find(1).Name);
            Is("a", orders.Find(1, default, Guid.NewGuid(), Scope.None, 3, null, null, false, null).Name);
            Is(2, orders.GetAll().Count);
            Is(true, orders.Delete(1));
            Is(false, orders.Delete(1, "again"));
            """,
        ["obsolete-interface-and-entity"] = """
            #pragma warning disable CS0618
            IOldCache cache = new InMemoryOldCache();
            #pragma warning restore CS0618
            cache.Set("k", "v");
            Is("v", cache.Get("k"));
            """,
    };

    /// <summary>Refused members, by what their IMF messages must say: the cause the member has, not another one.</summary>
    private static readonly Dictionary<string, string[]> Refusals = new(StringComparer.Ordinal)
    {
        ["scoped-and-ref-struct-parameters"] = ["its parameter 'key' is a System.ReadOnlySpan<char>, a ref struct", "its parameter 'value' is a System.ReadOnlySpan<byte>, a ref struct"],
        ["span-key-on-a-cache"] = ["its parameter 'key' is a System.ReadOnlySpan<char>, a ref struct"],
        ["span-values-only-on-a-cache"] = ["its parameter 'value' is a System.ReadOnlySpan<byte>, a ref struct", "its parameter 'destination' is a System.Span<byte>, a ref struct"],
        ["span-and-memory-returns-of-entities"] = ["its parameter 'ids' is a System.ReadOnlySpan<int>, a ref struct"],
        ["params-collections-of-every-kind"] = ["its parameter 'ids' is a System.ReadOnlySpan<int>, a ref struct"],
        ["out-span-and-tuple-results"] = ["its parameter 'data' is a System.ReadOnlySpan<byte>, a ref struct"],
        ["static-abstract-method-and-property"] = ["'Create' of IOrders", "'TableName' of IOrders", "static abstract members are not generated"],
        ["static-abstract-operator"] = ["'operator ==' of IOrders", "static abstract members are not generated"],
        ["interface-nested-in-a-generic-class"] = ["nested in the generic type 'Outer'"],
        ["file-local-entity-and-interface"] = ["'IFileOrders' is file-local"],
        ["key-class-without-value-equality"] = ["which compares by reference"],
        ["obsolete-interface-and-entity"] = ["'Sweep.IRelics' is [Obsolete(…, error: true)]"],
        ["two-bases-same-name-different-return"] = ["'Find' of IOrders", "it must return Order or Order?"],
        ["new-hidden-member-with-another-return-type"] = ["'Find' of IOrders", "it must return Order or Order?"],
    };

    /// <summary>Every case in every nullable context.</summary>
    public static TheoryData<string, string> Shapes() => ShapeSweepTests.InEveryContext(Cases.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_compiles_or_is_refused_by_name(string name, string context)
    {
        var run = RunCase(name, context);

        Assertions.NeverFailed(run);
        Assert.True(run.Sources.Count > 0 || run.GeneratorDiagnostics.Any(static d => d.Id.StartsWith("IMF", StringComparison.Ordinal)), "Nothing was generated and nothing says why:\n" + run.Describe());
        var unlocated = run.GeneratorDiagnostics.Where(static d => !d.Location.IsInSource).ToArray();
        Assert.True(unlocated.Length == 0, "Diagnostics without a source location:\n" + string.Join("\n", unlocated.Select(static d => d.ToString())));
        var unexplained = ShapeSweepTests.Unexplained(run);
        Assert.True(unexplained.Length == 0, "Unexplained compiler diagnostics:\n" + string.Join("\n", unexplained.Select(static d => d.ToString())) + "\n====\n" + run.Describe());
        foreach (var cause in Refusals.GetValueOrDefault(name) ?? [])
        {
            Assert.True(
                run.GeneratorDiagnostics.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains(cause, StringComparison.Ordinal)),
                "No IMF diagnostic says \"" + cause + "\":\n" + run.Describe());
        }

        if (Checks.TryGetValue(name, out var check))
        {
            var errors = run.CompilationDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, "A case with a behaviour check must compile:\n" + run.Describe());
            RunCheck(run, check);
        }
    }

    private static GeneratorRun RunCase(string name, string context)
    {
        var source = Sources.Usings
            + "using System.Diagnostics.CodeAnalysis;\nusing System.Linq;\nusing System.Runtime.CompilerServices;\nusing System.Runtime.InteropServices;\n"
            + "#nullable " + context + "\nnamespace Sweep\n{\n" + Entities + "}\n\nnamespace Sweep\n{\n" + Cases[name] + "\n}\n";
        var compilation = GeneratorHarness.Compile(source);
        return GeneratorHarness.Run(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)));
    }

    /// <summary>Adds the check to the generated compilation, emits it, loads it and runs it.</summary>
    internal static void RunCheck(GeneratorRun run, string statements)
    {
        const string Prelude = """
            #nullable disable
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            namespace Sweep
            {
                public static class SweepCheck
                {
                    private static void Is(object expected, object actual)
                    {
                        if (!Equals(expected, actual)) throw new InvalidOperationException("expected <" + expected + "> but was <" + actual + ">");
                    }

                    public static void Run()
                    {
            """;
        BehaviourCheck.Run(run, Prelude + "\n" + statements + "\n}\n}\n}\n", "Sweep.SweepCheck");
    }
}
