using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Forty more everyday interfaces (session 22), in the styles the first four rounds did not cover: the service layer
/// tutorials put over a DbContext (results wrapped in <c>ServiceResponse&lt;T&gt;</c>, <c>Result&lt;T&gt;</c>,
/// <c>ApiResponse&lt;T&gt;</c>, <c>OperationResult</c>; create and update DTOs), Dapper and raw ADO.NET data access, LiteDB,
/// sqlite-net and Blazor local storage, minimal-API and Redis-backed stores, CQRS read and write repositories and an event
/// store, multi-tenant repositories, file-backed stores, outbox and inbox tables, feature flags and settings. Eight groups
/// of five; the classification is in docs/generator-rounds.md, "Everyday interfaces, first tries (session 22)".
/// </summary>
public class EverydayInterfaceTests5
{
    internal const string Services = Sources.Usings + """
        namespace J1;

        public class ServiceResponse<T> { public T? Data { get; set; } public bool Success { get; set; } = true; public string Message { get; set; } = ""; }

        public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } public int Stock { get; set; } }
        public record GetProductDto(int Id, string Name, decimal Price);
        public record CreateProductDto(string Name, decimal Price, int Stock);
        public record UpdateProductDto(string Name, decimal Price, int Stock);

        [InMemoryFake]
        public interface IProductService
        {
            Task<ServiceResponse<List<Product>>> GetAllAsync();
            Task<ServiceResponse<Product>> GetByIdAsync(int id);
            Task<ServiceResponse<Product>> CreateAsync(CreateProductDto dto);
            Task<ServiceResponse<Product>> UpdateAsync(int id, UpdateProductDto dto);
            Task<ServiceResponse<bool>> DeleteAsync(int id);
        }

        public enum RpgClass { Knight, Mage, Cleric }
        public class Character { public int Id { get; set; } public string Name { get; set; } = "Frodo"; public int HitPoints { get; set; } = 100; public int Strength { get; set; } = 10; public RpgClass Class { get; set; } }
        public class GetCharacterDto { public int Id { get; set; } public string Name { get; set; } = ""; public int HitPoints { get; set; } public RpgClass Class { get; set; } }
        public class AddCharacterDto { public string Name { get; set; } = ""; public int HitPoints { get; set; } = 100; public int Strength { get; set; } = 10; public RpgClass Class { get; set; } }
        public class UpdateCharacterDto { public int Id { get; set; } public string Name { get; set; } = ""; public int HitPoints { get; set; } public int Strength { get; set; } public RpgClass Class { get; set; } }

        [InMemoryFake]
        public interface ICharacterService
        {
            Task<ServiceResponse<List<GetCharacterDto>>> GetAllCharacters();
            Task<ServiceResponse<GetCharacterDto>> GetCharacterById(int id);
            Task<ServiceResponse<List<GetCharacterDto>>> AddCharacter(AddCharacterDto newCharacter);
            Task<ServiceResponse<GetCharacterDto>> UpdateCharacter(UpdateCharacterDto updatedCharacter);
            Task<ServiceResponse<List<GetCharacterDto>>> DeleteCharacter(int id);
        }

        public class TodoItem { public Guid Id { get; set; } public string Title { get; set; } = ""; public bool IsComplete { get; set; } public DateTime CreatedAt { get; set; } }
        public record CreateTodoRequest { public string Title { get; init; } = ""; }
        public record UpdateTodoRequest { public string Title { get; init; } = ""; public bool IsComplete { get; init; } }

        [InMemoryFake]
        public interface ITodoService
        {
            Task<IEnumerable<TodoItem>> GetAllAsync(CancellationToken cancellationToken = default);
            Task<TodoItem?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
            Task<TodoItem> CreateAsync(CreateTodoRequest request, CancellationToken cancellationToken = default);
            Task<TodoItem?> UpdateAsync(Guid id, UpdateTodoRequest request, CancellationToken cancellationToken = default);
            Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
        }

        public class Result<T> { public bool IsSuccess { get; init; } public T? Value { get; init; } public string? Error { get; init; } }
        public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; public string Email { get; set; } = ""; }

        [InMemoryFake]
        public interface ICustomerService
        {
            Task<Result<Customer>> GetByIdAsync(int id);
            Task<Result<IReadOnlyList<Customer>>> GetAllAsync();
            Task<Result<Customer>> AddAsync(Customer customer);
            Task<Result<Customer>> UpdateAsync(Customer customer);
            Task<Result<bool>> DeleteAsync(int id);
        }

        public class OperationResult { public bool Success { get; set; } public string? Message { get; set; } }
        public class ApiResponse<T> { public T? Data { get; set; } public bool Success { get; set; } public string? Message { get; set; } public List<string> Errors { get; set; } = new(); }
        public class Venue { public long Id { get; set; } public string Name { get; set; } = ""; public int Capacity { get; set; } }

        [InMemoryFake]
        public interface IVenueService
        {
            Task<ApiResponse<List<Venue>>> GetVenuesAsync();
            Task<ApiResponse<Venue>> GetVenueAsync(long id);
            Task<OperationResult> CreateVenueAsync(Venue venue);
            Task<OperationResult> UpdateVenueAsync(Venue venue);
            Task<OperationResult> DeleteVenueAsync(long id);
        }
        """;

    internal const string DataAccess = Sources.Usings + """
        namespace J2;

        public class Supplier { public int Id { get; set; } public string CompanyName { get; set; } = ""; public string? ContactEmail { get; set; } public bool IsActive { get; set; } }

        [InMemoryFake]
        public interface ISupplierRepository
        {
            Task<IEnumerable<Supplier>> GetAllAsync();
            Task<Supplier?> GetByIdAsync(int id);
            Task<int> AddAsync(Supplier supplier);
            Task<int> UpdateAsync(Supplier supplier);
            Task<int> DeleteAsync(int id);
        }

        #nullable disable
        public class Employee { public int EmployeeId { get; set; } public string FirstName { get; set; } public string LastName { get; set; } public string Department { get; set; } public decimal Salary { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IEmployeeDataAccess
        {
            List<Employee> GetAllEmployees();
            Employee GetEmployeeById(int employeeId);
            List<Employee> GetEmployeesByDepartment(string department);
            void InsertEmployee(Employee employee);
            void UpdateEmployee(Employee employee);
            void DeleteEmployee(int employeeId);
        }
        #nullable restore

        public class Shipment { public long Id { get; set; } public string TrackingNumber { get; set; } = ""; public string Carrier { get; set; } = ""; public DateTime CreatedAt { get; set; } }

        [InMemoryFake]
        public interface IShipmentDapperRepository
        {
            Task<long> InsertAsync(Shipment shipment, CancellationToken ct);
            Task<Shipment?> GetAsync(long id, CancellationToken ct);
            Task<bool> UpdateAsync(Shipment shipment, CancellationToken ct);
            Task<bool> DeleteAsync(long id, CancellationToken ct);
            Task<int> CountAsync(CancellationToken ct);
            Task<bool> ExistsByTrackingNumberAsync(string trackingNumber, CancellationToken ct);
        }

        public interface IDapperRepository<T> where T : class
        {
            Task<IEnumerable<T>> GetAllAsync();
            Task<T?> GetByIdAsync(Guid id);
            Task<int> InsertAsync(T entity);
            Task<int> InsertManyAsync(IEnumerable<T> entities);
            Task<bool> UpdateAsync(T entity);
            Task<bool> DeleteAsync(Guid id);
        }

        public class Warehouse { public Guid Id { get; set; } public string Code { get; set; } = ""; public string City { get; set; } = ""; }

        [InMemoryFake]
        public interface IWarehouseDapperRepository : IDapperRepository<Warehouse>
        {
            Task<Warehouse?> GetByCodeAsync(string code);
            Task<IEnumerable<Warehouse>> GetByCityAsync(string city);
        }

        public class Invoice { public int Id { get; set; } public string Number { get; set; } = ""; public decimal Total { get; set; } public DateTime IssuedOn { get; set; } public bool IsPaid { get; set; } }

        [InMemoryFake]
        public interface IInvoiceAdoRepository
        {
            IEnumerable<Invoice> GetAll();
            Invoice? GetById(int id);
            int Insert(Invoice invoice);
            int Update(Invoice invoice);
            int Delete(int id);
            int GetCount();
            bool Exists(int id);
        }
        """;

