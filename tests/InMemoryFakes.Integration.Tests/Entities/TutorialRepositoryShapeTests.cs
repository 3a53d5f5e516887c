using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Generic repositories as public code writes them (issue 10, shapes 4, 6 and 8):
// - Microsoft's EF Core tutorial repository ("Implement the repository and unit of work patterns"), copied into many
//   codebases: GetByID(object id) and Delete(object id) pass the key on to DbSet.Find(object), and
//   Get(filter = null, orderBy = null, includeProperties = "") filters, orders with q => q.OrderBy(…) and includes;
// - GetByCategoryAsync(int categoryId) on an entity with a CategoryId and no Category.

public sealed class Course
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Credits { get; set; }

    public int DepartmentId { get; set; }
}

public interface ITutorialRepository<TEntity>
    where TEntity : class
{
    IEnumerable<TEntity> Get(Expression<Func<TEntity, bool>>? filter = null, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null, string includeProperties = "");

    TEntity? GetByID(object id);

    void Insert(TEntity entity);

    void Delete(object id);

    void Update(TEntity entityToUpdate);
}

[InMemoryFake(typeof(ITutorialRepository<Course>))]
public partial class CourseTutorialRepository;

[InMemoryFake]
public interface ICourseCatalog
{
    void Add(Course course);

    Task<IReadOnlyList<Course>> GetByDepartmentAsync(int departmentId);

    Task<Course?> GetByIdAsync(object id);
}

// The repository of many microservice samples (Ordering.Application's IAsyncRepository): GetAsync(predicate, orderBy,
// includeString, disableTracking); an IQueryable-returning FindBy(predicate); GetPagedAsync(pageNumber, pageSize).
public interface IAsyncRepository<T>
    where T : class
{
    Task<IReadOnlyList<T>> GetAsync(Expression<Func<T, bool>>? predicate = null, Func<IQueryable<T>, IOrderedQueryable<T>>? orderBy = null, string? includeString = null, bool disableTracking = true);

    IQueryable<T> FindBy(Expression<Func<T, bool>> predicate);

    Task<IEnumerable<T>> GetPagedAsync(int pageNumber, int pageSize);

    Task<T> AddAsync(T entity);
}

[InMemoryFake(typeof(IAsyncRepository<Course>))]
public partial class CourseAsyncRepository;

// Clean-architecture samples ask IsEmailUniqueAsync(email) before creating a customer; nopCommerce-style caches take a
// time to live in minutes (cacheTimeInMinutes) and ask IsSet(key).
public sealed class Member
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";
}

[InMemoryFake]
public interface IMemberRepository
{
    void Add(Member member);

    Task<bool> IsEmailUniqueAsync(string email);

    bool IsEmailTaken(string email);
}

[InMemoryFake]
public interface IMinuteCache
{
    T? Get<T>(string key);

    void Set<T>(string key, T value, int cacheTimeInMinutes);

    bool IsSet(string key);
}

// Microsoft's "Create a web API with ASP.NET Core and MongoDB" tutorial: BooksService over IMongoCollection<Book>.
// GetAsync() is Find(_ => true); UpdateAsync(id, updatedBook) is ReplaceOneAsync(x => x.Id == id, updatedBook), and
// MongoDB refuses a replacement that changes the immutable _id.
public sealed class Book
{
    public string? Id { get; set; }

    public string BookName { get; set; } = "";

    public decimal Price { get; set; }
}

[InMemoryFake]
public interface IBooksService
{
    Task<List<Book>> GetAsync();

    Task<Book?> GetAsync(string id);

    Task CreateAsync(Book newBook);

    Task UpdateAsync(string id, Book updatedBook);

    Task RemoveAsync(string id);
}

public sealed class TutorialRepositoryShapeTests
{
    private static ITutorialRepository<Course> Seeded()
    {
        ITutorialRepository<Course> courses = new CourseTutorialRepository();
        courses.Insert(new Course { Id = 3, Title = "Chemistry", Credits = 3, DepartmentId = 1 });
        courses.Insert(new Course { Id = 1, Title = "Calculus", Credits = 4, DepartmentId = 2 });
        courses.Insert(new Course { Id = 2, Title = "Poetry", Credits = 2, DepartmentId = 3 });
        return courses;
    }

