// Source: https://github.com/jellyfin/jellyfin
// Commit: c3ed1407ca69
// Licence: GPL-2.0 (an interface signature and a minimal model transcribed for a test)
// Path: MediaBrowser.Controller/Persistence/IChapterRepository.cs (model: MediaBrowser.Model/Entities/ChapterInfo.cs)
// Real store: Jellyfin.Server.Implementations/Item/ChapterRepository.cs (EF Core, the Chapters table keyed by (ItemId,
//   ChapterIndex)): SaveChapters(itemId, chapters) deletes the item's chapters and inserts the list, each with its index
//   in the list; GetChapters(baseItemId) returns the item's chapters ordered by StartPositionTicks (an empty list for an
//   item without chapters); GetChapter(baseItemId, index) the chapter saved at that index, or null;
//   DeleteChaptersAsync(itemId) deletes the item's chapters. (ImageTag is computed from the item's path on read; left
//   out here: the smoke saves chapters without images.)
// Shapes: *=1,12; GetChapter=4
// First try (bb0aa1c): incomplete: IMF0001 SaveChapters, GetChapters, GetChapter, DeleteChaptersAsync (read as a
//   key-value store of ChapterInfo) | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Jellyfin.IChapterRepositoryCase;

public class ChapterInfo
{
    public long StartPositionTicks { get; set; }
    public string? Name { get; set; }
    public string? ImagePath { get; set; }
    public DateTime ImageDateModified { get; set; }
    public string? ImageTag { get; set; }
}

[InMemoryFake]
public interface IChapterRepository
{
    Task DeleteChaptersAsync(Guid itemId, CancellationToken cancellationToken);

    void SaveChapters(Guid itemId, IReadOnlyList<ChapterInfo> chapters);

    IReadOnlyList<ChapterInfo> GetChapters(Guid baseItemId);

    ChapterInfo? GetChapter(Guid baseItemId, int index);
}

public static class Smoke
{
    public static async Task RunAsync(IChapterRepository repository)
    {
        var movie = Guid.NewGuid();
        var episode = Guid.NewGuid();
        Check.Equal(0, repository.GetChapters(movie).Count, "an item without chapters has an empty list");
        repository.SaveChapters(movie, [new ChapterInfo { StartPositionTicks = 0, Name = "Opening" }, new ChapterInfo { StartPositionTicks = 600_000_000, Name = "Heist" }]);
        repository.SaveChapters(episode, [new ChapterInfo { StartPositionTicks = 0, Name = "Cold open" }]);
        var chapters = repository.GetChapters(movie);
        Check.Equal(2, chapters.Count, "GetChapters returns the item's chapters");
        Check.Equal("Heist", chapters[1].Name, "GetChapters orders by StartPositionTicks");
        Check.Equal("Heist", repository.GetChapter(movie, 1)?.Name, "GetChapter(item, index) returns the chapter saved at that index");
        Check.Null(repository.GetChapter(movie, 5), "GetChapter of a missing index is null");
        repository.SaveChapters(movie, [new ChapterInfo { StartPositionTicks = 0, Name = "Only" }]);
        Check.Equal(1, repository.GetChapters(movie).Count, "SaveChapters replaces the item's chapters");
        await repository.DeleteChaptersAsync(movie, CancellationToken.None);
        Check.Equal(0, repository.GetChapters(movie).Count, "DeleteChaptersAsync deletes the item's chapters");
        Check.Equal(1, repository.GetChapters(episode).Count, "another item's chapters are kept");
    }
}
