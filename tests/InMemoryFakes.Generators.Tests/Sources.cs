namespace InMemoryFakes.Generators.Tests;

/// <summary>Interfaces shared by the snapshot, incremental and model tests.</summary>
internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using InMemoryFakes;

        """;

    /// <summary>
    /// Clean architecture's domain entities (<c>App.Domain.Entities</c>: an <c>Order</c> with a domain method, a
    /// <c>Customer</c>), shared by the unit-of-work-elsewhere tests, which declare their repositories and units of work after it.
    /// </summary>
    public const string CleanArchitectureEntities = Usings + """
        namespace App.Domain.Entities
        {
            public class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
                public List<string> Lines { get; set; } = new();
                public void AddLine(string product) => Lines.Add(product);
            }

            public class Customer
            {
                public int Id { get; set; }
            }
        }

        """;

    public const string UserEntity = Usings + """
        namespace MyApp;

        public class User
        {
            public int Id { get; set; }
            [Unique] public string Email { get; set; } = "";
            public string Name { get; set; } = "";
            public List<string> Tags { get; set; } = new();
            public Address? Address { get; set; }
            public Dictionary<string, string> Attributes { get; } = new();
            public int Version { get; set; }
        }

        public class Address
        {
            public string City { get; set; } = "";
            public string[] Lines { get; set; } = Array.Empty<string>();
        }
        """;

    public const string SyncRepository = UserEntity + """

        [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
        public interface IUserRepository
        {
            void Add(User user);
            User? Find(int id);
            User Get(int id);
            bool Update(User user);
            User Save(User user);
            bool Delete(int id);
            void Remove(User user);
            bool Exists(int id);
            int Count();
            IReadOnlyList<User> GetAll();
            User[] List();
            void Clear();
            void AddRange(params User[] users);
            int UpdateRange(IEnumerable<User> users);
            int DeleteRange(IEnumerable<int> ids);
        }
        """;

    public const string AsyncRepository = UserEntity + """

        [InMemoryFake]
        public interface IAsyncUserRepository
        {
            Task<User> AddAsync(User user, CancellationToken cancellationToken = default);
            Task<User?> FindAsync(int id, CancellationToken cancellationToken = default);
            ValueTask<User> GetAsync(int id);
            Task UpdateAsync(User user, CancellationToken cancellationToken);
            ValueTask DeleteAsync(int id);
            ValueTask<bool> ExistsAsync(int id, CancellationToken cancellationToken = default);
            Task<long> CountAsync();
            Task<List<User>> GetAllAsync(CancellationToken cancellationToken = default);
            IAsyncEnumerable<User> ListAllAsync(CancellationToken cancellationToken = default);
            Task<IReadOnlyList<User>> UpsertRangeAsync(IEnumerable<User> users, CancellationToken cancellationToken = default);
        }
        """;

    public const string RecordRepository = Usings + """
        namespace Orders;

        public sealed record OrderLine(
            [property: FakeKey(Order = 0)] int TenantId,
            [property: FakeKey(Order = 1)] string Code,
            decimal Amount,
            DateTimeOffset PlacedAt);

        [InMemoryFake(Name = "OrderLinesFake", MaxEntries = 100, QuotaPolicy = QuotaPolicy.EvictOldest)]
        internal interface IOrderLines
        {
            void Add(OrderLine line);
            OrderLine? Find(int tenantId, string code);
            bool Delete((int TenantId, string Code) key);
            IEnumerable<OrderLine> GetAll();
        }
        """;

    public const string KeyValueStore = Usings + """
        namespace Guard;

        public sealed class QuotaFullException : Exception
        {
            public QuotaFullException(string message) : base(message) { }
        }

        [InMemoryFake(DefaultTtlSeconds = 1.5, MaxEntries = 1000, QuotaExceededException = typeof(QuotaFullException), CopyMode = CopyMode.Reference)]
        public interface IMemoryStorage
        {
            object? Get(string key);
            void Set(string key, object value, int? ttl = null);
            void Delete(string key);
            int Increment(string key, int amount = 1);
            bool Exists(string key);
            void Clear();
            bool TryGet(string key, out object? value);
            T? Get<T>(string key);
            long Count { get; }
            IReadOnlyList<string> Keys { get; }
            TimeSpan? GetTimeToLive(string key);
            bool Expire(string key, TimeSpan ttl);
            void Touch(string key);
            double Decrement(string key, double amount);
        }
        """;

    public const string AsyncKeyValueStore = Usings + """
        namespace Caching;

        public sealed class CacheEntryOptions
        {
            public DateTimeOffset? AbsoluteExpiration { get; set; }
            public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }
            public TimeSpan? SlidingExpiration { get; set; }
        }

        [InMemoryFake]
        public interface ISessionStore
        {
            Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);
            Task SetAsync(string key, string value, CacheEntryOptions? options = null, CancellationToken cancellationToken = default);
            ValueTask<bool> SetIfAbsentAsync(string key, string value, TimeSpan? expiry = null);
            ValueTask RefreshAsync(string key, CancellationToken cancellationToken = default);
            Task<bool> RemoveAsync(string key);
            Task<long> IncrementAsync(string key, long amount = 1, DateTimeOffset? expiresAt = null);
            IAsyncEnumerable<string> KeysAsync(CancellationToken cancellationToken = default);
        }
        """;

    public const string BlobStore = Usings + """
        namespace Storage;

        public sealed class StorageFileNotFoundException : Exception
        {
            public StorageFileNotFoundException(string message) : base(message) { }
        }

        public sealed record StoredFile(string Key, long Size, string ContentType)
        {
            public string? ETag { get; init; }
            public DateTimeOffset LastModified { get; init; }
            public IReadOnlyDictionary<string, string>? Metadata { get; init; }
            public string? Url { get; init; }
        }

        [InMemoryFake(MaxBytes = 1048576, NotFoundException = typeof(StorageFileNotFoundException))]
        public interface IFileStorage
        {
            Task<StoredFile> PutAsync(string key, byte[] data, string? contentType = null, IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
            Task<StoredFile> UploadAsync(string key, Stream content, string? contentType = null, CancellationToken cancellationToken = default);
            void Write(string key, string text);
            Task<byte[]> GetBytesAsync(string key, CancellationToken cancellationToken = default);
            Task<string?> ReadTextAsync(string key);
            Stream OpenRead(string key);
            Task<bool> ExistsAsync(string key);
            Task<bool> DeleteAsync(string key);
            IAsyncEnumerable<StoredFile> ListAsync(string? prefix = null, CancellationToken cancellationToken = default);
            IReadOnlyList<string> ListKeys(string? prefix = null);
            Task<StoredFile> CopyAsync(string source, string destination, bool overwrite);
            ValueTask MoveAsync(string source, string destination, bool overwrite);
            Task<StoredFile?> InfoAsync(string key);
            BlobProperties GetProperties(string key);
            string Url(string key);
            Uri GetUri(string key);
            ReadOnlyMemory<byte> Download(string key);
        }
        """;

    public const string OpenGenericRepository = Usings + """
        namespace Generic;

        public interface IEntity<TKey>
        {
            TKey Id { get; set; }
        }

        [InMemoryFake]
        public interface IRepository<TEntity, TKey>
            where TEntity : class, IEntity<TKey>
        {
            TEntity Add(TEntity entity);
            TEntity? Find(TKey id);
            bool Delete(TKey id);
            IReadOnlyList<TEntity> GetAll();
        }
        """;

    public const string ForeignInterface = Usings + """
        namespace Foreign
        {
            public class Product
            {
                public Guid ProductId { get; set; }
                public string Name { get; set; } = "";
            }

            public interface IRepository<T>
            {
                void Insert(T item);
                T? Get(Guid id);
                IReadOnlyList<T> FindCheap(decimal below);
            }
        }

        namespace MyApp
        {
            [InMemoryFake(typeof(Foreign.IRepository<Foreign.Product>))]
            internal sealed partial class ProductFake
            {
                public IReadOnlyList<Foreign.Product> FindCheap(decimal below) => Array.Empty<Foreign.Product>();
            }
        }
        """;

    public const string DerivedQueries = Usings + """
        using System.Linq.Expressions;

        namespace Shop;

        public enum Status { Draft, Active, Archived }

        public class Address
        {
            public string? City { get; set; }
            public int Zip { get; set; }
        }

        public class Customer
        {
            public int Id { get; set; }
            [Unique] public string Email { get; set; } = "";
            [Indexed] public string? Country { get; set; }
            public string? Name { get; set; }
            public int Age { get; set; }
            public int? Score { get; set; }
            public decimal Balance { get; set; }
            public DateTime JoinedAt { get; set; }
            public bool Active { get; set; }
            public Status Status { get; set; }
            public Guid Reference { get; set; }
            public Address? Address { get; set; }
            [Unique("tenant-code")] public string? Tenant { get; set; }
            [Unique("tenant-code")] public string? Code { get; set; }
        }

        public sealed class PageQuery
        {
            public int PageNumber { get; set; } = 1;
            public int PageSize { get; set; } = 10;
        }

        [InMemoryFake]
        public interface ICustomerQueries
        {
            void Add(Customer customer);
            Customer? FindByEmail(string email);
            Customer GetByEmailIgnoreCase(string email);
            IReadOnlyList<Customer> FindByCountry(string? country);
            List<Customer> FindByCountryAndAgeGreaterThanOrderByNameAscAgeDesc(string country, int age);
            Customer[] FindByNameOrEmailAllIgnoreCase(string name, string email);
            IEnumerable<Customer> FindByAddressCityAndAddressZipBetween(string city, int from, int to);
            IAsyncEnumerable<Customer> StreamByStatusIn(IEnumerable<Status> statuses, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Customer>> SearchTop3ByScoreIsNotNullOrderByScoreDesc(CancellationToken cancellationToken = default);
            ValueTask<Customer?> FindFirstByJoinedAtAfterOrderByJoinedAt(DateTime after);
            IReadOnlyList<Customer> FindDistinctByNameContainingAndActiveTrue(string part);
            IReadOnlyList<Customer> FindByNameStartingWithOrNameEndsWith(string prefix, string suffix);
            IReadOnlyList<Customer> FindByBalanceLessThanEqualAndStatusNot(decimal max, Status status);
            IReadOnlyList<Customer> FindByReferenceNotIn(params Guid[] references);
            IReadOnlyList<Customer> FindByAgeGreaterThanEqual(int age, int skip, int take);
            Page<Customer> QueryByActiveFalse(PageRequest page);
            Task<Page<Customer>> ListByStatusOrderByEmail(Status status, PageQuery page);
            IReadOnlyList<Customer> FindAllByOrderByJoinedAtDesc();
            int CountByStatus(Status status);
            Task<long> CountDistinctByCountry(string country);
            bool ExistsByEmail(string email);
            int DeleteByStatusAndJoinedAtBefore(Status status, DateTime before);
            Task RemoveByCountryIsNull();
            IReadOnlyList<Customer> Where(Func<Customer, bool> predicate, IComparer<Customer>? order = null);
            Customer? FindFirst(Expression<Func<Customer, bool>> predicate);
            Page<Customer> Query(Func<Customer, bool> predicate, int skip, int take);
            int Count(Expression<Func<Customer, bool>> predicate);
            bool Any(Func<Customer, bool> predicate);
            long DeleteWhere(Func<Customer, bool> predicate);
        }
        """;
}
