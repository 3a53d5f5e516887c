using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 25's everyday round: eighteen repository, storage and cache interfaces as tutorials, blog posts, gists and library
/// docs write them (found with the pages and docs search, each page's address above its interface), probed as written. Four
/// groups; the classification is in docs/generator-rounds.md, "Everyday interfaces, first tries (session 25)". The pins are the
/// refusals after this round's fixes (UpdateReturningKeyTests, ObliviousRemovedValueTests, PagedResultTotalNameTests).
/// </summary>
public class EverydayInterfaceTests7
{
    internal const string Tutorials = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        // https://vaibhavbhapkarblogs.medium.com/repository-pattern-in-net-core-93a7c81d8bd8
        namespace E7.P01
        {
        #nullable disable
            public class Product { public int ProductId { get; set; } public string ProductName { get; set; } public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task<IEnumerable<Product>> GetProducts();
                Task<Product> GetProduct(int id);
                Task<Product> AddProduct(Product product);
                Task<Product> UpdateProduct(Product product);
                void DeleteProduct(int id);
            }
        #nullable restore
        }

        // https://gktoall.com/Repository-pattern.htm
        namespace E7.P02
        {
        #nullable disable
            public class Product { public int Id { get; set; } public string Name { get; set; } public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task<IEnumerable<Product>> GetAllAsync();
                Task<Product> GetByIdAsync(int id);
                Task AddAsync(Product product);
                Task UpdateAsync(Product product);
                Task DeleteAsync(int id);
            }
        #nullable restore
        }

        // https://ludoprogramming.com/en/blog/proiectarea-repository-opional-pentru-scriere
        namespace E7.P11
        {
            public class Post { public Guid Id { get; set; } public string Title { get; set; } = ""; public string Content { get; set; } = ""; }
            [InMemoryFake]
            public interface IPostRepository
            {
                Task AddAsync(Post post, CancellationToken cancellationToken = default);
                Task<Post?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
            }
        }

        // https://gist.github.com/eulerfx/2486375
        namespace E7.P13
        {
        #nullable disable
            public class Order { public string Id { get; set; } public string CustomerId { get; set; } public DateTime CreatedAt { get; set; } }
            [InMemoryFake]
            public interface IOrderRepository
            {
                Order Get(string Id);
                IList<Order> GetMostRecent(string customerId, int max = 20);
                void Add(Order order);
                void Remove(string Id);
            }
        #nullable restore
        }

        // https://gitverse.ru/yarik/OrderService/content/master/OrderService.Data/Interfaces/IOrderRepository.cs
        namespace E7.P15
        {
            public class Order { public int Id { get; set; } public string Customer { get; set; } = ""; public decimal Total { get; set; } }
            [InMemoryFake]
            public interface IOrderRepository
            {
                public Task<int> CreateAsync(Order order, CancellationToken ct);
                public Task<List<Order>> GetOrdersAsync(CancellationToken ct);
                public Task<Order?> GetOrderAsync(int id, CancellationToken ct);
            }
        }