    [Fact]
    public void A_key_given_as_object_finds_and_deletes_by_the_key()
    {
        var courses = Seeded();

        Assert.Equal("Calculus", courses.GetByID(1)!.Title);
        Assert.Null(courses.GetByID(42));

        courses.Delete((object)3);
        Assert.Null(courses.GetByID(3));
        Assert.Equal(2, courses.Get().Count());
    }

    [Fact]
    public void A_key_of_another_type_given_as_object_throws_ArgumentException_naming_the_parameter_and_changes_nothing()
    {
        var courses = Seeded();

        var find = Assert.Throws<ArgumentException>(() => courses.GetByID("1"));
        Assert.Equal("id", find.ParamName);
        Assert.Contains("System.String", find.Message, StringComparison.Ordinal);
        var delete = Assert.Throws<ArgumentException>(() => courses.Delete(1L));
        Assert.Equal("id", delete.ParamName);
        Assert.Equal(3, courses.Get().Count());
    }

    [Fact]
    public void Get_with_no_arguments_lists_every_entity()
    {
        Assert.Equal(new[] { 3, 1, 2 }, Seeded().Get().Select(static c => c.Id));
    }

    [Fact]
    public void Get_filters_with_the_expression_and_orders_with_the_callers_queryable_ordering()
    {
        var courses = Seeded();

        var titles = courses.Get(filter: c => c.Credits >= 3, orderBy: q => q.OrderBy(c => c.Title)).Select(static c => c.Title);
        var byCreditsThenTitle = courses.Get(orderBy: q => q.OrderByDescending(c => c.Credits).ThenBy(c => c.Title), includeProperties: "Department").Select(static c => c.Id);

        Assert.Equal(new[] { "Calculus", "Chemistry" }, titles);
        Assert.Equal(new[] { 1, 3, 2 }, byCreditsThenTitle);
    }

    [Fact]
    public void Entities_listed_through_the_ordering_are_copies()
    {
        var courses = Seeded();

        courses.Get(orderBy: q => q.OrderBy(c => c.Id)).First().Title = "Changed outside the store";

        Assert.Equal("Calculus", courses.GetByID(1)!.Title);
    }

    [Fact]
    public async Task A_by_name_word_plus_Id_named_by_the_parameter_is_that_foreign_key()
    {
        var catalog = new InMemoryCourseCatalog();
        catalog.Add(new Course { Id = 1, Title = "Calculus", DepartmentId = 2 });
        catalog.Add(new Course { Id = 2, Title = "Algebra", DepartmentId = 2 });
        catalog.Add(new Course { Id = 3, Title = "Poetry", DepartmentId = 3 });

        var mathematics = await catalog.GetByDepartmentAsync(2);

        Assert.Equal(new[] { 1, 2 }, mathematics.Select(static c => c.Id));
        Assert.Equal("Poetry", (await catalog.GetByIdAsync(3))!.Title);
        await Assert.ThrowsAsync<ArgumentNullException>(() => catalog.GetByIdAsync(null!));
    }

    [Fact]
    public async Task GetAsync_ignores_the_include_string_and_tracking_flag_and_filters_and_orders()
    {
        IAsyncRepository<Course> courses = new CourseAsyncRepository();
        await courses.AddAsync(new Course { Id = 1, Title = "Calculus", Credits = 4 });
        await courses.AddAsync(new Course { Id = 2, Title = "Algebra", Credits = 4 });
        await courses.AddAsync(new Course { Id = 3, Title = "Poetry", Credits = 2 });

        var found = await courses.GetAsync(c => c.Credits == 4, q => q.OrderBy(c => c.Title), includeString: "Department", disableTracking: false);

        Assert.Equal(new[] { "Algebra", "Calculus" }, found.Select(static c => c.Title));
        Assert.Equal(3, (await courses.GetAsync()).Count);
    }

