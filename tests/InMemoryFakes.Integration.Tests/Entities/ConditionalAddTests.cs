using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Repositories that add only when the key is free: TryAddAsync(entity) returning bool, AddIfNotExistsAsync(entity)
// returning nothing (seeding code, idempotent message handlers). Neither throws for a taken key; neither overwrites.
public sealed class Bookmark
{
    public int Id { get; set; }

    public string Url { get; set; } = "";
}

[InMemoryFake]
public interface IBookmarkRepository
{
    Task<bool> TryAddAsync(Bookmark bookmark);

    Task AddIfNotExistsAsync(Bookmark bookmark);

    Task<Bookmark?> GetByIdAsync(int id);

    Task<int> CountAsync();
}

public sealed class ConditionalAddTests
{
    [Fact]
    public async Task TryAdd_adds_a_new_key_and_returns_false_for_a_taken_one_without_overwriting()
    {
        IBookmarkRepository bookmarks = new InMemoryBookmarkRepository();

        Assert.True(await bookmarks.TryAddAsync(new Bookmark { Id = 1, Url = "https://a.example" }));
        Assert.False(await bookmarks.TryAddAsync(new Bookmark { Id = 1, Url = "https://b.example" }));

        Assert.Equal("https://a.example", (await bookmarks.GetByIdAsync(1))!.Url);
        Assert.Equal(1, await bookmarks.CountAsync());
    }

    [Fact]
    public async Task AddIfNotExists_skips_a_taken_key_without_throwing_or_overwriting()
    {
        IBookmarkRepository bookmarks = new InMemoryBookmarkRepository();

        await bookmarks.AddIfNotExistsAsync(new Bookmark { Id = 2, Url = "https://a.example" });
        await bookmarks.AddIfNotExistsAsync(new Bookmark { Id = 2, Url = "https://b.example" });
        await bookmarks.AddIfNotExistsAsync(new Bookmark { Id = 3, Url = "https://c.example" });

        Assert.Equal("https://a.example", (await bookmarks.GetByIdAsync(2))!.Url);
        Assert.Equal(2, await bookmarks.CountAsync());
    }
}