        // https://themissingmanual.dev/guides/aspnet-core-from-zero/6
        namespace E7.P19
        {
            public record Product(int Id, string Name, decimal Price);
            [InMemoryFake]
            public interface IProductRepository
            {
                IEnumerable<Product> All();
                Product? Find(int id);
                Product Add(string name, decimal price);
                Product? Update(int id, string name, decimal price);
                bool Delete(int id);
            }
        }
        """;

    internal const string Generics = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        // https://errorhandle.ai/efcore-generic-repository-and-unitofwork-design-pattern
        namespace E7.P03
        {
            public class Student { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Course { public int Id { get; set; } public string Title { get; set; } = ""; }
            public interface IRepository<TEntity> where TEntity : class
            {
                Task<IEnumerable<TEntity>> GetAllAsync();
                Task<TEntity?> GetByIdAsync(int id);
                Task AddAsync(TEntity entity);
                void Update(TEntity entity);
                void Delete(TEntity entity);
            }
            [InMemoryFake]
            public interface IUnitOfWork : IDisposable
            {
                IRepository<Student> Students { get; }
                IRepository<Course> Courses { get; }
                Task<int> CompleteAsync();
            }
        }

        // https://coding-demo.pages.dev/examples/dotnet-repository-pattern/
        namespace E7.P04
        {
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
            public interface IRepository<T> where T : class
            {
                Task<T?> GetByIdAsync(int id);
                Task<IReadOnlyList<T>> ListAsync();
                Task AddAsync(T entity);
                void Remove(T entity);
                Task<int> SaveChangesAsync();
            }
            [InMemoryFake(typeof(IRepository<Product>))]
            public partial class ProductRepositoryFake;
        }

        // https://www.stacklesson.com/?p=20181
        namespace E7.P05
        {
            public abstract class BaseEntity
            {
                public int Id { get; set; }
                public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
                public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
                public bool IsDeleted { get; set; }
            }
            public class Post : BaseEntity { public string Title { get; set; } = ""; }
            public interface IRepository<T> where T : BaseEntity
            {
                Task<T?> GetByIdAsync(int id);
                Task<IReadOnlyList<T>> GetAllAsync();
                Task<IReadOnlyList<T>> FindAsync(Expression<Func<T, bool>> predicate);
                Task<T> CreateAsync(T entity);
                Task<T> UpdateAsync(T entity);
                Task SoftDeleteAsync(int id);
                Task<bool> ExistsAsync(int id);
                Task<int> CountAsync(Expression<Func<T, bool>>? predicate = null);
            }
            // SoftDelete = None states the reads that filter nothing this test checks (h-sample132: beside SoftDeleteAsync of a
            // Post with IsDeleted, unstated, every read is refused, since whether it leaves the marked rows out is the store's own).
            [InMemoryFake(typeof(IRepository<Post>), SoftDelete = SoftDelete.None)]
            public partial class PostRepositoryFake;
        }

        // https://github.com/cbcrouse/EntityAxis/wiki/Command-&-Query-Abstractions
        namespace E7.P09
        {
            public class Customer { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            public class PagedResult<T>
            {
                public PagedResult(List<T> items, int totalItemCount, int pageNumber, int pageSize) { Items = items ?? throw new ArgumentNullException(nameof(items)); TotalItemCount = totalItemCount; PageNumber = pageNumber; PageSize = pageSize; }
                public List<T> Items { get; }
                public int TotalItemCount { get; }
                public int PageNumber { get; }
                public int PageSize { get; }
                public int TotalPages => (int)Math.Ceiling((double)TotalItemCount / PageSize);
            }
            public interface ICreate<TEntity, TKey> { Task<TKey> CreateAsync(TEntity entity, CancellationToken cancellationToken = default); }
            public interface IUpdate<TEntity, TKey> { Task<TKey> UpdateAsync(TEntity entity, CancellationToken cancellationToken = default); }
            public interface IDelete<TEntity, TKey> { Task DeleteAsync(TKey id, CancellationToken cancellationToken = default); }
            public interface ICommandService<TEntity, TKey> : ICreate<TEntity, TKey>, IUpdate<TEntity, TKey>, IDelete<TEntity, TKey> { }
            public interface IGetById<TEntity, TKey> { Task<TEntity?> GetByIdAsync(TKey id, CancellationToken cancellationToken = default); }
            public interface IGetAll<TEntity, TKey> { Task<List<TEntity>> GetAllAsync(CancellationToken cancellationToken = default); }
            public interface IGetPaged<TEntity, TKey> { Task<PagedResult<TEntity>> GetPagedAsync(int page, int pageSize, CancellationToken cancellationToken = default); }
            public interface IQueryService<TEntity, TKey> : IGetById<TEntity, TKey>, IGetAll<TEntity, TKey>, IGetPaged<TEntity, TKey> { }
            [InMemoryFake(typeof(ICommandService<Customer, Guid>))]
            public partial class CustomerCommandsFake;
            [InMemoryFake(typeof(IQueryService<Customer, Guid>))]
            public partial class CustomerQueriesFake;
        }

        // https://gist.github.com/gustavodaquino/29729204b951a6cdcc88bf723ce26c19
        namespace E7.P14
        {
        #nullable disable
        #pragma warning disable CS0693 // as on the page: the methods' T hides the interface's T
            public abstract class BaseEntity { public int Id { get; set; } }
            public class Vendor : BaseEntity { public string Name { get; set; } }
            public interface IRepository<T> where T : BaseEntity
            {
                IUnitOfWork UnitOfWork { get; }
                IQueryable<T> All<T>() where T : BaseEntity;
                T Find<T>(Expression<Func<T, bool>> predicate) where T : BaseEntity;
                bool Contains<T>(Expression<Func<T, bool>> predicate) where T : BaseEntity;
            }
            public interface IUnitOfWork : IDisposable
            {
                void BeginTransaction();
                void RollbackTransaction();
                void CommitTransaction();
                Task<bool> SaveChangesAsync();
            }
            [InMemoryFake(typeof(IRepository<Vendor>))]
            public partial class VendorRepositoryFake;
        #nullable restore
        }
        """;

