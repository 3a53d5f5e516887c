using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>Associations whose meaning cannot be proven are refused with a diagnostic that says why, never guessed.</summary>
public class AssociationRefusalTests
{
    private const string Members = Sources.Usings + """
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
        }

        public class Note
        {
            public string Text { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string members) => GeneratorHarness.Run(Members + """
        [InMemoryFake]
        public interface IMembers
        {
            void Add(Member member);
            Member? Find(int id);
        """ + members + """
        }
        """);

    [Fact]
    public void Membership_of_a_noun_that_names_no_entity_type_beside_the_entity_is_refused()
    {
        var run = Run("""
                void AddToClub(Member member, string clubName);
                bool IsInClub(Member member, string clubName);
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(
            "'AddToClub' of IMembers matches no entity association convention: 'Club' names no entity type beside Member in Clubs (looked for Club), so the fake cannot know which table holds them. Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(AddToClub), member, clubName) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddToClub"));
    }

    [Fact]
    public void Membership_by_a_parameter_that_names_no_property_of_the_other_entity_is_refused()
    {
        var run = Run("""
                void AddToTeam(Member member, string teamColour);
            """);

        Assert.Equal(
            "'AddToTeam' of IMembers matches no entity association convention: parameter 'teamColour' names no property of Team (without the noun 'Team', 'Colour' should name one, as normalizedRoleName names NormalizedName). Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(AddToTeam), member, teamColour) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddToTeam"));
    }

    [Fact]
    public void Finding_the_one_owner_of_a_claim_is_refused_because_claims_can_repeat_across_owners()
    {
        var run = Run("""
                void AddClaim(Member member, Claim claim);
                Member? FindByClaim(string type, string value);
            """);

        Assert.Equal(
            "'FindByClaim' of IMembers matches no entity association convention: a Claim can belong to several owners, so there is no one owner to find; use Get{Entities}ForClaim. Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByClaim), type, value) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "FindByClaim"));
    }

    [Fact]
    public void Values_of_a_type_with_no_matching_rule_are_not_associated_by_reference()
    {
        var run = Run("""
                void AddNote(Member member, Note note);
                IList<Note> GetNotes(Member member);
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(
            "'AddNote' of IMembers matches no entity association convention: 'Note' attaches Note values, and no rule says which of their properties identify one (rules: Claim, UserLoginInfo); matching them by reference would find nothing after a copy. Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(AddNote), member, note) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddNote"));
    }

    [Fact]
    public void Listing_the_names_of_referenced_entities_that_have_no_Name_is_refused()
    {
        var run = Run("""
                void AddToTeam(Member member, string teamCode);
                IList<string> GetTeams(Member member);
            """);

        Assert.Equal(["IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(
            "'GetTeams' of IMembers matches no entity association convention: Team has no string property 'Name' to list. Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetTeams), member) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "GetTeams"));
    }

    [Fact]
    public void A_claim_member_of_an_unknown_shape_is_refused_naming_the_shapes()
    {
        var run = Run("""
                void AddClaim(Member member, Claim claim);
                int ReplaceClaim(Member member, Claim claim);
            """);

        Assert.Equal(
            "'ReplaceClaim' of IMembers matches no entity association convention: it has no shape of an association of values of Claim (AddClaim(entity, value), RemoveClaim(entity, value), ReplaceClaim(entity, value, newValue), GetClaims(entity), Get{Entities}ForClaim(value), returning void or Task). Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(ReplaceClaim), member, claim) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "ReplaceClaim"));
    }
    [Fact]
    public void Claims_of_a_repository_with_a_unit_of_work_are_refused_because_they_would_not_wait_for_SaveChanges()
    {
        var run = Run("""
                void AddClaim(Member member, Claim claim);
                int SaveChanges();
            """);

        Assert.Equal(
            "'AddClaim' of IMembers matches no entity association convention: the repository has a unit of work: its entity writes wait for SaveChanges, and association rows, which are written at once, would run ahead of them (not supported). Implement it in the partial class InMemoryMembers, where its Store property reaches the fake's table in one line: Store.Call(nameof(AddClaim), member, claim) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddClaim"));
    }
    [Fact]
    public void Verbs_with_a_conjunction_after_Add_are_no_association_and_stay_with_the_entity_rules()
    {
        var run = Run("""
                void AddOrUpdate(Member member, Note note);
                void AddIfMissing(Member member, Note note);
            """);

        Assert.All(run.GeneratorDiagnostics, static d => Assert.Contains("matches no entity repository convention", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(2, run.GeneratorDiagnostics.Length);
    }
}
