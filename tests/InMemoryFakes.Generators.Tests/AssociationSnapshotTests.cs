using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The generated source of associations (side tables of claims and of team memberships), compared with an approved file.</summary>
public class AssociationSnapshotTests
{
    private const string Source = Sources.Usings + """
        using System.Security.Claims;

        namespace Clubs;

        public class Member
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
        }

        public class Team
        {
            public string Id { get; set; } = "";
            public string Code { get; set; } = "";
            public string? Name { get; set; }
        }

        [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
        public interface IMembers
        {
            void Add(Member member);
            Task DeleteAsync(Member member, CancellationToken cancellationToken = default);
            Task AddClaimsAsync(Member member, IEnumerable<Claim> claims, CancellationToken cancellationToken = default);
            Task<IList<Claim>> GetClaimsAsync(Member member, CancellationToken cancellationToken = default);
            Task ReplaceClaimAsync(Member member, Claim claim, Claim newClaim, CancellationToken cancellationToken = default);
            Task<IList<Member>> GetMembersForClaimAsync(Claim claim, CancellationToken cancellationToken = default);
            Task AddToTeamAsync(Member member, string teamCode, CancellationToken cancellationToken = default);
            Task<bool> IsInTeamAsync(Member member, string teamCode, CancellationToken cancellationToken = default);
            Task<IList<string>> GetTeamsAsync(Member member, CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public void Entity_repository_with_claims_and_team_memberships_in_side_tables()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }
}
