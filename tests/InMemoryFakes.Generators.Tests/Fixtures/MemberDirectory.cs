using System.Collections.Generic;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

// Associations with no ASP.NET Core Identity in sight: claims attached to members, and membership of teams (another
// entity, kept by the team fake on the same backend), in names the convention reads.

public sealed class Member
{
    public int Id { get; set; }

    public string Email { get; set; } = "";
}

public sealed class Team
{
    public string Id { get; set; } = "";

    public string Code { get; set; } = "";

    public string? Name { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface IMemberDirectory
{
    Member Add(Member member);

    Member? Find(int id);

    bool Delete(int id);

    void Remove(Member member);

    void AddClaim(Member member, Claim claim);

    Task AddClaimsAsync(Member member, IEnumerable<Claim> claims, CancellationToken cancellationToken = default);

    IReadOnlyList<Claim> GetClaims(Member member);

    void RemoveClaim(Member member, Claim claim);

    void RemoveClaims(Member member, IEnumerable<Claim> claims);

    void ReplaceClaim(Member member, Claim claim, Claim newClaim);

    IList<Member> GetMembersForClaim(Claim claim);

    void AddToTeam(Member member, string teamCode);

    void RemoveFromTeam(Member member, string teamCode);

    bool IsInTeam(Member member, string teamCode);

    string[] GetTeams(Member member);

    List<Member> GetMembersInTeam(string teamCode);
}

[InMemoryFake]
public interface ITeamStore
{
    void Add(Team team);

    bool Delete(string id);
}
