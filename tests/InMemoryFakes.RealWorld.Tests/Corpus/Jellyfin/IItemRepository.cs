// Source: https://github.com/jellyfin/jellyfin
// Commit: c3ed1407ca69
// Licence: GPL-2.0 (an interface signature and minimal models transcribed for a test)
// Path: MediaBrowser.Controller/Persistence/IItemRepository.cs (models: MediaBrowser.Controller/Entities/BaseItem.cs,
//   InternalItemsQuery.cs, MediaBrowser.Model/Querying/QueryResult.cs, ItemCounts.cs, QueryFiltersLegacy.cs,
//   Jellyfin.Data/Enums/CollectionType.cs, MediaBrowser.Model/Entities/MediaStreamType.cs,
//   Jellyfin.Database.Implementations/Entities/User.cs)
// Adapted: BaseItem keeps Id, Name, Genres, Studios; InternalItemsQuery keeps a few of its ~150 filter properties;
//   User keeps Id and Username; the enums keep a few members.
// Real store: Jellyfin.Server.Implementations/Item/BaseItemRepository*.cs (EF Core): RetrieveItem(id) returns the item or
//   null (an empty id is ArgumentException); ItemExistsAsync(id) whether a row has the id; GetItems/GetItemList
//   translate the ~150 properties of InternalItemsQuery into one query; the Get*Names members read the item-value
//   tables; GetIsPlayed reads the user-data table. There is no write member: items are saved by IItemPersistenceService.
// Shapes: *=2; RetrieveItem=core; ItemExistsAsync=core; GetMusicGenreNames=core; GetStudioNames=core;
//   GetGenreNames=core; GetAllArtistNames=core; GetIsPlayed=core
// First try (bb0aa1c): incomplete: IMF0001 ItemExistsAsync, GetItems, GetItemIdsList, GetItemList, GetLatestItemList,
//   GetGenres, GetMusicGenres, GetStudios, GetArtists, GetAlbumArtists, GetAllArtists, GetMusicGenreNames,
//   GetStudioNames, GetGenreNames, GetMediaStreamLanguages, GetAllArtistNames, GetQueryFiltersLegacy, GetIsPlayed |
//   WRONG: none (RetrieveItem generated right)
// After h-oblivious (session 29): still incomplete (other members); RetrieveItem answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Jellyfin.IItemRepositoryCase;

public class BaseItem
{
    public Guid Id { get; set; }
    public string Name { get; set; }
    public string[] Genres { get; set; } = [];
    public string[] Studios { get; set; } = [];
}

public class InternalItemsQuery
{
    public int? StartIndex { get; set; }
    public int? Limit { get; set; }
    public string NameContains { get; set; }
    public string[] Genres { get; set; } = [];
    public Guid ParentId { get; set; }
    public bool? IsPlayed { get; set; }
}

public class QueryResult<T>
{
    public IReadOnlyList<T> Items { get; set; } = [];
    public int TotalRecordCount { get; set; }
    public int? StartIndex { get; set; }
}

public class ItemCounts
{
    public int MovieCount { get; set; }
    public int SeriesCount { get; set; }
    public int EpisodeCount { get; set; }
    public int ItemCount { get; set; }
}

public class QueryFiltersLegacy
{
    public string[] Genres { get; set; } = [];
    public string[] Tags { get; set; } = [];
    public string[] OfficialRatings { get; set; } = [];
    public int[] Years { get; set; } = [];
}

public enum CollectionType
{
    unknown = 0,
    movies = 1,
    tvshows = 2,
    music = 3,
}

public enum MediaStreamType
{
    Audio,
    Video,
    Subtitle,
}

public class User
{
    public Guid Id { get; set; }
    public string Username { get; set; }
}

[InMemoryFake]
public interface IItemRepository
{
    BaseItem RetrieveItem(Guid id);
    QueryResult<BaseItem> GetItems(InternalItemsQuery filter);
    IReadOnlyList<Guid> GetItemIdsList(InternalItemsQuery filter);
    IReadOnlyList<BaseItem> GetItemList(InternalItemsQuery filter);
    IReadOnlyList<BaseItem> GetLatestItemList(InternalItemsQuery filter, CollectionType collectionType);
    Task<bool> ItemExistsAsync(Guid id);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetGenres(InternalItemsQuery filter);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetMusicGenres(InternalItemsQuery filter);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetStudios(InternalItemsQuery filter);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetArtists(InternalItemsQuery filter);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetAlbumArtists(InternalItemsQuery filter);
    QueryResult<(BaseItem Item, ItemCounts ItemCounts)> GetAllArtists(InternalItemsQuery filter);
    IReadOnlyList<string> GetMusicGenreNames();
    IReadOnlyList<string> GetStudioNames();
    IReadOnlyList<string> GetGenreNames();
    public IReadOnlyList<string> GetMediaStreamLanguages(InternalItemsQuery filter, MediaStreamType mediaStreamType);
    IReadOnlyList<string> GetAllArtistNames();
    QueryFiltersLegacy GetQueryFiltersLegacy(InternalItemsQuery filter);
    bool GetIsPlayed(User user, Guid id, bool recursive);
}

public static class Smoke
{
    public static async Task RunAsync(IItemRepository repository)
    {
        var id = Guid.NewGuid();
        ((IInMemoryFake)repository).Seed(new BaseItem { Id = id, Name = "Heat", Genres = ["Crime"], Studios = ["Warner"] });
        Check.Equal("Heat", repository.RetrieveItem(id)?.Name, "RetrieveItem finds an item by id");
        Check.Null(repository.RetrieveItem(Guid.NewGuid()), "RetrieveItem of a missing id is null");
        Check.True(await repository.ItemExistsAsync(id), "ItemExistsAsync finds a stored id");
        Check.False(await repository.ItemExistsAsync(Guid.NewGuid()), "ItemExistsAsync of a missing id is false");
    }
}
