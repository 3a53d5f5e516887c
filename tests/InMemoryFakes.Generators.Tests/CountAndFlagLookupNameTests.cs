using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two names the lead's first try on fresh order and notification repositories (session 20) found refused although they
/// prove what they read: <c>GetOrderCountAsync()</c> (the entity's name between Get and Count: every row) and
/// <c>GetUnreadForUserAsync(userId)</c> (a flag word, then For and the parameter, the entity word left out: the rows of
/// that user whose <c>IsRead</c> is false). A flag word that names no property stays refused.
/// </summary>
public class CountAndFlagLookupNameTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void Counts_named_by_the_entity_and_flag_lookups_for_a_parameter_read_what_they_say()
    {
        var run = Run("""
            namespace V;
            public class Notification { public int Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } }
            [InMemoryFake]
            public interface INotificationRepository
            {
                Task AddAsync(Notification notification);
                Task<int> GetNotificationCountAsync();
                long GetTotalNotificationsCount();
                Task<List<Notification>> GetUnreadForUserAsync(Guid userId);
                Task<List<Notification>> GetReadForUserAsync(Guid userId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    var ann = Guid.NewGuid();
                    var bob = Guid.NewGuid();
                    notifications.AddAsync(new Notification { UserId = ann }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = ann, IsRead = true }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = bob }).GetAwaiter().GetResult();
                    Is(3, notifications.GetNotificationCountAsync().GetAwaiter().GetResult(), "GetNotificationCountAsync counts every row");
                    Is(3L, notifications.GetTotalNotificationsCount(), "GetTotalNotificationsCount");
                    var unread = notifications.GetUnreadForUserAsync(ann).GetAwaiter().GetResult();
                    Is(1, unread.Count, "Ann's unread notifications");
                    Is(false, unread[0].IsRead, "an unread one");
                    Is(1, notifications.GetReadForUserAsync(ann).GetAwaiter().GetResult().Count, "Ann's read notifications");
                    Is(0, notifications.GetReadForUserAsync(bob).GetAwaiter().GetResult().Count, "Bob has read none");
                }
            }
            """);
    }

    [Fact]
    public void A_flag_word_alone_before_the_parameters_is_one_more_condition_as_in_its_count()
    {
        // Since session 24 (a lead's first try on a notification inbox and a user store): GetUnreadAsync(userId) beside
        // GetUnreadCountAsync(userId), and GetActive(tenantId), read the flag as the count and the parameterless
        // GetActive() already did. The result is this store's rows, so the entity word adds nothing.
        var run = Run("""
            namespace V;
            public class Notification { public int Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } }
            public class User { public int Id { get; set; } public int TenantId { get; set; } public bool IsActive { get; set; } }
            [InMemoryFake]
            public interface INotificationRepository
            {
                Task AddAsync(Notification notification);
                Task<IReadOnlyList<Notification>> GetUnreadAsync(Guid userId);
                Task<int> GetUnreadCountAsync(Guid userId);
            }
            [InMemoryFake]
            public interface IUserRepository
            {
                void Add(User user);
                IEnumerable<User> GetActive(int tenantId);
                IEnumerable<User> GetInactive(int tenantId);
                bool DeleteInactive(int tenantId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Prelude + """
                public static void Run()
                {
                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    var ann = Guid.NewGuid();
                    notifications.AddAsync(new Notification { UserId = ann }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = ann, IsRead = true }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = Guid.NewGuid() }).GetAwaiter().GetResult();
                    var unread = notifications.GetUnreadAsync(ann).GetAwaiter().GetResult();
                    Is(1, unread.Count, "Ann's unread notifications only");
                    Is(false, unread[0].IsRead, "an unread one");
                    Is(1, notifications.GetUnreadCountAsync(ann).GetAwaiter().GetResult(), "the count agrees");

                    IUserRepository users = new InMemoryUserRepository();
                    users.Add(new User { TenantId = 1, IsActive = true });
                    users.Add(new User { TenantId = 1, IsActive = false });
                    users.Add(new User { TenantId = 2, IsActive = true });
                    Is(1, users.GetActive(1).Count(), "tenant 1's active users");
                    Is(true, users.GetActive(1).Single().IsActive, "an active one");
                    Is(1, users.GetInactive(1).Count(), "tenant 1's inactive users");
                    Is(true, users.DeleteInactive(1), "the inactive user of tenant 1 is removed");
                    Is(0, users.GetInactive(1).Count(), "none left");
                    Is(1, users.GetActive(1).Count(), "the active one stays");
                    Is(1, users.GetActive(2).Count(), "tenant 2 untouched");
                }
            }
            """);
    }

    [Fact]
    public void Get_then_words_then_Count_counts_those_rows()
    {
        var run = Run("""
            namespace V;
            public class Notification { public int Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } }
            [InMemoryFake]
            public interface INotificationRepository
            {
                Task AddAsync(Notification notification);
                Task<int> GetUnreadCountAsync(Guid userId);
                Task<int> GetUnreadNotificationCountAsync(Guid userId);
                Task<long> GetNotificationCountForUserAsync(Guid userId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    INotificationRepository notifications = new InMemoryNotificationRepository();
                    var ann = Guid.NewGuid();
                    notifications.AddAsync(new Notification { UserId = ann }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = ann }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = ann, IsRead = true }).GetAwaiter().GetResult();
                    notifications.AddAsync(new Notification { UserId = Guid.NewGuid() }).GetAwaiter().GetResult();
                    Is(2, notifications.GetUnreadCountAsync(ann).GetAwaiter().GetResult(), "GetUnreadCountAsync: Ann's unread rows");
                    Is(2, notifications.GetUnreadNotificationCountAsync(ann).GetAwaiter().GetResult(), "GetUnreadNotificationCountAsync");
                    Is(3L, notifications.GetNotificationCountForUserAsync(ann).GetAwaiter().GetResult(), "GetNotificationCountForUserAsync: all of Ann's rows");
                }
            }
            """);
    }

    [Fact]
    public void Get_then_Count_by_the_key_or_beside_a_count_property_is_not_a_row_count()
    {
        var run = Run("""
            namespace V;
            public class Cart { public int Id { get; set; } public Guid UserId { get; set; } public int ItemCount { get; set; } }
            [InMemoryFake]
            public interface ICartRepository
            {
                Task AddAsync(Cart cart);
                Task<int> GetItemCountAsync(Guid userId);
                Task<int> GetCartCountAsync(int id);
            }
            """);
        // GetItemCountAsync(userId) of a cart with ItemCount reads the property (or counts the items), never the carts;
        // GetCartCountAsync(id) by the key would be 0 or 1.
        Assert.Equal(new[] { "IMF0001 GetCartCountAsync", "IMF0001 GetItemCountAsync" }, Refusals.Listed(run));
    }

    [Fact]
    public void A_word_before_For_that_names_no_flag_stays_refused()
    {
        var run = Run("""
            namespace V;
            public class Notification { public int Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } }
            [InMemoryFake]
            public interface INotificationRepository
            {
                Task AddAsync(Notification notification);
                Task<List<Notification>> GetLatestForUserAsync(Guid userId);
            }
            """);
        Refusals.Exactly(run, ("GetLatestForUserAsync", "'Latest' in 'GetLatestForUser' names neither the entity"));
    }
}
