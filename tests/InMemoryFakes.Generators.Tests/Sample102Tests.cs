using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample102 (booking and reservation systems): Nerova-Bookings' <c>ISessionRepository</c>, on PlatformPlatform's
/// <c>ICrudRepository&lt;T, TId&gt;</c>, names the reads that call <c>IgnoreQueryFilters()</c> with a trailing
/// <c>Unfiltered</c> (<c>GetByIdUnfilteredAsync(id)</c>, <c>GetActiveSessionsForUsersUnfilteredAsync(ids)</c>) beside
/// <c>GetByIdAsync(id)</c>, whose <c>DbSet.FindAsync</c> applies the context's tenant filter. Such a name reads past the
/// query filters as <c>FindIgnoreQueryFilters</c> does (<see cref="QueryFilterBypassTests"/>): it is the unfiltered read its
/// name starts with, and the plain reads of the entity are refused. On the first try (cc7c7c0f) <c>GetByIdAsync</c> found a
/// session of any tenant (silently wrong where the real store answers null for another tenant's) and
/// <c>GetByIdUnfilteredAsync</c> was refused (IMF0016: "Unfiltered" is no property of the key).
/// </summary>
public class Sample102Tests
{
    private const string Repo = Sources.Usings + "using System.Linq;\n" + """
        namespace S102;

        public class Session
        {
            public Guid Id { get; set; }
            public long TenantId { get; set; }
            public string UserId { get; set; } = "";
            public DateTimeOffset? RevokedAt { get; set; }
        }

        public interface ICrudRepository<T, in TId> where T : class
        {
            Task<T?> GetByIdAsync(TId id, CancellationToken cancellationToken);
            Task AddAsync(T aggregate, CancellationToken cancellationToken);
            void Update(T aggregate);
        }

        [InMemoryFake]
        public interface ISessionRepository : ICrudRepository<Session, Guid>
        {
            Task<Session?> GetByIdUnfilteredAsync(Guid sessionId, CancellationToken cancellationToken);
            Task<Session[]> GetAllUnfilteredAsync(CancellationToken cancellationToken);
            Task<Session[]> GetByUserIdAsync(string userId, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void A_read_named_Unfiltered_is_the_unfiltered_read_and_the_plain_reads_beside_it_are_refused_naming_it()
    {
        var run = GeneratorHarness.Run(Repo);
        Refusals.Exactly(run,
            ("GetByIdAsync", "the interface also has 'GetAllUnfilteredAsync', which reads past the store's global query filters, so 'GetByIdAsync' applies a filter (EF Core's HasQueryFilter: which rows it hides) that the signature does not show"),
            ("GetByUserIdAsync", "so 'GetByUserIdAsync' applies a filter"));
        Assert.Contains("Store.Where(e => …)", Refusals.Message(run, "GetByIdAsync"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Written_by_hand_with_the_tenant_filter_the_plain_read_leaves_unfiltered_reads_that_see_every_tenant()
    {
        var run = GeneratorHarness.Run(Repo + """

            public partial class InMemorySessionRepository
            {
                public long CurrentTenant { get; set; } = 1;

                public async Task<Session?> GetByIdAsync(Guid id, CancellationToken cancellationToken)
                    => (await Store.CallAsync(nameof(GetByIdAsync), cancellationToken, id)).FirstOrDefault(s => s.Id == id && s.TenantId == CurrentTenant);

                public async Task<Session[]> GetByUserIdAsync(string userId, CancellationToken cancellationToken)
                    => (await Store.CallAsync(nameof(GetByUserIdAsync), cancellationToken, userId)).Where(s => s.UserId == userId && s.TenantId == CurrentTenant).ToArray();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S102;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    var fake = new InMemorySessionRepository();
                    ISessionRepository sessions = fake;
                    var ct = CancellationToken.None;
                    var mine = Guid.NewGuid();
                    var theirs = Guid.NewGuid();
                    sessions.AddAsync(new Session { Id = mine, TenantId = 1, UserId = "alice" }, ct).GetAwaiter().GetResult();
                    sessions.AddAsync(new Session { Id = theirs, TenantId = 2, UserId = "alice" }, ct).GetAwaiter().GetResult();
                    Is(null, sessions.GetByIdAsync(theirs, ct).GetAwaiter().GetResult(), "the hand-written plain read applies the tenant filter");
                    Is(2L, sessions.GetByIdUnfilteredAsync(theirs, ct).GetAwaiter().GetResult()?.TenantId, "the Unfiltered read finds another tenant's session");
                    Is(null, sessions.GetByIdUnfilteredAsync(Guid.NewGuid(), ct).GetAwaiter().GetResult(), "and null for an id no session has");
                    Is(2, sessions.GetAllUnfilteredAsync(ct).GetAwaiter().GetResult().Length, "the Unfiltered list has every tenant's sessions");
                    Is(1, sessions.GetByUserIdAsync("alice", ct).GetAwaiter().GetResult().Length, "the hand-written plain query keeps to the tenant");
                    sessions.Update(new Session { Id = theirs, TenantId = 2, UserId = "alice", RevokedAt = DateTimeOffset.UnixEpoch });
                    Is(DateTimeOffset.UnixEpoch, sessions.GetByIdUnfilteredAsync(theirs, ct).GetAwaiter().GetResult()?.RevokedAt, "an update by entity writes past the filter, as EF Core's Update does");
                }
            }
            """);
    }
}
