using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Bulk flag writes of notification, inbox and task repositories (<c>MarkAllAsReadAsync(userId)</c>,
/// <c>ArchiveAllForUserAsync(userId)</c>, <c>MarkAsReadAsync(IEnumerable&lt;Guid&gt; ids)</c>): refused (IMF0001) before session
/// 21 although the single-row forms (<c>MarkAsRead(id)</c>, <c>Archive(id)</c>) and the filtered reads and deletes
/// (<c>GetUnreadForUser(userId)</c>, <c>DeleteAllByUserId(userId)</c>) worked. The flag is proven as the single-row form
/// proves it, the filter as the filtered reads bind it; the write is one table operation, as EF Core's <c>ExecuteUpdate</c>.
/// </summary>
public class BulkFlagWriteTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private const string Notifications = """
        namespace V;
        public class Notification { public Guid Id { get; set; } public Guid UserId { get; set; } public string Text { get; set; } = ""; public bool IsRead { get; set; } public bool IsArchived { get; set; } public int Version { get; set; } }
        [InMemoryFake]
        public interface INotificationRepository
        {
            Task AddAsync(Notification notification);
            Task<Notification?> GetByIdAsync(Guid id);
            Task MarkAllAsReadAsync(Guid userId);
            Task<int> ArchiveAllForUserAsync(Guid userId, CancellationToken cancellationToken = default);
            bool UnarchiveAllNotificationsByUserId(Guid userId);
            long MarkAllAsUnread();
            Task MarkAsReadAsync(IEnumerable<Guid> ids);
            int MarkAsUnread(Guid[] notificationIds);
            Task<bool> ArchiveAsync(IReadOnlyCollection<Guid> ids);
        }
        """;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_bulk_flag_write_sets_the_flag_on_exactly_the_rows_its_parameters_select()
    {
        var run = Run(Notifications);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    INotificationRepository repository = new InMemoryNotificationRepository();
                    var alice = Guid.NewGuid();
                    var bob = Guid.NewGuid();
                    var a1 = new Notification { UserId = alice, Text = "a1" };
                    var a2 = new Notification { UserId = alice, Text = "a2", IsRead = true };
                    var b1 = new Notification { UserId = bob, Text = "b1" };
                    foreach (var n in new[] { a1, a2, b1 }) repository.AddAsync(n).GetAwaiter().GetResult();
                    Notification Read(Notification n) => repository.GetByIdAsync(n.Id).GetAwaiter().GetResult()!;
                    var versionBefore = Read(a1).Version;

                    repository.MarkAllAsReadAsync(alice).GetAwaiter().GetResult();
                    Is(true, Read(a1).IsRead, "alice's unread notification is read");
                    Is(true, Read(a2).IsRead, "alice's read one stays read");
                    Is(false, Read(b1).IsRead, "bob's is untouched");
                    Is("a1", Read(a1).Text, "the other properties stay");
                    Is(versionBefore + 1, Read(a1).Version, "the concurrency token is bumped as an update bumps it");
                    Is(false, a1.IsRead, "the caller's instance is not the stored one");

                    Is(2, repository.ArchiveAllForUserAsync(alice).GetAwaiter().GetResult(), "the count of every matched row");
                    Is(2, repository.ArchiveAllForUserAsync(alice).GetAwaiter().GetResult(), "rows already archived count too, as ExecuteUpdate counts them");
                    Is(0, repository.ArchiveAllForUserAsync(Guid.NewGuid()).GetAwaiter().GetResult(), "no row of an unknown user");
                    Is(false, Read(b1).IsArchived, "bob's is not archived");
                    Is(true, repository.UnarchiveAllNotificationsByUserId(alice), "Unarchive… matched rows");
                    Is(false, Read(a1).IsArchived, "Unarchive… clears the flag");
                    Is(false, repository.UnarchiveAllNotificationsByUserId(Guid.NewGuid()), "no row matched");

                    Is(3L, repository.MarkAllAsUnread(), "no parameter: every row");
                    Is(false, Read(a2).IsRead, "every row is unread");
                    Is(false, Read(b1).IsRead, "bob's too");
                }
            }
            """);
    }

    [Fact]
    public void A_flag_write_over_a_collection_of_keys_treats_a_missing_key_as_the_single_row_form_does()
    {
        var run = Run(Notifications);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    INotificationRepository repository = new InMemoryNotificationRepository();
                    var user = Guid.NewGuid();
                    var n1 = new Notification { UserId = user };
                    var n2 = new Notification { UserId = user };
                    var n3 = new Notification { UserId = user };
                    foreach (var n in new[] { n1, n2, n3 }) repository.AddAsync(n).GetAwaiter().GetResult();
                    Notification Read(Notification n) => repository.GetByIdAsync(n.Id).GetAwaiter().GetResult()!;
                    var versionBefore = Read(n1).Version;

                    repository.MarkAsReadAsync(new List<Guid> { n1.Id, n2.Id, n1.Id }).GetAwaiter().GetResult();
                    Is(true, Read(n1).IsRead, "n1 is read");
                    Is(true, Read(n2).IsRead, "n2 is read");
                    Is(false, Read(n3).IsRead, "n3 was not given");
                    Is(versionBefore + 1, Read(n1).Version, "a key given twice is written once");

                    Throws<NotFoundException>(() => repository.MarkAsReadAsync(new[] { n3.Id, Guid.NewGuid() }).GetAwaiter().GetResult(), null, "a missing key, as MarkAsRead(id) of a missing id");
                    Is(false, Read(n3).IsRead, "nothing changed when a key is missing");
                    Throws<ArgumentNullException>(() => repository.MarkAsReadAsync(null!).GetAwaiter().GetResult(), "ids", "null keys");

                    Is(2, repository.MarkAsUnread(new[] { n1.Id, Guid.NewGuid(), n2.Id }), "a count skips the missing key, as the single-row count gives 0 for it");
                    Is(false, Read(n1).IsRead, "n1 is unread again");
                    Is(true, repository.ArchiveAsync(new[] { n3.Id }).GetAwaiter().GetResult(), "bool: some row was written");
                    Is(false, repository.ArchiveAsync(new[] { Guid.NewGuid() }).GetAwaiter().GetResult(), "bool: none was");
                    Is(true, Read(n3).IsArchived, "n3 is archived");
                }
            }
            """);
    }

    [Fact]
    public void A_bulk_flag_write_stamps_each_row_it_writes_as_a_single_update_does()
    {
        var run = Run("""
            namespace V;
            public class Notification { public Guid Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } public DateTime? UpdatedAt { get; set; } }
            [InMemoryFake(UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Leave)]
            public interface INotificationRepository
            {
                void Add(Notification notification);
                Notification? Find(Guid id);
                int MarkAllAsRead(Guid userId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
                    INotificationRepository repository = new InMemoryNotificationRepository(clock);
                    var user = Guid.NewGuid();
                    var mine = new Notification { UserId = user };
                    var other = new Notification { UserId = Guid.NewGuid() };
                    repository.Add(mine);
                    repository.Add(other);
                    clock.Advance(TimeSpan.FromHours(1));

                    Is(1, repository.MarkAllAsRead(user), "one row of the user");
                    Is(new DateTime(2026, 1, 1, 1, 0, 0, DateTimeKind.Utc), repository.Find(mine.Id)!.UpdatedAt, "the written row is stamped with the fake's clock");
                    Is(null, repository.Find(other.Id)!.UpdatedAt, "the other row is not written, so not stamped");
                }
            }
            """);
    }

    [Fact]
    public void A_bulk_flag_write_of_a_repository_whose_writes_wait_for_its_save_waits_too()
    {
        var run = Run("""
            namespace V;
            public class TaskItem { public int Id { get; set; } public int ProjectId { get; set; } public bool IsCompleted { get; set; } }
            [InMemoryFake]
            public interface ITaskRepository
            {
                void Add(TaskItem task);
                TaskItem? GetById(int id);
                int CountCompletedForProject(int projectId);
                int CompleteAllForProject(int projectId);
                void MarkAsCompleted(List<int> ids);
                int SaveChanges();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ITaskRepository repository = new InMemoryTaskRepository();
                    repository.Add(new TaskItem { ProjectId = 1 });
                    repository.Add(new TaskItem { ProjectId = 1 });
                    repository.Add(new TaskItem { ProjectId = 2 });
                    repository.SaveChanges();

                    Is(2, repository.CompleteAllForProject(1), "two tasks of project 1 match");
                    Is(0, repository.CountCompletedForProject(1), "nothing is stored before the save (a query reads the table)");
                    Is(true, repository.GetById(1)!.IsCompleted, "the tracked task is changed");
                    Is(2, repository.SaveChanges(), "the save writes both");
                    Is(2, repository.CountCompletedForProject(1), "stored after the save");
                    Is(0, repository.CountCompletedForProject(2), "project 2 untouched");

                    repository.MarkAsCompleted(new List<int> { 3 });
                    Is(0, repository.CountCompletedForProject(2), "the keys form waits too");
                    Is(1, repository.SaveChanges(), "and is saved");
                    Is(1, repository.CountCompletedForProject(2), "stored");
                }
            }
            """);
    }

    [Fact]
    public void A_bulk_flag_write_is_refused_where_its_flag_or_its_rows_are_not_proven()
    {
        var run = Run("""
            namespace V;
            public class Notification { public Guid Id { get; set; } public Guid UserId { get; set; } public bool IsRead { get; set; } public DateTime? ReadAt { get; set; } public bool IsArchived { get; set; } public string? ArchivedBy { get; set; } }
            [InMemoryFake]
            public interface INotificationRepository
            {
                Task AddAsync(Notification notification);
                Task MarkAllAsReadAsync(Guid userId);
                Task ArchiveAllForUserAsync(Guid userId);
                void MarkAllAsSeen(Guid userId);
                void MarkAllAsReadForUser();
                void MarkAllAsReadLater(Guid userId);
                void MarkAllAsRead(Guid id);
                void MarkAllNotificationsAsRead(string channel);
                string MarkAllAsReadOrNot(Guid userId);
            }
            """);
        Refusals.Exactly(
            run,
            ("MarkAllAsReadAsync", "'Read' names the bool IsRead, and Notification also has ReadAt, which the real store may stamp at the same time, with a time the signature does not give"),
            ("ArchiveAllForUserAsync", "'Archive' reads as setting the bool IsArchived (its verb's participle), and Notification also has ArchivedBy, which the real store may set at the same time, with a value the signature does not give"),
            ("MarkAllAsSeen", "'Seen' names neither a bool property (IsSeen, Seen) nor a member of an enum property of Notification"),
            ("MarkAllAsReadForUser", "'ForUser' in 'MarkAllAsReadForUser' says which Notification rows it changes, but it takes no parameter to compare them with"),
            ("MarkAllAsReadLater", "'ReadLater' names neither a bool property"),
            ("MarkAllAsRead", "'All' in 'MarkAllAsRead' says many rows, and 'id' is the key of Notification, which selects one"),
            ("MarkAllNotificationsAsRead", "parameter 'channel' names neither the key (Id) nor a property of Notification"),
            ("MarkAllAsReadOrNot", "a bulk flag write returns nothing, the number of rows it matched (int or long) or whether it matched any (bool)"));
    }

    [Fact]
    public void A_verb_without_its_flag_stays_not_a_known_verb_in_the_bulk_form_too()
    {
        var run = Run("""
            namespace V;
            public class Member { public int Id { get; set; } public int TenantId { get; set; } public bool IsLocked { get; set; } }
            [InMemoryFake]
            public interface IMemberRepository
            {
                void Add(Member member);
                void SuspendAllByTenant(int tenantId);
                void ArchiveAllFromTenant(int tenantId);
            }
            """);
        Refusals.Exactly(
            run,
            ("SuspendAllByTenant", "'SuspendAllByTenant' is not a known verb"),
            ("ArchiveAllFromTenant", "'ArchiveAllFromTenant' is not a known verb"));
    }

    [Fact]
    public void A_verb_whose_state_is_an_adjective_writes_the_flag_in_the_bulk_form_too()
    {
        var run = Run("""
            namespace V;
            public class Member { public int Id { get; set; } public int TenantId { get; set; } public bool IsActive { get; set; } }
            [InMemoryFake]
            public interface IMemberRepository
            {
                void Add(Member member);
                Member? Find(int id);
                int DeactivateAllByTenant(int tenantId);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IMemberRepository members = new InMemoryMemberRepository();
                    var a = new Member { TenantId = 1, IsActive = true };
                    var b = new Member { TenantId = 1, IsActive = true };
                    var c = new Member { TenantId = 2, IsActive = true };
                    members.Add(a);
                    members.Add(b);
                    members.Add(c);
                    Is(2, members.DeactivateAllByTenant(1), "DeactivateAllByTenant counts the tenant's rows");
                    Is(false, members.Find(a.Id)!.IsActive, "a deactivated");
                    Is(false, members.Find(b.Id)!.IsActive, "b deactivated");
                    Is(true, members.Find(c.Id)!.IsActive, "another tenant's member stays active");
                }
            }
            """);
    }
}
