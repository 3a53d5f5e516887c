using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// Paging given as two ints named as a pair, in either order (issue 10, shape 14): Finbuckle's GetAllAsync(int take,
// int skip), a 0-based (pageIndex = 0, pageSize), a 1-based (pageIndex = 1, pageSize) and (page, perPage), on a list of
// everything. A page index without a default is refused (its base is not proven: RefusedGuessTests).

public sealed class Shelf
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}

[InMemoryFake]
public interface IShelfRepository
{
    Task AddAsync(Shelf shelf);

    Task<IEnumerable<Shelf>> GetAllAsync(int take, int skip);

    IReadOnlyList<Shelf> List(int pageIndex = 0, int pageSize = 10);

    IReadOnlyList<Shelf> GetPage(int pageIndex = 1, int pageSize = 10);

    Task<List<Shelf>> ListAllAsync(int page, int perPage);

    Task<List<Shelf>> FindAllAsync(int page = 0, int pageSize = 10);

    IAsyncEnumerable<Shelf> ListAsync(int? count, int? offset);

    Task<List<Shelf>> GetListAsync(int skipCount, int maxResultCount);
}

public sealed class PagingParameterTests
{
    private static async Task<IShelfRepository> SeededAsync()
    {
        var shelves = new InMemoryShelfRepository();
        foreach (var label in new[] { "a", "b", "c", "d", "e" })
        {
            await shelves.AddAsync(new Shelf { Label = label });
        }

        return shelves;
    }

    private static string Labels(IEnumerable<Shelf> shelves) => string.Concat(shelves.Select(static s => s.Label));

    [Fact]
    public async Task Take_before_skip_is_still_take_and_skip()
    {
        var shelves = await SeededAsync();

        Assert.Equal("bc", Labels(await shelves.GetAllAsync(take: 2, skip: 1)));
        Assert.Equal("", Labels(await shelves.GetAllAsync(take: 2, skip: 5)));
    }

    [Fact]
    public async Task A_page_index_defaulting_to_zero_starts_at_zero_one_defaulting_to_one_and_a_page_number_start_at_one()
    {
        var shelves = await SeededAsync();

        Assert.Equal("cd", Labels(shelves.List(pageIndex: 1, pageSize: 2)));
        Assert.Equal("ab", Labels(shelves.GetPage(pageIndex: 1, pageSize: 2)));
        Assert.Equal("cd", Labels(shelves.GetPage(pageIndex: 2, pageSize: 2)));
        Assert.Equal("cd", Labels(await shelves.ListAllAsync(page: 2, perPage: 2)));
        Assert.Equal("e", Labels(await shelves.ListAllAsync(page: 3, perPage: 2)));
    }

    [Fact]
    public async Task A_page_defaulting_to_zero_is_a_zero_based_index()
    {
        // GetAllAsync(int page = 0, int pageSize = 10): page 0 exists, so the store skips page * pageSize (as a
        // pageIndex = 0 does); read as a page number, page 1 was the first page and the defaults threw.
        var shelves = await SeededAsync();

        Assert.Equal("ab", Labels(await shelves.FindAllAsync(pageSize: 2)));
        Assert.Equal("cd", Labels(await shelves.FindAllAsync(page: 1, pageSize: 2)));
    }

    [Fact]
    public async Task A_page_number_below_one_is_refused_naming_the_parameter()
    {
        var shelves = await SeededAsync();

        var error = await Assert.ThrowsAsync<System.ArgumentOutOfRangeException>(() => shelves.ListAllAsync(page: 0, perPage: 2));

        Assert.Equal("page", error.ParamName);
    }

    [Fact]
    public async Task Nullable_count_and_offset_page_and_null_means_no_limit_and_no_skip()
    {
        var shelves = await SeededAsync();

        Assert.Equal("bc", Labels(await shelves.ListAsync(count: 2, offset: 1).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("de", Labels(await shelves.ListAsync(count: null, offset: 3).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("ab", Labels(await shelves.ListAsync(count: 2, offset: null).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("abcde", Labels(await shelves.ListAsync(null, null).ToListAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Abp_skip_count_and_max_result_count_page()
    {
        var shelves = await SeededAsync();

        Assert.Equal("cde", Labels(await shelves.GetListAsync(skipCount: 2, maxResultCount: 10)));
    }
}
