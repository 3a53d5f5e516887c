using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Forty everyday interfaces (session 19), written as ASP.NET Core tutorials, clean-architecture and DDD templates,
/// Dapper and MongoDB repositories, Redis cache wrappers and blob services write them, ten groups of four: what the
/// generator makes of each on its first try. The classification is in docs/generator-rounds.md, "Everyday interfaces, first
/// tries (session 19)".
/// </summary>
public class EverydayInterfaceTests
{
    internal const string Repositories = Sources.Usings + """
        namespace E1;

        public abstract class BaseEntity { public Guid Id { get; set; } }
        public class Product : BaseEntity { public string Name { get; set; } = ""; public string Sku { get; set; } = ""; public string Category { get; set; } = ""; public decimal Price { get; set; } }

        public interface IRepository<T> where T : BaseEntity
        {
            Task<T?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default);
            Task<T> AddAsync(T entity, CancellationToken cancellationToken = default);
            Task UpdateAsync(T entity, CancellationToken cancellationToken = default);
            Task DeleteAsync(T entity, CancellationToken cancellationToken = default);
            Task<int> CountAsync(CancellationToken cancellationToken = default);
            Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface IProductRepository : IRepository<Product>
        {
            Task<IReadOnlyList<Product>> GetByCategoryAsync(string category, CancellationToken cancellationToken = default);
            Task<Product?> GetBySkuAsync(string sku, CancellationToken cancellationToken = default);
        }

        public class Order { public long Id { get; set; } public Guid CustomerId { get; set; } public DateTime CreatedAt { get; set; } public decimal Total { get; set; } }

        [InMemoryFake]
        public interface IOrderRepository
        {
            Order? FindById(long id);
            void Add(Order order);
            void Remove(Order order);
            Task<List<Order>> GetOrdersForCustomerAsync(Guid customerId);
            Task<(IReadOnlyList<Order> Items, int TotalCount)> GetPagedAsync(int page, int pageSize);
        }

        public class Category { public string Slug { get; set; } = ""; public string Title { get; set; } = ""; public string? ParentSlug { get; set; } }

        public class Coupon { public int Id { get; set; } [Unique] public string Code { get; set; } = ""; public decimal Discount { get; set; } public DateTimeOffset? ExpiresAt { get; set; } }

        [InMemoryFake]
        public interface ICouponRepository
        {
            Task<Coupon?> GetByCodeAsync(string code, CancellationToken cancellationToken);
            Task<IReadOnlyList<Coupon>> GetAllAsync(CancellationToken cancellationToken);
            Task<Coupon> AddAsync(Coupon coupon, CancellationToken cancellationToken);
            Task<bool> DeleteAsync(int id, CancellationToken cancellationToken);
        }

        [InMemoryFake]
        public interface ICategoryRepository
        {
            Category? GetBySlug(string slug);
            IEnumerable<Category> GetChildren(string parentSlug);
            IReadOnlyList<Category> GetAll();
            void Save(Category category);
            bool Delete(string slug);
        }
        """;

    internal const string DapperStyle = """
        #nullable disable
        """ + "\n" + Sources.Usings + """
        namespace E2;

        public class User { public int Id { get; set; } public string Email { get; set; } public string UserName { get; set; } public bool IsActive { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IUserRepository
        {
            User GetById(int id);
            User GetByEmail(string email);
            IEnumerable<User> GetAll();
            int Insert(User user);
            bool Update(User user);
            bool Delete(int id);
        }

        public class Employee { public int EmployeeId { get; set; } public string FirstName { get; set; } public string LastName { get; set; } public string Department { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IEmployeeRepository
        {
            List<Employee> GetAllEmployees();
            Employee GetEmployeeById(int id);
            void AddEmployee(Employee employee);
            void UpdateEmployee(Employee employee);
            void DeleteEmployee(int id);
            List<Employee> GetEmployeesByDepartment(string department);
        }

        public class Comment { public int Id { get; set; } public int PostId { get; set; } public string Author { get; set; } public string Body { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface ICommentRepository
        {
            IList<Comment> GetByPostId(int postId);
            Comment GetById(int id);
            void Add(Comment comment);
            void Update(Comment comment);
            void Delete(Comment comment);
            int CountByPostId(int postId);
        }

        public class Tag { public int Id { get; set; } public string Name { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface ITagRepository
        {
            Task<Tag> GetByNameAsync(string name);
            Task<IEnumerable<Tag>> GetAllAsync();
            Task<Tag> CreateAsync(Tag tag);
            Task DeleteAsync(int id);
        }
        """;

