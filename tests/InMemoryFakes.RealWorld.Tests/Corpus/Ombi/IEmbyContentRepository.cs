// Source: https://github.com/Ombi-app/Ombi
// Commit: 86c179caafcc
// Licence: GPL-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 2nd of Ombi-app/Ombi.
// Path: src/Ombi.Store/Repository/IEmbyContentRepository.cs (bases: IMediaServerContentRepository.cs,
//   IExternalRepository.cs; models: Entities/Entity.cs, EmbyContent.cs, EmbyEpisode.cs, IMediaServerContent.cs,
//   MediaServerContent.cs, RecentlyAddedLog.cs)
// Adapted: the models keep their data properties (EmbyContent drops the obsolete ProviderId; EmbyEpisode keeps
//   SeriesIsIn/IsIn); IEntity is the Id the project's IEntity declares. Ombi builds without nullable annotations
//   (#nullable disable).
// Real store: src/Ombi.Store/Repository/EmbyContentRepository.cs over MediaServerContentRepository and
//   BaseRepository (EF Core, ExternalContext: the EmbyContent and EmbyEpisode tables, keyed by Id): Find(key) the
//   content row with that Id or null; GetAll/Get the content rows as a query; FirstOrDefaultAsync(predicate) the first
//   matching content or null; Add/AddRange(content) insert content rows (AddRange saves only when save is true), the
//   database assigns Id; Delete/DeleteRange remove content rows; SaveChangesAsync saves tracked changes;
//   Update/UpdateRange/UpdateWithoutSave update content rows (the last without saving); Add/AddRange(episode) insert
//   episode rows; GetAllEpisodes the episode rows; DeleteTv(tv) removes tv's episodes (ParentId == tv.EmbyId) and tv;
//   GetByEmbyId/GetByTheMovieDbId/GetByTvDbId/GetByImdbId the first content with that id or null;
//   GetEpisodeByEmbyId the first episode with that EmbyId or null; GetEpisodesByEmbyId the episodes with that EmbyId;
//   GetAllSeriesEmbyIds / GetAllEpisodeEmbyIds the non-empty EmbyIds of the content / episodes; GetAllEpisodeMetadata
//   a dictionary "EmbyId:EpisodeNumber" -> (EpisodeNumber, SeasonNumber) of the episodes with an EmbyId;
//   RecentlyAddedType is Emby; Include is EF Core's Include; ExecuteSql runs raw SQL.
// Shapes: *=core; Include=20; ExecuteSql=20; SaveChangesAsync=13; GetAllEpisodeMetadata=14; GetAllSeriesEmbyIds=14; GetAllEpisodeEmbyIds=14; DeleteTv=6; UpdateWithoutSave=13
// First try (46fe673): incomplete: IMF0001 Add(IMediaServerEpisode), AddRange (both: the episodes, and the content's
//   bool save), Update, UpdateRange (they take IMediaServerContent), UpdateWithoutSave, Get(), GetAllEpisodes,
//   GetAllSeriesEmbyIds, GetAllEpisodeEmbyIds, GetAllEpisodeMetadata, RecentlyAddedType, Include, ExecuteSql; IMF0015
//   GetEpisodeByEmbyId, GetEpisodesByEmbyId; IMF0022 SaveChangesAsync | WRONG: DeleteTv(tv) removes the show only,
//   where the real store also removes its episodes (ParentId == tv.EmbyId; the episode members are refused, so this
//   shows once they are written by hand). Find, GetAll, FirstOrDefaultAsync, Add(content), Delete, DeleteRange and
//   the GetBy{Id} lookups generated right. DeleteTv is now refused (IMF0001: a write's noun proven only by the entity
//   parameter's name is a role the store may write apart; docs/generator.md, entity repository)
// After h-oblivious (session 29): still incomplete (other members); GetByEmbyId, GetByImdbId, GetByTheMovieDbId,
//   GetByTvDbId answer null for a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity
//   says nothing of a missing one, and stores of that signature disagree (docs/generator.md, Oblivious reads); the real
//   store answers null for a missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute
//   states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore.Query;

namespace Corpus.Ombi.IEmbyContentRepositoryCase;

public interface IEntity
{
    int Id { get; set; }
}