    internal const string CloudAndCaches = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        // https://devblogs.microsoft.com/cosmosdb/azure-cosmos-db-repository-net-sdk-v-1-0-4/
        namespace E7.P06
        {
        #nullable disable
            public class Item
            {
                public string Id { get; set; } = Guid.NewGuid().ToString();
                public string Type { get; set; }
                public string PartitionKey => Id;
                public Item() => Type = GetType().Name;
            }
            public class Person : Item { public string FirstName { get; set; } public string LastName { get; set; } }
            public interface IRepository<TItem> where TItem : Item
            {
                ValueTask<TItem> CreateAsync(TItem value);
                Task<TItem[]> CreateAsync(IEnumerable<TItem> values);
                ValueTask<TItem> GetAsync(string id);
                ValueTask<IEnumerable<TItem>> GetAsync(Expression<Func<TItem, bool>> predicate);
                ValueTask<TItem> UpdateAsync(TItem value);
                ValueTask DeleteAsync(TItem value);
                ValueTask DeleteAsync(string id);
            }
            [InMemoryFake(typeof(IRepository<Person>))]
            public partial class PersonRepositoryFake;
        #nullable restore
        }

        // https://www.mintlify.com/IntentArchitect/Intent.Modules.NET/modules/cloud/azure-blobstorage
        namespace E7.P07
        {
            [InMemoryFake]
            public interface IBlobStorage
            {
                Task<Uri> UploadAsync(string containerName, string blobName, Stream content, CancellationToken cancellationToken = default);
                Task<Uri> UploadStringAsync(string containerName, string blobName, string content, CancellationToken cancellationToken = default);
                Task<Uri> UploadBytesAsync(string containerName, string blobName, byte[] content, CancellationToken cancellationToken = default);
                Task<Stream> DownloadAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
                Task<string> DownloadAsStringAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
                Task<byte[]> DownloadAsBytesAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
                IAsyncEnumerable<Uri> ListAsync(string containerName, CancellationToken cancellationToken = default);
                Task DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
                Task<bool> ExistsAsync(string containerName, string blobName, CancellationToken cancellationToken = default);
            }
        }

        // https://serenity.is/docs/caching/ilocalcache_interface
        namespace E7.P08
        {
        #nullable disable
            [InMemoryFake]
            public interface ILocalCache
            {
                void Add(string key, object value, TimeSpan expiration);
                TItem Get<TItem>(string key);
                object Remove(string key);
                void RemoveAll();
            }
        #nullable restore
        }

