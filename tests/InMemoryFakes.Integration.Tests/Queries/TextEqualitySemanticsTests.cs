using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

public sealed class Parcel
{
    public int Id { get; set; }

    public string Region { get; set; } = "";

    [Indexed]
    public string Depot { get; set; } = "";

    public int Weight { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// Text equalities that follow the fake's <see cref="StoreSemantics"/>: the generator emits an ordinal predicate (the
/// value alone, <c>string.Equals(a, b)</c>) for when every compared property is ordinal, and the comparison-carrying
/// one otherwise. Both must select exactly the rows the semantics say, for every query kind.
/// </summary>
// FindByNote("Fragile") matches two rows when Note ignores case: the test's point is which (the first), stated.
[InMemoryFake(SeveralMatches = SeveralMatches.First)]
public interface IParcelQueries
{
    Parcel Add(Parcel parcel);

    IReadOnlyList<Parcel> FindByRegion(string region);

    IReadOnlyList<Parcel> FindByRegionNot(string region);

    IReadOnlyList<Parcel> FindByRegionAndWeightGreaterThan(string region, int weight);

    IReadOnlyList<Parcel> FindByRegionOrNote(string region, string? note);

    IReadOnlyList<Parcel> FindByDepot(string depot);

    IReadOnlyList<Parcel> FindByRegionIn(IEnumerable<string> regions);

    IReadOnlyList<Parcel> FindByRegionNotIn(IEnumerable<string> regions);

    IReadOnlyList<Parcel> FindByDepotIn(IReadOnlyCollection<string> depots);

    Parcel? FindFirstByRegionOrderByIdDesc(string region);

    Parcel? FindByNote(string? note);

    int CountByRegion(string region);

    bool ExistsByRegion(string region);

    int DeleteByRegion(string region);
}

public class TextEqualitySemanticsTests
{
    private static readonly Parcel[] Rows =
    [
        new() { Id = 1, Region = "north", Depot = "A1", Weight = 5, Note = "fragile" },
        new() { Id = 2, Region = "North", Depot = "a1", Weight = 15, Note = "Fragile" },
        new() { Id = 3, Region = "NORTH", Depot = "A1", Weight = 25 },
        new() { Id = 4, Region = "south", Depot = "B2", Weight = 35, Note = "urgent" },
        new() { Id = 5, Region = "northern", Depot = "b2", Weight = 45 },
        new() { Id = 6, Region = "", Depot = "", Weight = 55 },
    ];

    private static IParcelQueries Fake(StoreSemantics? semantics = null)
    {
        IParcelQueries parcels = new InMemoryParcelQueries(new InMemoryFakeOptions { Semantics = semantics });
        foreach (var row in Rows)
        {
            parcels.Add(new Parcel { Id = row.Id, Region = row.Region, Depot = row.Depot, Weight = row.Weight, Note = row.Note });
        }

        return parcels;
    }

    private static StoreSemantics CaseInsensitive(params string[] properties)
        => new() { TextComparisons = properties.ToDictionary(static p => p, static _ => StringComparison.OrdinalIgnoreCase) };

    private static int[] Ids(IEnumerable<Parcel> parcels) => parcels.Select(static p => p.Id).ToArray();

    private static int[] Oracle(Func<Parcel, bool> predicate) => Rows.Where(predicate).Select(static p => p.Id).ToArray();

    public static TheoryData<string> Semantics => new() { "default", "Region ignores case", "every property ignores case", "only Note ignores case" };

    private static StoreSemantics? SemanticsNamed(string name) => name switch
    {
        "default" => null,
        "Region ignores case" => CaseInsensitive("Region"),
        "every property ignores case" => new StoreSemantics { DefaultTextComparison = StringComparison.OrdinalIgnoreCase },
        _ => CaseInsensitive("Note"),
    };

    private static StringComparison RegionComparison(string name) => name is "Region ignores case" or "every property ignores case" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static StringComparison NoteComparison(string name) => name is "only Note ignores case" or "every property ignores case" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    [Theory]
    [MemberData(nameof(Semantics))]
    public void A_derived_equality_selects_exactly_the_rows_the_property_comparison_matches(string semantics)
    {
        var parcels = Fake(SemanticsNamed(semantics));
        var region = RegionComparison(semantics);
        var note = NoteComparison(semantics);

        foreach (var probe in new[] { "north", "North", "NORTH", "nOrTh", "south", "", "north " })
        {
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region)), Ids(parcels.FindByRegion(probe)));
            Assert.Equal(Oracle(p => !string.Equals(p.Region, probe, region)), Ids(parcels.FindByRegionNot(probe)));
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region) && p.Weight > 10), Ids(parcels.FindByRegionAndWeightGreaterThan(probe, 10)));
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region) || string.Equals(p.Note, "FRAGILE", note)), Ids(parcels.FindByRegionOrNote(probe, "FRAGILE")));
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region)).Length, parcels.CountByRegion(probe));
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region)).Length > 0, parcels.ExistsByRegion(probe));
            Assert.Equal(Oracle(p => string.Equals(p.Region, probe, region)).Reverse().FirstOrDefault(), parcels.FindFirstByRegionOrderByIdDesc(probe)?.Id ?? 0);
        }
    }

    [Theory]
    [MemberData(nameof(Semantics))]
    public void An_indexed_equality_and_a_single_result_follow_the_same_comparison(string semantics)
    {
        var parcels = Fake(SemanticsNamed(semantics));
        var depot = semantics == "every property ignores case" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var note = NoteComparison(semantics);

        foreach (var probe in new[] { "A1", "a1", "B2", "c3", "" })
        {
            Assert.Equal(Oracle(p => string.Equals(p.Depot, probe, depot)), Ids(parcels.FindByDepot(probe)));
        }

        Assert.Equal(note == StringComparison.Ordinal ? null : (int?)4, parcels.FindByNote("URGENT")?.Id);
        Assert.Equal(4, parcels.FindByNote("urgent")?.Id);
        Assert.Equal(note == StringComparison.Ordinal ? 2 : 1, parcels.FindByNote("Fragile")?.Id);
        Assert.Null(parcels.FindByNote("missing"));
    }

    [Theory]
    [MemberData(nameof(Semantics))]
    public void In_and_NotIn_compare_each_value_as_the_equality_of_the_same_property_does(string semantics)
    {
        // FindByRegionIn(["north"]) and FindByRegion("north") must never disagree: both follow the Region's comparison
        // (until 2026-12-04 In/NotIn on a text property that is not the key compared ordinally whatever the semantics said).
        var parcels = Fake(SemanticsNamed(semantics));
        var region = RegionComparison(semantics);
        var depot = semantics == "every property ignores case" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        foreach (var probe in new[] { new[] { "north" }, new[] { "NORTH", "South" }, new[] { "nOrTh", "" }, Array.Empty<string>() })
        {
            Assert.Equal(Oracle(p => probe.Any(v => string.Equals(p.Region, v, region))), Ids(parcels.FindByRegionIn(probe)));
            Assert.Equal(Oracle(p => !probe.Any(v => string.Equals(p.Region, v, region))), Ids(parcels.FindByRegionNotIn(probe)));
            foreach (var value in probe)
            {
                Assert.Equal(Ids(parcels.FindByRegion(value)), Ids(parcels.FindByRegionIn([value])));
            }
        }

        foreach (var probe in new[] { new[] { "a1" }, new[] { "A1", "B2" }, new[] { "c3" } })
        {
            Assert.Equal(Oracle(p => probe.Any(v => string.Equals(p.Depot, v, depot))), Ids(parcels.FindByDepotIn(probe)));
        }
    }

    [Fact]
    public void A_case_sensitive_delete_removes_only_the_exact_case_and_a_case_insensitive_one_every_case()
    {
        var exact = Fake();
        Assert.Equal(1, exact.DeleteByRegion("North"));
        Assert.Equal([1, 3], Ids(exact.FindByRegion("north").Concat(exact.FindByRegion("NORTH"))));

        var folded = Fake(CaseInsensitive("Region"));
        Assert.Equal(3, folded.DeleteByRegion("North"));
        Assert.Empty(folded.FindByRegion("nOrTh"));
        Assert.Equal([5], Ids(folded.FindByRegion("Northern")));
    }
}
