using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// A query parameter after the name's conditions that is named after an entity property filters by it too (Piranha's
// IAliasRepository.GetByAliasUrl(url, siteId): the alias with that URL in that site).

public sealed class SiteAlias
{
    public Guid Id { get; set; }

    public Guid SiteId { get; set; }

    public string AliasUrl { get; set; } = "";

    public string RedirectUrl { get; set; } = "";
}

[InMemoryFake]
public interface ISiteAliasRepository
{
    Task Save(SiteAlias alias);

    Task<SiteAlias?> GetByAliasUrl(string url, Guid siteId);

    Task<IEnumerable<SiteAlias>> GetByRedirectUrl(string url, Guid siteId);

    Task<List<SiteAlias>> FindByRedirectUrlOrderByAliasUrl(string url, Guid siteId, int skip, int take);

    Task<int> CountByRedirectUrl(string url, Guid siteId);
}

public sealed class ScopingParameterTests
{
    private static readonly Guid SiteA = Guid.NewGuid();
    private static readonly Guid SiteB = Guid.NewGuid();

    private static async Task<ISiteAliasRepository> SeededAsync()
    {
        var aliases = new InMemorySiteAliasRepository();
        await aliases.Save(new SiteAlias { Id = Guid.NewGuid(), SiteId = SiteA, AliasUrl = "/old", RedirectUrl = "/new" });
        await aliases.Save(new SiteAlias { Id = Guid.NewGuid(), SiteId = SiteB, AliasUrl = "/old", RedirectUrl = "/other" });
        await aliases.Save(new SiteAlias { Id = Guid.NewGuid(), SiteId = SiteB, AliasUrl = "/legacy", RedirectUrl = "/other" });
        return aliases;
    }

    [Fact]
    public async Task A_trailing_parameter_named_after_a_property_narrows_a_single_result_lookup()
    {
        var aliases = await SeededAsync();

        Assert.Equal("/new", (await aliases.GetByAliasUrl("/old", SiteA))?.RedirectUrl);
        Assert.Equal("/other", (await aliases.GetByAliasUrl("/old", SiteB))?.RedirectUrl);
        Assert.Null(await aliases.GetByAliasUrl("/legacy", SiteA));
    }

    [Fact]
    public async Task A_trailing_parameter_named_after_a_property_narrows_a_list()
    {
        var aliases = await SeededAsync();

        Assert.Equal(2, (await aliases.GetByRedirectUrl("/other", SiteB)).Count());
        Assert.Empty(await aliases.GetByRedirectUrl("/other", SiteA));
    }

    [Fact]
    public async Task Paging_parameters_after_the_scoping_one_still_page()
    {
        var aliases = await SeededAsync();

        var page = await aliases.FindByRedirectUrlOrderByAliasUrl("/other", SiteB, 1, 10);

        Assert.Equal("/old", Assert.Single(page).AliasUrl);
        Assert.Equal(2, await aliases.CountByRedirectUrl("/other", SiteB));
        Assert.Equal(0, await aliases.CountByRedirectUrl("/new", SiteB));
    }
}
