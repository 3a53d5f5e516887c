using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The neighbours of nopCommerce's <c>IRepository&lt;TEntity&gt;</c> conventions (query-shaping functions, caching hints,
/// event switches, nullable ids, reseeding truncates, original copies) that the signature does not prove: each is refused
/// with the reason.
/// </summary>
public class QueryShaperRefusalTests
{
    private const string Product = Sources.Usings + """
        using System.Linq;

        namespace Shop;

        public abstract class BaseEntity
        {
            public int Id { get; set; }
        }

        public class Product : BaseEntity
        {
            public string Name { get; set; } = "";
        }

        public class Note : BaseEntity
        {
            public string Text { get; set; } = "";
            public bool Deleted { get; set; }
        }

        public class CacheKey
        {
            public string Key { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_shaping_function_beside_paging_or_another_shaping_function_or_on_a_synchronous_member_of_an_asynchronous_one_is_refused()
    {
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<IList<Product>> GetAllPagedAsync(Func<IQueryable<Product>, IQueryable<Product>>? func = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false);
                IList<Product> GetAll(Func<IQueryable<Product>, IQueryable<Product>> where, Func<IQueryable<Product>, IQueryable<Product>> order);
                IList<Product> List(Func<IQueryable<Product>, Task<IQueryable<Product>>> func);
                Task<IList<Product>> GetAllAsync(Func<IQueryable<Product>, IQueryable<Product>> func, string region);
                Task<string> AnyAsync(Func<IQueryable<Product>, IQueryable<Product>> query);
                Task<decimal> CountAsync(Func<IQueryable<Product>, IQueryable<Product>> query);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'AnyAsync' over a query-shaping function must return bool", Message(run, "AnyAsync"), StringComparison.Ordinal);
        Assert.Contains("'CountAsync' over a query-shaping function must return int or long", Message(run, "CountAsync"), StringComparison.Ordinal);
        Assert.Contains("'pageIndex', 'pageSize', 'getOnlyTotalCount' stand beside the query-shaping function 'func'", Message(run, "GetAllPagedAsync"), StringComparison.Ordinal);
        Assert.Contains("it takes two query-shaping functions ('where', 'order')", Message(run, "GetAll"), StringComparison.Ordinal);
        Assert.Contains("its query-shaping function 'func' returns a task, which a synchronous member could only block on", Message(run, "List"), StringComparison.Ordinal);
        Assert.Contains("'region' stands beside the query-shaping function 'func'", Message(run, "GetAllAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_key_that_is_not_a_function_of_a_cache_key_type_and_an_include_flag_of_a_non_generic_interface_are_not_ignored()
    {
        // getCacheKey is ignored only as a delegate returning a CacheKey type; a string key may select another cached list.
        // includeDeleted on a non-generic interface whose entity has no Deleted flag may filter by a column the type hides.
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<IList<Product>> GetAllAsync(Func<IQueryable<Product>, IQueryable<Product>>? func = null, string? cacheKey = null);
                Task<Product?> GetByIdAsync(int id, bool includeDeleted = true);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'cacheKey' stands beside the query-shaping function 'func'", Message(run, "GetAllAsync"), StringComparison.Ordinal);
        Assert.Contains("includeDeleted", Message(run, "GetByIdAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_by_a_collection_of_keys_is_refused_unless_its_name_orders_it()
    {
        // nopCommerce's GetByIdsAsync returns the rows in the order of the ids given; a Contains query in the table's.
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<IList<Product>> GetByIdsAsync(IList<int> ids);
                Task<IList<Product>> GetByIdsOrderByIdAsync(IList<int> ids);
                Task<int> CountByIdsAsync(IList<int> ids);
                Task<IList<Product>> GetByNamesAsync(IList<string> names);
            }
            """);

        Assert.Equal(new[] { "IMF0018" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("it lists Product by a collection of keys, and whether the result follows the order of the keys given (nopCommerce's GetByIdsAsync sorts by them, repeating a key given twice) or the table's (a Contains query) is the store's own", Message(run, "GetByIdsAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void ByKeysOrder_KeysGiven_orders_a_list_but_a_single_match_a_page_or_Top_by_keys_stays_refused()
    {
        // The setting states the order of every match; which one a First, a page or a Top keeps it does not say.
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake(ByKeysOrder = ByKeysOrder.KeysGiven)]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<IList<Product>> GetByIdsAsync(IList<int> ids);
                Task<Product?> FindFirstByIdsAsync(IList<int> ids);
                Task<IList<Product>> FindTop2ByIdsAsync(IList<int> ids);
                Task<IList<Product>> FindByIdsOrNameAsync(IList<int> ids, string name);
            }
            """);

        Assert.Equal(new[] { "IMF0018", "IMF0018", "IMF0018" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        foreach (var member in new[] { "FindFirstByIdsAsync", "FindTop2ByIdsAsync", "FindByIdsOrNameAsync" })
        {
            Assert.Contains("ByKeysOrder = KeysGiven orders a list of every match (a page, a single match, Top, Distinct or conditions joined by Or by keys are not said by it)", Message(run, member), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ByKeysOrder_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            [InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Contains("ByKeysOrder: it orders the entities an entity repository lists by a collection of keys, and ICache is a key-value store", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_untyped_collection_is_read_as_keys_only_for_the_key()
    {
        // GetByIds(IEnumerable ids) holds keys given as object (ServiceStack's IEntityStore); for another property the
        // elements' type, and how the store compares them, is not said.
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                void DeleteByIds(System.Collections.IEnumerable ids);
                int CountByIds(System.Collections.IEnumerable ids);
                IList<Product> FindByNames(System.Collections.IEnumerable names);
            }
            """);

        Assert.Equal(new[] { "IMF0018" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'names' of In is System.Collections.IEnumerable; it must be a collection (IEnumerable<T>, an array or params) of values that convert to Name (string)", Message(run, "FindByNames"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deletes_of_an_interface_that_reads_deleted_rows_of_a_soft_deleted_entity_are_refused()
    {
        // nopCommerce's DeleteAsync sets Deleted on an ISoftDeletedEntity (its reads filter it through includeDeleted);
        // an interface with its own SoftDelete member says its deletes remove the row.
        var run = GeneratorHarness.Run(Product + """
            public interface IRepository<TEntity> where TEntity : BaseEntity
            {
                Task InsertAsync(TEntity entity, bool publishEvent = true);
                Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>>? func = null, bool includeDeleted = true);
                Task DeleteAsync(TEntity entity, bool publishEvent = true);
                Task<int> DeleteAsync(System.Linq.Expressions.Expression<Func<TEntity, bool>> predicate);
            }

            public interface ISoftDeletingRepository
            {
                Task InsertAsync(Note note);
                Task<IList<Note>> GetAllAsync(bool includeDeleted = false);
                Task SoftDeleteAsync(int id);
                Task DeleteAsync(int id);
            }

            [InMemoryFake(typeof(IRepository<Note>))]
            public partial class NoteRepository;

            [InMemoryFake(typeof(IRepository<Product>), MissingDelete = MissingDelete.Ignore)]
            public partial class ProductRepository;

            [InMemoryFake(typeof(ISoftDeletingRepository))]
            public partial class SoftDeletingRepository;
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.All(run.GeneratorDiagnostics, static d => Assert.Contains("and the interface reads deleted rows (GetAllAsync(includeDeleted)), so whether 'DeleteAsync' removes the row or only sets the flag", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_nullable_key_is_read_but_not_removed_and_a_reseeding_clear_returns_nothing()
    {
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<Product?> GetByIdAsync(int? id);
                Task<bool> ExistsAsync(int? id);
                Task DeleteAsync(int? id);
                Task<int> TruncateAsync(bool resetIdentity = false);
            }

            [InMemoryFake]
            public interface INoteRepository
            {
                Task InsertAsync(Note note);
                Task<Note?> FindAsync(int? id, bool includeDeleted = true);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("its key 'id' is nullable and stands beside other conditions (includeDeleted); a nullable key is read only alone", Message(run, "FindAsync"), StringComparison.Ordinal);
        Assert.Contains("its key 'id' is nullable, and what a removal of null does (nothing, or an error) is the store's own", Message(run, "DeleteAsync"), StringComparison.Ordinal);
        Assert.Contains("with 'resetIdentity' it must return void", Message(run, "TruncateAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Original_beside_a_result_that_is_not_the_entity_or_another_word_is_not_read_as_the_stored_copy()
    {
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface IProductRepository
            {
                Task InsertAsync(Product product);
                Task<Product?> LoadOriginalCopyAsync(Product product);
                Task<string> GetOriginalAsync(Product product);
                Task<Product?> GetOriginalPublishedAsync(Product product);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Original' is no property of Product", Message(run, "GetOriginalAsync"), StringComparison.Ordinal);
        Assert.DoesNotContain("stored Product", Message(run, "GetOriginalPublishedAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_over_the_entitys_query_makes_the_interface_a_repository_of_the_entity_not_a_store_keyed_by_the_function()
    {
        // idee5's IQueryRepository<T> has no write: without this vote it was a key-value store keyed by the delegate.
        var run = GeneratorHarness.Run(Product + """
            public interface IQueryRepository<T> where T : class
            {
                Task<IEnumerable<T>> GetAsync(Func<IQueryable<T>, IQueryable<T>> func, CancellationToken cancellationToken = default);
                Task<TResult> GetAsync<TResult>(Func<IQueryable<T>, TResult> func, CancellationToken cancellationToken = default);
            }

            [InMemoryFake(typeof(IQueryRepository<Product>))]
            public partial class ProductQueries;
            """);

        Assert.True(run.GeneratorDiagnostics.IsEmpty && run.CompilationDiagnostics.IsEmpty, run.Describe());
        var generated = string.Join("\n", run.Sources.Values);
        Assert.Contains("FakeQueryShaping.Shape(", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("KeyValueTable", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_with_a_WithDeleted_sibling_and_deletes_beside_a_hard_delete_are_refused()
    {
        // A generic repository (TrainMe's) whose Get/GetById leave IsDeleted rows out and whose Delete sets the flag, beside
        // GetWithDeleted, GetByIdWithDeleted and HardDelete: the plain members' meaning is the store's rule.
        var run = GeneratorHarness.Run(Product + """
            public interface IRepository<TEntity> where TEntity : class
            {
                IEnumerable<TEntity> Get(System.Linq.Expressions.Expression<Func<TEntity, bool>>? filter = null);
                IEnumerable<TEntity> GetWithDeleted(System.Linq.Expressions.Expression<Func<TEntity, bool>>? filter = null);
                TEntity? GetById(object id);
                TEntity? GetByIdWithDeleted(object id);
                TEntity Add(TEntity entity);
                void Delete(TEntity entity);
            }

            [InMemoryFake(typeof(IRepository<Note>))]
            public partial class NoteRepository;
            """);

        Assert.Contains("the interface also has 'GetByIdWithDeleted', so 'GetById' leaves deleted rows out by the store's own rule", Message(run, "GetById"), StringComparison.Ordinal);
        Assert.Contains("the interface also has 'GetWithDeleted', so 'Get' leaves deleted rows out", Message(run, "Get"), StringComparison.Ordinal);
        Assert.Contains("Note has the deletion flag 'Deleted' and the interface reads deleted rows (GetWithDeleted), so whether 'Delete' removes the row or only sets the flag", Message(run, "Delete"), StringComparison.Ordinal);
        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0015" }, run.GeneratorIds);
    }

    [Fact]
    public void A_delete_beside_a_read_of_the_deleted_rows_themselves_is_refused()
    {
        // GetDeletedNotes(text) and ListDeleted() read the rows whose Deleted flag is set: a store whose deleted rows can
        // still be read keeps them, so its Delete may only set the flag, while the fake's removed the row and the reads
        // never saw it. The reads themselves are flag queries and generate.
        var run = GeneratorHarness.Run(Product + """
            [InMemoryFake]
            public interface INoteRepository
            {
                void Add(Note note);
                void Delete(int id);
                List<Note> GetDeletedNotes(string text);
                List<Note> ListDeleted();
            }
            """);

        // GetDeletedNotes(text) lists by Text, a free-text property compared equal: IMF0030 (Info, session 39).
        Assert.Equal(new[] { "IMF0001", "IMF0030" }, run.GeneratorIds);
        Assert.Contains("and the interface reads deleted rows (GetDeletedNotes), so whether 'Delete' removes the row or only sets the flag", Message(run, "Delete"), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_without_a_sibling_beside_a_member_that_reads_deleted_rows_are_refused_and_writes_still_generate()
    {
        // GetByIdWithDeleted says the store's plain reads leave flagged rows out (a query filter); Count() and
        // FindByText(text) have no sibling to say so, and an Update can set Deleted in the fake: they counted and found
        // the flagged rows without a word.
        var run = GeneratorHarness.Run(Product + """
            public interface INoteRepository
            {
                Note? GetByIdWithDeleted(int id);
                int Count();
                List<Note> FindByText(string text);
                void Add(Note note);
                void Update(Note note);
            }

            [InMemoryFake]
            public interface INotes : INoteRepository;
            """);

        Assert.Contains("'Count' of INotes matches no entity repository convention: the interface reads deleted Note rows in 'GetByIdWithDeleted', so whether 'Count' leaves them out (as a query filter would, and as the plain sibling of such a member does) is the store's own rule, which the signature does not show.", Message(run, "Count"), StringComparison.Ordinal);
        Assert.Contains("the interface reads deleted Note rows in 'GetByIdWithDeleted', so whether 'FindByText' leaves them out", Message(run, "FindByText"), StringComparison.Ordinal);
        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0015" }, run.GeneratorIds);
        var generated = string.Join("\n", run.Sources.Values);
        Assert.Contains("public void Add(", generated, StringComparison.Ordinal);
        Assert.Contains("public void Update(", generated, StringComparison.Ordinal);
    }
}
