using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A robustness sweep over the C# shapes real repository and storage interfaces use, each run in every nullable context:
/// the generator never fails, and its output compiles with no warning or error, except that a member it does not write
/// is named by an IMF diagnostic (the rule the real-world corpus uses for "generated-code error").
/// </summary>
public class ShapeSweepTests
{
    private const string Entities = """
        public class Order { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Total { get; set; } }
        public interface IEntity<TKey> { TKey Id { get; } }
        public class Ticket : IEntity<Guid> { public Guid Id { get; set; } public string Title { get; set; } = ""; }
        public enum Priority { Low = -1, Normal = 0, High = 1 }

        """;

    private static readonly Dictionary<string, string> Cases = new(StringComparer.Ordinal)
    {
        ["entity-nullable-results-and-parameters"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                Order Get(int id);
                Task<Order?> FindAsync(int id, CancellationToken cancellationToken = default);
                ValueTask<Order?> FindValueAsync(int id);
                ValueTask AddAsync(Order order);
                void Add(Order order);
                void Update(Order order);
                bool Delete(int id);
                IReadOnlyList<Order> GetAll();
                Task<List<Order>> ListAsync(CancellationToken cancellationToken);
                IAsyncEnumerable<Order> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default);
                Order[] ToArray();
            }
            """,
        ["entity-nullable-elements"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                IReadOnlyList<Order?> GetMany(IEnumerable<int> ids);
                IList<Order?> FindAll(int?[] ids);
                Task<IReadOnlyDictionary<int, Order?>> FindByIdsAsync(IReadOnlyCollection<int> ids);
                void AddRange(IEnumerable<Order?> orders);
                void AddAll(Order?[] orders);
            }
            """,
        ["entity-ref-kinds"] = """
            [InMemoryFake]
            public interface IOrders
            {
                bool TryGet(int id, [NotNullWhen(true)] out Order? order);
                bool TryFind(in int id, out Order order);
                Order? Find(ref readonly int id);
                void Add(in Order order);
                void Upsert(ref Order order);
                bool Delete(int id);
            }
            """,
        ["entity-params"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(params Order[] orders);
                void Delete(params int[] ids);
                IReadOnlyList<Order> FindMany(params int[] ids);
                void Insert(params IEnumerable<Order> orders);
                void Remove(params ReadOnlySpan<int> ids);
            }
            """,
        ["entity-optional-defaults"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id, bool includeDeleted = false, string? tenant = null, Priority priority = Priority.Low, CancellationToken cancellationToken = default(CancellationToken));
                IReadOnlyList<Order> GetPage(int skip = 0, int take = -1, char separator = '\'', string prefix = "a\"b\\c\n", decimal minTotal = 1.5m, float ratio = -0.25f, double scale = 1e-3, long big = long.MinValue, Priority? maybe = null, DateTime since = default);
                void Add(Order order, CancellationToken cancellationToken = default);
                bool Delete(int id, string reason = "\t\u00e9", Priority priority = (Priority)7);
            }
            """,
        ["entity-keyword-names"] = """
            public class Event { public int Id { get; set; } public string @class { get; set; } = ""; }

            [InMemoryFake]
            public interface IEvents
            {
                Event? Find(int @event);
                void Add(Event @class);
                void Update(Event @params);
                bool Delete(int @int);
                IReadOnlyList<Event> FindByClass(string @class);
            }
            """,
        ["entity-overloads-by-nullability-and-ref-kind"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                Order? Find(int? id, string name);
                Order? Find(in long id);
                bool Find(int id, out Order? order);
                void Add(Order order);
                void Add(Order? order, bool replace);
            }
            """,
        ["entity-generic-methods-with-constraints"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                T Create<T>() where T : class, new();
                T? Read<T>(string key) where T : struct;
                T Sum<T>(int id) where T : unmanaged;
                TKey KeyOf<TKey>(Order order) where TKey : notnull;
                TEntity? Get<TEntity, TKey>(TKey id) where TEntity : class, IEntity<TKey>;
            }
            """,
        ["entity-generic-repository-interface"] = """
            public interface IRepository<TEntity, in TKey> where TEntity : class, IEntity<TKey> where TKey : notnull
            {
                TEntity? Find(TKey id);
                Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);
                void Add(TEntity entity);
                void Delete(TKey id);
                IReadOnlyList<TEntity> GetAll();
            }

            [InMemoryFake]
            public interface ITickets : IRepository<Ticket, Guid> { }
            """,
        ["entity-default-and-static-members"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                Order Get(int id) => Find(id) ?? throw new KeyNotFoundException();
                static int MaxPage => 100;
                static virtual string Name => "orders";
            }
            """,
        ["entity-static-abstract-member"] = """
            [InMemoryFake]
            public interface IOrders<TSelf> where TSelf : IOrders<TSelf>
            {
                Order? Find(int id);
                void Add(Order order);
                static abstract string Table { get; }
            }
            """,
        ["entity-events-and-indexers"] = """
            [InMemoryFake]
            public interface IOrders
            {
                event EventHandler<Order>? Added;
                event Action? Cleared;
                Order? this[int id] { get; }
                Order? Find(int id);
                void Add(Order order);
            }
            """,
        ["entity-obsolete-members"] = """
            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                [Obsolete("use Find")] Order? Get(int id);
                [Obsolete("gone", true)] Order? Load(int id);
                [Obsolete] void Insert(Order order);
                void Add(Order order);
            }
            """,
        ["entity-obsolete-entity"] = """
            [Obsolete("old")] public class Legacy { public int Id { get; set; } }

            #pragma warning disable CS0618
            [InMemoryFake]
            public interface ILegacies
            {
                Legacy? Find(int id);
                void Add(Legacy legacy);
            }
            #pragma warning restore CS0618
            """,
        ["entity-return-attributes"] = """
            [InMemoryFake]
            public interface IOrders
            {
                [return: MaybeNull] Order Find(int id);
                [return: NotNull] Order Get(int id);
                void Add([DisallowNull] Order order);
                [return: NotNullIfNotNull(nameof(fallback))] Order? FindOr(int id, Order? fallback);
            }
            """,
        ["entity-diamond-and-new"] = """
            public interface IReads { Order? Find(int id); }
            public interface IReadsAgain : IReads { }
            public interface IWrites : IReads { void Add(Order order); }

            [InMemoryFake]
            public interface IOrders : IReadsAgain, IWrites
            {
                new Order? Find(int id);
                bool Delete(int id);
            }
            """,
        ["entity-init-required-members"] = """
            public class Invoice { public required int Id { get; init; } public required string Number { get; init; } public DateTime? Paid { get; init; } }

            [InMemoryFake]
            public interface IInvoices
            {
                Invoice? Find(int id);
                void Add(Invoice invoice);
                void Update(Invoice invoice);
                IReadOnlyList<Invoice> GetAll();
            }
            """,
        ["entity-record"] = """
            public record Customer(int Id, string Name, string? Email);

            [InMemoryFake]
            public interface ICustomers
            {
                Customer? Find(int id);
                Task AddAsync(Customer customer);
                Task UpdateAsync(Customer customer);
                Task<bool> DeleteAsync(int id);
            }
            """,
        ["entity-record-struct"] = """
            public readonly record struct Point(int Id, double X, double? Y);

            [InMemoryFake]
            public interface IPoints
            {
                Point? Find(int id);
                Point Get(int id);
                void Add(Point point);
                bool TryGet(int id, out Point point);
                IReadOnlyList<Point> GetAll();
            }
            """,
        ["entity-struct"] = """
            public struct Sample { public int Id { get; set; } public string? Label { get; set; } }

            [InMemoryFake]
            public interface ISamples
            {
                Sample? Find(int id);
                void Add(Sample sample);
                void Update(Sample sample);
                bool Delete(int id);
            }
            """,
        ["entity-primary-constructor"] = """
            public class Shipment(int id, string carrier)
            {
                public int Id { get; } = id;
                public string Carrier { get; set; } = carrier;
            }

            [InMemoryFake]
            public interface IShipments
            {
                Shipment? Find(int id);
                void Add(Shipment shipment);
                void Update(Shipment shipment);
            }
            """,
        ["entity-nested-type"] = """
            public static class Domain
            {
                public class Line { public int Id { get; set; } public string Sku { get; set; } = ""; }
                public class Inner { public class Deep { public Guid Id { get; set; } } }
            }

            [InMemoryFake]
            public interface ILines
            {
                Domain.Line? Find(int id);
                void Add(Domain.Line line);
            }

            [InMemoryFake]
            public interface IDeeps
            {
                Domain.Inner.Deep? Find(Guid id);
                void Add(Domain.Inner.Deep deep);
            }
            """,
        ["entity-same-simple-name-in-other-namespace"] = """
            [InMemoryFake]
            public interface IOrder
            {
                Other.Order? Find(int id);
                Other.IOrder? FindInterface(int id);
                void Add(Other.Order order);
            }
            }

            namespace Other
            {
                public class Order { public int Id { get; set; } }
                public class IOrder { public int Id { get; set; } }
            """,
        ["entity-interface-in-nested-class"] = """
            public static partial class Stores
            {
                [InMemoryFake]
                public interface IOrders
                {
                    Order? Find(int id);
                    void Add(Order order);
                }
            }
            """,
        ["entity-generic-entity"] = """
            public class Box<T> { public int Id { get; set; } public T? Content { get; set; } }

            [InMemoryFake]
            public interface IBoxes
            {
                Box<string>? Find(int id);
                void Add(Box<string> box);
                IReadOnlyList<Box<string>> GetAll();
            }
            """,
        ["entity-nullable-value-type-members"] = """
            public class Reading { public long Id { get; set; } public double? Value { get; set; } public DateTimeOffset? At { get; set; } public int?[] Samples { get; set; } = []; }

            [InMemoryFake]
            public interface IReadings
            {
                Reading? Find(long id);
                Reading? FindByValue(double? value);
                IReadOnlyList<Reading> FindByAt(DateTimeOffset? at);
                void Add(Reading reading);
                int? CountByValue(double? value);
            }
            """,
        ["entity-string-key-keyword-property"] = """
            public class Setting { [System.ComponentModel.DataAnnotations.Key] public string @namespace { get; set; } = ""; public string? @default { get; set; } }

            [InMemoryFake]
            public interface ISettings
            {
                Setting? Find(string @namespace);
                void Add(Setting setting);
                IReadOnlyList<Setting> FindByDefault(string? @default);
            }
            """,
        ["kv-nullable-values"] = """
            [InMemoryFake]
            public interface ITokens
            {
                string? Get(string key);
                void Set(string key, string? value);
                bool Remove(string key);
                Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);
                Task SetAsync(string key, string value, TimeSpan? expiry = null, CancellationToken cancellationToken = default);
            }
            """,
        ["kv-batch-nullable-dictionary"] = """
            [InMemoryFake]
            public interface ISessionTokens
            {
                string? GetSessionToken(string key);
                void SetSessionToken(string key, string? value);
                void SetSessionTokens(IReadOnlyDictionary<string, string?> tokens);
                IReadOnlyDictionary<string, string?> GetSessionTokens(IEnumerable<string> keys);
                Task SetManyAsync(IDictionary<string, string?> values);
                Task<IDictionary<string, string?>> GetManyAsync(string[] keys);
            }
            """,
        ["kv-batch-nullable-elements"] = """
            [InMemoryFake]
            public interface IValues
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                IReadOnlyList<byte[]?> GetMany(IReadOnlyList<string> keys);
                byte[]?[] GetAll(params string[] keys);
                void SetMany(IEnumerable<KeyValuePair<string, byte[]?>> items);
                void RemoveMany(params string?[] keys);
            }
            """,
        ["kv-value-type-values"] = """
            [InMemoryFake]
            public interface ICounters
            {
                long? Get(string key);
                long GetOrZero(string key);
                void Set(string key, long value);
                void SetNullable(string key, long? value);
                bool TryGet(string key, out long value);
                bool Remove(string key);
            }
            """,
        ["kv-memory-and-spans"] = """
            [InMemoryFake]
            public interface IBlobs
            {
                ReadOnlyMemory<byte>? Get(string key);
                void Set(string key, ReadOnlyMemory<byte> value);
                ValueTask<ReadOnlyMemory<byte>> GetAsync(string key);
                void Put(string key, ReadOnlySpan<byte> value);
                bool Remove(string key);
            }
            """,
        ["kv-async-enumerable"] = """
            [InMemoryFake]
            public interface IStore
            {
                Task<string?> GetAsync(string key);
                Task SetAsync(string key, string value);
                IAsyncEnumerable<string> KeysAsync([EnumeratorCancellation] CancellationToken cancellationToken = default);
                IAsyncEnumerable<string?> ValuesAsync(CancellationToken cancellationToken = default);
                IAsyncEnumerable<KeyValuePair<string, string?>> ScanAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default);
            }
            """,
        ["kv-ref-kinds"] = """
            [InMemoryFake]
            public interface IStore
            {
                bool TryGetValue(string key, [NotNullWhen(true)] out string? value);
                bool TryGet(in string key, [MaybeNullWhen(false)] out string value);
                string? Get(ref readonly string key);
                void Set(in string key, in string value);
                void Swap(string key, ref string value);
                bool Remove(string key, out string? removed);
            }
            """,
        ["kv-generic-methods"] = """
            [InMemoryFake]
            public interface ICache
            {
                T? Get<T>(string key);
                T? GetClass<T>(string key) where T : class;
                T? GetStruct<T>(string key) where T : struct;
                T GetNotNull<T>(string key) where T : notnull;
                void Set<T>(string key, T value);
                void SetClass<T>(string key, T? value) where T : class;
                void SetStruct<T>(string key, T? value) where T : struct;
                bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value);
                bool TryGetClass<T>(string key, [NotNullWhen(true)] out T? value) where T : class;
                Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default);
                Task SetAsync<T>(string key, T value, TimeSpan? ttl = null, CancellationToken cancellationToken = default) where T : class, new();
                T GetUnmanaged<T>(string key) where T : unmanaged;
                bool Remove(string key);
            }
            """,
        ["kv-generic-interface"] = """
            public interface IStore<TKey, TValue> where TKey : notnull
            {
                TValue? Get(TKey key);
                void Set(TKey key, TValue value);
                bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value);
                bool Remove(TKey key);
                IReadOnlyDictionary<TKey, TValue> GetAll();
            }

            [InMemoryFake] public interface IStringStore : IStore<string, string?> { }
            [InMemoryFake] public interface IIntStore : IStore<Guid, int?> { }
            [InMemoryFake] public interface IByteStore : IStore<string, byte[]> { }
            """,
        ["kv-keyword-names-and-defaults"] = """
            [InMemoryFake]
            public interface IStore
            {
                string? Get(string @key, string? @default = null);
                void Set(string @key, string @value, int @int = -1, char @char = '\\', string @string = "\"\0");
                bool Remove(string @event);
                void Put(string @params, string @class, double @double = double.NaN, float @float = float.PositiveInfinity, decimal @decimal = -79228162514264337593543950335m);
            }
            """,
        ["kv-obsolete-and-return-attributes"] = """
            [InMemoryFake]
            public interface IStore
            {
                [return: MaybeNull] string Get(string key);
                [Obsolete("use Set")] void Put(string key, string value);
                void Set(string key, string value);
                [Obsolete] bool Delete(string key);
                bool Remove(string key);
            }
            """,
        ["kv-indexers-and-events"] = """
            [InMemoryFake]
            public interface IStore
            {
                string? this[string key] { get; set; }
                event EventHandler<string>? Changed;
                bool Remove(string key);
                bool ContainsKey(string key);
            }
            """,
        ["kv-ttl-and-clock"] = """
            [InMemoryFake]
            public interface ICache
            {
                byte[]? Get(string key);
                Task<byte[]?> GetAsync(string key, CancellationToken token = default);
                void Set(string key, byte[] value, TimeSpan? absoluteExpiration = null);
                Task SetAsync(string key, byte[] value, DateTimeOffset? expiresAt, CancellationToken token = default);
                void Refresh(string key);
                void Remove(string key);
            }
            """,
        ["kv-params-span-and-enumerable"] = """
            [InMemoryFake]
            public interface IStore
            {
                string? Get(string key);
                void Set(string key, string value);
                void Remove(params string[] keys);
                long Delete(params ReadOnlySpan<string> keys);
                int Evict(params IEnumerable<string> keys);
                string?[] GetMany(params string[] keys);
            }
            """,
        ["kv-diamond-and-default-members"] = """
            public interface IReader { string? Get(string key); }
            public interface IWriter { void Set(string key, string value); }
            public interface IReaderWriter : IReader, IWriter { }

            [InMemoryFake]
            public interface IStore : IReaderWriter, IReader
            {
                new string? Get(string key);
                bool Remove(string key);
                string GetOrEmpty(string key) => Get(key) ?? "";
                static string Prefix => "p:";
            }
            """,
        ["kv-object-values"] = """
            [InMemoryFake]
            public interface IBag
            {
                object? Get(string key);
                void Set(string key, object? value);
                dynamic? GetDynamic(string key);
                bool Remove(string key);
            }
            """,
        ["kv-lifted-value-results"] = """
            [InMemoryFake]
            public interface ICounts
            {
                int? Get(string key);
                void Set(string key, int value);
                IReadOnlyDictionary<string, int?> GetAll();
                IDictionary<string, int?> GetMany(IEnumerable<string> keys);
                Task<Dictionary<string, int?>> GetManyAsync(string[] keys);
                bool Remove(string key);
            }
            """,
        ["entity-struct-key-map"] = """
            public struct Cell { public int Id { get; set; } public string? Label { get; set; } }

            [InMemoryFake]
            public interface ICells
            {
                Cell? Find(int id);
                void Add(Cell cell);
                IReadOnlyDictionary<int, Cell?> FindByIds(IReadOnlyCollection<int> ids);
                IReadOnlyDictionary<int, Cell> GetByIds(IEnumerable<int> ids);
            }
            """,
        ["kv-tuple-keys-and-values"] = """
            [InMemoryFake]
            public interface IStore
            {
                (string Name, int? Count)? Get(string key);
                void Set(string key, (string Name, int? Count) value);
                string? Find((string Tenant, string Key) key);
                bool Remove(string key);
            }
            """,
    };

    private static readonly string[] Contexts = ["enable", "disable", "enable annotations", "enable warnings"];

    /// <summary>Every case in every nullable context.</summary>
    public static TheoryData<string, string> Shapes() => InEveryContext(Cases.Keys);

    /// <summary>Each named case in each nullable context a sweep runs (also ShapeSweep2Tests').</summary>
    internal static TheoryData<string, string> InEveryContext(IEnumerable<string> names)
    {
        var data = new TheoryData<string, string>();
        foreach (var name in names)
        {
            foreach (var context in Contexts)
            {
                data.Add(name, context);
            }
        }

        return data;
    }

    /// <summary>Generator diagnostics after which no member of the fake is generated.</summary>
    private static readonly HashSet<string> WholeFakeIds = new(StringComparer.Ordinal) { "IMF0003", "IMF0004", "IMF0005", "IMF0007", "IMF0008", "IMF0009", "IMF0011", "IMF0012", "IMF0024", "IMF0028" };

    /// <summary>
    /// What the compiler says of a member the fake leaves out: missing (CS0535…), or, for an interface's own
    /// <c>new string ToString()</c>, implemented by <c>object.ToString()</c>, whose result is <c>string?</c> (CS8766).
    /// </summary>
    private static readonly HashSet<string> MemberNotImplemented = new(StringComparer.Ordinal) { "CS0535", "CS0736", "CS0738", "CS8766" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_compiles_or_is_refused_by_name(string name, string context)
    {
        var source = Sources.Usings + "using System.Diagnostics.CodeAnalysis;\nusing System.Runtime.CompilerServices;\n"
            + "#nullable " + context + "\nnamespace Sweep\n{\n" + Entities + Cases[name] + "\n}\n";
        var run = GeneratorHarness.Run(source);

        Assertions.NeverFailed(run);
        Assert.True(run.Sources.Count > 0 || run.GeneratorDiagnostics.Any(static d => d.Id.StartsWith("IMF", StringComparison.Ordinal)), "Nothing was generated and nothing says why:\n" + run.Describe());
        var unexplained = Unexplained(run);
        Assert.True(unexplained.Length == 0, "Unexplained compiler diagnostics:\n" + string.Join("\n", unexplained.Select(static d => d.ToString())) + "\n====\n" + run.Describe());
    }

    /// <summary>Compiler warnings and errors the generator caused and no IMF diagnostic explains (the corpus harness's rule).</summary>
    internal static Diagnostic[] Unexplained(GeneratorRun run)
    {
        var own = run.Compilation.GetDiagnostics()
            .Where(static d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(Fingerprint)
            .ToHashSet(StringComparer.Ordinal);
        var imf = run.GeneratorDiagnostics
            .Where(static d => d.Id.StartsWith("IMF", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning)
            .ToArray();
        var wholeFake = imf.Any(static d => WholeFakeIds.Contains(d.Id));
        return run.CompilationDiagnostics
            .Where(d => !own.Contains(Fingerprint(d)))
            .Where(d => !(MemberNotImplemented.Contains(d.Id) && (wholeFake || NamedBy(MissingMember(d), imf))))
            .ToArray();
    }

    private static string Fingerprint(Diagnostic diagnostic) => diagnostic.Id + "@" + diagnostic.Location.GetLineSpan();

    private static bool NamedBy(string? member, IEnumerable<Diagnostic> imf)
        => member is not null && imf.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains(member, StringComparison.Ordinal));

    /// <summary>The simple name of the member a CS0535-style diagnostic is about.</summary>
    private static string? MissingMember(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var start = message.IndexOf("member '", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "member '".Length;
        var end = message.IndexOf('\'', start);
        var member = end < 0 ? message[start..] : message[start..end];
        var parameters = member.IndexOf('(', StringComparison.Ordinal);
        member = parameters >= 0 ? member[..parameters] : member;
        var depth = 0;
        for (var i = member.Length - 1; i >= 0; i--)
        {
            depth += member[i] switch { '>' => 1, '<' => -1, _ => 0 };
            if (member[i] == '.' && depth == 0)
            {
                member = member[(i + 1)..];
                break;
            }
        }

        if (member.StartsWith("this[", StringComparison.Ordinal))
        {
            return "this[]"; // an indexer: IMF0001 names it 'this[]', CS0535 with its parameter types
        }

        var typeParameters = member.IndexOf('<', StringComparison.Ordinal);
        return typeParameters > 0 ? member[..typeParameters] : member;
    }
}
