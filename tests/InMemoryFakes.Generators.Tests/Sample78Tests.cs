using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample78 (session 29), community hotel and booking applications. Mzl's <c>ICache</c> (bek1nd/hotel) declares
/// <c>object this[string key] { get; set; }</c> beside <c>void Add(string key, object data, int cacheTime = 30)</c> and no
/// <c>Set</c>: the add is refused (on a cache, whether a key already cached is replaced is the cache's own), but the
/// indexer's setter was generated as a plain set, which replaced a cached value, where the real <c>MemoryCacheCache</c>
/// writes <c>set { Add(key, value); }</c>, an <c>ObjectCache.Add</c> that keeps it. Such an indexer is refused now.
/// </summary>
public class Sample78Tests
{
    private const string Cause = "whose only write is the plain add 'Add' (refused itself: whether a key already cached is replaced, kept or an error is the cache's own), is that add in such caches";

    [Fact]
    public void An_indexer_setter_beside_a_plain_cache_add_and_no_set_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            #nullable disable
            [InMemoryFake]
            public interface ICache
            {
                T Get<T>(string key);
                void Add(string key, object data, int cacheTime = 30);
                bool Contains(string key);
                void Remove(string key);
                void RemoveAll();
                object this[string key] { get; set; }
                int Count { get; }
            }
            """);

        Refusals.Exactly(
            run,
            ("Add", "an add to a cache ('ICache') of a key already cached"),
            ("this", "its setter, on a cache ('ICache') " + Cause));
        Assert.Contains("Store.SetIfAbsent(key, value)", Refusals.Message(run, "this"), StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    private const string IndexerSource = Sources.Usings + """
        namespace V;

        [InMemoryFake]
        public interface IPriceCache
        {
            void Set(string key, object value);
            void Add(string key, object value);
            object? this[string key] { get; set; }
        }

        [InMemoryFake]
        public interface IRateCache
        {
            bool Add(string key, object value);
            object? this[string key] { get; set; }
        }

