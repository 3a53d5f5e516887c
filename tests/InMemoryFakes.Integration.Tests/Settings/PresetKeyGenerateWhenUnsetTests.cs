using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class CosmosTodo
{
    public string? Id { get; set; }

    [Unique]
    public string Title { get; set; } = "";
}

/// <summary>
/// The Cosmos DB samples' repository: <c>AddItemAsync</c> does <c>item.Id ??= Guid.NewGuid().ToString()</c> before
/// <c>CreateItemAsync</c>; an id the caller set is kept.
/// </summary>
[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset)]
public interface ICosmosTodos
{
    Task AddItemAsync(CosmosTodo item);

    Task<string> CreateAsync(CosmosTodo item);

    Task AddRangeAsync(IEnumerable<CosmosTodo> items);

    Task UpsertItemAsync(CosmosTodo item);

    Task<CosmosTodo?> GetItemAsync(string id);

    Task<int> CountAsync();
}

/// <summary>The same repository without the setting: a string key is the caller's own.</summary>
[InMemoryFake]
public interface IPlainTodos
{
    Task AddItemAsync(CosmosTodo item);

    Task<CosmosTodo?> GetItemAsync(string id);
}

public class PresetKeyGenerateWhenUnsetTests
{
    [Fact]
    public async Task An_add_without_a_key_gets_a_new_guid_text_and_a_key_the_caller_set_is_kept()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();
        var milk = new CosmosTodo { Title = "Milk" };
        await todos.AddItemAsync(milk);
        Assert.True(Guid.TryParseExact(milk.Id, "D", out _), milk.Id);
        Assert.Equal("Milk", (await todos.GetItemAsync(milk.Id!))?.Title);

        var eggs = new CosmosTodo { Id = "eggs", Title = "Eggs" };
        await todos.AddItemAsync(eggs);
        Assert.Equal("eggs", eggs.Id);
        Assert.Equal("Eggs", (await todos.GetItemAsync("eggs"))?.Title);

        var bread = new CosmosTodo { Id = "", Title = "Bread" };
        await todos.AddItemAsync(bread);
        Assert.True(Guid.TryParseExact(bread.Id, "D", out _), bread.Id);
        Assert.NotEqual(milk.Id, bread.Id);
        Assert.Equal(3, await todos.CountAsync());
    }

    [Fact]
    public async Task An_add_returning_the_string_key_returns_the_key_it_stored()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();

        var generated = await todos.CreateAsync(new CosmosTodo { Title = "a" });
        var kept = await todos.CreateAsync(new CosmosTodo { Id = "mine", Title = "b" });

        Assert.True(Guid.TryParseExact(generated, "D", out _), generated);
        Assert.Equal("a", (await todos.GetItemAsync(generated))?.Title);
        Assert.Equal("mine", kept);
    }

    [Fact]
    public async Task A_taken_key_is_still_the_duplicate_key_error_and_the_store_is_unchanged()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();
        await todos.AddItemAsync(new CosmosTodo { Id = "k", Title = "a" });

        await Assert.ThrowsAsync<DuplicateKeyException>(() => todos.AddItemAsync(new CosmosTodo { Id = "k", Title = "b" }));

        Assert.Equal("a", (await todos.GetItemAsync("k"))?.Title);
        Assert.Equal(1, await todos.CountAsync());
    }

    [Fact]
    public async Task An_add_that_does_not_happen_gives_the_caller_its_unset_key_back()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();
        await todos.AddItemAsync(new CosmosTodo { Title = "Milk" });
        var repeat = new CosmosTodo { Title = "Milk" };

        await Assert.ThrowsAsync<DuplicateKeyException>(() => todos.AddItemAsync(repeat));

        Assert.True(string.IsNullOrEmpty(repeat.Id), repeat.Id);
        Assert.Equal(1, await todos.CountAsync());
    }

    [Fact]
    public async Task A_range_that_does_not_happen_stores_none_and_gives_every_key_back()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();
        await todos.AddItemAsync(new CosmosTodo { Title = "Taken" });
        var first = new CosmosTodo { Title = "New" };
        var second = new CosmosTodo { Title = "Taken" };

        await Assert.ThrowsAsync<DuplicateKeyException>(() => todos.AddRangeAsync(new[] { first, second }));

        Assert.True(string.IsNullOrEmpty(first.Id), first.Id);
        Assert.True(string.IsNullOrEmpty(second.Id), second.Id);
        Assert.Equal(1, await todos.CountAsync());

        var third = new CosmosTodo { Title = "Third" };
        var fourth = new CosmosTodo { Id = "four", Title = "Fourth" };
        await todos.AddRangeAsync(new[] { third, fourth });
        Assert.True(Guid.TryParseExact(third.Id, "D", out _), third.Id);
        Assert.Equal("four", fourth.Id);
        Assert.Equal(3, await todos.CountAsync());
    }

    [Fact]
    public async Task An_upsert_without_a_key_inserts_under_a_new_one_and_with_a_key_replaces()
    {
        ICosmosTodos todos = new InMemoryCosmosTodos();
        var item = new CosmosTodo { Title = "a" };

        await todos.UpsertItemAsync(item);
        Assert.True(Guid.TryParseExact(item.Id, "D", out _), item.Id);

        await todos.UpsertItemAsync(new CosmosTodo { Id = item.Id, Title = "b" });
        Assert.Equal("b", (await todos.GetItemAsync(item.Id!))?.Title);
        Assert.Equal(1, await todos.CountAsync());
    }

    [Fact]
    public async Task Without_the_setting_a_null_key_is_refused_and_the_message_names_the_setting()
    {
        IPlainTodos todos = new InMemoryPlainTodos();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => todos.AddItemAsync(new CosmosTodo { Title = "a" }));

        Assert.Equal("item", error.ParamName);
        Assert.Contains("PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset", error.Message, StringComparison.Ordinal);
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => todos.AddItemAsync(new CosmosTodo { Id = "", Title = "a" }));
        Assert.Contains("PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset", blank.Message, StringComparison.Ordinal);
        Assert.Null(await todos.GetItemAsync(""));
    }
}
