using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Forty more everyday interfaces (session 20), in domains the first round did not cover: appointments and bookings, job
/// schedules and runs, tenants and sectioned configuration, webhooks and their deliveries, idempotency keys, rate-limit
/// counters, per-user feature toggles, search history, localization, email templates, attachments and media, chat,
/// leaderboards, places, payments and refunds, courses and enrollments, IoT telemetry, devices, sessions, Redis locks.
/// Ten groups of four; the classification is in docs/generator-rounds.md, "Everyday interfaces, first tries (session 20)".
/// </summary>
public class EverydayInterfaceTests2
{
    internal const string Scheduling = Sources.Usings + """
        namespace F1;

        public class Appointment { public Guid Id { get; set; } public Guid PractitionerId { get; set; } public string PatientName { get; set; } = ""; public DateTime StartsAt { get; set; } public DateTime EndsAt { get; set; } }

        [InMemoryFake]
        public interface IAppointmentRepository
        {
            Task<Appointment?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Appointment>> GetByPractitionerIdAsync(Guid practitionerId, CancellationToken cancellationToken = default);
            Task AddAsync(Appointment appointment, CancellationToken cancellationToken = default);
            Task UpdateAsync(Appointment appointment, CancellationToken cancellationToken = default);
            Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
            Task<bool> HasOverlapAsync(Guid practitionerId, DateTime startsAt, DateTime endsAt, CancellationToken cancellationToken = default);
        }

        public readonly record struct BookingId(Guid Value);
        public record Booking(BookingId Id, Guid CustomerId, string Room, DateOnly Day);

        [InMemoryFake]
        public interface IBookingRepository
        {
            Booking? Find(BookingId id);
            void Add(Booking booking);
            IReadOnlyCollection<Booking> ListByCustomerId(Guid customerId);
            void Cancel(BookingId id);
        }

        public class JobSchedule { public string Name { get; set; } = ""; public string Cron { get; set; } = ""; public bool IsEnabled { get; set; } }

        [InMemoryFake]
        public interface IJobScheduleRepository
        {
            Task<JobSchedule?> GetAsync(string name);
            Task<IReadOnlyList<JobSchedule>> GetEnabledAsync();
            Task UpsertAsync(JobSchedule schedule);
            Task DeleteAsync(string name);
        }

        public enum JobRunStatus { Running, Succeeded, Failed }
        public class JobRun { public long Id { get; set; } public string JobName { get; set; } = ""; public JobRunStatus Status { get; set; } public DateTime StartedAt { get; set; } public DateTime? FinishedAt { get; set; } }

        [InMemoryFake]
        public interface IJobRunRepository
        {
            Task AddAsync(JobRun run);
            Task<JobRun?> GetLastRunAsync(string jobName);
            Task<IReadOnlyList<JobRun>> GetByJobNameAsync(string jobName);
            Task<IReadOnlyList<JobRun>> GetByStatusAsync(JobRunStatus status);
        }
        """;

    internal const string Tenancy = Sources.Usings + """
        namespace F2;

        public interface IReadRepository<T> where T : class
        {
            Task<T?> GetByIdAsync(int id, CancellationToken cancellationToken = default);
            Task<List<T>> ListAsync(CancellationToken cancellationToken = default);
            Task<int> CountAsync(CancellationToken cancellationToken = default);
        }

        public class Tenant { public int Id { get; set; } [Unique] public string Host { get; set; } = ""; public string Name { get; set; } = ""; }

        [InMemoryFake]
        public interface ITenantStore : IReadRepository<Tenant>
        {
            Task<Tenant?> GetByHostAsync(string host, CancellationToken cancellationToken = default);
            Task AddAsync(Tenant tenant, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface ITenantSettingsStore
        {
            string? GetSetting(string tenantId, string key);
            void SetSetting(string tenantId, string key, string value);
            void RemoveSetting(string tenantId, string key);
        }

        [InMemoryFake]
        public interface IConfigSectionStore
        {
            string? GetValue(string section, string key);
            void SetValue(string section, string key, string value);
            IReadOnlyDictionary<string, string> GetSection(string section);
            void DeleteSection(string section);
        }

        public interface IRepository<T, TKey> where T : class
        {
            Task<T?> GetAsync(TKey id);
            Task<IEnumerable<T>> GetAllAsync();
            Task AddAsync(T entity);
            Task UpdateAsync(T entity);
            Task DeleteAsync(TKey id);
        }

        public class TenantUser { public Guid Id { get; set; } public string TenantId { get; set; } = ""; public string Email { get; set; } = ""; public string Role { get; set; } = ""; }

        [InMemoryFake]
        public interface ITenantUserRepository : IRepository<TenantUser, Guid>
        {
            Task<IReadOnlyList<TenantUser>> GetByTenantIdAsync(string tenantId);
        }
        """;

