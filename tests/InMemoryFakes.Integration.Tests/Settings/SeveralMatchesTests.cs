using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class Member
{
    public int Id { get; set; }

    public string Email { get; set; } = "";

    [Indexed]
    public string Team { get; set; } = "";

    public string? UserId { get; set; }

    public bool IsDefault { get; set; }

    [Unique]
    public string Handle { get; set; } = "";
}

public class MemberFilter
{
    public string? Email { get; set; }

    public string? Team { get; set; }
}

/// <summary>One single-result lookup of each family whose several matches nothing in the signature decides, and two that decide.</summary>
public interface IMemberLookups
{
    void Add(Member member);

    IReadOnlyList<Member> GetAll();

    Member? FindByEmail(string email);

    Member GetByTeam(string team);

    Task<Member?> GetAsync(string userId);

    Member? GetMember(MemberFilter filter);

    Member? Find(Expression<Func<Member, bool>> predicate);

    Member? GetDefault();

    Member? FindByHandle(string handle);

    Member? FindFirstByEmail(string email);
}

[InMemoryFake]
public interface IMembersUnstated : IMemberLookups;

[InMemoryFake(SeveralMatches = SeveralMatches.First)]
public interface IMembersFirst : IMemberLookups;

[InMemoryFake(SeveralMatches = SeveralMatches.Throw)]
public interface IMembersThrow : IMemberLookups;

public class SeveralMatchesTests
{
    public static TheoryData<string> Lookups => new() { "FindByEmail", "GetByTeam", "GetAsync", "GetMember", "Find", "GetDefault" };

    private static Member? Lookup(IMemberLookups members, string name) => name switch
    {
        "FindByEmail" => members.FindByEmail("a@x"),
        "GetByTeam" => members.GetByTeam("red"),
        "GetAsync" => members.GetAsync("u1").GetAwaiter().GetResult(),
        "GetMember" => members.GetMember(new MemberFilter { Email = "a@x" }),
        "Find" => members.Find(m => m.Team == "red"),
        "GetDefault" => members.GetDefault(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static Member Matching(int id) => new() { Id = id, Email = "a@x", Team = "red", UserId = "u1", IsDefault = true, Handle = "h" + id };

    private static IEnumerable<IMemberLookups> Every() => [new InMemoryMembersUnstated(), new InMemoryMembersFirst(), new InMemoryMembersThrow()];

    [Theory]
    [MemberData(nameof(Lookups))]
    public void No_match_and_one_match_are_the_same_whatever_the_setting(string lookup)
    {
        foreach (var members in Every())
        {
            members.Add(new Member { Id = 9, Email = "z@x", Team = "blue", UserId = "u9", Handle = "h9" });
            if (lookup == "GetByTeam")
            {
                Assert.Throws<NotFoundException>(() => Lookup(members, lookup));
            }
            else
            {
                Assert.Null(Lookup(members, lookup));
            }

            members.Add(Matching(1));
            Assert.Equal(1, Lookup(members, lookup)!.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Several_matches_unstated_throw_saying_how_many_and_how_to_state_it(string lookup)
    {
        IMemberLookups members = new InMemoryMembersUnstated();
        members.Add(Matching(1));
        members.Add(Matching(2));
        members.Add(Matching(3));

        var several = Assert.Throws<InvalidOperationException>(() => Lookup(members, lookup));
        Assert.StartsWith("Member: 3 entities match " + lookup + ", which returns one.", several.Message, StringComparison.Ordinal);
        Assert.Contains("SeveralMatches = SeveralMatches.Throw", several.Message, StringComparison.Ordinal);
        Assert.Contains("SeveralMatches = SeveralMatches.First", several.Message, StringComparison.Ordinal);
        Assert.Equal(3, members.GetAll().Count);
    }

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Several_matches_under_First_return_the_first_inserted(string lookup)
    {
        IMemberLookups members = new InMemoryMembersFirst();
        members.Add(Matching(2));
        members.Add(Matching(1));

        Assert.Equal(2, Lookup(members, lookup)!.Id);
    }

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Several_matches_under_Throw_are_SingleOrDefaults_error_and_change_nothing(string lookup)
    {
        IMemberLookups members = new InMemoryMembersThrow();
        members.Add(Matching(1));
        members.Add(Matching(2));

        var several = Assert.Throws<InvalidOperationException>(() => Lookup(members, lookup));
        Assert.Equal("Sequence contains more than one element.", several.Message);
        Assert.Equal(2, members.GetAll().Count);
    }

    [Fact]
    public void A_unique_property_and_a_First_name_decide_it_themselves()
    {
        IMemberLookups members = new InMemoryMembersUnstated();
        members.Add(Matching(1));
        members.Add(Matching(2));

        Assert.Equal(2, members.FindByHandle("h2")!.Id);
        Assert.Equal(1, members.FindFirstByEmail("a@x")!.Id);
    }
}
