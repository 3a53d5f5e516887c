using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Twenty more everyday interfaces (session 21, second round), written as code assistants answer "write a repository
/// interface for X in C#" and as .NET MAUI (sqlite-net), Blazor and minimal-API samples write them: weather readings,
/// habits, bookmarks, flashcards, playlists and songs, podcasts and episodes, plants and watering, pets and vet visits,
/// budgets and expenses, trips and itineraries. Five groups of four; the classification is in docs/generator.md,
/// "Everyday interfaces, first tries (session 21, second round)".
/// </summary>
public class EverydayInterfaceTests4
{
    internal const string Weather = Sources.Usings + """
        using System.Linq.Expressions;

        namespace H1;

        public class WeatherReading { public int Id { get; set; } public string StationCode { get; set; } = ""; public DateOnly Date { get; set; } public TimeOnly Time { get; set; } public double TemperatureC { get; set; } public double? RainfallMm { get; set; } }

        [InMemoryFake]
        public interface IWeatherReadingRepository
        {
            Task<List<WeatherReading>> GetAllAsync();
            Task<WeatherReading?> GetByIdAsync(int id);
            Task<List<WeatherReading>> GetByStationCodeAsync(string stationCode);
            Task<List<WeatherReading>> GetByDateAsync(DateOnly date);
            Task<int> SaveItemAsync(WeatherReading item);
            Task<int> DeleteItemAsync(WeatherReading item);
        }

        public class WeatherStation { public string Code { get; set; } = ""; public string Name { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } public bool IsActive { get; set; } }

        [InMemoryFake]
        public interface IWeatherStationRepository
        {
            WeatherStation? GetByCode(string code);
            IEnumerable<WeatherStation> GetAll();
            IEnumerable<WeatherStation> GetActive();
            bool Exists(string code);
            void Add(WeatherStation station);
            void Update(WeatherStation station);
            void Delete(string code);
        }

        public enum HabitFrequency { Daily, Weekly, Monthly }
        public class Habit { public Guid Id { get; init; } = Guid.NewGuid(); public string Name { get; set; } = ""; public HabitFrequency Frequency { get; set; } public bool IsArchived { get; set; } public TimeOnly? ReminderTime { get; set; } }

        [InMemoryFake]
        public interface IHabitRepository
        {
            Task<IEnumerable<Habit>> GetAllAsync();
            Task<Habit?> GetByIdAsync(Guid id);
            Task<IEnumerable<Habit>> GetByFrequencyAsync(HabitFrequency frequency);
            Task AddAsync(Habit habit);
            Task UpdateAsync(Habit habit);
            Task DeleteAsync(Guid id);
            Task<bool> ExistsAsync(Guid id);
        }

        public record HabitCompletion { public int Id { get; init; } public Guid HabitId { get; init; } public DateOnly CompletedOn { get; init; } }

        [InMemoryFake]
        public interface IHabitCompletionRepository
        {
            Task<List<HabitCompletion>> GetByHabitIdAsync(Guid habitId);
            Task<bool> ExistsAsync(Guid habitId, DateOnly completedOn);
            Task<int> CountAsync(Expression<Func<HabitCompletion, bool>> predicate);
            Task AddAsync(HabitCompletion completion);
            Task RemoveAsync(HabitCompletion completion);
        }
        """;

    internal const string Study = Sources.Usings + """
        using System.Linq.Expressions;

        namespace H2;

        public class BookmarkEntry { public int Id { get; set; } public string Url { get; set; } = ""; public string Title { get; set; } = ""; public string? FolderName { get; set; } public DateTime CreatedAt { get; set; } }

        [InMemoryFake]
        public interface IBookmarkEntryRepository
        {
            IEnumerable<BookmarkEntry> Find(Expression<Func<BookmarkEntry, bool>> predicate);
            Task<BookmarkEntry?> GetFirstOrDefaultAsync(Expression<Func<BookmarkEntry, bool>> predicate);
            Task<List<BookmarkEntry>> SearchByTitleAsync(string title);
            Task<bool> AnyAsync(Expression<Func<BookmarkEntry, bool>> predicate);
            void Add(BookmarkEntry entry);
            void Remove(BookmarkEntry entry);
        }

        public class Deck { public int Id { get; set; } public string Name { get; set; } = ""; public DateTime CreatedAt { get; set; } }

        [InMemoryFake]
        public interface IDeckRepository
        {
            Task<List<Deck>> GetDecksAsync();
            Task<Deck> GetDeckAsync(int id);
            Task<int> SaveDeckAsync(Deck deck);
            Task<int> DeleteDeckAsync(Deck deck);
        }

        public class Flashcard { public int Id { get; set; } public int DeckId { get; set; } public string Front { get; set; } = ""; public string Back { get; set; } = ""; public DateOnly? NextReviewOn { get; set; } public int Box { get; set; } }

        [InMemoryFake]
        public interface IFlashcardRepository
        {
            Task<List<Flashcard>> GetFlashcardsByDeckIdAsync(int deckId);
            Task<List<Flashcard>> GetDueAsync(DateOnly today);
            Task<Flashcard?> GetByIdAsync(int id);
            Task AddRangeAsync(IEnumerable<Flashcard> cards);
            Task UpdateAsync(Flashcard card);
            void RemoveRange(IEnumerable<Flashcard> cards);
            Task<int> CountAsync(Expression<Func<Flashcard, bool>> predicate);
        }

        public class StudySession { public long Id { get; set; } public int DeckId { get; set; } public DateTime StartedAt { get; set; } public DateTime? EndedAt { get; set; } public int CardsReviewed { get; set; } }

        [InMemoryFake]
        public interface IStudySessionRepository
        {
            Task<StudySession?> GetAsync(long id);
            Task<List<StudySession>> GetByDeckIdAsync(int deckId);
            Task<long> InsertAsync(StudySession session);
            Task UpdateAsync(StudySession session);
            Task<int> CountAsync();
        }
        """;