        // https://gist.github.com/karthikeyanVK/3e5a8df811b61fcff072e37a3e1e618d
        namespace E7.P16
        {
        #nullable disable
            [InMemoryFake]
            public interface ICosmosDbService
            {
                Task AddItemAsync<T>(T item, string id);
                Task<T> GetItemAsync<T>(string id);
                Task<IEnumerable<T>> GetItemsAsync<T>(string queryString);
                Task UpdateItemAsync<T>(string id, T item);
            }
        #nullable restore
        }
        """;

    internal const string Services = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;

        // https://gist.github.com/huseyinafsin/93022f38786ef08323dca44791bced8a
        namespace E7.P12
        {
        #nullable disable
            public class Basket
            {
                public string Id { get; set; } = Guid.NewGuid().ToString();
                public string CustomerId { get; set; }
                public double TotalAmount { get; set; }
                public List<BasketItem> Items { get; set; }
            }
            public class BasketItem
            {
                public string Id { get; set; } = Guid.NewGuid().ToString();
                public string Name { get; set; }
                public double Price { get; set; }
                public int Quantity { get; set; }
                public double Amount { get; set; }
            }
            [InMemoryFake]
            public interface IBasketRepository
            {
                Task<Basket> GetCustomerBasketAsync(string customerId);
                Task<Basket> UpdateBasketAsync(Basket basket);
                Task<bool> DeleteBasketAsync(string id);
                Task<bool> RemoveItemFromBasket(string customerId, string itemId);
            }
        #nullable restore
        }

        // https://deepwiki.com/Mo7ammedd/Aura-Decor/3.2.1-cart-management
        namespace E7.P17
        {
            public class CartItem { public int Id { get; set; } public Guid FurnitureId { get; set; } public int Quantity { get; set; } }
            public class Cart { public Guid Id { get; set; } public string UserId { get; set; } = ""; public List<CartItem> CartItems { get; set; } = new(); }
            [InMemoryFake]
            public interface ICartService
            {
                Task<Cart> GetCartByUserIdAsync(string Id);
                Task AddToCartAsync(string userId, Guid furnitureId, int quantity);
                Task RemoveFromCartAsync(string userId, Guid furnitureId);
                Task RemoveAllItemsFromCartAsync(string userId);
            }
        }

        // https://asiseetech.blogspot.com/2017/06/working-with-dapper-summary.html
        namespace E7.P18
        {
        #nullable disable
            public class Contact { public int ContactId { get; set; } public string Name { get; set; } public string Email { get; set; } }
            public interface IDbDataCreatableAsync<T> { Task<T> CreateAsync(T model, dynamic expansion, CancellationToken cancellationToken = default(CancellationToken)); }
            public interface IDbDataReadableAsync<T> { Task<T> ReadAsync(T model, dynamic expansion, CancellationToken cancellationToken = default(CancellationToken)); }
            public interface IDbDataUpdatableAsync<T> { Task<T> UpdateAsync(T model, dynamic expansion, CancellationToken cancellationToken = default(CancellationToken)); }
            public interface IDbDataDeletableAsync<T> { Task<T> DeleteAsync(T model, dynamic expansion, CancellationToken cancellationToken = default(CancellationToken)); }
            public interface IDbDataSearchableAsync<T> { Task<IEnumerable<T>> SearchAsync<F, S>(F filter, S sort, dynamic expansion, int page, int pageSize, CancellationToken cancellationToken = default(CancellationToken)); }
            [InMemoryFake]
            public interface IContactRepository : IDbDataCreatableAsync<Contact>, IDbDataReadableAsync<Contact>, IDbDataUpdatableAsync<Contact>, IDbDataDeletableAsync<Contact>, IDbDataSearchableAsync<Contact> { }
        #nullable restore
        }
        """;
    private const string Prelude = Infrastructure.Refusals.CheckOpening;