    internal const string Local = Sources.Usings + """
        using System.Linq.Expressions;

        namespace J3;

        public class Contact { public Guid Id { get; set; } public string Name { get; set; } = ""; public string Phone { get; set; } = ""; public bool IsFavorite { get; set; } }

        [InMemoryFake]
        public interface IContactLiteDbRepository
        {
            IEnumerable<Contact> FindAll();
            Contact? FindById(Guid id);
            IEnumerable<Contact> Find(Expression<Func<Contact, bool>> predicate);
            Guid Insert(Contact contact);
            bool Update(Contact contact);
            bool Upsert(Contact contact);
            bool Delete(Guid id);
            int DeleteMany(Expression<Func<Contact, bool>> predicate);
            int Count();
        }

        public class ShoppingItem { public int Id { get; set; } public string Name { get; set; } = ""; public int Quantity { get; set; } public bool IsBought { get; set; } }

        [InMemoryFake]
        public interface IShoppingListDatabase
        {
            Task<List<ShoppingItem>> GetItemsAsync();
            Task<ShoppingItem> GetItemAsync(int id);
            Task<List<ShoppingItem>> GetBoughtItemsAsync();
            Task<int> InsertOrReplaceAsync(ShoppingItem item);
            Task<int> DeleteAsync(ShoppingItem item);
            Task<int> DeleteAllAsync();
        }

        [InMemoryFake]
        public interface ILocalStorageService
        {
            ValueTask<T?> GetItemAsync<T>(string key, CancellationToken cancellationToken = default);
            ValueTask<string?> GetItemAsStringAsync(string key, CancellationToken cancellationToken = default);
            ValueTask SetItemAsync<T>(string key, T data, CancellationToken cancellationToken = default);
            ValueTask SetItemAsStringAsync(string key, string data, CancellationToken cancellationToken = default);
            ValueTask RemoveItemAsync(string key, CancellationToken cancellationToken = default);
            ValueTask ClearAsync(CancellationToken cancellationToken = default);
            ValueTask<bool> ContainKeyAsync(string key, CancellationToken cancellationToken = default);
            ValueTask<int> LengthAsync(CancellationToken cancellationToken = default);
        }

        public class Draft { public string Id { get; set; } = ""; public string Title { get; set; } = ""; public string Body { get; set; } = ""; public DateTime SavedAt { get; set; } }

        [InMemoryFake]
        public interface IDraftStorage
        {
            ValueTask<List<Draft>> GetDraftsAsync();
            ValueTask<Draft?> GetDraftAsync(string id);
            ValueTask SaveDraftAsync(Draft draft);
            ValueTask DeleteDraftAsync(string id);
        }

        public record RecentSearch(int Id, string Query, DateTime SearchedAt);

        [InMemoryFake]
        public interface IRecentSearchStore
        {
            Task<IReadOnlyList<RecentSearch>> GetAllAsync();
            Task AddAsync(RecentSearch search);
            Task RemoveAsync(int id);
            Task ClearAsync();
        }
        """;

    internal const string Minimal = Sources.Usings + """
        namespace J4;

        public record Todo(int Id, string Title, bool IsComplete);

        [InMemoryFake]
        public interface ITodoStore
        {
            IEnumerable<Todo> GetAll();
            Todo? Get(int id);
            Todo Add(Todo todo);
            bool Update(Todo todo);
            bool Delete(int id);
            IEnumerable<Todo> GetComplete();
        }

        public class CartItem { public int ProductId { get; set; } public string ProductName { get; set; } = ""; public decimal UnitPrice { get; set; } public int Quantity { get; set; } }
        public class Cart { public string UserId { get; set; } = ""; public List<CartItem> Items { get; set; } = new(); }

        [InMemoryFake]
        public interface ICartService
        {
            Task<Cart?> GetCartAsync(string userId);
            Task<Cart> UpdateCartAsync(Cart cart);
            Task<bool> DeleteCartAsync(string userId);
        }

        public class ShortLink { public string Code { get; set; } = ""; public string TargetUrl { get; set; } = ""; public int Clicks { get; set; } public DateTime CreatedAt { get; set; } }

        [InMemoryFake]
        public interface IShortLinkStore
        {
            Task<ShortLink?> GetByCodeAsync(string code);
            Task<bool> CodeExistsAsync(string code);
            Task AddAsync(ShortLink link);
            Task IncrementClicksAsync(string code);
            Task<IReadOnlyList<ShortLink>> GetAllAsync();
        }

        public class UserSession { public string SessionId { get; set; } = ""; public string UserId { get; set; } = ""; public DateTimeOffset ExpiresAt { get; set; } }

        [InMemoryFake]
        public interface IRedisSessionService
        {
            Task<UserSession?> GetAsync(string sessionId);
            Task SetAsync(string sessionId, UserSession session, TimeSpan expiry);
            Task<bool> RemoveAsync(string sessionId);
            Task<bool> ExistsAsync(string sessionId);
        }

        public readonly record struct BookId(Guid Value);
        public class Book { public BookId Id { get; set; } public string Title { get; set; } = ""; public string Author { get; set; } = ""; public int Year { get; set; } }

        [InMemoryFake]
        public interface IBookStore
        {
            ValueTask<Book?> FindAsync(BookId id, CancellationToken ct = default);
            ValueTask<IReadOnlyList<Book>> ListAsync(CancellationToken ct = default);
            ValueTask<IReadOnlyList<Book>> GetByAuthorAsync(string author, CancellationToken ct = default);
            ValueTask AddAsync(Book book, CancellationToken ct = default);
            ValueTask<bool> RemoveAsync(BookId id, CancellationToken ct = default);
        }
        """;