public abstract class Entity : IEntity
{
    public int Id { get; set; }
}

public enum MediaType
{
    Movie = 0,
    Series = 1,
    Music = 2,
    Episode = 3,
}

public enum RecentlyAddedType
{
    Plex = 0,
    Emby = 1,
    Jellyfin = 2,
}

public interface IMediaServerContent : IEntity
{
    string Title { get; set; }
    string ImdbId { get; set; }
    string TvDbId { get; set; }
    string TheMovieDbId { get; set; }
    MediaType Type { get; set; }
    RecentlyAddedType RecentlyAddedType { get; }
    string Quality { get; set; }
    bool Has4K { get; set; }
    string Url { get; set; }
    ICollection<IMediaServerEpisode> Episodes { get; set; }
    DateTime AddedAt { get; set; }
}

public interface IBaseMediaServerEpisode
{
    int EpisodeNumber { get; set; }
    int SeasonNumber { get; set; }
}

public interface IMediaServerEpisode : IBaseMediaServerEpisode
{
    string Title { get; set; }
    IMediaServerContent Series { get; set; }
    IMediaServerContent SeriesIsIn(ICollection<IMediaServerContent> content);
    bool IsIn(IMediaServerContent content);
}

public abstract class MediaServerContent : Entity, IMediaServerContent
{
    public string Title { get; set; }
    public string ImdbId { get; set; }
    public string TvDbId { get; set; }
    public string TheMovieDbId { get; set; }
    public MediaType Type { get; set; }
    public string Quality { get; set; }
    public bool Has4K { get; set; }
    public string Url { get; set; }
    public ICollection<IMediaServerEpisode> Episodes { get; set; }
    public DateTime AddedAt { get; set; }
    public abstract RecentlyAddedType RecentlyAddedType { get; }
}

public abstract class MediaServerEpisode : Entity, IMediaServerEpisode
{
    public int EpisodeNumber { get; set; }
    public int SeasonNumber { get; set; }
    public string Title { get; set; }
    public IMediaServerContent Series { get; set; }
    public abstract IMediaServerContent SeriesIsIn(ICollection<IMediaServerContent> content);

    public bool IsIn(IMediaServerContent content)
        => content.Episodes.Any(x => x.SeasonNumber == SeasonNumber && x.EpisodeNumber == EpisodeNumber);
}

public class EmbyContent : MediaServerContent
{
    public string EmbyId { get; set; }
    public override RecentlyAddedType RecentlyAddedType => RecentlyAddedType.Emby;
}

public class EmbyEpisode : MediaServerEpisode
{
    public string EmbyId { get; set; }
    public string ParentId { get; set; }
    public string ProviderId { get; set; }
    public DateTime AddedAt { get; set; }
    public string TvDbId { get; set; }
    public string ImdbId { get; set; }
    public string TheMovieDbId { get; set; }

    public EmbyContent EmbySeries
    {
        get => (EmbyContent)Series;
        set => Series = value;
    }

    public override IMediaServerContent SeriesIsIn(ICollection<IMediaServerContent> content)
        => content.OfType<EmbyContent>().FirstOrDefault(x => x.EmbyId == EmbySeries.EmbyId);
}

public interface IExternalRepository<T> where T : IEntity
{
    Task<T> Find(object key);
    IQueryable<T> GetAll();
    Task<T> FirstOrDefaultAsync(Expression<Func<T, bool>> predicate);
    Task AddRange(IEnumerable<T> content, bool save = true);
    Task<T> Add(T content);
    Task DeleteRange(IEnumerable<T> req);
    Task Delete(T request);
    Task<int> SaveChangesAsync();

    IIncludableQueryable<TEntity, TProperty> Include<TEntity, TProperty>(
        IQueryable<TEntity> source, Expression<Func<TEntity, TProperty>> navigationPropertyPath)
        where TEntity : class;

    Task ExecuteSql(string sql);
}

