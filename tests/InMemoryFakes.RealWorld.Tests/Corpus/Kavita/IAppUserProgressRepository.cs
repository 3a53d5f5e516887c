// Source: https://github.com/Kareadita/Kavita
// Commit: ed7e9d4a6e85
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of Kareadita/Kavita.
// Path: API/Data/Repositories/AppUserProgressRepository.cs (models: API/Entities/AppUserProgress.cs,
//   API/DTOs/Progress/ProgressDto.cs, FullProgressDto.cs, API/Entities/Enums/LibraryType.cs)
// Adapted: AppUserProgress drops MarkModified (its AppUser navigation is kept; AppUser (API/Entities/AppUser.cs, an
//   IdentityUser<int>) keeps Id and UserName); LibraryType keeps three members; ProgressDto
//   drops its [Required] attributes. The file's own #nullable enable around the interface is kept; FullProgressDto
//   (annotations off in the project) is under #nullable disable.
// Real store: the same file (EF Core; writes are saved by Kavita's IUnitOfWork.CommitAsync): Update(progress) marks
//   the row Modified; GetUserProgressAsync(chapterId, userId) the row with that ChapterId and AppUserId, or null;
//   HasAnyProgressOnSeriesAsync / AnyUserProgressForSeriesAsync(seriesId, userId) whether the user has a row of that
//   series with PagesRead > 0; GetUserProgressForSeriesAsync the user's rows of the series with PagesRead > 0;
//   GetAllProgress every row; GetAnyProgress the first row or null; GetLatestProgress the greatest LastModifiedUtc
//   (default when none); GetLatest/FirstProgressForSeries the greatest/least LastModifiedUtc of the user's rows of
//   the series, null when none; GetUserProgressDtoAsync the row by (chapterId, userId) mapped by AutoMapper;
//   GetUserProgressForChapter(chapterId, userId = 0) the rows of the chapter (of every user when userId is 0) with
//   the user's name; CleanupAbandonedChapters, UserHasProgress, GetHighestFullyRead*ForSeries and
//   UpdateAllProgressThatAreMoreThanChapterPages join the Chapter, Series and Library tables.
// Shapes: *=4; Update=core; CleanupAbandonedChapters=core; UserHasProgress=core; GetAnyProgress=19; GetAllProgress=1;
//   GetLatestProgress=core; UpdateAllProgressThatAreMoreThanChapterPages=core
// First try (ffaa154): incomplete: IMF0001 on all 17 members (Update with no member that creates a progress row;
//   userId names no property, the column is AppUserId; the rest are domain queries) | WRONG: none
// Still wrong: since userId binds AppUserId through the AppUser navigation, GetUserProgressForSeriesAsync and
//   AnyUserProgressForSeriesAsync(seriesId, userId) are generated as the rows (any row) of that series and user, without
//   the real store's PagesRead > 0, which no signature shows; the probe stops before them (at HasAnyProgressOnSeriesAsync).
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Kavita.IAppUserProgressRepositoryCase;

public enum LibraryType
{
    Manga = 0,
    Comic = 1,
    Book = 2,
}