    internal const string Webhooks = Sources.Usings + """
        namespace F3;

        public class WebhookSubscription { public Guid Id { get; set; } public string Url { get; set; } = ""; public List<string> EventTypes { get; set; } = new(); public bool IsActive { get; set; } }

        [InMemoryFake]
        public interface IWebhookSubscriptionRepository
        {
            Task<WebhookSubscription?> GetAsync(Guid id, CancellationToken cancellationToken);
            Task<IReadOnlyList<WebhookSubscription>> GetByEventTypeAsync(string eventType, CancellationToken cancellationToken);
            Task<IReadOnlyList<WebhookSubscription>> GetActiveAsync(CancellationToken cancellationToken);
            Task AddAsync(WebhookSubscription subscription, CancellationToken cancellationToken);
            Task DeleteAsync(Guid id, CancellationToken cancellationToken);
        }

        public class WebhookDelivery { public long Id { get; set; } public Guid SubscriptionId { get; set; } public int Attempt { get; set; } public int? ResponseStatus { get; set; } public DateTimeOffset? DeliveredAt { get; set; } }
        public class PagedResult<T> { public IReadOnlyList<T> Items { get; init; } = Array.Empty<T>(); public int TotalCount { get; init; } public int Page { get; init; } public int PageSize { get; init; } }

        [InMemoryFake]
        public interface IWebhookDeliveryRepository
        {
            Task AddAsync(WebhookDelivery delivery);
            Task<WebhookDelivery?> GetByIdAsync(long id);
            Task<PagedResult<WebhookDelivery>> GetBySubscriptionIdAsync(Guid subscriptionId, int page, int pageSize);
            Task MarkDeliveredAsync(long id, DateTimeOffset deliveredAt);
        }

        public record IdempotencyRecord(string Key, int StatusCode, string ResponseBody, DateTimeOffset CreatedAt);

        [InMemoryFake]
        public interface IIdempotencyStore
        {
            Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken = default);
            Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken = default);
            Task RemoveAsync(string key, CancellationToken cancellationToken = default);
        }

        public struct RateLimitCounter { public DateTime Timestamp { get; set; } public double Count { get; set; } }

        [InMemoryFake]
        public interface IRateLimitCounterStore
        {
            Task<bool> ExistsAsync(string id, CancellationToken cancellationToken = default);
            Task<RateLimitCounter?> GetAsync(string id, CancellationToken cancellationToken = default);
            Task SetAsync(string id, RateLimitCounter counter, TimeSpan? expirationTime = null, CancellationToken cancellationToken = default);
            Task RemoveAsync(string id, CancellationToken cancellationToken = default);
        }
        """;

    internal const string Personal = Sources.Usings + """
        namespace F4;

        [InMemoryFake]
        public interface IUserFeatureToggles
        {
            bool IsEnabled(string feature, Guid userId);
            void Enable(string feature, Guid userId);
            void Disable(string feature, Guid userId);
            IReadOnlyCollection<string> GetEnabledFeatures(Guid userId);
        }

        public class SearchHistoryEntry { public long Id { get; set; } public Guid UserId { get; set; } public string Query { get; set; } = ""; public DateTimeOffset SearchedAt { get; set; } }

        [InMemoryFake]
        public interface ISearchHistoryRepository
        {
            Task AddAsync(SearchHistoryEntry entry);
            Task<IReadOnlyList<SearchHistoryEntry>> GetByUserIdAsync(Guid userId);
            Task<IReadOnlyList<SearchHistoryEntry>> GetRecentAsync(Guid userId, int count);
            Task ClearAsync(Guid userId);
        }

        [InMemoryFake]
        public interface ILocalizationStore
        {
            string? GetString(string culture, string key);
            void SetString(string culture, string key, string value);
            IReadOnlyDictionary<string, string> GetAllStrings(string culture);
        }

        public class UserPreference { public int Id { get; set; } public Guid UserId { get; set; } public string Name { get; set; } = ""; public string Value { get; set; } = ""; }

        [InMemoryFake]
        public interface IUserPreferenceRepository
        {
            UserPreference? GetByUserIdAndName(Guid userId, string name);
            IList<UserPreference> GetByUserId(Guid userId);
            void Add(UserPreference preference);
            void Update(UserPreference preference);
            void Delete(int id);
        }
        """;

    internal const string Content = Sources.Usings + """
        using System.Linq.Expressions;

        namespace F5;

        public record EmailTemplate(string Name, string Subject, string Body);

        [InMemoryFake]
        public interface IEmailTemplateRepository
        {
            Task<EmailTemplate?> GetByNameAsync(string name);
            Task<IEnumerable<EmailTemplate>> GetAllAsync();
            Task SaveAsync(EmailTemplate template);
            Task<bool> DeleteAsync(string name);
        }

        public class Attachment { public Guid Id { get; set; } public Guid OwnerId { get; set; } public string FileName { get; set; } = ""; public string ContentType { get; set; } = ""; public long SizeBytes { get; set; } }

        [InMemoryFake]
        public interface IAttachmentRepository
        {
            Task<Attachment?> GetAsync(Guid id);
            Task<IReadOnlyList<Attachment>> GetByOwnerIdAsync(Guid ownerId);
            Task AddAsync(Attachment attachment);
            Task DeleteAsync(Guid id);
            Task<long> GetTotalSizeAsync(Guid ownerId);
        }

        [InMemoryFake]
        public interface IMediaStore
        {
            Task SaveAsync(string path, Stream content, CancellationToken cancellationToken = default);
            Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);
            Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
            IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);
        }

        public class Translation { public int Id { get; set; } public string Key { get; set; } = ""; public string Culture { get; set; } = ""; public string Text { get; set; } = ""; }

        [InMemoryFake]
        public interface ITranslationRepository
        {
            Task<Translation?> FirstOrDefaultAsync(Expression<Func<Translation, bool>> predicate);
            Task<List<Translation>> WhereAsync(Expression<Func<Translation, bool>> predicate);
            Task<Translation?> GetByKeyAndCultureAsync(string key, string culture);
            Task AddAsync(Translation translation);
        }
        """;

    internal const string Chat = Sources.Usings + """
        namespace F6;

        public class ChatMessage { public long Id { get; set; } public Guid ThreadId { get; set; } public string SenderId { get; set; } = ""; public string Text { get; set; } = ""; public DateTimeOffset SentAt { get; set; } }

        [InMemoryFake]
        public interface IChatMessageRepository
        {
            Task<ChatMessage?> GetByIdAsync(long id);
            Task<IReadOnlyList<ChatMessage>> GetByThreadIdAsync(Guid threadId, CancellationToken cancellationToken);
            Task AddAsync(ChatMessage message);
            Task EditAsync(long id, string newText);
            Task DeleteAsync(long id);
        }

        public class ChatThread { public Guid Id { get; set; } public string Title { get; set; } = ""; public List<string> ParticipantIds { get; set; } = new(); }

        [InMemoryFake]
        public interface IChatThreadRepository
        {
            ValueTask<ChatThread?> GetAsync(Guid id);
            ValueTask AddAsync(ChatThread thread);
            IAsyncEnumerable<ChatThread> GetAllAsync();
            IAsyncEnumerable<ChatThread> GetByParticipantIdAsync(string participantId);
            ValueTask<int> CountAsync();
        }

        [InMemoryFake]
        public interface IConnectionStore
        {
            void Add(string userId, string connectionId);
            IReadOnlyCollection<string> GetConnections(string userId);
            void Remove(string userId, string connectionId);
        }

        public class Reaction { public int Id { get; set; } public long MessageId { get; set; } public string UserId { get; set; } = ""; public string Emoji { get; set; } = ""; }

        [InMemoryFake]
        public interface IReactionRepository
        {
            Task<IReadOnlyList<Reaction>> GetByMessageIdAsync(long messageId);
            Task AddAsync(Reaction reaction);
            Task RemoveAsync(long messageId, string userId, string emoji);
            Task<int> CountByMessageIdAndEmojiAsync(long messageId, string emoji);
        }
        """;

