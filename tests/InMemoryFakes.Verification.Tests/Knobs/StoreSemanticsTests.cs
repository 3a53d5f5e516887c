using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;
using InMemoryFakes.Support;

namespace InMemoryFakes.Verification.Tests.Knobs;

public sealed class StoreSemanticsTests
{
    private sealed class Person
    {
        public int Id { get; set; }

        public string Email { get; set; } = "";
    }

    private static EntityTable<int, Person> Table(StoreSemantics? semantics)
    {
        var core = new FakeCore(new InMemoryFakeOptions { Semantics = semantics, TimeProvider = new ManualClock() }, new FakeDefaults("People"));
        var model = new EntityModel<int, Person>(static p => p.Id)
        {
            UniqueConstraints = new[] { new UniqueConstraint<Person>("Email", static p => p.Email) { Property = "Email" } },
        };
        return core.EntityTable("Person", model);
    }

    [Fact]
    public void By_default_a_unique_text_property_is_ordinal()
    {
        var people = Table(null);
        people.Add(new Person { Id = 1, Email = "ann" });

        people.Add(new Person { Id = 2, Email = "Ann" });

        Assert.Equal(2, people.Count);
    }

    [Fact]
    public void A_case_insensitive_text_comparison_makes_the_unique_constraint_refuse_another_case()
    {
        var people = Table(new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.OrdinalIgnoreCase } });
        people.Add(new Person { Id = 1, Email = "ann" });

        var error = Assert.Throws<DuplicateKeyException>(() => people.Add(new Person { Id = 2, Email = "Ann" }));

        Assert.Equal("Email", error.Constraint);
        Assert.Equal(1, people.Count);
        Assert.Null(people.VerifyIndexes());
    }

    [Fact]
    public void Text_comparisons_compare_per_property()
    {
        var semantics = new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.OrdinalIgnoreCase } };

        Assert.True(semantics.TextEquals("Email", "ANN", "ann"));
        Assert.False(semantics.TextEquals("Name", "ANN", "ann"));
        Assert.False(semantics.TextEquals("Email", null, "ann"));
    }

    [Fact]
    public void A_culture_sensitive_comparison_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => new StoreSemantics { DefaultTextComparison = StringComparison.CurrentCultureIgnoreCase });

        Assert.Equal("DefaultTextComparison", error.ParamName);
        Assert.Throws<ArgumentException>(() => new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.InvariantCulture } });
    }

    [Theory]
    [InlineData(NullOrdering.NullsSmallest, new[] { null, "a", "b" })]
    [InlineData(NullOrdering.NullsLargest, new[] { "a", "b", null })]
    public void Null_ordering_places_nulls_as_the_engine_does(NullOrdering nulls, string?[] expected)
    {
        var comparer = new StoreSemantics { Nulls = nulls }.OrderComparer<string?>("Nickname");

        Assert.Equal(expected, new[] { "b", null, "a" }.Order(comparer).ToArray());
        Assert.Equal(expected.Reverse(), new[] { "b", null, "a" }.OrderDescending(comparer).ToArray());
    }

    [Fact]
    public void Null_ordering_applies_to_nullable_values_too()
    {
        var comparer = new StoreSemantics { Nulls = NullOrdering.NullsLargest }.OrderComparer<int?>("Age");

        Assert.Equal(new int?[] { 1, 2, null }, new int?[] { null, 2, 1 }.Order(comparer).ToArray());
    }
}