    internal const string Documents = Sources.Usings + """
        namespace E3;

        public class Book { public string? Id { get; set; } public string BookName { get; set; } = ""; public decimal Price { get; set; } public string Category { get; set; } = ""; public string Author { get; set; } = ""; }

        [InMemoryFake]
        public interface IBookRepository
        {
            Task<List<Book>> GetAsync();
            Task<Book?> GetAsync(string id);
            Task CreateAsync(Book newBook);
            Task UpdateAsync(string id, Book updatedBook);
            Task RemoveAsync(string id);
        }

        public record TodoItem(int Id, string Title, bool IsComplete);

        [InMemoryFake]
        public interface ITodoItemRepository
        {
            ValueTask<TodoItem?> FindAsync(int id);
            ValueTask<TodoItem[]> GetAllAsync();
            ValueTask<TodoItem> CreateAsync(TodoItem item);
            ValueTask<bool> DeleteAsync(int id);
            Task<List<TodoItem>> GetByIsCompleteAsync(bool isComplete);
        }

        public class Customer { public Guid Id { get; set; } public string Email { get; set; } = ""; public string Name { get; set; } = ""; }

        [InMemoryFake]
        public interface ICustomerRepository
        {
            Customer? Get(Guid id);
            Customer? GetByEmail(string email);
            IReadOnlyCollection<Customer> GetAll();
            void Save(Customer customer);
            void Remove(Guid id);
        }

        public class Post { public int Id { get; set; } public string Slug { get; set; } = ""; public int AuthorId { get; set; } public DateTime PublishedAt { get; set; } public string Title { get; set; } = ""; }

        [InMemoryFake]
        public interface IPostRepository
        {
            Task<Post?> GetBySlugAsync(string slug);
            Task<IEnumerable<Post>> GetByAuthorIdAsync(int authorId);
            Task<IEnumerable<Post>> GetRecentAsync(int count);
            Task AddAsync(Post post);
            Task<int> CountByAuthorIdAsync(int authorId);
        }
        """;

    internal const string Caches = Sources.Usings + """
        namespace E4;

        [InMemoryFake]
        public interface ICacheService
        {
            Task<T?> GetAsync<T>(string key);
            Task SetAsync<T>(string key, T value, TimeSpan? expiry = null);
            Task RemoveAsync(string key);
            Task<bool> ExistsAsync(string key);
        }

        [InMemoryFake]
        public interface IStringCache
        {
            string? GetString(string key);
            void SetString(string key, string value);
            void Remove(string key);
            bool TryGetValue(string key, out string? value);
        }

        [InMemoryFake]
        public interface ISessionCache
        {
            Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);
            Task SetAsync(string key, byte[] value, TimeSpan timeToLive, CancellationToken cancellationToken = default);
            Task RemoveAsync(string key, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface IRateLimitStore
        {
            Task<long> IncrementAsync(string key, TimeSpan window);
            Task<long> GetCountAsync(string key);
            Task ResetAsync(string key);
        }
        """;

    internal const string Files = Sources.Usings + """
        namespace E5;

        [InMemoryFake]
        public interface IFileStorageService
        {
            Task<string> UploadAsync(Stream content, string fileName, string contentType);
            Task<Stream?> DownloadAsync(string fileName);
            Task DeleteAsync(string fileName);
            Task<bool> ExistsAsync(string fileName);
        }

        [InMemoryFake]
        public interface IBlobService
        {
            Task UploadAsync(string containerName, string blobName, Stream content, CancellationToken cancellationToken = default);
            Task<Stream> DownloadAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            Task DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<string>> ListBlobsAsync(string containerName, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface IAvatarStore
        {
            Task SaveAsync(Guid userId, byte[] image);
            Task<byte[]?> GetAsync(Guid userId);
            Task DeleteAsync(Guid userId);
        }

        [InMemoryFake]
        public interface IDocumentStorage
        {
            void Save(string path, string content);
            string? Read(string path);
            bool Exists(string path);
            void Delete(string path);
        }
        """;