    internal const string Cqrs = Sources.Usings + """
        namespace J5;

        public class Order { public Guid Id { get; set; } public Guid CustomerId { get; set; } public decimal Total { get; set; } public string Status { get; set; } = "New"; public DateTime PlacedAt { get; set; } }
        public record OrderSummary { public Guid Id { get; init; } public Guid CustomerId { get; init; } public decimal Total { get; init; } public string Status { get; init; } = ""; }

        [InMemoryFake]
        public interface IOrderReadRepository
        {
            Task<OrderSummary?> GetByIdAsync(Guid id, CancellationToken ct = default);
            Task<IReadOnlyList<OrderSummary>> GetByCustomerIdAsync(Guid customerId, CancellationToken ct = default);
            Task<IReadOnlyList<OrderSummary>> GetByStatusAsync(string status, CancellationToken ct = default);
            Task<int> CountByCustomerIdAsync(Guid customerId, CancellationToken ct = default);
        }

        [InMemoryFake]
        public interface IOrderWriteRepository
        {
            Task<Order?> GetByIdAsync(Guid id, CancellationToken ct = default);
            Task AddAsync(Order order, CancellationToken ct = default);
            Task UpdateAsync(Order order, CancellationToken ct = default);
            Task DeleteAsync(Guid id, CancellationToken ct = default);
        }

        public interface IReadRepository<T, TKey> where T : class
        {
            Task<T?> GetByIdAsync(TKey id);
            Task<IReadOnlyList<T>> ListAllAsync();
            Task<bool> ExistsAsync(TKey id);
        }

        public interface IWriteRepository<T, TKey> where T : class
        {
            Task AddAsync(T entity);
            Task AddRangeAsync(IEnumerable<T> entities);
            Task UpdateAsync(T entity);
            Task DeleteAsync(TKey id);
        }

        public class Product { public long Id { get; set; } public string Sku { get; set; } = ""; public string Name { get; set; } = ""; public decimal Price { get; set; } }

        [InMemoryFake]
        public interface IProductQueryRepository : IReadRepository<Product, long>
        {
            Task<Product?> GetBySkuAsync(string sku);
        }

        [InMemoryFake]
        public interface IProductCommandRepository : IWriteRepository<Product, long>
        {
        }

        public class StoredEvent { public long Id { get; set; } public Guid StreamId { get; set; } public int Version { get; set; } public string Type { get; set; } = ""; public string Data { get; set; } = ""; public DateTime OccurredAt { get; set; } }

        [InMemoryFake]
        public interface IEventStore
        {
            Task AppendToStreamAsync(Guid streamId, IEnumerable<StoredEvent> events, int expectedVersion, CancellationToken ct = default);
            Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(Guid streamId, CancellationToken ct = default);
            Task<IReadOnlyList<StoredEvent>> ReadStreamFromAsync(Guid streamId, int fromVersion, CancellationToken ct = default);
            Task<int> GetStreamVersionAsync(Guid streamId, CancellationToken ct = default);
        }
        """;

    internal const string Tenants = Sources.Usings + """
        namespace J6;

        public class Project { public Guid Id { get; set; } public Guid TenantId { get; set; } public string Name { get; set; } = ""; public bool IsArchived { get; set; } }

        [InMemoryFake]
        public interface IProjectRepository
        {
            Task<Project?> GetByIdAsync(Guid tenantId, Guid id, CancellationToken ct = default);
            Task<IReadOnlyList<Project>> GetAllAsync(Guid tenantId, CancellationToken ct = default);
            Task AddAsync(Project project, CancellationToken ct = default);
            Task UpdateAsync(Project project, CancellationToken ct = default);
            Task DeleteAsync(Guid tenantId, Guid id, CancellationToken ct = default);
        }

        public class Client { public int Id { get; set; } public string TenantId { get; set; } = ""; public string Name { get; set; } = ""; public string Email { get; set; } = ""; }

        [InMemoryFake]
        public interface IClientRepository
        {
            IReadOnlyList<Client> GetAll(string tenantId);
            Client? GetById(string tenantId, int id);
            Client? GetByEmail(string tenantId, string email);
            bool Exists(string tenantId, int id);
            int Count(string tenantId);
            void Add(Client client);
        }

        public interface ITenantEntity { string TenantId { get; } }
        public class Ticket : ITenantEntity { public long Id { get; set; } public string TenantId { get; set; } = ""; public string Subject { get; set; } = ""; public string Status { get; set; } = "Open"; public DateTime CreatedAt { get; set; } public string CreatedBy { get; set; } = ""; public DateTime? ModifiedAt { get; set; } public string? ModifiedBy { get; set; } }

        public interface ITenantRepository<T> where T : class, ITenantEntity
        {
            Task<List<T>> ListAsync(string tenantId);
            Task<T?> FindAsync(string tenantId, long id);
            Task InsertAsync(T entity);
            Task UpdateAsync(T entity);
        }

        [InMemoryFake]
        public interface ITicketRepository : ITenantRepository<Ticket>
        {
            Task<List<Ticket>> ListByStatusAsync(string tenantId, string status);
        }

        public class TenantFeature { public int Id { get; set; } public string TenantId { get; set; } = ""; public string FeatureName { get; set; } = ""; public bool IsEnabled { get; set; } }

        [InMemoryFake]
        public interface ITenantFeatureRepository
        {
            Task<TenantFeature?> GetAsync(string tenantId, string featureName);
            Task<List<TenantFeature>> GetByTenantIdAsync(string tenantId);
            Task<bool> IsEnabledAsync(string tenantId, string featureName);
            Task AddAsync(TenantFeature feature);
            Task UpdateAsync(TenantFeature feature);
        }

        public class Document { public Guid Id { get; set; } public Guid TenantId { get; set; } public string Title { get; set; } = ""; public bool IsDeleted { get; set; } public DateTime? DeletedAt { get; set; } }

        [InMemoryFake]
        public interface ITenantDocumentRepository
        {
            Task<IReadOnlyList<Document>> GetByTenantAsync(Guid tenantId);
            Task<Document?> GetByIdAsync(Guid id);
            Task AddAsync(Document document);
            Task SoftDeleteAsync(Guid id);
            Task<int> CountByTenantIdAsync(Guid tenantId);
        }
        """;

    internal const string Messaging = Sources.Usings + """
        namespace J7;

        [InMemoryFake]
        public interface IFileDocumentStore
        {
            Task SaveAsync(string path, Stream content, CancellationToken ct = default);
            Task<Stream?> OpenReadAsync(string path, CancellationToken ct = default);
            Task<bool> ExistsAsync(string path, CancellationToken ct = default);
            Task DeleteAsync(string path, CancellationToken ct = default);
            Task<IReadOnlyList<string>> ListAsync(string directory, CancellationToken ct = default);
        }

        public class Contact { public int Id { get; set; } public string Name { get; set; } = ""; public string Email { get; set; } = ""; }

        [InMemoryFake]
        public interface IJsonFileContactStore
        {
            Task<IReadOnlyList<Contact>> LoadAllAsync();
            Task SaveAllAsync(IEnumerable<Contact> contacts);
            Task<Contact?> GetAsync(int id);
        }

        public class OutboxMessage { public Guid Id { get; set; } public string Type { get; set; } = ""; public string Payload { get; set; } = ""; public DateTime OccurredOnUtc { get; set; } public DateTime? ProcessedOnUtc { get; set; } public string? Error { get; set; } public int RetryCount { get; set; } }

        [InMemoryFake]
        public interface IOutboxStore
        {
            Task AddAsync(OutboxMessage message, CancellationToken ct = default);
            Task<IReadOnlyList<OutboxMessage>> GetPendingAsync(int take, CancellationToken ct = default);
            Task MarkProcessedAsync(Guid id, DateTime processedOnUtc, CancellationToken ct = default);
            Task<int> DeleteProcessedBeforeAsync(DateTime cutoff, CancellationToken ct = default);
        }

        public class InboxMessage { public Guid Id { get; set; } public string MessageId { get; set; } = ""; public string Consumer { get; set; } = ""; public DateTime ReceivedAt { get; set; } public DateTime? ProcessedAt { get; set; } }

        [InMemoryFake]
        public interface IInboxRepository
        {
            Task<bool> ExistsAsync(string messageId, string consumer);
            Task AddAsync(InboxMessage message);
            Task<InboxMessage?> GetByIdAsync(Guid id);
            Task MarkProcessedAsync(Guid id, DateTime processedAt);
        }

        public class StoredFile { public Guid Id { get; set; } public string FileName { get; set; } = ""; public string ContentType { get; set; } = ""; public long SizeBytes { get; set; } public string StoragePath { get; set; } = ""; public DateTime CreatedAt { get; set; } public string CreatedBy { get; set; } = ""; public bool IsDeleted { get; set; } }

        [InMemoryFake]
        public interface IStoredFileRepository
        {
            Task<StoredFile?> GetByIdAsync(Guid id);
            Task<IReadOnlyList<StoredFile>> GetByCreatedByAsync(string createdBy);
            Task AddAsync(StoredFile file);
            Task DeleteAsync(Guid id);
            Task<bool> ExistsByFileNameAsync(string fileName);
        }
        """;

