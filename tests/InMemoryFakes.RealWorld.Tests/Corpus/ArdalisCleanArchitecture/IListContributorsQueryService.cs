// Source: https://github.com/ardalis/CleanArchitecture
// Commit: 4f80d58ddb3e
// Licence: MIT
// Path: src/Clean.Architecture.UseCases/Contributors/List/IListContributorsQueryService.cs (PagedResult.cs,
//   Contributors/ContributorDTO.cs)
// Adapted: ContributorDto keeps Id and Name (the phone number is left out).
// Real store: src/Clean.Architecture.Infrastructure/Data/Queries/ListContributorsQueryService.cs: ListAsync(page,
//   perPage) orders by Id, skips (page - 1) * perPage (pages start at 1), takes perPage, and returns
//   PagedResult(items, page, perPage, totalCount, totalPages = ceil(totalCount / perPage)).
// Shapes: ListAsync=14
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ArdalisCleanArchitecture.IListContributorsQueryServiceCase;

public record PagedResult<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PerPage,
    int TotalCount,
    int TotalPages);

public record ContributorDto(int Id, string Name);

[InMemoryFake]
public interface IListContributorsQueryService
{
    Task<PagedResult<ContributorDto>> ListAsync(int page, int perPage);
}

public static class Smoke
{
    public static async Task RunAsync(IListContributorsQueryService store)
    {
        ((IInMemoryFake)store).Seed(new ContributorDto(3, "Julie"), new ContributorDto(1, "Ardalis"), new ContributorDto(2, "Snowfrog"));
        var first = await store.ListAsync(1, 2);
        Check.Equal(2, first.Items.Count, "page 1 holds perPage items");
        Check.Equal("Ardalis", first.Items[0].Name, "items are ordered by Id");
        Check.Equal(3, first.TotalCount, "TotalCount counts every contributor");
        Check.Equal(2, first.TotalPages, "TotalPages = ceil(3 / 2)");
        var second = await store.ListAsync(2, 2);
        Check.Equal("Julie", second.Items[0].Name, "page 2 starts after the first perPage items (pages start at 1)");
        Check.Equal(2, second.Page, "Page echoes the page asked for");
        Check.Equal(2, second.PerPage, "PerPage echoes the page size asked for");
        Check.Equal(1, second.Items.Count, "the last page holds what is left");
        Check.Equal(0, (await store.ListAsync(3, 2)).Items.Count, "a page past the end is empty");
    }
}
