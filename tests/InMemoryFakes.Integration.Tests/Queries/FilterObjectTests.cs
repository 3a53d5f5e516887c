using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

// A filter object parameter (IdentityServer's PersistedGrantFilter): every property the caller set is an equality on
// the entity property of the same name, AND-ed; an unset one is no condition; none set is refused.

public sealed class Grant
{
    [System.ComponentModel.DataAnnotations.Key]
    public string Key { get; set; } = "";

    public string? SubjectId { get; set; }

    public string? ClientId { get; set; }

    public int Priority { get; set; }
}

public sealed class GrantFilter
{
    public string? SubjectId { get; set; }

    public string? ClientId { get; set; }

    public int? Priority { get; set; }
}

[InMemoryFake]
public interface IGrantStore
{
    Task StoreAsync(Grant grant);

    Task<Grant?> GetAsync(string key);

    Task<IEnumerable<Grant>> GetAllAsync(GrantFilter filter);

    Task RemoveAllAsync(GrantFilter filter);

    int Count(GrantFilter filter);
}

public sealed class FilterObjectTests
{
    private static async Task<IGrantStore> SeededAsync()
    {
        var grants = new InMemoryGrantStore();
        await grants.StoreAsync(new Grant { Key = "k1", SubjectId = "alice", ClientId = "web", Priority = 1 });
        await grants.StoreAsync(new Grant { Key = "k2", SubjectId = "alice", ClientId = "spa", Priority = 2 });
        await grants.StoreAsync(new Grant { Key = "k3", SubjectId = "bob", ClientId = "web", Priority = 1 });
        return grants;
    }

    [Fact]
    public async Task Every_set_property_of_the_filter_is_a_condition_and_unset_ones_are_not()
    {
        var grants = await SeededAsync();

        Assert.Equal(new[] { "k1", "k2" }, (await grants.GetAllAsync(new GrantFilter { SubjectId = "alice" })).Select(static g => g.Key).OrderBy(static k => k));
        Assert.Equal("k1", Assert.Single(await grants.GetAllAsync(new GrantFilter { SubjectId = "alice", ClientId = "web" })).Key);
        Assert.Equal(2, grants.Count(new GrantFilter { Priority = 1 }));
        Assert.Empty(await grants.GetAllAsync(new GrantFilter { SubjectId = "ALICE" }));
    }

    [Fact]
    public async Task RemoveAll_removes_only_the_matching_entities()
    {
        var grants = await SeededAsync();

        await grants.RemoveAllAsync(new GrantFilter { ClientId = "web" });

        Assert.Null(await grants.GetAsync("k1"));
        Assert.Null(await grants.GetAsync("k3"));
        Assert.NotNull(await grants.GetAsync("k2"));
    }

    [Fact]
    public async Task A_filter_with_nothing_set_is_refused_and_removes_nothing()
    {
        var grants = await SeededAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grants.RemoveAllAsync(new GrantFilter()));
        Assert.Equal("filter", error.ParamName);
        Assert.Equal(3, grants.Count(new GrantFilter { Priority = null, SubjectId = null, ClientId = "web" }) + grants.Count(new GrantFilter { ClientId = "spa" }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => grants.GetAllAsync(null!));
    }
}