    internal const string Identity = Sources.Usings + """
        namespace E6;

        public class RefreshToken { public Guid Id { get; set; } [Unique] public string Token { get; set; } = ""; public Guid UserId { get; set; } public DateTime ExpiresAt { get; set; } public DateTime? RevokedAt { get; set; } }

        [InMemoryFake]
        public interface IRefreshTokenRepository
        {
            Task<RefreshToken?> GetByTokenAsync(string token);
            Task AddAsync(RefreshToken refreshToken);
            Task<IReadOnlyList<RefreshToken>> GetByUserIdAsync(Guid userId);
            Task UpdateAsync(RefreshToken refreshToken);
            Task RemoveByUserIdAsync(Guid userId);
        }

        public class ApiKey { public int Id { get; set; } public string Key { get; set; } = ""; public string OwnerId { get; set; } = ""; public string Name { get; set; } = ""; public DateTimeOffset CreatedAt { get; set; } }

        [InMemoryFake]
        public interface IApiKeyStore
        {
            ApiKey? FindByKey(string key);
            void Create(ApiKey apiKey);
            void Delete(int id);
            IEnumerable<ApiKey> GetByOwnerId(string ownerId);
        }

        public class Invitation { public Guid Id { get; set; } public string Code { get; set; } = ""; public string Email { get; set; } = ""; public bool IsAccepted { get; set; } public DateTime? AcceptedAt { get; set; } }

        [InMemoryFake]
        public interface IInvitationRepository
        {
            Task<Invitation?> GetByCodeAsync(string code, CancellationToken cancellationToken = default);
            Task CreateAsync(Invitation invitation, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Invitation>> GetByEmailAsync(string email, CancellationToken cancellationToken = default);
            Task MarkAcceptedAsync(Guid id, DateTime acceptedAt, CancellationToken cancellationToken = default);
        }

        public record PasswordResetToken(string Token, string UserId, DateTime ExpiresUtc);

        [InMemoryFake]
        public interface IPasswordResetTokenStore
        {
            Task SaveAsync(PasswordResetToken token);
            Task<PasswordResetToken?> FindAsync(string token);
            Task DeleteAsync(string token);
        }
        """;

    internal const string Messaging = Sources.Usings + """
        namespace E7;

        public class OutboxMessage { public Guid Id { get; set; } public string Type { get; set; } = ""; public string Content { get; set; } = ""; public DateTime OccurredOnUtc { get; set; } public DateTime? ProcessedOnUtc { get; set; } public string? Error { get; set; } }

        [InMemoryFake]
        public interface IOutboxRepository
        {
            Task AddAsync(OutboxMessage message, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<OutboxMessage>> GetUnprocessedAsync(int batchSize, CancellationToken cancellationToken = default);
            Task MarkAsProcessedAsync(Guid id, DateTime processedOnUtc, CancellationToken cancellationToken = default);
            Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
        }

        public class InboxMessage { public Guid MessageId { get; set; } public string Consumer { get; set; } = ""; public DateTime ReceivedAt { get; set; } }

        [InMemoryFake]
        public interface IInboxStore
        {
            bool Exists(Guid messageId);
            void Add(InboxMessage message);
            InboxMessage? Get(Guid messageId);
        }

        public class AuditLog { public long Id { get; set; } public string UserId { get; set; } = ""; public string EntityName { get; set; } = ""; public string EntityId { get; set; } = ""; public string Action { get; set; } = ""; public DateTime Timestamp { get; set; } }

        [InMemoryFake]
        public interface IAuditLogRepository
        {
            Task AddAsync(AuditLog entry);
            Task<IEnumerable<AuditLog>> GetByUserIdAsync(string userId);
            Task<IEnumerable<AuditLog>> GetByEntityNameAndEntityIdAsync(string entityName, string entityId);
            Task<long> CountAsync();
        }

        public class Notification { public Guid Id { get; set; } public Guid UserId { get; set; } public string Message { get; set; } = ""; public bool IsRead { get; set; } }

        [InMemoryFake]
        public interface INotificationRepository
        {
            Task<IReadOnlyList<Notification>> GetByUserIdAsync(Guid userId);
            Task AddAsync(Notification notification);
            Task MarkAsReadAsync(Guid id);
            Task DeleteAsync(Guid id);
        }
        """;

