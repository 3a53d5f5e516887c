using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The second robustness sweep, over shapes <see cref="ShapeSweepTests"/> does not cover: names that clash with the types,
/// members, fields and locals the generated code uses; unusual key types; unusual result and parameter types; unusual
/// declarations; unusual entities. Each case runs in every nullable context, and compiles with no warning or error, or
/// every member the generator leaves out is named by an IMF diagnostic.
/// </summary>
public class ShapeSweep2Tests
{
    private const string Entities = """
        public class Order { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Total { get; set; } }

        """;

    /// <summary>Second files for cases that need one (a partial interface, a global using alias).</summary>
    private static readonly Dictionary<string, string> SecondFiles = new(StringComparer.Ordinal)
    {
        ["decl-partial-interface-over-two-files"] = """
            namespace Sweep
            {
                public partial interface IOrders
                {
                    void Add(Order order);
                    bool Delete(int id);
                }
            }
            """,
        ["decl-global-using-alias"] = """
            global using OrderId = System.Int64;
            global using Orders = System.Collections.Generic.IReadOnlyList<Sweep.Ledger>;
            """,
    };

    private static readonly Dictionary<string, string> Cases = new(StringComparer.Ordinal)
    {
        // ---- names that clash with what the generated code uses ----
        ["clash-entity-types-named-like-framework-types"] = """
            public class Task { public int Id { get; set; } }
            public class Action { public int Id { get; set; } }
            public class Func { public int Id { get; set; } }
            public class Type { public int Id { get; set; } }
            public class Monitor { public int Id { get; set; } }
            public class Exception { public int Id { get; set; } }
            public class Nullable { public int Id { get; set; } }

            [InMemoryFake] public interface ITasks { Task? Find(int id); void Add(Task task); System.Threading.Tasks.Task<Task?> FindAsync(int id); IReadOnlyList<Task> GetAll(); bool Delete(int id); }
            [InMemoryFake] public interface IActions { Action? Find(int id); void Add(Action action); void Update(Action action); }
            [InMemoryFake] public interface IFuncs { Func? Find(int id); void Add(Func func); IReadOnlyList<Func> FindMany(IEnumerable<int> ids); }
            [InMemoryFake] public interface ITypes { Type? Find(int id); void Add(Type type); int Count(); }
            [InMemoryFake] public interface IMonitors { Monitor? Find(int id); void Add(Monitor monitor); void Update(Monitor monitor); bool Delete(int id); }
            [InMemoryFake] public interface IExceptions { Exception? Find(int id); void Add(Exception exception); Exception Get(int id); }
            [InMemoryFake] public interface INullables { Nullable? Find(int id); void Add(Nullable nullable); bool Exists(int id); }
            """,
        ["clash-entity-types-named-like-generated-vocabulary"] = """
            public class Entry { public int Id { get; set; } }
            public class Entity { public int Id { get; set; } }
            public class Key { public int Id { get; set; } }
            public class Value { public int Id { get; set; } }
            public class Table { public int Id { get; set; } }
            public class List { public int Id { get; set; } }
            public class Dictionary { public int Id { get; set; } }
            public class Guid { public int Id { get; set; } }

            [InMemoryFake] public interface IEntries { Entry? Find(int id); void Add(Entry entry); IReadOnlyList<Entry> GetAll(); bool Delete(int id); }
            [InMemoryFake] public interface IEntities { Entity? Find(int id); void Add(Entity entity); void Update(Entity entity); }
            [InMemoryFake] public interface IKeys { Key? Find(int id); void Add(Key key); bool Delete(int id); }
            [InMemoryFake] public interface IValues { Value? Find(int id); void Add(Value value); void Upsert(Value value); }
            [InMemoryFake] public interface ITables { Table? Find(int id); void Add(Table table); IReadOnlyList<Table> GetAll(); }
            [InMemoryFake] public interface ILists { List? Find(int id); void Add(List list); IReadOnlyList<List> GetAll(); }
            [InMemoryFake] public interface IDictionaries { Dictionary? Find(int id); void Add(Dictionary dictionary); IReadOnlyDictionary<int, Dictionary> GetByIds(IEnumerable<int> ids); }
            [InMemoryFake] public interface IGuids { Guid? Find(int id); void Add(Guid guid); bool Delete(int id); }
            """,
        ["clash-value-types-named-like-framework-types"] = """
            public class Task { public string Title { get; set; } = ""; }
            public class Value { public string Text { get; set; } = ""; }
            public class Entry { public int Hits { get; set; } }

            [InMemoryFake] public interface ITaskCache { Task? Get(string key); void Set(string key, Task value, TimeSpan? ttl = null); bool Remove(string key); System.Threading.Tasks.Task<Task?> GetAsync(string key); }
            [InMemoryFake] public interface IValueCache { Value? Get(string key); void Set(string key, Value value); IReadOnlyDictionary<string, Value> GetAll(); }
            [InMemoryFake] public interface IEntryCache { Entry? Get(string key); void Set(string key, Entry value); bool TryGet(string key, [NotNullWhen(true)] out Entry? value); }
            """,
        ["clash-class-named-InMemoryFakes-and-System"] = """
            public class InMemoryFakes { public int Id { get; set; } }
            public class System { public int Id { get; set; } }

            [global::InMemoryFakes.InMemoryFake] public interface IFakeStore { InMemoryFakes? Find(int id); void Add(InMemoryFakes fake); global::System.Collections.Generic.IReadOnlyList<InMemoryFakes> GetAll(); }
            [global::InMemoryFakes.InMemoryFake] public interface ISystems { System? Find(int id); void Add(System system); bool Delete(int id); }
            [global::InMemoryFakes.InMemoryFake] public interface INames { string? Get(string key); void Set(string key, string value, global::System.TimeSpan? ttl = null); }
            """,
        ["clash-user-namespaces-named-like-framework-namespaces"] = """
            namespace System { public class Marker { } }
            namespace Threading.Tasks { public class Marker { } }
            namespace Collections.Generic { public class Marker { } }
            namespace InMemoryFakes { public class Marker { } }
            namespace Text.Json { public class Marker { } }

            [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); Task<Order?> FindAsync(int id, CancellationToken cancellationToken = default); IReadOnlyList<Order> GetAll(); }
            [InMemoryFake] public interface ICache { string? Get(string key); void Set(string key, string value, TimeSpan? ttl = null); long Increment(string key); }
            """,
        ["clash-members-named-like-fake-hooks"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                void Clear();
                void Reset();
                Order Snapshot(int id);
                void Restore(Order order);
                void Store(Order order);
                string Table { get; }
                object Core { get; }
                int Count();
            }
            """,
        ["clash-members-named-like-object-and-disposable"] = """
            [InMemoryFake]
            public interface IOrders : IDisposable, IAsyncDisposable
            {
                Order? Find(int id);
                void Add(Order order);
                bool Equals(Order order);
                int GetHashCode(int id);
                string ToString(int id);
                new bool Equals(object? other);
                new int GetHashCode();
                new string ToString();
            }
            """,
        ["clash-members-named-like-generated-members"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                Order? Store(int id);
                int __orders { get; }
                Order? __CopyOrder(Order? source);
                Order __FlatCopyOrder(Order from);
                object __orderModel(int id);
                void __defaults();
            }

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                string? Store(string key);
                object __core(string key);
                object __entries(string key);
            }
            """,
        ["clash-parameters-named-like-generated-locals"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int key);
                Order? FindOr(int value, Order entity);
                void Add(Order table);
                void Update(Order result);
                bool Delete(int now);
                IReadOnlyList<Order> FindMany(IEnumerable<int> i);
                IReadOnlyList<Order> FindByName(string e);
                IReadOnlyList<Order> FindByNameAndTotal(string x, decimal _table);
                Task AddRangeAsync(IEnumerable<Order> entities, CancellationToken ct);
                Task<Order?> GetAsync(int context, CancellationToken token);
                int Count(Func<Order, bool> source);
                Order? FindFirst(Func<Order, bool> predicate, Order? existing);
                void Upsert(Order copy);
                bool Exists(int options);
            }

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string value);
                void Set(string entry, string key, TimeSpan? now = null);
                bool TryGet(string result, [NotNullWhen(true)] out string? key);
                long Increment(string table, long value = 1);
                bool Remove(string e);
                Task SetAsync(string i, string x, CancellationToken ct = default);
            }
            """,
        ["clash-type-parameters-named-like-generated-ones"] = """
            public interface IKeyed<out TKey> { TKey Id { get; } }
            public class Tenant : IKeyed<string> { public string Id { get; set; } = ""; }

            [InMemoryFake]
            public interface IRepository<TValue, TEntity> where TValue : class, IKeyed<TEntity> where TEntity : notnull
            {
                TValue? Find(TEntity id);
                void Add(TValue value);
                IReadOnlyList<TValue> GetAll();
                TKey? Read<TKey>(TEntity id) where TKey : class;
                T Map<T>(TValue value, Func<TValue, T> map);
            }

            [InMemoryFake]
            public interface ITenants : IRepository<Tenant, string> { }

            [InMemoryFake]
            public interface ICache<TKey> where TKey : class
            {
                TKey? Get(string key);
                void Set(string key, TKey value);
                TValue? GetAs<TValue>(string key) where TValue : class;
            }
            """,

        ["clash-object-members-gettype-and-ref-returns"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                new Type GetType();
                Type GetType(int id);
                ref Order GetRef(int id);
                ref readonly Order GetReadOnlyRef(int id);
                Task<Order?>? FindOrNullTask(int id);
            }

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                ref string GetRef(string key);
                new Type GetType();
            }
            """,
        ["clash-entity-named-like-its-fake-parts"] = """
            public class Store { public int Id { get; set; } }
            public class Core { public int Id { get; set; } }
            public class FakeCore { public int Id { get; set; } }
            public class EntityTable { public int Id { get; set; } }
            public class CopyContext { public int Id { get; set; } }
            public class InMemoryBackend { public int Id { get; set; } }
            public class TimeProvider { public int Id { get; set; } }

            [InMemoryFake] public interface IStores { Store? Find(int id); void Add(Store store); IReadOnlyList<Store> GetAll(); }
            [InMemoryFake] public interface ICores { Core? Find(int id); void Add(Core core); void Update(Core core); }
            [InMemoryFake] public interface IFakeCores { FakeCore? Find(int id); void Add(FakeCore core); }
            [InMemoryFake] public interface IEntityTables { EntityTable? Find(int id); void Add(EntityTable table); }
            [InMemoryFake] public interface ICopyContexts { CopyContext? Find(int id); void Add(CopyContext context); void Update(CopyContext context); }
            [InMemoryFake] public interface IBackends { InMemoryBackend? Find(int id); void Add(InMemoryBackend backend); }
            [InMemoryFake] public interface ITimeProviders { TimeProvider? Find(int id); void Add(TimeProvider provider); string? GetName(string key); }
            [InMemoryFake] public interface IClockCache { TimeProvider? Get(string key); void Set(string key, TimeProvider value, TimeSpan? ttl = null); }
            """,
        ["key-string-nullable-and-generic-entity"] = """
            public class Named { public string? Id { get; set; } public string Name { get; set; } = ""; }
            public class Entity<TKey> where TKey : notnull { public TKey Id { get; set; } = default!; }
            public class Invoice : Entity<long> { public decimal Amount { get; set; } }
            public readonly record struct Code([property: FakeKey] string Value, int Version);
            public record struct Versioned([property: FakeKey(Order = 1)] string Name, [property: FakeKey(Order = 2)] int Version, string? Note);

            [InMemoryFake] public interface INamed { Named? Find(string id); void Add(Named named); bool Delete(string id); }
            [InMemoryFake] public interface IInvoices { Invoice? Find(long id); void Add(Invoice invoice); IReadOnlyList<Invoice> FindByAmount(decimal amount); }
            [InMemoryFake] public interface IEntityLongs { Entity<long>? Find(long id); void Add(Entity<long> entity); }
            [InMemoryFake] public interface ICodes { Code? Find(string value); void Add(Code code); IReadOnlyList<Code> GetAll(); }
            [InMemoryFake] public interface IVersioned { Versioned? Find(string name, int version); void Add(Versioned item); bool Delete(string name, int version); }
            """,

        // ---- key types ----
        ["key-tuple-and-composite"] = """
            public class Pair { public (int Tenant, string Code) Id { get; set; } public string Name { get; set; } = ""; }
            public class Line { [FakeKey(Order = 1)] public int OrderId { get; set; } [FakeKey(Order = 2)] public short LineNo { get; set; } }

            [InMemoryFake] public interface IPairs { Pair? Find((int Tenant, string Code) id); void Add(Pair pair); bool Delete((int, string) id); IReadOnlyList<Pair> GetAll(); }
            [InMemoryFake] public interface ILines { Line? Find(int orderId, short lineNo); void Add(Line line); bool Delete(int orderId, short lineNo); IReadOnlyList<Line> FindByOrderId(int orderId); }
            [InMemoryFake] public interface ITupleCache { string? Get((int, string) key); void Set((int, string) key, string value); bool Remove((int, string) key); }
            """,
        ["key-wrapper-ids"] = """
            public readonly record struct UserId(Guid Value);
            public record class AccountId(string Value);
            public readonly struct ItemId : IEquatable<ItemId> { public ItemId(int value) => Value = value; public int Value { get; } public bool Equals(ItemId other) => Value == other.Value; public override bool Equals(object? obj) => obj is ItemId other && Equals(other); public override int GetHashCode() => Value; }
            public class User { public UserId Id { get; set; } public string Name { get; set; } = ""; }
            public class Account { public AccountId Id { get; set; } = new(""); }
            public class Item { public ItemId Id { get; init; } }

            [InMemoryFake] public interface IUsers { User? Find(UserId id); void Add(User user); bool Delete(UserId id); IReadOnlyList<User> FindMany(IEnumerable<UserId> ids); Task<User?> FindAsync(UserId id); }
            [InMemoryFake] public interface IAccounts { Account? Find(AccountId id); void Add(Account account); void Update(Account account); }
            [InMemoryFake] public interface IItems { Item? Find(ItemId id); void Add(Item item); bool Exists(ItemId id); }
            [InMemoryFake] public interface IUserNames { string? Get(UserId key); void Set(UserId key, string value); bool Remove(UserId key); }
            """,
        ["key-enum-and-time"] = """
            public enum Region : byte { North = 1, South = 2 }
            public class Quota { public Region Id { get; set; } public int Limit { get; set; } }
            public class Day { public DateOnly Id { get; set; } public string Note { get; set; } = ""; }
            public class Tick { public DateTime Id { get; set; } }
            public class Stamp { public DateTimeOffset Id { get; set; } }
            public class Span { public TimeSpan Id { get; set; } }

            [InMemoryFake] public interface IQuotas { Quota? Find(Region id); void Add(Quota quota); bool Delete(Region id); IReadOnlyList<Quota> GetAll(); }
            [InMemoryFake] public interface IDays { Day? Find(DateOnly id); void Add(Day day); IReadOnlyList<Day> FindMany(IEnumerable<DateOnly> ids); }
            [InMemoryFake] public interface ITicks { Tick? Find(DateTime id); void Add(Tick tick); }
            [InMemoryFake] public interface IStamps { Stamp? Find(DateTimeOffset id); void Add(Stamp stamp); }
            [InMemoryFake] public interface ISpans { Span? Find(TimeSpan id); void Add(Span span); }
            [InMemoryFake] public interface IRegionCache { string? Get(Region key); void Set(Region key, string value); bool Remove(Region key); }
            """,
        ["key-numeric-types"] = """
            public class A { public uint Id { get; set; } }
            public class B { public ulong Id { get; set; } }
            public class C { public short Id { get; set; } }
            public class D { public byte Id { get; set; } }
            public class E { public char Id { get; set; } }
            public class F { public decimal Id { get; set; } }
            public class G { public sbyte Id { get; set; } }
            public class H { public nint Id { get; set; } }
            public class I { public Int128 Id { get; set; } }

            [InMemoryFake] public interface IAs { A? Find(uint id); void Add(A a); bool Delete(uint id); IReadOnlyList<A> GetAll(); }
            [InMemoryFake] public interface IBs { B? Find(ulong id); void Add(B b); }
            [InMemoryFake] public interface ICs { C? Find(short id); void Add(C c); }
            [InMemoryFake] public interface IDs { D? Find(byte id); void Add(D d); }
            [InMemoryFake] public interface IEs { E? Find(char id); void Add(E e); }
            [InMemoryFake] public interface IFs { F? Find(decimal id); void Add(F f); }
            [InMemoryFake] public interface IGs { G? Find(sbyte id); void Add(G g); }
            [InMemoryFake] public interface IHs { H? Find(nint id); void Add(H h); }
            [InMemoryFake] public interface IIs { I? Find(Int128 id); void Add(I i); }
            [InMemoryFake] public interface ICounters { long? Get(ulong key); void Set(ulong key, long value); long Increment(ulong key); }
            """,
        ["key-nullable-value-type-keys"] = """
            public class A { public int? Id { get; set; } public string Name { get; set; } = ""; }
            public class B { public Guid? Id { get; set; } }

            [InMemoryFake] public interface IAs { A? Find(int id); A? FindNullable(int? id); void Add(A a); bool Delete(int? id); }
            [InMemoryFake] public interface IBs { B? Find(Guid? id); void Add(B b); IReadOnlyList<B> GetAll(); }
            [InMemoryFake] public interface ICache { string? Get(int? key); void Set(int? key, string value); }
            [InMemoryFake] public interface IGuidCache { string? Get(Guid key); void Set(Guid key, string value); bool Remove(Guid? key); void Clear(Guid? key = null); }
            """,
        ["key-object-and-interface-typed"] = """
            public interface IId { string Text { get; } }
            public class Thing { public object Id { get; set; } = new(); }
            public class Widget { public IId Id { get; set; } = null!; }

            [InMemoryFake] public interface IThings { Thing? Find(object id); void Add(Thing thing); bool Delete(object id); }
            [InMemoryFake] public interface IWidgets { Widget? Find(IId id); void Add(Widget widget); IReadOnlyList<Widget> GetAll(); }
            [InMemoryFake] public interface IBag { string? Get(object key); void Set(object key, string value); }
            """,
        ["key-in-base-class"] = """
            public abstract class EntityBase<TKey> { public TKey Id { get; set; } = default!; public DateTime Created { get; set; } }
            public abstract class GuidEntity : EntityBase<Guid> { }
            public class Note : GuidEntity { public string Text { get; set; } = ""; }
            public class Label : EntityBase<string> { public string Color { get; set; } = ""; }

            [InMemoryFake] public interface INotes { Note? Find(Guid id); void Add(Note note); void Update(Note note); bool Delete(Guid id); IReadOnlyList<Note> FindByText(string text); }
            [InMemoryFake] public interface ILabels { Label? Find(string id); void Add(Label label); IReadOnlyList<Label> FindByColor(string color); }
            """,

        // ---- result and parameter types ----
        ["result-set-and-immutable-collections"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                ISet<Order> GetSet();
                HashSet<Order> GetHashSet();
                IReadOnlySet<Order> GetReadOnlySet();
                ImmutableArray<Order> GetImmutableArray();
                ImmutableList<Order> GetImmutableList();
                IImmutableList<Order> GetIImmutableList();
                ReadOnlyCollection<Order> GetReadOnlyCollection();
                Collection<Order> GetCollection();
                LinkedList<Order> GetLinkedList();
                Queue<Order> GetQueue();
                Stack<Order> GetStack();
                SortedSet<int> GetIds();
                ImmutableArray<Order> FindMany(ImmutableArray<int> ids);
                ISet<Order> FindManySet(ISet<int> ids);
                void AddRange(ImmutableList<Order> orders);
                void AddMany(HashSet<Order> orders);
                void AddQueue(Queue<Order> orders);
            }
            """,
        ["result-nullable-collections-and-tuples"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                Order[]? GetAllOrNull();
                List<Order>? ListOrNull();
                Task<(Order? Item, bool Found)> TryFindAsync(int id);
                (bool Found, Order? Item) TryFind(int id);
                ValueTask<KeyValuePair<int, Order>> FirstAsync();
                KeyValuePair<int, Order>? FindPair(int id);
                IEnumerable<KeyValuePair<int, Order>> GetPairs();
                Task<IEnumerable<KeyValuePair<string, List<Order?>>>> GroupAsync();
                Task<Dictionary<int, List<Order>>> GroupByIdAsync();
                IReadOnlyList<Order>? FindMany(IEnumerable<int>? ids);
            }

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                Task<(string? Value, bool Found)> TryGetAsync(string key);
                ValueTask<KeyValuePair<string, string>> FirstAsync();
                Task<IEnumerable<KeyValuePair<string, List<string?>>>> GroupAsync();
                string[]? GetManyOrNull(string[]? keys);
            }
            """,
        ["result-lazy-and-delegates"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                Lazy<Order?> FindLazy(int id);
                Func<Task<Order?>> FindLater(int id);
                Order GetOrAdd(int id, Func<Task<Order>> factory);
                Order GetOrCreate(int id, Func<int, Order> factory);
                void Update(int id, Action<Order> update);
                Task UpdateAsync(int id, Func<Order, Task> update);
                IReadOnlyList<Order> Where(Func<Order, bool> predicate);
                IReadOnlyList<Order> Query(Expression<Func<Order, bool>>? predicate = null);
                Order? FirstOrDefault(Expression<Func<Order, bool>> predicate);
                int Count(Expression<Func<Order, bool>>? filter);
            }

            [InMemoryFake]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
                string GetOrAdd(string key, Func<string, string> factory);
                Task<string> GetOrAddAsync(string key, Func<Task<string>> factory);
                Lazy<string?> GetLazy(string key);
                void Update(string key, Action<string> update);
            }
            """,
        ["result-queryable-dynamic-object"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                IQueryable<Order> Query();
                IOrderedQueryable<Order> QueryOrdered();
                IQueryable<Order> AsQueryable();
                dynamic FindDynamic(int id);
                object? FindObject(int id);
                Task<dynamic?> FindDynamicAsync(int id);
                IAsyncEnumerable<Order> StreamAsync(int minId, [EnumeratorCancellation] CancellationToken cancellationToken = default);
                IAsyncEnumerable<Order?> StreamNullableAsync([EnumeratorCancellation] CancellationToken cancellationToken);
            }

            [InMemoryFake]
            public interface ICache
            {
                dynamic Get(string key);
                void Set(string key, dynamic value);
                IQueryable<string> Keys();
            }
            """,
        ["param-pointers-spans-and-ref-structs"] = """
            [InMemoryFake]
            public unsafe interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                Order? FindPointer(int* id);
                int* GetPointer(int id);
                void Visit(int id, delegate*<Order, void> visitor);
                Order? FindSpan(ReadOnlySpan<char> name);
                int Fill(Span<Order> destination);
                Order? FindScoped(scoped ReadOnlySpan<int> ids);
                ReadOnlySpan<Order> GetSpan();
            }

            [InMemoryFake]
            public unsafe interface ICache
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                void SetPointer(string key, byte* value, int length);
                int Read(string key, Span<byte> destination);
                bool TryRead(string key, scoped Span<byte> destination, out int written);
                ReadOnlySpan<byte> GetSpan(string key);
            }
            """,

        // ---- declarations ----
        ["decl-internal-and-nested-interfaces"] = """
            [InMemoryFake] internal interface IInternalOrders { Order? Find(int id); void Add(Order order); }

            public partial class Outer
            {
                [InMemoryFake] public interface INestedOrders { Order? Find(int id); void Add(Order order); }
                [InMemoryFake] internal interface IInternalNested { string? Get(string key); void Set(string key, string value); }
                public partial class Inner { [InMemoryFake] public interface IDeepOrders { Order? Find(int id); void Add(Order order); } }
            }

            public sealed class SealedOuter { [InMemoryFake] public interface IInSealed { Order? Find(int id); void Add(Order order); } }
            public struct StructOuter { [InMemoryFake] public interface IInStruct { Order? Find(int id); void Add(Order order); } }
            public record RecordOuter { [InMemoryFake] public interface IInRecord { Order? Find(int id); void Add(Order order); } }
            """,
        ["decl-fake-class-name-taken"] = """
            public class InMemoryOrders { }
            public struct InMemoryCache { }
            public record InMemoryTokens;
            public static class InMemoryNotes { }
            public partial class InMemoryLedger { public int Extra() => 1; }
            public interface InMemoryBags { }

            [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); }
            [InMemoryFake] public interface ICache { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake] public interface ITokens { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake] public interface INotes { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake] public interface ILedger { Order? Find(int id); void Add(Order order); }
            [InMemoryFake] public interface IBags { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake(Name = "OrderFake")] public interface IMoreOrders { Order? Find(int id); void Add(Order order); }
            """,
        ["decl-interfaces-in-namespaces-named-like-framework-ones"] = """
            namespace System { [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); Task<Order?> FindAsync(int id, CancellationToken cancellationToken = default); } }
            namespace InMemoryFakes { [InMemoryFake] public interface ICache { string? Get(string key); void Set(string key, string value, TimeSpan? ttl = null); } }
            namespace Threading.Tasks { [InMemoryFake] public interface ITasks { Order? Find(int id); void Add(Order order); IReadOnlyList<Order> GetAll(); } }
            """,
        ["decl-same-interface-name-in-two-classes"] = """
            public static partial class Billing { [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); } }
            public static partial class Shipping { [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); bool Delete(int id); } }
            """,
        ["decl-file-local-interface"] = """
            [InMemoryFake] file interface IFileOrders { Order? Find(int id); void Add(Order order); }
            file class FileEntity { public int Id { get; set; } }
            [InMemoryFake] public interface IPublicWithFileEntity { string? Get(string key); void Set(string key, string value); }
            """,
        ["decl-partial-interface-over-two-files"] = """
            [InMemoryFake]
            public partial interface IOrders
            {
                Order? Find(int id);
                IReadOnlyList<Order> GetAll();
            }
            """,
        ["decl-global-namespace"] = """
            }

            public class GlobalItem { public int Id { get; set; } }

            [InMemoryFake] public interface IGlobalItems { GlobalItem? Find(int id); void Add(GlobalItem item); System.Collections.Generic.IReadOnlyList<GlobalItem> GetAll(); }
            [InMemoryFake] public interface IGlobalCache { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake] public interface IGlobalOrders { Sweep.Order? Find(int id); void Add(Sweep.Order order); }

            namespace Sweep
            {
            """,
        ["decl-variance-and-generic-bases-twice"] = """
            public class Invoice { public int Id { get; set; } }
            public interface IReader<out T> { T? Find(int id); IReadOnlyList<T> GetAll(); }
            public interface IWriter<in T> { void Add(T item); }
            public interface IRepo<T> : IReader<T>, IWriter<T> where T : class { bool Delete(int id); }

            [InMemoryFake] public interface IOrders : IReader<Order>, IWriter<Order> { }
            [InMemoryFake] public interface IBilling : IRepo<Order>, IRepo<Invoice> { }
            [InMemoryFake] public interface ICovariant<out T> where T : class { T? Get(string key); }
            """,
        ["decl-using-aliases"] = """
            using Id = System.Guid;
            using Lookup = System.Collections.Generic.IReadOnlyDictionary<System.Guid, Sweep.Doc>;
            using Pair = (System.Guid Id, string Name);
            using Seconds = System.TimeSpan;

            public class Doc { public Id Id { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake] public interface IDocs { Doc? Find(Id id); void Add(Doc doc); Lookup GetByIds(IEnumerable<Id> ids); IReadOnlyList<Pair> Names(); }
            [InMemoryFake] public interface ICache { string? Get(string key); void Set(string key, string value, Seconds? ttl = null); Pair? GetPair(string key); }
            """,
        ["decl-global-using-alias"] = """
            public class Ledger { public OrderId Id { get; set; } }
            [InMemoryFake] public interface ILedgers { Ledger? Find(OrderId id); void Add(Ledger ledger); Orders GetAll(); bool Delete(OrderId id); }
            """,
        ["decl-caller-info-and-tokens"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id, [CallerMemberName] string caller = "", [CallerLineNumber] int line = 0);
                void Add(Order order, [CallerFilePath] string? file = null);
                Task<Order?> FindAsync(CancellationToken cancellationToken, int id);
                Task AddAsync(Order order, CancellationToken first, CancellationToken second);
                Task<bool> DeleteAsync(int id, CancellationToken cancellationToken, bool hard = false);
                Task<Order?> GetAsync(int id, [CallerArgumentExpression(nameof(id))] string? expression = null, CancellationToken cancellationToken = default);
            }

            [InMemoryFake]
            public interface ICache
            {
                Task<string?> GetAsync(CancellationToken token, string key);
                Task SetAsync(string key, string value, CancellationToken a, CancellationToken b);
                string? Get(string key, [CallerMemberName] string member = "");
            }
            """,

        // ---- entities ----
        ["entity-abstract-and-interface-typed"] = """
            public abstract class Shape { public int Id { get; set; } public abstract double Area { get; } }
            public sealed class Circle : Shape { public double R { get; set; } public override double Area => 3 * R * R; }
            public interface IPerson { int Id { get; set; } string Name { get; set; } }
            public sealed class Person : IPerson { public int Id { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake] public interface IShapes { Shape? Find(int id); void Add(Shape shape); void Update(Shape shape); IReadOnlyList<Shape> GetAll(); }
            [InMemoryFake] public interface IPeople { IPerson? Find(int id); void Add(IPerson person); void Update(IPerson person); IReadOnlyList<IPerson> FindByName(string name); }
            """,
        ["entity-computed-indexer-and-private-setters"] = """
            public class Account
            {
                private readonly Dictionary<string, string> _tags = new();
                public int Id { get; private set; }
                public string Name { get; private set; } = "";
                [System.Text.Json.Serialization.JsonIgnore] public string Secret { get; set; } = "";
                public string Display => Name + "#" + Id;
                public string this[string tag] { get => _tags[tag]; set => _tags[tag] = value; }
                public Account(int id, string name) { Id = id; Name = name; }
                public void Rename(string name) => Name = name;
            }

            [InMemoryFake] public interface IAccounts { Account? Find(int id); void Add(Account account); void Update(Account account); IReadOnlyList<Account> FindByName(string name); }
            """,
        ["entity-primary-constructor-without-parameterless"] = """
            public class Parcel(Guid id, string label)
            {
                public Guid Id { get; } = id;
                public string Label { get; set; } = label;
                public DateTime? Sent { get; set; }
            }

            public sealed class Crate(int id)
            {
                public int Id => id;
            }

            [InMemoryFake] public interface IParcels { Parcel? Find(Guid id); void Add(Parcel parcel); void Update(Parcel parcel); IReadOnlyList<Parcel> GetAll(); }
            [InMemoryFake] public interface ICrates { Crate? Find(int id); void Add(Crate crate); bool Delete(int id); }
            """,
        ["entity-records-with-positional-keys"] = """
            public sealed record Tag(string Id, string Color, int Uses = 0);
            public record Base(Guid Id);
            public sealed record Derived(Guid Id, string Name) : Base(Id);
            public sealed record class Keyed([property: System.ComponentModel.DataAnnotations.Key] string Code, int Count);

            [InMemoryFake] public interface ITags { Tag? Find(string id); void Add(Tag tag); void Update(Tag tag); IReadOnlyList<Tag> FindByColor(string color); }
            [InMemoryFake] public interface IDerived { Derived? Find(Guid id); void Add(Derived item); bool Delete(Guid id); }
            [InMemoryFake] public interface IKeyed { Keyed? Find(string code); void Add(Keyed item); void Upsert(Keyed item); }
            """,
    };

    /// <summary>Every case in every nullable context.</summary>
    public static TheoryData<string, string> Shapes() => ShapeSweepTests.InEveryContext(Cases.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_compiles_or_is_refused_by_name(string name, string context)
    {
        var source = Sources.Usings
            + "using System.Collections.Immutable;\nusing System.Collections.ObjectModel;\nusing System.Diagnostics.CodeAnalysis;\n"
            + "using System.Linq;\nusing System.Linq.Expressions;\nusing System.Runtime.CompilerServices;\n"
            + "#nullable " + context + "\nnamespace Sweep\n{\n" + Entities + "}\n\nnamespace Sweep\n{\n" + Cases[name] + "\n}\n";
        var sources = SecondFiles.TryGetValue(name, out var second) ? new[] { source, "#nullable " + context + "\n" + second } : [source];
        var compilation = GeneratorHarness.Compile(sources);
        var run = GeneratorHarness.Run(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)));

        Assertions.NeverFailed(run);
        Assert.True(run.Sources.Count > 0 || run.GeneratorDiagnostics.Any(static d => d.Id.StartsWith("IMF", StringComparison.Ordinal)), "Nothing was generated and nothing says why:\n" + run.Describe());
        var unexplained = ShapeSweepTests.Unexplained(run);
        Assert.True(unexplained.Length == 0, "Unexplained compiler diagnostics:\n" + string.Join("\n", unexplained.Select(static d => d.ToString())) + "\n====\n" + run.Describe());
    }
}
