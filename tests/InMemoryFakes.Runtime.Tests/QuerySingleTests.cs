using System;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// <see cref="EntityTable{TKey, TEntity}.TryQuerySingle{TState}"/>: the one match of a single-result lookup, by a scan, an
/// index bucket or a unique index; two or more throw (SingleOrDefault's error, or the unstated-setting error naming the
/// member and the count), the table unchanged; an expired entity never counts.
/// </summary>
public class QuerySingleTests
{
    private static EntityTable<int, Member> Members(ManualClock clock)
        => new(new TableOptions("members") { Clock = clock }, IndexTests.MemberModel());

    private static bool ByTeam(EntityTable<int, Member> members, string team, out Member? found, string? unstated, bool probe)
        => members.TryQuerySingle(team, static (m, t) => m.Team == t, out found, unstated, probe ? new IndexProbe("Team", team) : default);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void None_one_and_several_matches_by_a_scan_or_an_index_bucket(bool probe)
    {
        var members = Members(new ManualClock());
        members.Add(new Member { Email = "a@x", Team = "red" });
        Assert.False(ByTeam(members, "blue", out _, null, probe));
        Assert.True(ByTeam(members, "red", out var one, null, probe));
        Assert.Equal("a@x", one!.Email);

        members.Add(new Member { Email = "b@x", Team = "red" });
        members.Add(new Member { Email = "c@x", Team = "red" });
        var linq = Assert.Throws<InvalidOperationException>(() => ByTeam(members, "red", out _, null, probe));
        Assert.Equal("Sequence contains more than one element.", linq.Message);
        var unstated = Assert.Throws<InvalidOperationException>(() => ByTeam(members, "red", out _, "FindByTeam", probe));
        Assert.StartsWith("members: 3 entities match FindByTeam, which returns one.", unstated.Message, StringComparison.Ordinal);
        Assert.Equal(3, members.Values().Count);
    }

    [Fact]
    public void A_unique_index_answers_from_its_one_entry()
    {
        var members = Members(new ManualClock());
        members.Add(new Member { Email = "a@x", Team = "red" });
        members.Add(new Member { Email = "b@x", Team = "red" });

        Assert.True(members.TryQuerySingle("b@x", static (m, e) => m.Email == e, out var found, "FindByEmail", new IndexProbe("Email", "b@x")));
        Assert.Equal("b@x", found!.Email);
    }

    [Fact]
    public void An_expired_entity_is_not_a_second_match()
    {
        var clock = new ManualClock();
        var members = Members(clock);
        var first = members.Add(new Member { Email = "a@x", Team = "red" });
        members.Expire(first.Id, Expiration.After(TimeSpan.FromSeconds(5)));
        members.Add(new Member { Email = "b@x", Team = "red" });
        clock.Advance(TimeSpan.FromSeconds(6));

        Assert.True(ByTeam(members, "red", out var found, "FindByTeam", probe: false));
        Assert.Equal("b@x", found!.Email);
    }
}