    internal const string Settings = Sources.Usings + """
        namespace E8;

        [InMemoryFake]
        public interface ISettingsRepository
        {
            Task<string?> GetValueAsync(string key);
            Task SetValueAsync(string key, string value);
            Task DeleteAsync(string key);
        }

        public class FeatureFlag { public string Name { get; set; } = ""; public bool IsEnabled { get; set; } public string? Description { get; set; } }

        [InMemoryFake]
        public interface IFeatureFlagStore
        {
            Task<FeatureFlag?> GetAsync(string name);
            Task<IReadOnlyList<FeatureFlag>> GetAllAsync();
            Task UpsertAsync(FeatureFlag flag);
            Task DeleteAsync(string name);
        }

        public class UserPreferences { public Guid UserId { get; set; } public string Theme { get; set; } = "light"; public string Language { get; set; } = "en"; }

        [InMemoryFake]
        public interface IUserPreferencesStore
        {
            UserPreferences? Get(Guid userId);
            void Save(UserPreferences preferences);
        }

        public class Tenant { public string Id { get; set; } = ""; [Unique] public string Identifier { get; set; } = ""; public string Name { get; set; } = ""; public string? ConnectionString { get; set; } }

        [InMemoryFake]
        public interface ITenantRepository
        {
            Tenant? GetByIdentifier(string identifier);
            Tenant? GetById(string id);
            IEnumerable<Tenant> GetAll();
            void Add(Tenant tenant);
        }
        """;

    internal const string Commerce = Sources.Usings + """
        namespace E9;

        public class CartItem { public int ProductId { get; set; } public int Quantity { get; set; } public decimal UnitPrice { get; set; } }
        public class ShoppingCart { public string UserName { get; set; } = ""; public List<CartItem> Items { get; set; } = new(); }

        [InMemoryFake]
        public interface IShoppingCartRepository
        {
            Task<ShoppingCart?> GetCartAsync(string userName);
            Task<ShoppingCart> UpdateCartAsync(ShoppingCart cart);
            Task DeleteCartAsync(string userName);
        }

        public class InventoryItem { public string Sku { get; set; } = ""; public int Quantity { get; set; } public string Warehouse { get; set; } = ""; }

        [InMemoryFake]
        public interface IInventoryRepository
        {
            InventoryItem? GetBySku(string sku);
            void Upsert(InventoryItem item);
            IReadOnlyList<InventoryItem> GetByWarehouse(string warehouse);
            IReadOnlyList<InventoryItem> GetLowStock(int threshold);
        }

        public class WishlistItem { public int Id { get; set; } public string UserId { get; set; } = ""; public int ProductId { get; set; } }

        [InMemoryFake]
        public interface IWishlistRepository
        {
            Task AddAsync(WishlistItem item);
            Task<IReadOnlyList<WishlistItem>> GetByUserIdAsync(string userId);
            Task<bool> ExistsAsync(string userId, int productId);
            Task RemoveAsync(int id);
        }

        public class Address { public Guid Id { get; set; } public Guid UserId { get; set; } public string Street { get; set; } = ""; public string City { get; set; } = ""; public bool IsDefault { get; set; } }

        [InMemoryFake]
        public interface IAddressRepository
        {
            Task<Address?> GetByIdAsync(Guid id, CancellationToken cancellationToken);
            Task<IReadOnlyList<Address>> GetByUserIdAsync(Guid userId, CancellationToken cancellationToken);
            Task AddAsync(Address address, CancellationToken cancellationToken);
            Task DeleteAsync(Guid id, CancellationToken cancellationToken);
        }
        """;

