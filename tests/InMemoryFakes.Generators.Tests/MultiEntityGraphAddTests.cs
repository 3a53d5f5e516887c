using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Adding a parent that carries children in a navigation to another table of a repository of several entity types:
/// under a save the children are added to their own table with their foreign key set, as EF Core's <c>Add</c> adds the
/// reachable graph; without one, children are refused at run time, store unchanged (docs/generator.md, "Repositories of
/// several entity types", "Adding a parent that carries children").
/// </summary>
public class MultiEntityGraphAddTests
{
    private const string Model = Sources.Usings + """
        namespace Library;
        public class Author { public Guid Id { get; set; } public string Name { get; set; } = ""; public ICollection<Course> Courses { get; set; } = new List<Course>(); }
        public class Course { public Guid Id { get; set; } public string Title { get; set; } = ""; public Guid AuthorId { get; set; } public Author? Author { get; set; } }

        """;

    // The CourseLibrary course's repository: its real implementation is EF Core over one DbContext (_context.Authors.Add(author)).
    private const string Library = Model + """
        public interface ICourseLibraryRepository
        {
            IEnumerable<Course> GetCourses(Guid authorId);
            void AddCourse(Guid authorId, Course course);
            Author? GetAuthor(Guid authorId);
            void AddAuthor(Author author);
            bool Save();
            void DiscardChanges();
        }
        [InMemoryFake(typeof(ICourseLibraryRepository))] public partial class FakeLibrary { }
        """;

