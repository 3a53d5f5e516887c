using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.RealWorld;

/// <summary>ABP-style repositories (out-of-sample corpus, issue 10) through generated fakes.</summary>
public class AbpStyleShapeTests
{
    private static readonly Guid Theme = Guid.Parse("00000000-0000-0000-0000-000000000001");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<IAbpSettingRepository> SeededAsync()
    {
        IAbpSettingRepository settings = new InMemoryAbpSettingRepository();
        await settings.InsertAsync(new AbpSetting { Id = Theme, Name = "Theme", Value = "dark", ProviderName = "U", ProviderKey = "alice" }, cancellationToken: Token);
        await settings.InsertAsync(new AbpSetting { Id = Guid.NewGuid(), Name = "Lang", Value = "en", ProviderName = "U", ProviderKey = "alice" }, cancellationToken: Token);
        await settings.InsertAsync(new AbpSetting { Id = Guid.NewGuid(), Name = "Theme", Value = "light", ProviderName = "U", ProviderKey = "bob" }, cancellationToken: Token);
        return settings;
    }

    [Fact]
    public async Task GetAsync_by_key_throws_not_found_where_FindAsync_returns_null_when_both_take_includeDetails_and_a_token()
    {
        var settings = await SeededAsync();

        Assert.Equal("dark", (await settings.GetAsync(Theme, cancellationToken: Token)).Value);
        Assert.Null(await settings.FindAsync(Guid.NewGuid(), cancellationToken: Token));
        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() => settings.GetAsync(Guid.NewGuid(), cancellationToken: Token));
    }

    [Fact]
    public async Task GetAsync_by_predicate_throws_not_found_when_nothing_matches_and_FindAsync_returns_null()
    {
        var settings = await SeededAsync();

        Assert.Equal("en", (await settings.GetAsync(s => s.Name == "Lang", cancellationToken: Token)).Value);
        Assert.Null(await settings.FindAsync(s => s.Name == "Missing", cancellationToken: Token));
        await Assert.ThrowsAnyAsync<KeyNotFoundException>(() => settings.GetAsync(s => s.Name == "Missing", cancellationToken: Token));
    }

    [Fact]
    public async Task Without_a_FindAsync_an_oblivious_GetAsync_returns_null_for_a_missing_entity_when_MissingKeyReads_Default_states_it()
    {
        IAbpGetOnlyRepository settings = new InMemoryAbpGetOnlyRepository();
        await settings.InsertAsync(new AbpSetting { Id = Theme, Name = "Theme" }, cancellationToken: Token);

        Assert.Null(await settings.GetAsync(Guid.NewGuid(), cancellationToken: Token));
        Assert.Null(await settings.GetAsync(s => s.Name == "Missing", cancellationToken: Token));
    }

    [Fact]
    public async Task GetListAsync_with_property_parameters_lists_the_entities_whose_properties_equal_them()
    {
        var settings = await SeededAsync();

        var alice = await settings.GetListAsync("U", "alice");

        Assert.Equal(new[] { "Lang", "Theme" }, alice.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.Empty(await settings.GetListAsync("U", "carol"));
    }

    [Fact]
    public async Task A_collection_parameter_named_in_the_plural_of_a_property_keeps_the_entities_whose_value_is_in_it()
    {
        var settings = await SeededAsync();

        var found = await settings.GetListAsync(new[] { "Lang", "Other" }, "U", "alice");

        Assert.Equal("en", Assert.Single(found).Value);
        Assert.Empty(await settings.GetListAsync(Array.Empty<string>(), "U", "alice"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => settings.GetListAsync(null!, "U", "alice"));
    }

    [Fact]
    public async Task WithDetails_is_a_queryable_of_every_entity()
    {
        var settings = await SeededAsync();

        Assert.Equal(3, settings.WithDetails().Count());
        Assert.Equal(2, (await settings.WithDetailsAsync(s => s.Value)).Count(s => s.Name == "Theme"));
    }
    [Fact]
    public async Task GetPagedListAsync_orders_by_the_sort_expression_then_skips_and_takes()
    {
        var settings = await SeededAsync();

        var byName = await settings.GetPagedListAsync(0, 10, "name DESC, Value", cancellationToken: Token);
        var page = await settings.GetPagedListAsync(1, 1, "Value ascending", cancellationToken: Token);

        Assert.Equal(new[] { "Theme:dark", "Theme:light", "Lang:en" }, byName.Select(s => s.Name + ":" + s.Value).ToArray());
        Assert.Equal("en", Assert.Single(page).Value);
    }

    [Fact]
    public async Task GetPagedListAsync_with_no_sort_expression_orders_by_the_key()
    {
        var settings = await SeededAsync();

        var all = await settings.GetPagedListAsync(0, 10, null!, cancellationToken: Token);

        Assert.Equal(all.Select(s => s.Id).OrderBy(id => id).ToArray(), all.Select(s => s.Id).ToArray());
        Assert.Equal(3, (await settings.GetPagedListAsync(0, 10, " ", cancellationToken: Token)).Count);
    }

    [Theory]
    [InlineData("Name desc desc")]
    [InlineData("Name sideways")]
    [InlineData("Missing")]
    [InlineData("Name.Length")]
    [InlineData("Name,")]
    public async Task GetPagedListAsync_rejects_a_sort_expression_it_cannot_read_naming_the_parameter(string sorting)
    {
        var settings = await SeededAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => settings.GetPagedListAsync(0, 10, sorting, cancellationToken: Token));

        Assert.Equal("sorting", error.ParamName);
    }
    [Fact]
    public async Task FindAsync_and_GetAsync_by_predicate_are_single_match_beside_the_Find_Get_pair()
    {
        var settings = await SeededAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => settings.FindAsync(s => s.ProviderName == "U", cancellationToken: Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => settings.GetAsync(s => s.Name == "Theme", cancellationToken: Token));
    }

    [Fact]
    public async Task Without_the_Find_Get_pair_a_GetAsync_by_predicate_of_several_matches_is_loud_when_SeveralMatches_is_unstated()
    {
        IAbpGetOnlyRepository settings = new InMemoryAbpGetOnlyRepository();
        await settings.InsertAsync(new AbpSetting { Id = Theme, Name = "Theme", Value = "dark" }, cancellationToken: Token);
        Assert.Equal("dark", (await settings.GetAsync(s => s.Name == "Theme", cancellationToken: Token)).Value);
        await settings.InsertAsync(new AbpSetting { Id = Guid.NewGuid(), Name = "Theme", Value = "light" }, cancellationToken: Token);

        var several = await Assert.ThrowsAsync<InvalidOperationException>(() => settings.GetAsync(s => s.Name == "Theme", cancellationToken: Token));
        Assert.StartsWith("AbpSetting: 2 entities match GetAsync, which returns one.", several.Message, StringComparison.Ordinal);
        Assert.Contains("SeveralMatches = SeveralMatches.Throw", several.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await settings.GetListAsync(cancellationToken: Token)).Count);
    }
}
