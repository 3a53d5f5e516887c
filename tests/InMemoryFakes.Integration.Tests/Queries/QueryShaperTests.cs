using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.QueryShapers;

// nopCommerce's IRepository<TEntity> shapes: a query-shaping function over the table (func = null: every row), a caching
// hint and an event switch the fake has no use for, a nullable id, a truncate that may restart the identity, the stored
// copy of an entity. Product has no Deleted flag (includeDeleted filters nothing for it); Note has one.
public abstract class BaseEntity
{
    public int Id { get; set; }
}

public sealed class Product : BaseEntity
{
    public string Name { get; set; } = "";

    public decimal Price { get; set; }
}

public sealed class Note : BaseEntity
{
    public string Text { get; set; } = "";

    public bool Deleted { get; set; }
}

public sealed class CacheKey
{
    public CacheKey(string key) => Key = key;

    public string Key { get; }
}

public interface ICacheManager
{
}

public interface IRepository<TEntity>
    where TEntity : BaseEntity
{
    Task<TEntity?> GetByIdAsync(int? id, Func<ICacheManager, CacheKey>? getCacheKey = null, bool includeDeleted = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>>? func = null, Func<ICacheManager, CacheKey>? getCacheKey = null, bool includeDeleted = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func, Func<ICacheManager, Task<CacheKey>>? getCacheKey = null, bool includeDeleted = true);

    IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func);

    Task InsertAsync(TEntity entity, bool publishEvent = true);

    Task UpdateAsync(TEntity entity, bool publishEvent = true);

    Task<TEntity?> LoadOriginalCopyAsync(TEntity entity);

    Task TruncateAsync(bool resetIdentity = false);

    Task<IEnumerable<TEntity>> GetPagedAsync(int page, int pageSize, Expression<Func<TEntity, bool>>? filter = null, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null);

    Task<IEnumerable<TEntity>> FindAsync(Expression<Func<TEntity, bool>> predicate, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null, int? skip = null, int? take = null);

    Task<TEntity?> FirstOrDefaultAsync(Expression<Func<TEntity, bool>> predicate, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null);
}

public interface IReadRepository<TEntity>
    where TEntity : BaseEntity
{
    Task InsertAsync(TEntity entity, bool publishEvent = true);

    Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>>? func = null, bool includeDeleted = true);

    Task<bool> ExistsAsync(int? id);

    Task<bool> AnyAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> query);

    Task<long> CountAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> query, bool includeDeleted = true);
}

[InMemoryFake(typeof(IRepository<Product>))]
public partial class ProductRepository;

[InMemoryFake(typeof(IReadRepository<Note>))]
public partial class NoteRepository;

public sealed class QueryShaperTests
{
    private static async Task<IRepository<Product>> SeededAsync()
    {
        IRepository<Product> products = new ProductRepository();
        await products.InsertAsync(new Product { Name = "Phone", Price = 300m });
        await products.InsertAsync(new Product { Name = "Tablet", Price = 500m }, publishEvent: false);
        await products.InsertAsync(new Product { Name = "Watch", Price = 200m });
        return products;
    }

    private static string Names(IEnumerable<Product> products) => string.Join(",", products.Select(static p => p.Name));

    [Fact]
    public async Task The_shaping_function_runs_over_every_entity_and_null_lists_them_all()
    {
        var products = await SeededAsync();

        Assert.Equal("Phone,Tablet,Watch", Names(await products.GetAllAsync()));
        Assert.Equal("Tablet,Phone", Names(await products.GetAllAsync(q => q.Where(p => p.Price >= 300m).OrderByDescending(p => p.Price))));
        Assert.Equal("Watch", Names(products.GetAll(q => q.OrderBy(p => p.Price).Take(1))));
    }

    [Fact]
    public async Task An_asynchronous_shaping_function_is_awaited()
    {
        var products = await SeededAsync();

        var cheap = await products.GetAllAsync(async q =>
        {
            await Task.Yield();
            return q.Where(p => p.Price < 400m);
        });

        Assert.Equal("Phone,Watch", Names(cheap));
    }

    [Fact]
    public async Task A_shaping_function_without_a_default_is_required_and_one_that_returns_null_is_an_error()
    {
        var products = await SeededAsync();

        Assert.Equal("func", Assert.Throws<ArgumentNullException>(() => products.GetAll(null!)).ParamName);
        Assert.Throws<InvalidOperationException>(() => products.GetAll(static _ => null!));
    }

    [Fact]
    public async Task What_the_shaping_function_lists_is_a_copy_of_the_stored_entities()
    {
        var products = await SeededAsync();

        (await products.GetAllAsync(q => q.Where(p => p.Name == "Phone"))).Single().Price = 1m;

        Assert.Equal(300m, (await products.GetByIdAsync(1))!.Price);
    }

    [Fact]
    public async Task A_caching_hint_and_an_include_flag_that_names_no_flag_of_the_entity_change_nothing()
    {
        var products = await SeededAsync();
        Func<ICacheManager, CacheKey> byName = static _ => new CacheKey("products.by-name");

        Assert.Equal("Phone,Tablet,Watch", Names(await products.GetAllAsync(q => q.OrderBy(p => p.Name), byName, includeDeleted: false)));
        Assert.Equal("Tablet", (await products.GetByIdAsync(2, static _ => new CacheKey("product.2"), includeDeleted: false))!.Name);
        Assert.Equal(2, (await products.GetAllAsync(static q => Task.FromResult(q.Where(p => p.Price > 250m)), static _ => Task.FromResult(new CacheKey("k")))).Count);
    }