    [Fact]
    public void An_added_author_s_courses_reach_their_table_with_its_key_at_the_save_and_a_discard_drops_them()
    {
        // Before h-graph2 the courses stayed inside the author's row: GetCourses(author.Id) was empty after the save.
        var run = GeneratorHarness.Run(Library);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Library;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeLibrary();
                    var author = new Author { Name = "Berry" };
                    author.Courses.Add(new Course { Title = "Commandeering a Ship" });
                    author.Courses.Add(new Course { Title = "Singalong Pirate Hits" });
                    repository.AddAuthor(author);
                    Expect.Is(true, author.Id != Guid.Empty, "the author's GUID key is generated when it is added, as EF Core's");
                    Expect.Is(true, author.Courses.All(c => c.AuthorId == author.Id && c.Id != Guid.Empty), "each course has its key and the author's key as its foreign key");
                    var other = new FakeLibrary(Fakes.Of(repository).Backend);
                    Expect.Is(0, other.GetCourses(author.Id).Count(), "nothing is stored before the save");
                    Expect.Is(null, other.GetAuthor(author.Id), "nor the author");

                    Expect.Is(true, repository.Save(), "the save writes the author and its courses");
                    var fresh = new FakeLibrary(Fakes.Of(repository).Backend);
                    Expect.Is("Commandeering a Ship,Singalong Pirate Hits", string.Join(",", fresh.GetCourses(author.Id).Select(c => c.Title).OrderBy(t => t)), "the courses are rows of their table under the author");
                    Expect.Is(true, fresh.GetCourses(author.Id).All(c => c.AuthorId == author.Id), "with the author's key");
                    Expect.Is(0, fresh.GetAuthor(author.Id)!.Courses.Count, "the author's row keeps no courses: a fresh DbContext reads it with Courses not loaded");
                    Expect.Is(2, author.Courses.Count, "the caller's author keeps its courses, as EF Core's tracked graph does");
                    Expect.Is(false, repository.Save(), "nothing left to write");

                    var second = new Author { Name = "Nancy" };
                    second.Courses.Add(new Course { Title = "Discarded" });
                    repository.AddAuthor(second);
                    repository.DiscardChanges();
                    Expect.Is(false, repository.Save(), "the discard dropped the author and its course");
                    Expect.Is(0, fresh.GetCourses(second.Id).Count(), "no course of the discarded author is stored");
                    Expect.Is(2, fresh.GetCourses(author.Id).Count(), "the saved ones stay");
                }
            }
            """);
    }

    [Fact]
    public void An_author_added_with_a_key_and_no_courses_adds_as_before()
    {
        var run = GeneratorHarness.Run(Library);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Library;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeLibrary();
                    var id = Guid.NewGuid();
                    repository.AddAuthor(new Author { Id = id, Name = "Berry" });
                    Expect.Is(true, repository.Save(), "the author is written");
                    Expect.Is("Berry", repository.GetAuthor(id)?.Name, "stored under the key it was given");
                    Expect.Is(0, repository.GetCourses(id).Count(), "no course");

                    var given = new Author { Id = Guid.NewGuid(), Name = "Nancy" };
                    given.Courses.Add(new Course { Id = Guid.NewGuid(), Title = "Given" });
                    repository.AddAuthor(given);
                    repository.Save();
                    Expect.Is(given.Id, repository.GetCourses(given.Id).Single().AuthorId, "a given parent key is the course's foreign key");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_save_an_added_parent_with_children_throws_and_leaves_the_store_unchanged()
    {
        var run = GeneratorHarness.Run(Model + """
            public interface IAuthorStore
            {
                Task<IEnumerable<Course>> GetCoursesAsync(Guid authorId);
                Task AddCourseAsync(Course course);
                Task<Author?> GetAuthorAsync(Guid authorId);
                Task AddAuthorAsync(Author author);
            }
            [InMemoryFake(typeof(IAuthorStore))] public partial class FakeAuthorStore { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Library;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var store = new FakeAuthorStore();
                    var author = new Author { Id = Guid.NewGuid(), Name = "Berry" };
                    author.Courses.Add(new Course { Id = Guid.NewGuid(), Title = "Commandeering a Ship" });
                    var message = "nothing thrown";
                    try { store.AddAuthorAsync(author).GetAwaiter().GetResult(); } catch (InvalidOperationException e) { message = e.Message; }
                    Expect.Is(true, message.Contains("'Courses'") && message.Contains("'AddCourseAsync'"), "names the navigation and the member that adds a course: " + message);
                    Expect.Is(null, store.GetAuthorAsync(author.Id).GetAwaiter().GetResult(), "the author is not stored");
                    Expect.Is(0, Fakes.Of(store).Count, "nothing is stored");

                    author.Courses.Clear();
                    store.AddAuthorAsync(author).GetAwaiter().GetResult();
                    Expect.Is("Berry", store.GetAuthorAsync(author.Id).GetAwaiter().GetResult()?.Name, "an empty navigation adds as before");
                }
            }
            """);
    }

    [Fact]
    public void Under_a_save_that_writes_at_once_an_async_add_stores_the_children_with_the_parent()
    {
        var run = GeneratorHarness.Run(Model + """
            public interface IAuthorRepository
            {
                Task<IEnumerable<Course>> GetCoursesAsync(Guid authorId);
                Task<Author?> GetAuthorAsync(Guid authorId);
                Task<Author> AddAuthorAsync(Author author);
                Task<int> SaveChangesAsync();
            }
            [InMemoryFake(typeof(IAuthorRepository), UnitOfWorkWrites = UnitOfWorkWrites.Immediate)] public partial class FakeAuthors { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Library;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeAuthors();
                    var author = new Author { Name = "Berry" };
                    author.Courses.Add(new Course { Title = "Commandeering a Ship" });
                    var added = repository.AddAuthorAsync(author).GetAwaiter().GetResult();
                    Expect.Is(true, ReferenceEquals(author, added) && author.Id != Guid.Empty, "the add returns the author with its key");
                    var fresh = new FakeAuthors(Fakes.Of(repository).Backend);
                    Expect.Is(author.Id, fresh.GetCoursesAsync(author.Id).GetAwaiter().GetResult().Single().AuthorId, "the course is stored at once under the author");
                    Expect.Is(0, fresh.GetAuthorAsync(author.Id).GetAwaiter().GetResult()!.Courses.Count, "the author's row keeps no courses");
                    Expect.Is(1, author.Courses.Count, "the caller's author keeps its course");
                }
            }
            """);
    }
}
