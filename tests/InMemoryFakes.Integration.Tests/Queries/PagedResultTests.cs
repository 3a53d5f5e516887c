using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// Paged results filled by member names (issue 10, shape 14): Ardalis CleanArchitecture's read-only query service
// returns PagedResult<T>(Items, Page, PerPage, TotalCount, TotalPages) from ListAsync(page, perPage), ordered by Id. Its
// table is filled with the fake's Seed (the interface has no write member).

public sealed record MemberDto(int Id, string Name);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PerPage, int TotalCount, int TotalPages);

/// <summary>A paged list with settable properties, a 0-based index and members it computes itself.</summary>
public sealed class IndexedPage<T>
{
    public List<T> Data { get; set; } = new();

    public int PageIndex { get; set; }

    public int PageSize { get; set; }

    public long Total { get; init; }

    public bool HasNext => (PageIndex + 1) * (long)PageSize < Total;

    public bool IsEmpty => Data.Count == 0;
}

[InMemoryFake]
public interface IListMembersQueryService
{
    Task<PagedResult<MemberDto>> ListAsync(int page, int perPage);

    IndexedPage<MemberDto> GetAll(int pageIndex = 0, int pageSize = 20);

    /// <summary>A page index from 1 (the ASP.NET Core tutorial's PaginatedList): proven by its default.</summary>
    IndexedPage<MemberDto> GetPage(int pageIndex = 1, int pageSize = 20);

    IReadOnlyList<MemberDto> List(int skip, int take);
}

/// <summary>An entity holding a list of its own kind named like a page's items: still the entity, never a paged result.</summary>
public sealed class Folder
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Folder> Items { get; set; } = new();
}

[InMemoryFake]
public interface IFolders
{
    void Add(Folder folder);

    Folder? FindByName(string name);

    Folder? Get(int id);
}

public sealed class PagedResultTests
{
    [Fact]
    public void An_entity_with_a_list_of_its_own_kind_named_Items_is_returned_as_the_entity()
    {
        var folders = new InMemoryFolders();
        folders.Add(new Folder { Id = 1, Name = "root", Items = { new Folder { Id = 2, Name = "child" } } });

        Assert.Equal("child", Assert.Single(folders.FindByName("root")!.Items).Name);
        Assert.Equal("root", folders.Get(1)?.Name);
    }

    private static InMemoryListMembersQueryService Seeded()
    {
        var members = new InMemoryListMembersQueryService();
        ((IInMemoryFake)members).Seed(new MemberDto(4, "d"), new MemberDto(2, "b"), new MemberDto(5, "e"), new MemberDto(1, "a"), new MemberDto(3, "c"));
        return members;
    }

    [Fact]
    public async Task A_paged_result_record_gets_the_page_in_key_order_with_its_number_size_and_totals()
    {
        var members = Seeded();

        var second = await members.ListAsync(page: 2, perPage: 2);

        Assert.Equal(new[] { "c", "d" }, second.Items.Select(static m => m.Name));
        Assert.Equal(2, second.Page);
        Assert.Equal(2, second.PerPage);
        Assert.Equal(5, second.TotalCount);
        Assert.Equal(3, second.TotalPages);
        Assert.Equal(new[] { "e" }, (await members.ListAsync(3, 2)).Items.Select(static m => m.Name));
        Assert.Empty((await members.ListAsync(4, 2)).Items);
    }

    [Fact]
    public void Settable_members_and_a_zero_based_page_index_are_filled_and_computed_members_left_to_the_type()
    {
        var members = Seeded();

        var first = members.GetAll(pageIndex: 0, pageSize: 3);
        var last = members.GetAll(pageIndex: 1, pageSize: 3);

        Assert.Equal(new[] { "a", "b", "c" }, first.Data.Select(static m => m.Name));
        Assert.Equal(0, first.PageIndex);
        Assert.Equal(3, first.PageSize);
        Assert.Equal(5L, first.Total);
        Assert.True(first.HasNext);
        Assert.Equal(new[] { "d", "e" }, last.Data.Select(static m => m.Name));
        Assert.Equal(1, last.PageIndex);
        Assert.False(last.HasNext);
    }

    [Fact]
    public void A_page_index_that_defaults_to_one_starts_at_one_and_the_result_carries_the_callers_index_back()
    {
        var members = Seeded();

        var first = members.GetPage(pageIndex: 1, pageSize: 3);
        var second = members.GetPage(pageIndex: 2, pageSize: 3);

        Assert.Equal(new[] { "a", "b", "c" }, first.Data.Select(static m => m.Name));
        Assert.Equal(1, first.PageIndex);
        Assert.Equal(new[] { "d", "e" }, second.Data.Select(static m => m.Name));
        Assert.Equal(2, second.PageIndex);
        Assert.Equal("pageIndex", Assert.Throws<ArgumentOutOfRangeException>(() => members.GetPage(pageIndex: 0, pageSize: 3)).ParamName);
    }

    [Fact]
    public void A_plain_paged_list_of_everything_is_in_key_order_too_not_in_the_order_rows_were_written()
    {
        var members = Seeded();

        Assert.Equal(new[] { "b", "c", "d" }, members.List(skip: 1, take: 3).Select(static m => m.Name));
    }

    [Fact]
    public async Task A_page_number_below_one_is_refused_naming_the_parameter_as_for_plain_lists()
    {
        var members = Seeded();

        var error = await Assert.ThrowsAsync<System.ArgumentOutOfRangeException>(() => members.ListAsync(page: 0, perPage: 2));

        Assert.Equal("page", error.ParamName);
    }
}
