using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The repositories of the most copied ASP.NET Core courses (a library of authors and their courses, cities and their
/// points of interest): several entity types behind one interface, faked through a partial class as often as through the
/// interface itself, children added under their owner's key, and an owner the test seeds but no member writes
/// (docs/generator.md, "Repositories of several entity types").
/// </summary>
public class CourseRepositoryShapeTests
{
    private const string Library = Sources.Usings + """
        namespace Library;
        public class Author { public Guid Id { get; set; } public string Name { get; set; } = ""; public ICollection<Course> Courses { get; set; } = new List<Course>(); }
        public class Course { public Guid Id { get; set; } public string Title { get; set; } = ""; public Guid AuthorId { get; set; } public Author? Author { get; set; } }
        public interface ICourseLibraryRepository
        {
            IEnumerable<Course> GetCourses(Guid authorId);
            Course? GetCourse(Guid authorId, Guid courseId);
            void AddCourse(Guid authorId, Course course);
            void DeleteCourse(Course course);
            IEnumerable<Author> GetAuthors();
            Author? GetAuthor(Guid authorId);
            void AddAuthor(Author author);
            bool AuthorExists(Guid authorId);
            bool Save();
        }

        """;

    [Fact]
    public void A_repository_of_several_entity_types_faked_through_a_partial_class_gets_a_table_per_type()
    {
        // Before session 22 a class target fell back to one entity type: every Course member was IMF0001 ("it must return Author").
        var run = GeneratorHarness.Run(Library + "[InMemoryFake(typeof(ICourseLibraryRepository))] public partial class FakeLibrary { }\n");
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
                    var author = new Author { Id = Guid.NewGuid(), Name = "Berry" };
                    repository.AddAuthor(author);
                    var course = new Course { Id = Guid.NewGuid(), Title = "Commandeering a Ship" };
                    repository.AddCourse(author.Id, course);
                    Expect.Is(author.Id, course.AuthorId, "the add sets the owner's key on the caller's course, as course.AuthorId = authorId does");
                    Expect.Is(0, repository.GetCourses(author.Id).Count(), "nothing is stored before Save");
                    Expect.Is(true, repository.Save(), "the save writes the author and the course");
                    Expect.Is("Commandeering a Ship", repository.GetCourse(author.Id, course.Id)?.Title, "the course is found under its author");
                    Expect.Is(null, repository.GetCourse(Guid.NewGuid(), course.Id), "not under another author");
                    Expect.Is(1, repository.GetCourses(author.Id).Count(), "the author's courses");
                    Expect.Is(true, repository.AuthorExists(author.Id), "the author is in its own table");
                    Expect.Is(1, repository.GetAuthors().Count(), "one author");
                    var stored = repository.GetCourse(author.Id, course.Id)!;
                    repository.DeleteCourse(stored);
                    repository.Save();
                    Expect.Is(0, repository.GetCourses(author.Id).Count(), "the course is removed at the save");
                }
            }
            """);
    }

    [Fact]
    public void A_bare_add_given_a_foreign_key_first_sets_it_and_a_key_or_other_property_is_still_refused()
    {
        var run = GeneratorHarness.Run(Library + "[InMemoryFake(typeof(ICourseLibraryRepository))] public partial class FakeLibrary { }\n"
            + """
            public class Review { public int Id { get; set; } public string Title { get; set; } = ""; }
            public interface IReviews
            {
                void AddReview(string title, Review review);
                Review? GetReview(int id);
            }
            [InMemoryFake(typeof(IReviews))] public partial class FakeReviews { }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("'AddReview' of IReviews", refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("IgnoredParameters", refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private const string CityInfo = Sources.Usings + """
        namespace Cities;
        public class City { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class PointOfInterest { public int Id { get; set; } public string Name { get; set; } = ""; public int CityId { get; set; } }
        public class CitySummary { public int Id { get; set; } public int Points { get; set; } }
        public interface ICityInfoRepository
        {
            Task<IEnumerable<City>> GetCitiesAsync();
            Task<bool> CityExistsAsync(int cityId);
            Task<IEnumerable<PointOfInterest>> GetPointsOfInterestForCityAsync(int cityId);
            Task<PointOfInterest?> GetPointOfInterestForCityAsync(int cityId, int pointOfInterestId);
            Task AddPointOfInterestForCityAsync(int cityId, PointOfInterest pointOfInterest);
            void DeletePointOfInterest(PointOfInterest pointOfInterest);
            Task<bool> SaveChangesAsync();

        """;

    [Fact]
    public void A_type_only_read_is_a_table_when_a_written_type_points_at_it()
    {
        // City is only read (the test seeds it) and PointOfInterest.CityId points at it: both are tables. Before session 22
        // the interface was read as a repository of City and every member about points of interest was IMF0001.
        var run = GeneratorHarness.Run(CityInfo + "}\n[InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }\n");
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
                    Fakes.Of(repository).Seed(new City { Id = 1, Name = "New York City" }, new City { Id = 2, Name = "Antwerp" });
                    Expect.Is(2, repository.GetCitiesAsync().GetAwaiter().GetResult().Count(), "the seeded cities");
                    Expect.Is(true, repository.CityExistsAsync(2).GetAwaiter().GetResult(), "a seeded city exists");
                    Expect.Is(false, repository.CityExistsAsync(3).GetAwaiter().GetResult(), "another does not");
                    var point = new PointOfInterest { Name = "Cathedral" };
                    repository.AddPointOfInterestForCityAsync(2, point).GetAwaiter().GetResult();
                    repository.SaveChangesAsync().GetAwaiter().GetResult();
                    Expect.Is(2, point.CityId, "the add sets the city's key");
                    Expect.Is(1, repository.GetPointsOfInterestForCityAsync(2).GetAwaiter().GetResult().Count(), "Antwerp's points of interest");
                    Expect.Is(0, repository.GetPointsOfInterestForCityAsync(1).GetAwaiter().GetResult().Count(), "none in New York");
                    Expect.Is("Cathedral", repository.GetPointOfInterestForCityAsync(2, point.Id).GetAwaiter().GetResult()?.Name, "found under its city");
                    Expect.Is(null, repository.GetPointOfInterestForCityAsync(1, point.Id).GetAwaiter().GetResult(), "not under another city");
                }
            }
            """);
    }

    [Fact]
    public void A_type_only_read_that_no_written_type_points_at_stays_refused()
    {
        // CitySummary has a key but nothing written points at it: it may be a projection, so it is no table (the decision of
        // "Repositories of several entity types"), and the member about it is refused as before.
        var run = GeneratorHarness.Run(CityInfo + "    Task<IEnumerable<CitySummary>> GetSummariesAsync();\n}\n[InMemoryFake(typeof(ICityInfoRepository))] public partial class FakeCityInfo { }\n");
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("'GetSummariesAsync' of ICityInfoRepository matches no entity repository convention: it is about CitySummary, which no member of ICityInfoRepository writes",
            refused.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