    internal const string Listening = Sources.Usings + """
        namespace H3;

        public record Song { public Guid Id { get; init; } = Guid.NewGuid(); public string Title { get; init; } = ""; public string Artist { get; init; } = ""; public TimeSpan Duration { get; init; } }

        [InMemoryFake]
        public interface ISongRepository
        {
            Task<IReadOnlyList<Song>> GetAllAsync(CancellationToken ct = default);
            Task<Song?> GetByIdAsync(Guid id, CancellationToken ct = default);
            Task<IReadOnlyList<Song>> GetByArtistAsync(string artist, CancellationToken ct = default);
            Task<IReadOnlyList<Song>> SearchAsync(string query, CancellationToken ct = default);
            Task<Song> AddAsync(Song song, CancellationToken ct = default);
        }

        public class Playlist { public Guid Id { get; init; } = Guid.NewGuid(); public string Name { get; set; } = ""; public List<Guid> SongIds { get; set; } = new(); }

        [InMemoryFake]
        public interface IPlaylistRepository
        {
            Task<Playlist?> GetByIdAsync(Guid id);
            Task<List<Playlist>> GetAllAsync();
            Task<Playlist> CreateAsync(Playlist playlist);
            Task AddSongAsync(Guid playlistId, Guid songId);
            Task RemoveSongAsync(Guid playlistId, Guid songId);
            Task DeleteAsync(Guid id);
        }

        public class Podcast { public int Id { get; set; } public string Title { get; set; } = ""; public string FeedUrl { get; set; } = ""; public bool IsSubscribed { get; set; } }

        [InMemoryFake]
        public interface IPodcastRepository
        {
            Task<List<Podcast>> GetAllAsync();
            Task<Podcast?> GetByFeedUrlAsync(string feedUrl);
            Task<List<Podcast>> GetSubscribedAsync();
            Task<int> SaveItemAsync(Podcast item);
            Task<int> DeleteItemAsync(Podcast item);
        }

        public class Episode { public int Id { get; set; } public int PodcastId { get; set; } public string Title { get; set; } = ""; public DateTime PublishedAt { get; set; } public bool IsPlayed { get; set; } public TimeSpan Position { get; set; } }

        [InMemoryFake]
        public interface IEpisodeRepository
        {
            Task<List<Episode>> GetByPodcastIdAsync(int podcastId);
            Task<List<Episode>> GetUnplayedAsync(int podcastId);
            Task<Episode?> GetByIdAsync(int id);
            Task MarkAsPlayedAsync(int id);
            Task UpdatePositionAsync(int id, TimeSpan position);
            Task AddRangeAsync(IEnumerable<Episode> episodes);
        }
        """;

    internal const string Home = Sources.Usings + """
        namespace H4;

        public class Plant { public int Id { get; set; } public string Name { get; set; } = ""; public string Species { get; set; } = ""; public int WateringIntervalDays { get; set; } public DateOnly? LastWatered { get; set; } }

        [InMemoryFake]
        public interface IPlantRepository
        {
            Task<List<Plant>> GetPlantsAsync();
            Task<Plant?> GetPlantAsync(int id);
            Task<int> SavePlantAsync(Plant plant);
            Task<int> DeletePlantAsync(Plant plant);
            Task<List<Plant>> GetPlantsNeedingWaterAsync(DateOnly today);
        }

        public record WateringLog(int Id, int PlantId, DateOnly WateredOn, int AmountMl);

        [InMemoryFake]
        public interface IWateringLogRepository
        {
            Task<List<WateringLog>> GetByPlantIdAsync(int plantId);
            Task<WateringLog?> GetLastByPlantIdAsync(int plantId);
            Task AddAsync(WateringLog log);
            Task DeleteByPlantIdAsync(int plantId);
        }

        public enum Species { Dog, Cat, Bird, Other }
        public class Pet { public Guid Id { get; set; } public string Name { get; set; } = ""; public Species Species { get; set; } public DateOnly BirthDate { get; set; } public string OwnerId { get; set; } = ""; }

        [InMemoryFake]
        public interface IPetRepository
        {
            Task<IEnumerable<Pet>> GetAllAsync();
            Task<Pet?> GetByIdAsync(Guid id);
            Task<IEnumerable<Pet>> GetByOwnerIdAsync(string ownerId);
            Task<IEnumerable<Pet>> GetBySpeciesAsync(Species species);
            Task<Pet> AddAsync(Pet pet);
            Task<Pet?> UpdateAsync(Pet pet);
            Task<bool> DeleteAsync(Guid id);
        }

        public class VetVisit { public int Id { get; set; } public Guid PetId { get; set; } public DateOnly VisitDate { get; set; } public TimeOnly VisitTime { get; set; } public string Reason { get; set; } = ""; public decimal Cost { get; set; } }

        [InMemoryFake]
        public interface IVetVisitRepository
        {
            Task<List<VetVisit>> GetVisitsForPetAsync(Guid petId);
            Task<VetVisit?> GetVisitAsync(int id);
            Task<decimal> GetTotalCostForPetAsync(Guid petId);
            Task<int> AddVisitAsync(VetVisit visit);
            Task<List<VetVisit>> GetVisitsBetweenAsync(DateOnly from, DateOnly to);
        }
        """;