    internal const string Games = Sources.Usings + """
        namespace F7;

        public class Score { public Guid Id { get; set; } public string Board { get; set; } = ""; public string PlayerName { get; set; } = ""; public int Points { get; set; } }

        [InMemoryFake]
        public interface ILeaderboardRepository
        {
            Task SubmitAsync(Score score);
            Task<Score?> GetByIdAsync(Guid id);
            Task<IReadOnlyList<Score>> GetByBoardAsync(string board);
            Task<IReadOnlyList<Score>> GetTopAsync(string board, int count);
        }

        public readonly record struct PlayerId(Guid Value);
        public class PlayerStats { public PlayerId Id { get; set; } public int GamesPlayed { get; set; } public int Wins { get; set; } }

        [InMemoryFake]
        public interface IPlayerStatsRepository
        {
            PlayerStats? Get(PlayerId id);
            void Save(PlayerStats stats);
            IEnumerable<PlayerStats> All();
            void IncrementWins(PlayerId id);
        }

        public class Place { public int Id { get; set; } public string Name { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } public string CountryCode { get; set; } = ""; }

        [InMemoryFake]
        public interface IPlaceRepository
        {
            Task<Place?> FindAsync(int id);
            Task AddAsync(Place place);
            Task<IReadOnlyList<Place>> GetByCountryCodeAsync(string countryCode);
            Task<IReadOnlyList<Place>> GetNearbyAsync(double latitude, double longitude, double radiusKm);
        }

        [InMemoryFake]
        public interface IGeocodeCache
        {
            Task<(double Latitude, double Longitude)?> GetAsync(string address);
            Task SetAsync(string address, (double Latitude, double Longitude) location);
        }
        """;

    internal const string Payments = Sources.Usings + """
        namespace F8;

        public readonly record struct PaymentId(Guid Value);
        public enum PaymentStatus { Pending, Captured, Failed, Refunded }
        public class Payment { public PaymentId Id { get; set; } public Guid OrderId { get; set; } public decimal Amount { get; set; } public PaymentStatus Status { get; set; } }

        [InMemoryFake]
        public interface IPaymentRepository
        {
            Task<Payment?> GetAsync(PaymentId id, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Payment>> GetByOrderIdAsync(Guid orderId, CancellationToken cancellationToken = default);
            Task AddAsync(Payment payment, CancellationToken cancellationToken = default);
            Task UpdateStatusAsync(PaymentId id, PaymentStatus status, CancellationToken cancellationToken = default);
        }

        public class Result<T> { public bool IsSuccess { get; init; } public T? Value { get; init; } public string? Error { get; init; } }
        public class Refund { public Guid Id { get; set; } public PaymentId PaymentId { get; set; } public decimal Amount { get; set; } public DateTimeOffset RequestedAt { get; set; } public DateTimeOffset? ProcessedAt { get; set; } }

        [InMemoryFake]
        public interface IRefundRepository
        {
            Task AddAsync(Refund refund);
            Task<Result<Refund>> GetAsync(Guid id);
            Task<IReadOnlyList<Refund>> GetByPaymentIdAsync(PaymentId paymentId);
            Task<decimal> GetRefundedTotalAsync(PaymentId paymentId);
        }

        public interface IRepository<T, TKey> where T : class
        {
            T? GetById(TKey id);
            IEnumerable<T> GetAll();
            void Add(T entity);
            void Update(T entity);
            void Delete(T entity);
        }

        public class Course { public int Id { get; set; } public string Title { get; set; } = ""; public int InstructorId { get; set; } public bool IsPublished { get; set; } }
        public class PagedResult<T> { public IReadOnlyList<T> Items { get; init; } = Array.Empty<T>(); public int TotalCount { get; init; } }

        [InMemoryFake]
        public interface ICourseRepository : IRepository<Course, int>
        {
            IReadOnlyList<Course> GetByInstructorId(int instructorId);
            PagedResult<Course> Search(string? title, int page, int pageSize);
        }

        public class Enrollment { public int Id { get; set; } public int CourseId { get; set; } public Guid StudentId { get; set; } public DateTime EnrolledAt { get; set; } public DateTime? CompletedAt { get; set; } }

        [InMemoryFake]
        public interface IEnrollmentRepository
        {
            Task AddAsync(Enrollment enrollment);
            Task<bool> ExistsAsync(int courseId, Guid studentId);
            Task<IReadOnlyList<Enrollment>> GetByStudentIdAsync(Guid studentId);
            Task<int> CountByCourseIdAsync(int courseId);
            Task MarkCompletedAsync(int id, DateTime completedAt);
        }
        """;