public class AppUserProgress
{
    public int Id { get; set; }
    public int PagesRead { get; set; }
    public int VolumeId { get; set; }
    public int SeriesId { get; set; }
    public int LibraryId { get; set; }
    public int ChapterId { get; set; }
    public string? BookScrollId { get; set; }
    public DateTime Created { get; set; }
    public DateTime LastModified { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime LastModifiedUtc { get; set; }

    public AppUser AppUser { get; set; } = null!;
    public int AppUserId { get; set; }
}

public class AppUser
{
    public int Id { get; set; }
    public string? UserName { get; set; }
}

public class ProgressDto
{
    public int VolumeId { get; set; }
    public int ChapterId { get; set; }
    public int PageNum { get; set; }
    public int SeriesId { get; set; }
    public int LibraryId { get; set; }
    public string? BookScrollId { get; set; }
    public DateTime LastModifiedUtc { get; set; }
}

#nullable disable
public class FullProgressDto
{
    public int Id { get; set; }
    public int ChapterId { get; set; }
    public int PagesRead { get; set; }
    public DateTime LastModified { get; set; }
    public DateTime LastModifiedUtc { get; set; }
    public DateTime Created { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int AppUserId { get; set; }
    public string UserName { get; set; }
}
#nullable enable

[InMemoryFake]
public interface IAppUserProgressRepository
{
    void Update(AppUserProgress userProgress);
    Task<int> CleanupAbandonedChapters();
    Task<bool> UserHasProgress(LibraryType libraryType, int userId);
    Task<AppUserProgress?> GetUserProgressAsync(int chapterId, int userId);
    Task<bool> HasAnyProgressOnSeriesAsync(int seriesId, int userId);
    Task<AppUserProgress?> GetAnyProgress();
    Task<IEnumerable<AppUserProgress>> GetUserProgressForSeriesAsync(int seriesId, int userId);
    Task<IEnumerable<AppUserProgress>> GetAllProgress();
    Task<DateTime> GetLatestProgress();
    Task<ProgressDto?> GetUserProgressDtoAsync(int chapterId, int userId);
    Task<bool> AnyUserProgressForSeriesAsync(int seriesId, int userId);
    Task<int> GetHighestFullyReadChapterForSeries(int seriesId, int userId);
    Task<float> GetHighestFullyReadVolumeForSeries(int seriesId, int userId);
    Task<DateTime?> GetLatestProgressForSeries(int seriesId, int userId);
    Task<DateTime?> GetFirstProgressForSeries(int seriesId, int userId);
    Task UpdateAllProgressThatAreMoreThanChapterPages();
    Task<IList<FullProgressDto>> GetUserProgressForChapter(int chapterId, int userId = 0);
}

public static class Smoke
{
    public static async Task RunAsync(IAppUserProgressRepository repository)
    {
        var at = new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);
        ((IInMemoryFake)repository).Seed(
            new AppUserProgress { Id = 1, AppUserId = 7, SeriesId = 3, ChapterId = 30, PagesRead = 5, LastModifiedUtc = at },
            new AppUserProgress { Id = 2, AppUserId = 7, SeriesId = 3, ChapterId = 31, PagesRead = 0, LastModifiedUtc = at.AddDays(1) },
            new AppUserProgress { Id = 3, AppUserId = 8, SeriesId = 4, ChapterId = 40, PagesRead = 2, LastModifiedUtc = at.AddDays(2) });
        Check.Equal(5, (await repository.GetUserProgressAsync(30, 7))?.PagesRead, "GetUserProgressAsync finds the row by chapter and user");
        Check.Null(await repository.GetUserProgressAsync(30, 8), "GetUserProgressAsync of another user's chapter is null");
        Check.True(await repository.HasAnyProgressOnSeriesAsync(3, 7), "HasAnyProgressOnSeriesAsync: a row with pages read");
        Check.False(await repository.HasAnyProgressOnSeriesAsync(4, 7), "HasAnyProgressOnSeriesAsync: none for another series");
        Check.Equal(1, (await repository.GetUserProgressForSeriesAsync(3, 7)).Count(), "GetUserProgressForSeriesAsync leaves out rows with no pages read");
        Check.Equal(3, (await repository.GetAllProgress()).Count(), "GetAllProgress returns every row");
        Check.Equal(at.AddDays(2), await repository.GetLatestProgress(), "GetLatestProgress is the greatest LastModifiedUtc");
        Check.Equal(at.AddDays(1), await repository.GetLatestProgressForSeries(3, 7), "GetLatestProgressForSeries is the user's latest in the series");
        Check.Equal(at, await repository.GetFirstProgressForSeries(3, 7), "GetFirstProgressForSeries is the user's earliest in the series");
        Check.Null(await repository.GetFirstProgressForSeries(9, 7), "GetFirstProgressForSeries is null with no rows");
        var row = (await repository.GetUserProgressAsync(30, 7))!;
        row.PagesRead = 9;
        repository.Update(row);
        Check.Equal(9, (await repository.GetUserProgressAsync(30, 7))?.PagesRead, "Update writes the changed row");
    }
}