    internal const string Travel = Sources.Usings + """
        using System.Linq.Expressions;

        namespace H5;

        public class Budget { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Limit { get; set; } public int Year { get; set; } public int Month { get; set; } }

        [InMemoryFake]
        public interface IBudgetRepository
        {
            Task<Budget?> GetByIdAsync(int id);
            Task<Budget?> GetByYearAndMonthAsync(int year, int month);
            Task<List<Budget>> GetAllAsync();
            Task<int> SaveItemAsync(Budget item);
            Task<int> DeleteItemAsync(Budget item);
        }

        public enum ExpenseCategory { Food, Transport, Housing, Fun }
        public record Expense { public Guid Id { get; init; } = Guid.NewGuid(); public int BudgetId { get; init; } public decimal Amount { get; init; } public ExpenseCategory Category { get; init; } public DateOnly Date { get; init; } public string? Note { get; init; } }

        [InMemoryFake]
        public interface IExpenseRepository
        {
            Task<IReadOnlyList<Expense>> GetByBudgetIdAsync(int budgetId);
            Task<IReadOnlyList<Expense>> GetByCategoryAsync(ExpenseCategory category);
            Task<IReadOnlyList<Expense>> GetByDateRangeAsync(DateOnly start, DateOnly end);
            Task<decimal> GetTotalByBudgetIdAsync(int budgetId);
            Task AddAsync(Expense expense);
            Task<bool> RemoveAsync(Guid id);
            Task<bool> AnyAsync(Expression<Func<Expense, bool>> predicate);
        }

        public class Trip { public int Id { get; set; } public string Destination { get; set; } = ""; public DateOnly StartDate { get; set; } public DateOnly EndDate { get; set; } public string UserId { get; set; } = ""; }

        [InMemoryFake]
        public interface ITripRepository
        {
            Task<IEnumerable<Trip>> GetTripsByUserIdAsync(string userId);
            Task<Trip?> GetTripByIdAsync(int id);
            Task<IEnumerable<Trip>> GetUpcomingTripsAsync(string userId, DateOnly today);
            Task<Trip> CreateTripAsync(Trip trip);
            Task<Trip> UpdateTripAsync(Trip trip);
            Task DeleteTripAsync(int id);
        }

        public enum ItineraryItemType { Flight, Hotel, Activity, Restaurant }
        public class ItineraryItem { public int Id { get; set; } public int TripId { get; set; } public ItineraryItemType Type { get; set; } public string Title { get; set; } = ""; public DateOnly Day { get; set; } public TimeOnly? StartTime { get; set; } public int SortOrder { get; set; } }

        [InMemoryFake]
        public interface IItineraryItemRepository
        {
            Task<List<ItineraryItem>> GetByTripIdAsync(int tripId);
            Task<List<ItineraryItem>> GetByTripIdAndDayAsync(int tripId, DateOnly day);
            Task<ItineraryItem?> GetFirstOrDefaultAsync(Expression<Func<ItineraryItem, bool>> predicate);
            Task AddRangeAsync(IEnumerable<ItineraryItem> items);
            Task UpdateAsync(ItineraryItem item);
            void RemoveRange(IEnumerable<ItineraryItem> items);
        }
        """;

    /// <summary>Variants tried beside the twenty: the .NET MAUI SQLite tutorial's database class as an interface, and a record with an int key.</summary>
    internal const string Variants = Sources.Usings + """
        using System.Linq.Expressions;

        namespace HV;

        public class TodoItem { public int ID { get; set; } public string Name { get; set; } = ""; public bool Done { get; set; } }

        [InMemoryFake]
        public interface ITodoItemDatabase
        {
            Task<List<TodoItem>> GetItemsAsync();
            Task<List<TodoItem>> GetItemsNotDoneAsync();
            Task<TodoItem?> GetItemAsync(int id);
            Task<int> InsertItemAsync(TodoItem item);
            Task<int> UpdateItemAsync(TodoItem item);
            Task<int> DeleteItemAsync(int id);
            Task<int> DeleteAllItemsAsync();
        }

        public record Note { public int Id { get; init; } public string Text { get; init; } = ""; public DateOnly Day { get; init; } }

        [InMemoryFake]
        public interface INoteRepository
        {
            Task<Note?> GetByIdAsync(int id);
            Task<Note> AddAsync(Note note);
            Task<Note> UpdateAsync(Note note);
            Task<bool> DeleteAsync(Note note);
            Task<int> CountAsync(Expression<Func<Note, bool>>? predicate = null);
            Task<IEnumerable<Note>> GetByDayAsync(DateOnly day);
        }
        """;