    internal const string Devices = """
        #nullable disable
        """ + "\n" + Sources.Usings + """
        namespace F9;

        public class TelemetryReading { public long Id { get; set; } public string DeviceId { get; set; } public DateTimeOffset Timestamp { get; set; } public double Temperature { get; set; } public double Humidity { get; set; } }

        [InMemoryFake]
        public interface ITelemetryRepository
        {
            Task AddAsync(TelemetryReading reading);
            Task AddRangeAsync(IEnumerable<TelemetryReading> readings);
            Task<IEnumerable<TelemetryReading>> GetByDeviceIdAsync(string deviceId, DateTimeOffset from, DateTimeOffset to);
            Task<TelemetryReading> GetLatestAsync(string deviceId);
        }

        public class Device { public string DeviceId { get; set; } public string Name { get; set; } public bool IsOnline { get; set; } public DateTimeOffset? LastSeenAt { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IDeviceRegistry
        {
            Device GetDevice(string deviceId);
            void Register(Device device);
            void Unregister(string deviceId);
            IReadOnlyList<Device> GetOnlineDevices();
        }

        public class UserSession { public string SessionId { get; set; } public Guid UserId { get; set; } public string DeviceName { get; set; } public DateTime CreatedAt { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IUserSessionStore
        {
            UserSession Get(string sessionId);
            void Create(UserSession session);
            void Delete(string sessionId);
            IEnumerable<UserSession> GetByUserId(Guid userId);
            void DeleteByUserId(Guid userId);
        }

        [InMemoryFake]
        public interface IDistributedLockStore
        {
            Task<bool> AcquireAsync(string resource, string owner, TimeSpan expiry);
            Task<bool> ReleaseAsync(string resource, string owner);
            Task<bool> ExtendAsync(string resource, string owner, TimeSpan expiry);
        }
        """;

    internal const string Misc = Sources.Usings + """
        namespace F10;

        [InMemoryFake]
        public interface IRequestCounter
        {
            ValueTask<long> IncrementAsync(string key, long by = 1);
            ValueTask<long> GetAsync(string key);
        }

        public class DeviceToken { public Guid Id { get; set; } public Guid UserId { get; set; } [Unique] public string Token { get; set; } = ""; public string Platform { get; set; } = ""; }

        [InMemoryFake]
        public interface IDeviceTokenRepository
        {
            Task<IReadOnlyList<DeviceToken>> GetByUserIdAsync(Guid userId);
            Task AddOrUpdateAsync(DeviceToken token);
            Task RemoveByTokenAsync(string token);
        }

        public readonly struct Maybe<T> { public Maybe(T value) { Value = value; HasValue = true; } public bool HasValue { get; } public T Value { get; } }
        public record Profile(Guid Id, string DisplayName, string? Bio);

        [InMemoryFake]
        public interface IProfileRepository
        {
            Task<Maybe<Profile>> FindAsync(Guid id);
            Task SaveAsync(Profile profile);
        }

        public class RecurringJob { public string Id { get; set; } = ""; public string Cron { get; set; } = ""; public string[] Tags { get; set; } = Array.Empty<string>(); public DateTime? NextRunAt { get; set; } }

        [InMemoryFake]
        public interface IRecurringJobStore
        {
            RecurringJob[] GetAll();
            (bool Found, RecurringJob? Job) TryGet(string id);
            void AddOrUpdate(RecurringJob job);
            void Remove(string id);
        }
        """;

    private const string Prelude = Infrastructure.Refusals.CheckOpening;

    private static string[] Refused(GeneratorRun run) => Infrastructure.Refusals.Listed(run);

    private static string Without(string source, params string[] lines) => Infrastructure.Refusals.Without(source, lines);

    [Fact]
    public void Each_group_refuses_exactly_the_members_its_signatures_do_not_prove()
    {
        (string Name, string Source, string[] Refused)[] groups =
        {
            ("Scheduling", Scheduling, new[] { "IMF0001 Cancel", "IMF0001 GetLastRunAsync", "IMF0001 HasOverlapAsync" }),
            ("Tenancy", Tenancy, new[] { "IMF0001 GetSection" }),
            ("Webhooks", Webhooks, Array.Empty<string>()),
            ("Personal", Personal, new[] { "IMF0001 ClearAsync", "IMF0001 Disable", "IMF0001 Enable", "IMF0001 GetAllStrings", "IMF0001 GetEnabledFeatures", "IMF0001 GetRecentAsync", "IMF0001 IsEnabled" }),
            ("Content", Content, new[] { "IMF0001 GetTotalSizeAsync" }),
            ("Chat", Chat, new[] { "IMF0001 Add", "IMF0001 EditAsync", "IMF0001 GetConnections", "IMF0001 Remove" }),
            ("Games", Games, new[] { "IMF0001 GetNearbyAsync", "IMF0001 GetTopAsync", "IMF0001 SubmitAsync" }),
            ("Payments", Payments, new[] { "IMF0001 Delete", "IMF0001 GetAsync", "IMF0001 GetRefundedTotalAsync", "IMF0001 Search" }),
            ("Devices", Devices, new[] { "IMF0001 AcquireAsync", "IMF0001 ExtendAsync", "IMF0001 GetLatestAsync", "IMF0001 Register", "IMF0001 ReleaseAsync", "IMF0001 Unregister", "IMF0018 GetByDeviceIdAsync" }),
            ("Misc", Misc, new[] { "IMF0001 FindAsync", "IMF0001 GetAsync", "IMF0001 TryGet" }),
        };
        foreach (var (name, source, refused) in groups)
        {
            var run = GeneratorHarness.Run(source);
            Assertions.NeverFailed(run);
            Assert.Equal(name + ": " + string.Join(" | ", refused), name + ": " + string.Join(" | ", Refused(run)));
        }
    }

    [Fact]
    public void An_add_beside_a_read_of_several_values_for_one_key_is_refused_not_one_value_per_key()
    {
        // First try: Add(userId, connectionId) was SetIfAbsent, so a user's second connection threw the duplicate-key error.
        var run = GeneratorHarness.Run(Chat);
        var message = Infrastructure.Refusals.Message(run, "Add");
        Assert.Contains("'GetConnections' reads a collection of string for one key, so the store keeps several values under a key", message, StringComparison.Ordinal);
        Assert.Contains("Store.Call(nameof(Add)", message, StringComparison.Ordinal);

        // A read of one value by the key leaves the add as it was.
        var single = GeneratorHarness.Run(Sources.Usings + """
            namespace V;
            [InMemoryFake]
            public interface IConnectionStore
            {
                void Add(string userId, string connectionId);
                string? Get(string userId);
                IReadOnlyCollection<string> GetAll();
            }
            """);
        Assertions.Clean(single);
    }

