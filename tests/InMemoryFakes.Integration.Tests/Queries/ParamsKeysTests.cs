using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.ParamsKeys;

// A list by a params array of keys (Umbraco's IReadRepository<TId, TEntity>.GetMany(params TId[]? ids)): what no keys give
// is the NoKeysGiven setting's, the order of the keys' entities the ByKeysOrder setting's.
public sealed class Page
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public interface IReadRepository<in TId, out TEntity>
{
    TEntity? Get(TId? id);

    IEnumerable<TEntity> GetMany(params TId[]? ids);
}

[InMemoryFake(typeof(IReadRepository<int, Page>), NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored)]
public partial class EveryPageRepository;

[InMemoryFake(NoKeysGiven = NoKeysGiven.Nothing, ByKeysOrder = ByKeysOrder.KeysGiven)]
public interface IPageList
{
    void Add(Page page);

    Task<Page[]> GetManyAsync(params int[] ids);
}

[InMemoryFake(NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored, DefaultOrder = "Title")]
public interface ISortedPages
{
    void Add(Page page);

    IReadOnlyList<Page> GetAll(params int[] ids);
}

public sealed class ParamsKeysTests
{
    private static readonly Page[] Pages =
    [
        new() { Id = 1, Title = "Home" },
        new() { Id = 2, Title = "About" },
        new() { Id = 3, Title = "News" },
    ];

    private static string Titles(IEnumerable<Page> pages) => string.Join(",", pages.Select(static p => p.Title));

    [Fact]
    public void No_keys_list_every_entity_and_keys_their_entities_each_once_in_the_stored_order()
    {
        IReadRepository<int, Page> repository = new EveryPageRepository();
        Fakes.Of(repository).Seed(Pages);

        Assert.Equal("Home,About,News", Titles(repository.GetMany()));
        Assert.Equal("Home,About,News", Titles(repository.GetMany([])));
        Assert.Equal("Home,News", Titles(repository.GetMany(3, 1, 3, 42)));
        Assert.Empty(repository.GetMany(42));
    }

    [Fact]
    public void A_null_array_throws_naming_it_and_changes_nothing()
    {
        IReadRepository<int, Page> repository = new EveryPageRepository();
        Fakes.Of(repository).Seed(Pages);

        var error = Assert.Throws<ArgumentNullException>(() => repository.GetMany(null));
        Assert.Equal("ids", error.ParamName);
        Assert.Equal(3, repository.GetMany().Count());
    }

    [Fact]
    public async Task No_keys_list_nothing_and_keys_their_entities_in_the_order_given_when_the_settings_say_so()
    {
        IPageList pages = new InMemoryPageList();
        foreach (var page in Pages)
        {
            pages.Add(page);
        }

        Assert.Empty(await pages.GetManyAsync());
        Assert.Equal("News,Home,News", Titles(await pages.GetManyAsync(3, 1, 42, 3)));
    }

    [Fact]
    public void The_entities_are_copies()
    {
        IReadRepository<int, Page> repository = new EveryPageRepository();
        Fakes.Of(repository).Seed(Pages);

        repository.GetMany(1).Single().Title = "Changed";
        repository.GetMany().First().Title = "Changed";

        Assert.Equal("Home", repository.Get(1)?.Title);
    }

    [Fact]
    public void DefaultOrder_orders_both_every_entity_and_the_entities_of_the_keys()
    {
        ISortedPages pages = new InMemorySortedPages();
        foreach (var page in Pages)
        {
            pages.Add(page);
        }

        Assert.Equal("About,Home,News", Titles(pages.GetAll()));
        Assert.Equal("Home,News", Titles(pages.GetAll(3, 1)));
    }
}
