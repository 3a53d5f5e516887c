using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// What the save does for a graph added to a repository of several entity types (since h-graph3): a parent whose
/// <c>int</c> key the save numbers gets it first and each child it carried gets it as its foreign key before the child is
/// stored, as EF Core's <c>SaveChanges</c> fixes keys up; a range add of parents carries their children as the single add
/// does (docs/generator.md, "Repositories of several entity types", "Adding a parent that carries children").
/// </summary>
public class MultiEntityGraphSaveTests
{
    // The CityInfo course's repository (its points of interest named Attraction) with a city add, a range add and a
    // discard; its real implementation is EF Core over one DbContext. Tables are tracked, and so locked, in the order of
    // their type names: the children's (Attraction) before the parents' (City), so the save must order the writes itself.
    private const string Cities = Sources.Usings + """
        namespace Cities;
        public class City { public int Id { get; set; } public string Name { get; set; } = "";
            public ICollection<Attraction> Attractions { get; set; } = new List<Attraction>(); }
        public class Attraction { public int Id { get; set; } public string Name { get; set; } = ""; public int CityId { get; set; } }
        public interface ICityInfoRepository
        {
            Task<IEnumerable<Attraction>> GetAttractionsForCityAsync(int cityId);
            void AddAttraction(Attraction point);
            Task<City?> GetCityAsync(int cityId);
            void AddCity(City city);
            void AddCities(IEnumerable<City> cities);
            Task<bool> SaveChangesAsync();
            void DiscardChanges();
        }
        [InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }
        """;

