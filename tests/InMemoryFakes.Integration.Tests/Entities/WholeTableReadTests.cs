using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Parameterless reads of the whole table named with the .NET collection words (Sonarr's and Radarr's BasicRepository:
// HasItems(), Single(), SingleOrDefault()): LINQ's Single/SingleOrDefault over every entity, and whether any entity is
// stored.

public sealed class ConfigRow
{
    public int Id { get; set; }

    public string Value { get; set; } = "";
}

[InMemoryFake]
public interface IConfigRows
{
    ConfigRow Insert(ConfigRow row);

    void Delete(int id);

    bool HasItems();

    Task<bool> IsNotEmptyAsync();

    ConfigRow Single();

    Task<ConfigRow?> SingleOrDefaultAsync();
}

public sealed class WholeTableReadTests
{
    [Fact]
    public async Task HasItems_and_IsNotEmpty_say_whether_any_entity_is_stored()
    {
        IConfigRows rows = new InMemoryConfigRows();
        Assert.False(rows.HasItems());
        Assert.False(await rows.IsNotEmptyAsync());

        var row = rows.Insert(new ConfigRow { Value = "a" });
        Assert.True(rows.HasItems());
        Assert.True(await rows.IsNotEmptyAsync());

        rows.Delete(row.Id);
        Assert.False(rows.HasItems());
    }

    [Fact]
    public async Task Single_and_SingleOrDefault_are_LINQs_over_every_entity()
    {
        IConfigRows rows = new InMemoryConfigRows();
        Assert.Throws<InvalidOperationException>(() => rows.Single());
        Assert.Null(await rows.SingleOrDefaultAsync());

        var row = rows.Insert(new ConfigRow { Value = "only" });
        Assert.Equal("only", rows.Single().Value);
        Assert.Equal(row.Id, (await rows.SingleOrDefaultAsync())?.Id);

        rows.Single().Value = "changed";
        Assert.Equal("only", rows.Single().Value);

        rows.Insert(new ConfigRow { Value = "second" });
        Assert.Throws<InvalidOperationException>(() => rows.Single());
        await Assert.ThrowsAsync<InvalidOperationException>(() => rows.SingleOrDefaultAsync());
    }
}