    [Fact]
    public async Task Include_flags_naming_a_flag_of_the_entity_filter_before_the_shaping_function()
    {
        IReadRepository<Note> notes = new NoteRepository();
        await notes.InsertAsync(new Note { Text = "gone", Deleted = true });
        await notes.InsertAsync(new Note { Text = "kept" });

        // nopCommerce's AddDeletedFilter runs before func: Take(1) takes the first note that is not deleted.
        Assert.Equal("kept", (await notes.GetAllAsync(static q => q.Take(1), includeDeleted: false)).Single().Text);
        Assert.Equal("gone", (await notes.GetAllAsync(static q => q.Take(1))).Single().Text);
        Assert.Equal(2, (await notes.GetAllAsync()).Count);
    }

    [Fact]
    public async Task Any_and_Count_over_a_shaping_function_answer_for_what_its_query_gives()
    {
        IReadRepository<Note> notes = new NoteRepository();
        await notes.InsertAsync(new Note { Text = "gone", Deleted = true });
        await notes.InsertAsync(new Note { Text = "kept" });

        Assert.True(await notes.AnyAsync(static q => q.Where(n => n.Text == "gone")));
        Assert.False(await notes.AnyAsync(static q => q.Where(n => n.Text == "missing")));
        Assert.Equal(2L, await notes.CountAsync(static q => q));
        Assert.Equal(1L, await notes.CountAsync(static q => q, includeDeleted: false));
        Assert.Equal(0L, await notes.CountAsync(static q => q.Where(n => n.Deleted), includeDeleted: false));
    }

    [Fact]
    public async Task A_nullable_id_finds_nothing_for_null()
    {
        var products = await SeededAsync();
        IReadRepository<Note> notes = new NoteRepository();
        await notes.InsertAsync(new Note { Text = "kept" });

        Assert.Null(await products.GetByIdAsync(null));
        Assert.Null(await products.GetByIdAsync(99));
        Assert.Equal("Watch", (await products.GetByIdAsync(3))!.Name);
        Assert.False(await notes.ExistsAsync(null));
        Assert.True(await notes.ExistsAsync(1));
    }

    [Fact]
    public async Task LoadOriginalCopy_returns_the_stored_entity_of_the_key_untouched_by_the_callers_changes()
    {
        var products = await SeededAsync();
        var phone = (await products.GetByIdAsync(1))!;
        phone.Price = 1m;

        Assert.Equal(300m, (await products.LoadOriginalCopyAsync(phone))!.Price);
        Assert.Null(await products.LoadOriginalCopyAsync(new Product { Id = 42 }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => products.LoadOriginalCopyAsync(null!));
    }

    [Fact]
    public async Task Truncate_removes_every_entity_and_restarts_the_generated_ids_only_when_asked()
    {
        var products = await SeededAsync();

        await products.TruncateAsync();
        Assert.Empty(await products.GetAllAsync());
        var next = new Product { Name = "Laptop" };
        await products.InsertAsync(next);
        Assert.Equal(4, next.Id);

        await products.TruncateAsync(resetIdentity: true);
        var first = new Product { Name = "Camera" };
        await products.InsertAsync(first);
        Assert.Equal(1, first.Id);
        Assert.Equal("Camera", Names(await products.GetAllAsync()));
    }

    [Fact]
    public async Task An_ordering_over_the_query_orders_the_matches_before_the_page_or_the_first_is_taken()
    {
        IRepository<Product> products = new ProductRepository();
        await products.InsertAsync(new Product { Id = 30, Name = "Phone", Price = 300m });
        await products.InsertAsync(new Product { Id = 10, Name = "Tablet", Price = 500m });
        await products.InsertAsync(new Product { Id = 20, Name = "Watch", Price = 200m });

        // orderBy(query).Skip((page - 1) * pageSize).Take(pageSize), as the tutorial repositories page.
        Assert.Equal("Phone", Names(await products.GetPagedAsync(2, 1, p => p.Price > 100m, q => q.OrderBy(p => p.Price))));
        Assert.Equal("Tablet,Phone", Names(await products.FindAsync(p => p.Price >= 200m, q => q.OrderByDescending(p => p.Price), skip: 0, take: 2)));
        Assert.Equal("Phone,Watch", Names(await products.FindAsync(p => p.Price >= 200m, q => q.OrderByDescending(p => p.Price), skip: 1)));
        Assert.Equal("Watch", (await products.FirstOrDefaultAsync(p => p.Price > 100m, q => q.OrderBy(p => p.Price)))!.Name);
        Assert.Null(await products.FirstOrDefaultAsync(p => p.Price > 1000m, q => q.OrderBy(p => p.Price)));

        // Without an ordering the page and the first match are in insertion order, as for the other predicate methods.
        Assert.Equal("Phone,Tablet", Names(await products.GetPagedAsync(1, 2)));
        Assert.Equal("Phone", (await products.FirstOrDefaultAsync(p => p.Price > 100m))!.Name);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => products.GetPagedAsync(0, 2, orderBy: q => q.OrderBy(p => p.Price)));
    }

    [Fact]
    public async Task Writes_are_the_same_with_or_without_the_event_switch()
    {
        var products = await SeededAsync();
        var tablet = (await products.GetByIdAsync(2))!;
        tablet.Price = 450m;

        await products.UpdateAsync(tablet, publishEvent: false);

        Assert.Equal(450m, (await products.GetByIdAsync(2))!.Price);
        Assert.Equal(3, (await products.GetAllAsync()).Count);
    }
}