    internal const string Bookings = Sources.Usings + """
        namespace E10;

        public class Bookmark { public int Id { get; set; } public string UserId { get; set; } = ""; public string Url { get; set; } = ""; public string? Title { get; set; } }

        [InMemoryFake]
        public interface IBookmarkRepository
        {
            Task<List<Bookmark>> GetByUserIdAsync(string userId);
            Task AddAsync(Bookmark bookmark);
            Task RemoveAsync(int id);
            Task<bool> ExistsAsync(string userId, string url);
        }

        public class Subscription { public Guid Id { get; set; } public Guid CustomerId { get; set; } public string Plan { get; set; } = ""; public DateTime? CancelledAt { get; set; } }

        [InMemoryFake]
        public interface ISubscriptionRepository
        {
            Task<Subscription?> GetByIdAsync(Guid id);
            Task<IReadOnlyList<Subscription>> GetByCustomerIdAsync(Guid customerId);
            Task AddAsync(Subscription subscription);
            Task UpdateAsync(Subscription subscription);
        }

        public class Reservation { public int Id { get; set; } public string GuestName { get; set; } = ""; public DateOnly Date { get; set; } public int TableNumber { get; set; } }

        [InMemoryFake]
        public interface IReservationRepository
        {
            Task<Reservation?> GetAsync(int id);
            Task<IEnumerable<Reservation>> GetByDateAsync(DateOnly date);
            Task<int> CreateAsync(Reservation reservation);
            Task CancelAsync(int id);
        }

        public class Student { public int Id { get; set; } public string Name { get; set; } = ""; public int Grade { get; set; } }
        public class PagedResult<T> { public IReadOnlyList<T> Items { get; set; } = Array.Empty<T>(); public int TotalCount { get; set; } }

        [InMemoryFake]
        public interface IStudentRepository
        {
            Task<Student?> GetByIdAsync(int id);
            Task<PagedResult<Student>> GetPagedAsync(int pageNumber, int pageSize);
            Task<IEnumerable<Student>> GetByGradeAsync(int grade);
            Task AddAsync(Student student);
            Task UpdateAsync(Student student);
        }
        """;

    private const string Prelude = Infrastructure.Refusals.CheckOpening;

    private static string[] Refusals(GeneratorRun run) => Infrastructure.Refusals.Listed(run);

    private static string Message(GeneratorRun run, string member) => Infrastructure.Refusals.Message(run, member);

    private static string Without(string source, params string[] lines) => Infrastructure.Refusals.Without(source, lines);

    [Fact]
    public void Each_group_refuses_exactly_the_members_its_signatures_do_not_prove()
    {
        (string Source, string[] Refused)[] groups =
        {
            (Repositories, new[] { "IMF0001 DeleteAsync", "IMF0001 Remove" }),
            (DapperStyle, new[] { "IMF0001 Delete", "IMF0001 Insert" }),
            (Documents, new[] { "IMF0001 GetRecentAsync" }),
            (Caches, new[] { "IMF0001 GetCountAsync", "IMF0001 IncrementAsync", "IMF0001 ResetAsync" }),
            (Files, new[] { "IMF0001 UploadAsync" }), // IBlobService's (containerName, blobName) members since h-blobpair (BlobPairTests)
            (Identity, new[] { "IMF0001 MarkAcceptedAsync" }),
            (Messaging, new[] { "IMF0001 GetUnprocessedAsync", "IMF0009 Add" }),
            (Settings, new[] { "IMF0009 Save" }),
            (Commerce, new[] { "IMF0009 GetByWarehouse", "IMF0009 UpdateCartAsync" }),
            (Bookings, new[] { "IMF0001 CancelAsync", "IMF0001 CreateAsync" }),
        };
        foreach (var (source, refused) in groups)
        {
            var run = GeneratorHarness.Run(source);
            Assertions.NeverFailed(run);
            Assert.Equal(string.Join(" | ", refused), string.Join(" | ", Refusals(run)));
        }
    }

