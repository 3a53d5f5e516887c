using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A bare verb whose past participle is a <c>bool</c> flag of the entity (<c>ArchiveAsync(id)</c> of a movie with
/// <c>IsArchived</c>, <c>PublishPost(id)</c> with <c>IsPublished</c>, <c>Unarchive(id)</c>): found by the lead's first try
/// on fresh interfaces (session 20), refused as "not a known verb" although the flag proves what it sets. Refused when
/// another property has the verb's stem (<c>ArchivedAt</c>: the real store may stamp it too), and never for a verb the
/// conventions read otherwise (<c>Delete(id)</c> of an entity with <c>IsDeleted</c> still removes it).
/// </summary>
public class ParticipleFlagTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_verb_whose_participle_is_a_bool_flag_sets_it_on_the_row_found_by_key()
    {
        var run = Run("""
            namespace V;
            public class Movie { public int Id { get; set; } public string Title { get; set; } = ""; public bool IsArchived { get; set; } }
            public class Post { public Guid Id { get; set; } public bool Published { get; set; } public bool IsVerified { get; set; } public bool IsCanceled { get; set; } }
            [InMemoryFake]
            public interface IMovieRepository
            {
                Task AddAsync(Movie movie);
                Task<Movie?> GetByIdAsync(int id);
                Task ArchiveAsync(int id);
                Task<bool> UnarchiveMovieAsync(int id, CancellationToken cancellationToken = default);
                Task DeleteAsync(int id);
            }
            [InMemoryFake]
            public interface IPostRepository
            {
                void Add(Post post);
                Post? Find(Guid id);
                int PublishPost(Guid id);
                void Verify(Guid id);
                void Cancel(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMovieRepository movies = new InMemoryMovieRepository();
                    var movie = new Movie { Title = "Heat" };
                    movies.AddAsync(movie).GetAwaiter().GetResult();
                    movies.ArchiveAsync(movie.Id).GetAwaiter().GetResult();
                    Is(true, movies.GetByIdAsync(movie.Id).GetAwaiter().GetResult()!.IsArchived, "ArchiveAsync sets IsArchived");
                    Is("Heat", movies.GetByIdAsync(movie.Id).GetAwaiter().GetResult()!.Title, "the other properties stay");
                    Is(true, movies.UnarchiveMovieAsync(movie.Id).GetAwaiter().GetResult(), "UnarchiveMovieAsync of a stored movie");
                    Is(false, movies.GetByIdAsync(movie.Id).GetAwaiter().GetResult()!.IsArchived, "UnarchiveMovieAsync clears IsArchived");
                    Is(false, movies.UnarchiveMovieAsync(999).GetAwaiter().GetResult(), "UnarchiveMovieAsync of a missing id answers false");
                    Throws<NotFoundException>(() => movies.ArchiveAsync(999).GetAwaiter().GetResult(), null, "ArchiveAsync of a missing id");
                    movies.DeleteAsync(movie.Id).GetAwaiter().GetResult();
                    Is(null, movies.GetByIdAsync(movie.Id).GetAwaiter().GetResult(), "DeleteAsync still removes");

                    IPostRepository posts = new InMemoryPostRepository();
                    var post = new Post { Id = Guid.NewGuid() };
                    posts.Add(post);
                    Is(1, posts.PublishPost(post.Id), "PublishPost counts the row it updated");
                    Is(0, posts.PublishPost(Guid.NewGuid()), "PublishPost of a missing id updates none");
                    posts.Verify(post.Id);
                    posts.Cancel(post.Id);
                    var read = posts.Find(post.Id)!;
                    Is(true, read.Published, "Published");
                    Is(true, read.IsVerified, "Verify → IsVerified");
                    Is(true, read.IsCanceled, "Cancel → IsCanceled");
                }
            }
            """);
    }

    [Fact]
    public void A_verb_and_a_noun_set_the_flag_the_noun_begins_with()
    {
        var run = Run("""
            namespace V;
            public class User { public Guid Id { get; set; } public string Email { get; set; } = ""; public bool EmailConfirmed { get; set; } public bool PhoneNumberConfirmed { get; set; } public bool IsAccountLocked { get; set; } }
            [InMemoryFake]
            public interface IUserRepository
            {
                Task CreateAsync(User user);
                Task<User?> GetByIdAsync(Guid id);
                Task ConfirmEmailAsync(Guid userId);
                Task<bool> ConfirmPhoneNumberAsync(Guid userId);
                void UnlockAccount(Guid id);
                void LockAccount(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IUserRepository users = new InMemoryUserRepository();
                    var user = new User { Id = Guid.NewGuid(), Email = "a@b.c" };
                    users.CreateAsync(user).GetAwaiter().GetResult();
                    users.ConfirmEmailAsync(user.Id).GetAwaiter().GetResult();
                    var read = users.GetByIdAsync(user.Id).GetAwaiter().GetResult()!;
                    Is(true, read.EmailConfirmed, "ConfirmEmailAsync sets EmailConfirmed");
                    Is(false, read.PhoneNumberConfirmed, "and not PhoneNumberConfirmed");
                    Is(true, users.ConfirmPhoneNumberAsync(user.Id).GetAwaiter().GetResult(), "ConfirmPhoneNumberAsync of a stored user");
                    Is(true, users.GetByIdAsync(user.Id).GetAwaiter().GetResult()!.PhoneNumberConfirmed, "PhoneNumberConfirmed");
                    users.LockAccount(user.Id);
                    Is(true, users.GetByIdAsync(user.Id).GetAwaiter().GetResult()!.IsAccountLocked, "LockAccount sets IsAccountLocked");
                    users.UnlockAccount(user.Id);
                    Is(false, users.GetByIdAsync(user.Id).GetAwaiter().GetResult()!.IsAccountLocked, "UnlockAccount clears it");
                    Throws<NotFoundException>(() => users.UnlockAccount(Guid.NewGuid()), null, "UnlockAccount of a missing id");
                }
            }
            """);
    }

    [Fact]
    public void A_participle_flag_beside_another_property_of_its_stem_is_refused()
    {
        var run = Run("""
            namespace V;
            public class Movie { public int Id { get; set; } public bool IsArchived { get; set; } public DateTime? ArchivedAt { get; set; } }
            public class Note { public int Id { get; set; } public bool IsLocked { get; set; } public string? LockedBy { get; set; } }
            [InMemoryFake]
            public interface IMovieRepository
            {
                Task AddAsync(Movie movie);
                Task ArchiveAsync(int id);
            }
            [InMemoryFake]
            public interface INoteRepository
            {
                void Add(Note note);
                void Lock(int id);
            }
            """);
        Refusals.Exactly(
            run,
            ("ArchiveAsync", "'Archive' reads as setting the bool IsArchived (its verb's participle), and Movie also has ArchivedAt, which the real store may set at the same time, with a value the signature does not give"),
            ("Lock", "'Lock' reads as setting the bool IsLocked (its verb's participle), and Note also has LockedBy, which the real store may set at the same time"));
    }

    [Fact]
    public void A_verb_without_its_flag_or_with_more_than_the_key_stays_refused()
    {
        var run = Run("""
            namespace V;
            public class Movie { public int Id { get; set; } public string Title { get; set; } = ""; public bool IsArchived { get; set; } }
            [InMemoryFake]
            public interface IMovieRepository
            {
                Task AddAsync(Movie movie);
                Task PublishAsync(int id);
                Task ArchiveAsync(int id, string reason);
            }
            """);
        Refusals.Exactly(
            run,
            ("PublishAsync", "'Publish' is not a known verb"),
            ("ArchiveAsync", "'reason'"));
    }

    [Fact]
    public void Activate_deactivate_and_disable_set_the_adjective_flag_their_state_is()
    {
        var run = Run("""
            namespace V;
            public class Account { public int Id { get; set; } public string Name { get; set; } = ""; public bool IsActive { get; set; } public bool IsEnabled { get; set; } }
            public class Member { public int Id { get; set; } public bool Active { get; set; } }
            [InMemoryFake]
            public interface IAccountRepository
            {
                Task AddAsync(Account account);
                Task<Account?> GetByIdAsync(int id);
                Task ActivateAsync(int id);
                Task DeactivateAsync(int id);
                Task<bool> EnableAsync(int id);
                Task<bool> DisableAsync(int id);
            }
            [InMemoryFake]
            public interface IMemberRepository
            {
                void Add(Member member);
                Member? Find(int id);
                void ActivateMember(int id);
                void DeactivateMember(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IAccountRepository accounts = new InMemoryAccountRepository();
                    var account = new Account { Name = "a" };
                    accounts.AddAsync(account).GetAwaiter().GetResult();
                    accounts.ActivateAsync(account.Id).GetAwaiter().GetResult();
                    Is(true, accounts.GetByIdAsync(account.Id).GetAwaiter().GetResult()!.IsActive, "ActivateAsync sets IsActive");
                    accounts.DeactivateAsync(account.Id).GetAwaiter().GetResult();
                    Is(false, accounts.GetByIdAsync(account.Id).GetAwaiter().GetResult()!.IsActive, "DeactivateAsync clears IsActive");
                    Is(true, accounts.EnableAsync(account.Id).GetAwaiter().GetResult(), "EnableAsync of a stored account");
                    Is(true, accounts.GetByIdAsync(account.Id).GetAwaiter().GetResult()!.IsEnabled, "EnableAsync sets IsEnabled");
                    Is(true, accounts.DisableAsync(account.Id).GetAwaiter().GetResult(), "DisableAsync of a stored account");
                    Is(false, accounts.GetByIdAsync(account.Id).GetAwaiter().GetResult()!.IsEnabled, "DisableAsync clears IsEnabled");
                    Is(false, accounts.DisableAsync(999).GetAwaiter().GetResult(), "DisableAsync of a missing id answers false");
                    Throws<NotFoundException>(() => accounts.ActivateAsync(999).GetAwaiter().GetResult(), null, "ActivateAsync of a missing id");

                    IMemberRepository members = new InMemoryMemberRepository();
                    var member = new Member();
                    members.Add(member);
                    members.ActivateMember(member.Id);
                    Is(true, members.Find(member.Id)!.Active, "ActivateMember sets Active");
                    members.DeactivateMember(member.Id);
                    Is(false, members.Find(member.Id)!.Active, "DeactivateMember clears Active");
                }
            }
            """);
    }

    [Fact]
    public void Deactivate_beside_a_property_with_its_stem_is_refused()
    {
        var run = Run("""
            namespace V;
            public class Device { public int Id { get; set; } public bool IsActive { get; set; } public DateTime? DeactivatedAt { get; set; } }
            [InMemoryFake]
            public interface IDeviceRepository
            {
                void Add(Device device);
                void Deactivate(int id);
            }
            """);
        Refusals.Exactly(run, ("Deactivate", "'Deactivate' reads as setting the bool IsActive (the state its verb names), and Device also has DeactivatedAt, which the real store may set at the same time"));
    }
}
