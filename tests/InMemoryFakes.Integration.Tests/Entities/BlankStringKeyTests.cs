using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.BlankStringKey;

// microsoft/chat-copilot's IRepository<T>: every storage context throws ArgumentOutOfRangeException for an entity whose
// Id is null or white space; Datasync gives such an entity a new id and EF Core stores "". The signature cannot say
// which, so a generated fake refuses the write (ArgumentException naming the parameter) and stores nothing.
public sealed class MemorySource
{
    public string Id { get; set; } = string.Empty;

    public string ChatId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

[InMemoryFake]
public interface IMemorySourceRepository
{
    Task CreateAsync(MemorySource entity);

    Task UpsertAsync(MemorySource entity);

    Task UpdateAsync(MemorySource entity);

    Task<MemorySource> GetByIdAsync(string id);

    Task<IEnumerable<MemorySource>> GetAllAsync();
}

/// <summary>EF Core's repository of the same entity: an Id of "" is a key like any other, stated.</summary>
[InMemoryFake(BlankKeys = BlankKeys.Store)]
public interface IKeptMemorySourceRepository
{
    Task CreateAsync(MemorySource entity);

    Task<MemorySource?> FindAsync(string id);
}

/// <summary>The refusal, stated.</summary>
[InMemoryFake(BlankKeys = BlankKeys.Throw)]
public interface IRefusingMemorySourceRepository
{
    Task CreateAsync(MemorySource entity);
}

public sealed class BlankStringKeyTests
{
    [Fact]
    public async Task BlankKeys_Store_keeps_an_entity_whose_key_is_empty_and_finds_it_again()
    {
        IKeptMemorySourceRepository repository = new InMemoryKeptMemorySourceRepository();

        await repository.CreateAsync(new MemorySource { Id = "", Name = "x" });
        await repository.CreateAsync(new MemorySource { Id = " ", Name = "y" });

        Assert.Equal("x", (await repository.FindAsync(""))!.Name);
        Assert.Equal("y", (await repository.FindAsync(" "))!.Name);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => repository.CreateAsync(new MemorySource { Id = "", Name = "z" }));
    }

    [Fact]
    public async Task BlankKeys_Throw_states_the_refusal_and_the_unstated_message_names_both_settings()
    {
        IRefusingMemorySourceRepository stated = new InMemoryRefusingMemorySourceRepository();
        IMemorySourceRepository unstated = new InMemoryMemorySourceRepository();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => stated.CreateAsync(new MemorySource { Id = "" }));
        var unsaid = await Assert.ThrowsAsync<ArgumentException>(() => unstated.CreateAsync(new MemorySource { Id = "" }));

        Assert.Equal("entity", refused.ParamName);
        Assert.Contains("BlankKeys = BlankKeys.Store", unsaid.Message, StringComparison.Ordinal);
        Assert.Equal(0, Fakes.Of(stated).Count);
    }

    [Fact]
    public async Task A_write_of_an_entity_whose_string_key_is_empty_or_white_space_is_refused_and_stores_nothing()
    {
        IMemorySourceRepository repository = new InMemoryMemorySourceRepository();
        await repository.CreateAsync(new MemorySource { Id = "m1", Name = "a.pdf" });

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => repository.CreateAsync(new MemorySource { Id = "", Name = "x" }));
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => repository.UpsertAsync(new MemorySource { Id = "  ", Name = "y" }));
        await Assert.ThrowsAsync<ArgumentException>(() => repository.UpdateAsync(new MemorySource { Id = "", Name = "z" }));

        Assert.Equal("entity", empty.ParamName);
        Assert.Equal("entity", blank.ParamName);
        Assert.Contains("Id", empty.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "m1" }, Ids(await repository.GetAllAsync()));
        await Assert.ThrowsAsync<NotFoundException>(() => repository.GetByIdAsync(""));
    }

    private static List<string> Ids(IEnumerable<MemorySource> sources)
    {
        var ids = new List<string>();
        foreach (var source in sources)
        {
            ids.Add(source.Id);
        }

        return ids;
    }
}