    [Fact]
    public void A_parent_the_save_numbers_gives_its_new_key_to_the_children_added_with_it_at_the_save()
    {
        // Before h-graph3 this add threw InvalidOperationException ("the fake does not fix keys up at the save").
        var run = GeneratorHarness.Run(Cities);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Cities;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeCityInfo();

                    // The attractions' table is locked first (its type name sorts first); a lone attraction is saved before the graph.
                    repository.AddAttraction(new Attraction { Name = "Seeded", CityId = 99 });
                    Expect.Is(true, repository.SaveChangesAsync().GetAwaiter().GetResult(), "the lone attraction is written");

                    var city = new City { Name = "Ghent" };
                    city.Attractions.Add(new Attraction { Name = "Belfry" });
                    city.Attractions.Add(new Attraction { Name = "Gravensteen" });
                    repository.AddCity(city);
                    Expect.Is(0, city.Id, "the city's key waits for the save, as an IDENTITY value does");
                    Expect.Is(true, city.Attractions.All(p => p.Id == 0 && p.CityId == 0), "so do the attractions' keys and foreign keys");
                    var backend = Fakes.Of(repository).Backend;
                    Expect.Is(1, Fakes.Of(new FakeCityInfo(backend)).Count, "nothing of the city is stored before the save");

                    Expect.Is(true, repository.SaveChangesAsync().GetAwaiter().GetResult(), "the save writes the city and its attractions");
                    Expect.Is(true, city.Id != 0, "the save numbered the caller's city");
                    Expect.Is(true, city.Attractions.All(p => p.Id != 0 && p.CityId == city.Id), "and set each attraction's CityId to it on the caller's instances, as EF Core's fix-up does");
                    var fresh = new FakeCityInfo(backend);
                    var points = fresh.GetAttractionsForCityAsync(city.Id).GetAwaiter().GetResult().ToList();
                    Expect.Is("Belfry,Gravensteen", string.Join(",", points.Select(p => p.Name).OrderBy(n => n)), "the attractions are rows of their table under the city's new key");
                    Expect.Is(0, fresh.GetCityAsync(city.Id).GetAwaiter().GetResult()!.Attractions.Count, "the city's row keeps no attractions");
                    Expect.Is(4, Fakes.Of(fresh).Count, "one city and three attractions");
                    Expect.Is(false, repository.SaveChangesAsync().GetAwaiter().GetResult(), "nothing left to write");

                    var discarded = new City { Name = "Bruges" };
                    discarded.Attractions.Add(new Attraction { Name = "Canals" });
                    repository.AddCity(discarded);
                    repository.DiscardChanges();
                    Expect.Is(false, repository.SaveChangesAsync().GetAwaiter().GetResult(), "the discard dropped the city and its attraction");
                    Expect.Is(0, discarded.Id, "the discarded city got no key");
                    Expect.Is(0, discarded.Attractions.Single().CityId, "nor its attraction a foreign key");
                    Expect.Is(4, Fakes.Of(fresh).Count, "nothing more is stored");
                }
            }
            """);
    }

    [Fact]
    public void A_failed_save_takes_back_the_numbered_key_and_the_children_s_foreign_keys_and_stores_nothing()
    {
        var run = GeneratorHarness.Run(Cities);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Cities;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeCityInfo();
                    Fakes.Of(repository).Seed(new Attraction { Id = 5, Name = "Taken", CityId = 99 });

                    var city = new City { Name = "Ghent" };
                    var belfry = new Attraction { Name = "Belfry" };
                    city.Attractions.Add(belfry);
                    repository.AddCity(city);
                    repository.AddAttraction(new Attraction { Id = 5, Name = "Duplicate" });
                    var failed = false;
                    try { repository.SaveChangesAsync().GetAwaiter().GetResult(); } catch (Exception) { failed = true; }
                    Expect.Is(true, failed, "a attraction whose key is taken fails the whole save");
                    Expect.Is(0, city.Id, "the city's numbered key is taken back");
                    Expect.Is(0, belfry.CityId, "and the attraction's foreign key set from it");
                    Expect.Is(0, belfry.Id, "and the attraction's own key");
                    var fresh = new FakeCityInfo(Fakes.Of(repository).Backend);
                    Expect.Is(1, Fakes.Of(fresh).Count, "nothing was stored");

                    repository.DiscardChanges();
                    repository.AddCity(city);
                    Expect.Is(true, repository.SaveChangesAsync().GetAwaiter().GetResult(), "the same graph saves once the duplicate is gone");
                    Expect.Is(true, city.Id != 0 && belfry.CityId == city.Id, "with the city's key as the attraction's foreign key");
                    Expect.Is("Belfry", fresh.GetAttractionsForCityAsync(city.Id).GetAwaiter().GetResult().Single().Name, "stored under it");
                }
            }
            """);
    }

    [Fact]
    public void A_range_add_of_parents_adds_each_one_s_children_to_their_table_at_the_save()
    {
        // Before h-graph3 AddCities kept each city's points inside its row, and the points' table got none.
        var run = GeneratorHarness.Run(Cities);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Cities;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeCityInfo();
                    var ghent = new City { Name = "Ghent" };
                    ghent.Attractions.Add(new Attraction { Name = "Belfry" });
                    var bruges = new City { Name = "Bruges" };
                    bruges.Attractions.Add(new Attraction { Name = "Canals" });
                    bruges.Attractions.Add(new Attraction { Name = "Beguinage" });
                    var empty = new City { Name = "Aalst" };
                    repository.AddCities(new[] { ghent, bruges, empty });
                    var fresh = new FakeCityInfo(Fakes.Of(repository).Backend);
                    Expect.Is(0, Fakes.Of(fresh).Count, "nothing is stored before the save");

                    Expect.Is(true, repository.SaveChangesAsync().GetAwaiter().GetResult(), "the save writes the cities and their attractions");
                    Expect.Is(6, Fakes.Of(fresh).Count, "three cities and three attractions");
                    Expect.Is("Belfry", string.Join(",", fresh.GetAttractionsForCityAsync(ghent.Id).GetAwaiter().GetResult().Select(p => p.Name)), "Ghent's attraction under Ghent's key");
                    Expect.Is("Beguinage,Canals", string.Join(",", fresh.GetAttractionsForCityAsync(bruges.Id).GetAwaiter().GetResult().Select(p => p.Name).OrderBy(n => n)), "Bruges' attractions under Bruges' key");
                    Expect.Is(true, bruges.Attractions.All(p => p.CityId == bruges.Id && p.Id != 0), "on the caller's instances too");
                    Expect.Is(0, fresh.GetCityAsync(bruges.Id).GetAwaiter().GetResult()!.Attractions.Count, "the city's row keeps no attractions");

                    // A lazy sequence builds new cities each time it is read: the fake reads it once.
                    repository.AddCities(new[] { "Antwerp", "Lier" }.Select(n => new City { Name = n, Attractions = { new Attraction { Name = n + " station" } } }));
                    repository.SaveChangesAsync().GetAwaiter().GetResult();
                    Expect.Is(10, Fakes.Of(fresh).Count, "two more cities and two more attractions, not four attractions");
                    foreach (var id in new[] { 4, 5 })
                    {
                        var city = fresh.GetCityAsync(id).GetAwaiter().GetResult()!;
                        Expect.Is(city.Name + " station", fresh.GetAttractionsForCityAsync(id).GetAwaiter().GetResult().Single().Name, "each attraction under its own city");
                        Expect.Is(0, city.Attractions.Count, "and no attraction in the city's row");
                    }

                    repository.AddCities(new[] { new City { Name = "Discarded", Attractions = { new Attraction { Name = "Gone" } } } });
                    repository.DiscardChanges();
                    Expect.Is(false, repository.SaveChangesAsync().GetAwaiter().GetResult(), "a discard drops the range and its children");
                    Expect.Is(10, Fakes.Of(fresh).Count, "nothing more is stored");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_save_a_range_add_with_children_throws_and_stores_none_of_the_parents()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Library;
            public class Author { public Guid Id { get; set; } public string Name { get; set; } = ""; public ICollection<Course> Courses { get; set; } = new List<Course>(); }
            public class Course { public Guid Id { get; set; } public string Title { get; set; } = ""; public Guid AuthorId { get; set; } }
            public interface IAuthorStore
            {
                Task<IEnumerable<Course>> GetCoursesAsync(Guid authorId);
                Task AddCourseAsync(Course course);
                Task<Author?> GetAuthorAsync(Guid authorId);
                Task AddAuthorsAsync(IEnumerable<Author> authors);
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
                    var plain = new Author { Id = Guid.NewGuid(), Name = "Nancy" };
                    var author = new Author { Id = Guid.NewGuid(), Name = "Berry" };
                    author.Courses.Add(new Course { Id = Guid.NewGuid(), Title = "Commandeering a Ship" });
                    var message = "nothing thrown";
                    try { store.AddAuthorsAsync(new[] { plain, author }).GetAwaiter().GetResult(); } catch (InvalidOperationException e) { message = e.Message; }
                    Expect.Is(true, message.Contains("'Courses'") && message.Contains("'AddCourseAsync'") && message.Contains("AddAuthorsAsync"), "names the member, the navigation and the member that adds a course: " + message);
                    Expect.Is(0, Fakes.Of(store).Count, "neither author is stored");

                    author.Courses.Clear();
                    store.AddAuthorsAsync(new[] { plain, author }).GetAwaiter().GetResult();
                    Expect.Is("Berry", store.GetAuthorAsync(author.Id).GetAwaiter().GetResult()?.Name, "empty navigations add as before");
                    Expect.Is(2, Fakes.Of(store).Count, "both authors");
                }
            }
            """);
    }

    [Fact]
    public void Under_a_save_that_writes_at_once_a_range_add_stores_the_children_with_their_parents()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Library;
            public class Author { public int Id { get; set; } public string Name { get; set; } = ""; public List<Course> Courses { get; set; } = new(); }
            public class Course { public int Id { get; set; } public string Title { get; set; } = ""; public int AuthorId { get; set; } }
            public interface IAuthorRepository
            {
                Task<IEnumerable<Course>> GetCoursesAsync(int authorId);
                Task<Author?> GetAuthorAsync(int authorId);
                Task AddRangeAsync(Author[] authors);
                Task<int> SaveChangesAsync();
            }
            [InMemoryFake(typeof(IAuthorRepository), UnitOfWorkWrites = UnitOfWorkWrites.Immediate)] public partial class FakeAuthors { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Library;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var repository = new FakeAuthors();
                    var berry = new Author { Name = "Berry" };
                    berry.Courses.Add(new Course { Title = "Commandeering a Ship" });
                    var nancy = new Author { Name = "Nancy" };
                    nancy.Courses.Add(new Course { Title = "Singalong Pirate Hits" });
                    repository.AddRangeAsync(new[] { berry, nancy }).GetAwaiter().GetResult();
                    Expect.Is(true, berry.Id != 0 && nancy.Id != 0 && berry.Id != nancy.Id, "each author is numbered at once");
                    var fresh = new FakeAuthors(Fakes.Of(repository).Backend);
                    Expect.Is(berry.Id, fresh.GetCoursesAsync(berry.Id).GetAwaiter().GetResult().Single().AuthorId, "Berry's course is stored at once under Berry");
                    Expect.Is("Singalong Pirate Hits", fresh.GetCoursesAsync(nancy.Id).GetAwaiter().GetResult().Single().Title, "Nancy's under Nancy");
                    Expect.Is(0, fresh.GetAuthorAsync(nancy.Id).GetAwaiter().GetResult()!.Courses.Count, "the author's row keeps no courses");
                    Expect.Is(1, nancy.Courses.Count, "the caller's author keeps its course");
                }
            }
            """);
    }

    // The CourseLibrary course's shape with a reference from the course to its author beside the foreign key.
    private const string Library = Sources.Usings + """
        namespace Library;
        public class Author { public int Id { get; set; } public string Name { get; set; } = ""; public ICollection<Course> Courses { get; set; } = new List<Course>(); }
        public class Course { public int Id { get; set; } public string Title { get; set; } = ""; public int AuthorId { get; set; } public Author? Author { get; set; } }

        """;

    [Fact]
    public void Under_a_save_an_added_child_s_reference_to_a_tracked_parent_sets_its_foreign_key_and_an_untracked_one_throws()
    {
        // Before h-graph3 the course's row kept the Author inside it, and its AuthorId stayed whatever the caller left (0).
        var run = GeneratorHarness.Run(Library + """
            public interface ICourseLibraryRepository
            {
                IEnumerable<Course> GetCourses(int authorId);
                Course? GetCourse(int courseId);
                void AddCourse(Course course);
                Author? GetAuthor(int authorId);
                void AddAuthor(Author author);
                bool Save();
            }
            [InMemoryFake(typeof(ICourseLibraryRepository))] public partial class FakeLibrary { }
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
                    var repository = new FakeLibrary();
                    Fakes.Of(repository).Seed(new Author { Id = 1, Name = "Berry" });
                    var fresh = new FakeLibrary(Fakes.Of(repository).Backend);

                    var berry = repository.GetAuthor(1)!;
                    var course = new Course { Title = "Commandeering a Ship", Author = berry };
                    repository.AddCourse(course);
                    Expect.Is(1, course.AuthorId, "the tracked author gives the course its foreign key when it is added, as EF Core's fix-up does");
                    Expect.Is(0, fresh.GetCourses(1).Count(), "nothing is stored before the save");
                    Expect.Is(true, repository.Save(), "the save writes the course");
                    Expect.Is("Commandeering a Ship", fresh.GetCourses(1).Single().Title, "stored under the author");
                    Expect.Is(null, fresh.GetCourse(course.Id)!.Author, "the course's row keeps only the foreign key");
                    Expect.Is(true, ReferenceEquals(berry, course.Author), "the caller's course keeps its author");
                    Expect.Is(2, Fakes.Of(fresh).Count, "one author and one course: the author is not added again");

                    var nancy = new Author { Name = "Nancy" };
                    repository.AddAuthor(nancy);
                    var second = new Course { Title = "Singalong Pirate Hits", Author = nancy };
                    repository.AddCourse(second);
                    Expect.Is(0, second.AuthorId, "an author the save numbers has no key yet");
                    Expect.Is(true, repository.Save(), "the save writes the author and the course");
                    Expect.Is(true, nancy.Id != 0 && second.AuthorId == nancy.Id, "the save gives the course the author's new key");
                    Expect.Is("Singalong Pirate Hits", fresh.GetCourses(nancy.Id).Single().Title, "stored under it");

                    var stranger = new Author { Name = "Stranger" };
                    var third = new Course { Title = "Untracked", Author = stranger };
                    var message = "nothing thrown";
                    try { repository.AddCourse(third); } catch (InvalidOperationException e) { message = e.Message; }
                    Expect.Is(true, message.Contains("'Author'") && message.Contains("does not track") && message.Contains("'AddAuthor'"), "names the navigation and the fix: " + message);
                    Expect.Is(false, repository.Save(), "nothing was tracked");
                    Expect.Is(4, Fakes.Of(fresh).Count, "nothing more is stored");
                    Expect.Is(0, third.AuthorId, "the refused course is unchanged");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_save_an_added_child_whose_reference_holds_a_parent_throws_and_stores_nothing()
    {
        var run = GeneratorHarness.Run(Library + """
            public interface IAuthorStore
            {
                Task<IEnumerable<Course>> GetCoursesAsync(int authorId);
                Task AddCourseAsync(Course course);
                Task<Author?> GetAuthorAsync(int authorId);
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
                    var author = new Author { Name = "Berry" };
                    store.AddAuthorAsync(author).GetAwaiter().GetResult();
                    var course = new Course { Title = "Commandeering a Ship", Author = author, AuthorId = author.Id };
                    var message = "nothing thrown";
                    try { store.AddCourseAsync(course).GetAwaiter().GetResult(); } catch (InvalidOperationException e) { message = e.Message; }
                    Expect.Is(true, message.Contains("'Author'") && message.Contains("no save") && message.Contains("set AuthorId and leave 'Author' null"), "names the navigation and the fix: " + message);
                    Expect.Is(1, Fakes.Of(store).Count, "only the author is stored");

                    course.Author = null;
                    store.AddCourseAsync(course).GetAwaiter().GetResult();
                    Expect.Is("Commandeering a Ship", store.GetCoursesAsync(author.Id).GetAwaiter().GetResult().Single().Title, "a course with its foreign key alone adds as before");
                }
            }
            """);
    }
}
