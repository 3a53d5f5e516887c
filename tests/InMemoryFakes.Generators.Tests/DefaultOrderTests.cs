using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>DefaultOrder</c> declares the order the real store lists entities in (an interface cannot say it); without it, lists
/// come in insertion order. A member's own <c>OrderBy</c> wins; a wrong setting is IMF0010.
/// </summary>
public class DefaultOrderTests
{
    private static ContentGroup Group(string id, string? title, string kind = "page", int rank = 0) => new() { Id = id, Title = title, Kind = kind, Rank = rank };

    [Fact]
    public async Task GetAllAsync_lists_by_the_declared_DefaultOrder_not_by_insertion()
    {
        IContentGroupRepository groups = new InMemoryContentGroupRepository();
        await groups.SaveAsync(Group("products", "Products"));
        await groups.SaveAsync(Group("articles", "Articles"));
        await groups.SaveAsync(Group("none", null));
        await groups.SaveAsync(Group("news", "News"));

        Assert.Equal(["none", "articles", "news", "products"], (await groups.GetAllAsync()).Select(static g => g.Id));

        // An update that changes the title moves the group (the order is of the stored values, read at each call).
        await groups.SaveAsync(Group("products", "Catalog"));
        Assert.Equal(["none", "articles", "products", "news"], (await groups.GetAllAsync()).Select(static g => g.Id));
    }

    [Fact]
    public async Task Queries_and_pages_without_their_own_OrderBy_follow_the_DefaultOrder_and_an_OrderBy_wins()
    {
        var groups = new InMemoryContentGroupRepository();
        IContentGroupRepository repository = groups;
        foreach (var group in new[] { Group("c", "Charlie", rank: 3), Group("a", "Alpha", rank: 1), Group("x", "Xray", kind: "post"), Group("b", "Bravo", rank: 2) })
        {
            await repository.SaveAsync(group);
        }

        Assert.Equal(["a", "b", "c"], repository.FindByKind("page").Select(static g => g.Id));
        Assert.Equal("a", repository.FindFirstByKind("page")?.Id);
        Assert.Equal(["c", "b", "a"], repository.FindByKindOrderByRankDesc("page").Select(static g => g.Id));
        Assert.Equal(["b", "c"], repository.List(1, 2).Select(static g => g.Id));
    }

    [Fact]
    public async Task A_page_of_every_entity_follows_the_DefaultOrder_not_the_key_order_pages_have_without_one()
    {
        // Without DefaultOrder a page of every entity comes in key order (the real stores' OrderBy(Id)); the declared
        // order is the real store's, so it wins. Keys, titles and insertion order all differ here.
        IContentGroupRepository repository = new InMemoryContentGroupRepository();
        foreach (var group in new[] { Group("2", "Mike"), Group("1", "Zulu"), Group("3", "Alpha") })
        {
            await repository.SaveAsync(group);
        }

        Assert.Equal(["3", "2"], repository.List(0, 2).Select(static g => g.Id));
        Assert.Equal(["1"], repository.List(2, 2).Select(static g => g.Id));
    }

    [Fact]
    public void A_DefaultOrder_of_several_keys_sorts_by_each_in_turn_and_descending_where_it_says()
    {
        IRankedGroups groups = new InMemoryRankedGroups();
        groups.Add(Group("1", "b", rank: 1));
        groups.Add(Group("2", "a", rank: 1));
        groups.Add(Group("3", "z", rank: 5));

        Assert.Equal(["3", "2", "1"], groups.GetAll().Select(static g => g.Id));
    }

    [Fact]
    public void Without_a_DefaultOrder_lists_come_in_insertion_order_and_an_update_keeps_the_place()
    {
        IUnorderedGroups groups = new InMemoryUnorderedGroups();
        groups.Add(Group("products", "Products"));
        groups.Add(Group("articles", "Articles"));
        groups.Update(Group("products", "Zzz"));

        Assert.Equal(["products", "articles"], groups.GetAll().Select(static g => g.Id));
    }

    private const string Header = Sources.Usings + "namespace Ordering;\npublic class Group { public string Id { get; set; } = \"\"; public string? Title { get; set; } public object? Tag { get; set; } }\n";

    private static string Reported(string attribute, string members = "void Add(Group group); IReadOnlyList<Group> GetAll();")
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake(" + attribute + ")]\npublic interface IGroups { " + members + " }");
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
        Assert.Equal("InMemoryFake(" + attribute + ")", diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(diagnostic.Location.SourceSpan));
        return diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    [Fact]
    public void IMF0010_names_a_DefaultOrder_property_the_entity_does_not_have_and_lists_its_properties()
        => Assert.Equal(
            "[InMemoryFake] on 'IGroups': DefaultOrder = \"Name\": 'Name' is not a property of Ordering.Group (properties: Id, Tag, Title)",
            Reported("DefaultOrder = \"Name\""));

    [Fact]
    public void IMF0010_refuses_a_DefaultOrder_property_without_an_order()
        => Assert.Equal(
            "[InMemoryFake] on 'IGroups': DefaultOrder = \"Title, Tag\": Group.Tag is object?, which has no order (numbers, dates, strings, enums, bool or another IComparable type)",
            Reported("DefaultOrder = \"Title, Tag\""));

    [Fact]
    public void IMF0010_refuses_a_DefaultOrder_word_that_is_not_a_direction()
        => Assert.Equal(
            "[InMemoryFake] on 'IGroups': DefaultOrder = \"Title descending\": 'Title descending' is not a property name optionally followed by asc or desc",
            Reported("DefaultOrder = \"Title descending\""));

    [Fact]
    public void IMF0010_refuses_a_DefaultOrder_on_a_key_value_store()
        => Assert.Equal(
            "[InMemoryFake] on 'IGroups': DefaultOrder = \"Title\": it orders the entities an entity repository lists, and IGroups is a key-value store",
            Reported("DefaultOrder = \"Title\"", "string? Get(string key); void Set(string key, string value, TimeSpan ttl);"));

    [Fact]
    public void The_emitted_GetAll_queries_with_the_DefaultOrder_and_the_contract_says_the_list_is_ordered_by_it()
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake(DefaultOrder = \"Title desc\")]\npublic interface IGroups { void Add(Group group); IReadOnlyList<Group> GetAll(); }");
        Assertions.Clean(run);
        var source = run.Source("IGroups.InMemoryFake.g.cs");
        Assert.Contains(".Query(predicate: null, order: __byTitleDesc)", source, System.StringComparison.Ordinal);
        Assert.Contains("__byTitleDesc = global::InMemoryFakes.Support.EntityOrder<global::Ordering.Group>.By(static e => e.Title, descending: true", source, System.StringComparison.Ordinal);
        Assert.Contains("ContractResultOrder.OrderedBy", string.Concat(run.Sources.Values), System.StringComparison.Ordinal);
    }
}