    [Fact]
    public void A_time_setter_whose_noun_is_also_a_bool_flag_is_refused_not_half_written()
    {
        // First try: MarkAcceptedAsync(id, acceptedAt) set AcceptedAt and left IsAccepted false.
        var run = GeneratorHarness.Run(Identity);
        Assert.Contains("'Accepted' names both the bool IsAccepted and the time AcceptedAt", Message(run, "MarkAcceptedAsync"), StringComparison.Ordinal);
        Assert.Contains("await Store.CallAsync(nameof(MarkAcceptedAsync), cancellationToken, id, acceptedAt)", Message(run, "MarkAcceptedAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_marker_beside_a_time_of_the_same_word_is_refused_not_half_written()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;
            public class Alert { public Guid Id { get; set; } public bool IsRead { get; set; } public DateTime? ReadAt { get; set; } }
            [InMemoryFake]
            public interface IAlertRepository
            {
                Task AddAsync(Alert alert);
                Task MarkAsReadAsync(Guid id);
                Task MarkReadAsync(Guid id);
            }
            """);
        Assert.Equal(new[] { "IMF0001 MarkAsReadAsync", "IMF0001 MarkReadAsync" }, Refusals(run));
        Assert.Contains("names the bool IsRead, and Alert also has ReadAt", Message(run, "MarkAsReadAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_as_with_a_time_sets_the_time_property_of_that_state()
    {
        // First try: MarkAsProcessedAsync(id, processedOnUtc) was refused ("its parameters must be the key").
        var run = GeneratorHarness.Run(Without(Messaging, "Task<IReadOnlyList<OutboxMessage>> GetUnprocessedAsync(int batchSize, CancellationToken cancellationToken = default);")
            .Replace("public class InboxMessage { public Guid MessageId", "public class InboxMessage { [FakeKey] public Guid MessageId", StringComparison.Ordinal)
            .Replace("Task AddAsync(OutboxMessage message, CancellationToken cancellationToken = default);", "Task AddAsync(OutboxMessage message, CancellationToken cancellationToken = default);\nTask<OutboxMessage?> GetByIdAsync(Guid id);", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing E7;\n" + Prelude + """
                public static void Run()
                {
                    IOutboxRepository outbox = new InMemoryOutboxRepository();
                    var a = new OutboxMessage { Id = Guid.NewGuid(), Type = "a" };
                    var b = new OutboxMessage { Id = Guid.NewGuid(), Type = "b" };
                    outbox.AddAsync(a).GetAwaiter().GetResult();
                    outbox.AddAsync(b).GetAwaiter().GetResult();
                    var at = new DateTime(2026, 12, 5, 0, 30, 0, DateTimeKind.Utc);
                    outbox.MarkAsProcessedAsync(a.Id, at).GetAwaiter().GetResult();
                    Is(at, outbox.GetByIdAsync(a.Id).GetAwaiter().GetResult()?.ProcessedOnUtc, "the processed message's time");
                    Is(null, outbox.GetByIdAsync(b.Id).GetAwaiter().GetResult()?.ProcessedOnUtc, "the other message");
                    Throws<Exception>(() => outbox.MarkAsProcessedAsync(Guid.NewGuid(), at).GetAwaiter().GetResult(), null, "a message never added");

                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    var user = Guid.NewGuid();
                    var n1 = new Notification { Id = Guid.NewGuid(), UserId = user, Message = "one" };
                    var n2 = new Notification { Id = Guid.NewGuid(), UserId = user, Message = "two" };
                    notifications.AddAsync(n1).GetAwaiter().GetResult();
                    notifications.AddAsync(n2).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { Id = Guid.NewGuid(), UserId = Guid.NewGuid(), Message = "other" }).GetAwaiter().GetResult();
                    notifications.MarkAsReadAsync(n1.Id).GetAwaiter().GetResult();
                    var mine = notifications.GetByUserIdAsync(user).GetAwaiter().GetResult();
                    Is(2, mine.Count, "the user's notifications");
                    Is(true, mine.Single(n => n.Id == n1.Id).IsRead, "the one marked read");
                    Is(false, mine.Single(n => n.Id == n2.Id).IsRead, "the one not marked");

                    IInboxStore inbox = new InMemoryInboxStore();
                    var m = Guid.NewGuid();
                    Is(false, inbox.Exists(m), "a message not received");
                    inbox.Add(new InboxMessage { MessageId = m, Consumer = "c" });
                    Is(true, inbox.Exists(m), "a message received");
                }
            }
            """);
    }

    [Fact]
    public void Mark_as_with_a_time_stays_refused_where_the_flag_exists_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;
            public class Job { public Guid Id { get; set; } public bool IsProcessed { get; set; } public DateTime? ProcessedAt { get; set; } }
            [InMemoryFake]
            public interface IJobRepository
            {
                Task AddAsync(Job job);
                Task MarkAsProcessedAsync(Guid id, DateTime processedAt);
            }
            """);
        Assert.Equal(new[] { "IMF0001 MarkAsProcessedAsync" }, Refusals(run));
        Assert.Contains("'Processed' names both the bool IsProcessed and the time ProcessedAt", Message(run, "MarkAsProcessedAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tutorial_document_repositories_behave_as_their_stores()
    {
        var run = GeneratorHarness.Run(Without(Documents, "Task<IEnumerable<Post>> GetRecentAsync(int count);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing E3;\n" + Prelude + """
                public static void Run()
                {
                    IBookRepository books = new InMemoryBookRepository();
                    books.CreateAsync(new Book { Id = "b1", BookName = "Design Patterns", Price = 54.93m }).GetAwaiter().GetResult();
                    books.CreateAsync(new Book { Id = "b2", BookName = "Clean Code", Price = 43.15m }).GetAwaiter().GetResult();
                    books.UpdateAsync("b1", new Book { Id = "b1", BookName = "Design Patterns, 2nd", Price = 60m }).GetAwaiter().GetResult();
                    Is("Design Patterns, 2nd", books.GetAsync("b1").GetAwaiter().GetResult()?.BookName, "the updated book");
                    books.RemoveAsync("b2").GetAwaiter().GetResult();
                    Is(null, books.GetAsync("b2").GetAwaiter().GetResult(), "a removed book");
                    Is(1, books.GetAsync().GetAwaiter().GetResult().Count, "what is left");

                    ITodoItemRepository todos = new InMemoryTodoItemRepository();
                    todos.CreateAsync(new TodoItem(1, "walk", false)).AsTask().GetAwaiter().GetResult();
                    todos.CreateAsync(new TodoItem(2, "read", true)).AsTask().GetAwaiter().GetResult();
                    todos.CreateAsync(new TodoItem(3, "cook", true)).AsTask().GetAwaiter().GetResult();
                    Is(2, todos.GetByIsCompleteAsync(true).GetAwaiter().GetResult().Count, "the complete ones");
                    Is(true, todos.DeleteAsync(2).AsTask().GetAwaiter().GetResult(), "deleting a stored item");
                    Is(false, todos.DeleteAsync(2).AsTask().GetAwaiter().GetResult(), "deleting it again");
                    Is(2, todos.GetAllAsync().AsTask().GetAwaiter().GetResult().Length, "what is left");
                    Is("cook", todos.FindAsync(3).AsTask().GetAwaiter().GetResult()?.Title, "a stored item");

                    IPostRepository posts = new InMemoryPostRepository();
                    posts.AddAsync(new Post { Id = 1, Slug = "hello", AuthorId = 7 }).GetAwaiter().GetResult();
                    posts.AddAsync(new Post { Id = 2, Slug = "again", AuthorId = 7 }).GetAwaiter().GetResult();
                    posts.AddAsync(new Post { Id = 3, Slug = "other", AuthorId = 8 }).GetAwaiter().GetResult();
                    Is(2, posts.CountByAuthorIdAsync(7).GetAwaiter().GetResult(), "posts by author 7");
                    Is(3, posts.GetBySlugAsync("other").GetAwaiter().GetResult()?.Id, "the post by slug");
                    Is(null, posts.GetBySlugAsync("none").GetAwaiter().GetResult(), "no post by that slug");
                }
            }
            """);
    }

    [Fact]
    public void Identity_stores_find_by_token_and_remove_a_users_tokens()
    {
        var run = GeneratorHarness.Run(Without(Identity, "Task MarkAcceptedAsync(Guid id, DateTime acceptedAt, CancellationToken cancellationToken = default);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing E6;\n" + Prelude + """
                public static void Run()
                {
                    IRefreshTokenRepository tokens = new InMemoryRefreshTokenRepository();
                    var alice = Guid.NewGuid();
                    var bob = Guid.NewGuid();
                    tokens.AddAsync(new RefreshToken { Id = Guid.NewGuid(), Token = "t1", UserId = alice }).GetAwaiter().GetResult();
                    tokens.AddAsync(new RefreshToken { Id = Guid.NewGuid(), Token = "t2", UserId = alice }).GetAwaiter().GetResult();
                    tokens.AddAsync(new RefreshToken { Id = Guid.NewGuid(), Token = "t3", UserId = bob }).GetAwaiter().GetResult();
                    Is(alice, tokens.GetByTokenAsync("t2").GetAwaiter().GetResult()?.UserId, "the token's user");
                    tokens.RemoveByUserIdAsync(alice).GetAwaiter().GetResult();
                    Is(0, tokens.GetByUserIdAsync(alice).GetAwaiter().GetResult().Count, "alice's tokens after removal");
                    Is(1, tokens.GetByUserIdAsync(bob).GetAwaiter().GetResult().Count, "bob's tokens");

                    IPasswordResetTokenStore resets = new InMemoryPasswordResetTokenStore();
                    resets.SaveAsync(new PasswordResetToken("abc", "u1", DateTime.UnixEpoch)).GetAwaiter().GetResult();
                    Is("u1", resets.FindAsync("abc").GetAwaiter().GetResult()?.UserId, "the reset token");
                    resets.DeleteAsync("abc").GetAwaiter().GetResult();
                    Is(null, resets.FindAsync("abc").GetAwaiter().GetResult(), "a deleted reset token");

                    IApiKeyStore keys = new InMemoryApiKeyStore();
                    keys.Create(new ApiKey { Id = 1, Key = "k-1", OwnerId = "o" });
                    keys.Create(new ApiKey { Id = 2, Key = "k-2", OwnerId = "o" });
                    Is(2, keys.FindByKey("k-2")?.Id, "the API key found by its Key property, not by Id");
                    Is(null, keys.FindByKey("1"), "the Id's text is no Key");
                    keys.Delete(1);
                    Is(1, keys.GetByOwnerId("o").Count(), "the owner's keys after a delete");
                }
            }
            """);
    }

    [Fact]
    public void Cache_wrappers_read_what_they_set()
    {
        var run = GeneratorHarness.Run(Without(Caches,
            "Task<long> IncrementAsync(string key, TimeSpan window);", "Task<long> GetCountAsync(string key);", "Task ResetAsync(string key);")
            .Replace("[InMemoryFake]\npublic interface IRateLimitStore", "public interface IRateLimitStore", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using E4;\n" + Prelude + """
                public static void Run()
                {
                    ICacheService cache = new InMemoryCacheService();
                    cache.SetAsync("n", 42).GetAwaiter().GetResult();
                    Is(42, cache.GetAsync<int>("n").GetAwaiter().GetResult(), "a cached int");
                    Is(true, cache.ExistsAsync("n").GetAwaiter().GetResult(), "a cached key exists");
                    cache.RemoveAsync("n").GetAwaiter().GetResult();
                    Is(false, cache.ExistsAsync("n").GetAwaiter().GetResult(), "a removed key");
                    Is(null, cache.GetAsync<string>("missing").GetAwaiter().GetResult(), "a missing key");

                    IStringCache strings = new InMemoryStringCache();
                    strings.SetString("a", "1");
                    Is(true, strings.TryGetValue("a", out var value), "TryGetValue of a stored key");
                    Is("1", value, "its value");
                    strings.Remove("a");
                    Is(false, strings.TryGetValue("a", out _), "TryGetValue of a removed key");
                }
            }
            """);
    }

}
