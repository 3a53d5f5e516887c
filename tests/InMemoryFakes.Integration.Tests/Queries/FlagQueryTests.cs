using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// A parameterless query named after a bool flag of the entity (Piranha's ILanguageRepository.GetDefault(): the language
// whose IsDefault is set, null when none).

public sealed class SiteLanguage
{
    public Guid Id { get; set; }

    public string Culture { get; set; } = "";

    public bool IsDefault { get; set; }

    public bool Published { get; set; }
}

[InMemoryFake]
public interface ISiteLanguageRepository
{
    Task Save(SiteLanguage language);

    Task<SiteLanguage?> GetDefault();

    IReadOnlyList<SiteLanguage> ListPublishedSiteLanguages();

    int CountPublished();
}

public sealed class FlagQueryTests
{
    [Fact]
    public async Task GetDefault_returns_the_entity_whose_IsDefault_is_true_or_null()
    {
        var languages = new InMemorySiteLanguageRepository();
        Assert.Null(await languages.GetDefault());

        await languages.Save(new SiteLanguage { Id = Guid.NewGuid(), Culture = "en-US" });
        await languages.Save(new SiteLanguage { Id = Guid.NewGuid(), Culture = "sv-SE", IsDefault = true });

        Assert.Equal("sv-SE", (await languages.GetDefault())?.Culture);
    }

    [Fact]
    public async Task A_flag_named_without_Is_lists_and_counts_the_entities_where_it_is_true()
    {
        var languages = new InMemorySiteLanguageRepository();
        await languages.Save(new SiteLanguage { Id = Guid.NewGuid(), Culture = "en-US", Published = true });
        await languages.Save(new SiteLanguage { Id = Guid.NewGuid(), Culture = "sv-SE" });

        Assert.Equal("en-US", Assert.Single(languages.ListPublishedSiteLanguages()).Culture);
        Assert.Equal(1, languages.CountPublished());
    }
}