    internal const string Settings = Sources.Usings + """
        namespace J8;

        public class FeatureFlag { public int Id { get; set; } public string Name { get; set; } = ""; public bool IsEnabled { get; set; } public string? Description { get; set; } }

        [InMemoryFake]
        public interface IFeatureFlagRepository
        {
            Task<FeatureFlag?> GetByNameAsync(string name);
            Task<IReadOnlyList<FeatureFlag>> GetAllAsync();
            Task<IReadOnlyList<FeatureFlag>> GetEnabledAsync();
            Task AddAsync(FeatureFlag flag);
            Task UpdateAsync(FeatureFlag flag);
            Task<bool> ExistsByNameAsync(string name);
        }

        [InMemoryFake]
        public interface IAppSettingsStore
        {
            string? Get(string key);
            void Set(string key, string value);
            bool Remove(string key);
            IReadOnlyDictionary<string, string> GetAll();
        }

        public class UserSettings { public string UserId { get; set; } = ""; public string Theme { get; set; } = "light"; public string Language { get; set; } = "en"; public bool EmailNotifications { get; set; } = true; }

        [InMemoryFake]
        public interface IUserSettingsService
        {
            Task<UserSettings?> GetAsync(string userId);
            Task SaveAsync(UserSettings settings);
            Task ResetAsync(string userId);
        }

        public class PagedResult<T> { public IReadOnlyList<T> Items { get; init; } = Array.Empty<T>(); public int TotalCount { get; init; } public int Page { get; init; } public int PageSize { get; init; } }
        public class Article { public int Id { get; set; } public string Title { get; set; } = ""; public string Body { get; set; } = ""; public DateTime PublishedAt { get; set; } public int Views { get; set; } }

        [InMemoryFake]
        public interface IArticleService
        {
            Task<PagedResult<Article>> GetPagedAsync(int page, int pageSize, string? sortBy = null);
            Task<IReadOnlyList<Article>> SearchAsync(string text);
            Task<Article?> GetByIdAsync(int id);
            Task<Article> CreateAsync(Article article);
            Task BulkInsertAsync(IEnumerable<Article> articles);
            Task<int> CountAsync();
        }

        public class Category { public int Id { get; set; } public string Name { get; set; } = ""; public bool IsDeleted { get; set; } public DateTime CreatedAt { get; set; } public DateTime? UpdatedAt { get; set; } }

        [InMemoryFake]
        public interface ICategoryService
        {
            Task<IEnumerable<Category>> GetAllAsync();
            Task<Category?> GetByIdAsync(int id);
            Task<Category> AddAsync(Category category);
            Task<Category?> UpdateAsync(Category category);
            Task<bool> DeleteAsync(int id);
            Task<bool> ExistsAsync(int id);
        }
        """;

    private const string Prelude = Infrastructure.Refusals.CheckOpening;

    private static string Without(string source, params string[] lines) => Infrastructure.Refusals.Without(source, lines);

