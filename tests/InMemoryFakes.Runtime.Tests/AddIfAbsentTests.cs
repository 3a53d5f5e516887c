using System;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary><c>EntityTable.AddIfAbsent</c>: a set's Add, false with nothing changed when the key or a unique value is taken.</summary>
public class AddIfAbsentTests
{
    private static EntityTable<int, Member> Members(ManualClock clock, Quota? quota = null, Expiration expiration = default)
        => new(new TableOptions("members") { Clock = new TimersNeverFire(clock), Quota = quota ?? Quota.None, DefaultExpiration = expiration }, IndexTests.MemberModel());

    [Fact]
    public void A_taken_key_or_unique_value_answers_false_and_changes_nothing()
    {
        var members = Members(new ManualClock());
        Assert.True(members.AddIfAbsent(new Member { Email = "a@x", Tenant = "t", Code = "c" }, out var ann));
        var before = Support.State(members);

        Assert.False(members.AddIfAbsent(new Member { Id = ann.Id, Email = "other@x" }, out _));
        Assert.False(members.AddIfAbsent(new Member { Email = "a@x" }, out _));
        Assert.False(members.AddIfAbsent(new Member { Email = "b@x", Tenant = "t", Code = "c" }, out _));

        Support.AssertUnchanged(before, members);
        Assert.Null(members.VerifyIndexes());
        Assert.True(members.AddIfAbsent(new Member { Email = "b@x" }, out var bob));
        Assert.Equal(ann.Id + 1, bob.Id);
    }

    [Fact]
    public void A_refused_add_leaves_the_store_and_its_key_sequence_unchanged()
    {
        var members = Members(new ManualClock());
        members.Add(new Member { Email = "a@x" });
        var before = Support.State(members);

        Assert.False(members.AddIfAbsent(new Member { Email = "a@x" }, out _));

        Support.AssertUnchanged(before, members);
        Assert.Equal(2, members.Add(new Member { Email = "b@x" }).Id);
    }

    [Fact]
    public void An_expired_holder_of_the_key_or_value_does_not_block_the_add()
    {
        var clock = new ManualClock();
        var members = Members(clock, expiration: Expiration.After(TimeSpan.FromSeconds(10)));
        members.Add(new Member { Id = 7, Email = "a@x" });

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(members.AddIfAbsent(new Member { Id = 7, Email = "b@x" }, out _));
        Assert.True(members.AddIfAbsent(new Member { Email = "a@x" }, out _));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void The_reject_policy_answers_false_and_a_null_entity_is_refused_by_name()
    {
        var members = Members(new ManualClock(), quota: new Quota(maxEntries: 1, policy: QuotaPolicy.Reject));
        Assert.True(members.AddIfAbsent(new Member { Email = "a@x" }, out _));

        Assert.False(members.AddIfAbsent(new Member { Email = "b@x" }, out _));
        Member? nobody = null;
        Assert.Equal("nobody", Assert.Throws<ArgumentNullException>(() => members.AddIfAbsent(nobody!, out _)).ParamName);
    }
}