    [Fact]
    public void Each_group_refuses_exactly_the_members_its_signatures_do_not_prove()
    {
        (string Name, string Source, string[] Refused)[] groups =
        {
            ("Tutorials", Tutorials, new[] { "IMF0001 CreateAsync", "IMF0001 GetMostRecent" }),
            ("Generics", Generics, new[] { "IMF0001 All", "IMF0001 Contains", "IMF0001 Find", "IMF0001 UnitOfWork" }),
            ("CloudAndCaches", CloudAndCaches, new[]
            {
                // Since h-blobpair, P07's DownloadAsync, DeleteAsync and ExistsAsync of (containerName, blobName) are generated within the container;
                // since h-sample65 its DownloadAsBytesAsync and DownloadAsStringAsync too (a read named As its result's form: BlobReadFormSuffixTests).
                "IMF0001 Add", "IMF0001 AddItemAsync", "IMF0001 DeleteAsync",
                // Since h-sample67, P08's object Remove(key) on a store of object values is refused (ObliviousRemovedValueTests).
                "IMF0001 GetItemsAsync", "IMF0001 ListAsync", "IMF0001 Remove", "IMF0001 UploadAsync", "IMF0001 UploadBytesAsync",
                "IMF0001 UploadStringAsync",
            }),
            ("Services", Services, new[]
            {
                "IMF0001 AddToCartAsync", "IMF0001 CreateAsync", "IMF0001 DeleteAsync", "IMF0001 GetCartByUserIdAsync", "IMF0001 ReadAsync", "IMF0001 RemoveAllItemsFromCartAsync",
                "IMF0001 RemoveFromCartAsync", "IMF0001 RemoveItemFromBasket", "IMF0001 SearchAsync", "IMF0001 UpdateAsync", "IMF0001 UpdateBasketAsync",
            }),
        };
        foreach (var (name, source, refused) in groups)
        {
            var run = GeneratorHarness.Run(source);
            Assertions.NeverFailed(run);
            Assert.Equal(name + ": " + string.Join(" | ", refused.OrderBy(static r => r, StringComparer.Ordinal)), name + ": " + string.Join(" | ", Infrastructure.Refusals.Listed(run)));
        }
    }