    [Fact]
    public void A_counter_read_declared_not_null_is_refused_unless_missing_key_reads_says_it()
    {
        // First try: GetAsync(key) of a key never counted threw the not-found error, where Redis's counters read 0.
        var run = GeneratorHarness.Run(Misc);
        Assert.Contains("the store's only writes are counters (Increment, Decrement) that start a missing key at 0", Infrastructure.Refusals.Message(run, "GetAsync"), StringComparison.Ordinal);

        const string Counter = Sources.Usings + """
            namespace V;
            [InMemoryFake(MissingKeyReads = MissingKeyRead.SETTING)]
            public interface IRequestCounter
            {
                ValueTask<long> IncrementAsync(string key, long by = 1);
                ValueTask<long> GetAsync(string key);
            }
            """;
        var stated = GeneratorHarness.Run(Counter.Replace("SETTING", "Default", StringComparison.Ordinal));
        Assertions.Clean(stated);
        BehaviourCheck.Run(stated, Infrastructure.Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRequestCounter counter = new InMemoryRequestCounter();
                    Is(0L, counter.GetAsync("a").AsTask().GetAwaiter().GetResult(), "a key never counted");
                    Is(1L, counter.IncrementAsync("a").AsTask().GetAwaiter().GetResult(), "the first increment");
                    Is(6L, counter.IncrementAsync("a", 5).AsTask().GetAwaiter().GetResult(), "an increment by five");
                    Is(6L, counter.GetAsync("a").AsTask().GetAwaiter().GetResult(), "the count");
                }
            }
            """);

        var notFound = GeneratorHarness.Run(Counter.Replace("SETTING", "NotFound", StringComparison.Ordinal));
        Assertions.Clean(notFound);
        BehaviourCheck.Run(notFound, Infrastructure.Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRequestCounter counter = new InMemoryRequestCounter();
                    Throws<InMemoryFakes.NotFoundException>(() => counter.GetAsync("a").AsTask().GetAwaiter().GetResult(), null, "a key never counted");
                }
            }
            """);

        // A nullable read says it itself, and a store with another write is no counter store.
        Assertions.Clean(GeneratorHarness.Run(Sources.Usings + """
            namespace V;
            [InMemoryFake]
            public interface IHits { long Increment(string key); long? Get(string key); }
            [InMemoryFake]
            public interface IScores { long Increment(string key); void Set(string key, long value); long Get(string key); }
            """));
    }

    [Fact]
    public void A_verb_with_the_subjects_noun_reads_a_key_of_two_parts()
    {
        // First try: GetSetting(tenantId, key) of ITenantSettingsStore was no Get while the pair was sought, so all three
        // members were refused ("its parameter 'key' after the key 'tenantId' is nothing a key-value store knows").
        var run = GeneratorHarness.Run(Without(Tenancy, "IReadOnlyDictionary<string, string> GetSection(string section);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using F2;\n" + Prelude + """
                public static void Run()
                {
                    ITenantSettingsStore settings = new InMemoryTenantSettingsStore();
                    settings.SetSetting("acme", "theme", "dark");
                    settings.SetSetting("globex", "theme", "light");
                    Is("dark", settings.GetSetting("acme", "theme"), "acme's theme");
                    Is("light", settings.GetSetting("globex", "theme"), "globex's theme");
                    Is(null, settings.GetSetting("acme", "locale"), "a setting never set");
                    settings.RemoveSetting("acme", "theme");
                    Is(null, settings.GetSetting("acme", "theme"), "a removed setting");
                    Is("light", settings.GetSetting("globex", "theme"), "the other tenant's setting");
                    Throws<ArgumentNullException>(() => settings.SetSetting(null!, "theme", "x"), "tenantId", "a null tenant");

                    IConfigSectionStore config = new InMemoryConfigSectionStore();
                    config.SetValue("smtp", "host", "mail");
                    config.SetValue("smtp", "port", "25");
                    config.SetValue("db", "host", "sql");
                    config.DeleteSection("smtp");
                    Is(null, config.GetValue("smtp", "host"), "a value of a deleted section");
                    Is("sql", config.GetValue("db", "host"), "a value of another section");
                }
            }
            """);
    }

    [Fact]
    public void A_try_add_of_an_entity_keyed_by_a_property_named_key_answers_whether_it_added()
    {
        // First try: TryAddAsync(record) cast no vote for IdempotencyRecord, so the store was read as key-value and the
        // write refused ("it must return nothing (or the new key)").
        var run = GeneratorHarness.Run(Webhooks);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing F3;\n" + Prelude + """
                public static void Run()
                {
                    IIdempotencyStore store = new InMemoryIdempotencyStore();
                    var at = new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
                    Is(true, store.TryAddAsync(new IdempotencyRecord("k1", 201, "created", at)).GetAwaiter().GetResult(), "a new key");
                    Is(false, store.TryAddAsync(new IdempotencyRecord("k1", 500, "again", at)).GetAwaiter().GetResult(), "a taken key");
                    Is(201, store.GetAsync("k1").GetAwaiter().GetResult()?.StatusCode, "the first record is kept");
                    store.RemoveAsync("k1").GetAwaiter().GetResult();
                    Is(null, store.GetAsync("k1").GetAwaiter().GetResult(), "a removed key");

                    IWebhookSubscriptionRepository subscriptions = new InMemoryWebhookSubscriptionRepository();
                    var a = new WebhookSubscription { Id = Guid.NewGuid(), Url = "https://a", EventTypes = { "order.created", "order.paid" }, IsActive = true };
                    var b = new WebhookSubscription { Id = Guid.NewGuid(), Url = "https://b", EventTypes = { "order.paid" }, IsActive = false };
                    subscriptions.AddAsync(a, default).GetAwaiter().GetResult();
                    subscriptions.AddAsync(b, default).GetAwaiter().GetResult();
                    Is(2, subscriptions.GetByEventTypeAsync("order.paid", default).GetAwaiter().GetResult().Count, "subscribers of order.paid");
                    Is(a.Id, subscriptions.GetByEventTypeAsync("order.created", default).GetAwaiter().GetResult().Single().Id, "the subscriber of order.created");
                    Is(a.Id, subscriptions.GetActiveAsync(default).GetAwaiter().GetResult().Single().Id, "the active subscription");

                    IWebhookDeliveryRepository deliveries = new InMemoryWebhookDeliveryRepository();
                    for (var i = 1; i <= 5; i++)
                    {
                        deliveries.AddAsync(new WebhookDelivery { Id = i, SubscriptionId = i <= 3 ? a.Id : b.Id, Attempt = 1 }).GetAwaiter().GetResult();
                    }

                    var page = deliveries.GetBySubscriptionIdAsync(a.Id, 2, 2).GetAwaiter().GetResult();
                    Is(3, page.TotalCount, "a's deliveries");
                    Is(3L, page.Items.Single().Id, "the second page of two");
                    deliveries.MarkDeliveredAsync(2, at).GetAwaiter().GetResult();
                    Is(at, deliveries.GetByIdAsync(2).GetAwaiter().GetResult()?.DeliveredAt, "the delivered one");
                    Is(null, deliveries.GetByIdAsync(1).GetAwaiter().GetResult()?.DeliveredAt, "another one");
                    Throws<InMemoryFakes.NotFoundException>(() => deliveries.MarkDeliveredAsync(99, at).GetAwaiter().GetResult(), null, "a delivery never added");
                }
            }
            """);
    }

    [Fact]
    public void Increment_of_a_property_adds_one_to_the_entity_found_by_key()
    {
        // First try: IncrementWins(id) was refused as no known verb, though its name names the int Wins.
        var run = GeneratorHarness.Run(Without(Games,
            "Task SubmitAsync(Score score);", "Task<IReadOnlyList<Score>> GetTopAsync(string board, int count);",
            "Task<IReadOnlyList<Place>> GetNearbyAsync(double latitude, double longitude, double radiusKm);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing F7;\n" + Prelude + """
                public static void Run()
                {
                    IPlayerStatsRepository stats = new InMemoryPlayerStatsRepository();
                    var ada = new PlayerId(Guid.NewGuid());
                    var bob = new PlayerId(Guid.NewGuid());
                    stats.Save(new PlayerStats { Id = ada, GamesPlayed = 3, Wins = 1 });
                    stats.Save(new PlayerStats { Id = bob, GamesPlayed = 1, Wins = 0 });
                    stats.IncrementWins(ada);
                    stats.IncrementWins(ada);
                    Is(3, stats.Get(ada)?.Wins, "ada's wins");
                    Is(3, stats.Get(ada)?.GamesPlayed, "ada's games, untouched");
                    Is(0, stats.Get(bob)?.Wins, "bob's wins");
                    Throws<InMemoryFakes.NotFoundException>(() => stats.IncrementWins(new PlayerId(Guid.NewGuid())), null, "a player never saved");
                    Is(2, stats.All().Count(), "nothing added");

                    IGeocodeCache geocodes = new InMemoryGeocodeCache();
                    geocodes.SetAsync("Main St 1", (52.5, 13.4)).GetAwaiter().GetResult();
                    Is((52.5, 13.4), geocodes.GetAsync("Main St 1").GetAwaiter().GetResult(), "a cached location");
                    Is(null, geocodes.GetAsync("elsewhere").GetAwaiter().GetResult(), "an address never cached");
                }
            }
            """);

        const string Articles = Sources.Usings + """
            namespace V;
            public record Article(int Id, string Title, int ViewCount, long Downloads, string Slug);
            [InMemoryFake]
            public interface IArticleRepository
            {
                void Add(Article article);
                Article? Get(int id);
                Task IncrementViewCountAsync(int id);
                bool DecrementDownloads(int id);
                void IncrementViewCountBy(int id, int amount);
                void IncrementId(int id);
                void IncrementTitle(int id);
            }
            """;
        var variants = GeneratorHarness.Run(Articles);
        // Merged with the lead's Increment{P}(key[, amount]) (session 20): a decrement stays refused (a store that decreases
        // a count may guard it against going below zero, and the signature does not say how).
        Infrastructure.Refusals.Exactly(variants,
            ("DecrementDownloads", "'DecrementDownloads' is not a known verb"),
            ("IncrementViewCountBy", "is not a known verb"),
            ("IncrementId", "'IncrementId' adds to Id, which is the key of Article"),
            ("IncrementTitle", "'Title' is string, and an increment adds to an int or long property"));
        BehaviourCheck.Run(GeneratorHarness.Run(Without(Articles,
            "bool DecrementDownloads(int id);", "void IncrementViewCountBy(int id, int amount);", "void IncrementId(int id);", "void IncrementTitle(int id);")), Infrastructure.Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IArticleRepository articles = new InMemoryArticleRepository();
                    articles.Add(new Article(1, "a", 10, 5, "a"));
                    articles.IncrementViewCountAsync(1).GetAwaiter().GetResult();
                    Is(11, articles.Get(1)?.ViewCount, "a record's view count");
                    Is(5L, articles.Get(1)?.Downloads, "its downloads stay");
                }
            }
            """);
    }

    [Fact]
    public void Scheduling_and_tenancy_repositories_behave_as_their_stores()
    {
        var run = GeneratorHarness.Run(Without(Scheduling,
            "Task<bool> HasOverlapAsync(Guid practitionerId, DateTime startsAt, DateTime endsAt, CancellationToken cancellationToken = default);",
            "void Cancel(BookingId id);", "Task<JobRun?> GetLastRunAsync(string jobName);"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing F1;\n" + Prelude + """
                public static void Run()
                {
                    IAppointmentRepository appointments = new InMemoryAppointmentRepository();
                    var doctor = Guid.NewGuid();
                    var first = new Appointment { Id = Guid.NewGuid(), PractitionerId = doctor, PatientName = "Ada" };
                    appointments.AddAsync(first).GetAwaiter().GetResult();
                    appointments.AddAsync(new Appointment { Id = Guid.NewGuid(), PractitionerId = Guid.NewGuid(), PatientName = "Bob" }).GetAwaiter().GetResult();
                    Is(first.Id, appointments.GetByPractitionerIdAsync(doctor).GetAwaiter().GetResult().Single().Id, "the doctor's appointment");
                    Is(true, appointments.DeleteAsync(first.Id).GetAwaiter().GetResult(), "deleting a stored appointment");
                    Is(false, appointments.DeleteAsync(first.Id).GetAwaiter().GetResult(), "deleting it again");

                    IBookingRepository bookings = new InMemoryBookingRepository();
                    var customer = Guid.NewGuid();
                    var id = new BookingId(Guid.NewGuid());
                    bookings.Add(new Booking(id, customer, "Blue", new DateOnly(2026, 12, 24)));
                    bookings.Add(new Booking(new BookingId(Guid.NewGuid()), Guid.NewGuid(), "Red", new DateOnly(2026, 12, 25)));
                    Is("Blue", bookings.Find(id)?.Room, "a booking by its strongly typed id");
                    Is(null, bookings.Find(new BookingId(Guid.NewGuid())), "a booking never added");
                    Is(1, bookings.ListByCustomerId(customer).Count, "the customer's bookings");

                    IJobScheduleRepository schedules = new InMemoryJobScheduleRepository();
                    schedules.UpsertAsync(new JobSchedule { Name = "backup", Cron = "0 3 * * *", IsEnabled = true }).GetAwaiter().GetResult();
                    schedules.UpsertAsync(new JobSchedule { Name = "report", Cron = "0 8 * * 1", IsEnabled = false }).GetAwaiter().GetResult();
                    schedules.UpsertAsync(new JobSchedule { Name = "report", Cron = "0 9 * * 1", IsEnabled = true }).GetAwaiter().GetResult();
                    Is(2, schedules.GetEnabledAsync().GetAwaiter().GetResult().Count, "the enabled schedules");
                    Is("0 9 * * 1", schedules.GetAsync("report").GetAwaiter().GetResult()?.Cron, "the upserted schedule");

                    IJobRunRepository runs = new InMemoryJobRunRepository();
                    runs.AddAsync(new JobRun { Id = 1, JobName = "backup", Status = JobRunStatus.Failed }).GetAwaiter().GetResult();
                    runs.AddAsync(new JobRun { Id = 2, JobName = "backup", Status = JobRunStatus.Succeeded }).GetAwaiter().GetResult();
                    Is(1L, runs.GetByStatusAsync(JobRunStatus.Failed).GetAwaiter().GetResult().Single().Id, "the failed run");
                    Is(2, runs.GetByJobNameAsync("backup").GetAwaiter().GetResult().Count, "the job's runs");
                }
            }
            """);

        var tenancy = GeneratorHarness.Run(Without(Tenancy, "IReadOnlyDictionary<string, string> GetSection(string section);"));
        Assertions.Clean(tenancy);
        BehaviourCheck.Run(tenancy, Sources.Usings + "using System.Linq;\nusing F2;\n" + Prelude + """
                public static void Run()
                {
                    ITenantStore tenants = new InMemoryTenantStore();
                    tenants.AddAsync(new Tenant { Id = 1, Host = "acme.example", Name = "Acme" }).GetAwaiter().GetResult();
                    tenants.AddAsync(new Tenant { Id = 2, Host = "globex.example", Name = "Globex" }).GetAwaiter().GetResult();
                    Is(2, tenants.GetByHostAsync("globex.example").GetAwaiter().GetResult()?.Id, "a tenant by host");
                    Is(2, tenants.CountAsync().GetAwaiter().GetResult(), "the inherited count");
                    Is("Acme", tenants.GetByIdAsync(1).GetAwaiter().GetResult()?.Name, "the inherited lookup");

                    ITenantUserRepository users = new InMemoryTenantUserRepository();
                    var u = new TenantUser { Id = Guid.NewGuid(), TenantId = "acme", Email = "a@acme" };
                    users.AddAsync(u).GetAwaiter().GetResult();
                    users.AddAsync(new TenantUser { Id = Guid.NewGuid(), TenantId = "globex", Email = "b@globex" }).GetAwaiter().GetResult();
                    Is(1, users.GetByTenantIdAsync("acme").GetAwaiter().GetResult().Count, "acme's users");
                    users.DeleteAsync(u.Id).GetAwaiter().GetResult();
                    Is(null, users.GetAsync(u.Id).GetAwaiter().GetResult(), "a deleted user");
                }
            }
            """);
    }

    [Fact]
    public void Personal_content_chat_and_payment_stores_behave_as_their_stores()
    {
        var personal = GeneratorHarness.Run(Without(Personal,
            "Task<IReadOnlyList<SearchHistoryEntry>> GetRecentAsync(Guid userId, int count);", "Task ClearAsync(Guid userId);",
            "IReadOnlyDictionary<string, string> GetAllStrings(string culture);")
            .Replace("[InMemoryFake]\npublic interface IUserFeatureToggles", "public interface IUserFeatureToggles", StringComparison.Ordinal));
        Assertions.Clean(personal);
        BehaviourCheck.Run(personal, Sources.Usings + "using System.Linq;\nusing F4;\n" + Prelude + """
                public static void Run()
                {
                    IUserPreferenceRepository preferences = new InMemoryUserPreferenceRepository();
                    var user = Guid.NewGuid();
                    preferences.Add(new UserPreference { Id = 1, UserId = user, Name = "theme", Value = "dark" });
                    preferences.Add(new UserPreference { Id = 2, UserId = user, Name = "locale", Value = "de" });
                    preferences.Add(new UserPreference { Id = 3, UserId = Guid.NewGuid(), Name = "theme", Value = "light" });
                    Is("dark", preferences.GetByUserIdAndName(user, "theme")?.Value, "the user's theme");
                    Is(2, preferences.GetByUserId(user).Count, "the user's preferences");

                    ILocalizationStore strings = new InMemoryLocalizationStore();
                    strings.SetString("de", "hello", "Hallo");
                    strings.SetString("fr", "hello", "Bonjour");
                    Is("Hallo", strings.GetString("de", "hello"), "German");
                    Is(null, strings.GetString("it", "hello"), "a culture never set");
                }
            }
            """);

        var chat = GeneratorHarness.Run(Without(Chat, "Task EditAsync(long id, string newText);")
            .Replace("[InMemoryFake]\npublic interface IConnectionStore", "public interface IConnectionStore", StringComparison.Ordinal));
        Assertions.Clean(chat);
        BehaviourCheck.Run(chat, Sources.Usings + "using System.Linq;\nusing F6;\n" + Prelude + """
                public static void Run()
                {
                    IChatThreadRepository threads = new InMemoryChatThreadRepository();
                    threads.AddAsync(new ChatThread { Id = Guid.NewGuid(), Title = "a", ParticipantIds = { "ada", "bob" } }).AsTask().GetAwaiter().GetResult();
                    threads.AddAsync(new ChatThread { Id = Guid.NewGuid(), Title = "b", ParticipantIds = { "bob" } }).AsTask().GetAwaiter().GetResult();
                    var bobs = new List<string>();
                    var e = threads.GetByParticipantIdAsync("bob").GetAsyncEnumerator();
                    while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult()) bobs.Add(e.Current.Title);
                    Is("a,b", string.Join(",", bobs.OrderBy(t => t)), "bob's threads");
                    Is(2, threads.CountAsync().AsTask().GetAwaiter().GetResult(), "the threads");

                    IReactionRepository reactions = new InMemoryReactionRepository();
                    reactions.AddAsync(new Reaction { Id = 1, MessageId = 7, UserId = "ada", Emoji = "+1" }).GetAwaiter().GetResult();
                    reactions.AddAsync(new Reaction { Id = 2, MessageId = 7, UserId = "bob", Emoji = "+1" }).GetAwaiter().GetResult();
                    reactions.AddAsync(new Reaction { Id = 3, MessageId = 7, UserId = "ada", Emoji = "heart" }).GetAwaiter().GetResult();
                    reactions.RemoveAsync(7, "ada", "+1").GetAwaiter().GetResult();
                    Is(1, reactions.CountByMessageIdAndEmojiAsync(7, "+1").GetAwaiter().GetResult(), "+1s left");
                    Is(2, reactions.GetByMessageIdAsync(7).GetAwaiter().GetResult().Count, "the message's reactions");
                }
            }
            """);

        var payments = GeneratorHarness.Run(Without(Payments,
            "Task<Result<Refund>> GetAsync(Guid id);", "Task<decimal> GetRefundedTotalAsync(PaymentId paymentId);",
            "void Delete(T entity);", "PagedResult<Course> Search(string? title, int page, int pageSize);"));
        Assertions.Clean(payments);
        BehaviourCheck.Run(payments, Sources.Usings + "using System.Linq;\nusing F8;\n" + Prelude + """
                public static void Run()
                {
                    IPaymentRepository payments = new InMemoryPaymentRepository();
                    var id = new PaymentId(Guid.NewGuid());
                    var order = Guid.NewGuid();
                    payments.AddAsync(new Payment { Id = id, OrderId = order, Amount = 10m }).GetAwaiter().GetResult();
                    payments.UpdateStatusAsync(id, PaymentStatus.Captured).GetAwaiter().GetResult();
                    Is(PaymentStatus.Captured, payments.GetAsync(id).GetAwaiter().GetResult()?.Status, "the captured payment");
                    Throws<InMemoryFakes.NotFoundException>(() => payments.UpdateStatusAsync(new PaymentId(Guid.NewGuid()), PaymentStatus.Failed).GetAwaiter().GetResult(), null, "a payment never added");

                    IRefundRepository refunds = new InMemoryRefundRepository();
                    refunds.AddAsync(new Refund { Id = Guid.NewGuid(), PaymentId = id, Amount = 4m }).GetAwaiter().GetResult();
                    refunds.AddAsync(new Refund { Id = Guid.NewGuid(), PaymentId = new PaymentId(Guid.NewGuid()), Amount = 1m }).GetAwaiter().GetResult();
                    Is(4m, refunds.GetByPaymentIdAsync(id).GetAwaiter().GetResult().Single().Amount, "the payment's refund");

                    IEnrollmentRepository enrollments = new InMemoryEnrollmentRepository();
                    var student = Guid.NewGuid();
                    enrollments.AddAsync(new Enrollment { Id = 1, CourseId = 10, StudentId = student }).GetAwaiter().GetResult();
                    enrollments.AddAsync(new Enrollment { Id = 2, CourseId = 10, StudentId = Guid.NewGuid() }).GetAwaiter().GetResult();
                    Is(true, enrollments.ExistsAsync(10, student).GetAwaiter().GetResult(), "an enrolled student");
                    Is(false, enrollments.ExistsAsync(11, student).GetAwaiter().GetResult(), "another course");
                    Is(2, enrollments.CountByCourseIdAsync(10).GetAwaiter().GetResult(), "the course's enrollments");
                    var at = new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);
                    enrollments.MarkCompletedAsync(1, at).GetAwaiter().GetResult();
                    Is(at, enrollments.GetByStudentIdAsync(student).GetAwaiter().GetResult().Single().CompletedAt, "the completed enrollment");

                    ICourseRepository courses = new InMemoryCourseRepository();
                    courses.Add(new Course { Id = 1, Title = "C#", InstructorId = 3 });
                    Is(1, courses.GetByInstructorId(3).Count, "the instructor's courses");
                }
            }
            """);
    }
}