    private const string Prelude = Infrastructure.Refusals.CheckOpening;

    private static string Without(string source, params string[] lines) => Infrastructure.Refusals.Without(source, lines);

    [Fact]
    public void Each_group_refuses_exactly_the_members_its_signatures_do_not_prove()
    {
        (string Name, string Source, string[] Refused)[] groups =
        {
            ("Weather", Weather, new[] { "IMF0001 RemoveAsync", "IMF0001 SaveItemAsync" }),
            ("Study", Study, new[] { "IMF0001 GetDueAsync", "IMF0001 Remove", "IMF0001 RemoveRange", "IMF0001 SaveDeckAsync", "IMF0015 SearchByTitleAsync" }),
            ("Listening", Listening, new[] { "IMF0001 AddSongAsync", "IMF0001 RemoveSongAsync", "IMF0001 SaveItemAsync", "IMF0001 SearchAsync" }),
            ("Home", Home, new[] { "IMF0001 AddVisitAsync", "IMF0001 GetPlantsNeedingWaterAsync", "IMF0001 GetTotalCostForPetAsync", "IMF0001 GetVisitsBetweenAsync", "IMF0001 SavePlantAsync", "IMF0015 GetLastByPlantIdAsync" }),
            ("Travel", Travel, new[] { "IMF0001 GetUpcomingTripsAsync", "IMF0001 RemoveRange", "IMF0001 SaveItemAsync", "IMF0015 GetTotalByBudgetIdAsync", "IMF0018 GetByDateRangeAsync" }),
            ("Variants", Variants, new[] { "IMF0001 InsertItemAsync" }),
        };
        foreach (var (name, source, refused) in groups)
        {
            var run = GeneratorHarness.Run(source);
            Assertions.NeverFailed(run);
            Assert.Equal(name + ": " + string.Join(" | ", refused), name + ": " + string.Join(" | ", Infrastructure.Refusals.Listed(run)));
        }
    }