        [InMemoryFake]
        public interface IRateStore
        {
            void Add(string key, object value);
            object? this[string key] { get; set; }
        }
        """;

    [Fact]
    public void An_indexer_beside_a_set_a_bool_add_or_outside_a_cache_stays_a_set()
    {
        var run = GeneratorHarness.Run(IndexerSource);

        Refusals.Exactly(run, ("Add", "an add to a cache ('IPriceCache') of a key already cached"));
        BehaviourCheck.Run(GeneratorHarness.Run(IndexerSource.Replace("void Set(string key, object value);\n    void Add(string key, object value);", "void Set(string key, object value);", StringComparison.Ordinal)), Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPriceCache prices = new InMemoryPriceCache();
                    prices["a"] = 1;
                    prices["a"] = 2;
                    Is(2, prices["a"], "beside a Set, the indexer's setter is a set: it replaces");

                    IRateCache rates = new InMemoryRateCache();
                    Is(true, rates.Add("a", 1), "a bool Add is a set if absent");
                    Is(false, rates.Add("a", 2), "which keeps the first");
                    rates["a"] = 3;
                    Is(3, rates["a"], "while the indexer's setter replaces, as ObjectCache's does");

                    IRateStore store = new InMemoryRateStore();
                    store["a"] = 1;
                    store["a"] = 2;
                    Is(2, store["a"], "outside a cache the indexer is a set");
                    Throws<DuplicateKeyException>(() => store.Add("a", 3), null, "and the plain add of a taken key is the duplicate-key error");
                }
            }
            """);
    }

    [Fact]
    public void A_noun_inside_a_subject_that_names_a_storage_is_the_stores_noun()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ICredentialStorageService
            {
                void SaveCredential(string key, string secret);
                string? LoadCredential(string key);
                void DeleteCredential(string key);
            }

            [InMemoryFake]
            public interface ITokenCacheService
            {
                void SetToken(string key, string token);
                string? GetToken(string key);
                void RemoveCacheValue(string key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICredentialStorageService credentials = new InMemoryCredentialStorageService();
                    Is(null, credentials.LoadCredential("api"), "a credential never saved loads as null");
                    credentials.SaveCredential("api", "s3cret");
                    credentials.SaveCredential("api", "rotated");
                    Is("rotated", credentials.LoadCredential("api"), "SaveCredential is a set: the second save replaces the first");
                    credentials.DeleteCredential("api");
                    Is(null, credentials.LoadCredential("api"), "DeleteCredential removes it");

                    ITokenCacheService tokens = new InMemoryTokenCacheService();
                    tokens.SetToken("a", "t1");
                    Is("t1", tokens.GetToken("a"), "the inner subject's noun (Token) beside the outer one's");
                    tokens.RemoveCacheValue("a");
                    Is(null, tokens.GetToken("a"), "and the outer subject keeps its own nouns (Cache)");
                }
            }
            """);
    }

    private const string AttendanceSource = Sources.Usings + """
        namespace V;

        public class Attendance
        {
            public int Id { get; set; }
            public int EmployeeId { get; set; }
            public DateTime Date { get; set; }
            public DateTimeOffset BusinessDay { get; set; }
            public DateTime CreatedAt { get; set; }
            public DateOnly WorkDate { get; set; }
        }

        [InMemoryFake]
        public interface IAttendanceRepository
        {
            Task<Attendance?> GetByIdAsync(int id);
            Task AddAsync(Attendance attendance);
            Task<Attendance?> GetByEmployeeIdAndDateAsync(int employeeId, DateTime date);
            List<Attendance> FindByBusinessDay(DateTimeOffset businessDay);
            List<Attendance> FindByCreatedAt(DateTime createdAt);
            List<Attendance> FindByWorkDate(DateOnly workDate);
            List<Attendance> FindByDateBetween(DateTime from, DateTime to);
        }
        """;

    [Fact]
    public void An_equality_on_a_DateTime_named_as_a_day_is_refused()
    {
        var run = GeneratorHarness.Run(AttendanceSource);

        Assert.Equal(["IMF0017 FindByBusinessDay", "IMF0017 GetByEmployeeIdAndDateAsync"], Refusals.Listed(run));
        var message = run.GeneratorDiagnostics.Single(d => Refusals.PointedAt(d) == "GetByEmployeeIdAndDateAsync").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Date is a System.DateTime whose name says a day ('Date'), and a store may compare the whole instant", message, StringComparison.Ordinal);
        Assert.Contains("declare the property a DateOnly, or name a range (DateBetween)", message, StringComparison.Ordinal);
        Assert.Contains("BusinessDay is a System.DateTimeOffset whose name says a day ('Day')", run.GeneratorDiagnostics.Single(d => Refusals.PointedAt(d) == "FindByBusinessDay").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_a_DateOnly_and_a_range_on_a_day_named_property_stay_generated()
    {
        var run = GeneratorHarness.Run(Refusals.Without(
            AttendanceSource,
            "Task<Attendance?> GetByEmployeeIdAndDateAsync(int employeeId, DateTime date);",
            "List<Attendance> FindByBusinessDay(DateTimeOffset businessDay);"));

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAttendanceRepository attendances = new InMemoryAttendanceRepository();
                    attendances.AddAsync(new Attendance { EmployeeId = 7, Date = new DateTime(2026, 3, 2), CreatedAt = new DateTime(2026, 3, 2, 9, 0, 0), WorkDate = new DateOnly(2026, 3, 2) }).GetAwaiter().GetResult();
                    Is(1, attendances.FindByCreatedAt(new DateTime(2026, 3, 2, 9, 0, 0)).Count, "an instant's name (CreatedAt) keeps the equality");
                    Is(0, attendances.FindByCreatedAt(new DateTime(2026, 3, 2)).Count, "which compares the whole instant");
                    Is(1, attendances.FindByWorkDate(new DateOnly(2026, 3, 2)).Count, "a DateOnly has no time of day to drop");
                    Is(1, attendances.FindByDateBetween(new DateTime(2026, 3, 2), new DateTime(2026, 3, 2, 23, 59, 59)).Count, "and a range on the day-named property stays generated");
                }
            }
            """);
    }
}
