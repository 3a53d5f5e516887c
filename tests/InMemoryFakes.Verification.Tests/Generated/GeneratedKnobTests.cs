using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes.Verification.Tests.Generated;

/// <summary>Generated derived queries compare text and order values as the fake's <see cref="StoreSemantics"/> say.</summary>
public sealed class GeneratedKnobTests
{
    private static readonly StoreSemantics IgnoreCase = new()
    {
        TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.OrdinalIgnoreCase, ["Name"] = StringComparison.OrdinalIgnoreCase },
    };

    private static InMemoryMembers Fake(StoreSemantics? semantics) => new(new InMemoryFakeOptions { Semantics = semantics, TimeProvider = new ManualClock() });

    private static IEnumerable<string?> Nicknames(IEnumerable<Member> members) => members.Select(static m => m.Nickname);

    [Fact]
    public void By_default_text_equality_is_ordinal()
    {
        var members = Fake(null);
        members.Add(new Member { Email = "ann@x", Name = "Ann" });

        Assert.Null(members.FindByEmail("ANN@X"));
        Assert.Empty(members.FindByName("ann"));
        Assert.NotNull(members.FindByEmail("ann@x"));
    }

    [Fact]
    public void A_case_insensitive_property_matches_another_case_through_the_index_and_through_a_scan()
    {
        var members = Fake(IgnoreCase);
        members.Add(new Member { Email = "ann@x", Name = "Ann" });
        members.Add(new Member { Email = "bob@x", Name = "Bob" });

        Assert.Equal("ann@x", members.FindByEmail("ANN@X")?.Email);               // [Unique]: an index probe, then the condition
        Assert.Equal(["Ann"], members.FindByName("aNN").Select(static m => m.Name)); // no index: the predicate alone
    }

    [Fact]
    public void By_default_nulls_sort_first_ascending_and_last_descending()
    {
        var members = Fake(null);
        foreach (var nickname in new[] { "b", null, "a" })
        {
            members.Add(new Member { Email = nickname ?? "none", Nickname = nickname });
        }

        Assert.Equal(new string?[] { null, "a", "b" }, Nicknames(members.FindAllByOrderByNickname()));
        Assert.Equal(new string?[] { "b", "a", null }, Nicknames(members.FindAllByOrderByNicknameDesc()));
    }

    [Fact]
    public void With_nulls_largest_nulls_sort_last_ascending_and_first_descending()
    {
        var members = Fake(new StoreSemantics { Nulls = NullOrdering.NullsLargest });
        foreach (var nickname in new[] { "b", null, "a" })
        {
            members.Add(new Member { Email = nickname ?? "none", Nickname = nickname });
        }

        Assert.Equal(new string?[] { "a", "b", null }, Nicknames(members.FindAllByOrderByNickname()));
        Assert.Equal(new string?[] { null, "b", "a" }, Nicknames(members.FindAllByOrderByNicknameDesc()));
    }

    [Fact]
    public void Text_ordering_follows_the_property_comparison()
    {
        var ordinal = Fake(null);
        var ignoringCase = Fake(IgnoreCase);
        foreach (var fake in new[] { ordinal, ignoringCase })
        {
            fake.Add(new Member { Email = "1", Name = "a" });
            fake.Add(new Member { Email = "2", Name = "B" });
        }

        Assert.Equal(["B", "a"], ordinal.FindAllByOrderByName().Select(static m => m.Name));      // 'B' (66) before 'a' (97)
        Assert.Equal(["a", "B"], ignoringCase.FindAllByOrderByName().Select(static m => m.Name));
    }
}