    [Fact]
    public void A_save_returning_int_is_refused_with_the_two_meanings_and_the_store_access_named()
    {
        // sqlite-net's SaveItemAsync (the .NET MAUI samples) returns the rows written: Id != 0 ? UpdateAsync : InsertAsync, so
        // a set key that is not stored writes nothing and answers 0. Others return item.Id, or InsertOrReplaceAsync, which
        // stores it. The int and the unstored key are both unproven: refused, with the one-line store access named.
        var run = GeneratorHarness.Run(Weather);
        var message = run.GeneratorDiagnostics.Single(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'SaveItemAsync'", StringComparison.Ordinal))
            .GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("an upsert that returns int does not say what the number is, nor what a set key with no stored WeatherReading does", message, StringComparison.Ordinal);
        Assert.Contains("the Xamarin.Forms sample it came from (int SaveItem) answers the ID after an update", message, StringComparison.Ordinal);
        Assert.Contains("Store.Call(nameof(SaveItemAsync), item)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weather_and_study_repositories_behave_as_their_stores()
    {
        var weather = GeneratorHarness.Run(Without(Weather, "Task<int> SaveItemAsync(WeatherReading item);", "Task RemoveAsync(HabitCompletion completion);"));
        Assertions.Clean(weather);
        BehaviourCheck.Run(weather, Sources.Usings + "using System.Linq;\nusing H1;\n" + Prelude + """
                public static void Run()
                {
                    IWeatherReadingRepository readings = new InMemoryWeatherReadingRepository();
                    Is(0, readings.DeleteItemAsync(new WeatherReading { Id = 7 }).GetAwaiter().GetResult(), "no row deleted for a reading never stored");
                    Is(0, readings.GetAllAsync().GetAwaiter().GetResult().Count, "no readings");

                    IWeatherStationRepository stations = new InMemoryWeatherStationRepository();
                    stations.Add(new WeatherStation { Code = "BER", Name = "Berlin", IsActive = true });
                    stations.Add(new WeatherStation { Code = "OSL", Name = "Oslo" });
                    Throws<InMemoryFakes.DuplicateKeyException>(() => stations.Add(new WeatherStation { Code = "BER", Name = "again" }), null, "a taken code");
                    Is("Berlin", stations.GetByCode("BER")?.Name, "a station by its code");
                    Is("BER", stations.GetActive().Single().Code, "the active station");
                    stations.Update(new WeatherStation { Code = "OSL", Name = "Oslo Blindern", IsActive = true });
                    Is(2, stations.GetActive().Count(), "both active after the update");
                    stations.Delete("OSL");
                    Is(false, stations.Exists("OSL"), "a deleted station");
                    Is(true, stations.Exists("BER"), "a kept station");

                    IHabitRepository habits = new InMemoryHabitRepository();
                    var walk = new Habit { Name = "walk", Frequency = HabitFrequency.Daily };
                    habits.AddAsync(walk).GetAwaiter().GetResult();
                    habits.AddAsync(new Habit { Name = "budget", Frequency = HabitFrequency.Monthly, ReminderTime = new TimeOnly(9, 30) }).GetAwaiter().GetResult();
                    Is(true, habits.ExistsAsync(walk.Id).GetAwaiter().GetResult(), "the habit under the id it made itself");
                    Is(new TimeOnly(9, 30), habits.GetByFrequencyAsync(HabitFrequency.Monthly).GetAwaiter().GetResult().Single().ReminderTime, "a TimeOnly kept");
                    walk.IsArchived = true;
                    Is(false, habits.GetByIdAsync(walk.Id).GetAwaiter().GetResult()!.IsArchived, "the store holds a copy");
                    habits.UpdateAsync(walk).GetAwaiter().GetResult();
                    Is(true, habits.GetByIdAsync(walk.Id).GetAwaiter().GetResult()!.IsArchived, "the update stored");
                    Throws<InMemoryFakes.NotFoundException>(() => habits.UpdateAsync(new Habit { Name = "never added" }).GetAwaiter().GetResult(), null, "an update of a habit never added");
                    habits.DeleteAsync(walk.Id).GetAwaiter().GetResult();
                    Is(1, habits.GetAllAsync().GetAwaiter().GetResult().Count(), "the habit left");

                    IHabitCompletionRepository completions = new InMemoryHabitCompletionRepository();
                    var day = new DateOnly(2026, 12, 5);
                    completions.AddAsync(new HabitCompletion { HabitId = walk.Id, CompletedOn = day }).GetAwaiter().GetResult();
                    completions.AddAsync(new HabitCompletion { HabitId = walk.Id, CompletedOn = day.AddDays(1) }).GetAwaiter().GetResult();
                    Is("1,2", string.Join(",", completions.GetByHabitIdAsync(walk.Id).GetAwaiter().GetResult().Select(c => c.Id)), "keys the store gave the init-only records");
                    Is(true, completions.ExistsAsync(walk.Id, day).GetAwaiter().GetResult(), "a completion that day");
                    Is(false, completions.ExistsAsync(walk.Id, day.AddDays(2)).GetAwaiter().GetResult(), "none the day after");
                    Is(1, completions.CountAsync(c => c.CompletedOn > day).GetAwaiter().GetResult(), "completions after the day");
                    Throws<ArgumentNullException>(() => completions.CountAsync(null!).GetAwaiter().GetResult(), "predicate", "a null predicate");
                }
            }
            """);

        var study = GeneratorHarness.Run(Without(Study,
            "Task<List<BookmarkEntry>> SearchByTitleAsync(string title);", "void Remove(BookmarkEntry entry);", "Task<int> SaveDeckAsync(Deck deck);",
            "Task<List<Flashcard>> GetDueAsync(DateOnly today);", "void RemoveRange(IEnumerable<Flashcard> cards);"));
        Assertions.Clean(study);
        BehaviourCheck.Run(study, Sources.Usings + "using System.Linq;\nusing H2;\n" + Prelude + """
                public static void Run()
                {
                    IBookmarkEntryRepository bookmarks = new InMemoryBookmarkEntryRepository();
                    bookmarks.Add(new BookmarkEntry { Url = "https://a.example", Title = "A", FolderName = "news" });
                    bookmarks.Add(new BookmarkEntry { Url = "https://b.example", Title = "B" });
                    bookmarks.Add(new BookmarkEntry { Url = "https://c.example", Title = "C", FolderName = "news" });
                    Is("A,C", string.Join(",", bookmarks.Find(b => b.FolderName == "news").Select(b => b.Title)), "the matches in insertion order");
                    Is("B", bookmarks.GetFirstOrDefaultAsync(b => b.FolderName == null).GetAwaiter().GetResult()?.Title, "the first match");
                    Is(null, bookmarks.GetFirstOrDefaultAsync(b => b.Title == "Z").GetAwaiter().GetResult(), "no match");
                    Is(true, bookmarks.AnyAsync(b => b.Url.EndsWith("c.example")).GetAwaiter().GetResult(), "any match");

                    IDeckRepository decks = new InMemoryDeckRepository();
                    Throws<InMemoryFakes.NotFoundException>(() => decks.GetDeckAsync(1).GetAwaiter().GetResult(), null, "a deck never stored, declared not null");
                    Is(0, decks.DeleteDeckAsync(new Deck { Id = 1 }).GetAwaiter().GetResult(), "no row deleted");

                    IFlashcardRepository cards = new InMemoryFlashcardRepository();
                    cards.AddRangeAsync(new[] { new Flashcard { DeckId = 1, Front = "hund", Back = "dog" }, new Flashcard { DeckId = 1, Front = "katt", Back = "cat" }, new Flashcard { DeckId = 2, Front = "sol", Back = "sun" } }).GetAwaiter().GetResult();
                    Is(2, cards.GetFlashcardsByDeckIdAsync(1).GetAwaiter().GetResult().Count, "the cards of deck 1");
                    var card = cards.GetByIdAsync(3).GetAwaiter().GetResult()!;
                    card.Box = 2;
                    card.NextReviewOn = new DateOnly(2026, 12, 8);
                    cards.UpdateAsync(card).GetAwaiter().GetResult();
                    Is(1, cards.CountAsync(c => c.Box == 2).GetAwaiter().GetResult(), "the card moved to box 2");
                    Throws<ArgumentException>(() => cards.AddRangeAsync(new[] { new Flashcard { DeckId = 3 }, null! }).GetAwaiter().GetResult(), null, "a null card in the range");
                    Is(3, cards.CountAsync(_ => true).GetAwaiter().GetResult(), "nothing of the bad range stored");

                    IStudySessionRepository sessions = new InMemoryStudySessionRepository();
                    var first = sessions.InsertAsync(new StudySession { DeckId = 1, StartedAt = new DateTime(2026, 12, 5, 8, 0, 0) }).GetAwaiter().GetResult();
                    var second = sessions.InsertAsync(new StudySession { DeckId = 1, StartedAt = new DateTime(2026, 12, 5, 9, 0, 0) }).GetAwaiter().GetResult();
                    Is(2L, second, "the key the store gave, widened as Dapper.Contrib's Insert returns it");
                    Is(new DateTime(2026, 12, 5, 8, 0, 0), sessions.GetAsync(first).GetAwaiter().GetResult()?.StartedAt, "the session under the returned key");
                    Is(2, sessions.CountAsync().GetAwaiter().GetResult(), "both sessions");
                }
            }
            """);
    }

    [Fact]
    public void Listening_home_and_travel_repositories_behave_as_their_stores()
    {
        var listening = GeneratorHarness.Run(Without(Listening,
            "Task<IReadOnlyList<Song>> SearchAsync(string query, CancellationToken ct = default);", "Task AddSongAsync(Guid playlistId, Guid songId);",
            "Task RemoveSongAsync(Guid playlistId, Guid songId);", "Task<int> SaveItemAsync(Podcast item);"));
        Assertions.Clean(listening);
        BehaviourCheck.Run(listening, Sources.Usings + "using System.Linq;\nusing H3;\n" + Prelude + """
                public static void Run()
                {
                    ISongRepository songs = new InMemorySongRepository();
                    var song = songs.AddAsync(new Song { Title = "Blue", Artist = "Ada", Duration = TimeSpan.FromMinutes(3) }).GetAwaiter().GetResult();
                    songs.AddAsync(new Song { Title = "Red", Artist = "Bob" }).GetAwaiter().GetResult();
                    Is("Blue", songs.GetByIdAsync(song.Id).GetAwaiter().GetResult()?.Title, "the record under the id it made itself");
                    Is("Red", songs.GetByArtistAsync("Bob").GetAwaiter().GetResult().Single().Title, "a song by its artist");
                    Throws<OperationCanceledException>(() => songs.GetAllAsync(new CancellationToken(true)).GetAwaiter().GetResult(), null, "a cancelled read");

                    IPlaylistRepository playlists = new InMemoryPlaylistRepository();
                    var list = playlists.CreateAsync(new Playlist { Name = "run", SongIds = { song.Id } }).GetAwaiter().GetResult();
                    Is(song.Id, playlists.GetByIdAsync(list.Id).GetAwaiter().GetResult()?.SongIds.Single(), "the playlist with its songs");
                    playlists.DeleteAsync(list.Id).GetAwaiter().GetResult();
                    Is(0, playlists.GetAllAsync().GetAwaiter().GetResult().Count, "no playlists left");

                    IPodcastRepository podcasts = new InMemoryPodcastRepository();
                    Is(0, podcasts.DeleteItemAsync(new Podcast { Id = 4 }).GetAwaiter().GetResult(), "no row deleted for a podcast never stored");
                    Is(0, podcasts.GetSubscribedAsync().GetAwaiter().GetResult().Count, "none subscribed");

                    IEpisodeRepository episodes = new InMemoryEpisodeRepository();
                    episodes.AddRangeAsync(new[] { new Episode { PodcastId = 1, Title = "one" }, new Episode { PodcastId = 1, Title = "two" }, new Episode { PodcastId = 2, Title = "other" } }).GetAwaiter().GetResult();
                    episodes.MarkAsPlayedAsync(1).GetAwaiter().GetResult();
                    episodes.UpdatePositionAsync(2, TimeSpan.FromSeconds(95)).GetAwaiter().GetResult();
                    var mine = episodes.GetByPodcastIdAsync(1).GetAwaiter().GetResult();
                    Is("True,False", string.Join(",", mine.Select(e => e.IsPlayed)), "the first episode played");
                    Is(TimeSpan.FromSeconds(95), mine[1].Position, "the second's position");
                    Is("two", string.Join(",", episodes.GetUnplayedAsync(1).GetAwaiter().GetResult().Select(e => e.Title)), "podcast 1's unplayed episodes (since session 24)");
                    Throws<InMemoryFakes.NotFoundException>(() => episodes.MarkAsPlayedAsync(9).GetAwaiter().GetResult(), null, "an episode never added");
                }
            }
            """);

        var home = GeneratorHarness.Run(Without(Home,
            "Task<int> SavePlantAsync(Plant plant);", "Task<List<Plant>> GetPlantsNeedingWaterAsync(DateOnly today);", "Task<WateringLog?> GetLastByPlantIdAsync(int plantId);",
            "Task<decimal> GetTotalCostForPetAsync(Guid petId);", "Task<int> AddVisitAsync(VetVisit visit);", "Task<List<VetVisit>> GetVisitsBetweenAsync(DateOnly from, DateOnly to);"));
        Assertions.Clean(home);
        BehaviourCheck.Run(home, Sources.Usings + "using System.Linq;\nusing H4;\n" + Prelude + """
                public static void Run()
                {
                    IWateringLogRepository logs = new InMemoryWateringLogRepository();
                    logs.AddAsync(new WateringLog(0, 1, new DateOnly(2026, 12, 1), 200)).GetAwaiter().GetResult();
                    logs.AddAsync(new WateringLog(0, 1, new DateOnly(2026, 12, 4), 150)).GetAwaiter().GetResult();
                    logs.AddAsync(new WateringLog(0, 2, new DateOnly(2026, 12, 4), 50)).GetAwaiter().GetResult();
                    Is("1,2", string.Join(",", logs.GetByPlantIdAsync(1).GetAwaiter().GetResult().Select(l => l.Id)), "keys the store gave the positional records");
                    logs.DeleteByPlantIdAsync(1).GetAwaiter().GetResult();
                    Is(0, logs.GetByPlantIdAsync(1).GetAwaiter().GetResult().Count, "plant 1's logs deleted");
                    Is(1, logs.GetByPlantIdAsync(2).GetAwaiter().GetResult().Count, "plant 2's kept");

                    IPetRepository pets = new InMemoryPetRepository();
                    var rex = pets.AddAsync(new Pet { Id = Guid.NewGuid(), Name = "Rex", Species = Species.Dog, OwnerId = "ada", BirthDate = new DateOnly(2020, 3, 1) }).GetAwaiter().GetResult();
                    pets.AddAsync(new Pet { Id = Guid.NewGuid(), Name = "Tom", Species = Species.Cat, OwnerId = "ada" }).GetAwaiter().GetResult();
                    Is(2, pets.GetByOwnerIdAsync("ada").GetAwaiter().GetResult().Count(), "ada's pets");
                    Is("Tom", pets.GetBySpeciesAsync(Species.Cat).GetAwaiter().GetResult().Single().Name, "the cat");
                    Is(null, pets.UpdateAsync(new Pet { Id = Guid.NewGuid(), Name = "Ghost" }).GetAwaiter().GetResult(), "an update of a pet never added answers null");
                    Is(2, pets.GetAllAsync().GetAwaiter().GetResult().Count(), "and stores nothing");
                    rex.Name = "Rex II";
                    Is("Rex II", pets.UpdateAsync(rex).GetAwaiter().GetResult()?.Name, "the updated pet");
                    Is(true, pets.DeleteAsync(rex.Id).GetAwaiter().GetResult(), "a stored pet deleted");
                    Is(false, pets.DeleteAsync(rex.Id).GetAwaiter().GetResult(), "deleted again");

                    IVetVisitRepository visits = new InMemoryVetVisitRepository();
                    Is(0, visits.GetVisitsForPetAsync(rex.Id).GetAwaiter().GetResult().Count, "no visits");
                    Is(null, visits.GetVisitAsync(1).GetAwaiter().GetResult(), "no visit 1");
                }
            }
            """);

        var travel = GeneratorHarness.Run(Without(Travel,
            "Task<int> SaveItemAsync(Budget item);", "Task<IReadOnlyList<Expense>> GetByDateRangeAsync(DateOnly start, DateOnly end);", "Task<decimal> GetTotalByBudgetIdAsync(int budgetId);",
            "Task<IEnumerable<Trip>> GetUpcomingTripsAsync(string userId, DateOnly today);", "void RemoveRange(IEnumerable<ItineraryItem> items);"));
        Assertions.Clean(travel);
        BehaviourCheck.Run(travel, Sources.Usings + "using System.Linq;\nusing H5;\n" + Prelude + """
                public static void Run()
                {
                    IBudgetRepository budgets = new InMemoryBudgetRepository();
                    Is(null, budgets.GetByYearAndMonthAsync(2026, 12).GetAwaiter().GetResult(), "no budget for December");

                    IExpenseRepository expenses = new InMemoryExpenseRepository();
                    var lunch = new Expense { BudgetId = 1, Amount = 12.5m, Category = ExpenseCategory.Food, Date = new DateOnly(2026, 12, 5) };
                    expenses.AddAsync(lunch).GetAwaiter().GetResult();
                    expenses.AddAsync(new Expense { BudgetId = 1, Amount = 3m, Category = ExpenseCategory.Transport }).GetAwaiter().GetResult();
                    expenses.AddAsync(new Expense { BudgetId = 2, Amount = 40m, Category = ExpenseCategory.Food }).GetAwaiter().GetResult();
                    Is(2, expenses.GetByBudgetIdAsync(1).GetAwaiter().GetResult().Count, "budget 1's expenses");
                    Is(2, expenses.GetByCategoryAsync(ExpenseCategory.Food).GetAwaiter().GetResult().Count, "the food expenses");
                    Is(true, expenses.AnyAsync(e => e.Amount > 30m).GetAwaiter().GetResult(), "a large expense");
                    Is(true, expenses.RemoveAsync(lunch.Id).GetAwaiter().GetResult(), "the lunch removed");
                    Is(false, expenses.RemoveAsync(lunch.Id).GetAwaiter().GetResult(), "removed again");

                    ITripRepository trips = new InMemoryTripRepository();
                    var trip = trips.CreateTripAsync(new Trip { Destination = "Lisbon", UserId = "ada", StartDate = new DateOnly(2027, 5, 1), EndDate = new DateOnly(2027, 5, 8) }).GetAwaiter().GetResult();
                    Is(1, trip.Id, "the key the store gave");
                    trip.Destination = "Porto";
                    Is("Porto", trips.UpdateTripAsync(trip).GetAwaiter().GetResult().Destination, "the updated trip");
                    Throws<InMemoryFakes.NotFoundException>(() => trips.UpdateTripAsync(new Trip { Id = 9, UserId = "bob" }).GetAwaiter().GetResult(), null, "a trip never created");
                    Is("Porto", trips.GetTripsByUserIdAsync("ada").GetAwaiter().GetResult().Single().Destination, "ada's trips");
                    trips.DeleteTripAsync(trip.Id).GetAwaiter().GetResult();
                    Is(null, trips.GetTripByIdAsync(trip.Id).GetAwaiter().GetResult(), "a deleted trip");

                    IItineraryItemRepository items = new InMemoryItineraryItemRepository();
                    var day = new DateOnly(2027, 5, 2);
                    items.AddRangeAsync(new[] { new ItineraryItem { TripId = 1, Day = day, Title = "museum", Type = ItineraryItemType.Activity, StartTime = new TimeOnly(10, 0) }, new ItineraryItem { TripId = 1, Day = day.AddDays(1), Title = "flight", Type = ItineraryItemType.Flight } }).GetAwaiter().GetResult();
                    Is("museum", items.GetByTripIdAndDayAsync(1, day).GetAwaiter().GetResult().Single().Title, "the day's items");
                    Is("flight", items.GetFirstOrDefaultAsync(i => i.Type == ItineraryItemType.Flight).GetAwaiter().GetResult()?.Title, "the first flight");
                    var museum = items.GetByTripIdAsync(1).GetAwaiter().GetResult()[0];
                    museum.StartTime = new TimeOnly(11, 30);
                    items.UpdateAsync(museum).GetAwaiter().GetResult();
                    Is(new TimeOnly(11, 30), items.GetFirstOrDefaultAsync(i => i.Title == "museum").GetAwaiter().GetResult()?.StartTime, "the moved start time");
                }
            }
            """);
    }

    [Fact]
    public void The_maui_tutorial_database_answers_rows_written_as_sqlite_net_does()
    {
        // sqlite-net's UpdateAsync and DeleteAsync answer the rows written and throw for none: 0 for a row that is not stored.
        // The refused InsertItemAsync returns nothing here (without an insert, the update would be how a row gets in: MissingUpdate).
        var run = GeneratorHarness.Run(Without(Variants, "Task<int> InsertItemAsync(TodoItem item);").Replace("Task<int> UpdateItemAsync", "Task InsertItemAsync(TodoItem item);\n    Task<int> UpdateItemAsync", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing HV;\n" + Prelude + """
                public static void Run()
                {
                    ITodoItemDatabase db = new InMemoryTodoItemDatabase();
                    Is(0, db.UpdateItemAsync(new TodoItem { ID = 3, Name = "never inserted" }).GetAwaiter().GetResult(), "no row updated");
                    Is(0, db.GetItemsAsync().GetAwaiter().GetResult().Count, "and none inserted");
                    var item = new TodoItem { Name = "tea" };
                    db.InsertItemAsync(item).GetAwaiter().GetResult();
                    item = db.GetItemsAsync().GetAwaiter().GetResult().Single();
                    item.Done = true;
                    Is(1, db.UpdateItemAsync(item).GetAwaiter().GetResult(), "one row updated");
                    Is(0, db.GetItemsNotDoneAsync().GetAwaiter().GetResult().Count, "the item done");
                    Is(0, db.DeleteItemAsync(3).GetAwaiter().GetResult(), "no row deleted");
                    Is(1, db.DeleteAllItemsAsync().GetAwaiter().GetResult(), "the rows cleared");

                    INoteRepository notes = new InMemoryNoteRepository();
                    var note = notes.AddAsync(new Note { Text = "tea", Day = new DateOnly(2026, 12, 5) }).GetAwaiter().GetResult();
                    Is(1, note.Id, "the key the store gave the init-only record, on the record returned");
                    Is("milk", notes.UpdateAsync(note with { Text = "milk" }).GetAwaiter().GetResult().Text, "the record updated");
                    Is(1, notes.CountAsync().GetAwaiter().GetResult(), "every note, for no predicate");
                    Is(true, notes.DeleteAsync(note).GetAwaiter().GetResult(), "the note deleted");
                    Is(false, notes.DeleteAsync(note).GetAwaiter().GetResult(), "deleted again");
                }
            }
            """);
    }
}
