using System;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Associations through the generated fakes of Fixtures/MemberDirectory.cs: claims kept beside members (matched by type
/// and value), membership of teams kept by the team fake on the same backend, cascades, snapshots and resets.
/// </summary>
public class AssociationBehaviourTests
{
    private static (IMemberDirectory Members, ITeamStore Teams, InMemoryMemberDirectory Fake) Create()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var members = new InMemoryMemberDirectory(backend);
        return (members, new InMemoryTeamStore(backend), members);
    }

    private static string[] Claims(IMemberDirectory members, Member member) => members.GetClaims(member).Select(static c => c.Type + "=" + c.Value).ToArray();

    [Fact]
    public async Task Claims_are_added_one_or_many_and_listed_in_order_rebuilt_as_new_claims()
    {
        var (members, _, _) = Create();
        var ann = members.Add(new Member { Id = 1, Email = "ann@x" });
        var added = new Claim("dept", "sales", ClaimValueTypes.String, "issuer");

        members.AddClaim(ann, added);
        await members.AddClaimsAsync(ann, [new Claim("level", "2"), new Claim("dept", "sales")], TestContext.Current.CancellationToken);

        Assert.Equal(["dept=sales", "level=2", "dept=sales"], Claims(members, ann));
        Assert.NotSame(added, members.GetClaims(ann)[0]);
        Assert.Equal(ClaimsIdentity.DefaultIssuer, members.GetClaims(ann)[0].Issuer);
    }

    [Fact]
    public void Removing_a_claim_matches_type_and_value_of_another_instance_and_removes_every_copy()
    {
        var (members, _, _) = Create();
        var ann = members.Add(new Member { Id = 1 });
        members.AddClaim(ann, new Claim("dept", "sales"));
        members.AddClaim(ann, new Claim("dept", "support"));
        members.AddClaim(ann, new Claim("dept", "sales"));

        members.RemoveClaim(ann, new Claim("dept", "sales"));
        members.RemoveClaim(ann, new Claim("Dept", "support"));

        Assert.Equal(["dept=support"], Claims(members, ann));
    }

    [Fact]
    public void Removing_several_claims_at_once_keeps_the_others()
    {
        var (members, _, _) = Create();
        var ann = members.Add(new Member { Id = 1 });
        members.AddClaim(ann, new Claim("a", "1"));
        members.AddClaim(ann, new Claim("b", "2"));
        members.AddClaim(ann, new Claim("c", "3"));

        members.RemoveClaims(ann, [new Claim("a", "1"), new Claim("c", "3")]);

        Assert.Equal(["b=2"], Claims(members, ann));
    }

    [Fact]
    public void Replacing_a_claim_replaces_every_row_with_its_type_and_value_in_place()
    {
        var (members, _, _) = Create();
        var ann = members.Add(new Member { Id = 1 });
        members.AddClaim(ann, new Claim("level", "2"));
        members.AddClaim(ann, new Claim("dept", "sales"));
        members.AddClaim(ann, new Claim("level", "2"));

        members.ReplaceClaim(ann, new Claim("level", "2"), new Claim("grade", "3"));

        Assert.Equal(["grade=3", "dept=sales", "grade=3"], Claims(members, ann));
    }

    [Fact]
    public void The_members_for_a_claim_are_those_holding_its_type_and_value()
    {
        var (members, _, _) = Create();
        var ann = members.Add(new Member { Id = 1, Email = "ann@x" });
        var bob = members.Add(new Member { Id = 2, Email = "bob@x" });
        members.Add(new Member { Id = 3, Email = "cy@x" });
        members.AddClaim(ann, new Claim("dept", "sales"));
        members.AddClaim(bob, new Claim("dept", "sales"));
        members.AddClaim(bob, new Claim("dept", "support"));

        Assert.Equal(["ann@x", "bob@x"], members.GetMembersForClaim(new Claim("dept", "sales")).Select(static m => m.Email));
        Assert.Empty(members.GetMembersForClaim(new Claim("dept", "hr")));
    }

    [Fact]
    public void A_claim_for_a_member_that_is_not_stored_is_not_found_and_null_arguments_are_named()
    {
        var (members, _, fake) = Create();
        var stranger = new Member { Id = 9 };

        Assert.Throws<NotFoundException>(() => members.AddClaim(stranger, new Claim("a", "1")));
        Assert.Throws<ArgumentNullException>("claim", () => members.AddClaim(members.Add(new Member { Id = 1 }), null!));
        Assert.Throws<ArgumentNullException>("claims", () => members.RemoveClaims(new Member { Id = 1 }, [null!]));
        Assert.Throws<ArgumentNullException>("member", () => members.GetClaims(null!));
        Assert.Empty(members.GetClaims(stranger));
        Assert.Equal(1, Fakes.Of(fake).Count);
    }

    [Fact]
    public void Team_membership_refers_to_the_team_fake_on_the_same_backend_by_the_property_the_parameter_names()
    {
        var (members, teams, _) = Create();
        teams.Add(new Team { Id = "t1", Code = "RED", Name = "Red team" });
        teams.Add(new Team { Id = "t2", Code = "BLUE", Name = "Blue team" });
        var ann = members.Add(new Member { Id = 1, Email = "ann@x" });
        var bob = members.Add(new Member { Id = 2, Email = "bob@x" });

        members.AddToTeam(ann, "RED");
        members.AddToTeam(ann, "BLUE");
        members.AddToTeam(bob, "RED");
        members.RemoveFromTeam(ann, "BLUE");
        members.RemoveFromTeam(ann, "GREEN");

        Assert.True(members.IsInTeam(ann, "RED"));
        Assert.False(members.IsInTeam(ann, "BLUE"));
        Assert.False(members.IsInTeam(ann, "Red team"));
        Assert.Equal(["Red team"], members.GetTeams(ann));
        Assert.Equal(["ann@x", "bob@x"], members.GetMembersInTeam("RED").Select(static m => m.Email));
        Assert.Empty(members.GetMembersInTeam("GREEN"));
    }

    [Fact]
    public void Joining_a_team_that_does_not_exist_throws_InvalidOperationException_and_joining_twice_is_a_duplicate()
    {
        var (members, teams, _) = Create();
        var ann = members.Add(new Member { Id = 1 });

        var missing = Assert.Throws<InvalidOperationException>(() => members.AddToTeam(ann, "RED"));
        teams.Add(new Team { Id = "t1", Code = "RED" });
        members.AddToTeam(ann, "RED");

        Assert.Equal("Team RED does not exist.", missing.Message);
        Assert.Throws<DuplicateKeyException>(() => members.AddToTeam(ann, "RED"));
        Assert.Throws<ArgumentException>("teamCode", () => members.AddToTeam(ann, " "));
        Assert.Single(members.GetMembersInTeam("RED"));
    }

    [Fact]
    public void Without_a_team_fake_on_the_backend_there_are_no_teams()
    {
        var members = new InMemoryMemberDirectory(new ManualClock());
        var ann = members.Add(new Member { Id = 1 });

        var error = Assert.Throws<InvalidOperationException>(() => members.AddToTeam(ann, "RED"));
        Assert.Equal("Team RED does not exist. (No fake on this fake's InMemoryBackend stores InMemoryFakes.Generators.Tests.Fixtures.Team: create the fake that stores them on the same backend.)", error.Message);
        Assert.False(members.IsInTeam(ann, "RED"));
        Assert.Empty(members.GetTeams(ann));
    }

    [Fact]
    public void A_deleted_team_no_longer_lists_its_members()
    {
        var (members, teams, _) = Create();
        teams.Add(new Team { Id = "t1", Code = "RED", Name = "Red" });
        var ann = members.Add(new Member { Id = 1 });
        members.AddToTeam(ann, "RED");

        teams.Delete("t1");

        Assert.Empty(members.GetTeams(ann));
        Assert.False(members.IsInTeam(ann, "RED"));
    }

    [Fact]
    public void Deleting_a_member_by_key_or_by_entity_drops_their_rows_so_a_new_member_with_that_key_starts_empty()
    {
        var (members, teams, fake) = Create();
        teams.Add(new Team { Id = "t1", Code = "RED" });
        var ann = members.Add(new Member { Id = 1 });
        var bob = members.Add(new Member { Id = 2 });
        members.AddClaim(ann, new Claim("dept", "sales"));
        members.AddToTeam(ann, "RED");
        members.AddClaim(bob, new Claim("dept", "sales"));

        members.Delete(1);
        members.Remove(bob);
        var again = members.Add(new Member { Id = 1 });

        Assert.Empty(members.GetClaims(again));
        Assert.False(members.IsInTeam(again, "RED"));
        Assert.Empty(members.GetMembersForClaim(new Claim("dept", "sales")));
        Assert.Equal(1, Fakes.Of(fake).Count);
    }

    [Fact]
    public void A_snapshot_restores_claims_and_memberships_and_Reset_and_Clear_remove_them()
    {
        var (members, teams, fake) = Create();
        teams.Add(new Team { Id = "t1", Code = "RED" });
        var ann = members.Add(new Member { Id = 1 });
        members.AddClaim(ann, new Claim("dept", "sales"));
        members.AddToTeam(ann, "RED");
        var snapshot = Fakes.Of(fake).Snapshot();

        members.ReplaceClaim(ann, new Claim("dept", "sales"), new Claim("dept", "hr"));
        members.RemoveFromTeam(ann, "RED");
        Fakes.Of(fake).Restore(snapshot);

        Assert.Equal(["dept=sales"], Claims(members, ann));
        Assert.True(members.IsInTeam(ann, "RED"));

        Fakes.Of(fake).Clear();
        members.Add(new Member { Id = 1 });
        Assert.Empty(members.GetClaims(ann));
        Assert.False(members.IsInTeam(ann, "RED"));

        members.AddClaim(ann, new Claim("dept", "sales"));
        Fakes.Of(fake).Reset();
        Assert.Equal(0, Fakes.Of(fake).Count);
    }
}
