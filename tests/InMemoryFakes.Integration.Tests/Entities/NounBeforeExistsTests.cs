using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// {Noun}Exists(key) with the noun in front of the verb (Jellyfin's IItemRepository.ItemExistsAsync(Guid id) of BaseItem):
// an existence check by key when the noun is the entity's name, a trailing word of it, or a neutral word (Item, Entity,
// Record); any other word is refused (it may filter).

public sealed class MediaItem
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake]
public interface IMediaItems
{
    void Add(MediaItem item);

    Task<bool> ItemExistsAsync(Guid id);

    bool MediaItemExists(Guid id);
}

public sealed class NounBeforeExistsTests
{
    [Fact]
    public async Task ItemExists_and_EntityExists_check_the_key()
    {
        IMediaItems items = new InMemoryMediaItems();
        var id = Guid.NewGuid();
        items.Add(new MediaItem { Id = id, Name = "Heat" });

        Assert.True(await items.ItemExistsAsync(id));
        Assert.False(await items.ItemExistsAsync(Guid.NewGuid()));
        Assert.True(items.MediaItemExists(id));
        Assert.False(items.MediaItemExists(Guid.NewGuid()));
    }
}
