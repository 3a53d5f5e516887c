using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 36 (h-refusals36, issue 10: a refusal names the real cause): refusals found by an audit of every IMF message of
/// the real-world corpus saying something their own member contradicts, and verbs matched as prefixes of longer words.
/// (1) A read named as a known verb and the entity (<c>Course GetCourse()</c>) was "not a known verb … 'Course' names
/// neither Course"; (2) the entity's noun after words that select (<c>GetFeaturedProperties</c>) likewise; (3) a head the
/// conventions read only in a pattern (<c>SetTheme</c>, <c>IncrementTokenFamily</c>) was "not a known verb" with no word of
/// the pattern; (4) a collection named as the keys of another type than the key's was said to name no key; (5) a lookup
/// returning a <c>string</c> was refused for its parameter; (6) a stream voted for a blob store beside no blob verb, and an
/// interface no member makes any kind of store named the key-value store; (7) <c>Settings</c>, <c>Setup</c>,
/// <c>Addresses</c>, <c>Updated…</c> were read as the verbs Set, Add, Update.
/// </summary>
public class RefusalCausesTests
{
    private const string Courses = """
        namespace V;

        public class Course
        {
            public string CourseId { get; set; } = "";
            public string CreatedAt { get; set; } = "";
        }

        [InMemoryFake]
        public interface ICourseRepository
        {
            List<Course> GetCoursesList();
            Course GetCourse();
            void AddCourse(Course course);
            void DeleteCourse(string id);
        }
        """;