    [Fact]
    public async Task FindBy_returning_a_queryable_is_a_query_of_the_matches_the_caller_composes()
    {
        IAsyncRepository<Course> courses = new CourseAsyncRepository();
        await courses.AddAsync(new Course { Id = 1, Title = "Calculus", Credits = 4 });
        await courses.AddAsync(new Course { Id = 2, Title = "Algebra", Credits = 4 });
        await courses.AddAsync(new Course { Id = 3, Title = "Poetry", Credits = 2 });

        var query = courses.FindBy(c => c.Credits == 4);

        Assert.Equal(new[] { "Algebra", "Calculus" }, query.OrderBy(c => c.Title).Select(c => c.Title).ToArray());
        Assert.Equal(1, query.Count(c => c.Title.StartsWith('C')));
        Assert.Throws<ArgumentNullException>(() => courses.FindBy(null!));
    }

    [Fact]
    public async Task GetPagedAsync_with_a_page_number_and_size_returns_that_page_with_pages_counted_from_one()
    {
        IAsyncRepository<Course> courses = new CourseAsyncRepository();
        for (var id = 1; id <= 5; id++)
        {
            await courses.AddAsync(new Course { Id = id, Title = "Course " + id });
        }

        Assert.Equal(new[] { 1, 2 }, (await courses.GetPagedAsync(1, 2)).Select(static c => c.Id));
        Assert.Equal(new[] { 5 }, (await courses.GetPagedAsync(3, 2)).Select(static c => c.Id));
    }

    [Fact]
    public async Task Is_email_unique_is_true_until_a_member_has_that_email_and_taken_is_its_opposite()
    {
        var members = new InMemoryMemberRepository();
        members.Add(new Member { Id = Guid.NewGuid(), Email = "ada@example.com" });

        Assert.False(await members.IsEmailUniqueAsync("ada@example.com"));
        Assert.True(await members.IsEmailUniqueAsync("grace@example.com"));
        Assert.True(members.IsEmailTaken("ada@example.com"));
        Assert.False(members.IsEmailTaken("grace@example.com"));
    }

    [Fact]
    public void A_time_to_live_in_minutes_expires_after_that_many_minutes_on_the_fakes_clock()
    {
        var clock = new ManualClock();
        var cache = new InMemoryMinuteCache(clock);
        cache.Set("home", "<html/>", cacheTimeInMinutes: 5);

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.True(cache.IsSet("home"));
        Assert.Equal("<html/>", cache.Get<string>("home"));

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(cache.IsSet("home"));
        Assert.Throws<ArgumentOutOfRangeException>(() => cache.Set("home", "x", cacheTimeInMinutes: 0));
    }

    [Fact]
    public async Task The_MongoDB_tutorial_service_lists_finds_replaces_by_id_and_removes()
    {
        var books = new InMemoryBooksService();
        await books.CreateAsync(new Book { Id = "b1", BookName = "Design Patterns", Price = 54.93m });
        await books.CreateAsync(new Book { Id = "b2", BookName = "Clean Code", Price = 43.15m });

        await books.UpdateAsync("b1", new Book { Id = "b1", BookName = "Design Patterns (2nd)", Price = 60m });

        Assert.Equal(new[] { "Design Patterns (2nd)", "Clean Code" }, (await books.GetAsync()).Select(static b => b.BookName));
        Assert.Equal(60m, (await books.GetAsync("b1"))!.Price);
        await books.RemoveAsync("b2");
        Assert.Null(await books.GetAsync("b2"));
    }

    [Fact]
    public async Task An_update_whose_entity_has_another_key_throws_ArgumentException_naming_the_entity_and_changes_nothing()
    {
        var books = new InMemoryBooksService();
        await books.CreateAsync(new Book { Id = "b1", BookName = "Design Patterns" });
        await books.CreateAsync(new Book { Id = "b2", BookName = "Clean Code" });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => books.UpdateAsync("b1", new Book { Id = "b2", BookName = "Renamed" }));

        Assert.Equal("updatedBook", error.ParamName);
        Assert.Equal("Design Patterns", (await books.GetAsync("b1"))!.BookName);
        Assert.Equal("Clean Code", (await books.GetAsync("b2"))!.BookName);
        await Assert.ThrowsAsync<NotFoundException>(() => books.UpdateAsync("b9", new Book { Id = "b9" }));
    }
}