public interface IMediaServerContentRepository<Content> : IExternalRepository<Content>
  where Content : IMediaServerContent
{
    RecentlyAddedType RecentlyAddedType { get; }
    Task Update(IMediaServerContent existingContent);
    Task UpdateRange(IEnumerable<IMediaServerContent> existingContent);
    IQueryable<IMediaServerEpisode> GetAllEpisodes();
    Task<IMediaServerEpisode> Add(IMediaServerEpisode content);
    Task AddRange(IEnumerable<IMediaServerEpisode> content);
    Task DeleteTv(Content tv);
    void UpdateWithoutSave(IMediaServerContent existingContent);
}

[InMemoryFake]
public interface IEmbyContentRepository : IMediaServerContentRepository<EmbyContent>
{
    Task<EmbyContent> GetByEmbyId(string embyId);
    Task<EmbyEpisode> GetEpisodeByEmbyId(string key);
    Task<List<EmbyEpisode>> GetEpisodesByEmbyId(string key);
    IQueryable<EmbyContent> Get();
    Task<EmbyContent> GetByTheMovieDbId(string mov);
    Task<EmbyContent> GetByTvDbId(string tv);
    Task<EmbyContent> GetByImdbId(string imdbid);
    Task<HashSet<string>> GetAllSeriesEmbyIds();
    Task<HashSet<string>> GetAllEpisodeEmbyIds();
    Task<Dictionary<string, (int EpisodeNumber, int SeasonNumber)>> GetAllEpisodeMetadata();
}

public static class Smoke
{
    public static async Task RunAsync(IEmbyContentRepository repository)
    {
        var show = await repository.Add(new EmbyContent { Title = "Show", EmbyId = "e-1", ImdbId = "tt1", TvDbId = "tv1", TheMovieDbId = "m1", Type = MediaType.Series });
        Check.True(show.Id != 0, "Add assigns the Id");
        Check.Equal("Show", (await repository.Find(show.Id))?.Title, "Find(key) returns the content");
        Check.Equal(show.Id, (await repository.GetByEmbyId("e-1"))?.Id, "GetByEmbyId finds the content");
        Check.Null(await repository.GetByEmbyId("missing"), "GetByEmbyId of an unknown id is null");
        Check.Equal(show.Id, (await repository.GetByImdbId("tt1"))?.Id, "GetByImdbId finds the content");
        Check.Equal(show.Id, (await repository.GetByTvDbId("tv1"))?.Id, "GetByTvDbId finds the content");
        Check.Equal(show.Id, (await repository.GetByTheMovieDbId("m1"))?.Id, "GetByTheMovieDbId finds the content");
        await repository.AddRange(new IMediaServerEpisode[]
        {
            new EmbyEpisode { EmbyId = "ep-1", ParentId = "e-1", EpisodeNumber = 1, SeasonNumber = 1, Title = "Pilot" },
            new EmbyEpisode { EmbyId = "ep-2", ParentId = "e-1", EpisodeNumber = 2, SeasonNumber = 1, Title = "Second" },
        });
        Check.Equal("Pilot", (await repository.GetEpisodeByEmbyId("ep-1"))?.Title, "GetEpisodeByEmbyId finds the episode");
        Check.Equal(1, (await repository.GetEpisodesByEmbyId("ep-2")).Count, "GetEpisodesByEmbyId returns the episodes with that id");
        Check.Equal(2, repository.GetAllEpisodes().Count(), "GetAllEpisodes returns every episode");
        Check.True((await repository.GetAllSeriesEmbyIds()).Contains("e-1"), "GetAllSeriesEmbyIds has the content's EmbyIds");
        Check.Equal(2, (await repository.GetAllEpisodeEmbyIds()).Count, "GetAllEpisodeEmbyIds has the episodes' EmbyIds");
        Check.Equal((2, 1), (await repository.GetAllEpisodeMetadata())["ep-2:2"], "GetAllEpisodeMetadata maps EmbyId:EpisodeNumber to the numbers");
        show.Quality = "1080p";
        await repository.Update(show);
        Check.Equal("1080p", repository.Get().Single().Quality, "Update writes the content");
        Check.Equal(RecentlyAddedType.Emby, repository.RecentlyAddedType, "RecentlyAddedType is Emby");
        await repository.DeleteTv(show);
        Check.Equal(0, repository.GetAll().Count(), "DeleteTv deletes the show");
        Check.Equal(0, repository.GetAllEpisodes().Count(), "DeleteTv deletes the show's episodes");
    }
}