    [Fact]
    public void A_parameterless_read_of_one_entity_says_that_nothing_says_which()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Courses);
        Refusals.Exactly(run,
            ("GetCourse", "'GetCourse' of ICourseRepository matches no entity repository convention: 'GetCourse' names Course, but nothing says which one: it takes no parameter (no key, no condition) "
                + "and no other word of its name selects or orders (By{Property}, First, Latest, a bool flag such as Active), so which Course it means is the store's own; pass the key (GetCourse(id)), "
                + "name a condition (GetCourseBy{Property}), or write the member. Implement it"));
        Assert.DoesNotContain("not a known verb", Refusals.Message(run, "GetCourse"), StringComparison.Ordinal);
        Assert.DoesNotContain("names neither", Refusals.Message(run, "GetCourse"), StringComparison.Ordinal);

        // The rest is generated as before: the list, the add and the removal by key.
        var rest = GeneratorHarness.Run(Sources.Usings + Refusals.Without(Courses, "    Course GetCourse();"));
        Assertions.Clean(rest);
        BehaviourCheck.Run(rest, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var courses = new InMemoryCourseRepository();
                    courses.AddCourse(new Course { CourseId = "db-101" });
                    courses.AddCourse(new Course { CourseId = "db-102" });
                    courses.DeleteCourse("db-101");
                    var left = courses.GetCoursesList();
                    Is(1, left.Count, "GetCoursesList lists what is left");
                    Is("db-102", left[0].CourseId, "the course not deleted");
                }
            }
            """);
    }

    [Fact]
    public void The_entitys_plural_after_a_word_that_selects_is_named_as_such()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Listing
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IListingRepository
            {
                Listing? GetById(int id);
                void Add(Listing listing);
                IReadOnlyList<Listing> GetFeaturedListings();
                void AddNewListing(string title);
            }
            """);
        Refusals.Exactly(run,
            ("GetFeaturedListings", "'GetFeaturedListings' is not a known verb: it starts with Get, which is one, but 'FeaturedListings' after it is Listings with 'Featured' in front, which names no property of Listing nor a parameter, "
                + "so which Listing rows it means (a kind such as Default, a filter such as Featured or Expired, an order such as Latest) is the store's own; name a condition on a property (GetListingsBy{Property}) or a bool flag (Get{Flag}Listings for Is{Flag}), or write the member"),
            ("AddNewListing", "'AddNewListing' is not a known verb: it starts with Add, which is one, but 'NewListing' after it is Listing with 'New' in front, which names no property of Listing nor a parameter, "
                + "so what it writes (a kind such as Default or New, values the store sets itself) is not said"));
        Assert.DoesNotContain("names neither", Refusals.Message(run, "GetFeaturedListings"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_read_only_in_a_pattern_is_named_with_its_patterns()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Profile
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IProfileRepository
            {
                Profile? GetById(int id);
                void Add(Profile profile);
                void SetTheme(int id, string theme);
                Profile IncrementProfile(Profile profile);
                void ChangeVisibilityOfProfile(int id, bool visible);
            }
            """);
        Refusals.Exactly(run,
            ("SetTheme", "'SetTheme' is not a known verb: it starts with Set, which is one, but 'Theme' after it names neither Profile (singular or plural), a property of it, nor By and conditions on its properties, so what it reads or writes is not said; "
                + "Set is read only as Set{Property}(key, value), Set…As{Value}(key), Set{Property}(entity) (the known verbs: "),
            ("IncrementProfile", "'IncrementProfile' is not a known verb: it starts with Increment, which is one, but 'Profile' after it names Profile itself, not a property of it, "
                + "so what it changes in a Profile is not said; Increment is read only as Increment{Property}(key), Increment{Property}(entity) (the known verbs: "),
            ("ChangeVisibilityOfProfile", "'ChangeVisibilityOfProfile' is not a known verb: it starts with Change, which is one, but 'VisibilityOfProfile' after it is 'Visibility' of Profile, and 'Visibility' names no property of Profile nor a parameter, "
                + "so what it reads or writes is not said; Change is read only as Change{Property}(key, value) (the known verbs: "));
    }

    [Fact]
    public void A_collection_named_as_the_keys_of_another_type_says_so()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public readonly record struct Id(string Value)
            {
                public static implicit operator string(Id id) => id.Value;
            }

            public class Ids : List<Id> { }

            public class Event
            {
                public string Id { get; set; } = "";
                public string Type { get; set; } = "";
            }

            [InMemoryFake]
            public interface IEventRepository
            {
                Task<Event?> GetByIdAsync(string id);
                Task AddAsync(Event e);
                Task RemoveAsync(Ids ids);
            }
            """);
        Refusals.Exactly(run,
            ("RemoveAsync", "'RemoveAsync' of IEventRepository matches no entity repository convention: parameter 'ids' is named as the keys (Id), but it is a collection of Id, not of the key's type string, "
                + "so how the store finds rows by its items (a conversion of its own, a part of each) is not said; take a collection of the key type itself, or write the member. Implement it"));
    }

    private const string Maintenance = """
        namespace V;

        public class SyncJob
        {
            public Guid Id { get; set; }
            public Guid TargetOfficeGroupId { get; set; }
            public string Status { get; set; } = "";
        }

        [InMemoryFake]
        public interface IMaintenanceService
        {
            Task<SyncJob?> GetAsync(Guid id);
            Task AddAsync(SyncJob job);
            Task<string> GetGroupNameAsync(Guid groupId);
            Task<string> GetStatusAsync(Guid id);
        }
        """;

    [Fact]
    public void A_lookup_returning_a_value_its_name_names_no_property_of_says_so_before_its_parameters()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Maintenance);
        Refusals.Exactly(run,
            ("GetGroupNameAsync", "'GetGroupNameAsync' of IMaintenanceService matches no entity repository convention: it returns string, neither SyncJob nor a property of it: 'GroupName' names no property of SyncJob "
                + "(a lookup hands out a row, or the value of the property its name names: Get{Property}(key)), so what it reads (a value the real store computes by a rule of its own, or keeps elsewhere: another service's, a table of its own) is not said; write the member. Implement it"));
        Assert.DoesNotContain("TargetOfficeGroupId", Refusals.Message(run, "GetGroupNameAsync"), StringComparison.Ordinal);

        // A property's read by key is generated as before.
        var rest = GeneratorHarness.Run(Sources.Usings + Refusals.Without(Maintenance, "    Task<string> GetGroupNameAsync(Guid groupId);"));
        Assertions.Clean(rest);
        BehaviourCheck.Run(rest, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var jobs = new InMemoryMaintenanceService();
                    var id = Guid.NewGuid();
                    jobs.AddAsync(new SyncJob { Id = id, Status = "Idle" }).GetAwaiter().GetResult();
                    Is("Idle", jobs.GetStatusAsync(id).GetAwaiter().GetResult(), "GetStatusAsync reads the property by key");
                }
            }
            """);
    }

    [Fact]
    public void A_stream_beside_no_blob_verb_does_not_make_a_blob_store_and_no_kind_is_named()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Document { public string Title { get; set; } = ""; }

            [InMemoryFake]
            public interface IDocumentService
            {
                MemoryStream SerializeDocument(Document document);
                Task ConvertToJsonAsync(Document document, Stream stream);
                Document CloneDocument(Document document);
            }
            """);
        foreach (var member in new[] { "SerializeDocument", "ConvertToJsonAsync", "CloneDocument" })
        {
            var message = Refusals.Message(run, member);
            Assert.DoesNotContain("blob store", message, StringComparison.Ordinal);
            Assert.StartsWith("'" + member + "' of IDocumentService matches no store convention: ", message, StringComparison.Ordinal);
            Assert.Contains("; nothing in IDocumentService says which kind of store it is (no member has a verb only a key-value store has, such as Set, Increment or Expire, or a time to live, "
                + "nor a blob verb, nor an entity with a key that members add, read or remove), so its members were read by the key-value store's conventions, the default. Implement it", message, StringComparison.Ordinal);
        }

        // Beside a blob verb a stream votes as before: a blob store.
        var blobs = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IReportArchive
            {
                Task<Stream?> OpenReadAsync(string name);
                Task SaveAsync(string name, Stream content);
                Task<bool> ExistsAsync(string name);
            }
            """);
        Assertions.Clean(blobs);
    }

    [Fact]
    public void Settings_and_Setup_are_no_Set_verbs()
    {
        // A keyless type: read as an entity repository it is IMF0009 (no key). Before, Setup and Settings counted as the
        // key-value verb Set, so the interface read as a key-value store whose refusals spoke of keys it has none of.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Note { public string Text { get; set; } = ""; }
            public class NoteSettings { public int Max { get; set; } }

            [InMemoryFake]
            public interface INoteBook
            {
                void Add(Note note);
                IReadOnlyList<Note> GetAll();
                Task SetupAsync();
                NoteSettings SettingsFor(string user);
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("key-value", StringComparison.Ordinal));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0009" && d.GetMessage(CultureInfo.InvariantCulture).Contains("Note", StringComparison.Ordinal));
    }
}