    [Fact]
    public void Tutorial_repositories_behave_as_their_pages_say()
    {
        var run = GeneratorHarness.Run(Infrastructure.Refusals.Without(Tutorials,
            "IList<Order> GetMostRecent(string customerId, int max = 20);",
            "public Task<int> CreateAsync(Order order, CancellationToken ct);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\n" + Prelude + """
                public static void Run()
                {
                    E7.P01.IProductRepository products = new E7.P01.InMemoryProductRepository();
                    Is(null, products.GetProduct(1).GetAwaiter().GetResult(), "FirstOrDefaultAsync: null for a product not stored");
                    var added = products.AddProduct(new E7.P01.Product { ProductName = "Pen", Price = 2m }).GetAwaiter().GetResult();
                    Is(1, added.ProductId, "the add returns the product with its new key");
                    products.DeleteProduct(99);
                    Is(1, products.GetProducts().GetAwaiter().GetResult().Count(), "deleting a product not stored does nothing");
                    Throws<KeyNotFoundException>(() => products.UpdateProduct(new E7.P01.Product { ProductId = 42, ProductName = "x" }).GetAwaiter().GetResult(), null, "an update of a product not stored: the not-found error (the documented default for an update returning the entity)");
                    products.DeleteProduct(1);
                    Is(null, products.GetProduct(1).GetAwaiter().GetResult(), "deleted");

                    E7.P02.IProductRepository catalog = new E7.P02.InMemoryProductRepository();
                    catalog.AddAsync(new E7.P02.Product { Name = "Ink", Price = 1m }).GetAwaiter().GetResult();
                    catalog.UpdateAsync(new E7.P02.Product { Id = 1, Name = "Ink", Price = 3m }).GetAwaiter().GetResult();
                    Is(3m, catalog.GetByIdAsync(1).GetAwaiter().GetResult()?.Price, "updated");
                    catalog.DeleteAsync(5).GetAwaiter().GetResult();
                    Is(1, catalog.GetAllAsync().GetAwaiter().GetResult().Count(), "a delete of an id not stored does nothing, as FindAsync + null check");

                    E7.P13.IOrderRepository orders = new E7.P13.InMemoryOrderRepository();
                    orders.Add(new E7.P13.Order { Id = "o-1", CustomerId = "c-1" });
                    Is("c-1", orders.Get("o-1")?.CustomerId, "by its string id");
                    Is(null, orders.Get("o-2"), "an oblivious read of an order not stored: null");
                    orders.Remove("o-1");
                    Is(null, orders.Get("o-1"), "removed");

                    E7.P19.IProductRepository records = new E7.P19.InMemoryProductRepository();
                    Is(false, records.Delete(1), "nothing to delete");
                    Is(null, records.Find(1), "nothing found");
                    var pen = records.Add("Pen", 2m);
                    Is(1, pen.Id, "the add from loose values returns the product with its new Id (since session 26)");
                    Is(new E7.P19.Product(1, "Fountain pen", 9m), records.Update(1, "Fountain pen", 9m), "the update returns the product with the values");
                    Is(null, records.Update(2, "x", 1m), "null for no such id, as the page says");
                    Is(new E7.P19.Product(1, "Fountain pen", 9m), records.Find(1), "stored");
                }
            }
            """);
    }

    [Fact]
    public void Generic_repositories_and_units_of_work_behave_as_their_pages_say()
    {
        var run = GeneratorHarness.Run(Infrastructure.Refusals.Without(Generics,
            "[InMemoryFake(typeof(IRepository<Vendor>))]",
            "public partial class VendorRepositoryFake;"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\n" + Prelude + """
                public static void Run()
                {
                    E7.P03.IUnitOfWork work = new E7.P03.InMemoryUnitOfWork();
                    work.Students.AddAsync(new E7.P03.Student { Name = "Ada" }).GetAwaiter().GetResult();
                    Is(1, work.CompleteAsync().GetAwaiter().GetResult(), "CompleteAsync saves the add and counts it");
                    Is("Ada", work.Students.GetByIdAsync(1).GetAwaiter().GetResult()?.Name, "saved");

                    var products = new E7.P04.ProductRepositoryFake();
                    E7.P04.IRepository<E7.P04.Product> repository = products;
                    repository.AddAsync(new E7.P04.Product { Name = "Pen" }).GetAwaiter().GetResult();
                    Is(1, repository.SaveChangesAsync().GetAwaiter().GetResult(), "one row saved");
                    Is(1, repository.ListAsync().GetAwaiter().GetResult().Count, "listed after the save");

                    E7.P05.IRepository<E7.P05.Post> posts = new E7.P05.PostRepositoryFake();
                    var post = posts.CreateAsync(new E7.P05.Post { Title = "Hello" }).GetAwaiter().GetResult();
                    posts.SoftDeleteAsync(post.Id).GetAwaiter().GetResult();
                    Is(true, posts.GetByIdAsync(post.Id).GetAwaiter().GetResult()?.IsDeleted, "the soft delete sets IsDeleted; reads are not filtered (the documented decision: no global query filter)");
                    Is(0, posts.CountAsync(p => !p.IsDeleted).GetAwaiter().GetResult(), "a predicate count: the soft-deleted post does not match");
                    Is(1, posts.CountAsync().GetAwaiter().GetResult(), "a null predicate counts every post");

                    E7.P09.ICommandService<E7.P09.Customer, Guid> commands = new E7.P09.CustomerCommandsFake();
                    var id = commands.CreateAsync(new E7.P09.Customer { Name = "Ada" }).GetAwaiter().GetResult();
                    Is(id, commands.UpdateAsync(new E7.P09.Customer { Id = id, Name = "Ada L." }).GetAwaiter().GetResult(), "the update returns the key (EntityAxis: entity.Id)");
                    E7.P09.IQueryService<E7.P09.Customer, Guid> queries = new E7.P09.CustomerQueriesFake();
                    Is(0, queries.GetPagedAsync(1, 10).GetAwaiter().GetResult().TotalItemCount, "an empty listing's total");
                }
            }
            """);
    }
}