    /// <summary>The source with the named interfaces no longer marked [InMemoryFake] (a check of the others compiles without them).</summary>
    private static string Unfaked(string source, params string[] interfaces)
    {
        foreach (var name in interfaces)
        {
            var marked = "[InMemoryFake]\npublic interface " + name + "\n";
            Assert.Contains(marked, source, StringComparison.Ordinal);
            source = source.Replace(marked, "public interface " + name + "\n", StringComparison.Ordinal);
        }

        return source;
    }

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info && Infrastructure.Refusals.PointedAt(d) == member)
            .GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Each_group_refuses_exactly_the_members_its_signatures_do_not_prove()
    {
        (string Name, string Source, string[] Refused)[] groups =
        {
            ("Services", Services, new[]
            {
                "IMF0001 AddAsync", "IMF0001 AddCharacter", "IMF0001 CreateAsync", "IMF0001 CreateAsync", "IMF0001 CreateVenueAsync", "IMF0001 DeleteAsync", "IMF0001 DeleteAsync",
                "IMF0001 DeleteCharacter", "IMF0001 DeleteVenueAsync", "IMF0001 GetAllAsync", "IMF0001 GetAllAsync", "IMF0001 GetAllCharacters", "IMF0001 GetByIdAsync", "IMF0001 GetByIdAsync",
                "IMF0001 GetVenueAsync", "IMF0001 GetVenuesAsync", "IMF0001 UpdateAsync", "IMF0001 UpdateAsync", "IMF0001 UpdateCharacter", "IMF0001 UpdateVenueAsync", "IMF0015 GetCharacterById",
            }),
            ("DataAccess", DataAccess, new[] { "IMF0001 AddAsync", "IMF0001 Insert", "IMF0001 InsertAsync" }),
            ("Local", Local, new[] { "IMF0001 GetItemAsStringAsync", "IMF0001 InsertOrReplaceAsync", "IMF0001 SetItemAsStringAsync", "IMF0001 Upsert" }),
            ("Minimal", Minimal, new[] { "IMF0001 AddAsync", "IMF0001 CodeExistsAsync", "IMF0001 GetAsync", "IMF0001 GetByCodeAsync", "IMF0001 IncrementClicksAsync", "IMF0001 UpdateCartAsync" }),
            ("Cqrs", Cqrs, new[] { "IMF0001 AppendToStreamAsync", "IMF0001 GetStreamVersionAsync", "IMF0001 ReadStreamFromAsync" }),
            ("Tenants", Tenants, new[] { "IMF0001 CountByTenantIdAsync", "IMF0001 GetByIdAsync", "IMF0001 GetByTenantAsync", "IMF0001 IsEnabledAsync", "IMF0001 SoftDeleteAsync" }), // the reads beside SoftDeleteAsync of a Document with IsDeleted: h-sample132
            ("Messaging", Messaging, new[] { "IMF0001 DeleteAsync", "IMF0001 DeleteProcessedBeforeAsync", "IMF0001 GetPendingAsync", "IMF0001 SaveAllAsync" }),
            ("Settings", Settings, new[] { "IMF0001 DeleteAsync", "IMF0001 SearchAsync", "IMF0009 SaveAsync" }),
        };
        foreach (var (name, source, refused) in groups)
        {
            var run = GeneratorHarness.Run(source);
            Assertions.NeverFailed(run);
            Assert.Equal(name + ": " + string.Join(" | ", refused), name + ": " + string.Join(" | ", Infrastructure.Refusals.Listed(run)));
        }
    }

    [Fact]
    public void A_whole_collection_save_that_is_the_only_write_is_refused_and_one_beside_a_write_of_one_saves_each()
    {
        // A JSON-file store's SaveAllAsync(contacts) writes the file with exactly the contacts given (those left out are
        // gone); before session 22 it was generated as an upsert of each, silently keeping the others.
        var run = GeneratorHarness.Run(Messaging);
        Assert.Contains("'SaveAll' takes the whole collection and no member writes one Contact", Message(run, "SaveAllAsync"), StringComparison.Ordinal);
        Assert.Contains("Store.Call(nameof(SaveAllAsync), contacts)", Message(run, "SaveAllAsync"), StringComparison.Ordinal);

        // ServiceStack's IEntityStore: StoreAll beside Store(entity) saves each, as Spring Data's saveAll beside save.
        var each = GeneratorHarness.Run(Messaging.Replace("Task SaveAllAsync(IEnumerable<Contact> contacts);", "Task SaveAllAsync(IEnumerable<Contact> contacts);\n    Task SaveAsync(Contact contact);", StringComparison.Ordinal));
        Assert.DoesNotContain(each.GeneratorDiagnostics, static d => Infrastructure.Refusals.PointedAt(d) == "SaveAllAsync");
    }

    [Fact]
    public void A_keyless_append_beside_a_read_of_one_value_by_its_property_is_refused()
    {
        // AddAsync(ShortLink) beside GetByCodeAsync(code) of a link with a Code: the store keyless (no write names 'code'),
        // the append kept a second link of a taken code where the real table's key refuses it.
        var run = GeneratorHarness.Run(Minimal);
        var message = Message(run, "AddAsync");
        Assert.Contains("'GetByCodeAsync' reads one value by its property 'Code'", message, StringComparison.Ordinal);
        Assert.Contains("mark 'Code' [Key]", message, StringComparison.Ordinal);

        // With the key stated, the add and the read by code are an entity repository's (a taken code the duplicate error).
        var keyed = GeneratorHarness.Run(Minimal.Replace("public class ShortLink { public string Code", "public class ShortLink { [FakeKey] public string Code", StringComparison.Ordinal));
        Assert.Equal(
            Array.Empty<string>(),
            Infrastructure.Refusals.Listed(keyed).Where(static l => l is "IMF0001 AddAsync" or "IMF0001 GetByCodeAsync"));
    }

    [Fact]
    public void Multi_tenant_queries_with_the_tenant_first_filter_by_it_and_by_what_the_name_says()
    {
        var run = GeneratorHarness.Run(Without(Tenants, "Task<bool> IsEnabledAsync(string tenantId, string featureName);", "Task SoftDeleteAsync(Guid id);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing J6;\n" + Prelude + """
                public static void Run()
                {
                    IProjectRepository projects = new InMemoryProjectRepository();
                    Guid acme = Guid.NewGuid(), globex = Guid.NewGuid();
                    var rocket = new Project { Id = Guid.NewGuid(), TenantId = acme, Name = "rocket" };
                    projects.AddAsync(rocket).GetAwaiter().GetResult();
                    projects.AddAsync(new Project { Id = Guid.NewGuid(), TenantId = globex, Name = "dome" }).GetAwaiter().GetResult();
                    Is("rocket", projects.GetByIdAsync(acme, rocket.Id).GetAwaiter().GetResult()?.Name, "the tenant's project");
                    Is(null, projects.GetByIdAsync(globex, rocket.Id).GetAwaiter().GetResult(), "another tenant's project is not found");
                    Is("dome", projects.GetAllAsync(globex).GetAwaiter().GetResult().Single().Name, "only the tenant's projects");
                    projects.DeleteAsync(globex, rocket.Id).GetAwaiter().GetResult();
                    Is(1, projects.GetAllAsync(acme).GetAwaiter().GetResult().Count, "a delete under another tenant removes nothing");
                    projects.DeleteAsync(acme, rocket.Id).GetAwaiter().GetResult();
                    Is(0, projects.GetAllAsync(acme).GetAwaiter().GetResult().Count, "the tenant's delete");

                    IClientRepository clients = new InMemoryClientRepository();
                    clients.Add(new Client { TenantId = "acme", Name = "Ada", Email = "ada@example.com" });
                    clients.Add(new Client { TenantId = "globex", Name = "Ada G", Email = "ada@example.com" });
                    clients.Add(new Client { TenantId = "acme", Name = "Bob", Email = "bob@example.com" });
                    Is("Ada", clients.GetByEmail("acme", "ada@example.com")?.Name, "the tenant first, then the email the name says");
                    Is("Ada G", clients.GetByEmail("globex", "ada@example.com")?.Name, "the same email under the other tenant");
                    Is(null, clients.GetByEmail("globex", "bob@example.com"), "an email of another tenant");
                    Is(null, clients.GetByEmail("ada@example.com", "acme"), "the arguments are not swapped");
                    Is(2, clients.Count("acme"), "the tenant's clients");
                    Is(true, clients.Exists("acme", 3), "Bob under acme");
                    Is(false, clients.Exists("globex", 3), "not under globex");
                    Is(null, clients.GetById("globex", 1), "Ada's id under another tenant");

                    ITicketRepository tickets = new InMemoryTicketRepository();
                    tickets.InsertAsync(new Ticket { TenantId = "acme", Subject = "printer", Status = "Open" }).GetAwaiter().GetResult();
                    tickets.InsertAsync(new Ticket { TenantId = "acme", Subject = "vpn", Status = "Closed" }).GetAwaiter().GetResult();
                    tickets.InsertAsync(new Ticket { TenantId = "globex", Subject = "coffee", Status = "Open" }).GetAwaiter().GetResult();
                    Is("printer", string.Join(",", tickets.ListByStatusAsync("acme", "Open").GetAwaiter().GetResult().Select(t => t.Subject)), "the tenant's open tickets");
                    Is(null, tickets.FindAsync("globex", 1).GetAwaiter().GetResult(), "acme's ticket under globex");
                    Is(2, tickets.ListAsync("acme").GetAwaiter().GetResult().Count, "acme's tickets");

                    ITenantFeatureRepository features = new InMemoryTenantFeatureRepository();
                    features.AddAsync(new TenantFeature { TenantId = "acme", FeatureName = "beta", IsEnabled = true }).GetAwaiter().GetResult();
                    Is(true, features.GetAsync("acme", "beta").GetAwaiter().GetResult()?.IsEnabled, "the tenant's feature");
                    Is(null, features.GetAsync("globex", "beta").GetAwaiter().GetResult(), "not another tenant's");

                    ITenantDocumentRepository documents = new InMemoryTenantDocumentRepository();
                    var tenant = Guid.NewGuid();
                    documents.AddAsync(new Document { Id = Guid.NewGuid(), TenantId = tenant, Title = "plan" }).GetAwaiter().GetResult();
                    Is(1, documents.CountByTenantIdAsync(tenant).GetAwaiter().GetResult(), "the tenant's documents");
                    Is(0, documents.GetByTenantAsync(Guid.NewGuid()).GetAwaiter().GetResult().Count, "none for another tenant");
                }
            }
            """);
    }

    [Fact]
    public void A_leading_parameter_is_a_condition_only_when_every_parameter_names_its_property()
    {
        // GetByEmail(tenantId, address): 'address' names no property, so nothing proves that the tenant comes first rather
        // than that the name's Email is compared with the first argument: still IMF0018.
        var run = GeneratorHarness.Run(Tenants.Replace("Client? GetByEmail(string tenantId, string email);", "Client? GetByEmail(string tenantId, string address);", StringComparison.Ordinal));
        Assert.Contains("IMF0018 GetByEmail", Infrastructure.Refusals.Listed(run));
    }

    [Fact]
    public void Data_access_classes_answer_rows_and_keys_as_their_signatures_say()
    {
        var run = GeneratorHarness.Run(Without(DataAccess, "Task<int> AddAsync(Supplier supplier);", "Task<int> InsertAsync(T entity);", "int Insert(Invoice invoice);")
            .Replace("Task<bool> UpdateAsync(T entity);", "Task<bool> UpdateAsync(T entity);\n    Task AddAsync(T entity);", StringComparison.Ordinal)
            .Replace("int Update(Invoice invoice);", "int Update(Invoice invoice);\n    void Add(Invoice invoice);", StringComparison.Ordinal)
            .Replace("Task<int> UpdateAsync(Supplier supplier);", "Task<int> UpdateAsync(Supplier supplier);\n    Task AddSupplierAsync(Supplier supplier);", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing J2;\n" + Prelude + """
                public static void Run()
                {
                    ISupplierRepository suppliers = new InMemorySupplierRepository();
                    Is(0, suppliers.UpdateAsync(new Supplier { Id = 4, CompanyName = "never added" }).GetAwaiter().GetResult(), "no row updated");
                    Is(0, suppliers.DeleteAsync(4).GetAwaiter().GetResult(), "no row deleted");
                    suppliers.AddSupplierAsync(new Supplier { CompanyName = "Acme" }).GetAwaiter().GetResult();
                    Is(1, suppliers.UpdateAsync(new Supplier { Id = 1, CompanyName = "Acme Ltd" }).GetAwaiter().GetResult(), "one row updated");
                    Is("Acme Ltd", suppliers.GetByIdAsync(1).GetAwaiter().GetResult()?.CompanyName, "the update stored");
                    Is(1, suppliers.DeleteAsync(1).GetAwaiter().GetResult(), "one row deleted");

                    IEmployeeDataAccess employees = new InMemoryEmployeeDataAccess();
                    employees.InsertEmployee(new Employee { FirstName = "Ada", LastName = "L", Department = "R&D", Salary = 10m });
                    employees.InsertEmployee(new Employee { FirstName = "Bob", LastName = "M", Department = "Sales" });
                    Is("Ada", employees.GetEmployeeById(1)?.FirstName, "the key the store gave EmployeeId");
                    Is(null, employees.GetEmployeeById(9), "an oblivious read of a missing id answers null, as MissingKeyReads = Default states");
                    Is("Bob", employees.GetEmployeesByDepartment("Sales").Single().FirstName, "by department");
                    employees.DeleteEmployee(9);
                    Is(2, employees.GetAllEmployees().Count, "a delete of a missing id changes nothing");

                    IShipmentDapperRepository shipments = new InMemoryShipmentDapperRepository();
                    var id = shipments.InsertAsync(new Shipment { TrackingNumber = "1Z9", Carrier = "UPS" }, default).GetAwaiter().GetResult();
                    Is(1L, id, "the new long key");
                    Is(true, shipments.ExistsByTrackingNumberAsync("1Z9", default).GetAwaiter().GetResult(), "by tracking number");
                    Is(false, shipments.UpdateAsync(new Shipment { Id = 5 }, default).GetAwaiter().GetResult(), "an update of a missing row");
                    Is(true, shipments.DeleteAsync(id, default).GetAwaiter().GetResult(), "deleted");
                    Is(0, shipments.CountAsync(default).GetAwaiter().GetResult(), "none left");

                    IWarehouseDapperRepository warehouses = new InMemoryWarehouseDapperRepository();
                    Is(2, warehouses.InsertManyAsync(new[] { new Warehouse { Id = Guid.NewGuid(), Code = "BER", City = "Berlin" }, new Warehouse { Id = Guid.NewGuid(), Code = "OSL", City = "Oslo" } }).GetAwaiter().GetResult(), "the rows inserted");
                    Is("Oslo", warehouses.GetByCodeAsync("OSL").GetAwaiter().GetResult()?.City, "by code");
                    Is(1, warehouses.GetByCityAsync("Berlin").GetAwaiter().GetResult().Count(), "by city");

                    IInvoiceAdoRepository invoices = new InMemoryInvoiceAdoRepository();
                    invoices.Add(new Invoice { Number = "INV-1", Total = 10m });
                    Is(1, invoices.GetCount(), "one invoice");
                    Is(true, invoices.Exists(1), "invoice 1");
                    Is(0, invoices.Update(new Invoice { Id = 2, Number = "INV-2" }), "no row updated");
                    Is(1, invoices.Delete(1), "one row deleted");
                    Is(0, invoices.Delete(1), "none the second time");
                }
            }
            """);
    }

    [Fact]
    public void Local_stores_behave_as_litedb_sqlite_net_and_browser_storage()
    {
        var run = GeneratorHarness.Run(Without(Local, "bool Upsert(Contact contact);", "Task<int> InsertOrReplaceAsync(ShoppingItem item);",
            "ValueTask<string?> GetItemAsStringAsync(string key, CancellationToken cancellationToken = default);", "ValueTask SetItemAsStringAsync(string key, string data, CancellationToken cancellationToken = default);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing J3;\n" + Prelude + """
                public static void Run()
                {
                    IContactLiteDbRepository contacts = new InMemoryContactLiteDbRepository();
                    var given = Guid.NewGuid();
                    Is(given, contacts.Insert(new Contact { Id = given, Name = "Ada", Phone = "1" }), "Insert answers the id");
                    var made = contacts.Insert(new Contact { Name = "Bob", Phone = "2", IsFavorite = true });
                    Is(true, made != Guid.Empty, "an empty Guid id is given a new one, as LiteDB's auto-id does");
                    Is("Bob", contacts.FindById(made)?.Name, "found under the new id");
                    Is("Bob", contacts.Find(c => c.IsFavorite).Single().Name, "a predicate");
                    Is(false, contacts.Update(new Contact { Id = Guid.NewGuid(), Name = "nobody" }), "LiteDB's Update answers false for a missing document");
                    Is(1, contacts.DeleteMany(c => c.Phone == "1"), "DeleteMany answers how many");
                    Is(true, contacts.Delete(made), "deleted");
                    Is(0, contacts.Count(), "none left");

                    IShoppingListDatabase list = new InMemoryShoppingListDatabase();
                    Is(0, list.DeleteAsync(new ShoppingItem { Id = 3 }).GetAwaiter().GetResult(), "no row deleted");
                    Is(0, list.DeleteAllAsync().GetAwaiter().GetResult(), "no rows");

                    ILocalStorageService storage = new InMemoryLocalStorageService();
                    Is(null, storage.GetItemAsync<string>("theme").GetAwaiter().GetResult(), "a missing key reads null, as Blazored's does");
                    storage.SetItemAsync("theme", "dark").GetAwaiter().GetResult();
                    storage.SetItemAsync("count", 3).GetAwaiter().GetResult();
                    Is("dark", storage.GetItemAsync<string>("theme").GetAwaiter().GetResult(), "the value set");
                    Is(true, storage.ContainKeyAsync("theme").GetAwaiter().GetResult(), "ContainKey, Blazored's spelling");
                    Is(2, storage.LengthAsync().GetAwaiter().GetResult(), "Length: the keys stored");
                    storage.RemoveItemAsync("theme").GetAwaiter().GetResult();
                    Is(false, storage.ContainKeyAsync("theme").GetAwaiter().GetResult(), "removed");
                    storage.ClearAsync().GetAwaiter().GetResult();
                    Is(0, storage.LengthAsync().GetAwaiter().GetResult(), "cleared");

                    IDraftStorage drafts = new InMemoryDraftStorage();
                    drafts.SaveDraftAsync(new Draft { Id = "d1", Title = "one" }).GetAwaiter().GetResult();
                    drafts.SaveDraftAsync(new Draft { Id = "d1", Title = "one, again" }).GetAwaiter().GetResult();
                    Is("one, again", drafts.GetDraftsAsync().GetAwaiter().GetResult().Single().Title, "a save replaces the draft of its id");
                    drafts.DeleteDraftAsync("d1").GetAwaiter().GetResult();
                    Is(null, drafts.GetDraftAsync("d1").GetAwaiter().GetResult(), "deleted");

                    IRecentSearchStore searches = new InMemoryRecentSearchStore();
                    searches.AddAsync(new RecentSearch(0, "tea", new DateTime(2026, 12, 5))).GetAwaiter().GetResult();
                    searches.AddAsync(new RecentSearch(0, "milk", new DateTime(2026, 12, 5))).GetAwaiter().GetResult();
                    searches.RemoveAsync(1).GetAwaiter().GetResult();
                    Is("milk", searches.GetAllAsync().GetAwaiter().GetResult().Single().Query, "the search left");
                    searches.ClearAsync().GetAwaiter().GetResult();
                    Is(0, searches.GetAllAsync().GetAwaiter().GetResult().Count, "cleared");
                }
            }
            """);
    }

    [Fact]
    public void Minimal_api_redis_and_cqrs_stores_behave_as_their_stores()
    {
        var minimal = GeneratorHarness.Run(Unfaked(Without(Minimal, "Task<Cart> UpdateCartAsync(Cart cart);", "Task<UserSession?> GetAsync(string sessionId);"), "IShortLinkStore"));
        Assertions.Clean(minimal);
        BehaviourCheck.Run(minimal, Sources.Usings + "using System.Linq;\nusing J4;\n" + Prelude + """
                public static void Run()
                {
                    ITodoStore todos = new InMemoryTodoStore();
                    var tea = todos.Add(new Todo(0, "tea", false));
                    todos.Add(new Todo(0, "milk", true));
                    Is(1, tea.Id, "the key the store gave the positional record, on the record returned");
                    Is(false, todos.Update(new Todo(7, "ghost", true)), "an update of a todo never added");
                    Is(true, todos.Update(tea with { IsComplete = true }), "the update");
                    Is(2, todos.GetComplete().Count(), "both complete");
                    Is(true, todos.Delete(1), "deleted");
                    Is(null, todos.Get(1), "gone");

                    IRedisSessionService sessions = new InMemoryRedisSessionService();
                    sessions.SetAsync("s1", new UserSession { SessionId = "s1", UserId = "ada" }, TimeSpan.FromMinutes(20)).GetAwaiter().GetResult();
                    Is(true, sessions.ExistsAsync("s1").GetAwaiter().GetResult(), "the session set");
                    Is(true, sessions.RemoveAsync("s1").GetAwaiter().GetResult(), "removed");
                    Is(false, sessions.RemoveAsync("s1").GetAwaiter().GetResult(), "removed again");

                    IBookStore books = new InMemoryBookStore();
                    var id = new BookId(Guid.NewGuid());
                    books.AddAsync(new Book { Id = id, Title = "Dune", Author = "Herbert", Year = 1965 }).GetAwaiter().GetResult();
                    Is("Dune", books.FindAsync(id).GetAwaiter().GetResult()?.Title, "by the strongly-typed id");
                    Is(1, books.GetByAuthorAsync("Herbert").GetAwaiter().GetResult().Count, "by author");
                    Is(true, books.RemoveAsync(id).GetAwaiter().GetResult(), "removed");
                    Is(0, books.ListAsync().GetAwaiter().GetResult().Count, "none left");

                    ICartService carts = new InMemoryCartService();
                    Is(null, carts.GetCartAsync("ada").GetAwaiter().GetResult(), "no cart");
                    Is(false, carts.DeleteCartAsync("ada").GetAwaiter().GetResult(), "nothing deleted");
                }
            }
            """);

        // The event store stays out: without its refused append, ReadStreamAsync alone reads as a key-value store's and is refused.
        var cqrs = GeneratorHarness.Run(Unfaked(Cqrs, "IEventStore"));
        Assertions.Clean(cqrs);
        BehaviourCheck.Run(cqrs, Sources.Usings + "using System.Linq;\nusing J5;\n" + Prelude + """
                public static void Run()
                {
                    // The two sides of a CQRS pair over one table: fakes on one backend share it.
                    var backend = new InMemoryFakes.InMemoryBackend();
                    IProductCommandRepository commands = new InMemoryProductCommandRepository(backend);
                    IProductQueryRepository queries = new InMemoryProductQueryRepository(backend);
                    commands.AddRangeAsync(new[] { new Product { Sku = "A-1", Name = "anvil", Price = 10m }, new Product { Sku = "B-2", Name = "bolt", Price = 1m } }).GetAwaiter().GetResult();
                    Is("bolt", queries.GetBySkuAsync("B-2").GetAwaiter().GetResult()?.Name, "the read side sees the write side's rows");
                    commands.UpdateAsync(new Product { Id = 1, Sku = "A-1", Name = "anvil XL", Price = 12m }).GetAwaiter().GetResult();
                    Is("anvil XL", queries.GetByIdAsync(1L).GetAwaiter().GetResult()?.Name, "and its updates");
                    commands.DeleteAsync(2L).GetAwaiter().GetResult();
                    Is(false, queries.ExistsAsync(2L).GetAwaiter().GetResult(), "and its deletes");
                    Is(1, queries.ListAllAsync().GetAwaiter().GetResult().Count, "one product left");

                    IOrderWriteRepository orders = new InMemoryOrderWriteRepository();
                    var order = new Order { Id = Guid.NewGuid(), CustomerId = Guid.NewGuid(), Total = 5m };
                    orders.AddAsync(order).GetAwaiter().GetResult();
                    order.Status = "Paid";
                    orders.UpdateAsync(order).GetAwaiter().GetResult();
                    Is("Paid", orders.GetByIdAsync(order.Id).GetAwaiter().GetResult()?.Status, "the write side's update");
                    Throws<OperationCanceledException>(() => orders.GetByIdAsync(order.Id, new CancellationToken(true)).GetAwaiter().GetResult(), null, "a cancelled read");

                    IOrderReadRepository summaries = new InMemoryOrderReadRepository();
                    Is(0, summaries.CountByCustomerIdAsync(order.CustomerId).GetAwaiter().GetResult(), "the read model is its own table, filled by its projection");

                }
            }
            """);
    }

    [Fact]
    public void Services_messaging_and_settings_behave_as_their_stores()
    {
        var services = GeneratorHarness.Run(Unfaked(Without(Services, "Task<TodoItem> CreateAsync(CreateTodoRequest request, CancellationToken cancellationToken = default);"),
            "IProductService", "ICharacterService", "ICustomerService", "IVenueService"));
        Assertions.Clean(services);
        BehaviourCheck.Run(services, Sources.Usings + "using System.Linq;\nusing J1;\n" + Prelude + """
                public static void Run()
                {
                    ITodoService todos = new InMemoryTodoService();
                    Is(null, todos.UpdateAsync(Guid.NewGuid(), new UpdateTodoRequest { Title = "x" }).GetAwaiter().GetResult(), "an update by request of a missing todo answers null");
                    Is(false, todos.DeleteAsync(Guid.NewGuid()).GetAwaiter().GetResult(), "nothing deleted");
                    Is(0, todos.GetAllAsync().GetAwaiter().GetResult().Count(), "no todos");
                }
            }
            """);

        var messaging = GeneratorHarness.Run(Without(Messaging, "Task SaveAllAsync(IEnumerable<Contact> contacts);", "Task<IReadOnlyList<OutboxMessage>> GetPendingAsync(int take, CancellationToken ct = default);",
            "Task<int> DeleteProcessedBeforeAsync(DateTime cutoff, CancellationToken ct = default);", "Task DeleteAsync(Guid id);"));
        Assertions.Clean(messaging);
        BehaviourCheck.Run(messaging, Sources.Usings + "using System.Linq;\nusing J7;\n" + Prelude + """
                public static void Run()
                {
                    IFileDocumentStore files = new InMemoryFileDocumentStore();
                    files.SaveAsync("docs/a.txt", new MemoryStream(new byte[] { 1, 2 })).GetAwaiter().GetResult();
                    files.SaveAsync("docs/b.txt", new MemoryStream(new byte[] { 3 })).GetAwaiter().GetResult();
                    files.SaveAsync("docsx/c.txt", new MemoryStream(new byte[] { 4 })).GetAwaiter().GetResult();
                    Is("docs/a.txt,docs/b.txt", string.Join(",", files.ListAsync("docs").GetAwaiter().GetResult()), "the files under the directory, not docsx");
                    using (var read = files.OpenReadAsync("docs/a.txt").GetAwaiter().GetResult()!) { Is(2L, read.Length, "the content"); }
                    Is(null, files.OpenReadAsync("docs/none.txt").GetAwaiter().GetResult(), "a missing file reads null");
                    files.DeleteAsync("docs/a.txt").GetAwaiter().GetResult();
                    Is(false, files.ExistsAsync("docs/a.txt").GetAwaiter().GetResult(), "deleted");

                    IInboxRepository inbox = new InMemoryInboxRepository();
                    var message = new InboxMessage { Id = Guid.NewGuid(), MessageId = "m-1", Consumer = "billing", ReceivedAt = new DateTime(2026, 12, 5) };
                    inbox.AddAsync(message).GetAwaiter().GetResult();
                    Is(true, inbox.ExistsAsync("m-1", "billing").GetAwaiter().GetResult(), "seen by billing");
                    Is(false, inbox.ExistsAsync("m-1", "shipping").GetAwaiter().GetResult(), "not by shipping");
                    inbox.MarkProcessedAsync(message.Id, new DateTime(2026, 12, 5, 9, 0, 0)).GetAwaiter().GetResult();
                    Is(new DateTime(2026, 12, 5, 9, 0, 0), inbox.GetByIdAsync(message.Id).GetAwaiter().GetResult()?.ProcessedAt, "the time it was processed");

                    IOutboxStore outbox = new InMemoryOutboxStore();
                    Throws<InMemoryFakes.NotFoundException>(() => outbox.MarkProcessedAsync(Guid.NewGuid(), DateTime.UtcNow).GetAwaiter().GetResult(), null, "a message never added");
                }
            }
            """);

        var settings = GeneratorHarness.Run(Unfaked(Without(Settings, "Task<IReadOnlyList<Article>> SearchAsync(string text);", "Task<bool> DeleteAsync(int id);"), "IUserSettingsService"));
        Assertions.Clean(settings);
        BehaviourCheck.Run(settings, Sources.Usings + "using System.Linq;\nusing J8;\n" + Prelude + """
                public static void Run()
                {
                    IFeatureFlagRepository flags = new InMemoryFeatureFlagRepository();
                    flags.AddAsync(new FeatureFlag { Name = "beta", IsEnabled = true }).GetAwaiter().GetResult();
                    flags.AddAsync(new FeatureFlag { Name = "dark-mode" }).GetAwaiter().GetResult();
                    Is("beta", flags.GetEnabledAsync().GetAwaiter().GetResult().Single().Name, "the enabled flags");
                    Is(true, flags.ExistsByNameAsync("dark-mode").GetAwaiter().GetResult(), "by name");
                    Is(null, flags.GetByNameAsync("none").GetAwaiter().GetResult(), "a missing flag");

                    IAppSettingsStore store = new InMemoryAppSettingsStore();
                    store.Set("smtp:host", "localhost");
                    Is("localhost", store.Get("smtp:host"), "the value set");
                    Is(null, store.Get("smtp:port"), "a missing key");
                    Is(1, store.GetAll().Count, "every setting");
                    Is(true, store.Remove("smtp:host"), "removed");

                    IArticleService articles = new InMemoryArticleService();
                    articles.BulkInsertAsync(Enumerable.Range(1, 5).Select(i => new Article { Title = "a" + i, Views = 10 - i })).GetAwaiter().GetResult();
                    var created = articles.CreateAsync(new Article { Title = "a6", Views = 100 }).GetAwaiter().GetResult();
                    Is(6, created.Id, "the key the store gave");
                    Is(6, articles.CountAsync().GetAwaiter().GetResult(), "six articles");
                    var page = articles.GetPagedAsync(2, 4).GetAwaiter().GetResult();
                    Is("a5,a6", string.Join(",", page.Items.Select(a => a.Title)), "the second page of four, in key order");
                    Is(6, page.TotalCount, "the total");
                    Is("a6,a1", string.Join(",", articles.GetPagedAsync(1, 2, "Views desc").GetAwaiter().GetResult().Items.Select(a => a.Title)), "sorted by the sort string");

                    ICategoryService categories = new InMemoryCategoryService();
                    var category = categories.AddAsync(new Category { Name = "tools" }).GetAwaiter().GetResult();
                    Is(true, categories.ExistsAsync(category.Id).GetAwaiter().GetResult(), "added");
                    Is(null, categories.UpdateAsync(new Category { Id = 9, Name = "ghost" }).GetAwaiter().GetResult(), "an update of a missing category answers null");
                }
            }
            """);
    }
}
