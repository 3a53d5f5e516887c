// Source: https://github.com/Lidarr/Lidarr
// Commit: 0501e6156
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample10 rule, fixed before probing: in these repositories, in this order (HangfireIO/Hangfire,
//   Jackett/Jackett, duplicati/duplicati, files-community/Files, dnnsoftware/Dnn.Platform, VirtoCommerce/vc-platform,
//   ChilliCream/graphql-platform, dapr/dotnet-sdk, SteeltoeOSS/Steeltoe, ErsatzTV/ErsatzTV, Lidarr/Lidarr,
//   ShareX/ShareX, OData/AspNetCoreOData, linq2db/linq2db, JasperFx/marten), skipping any the tools do not hold or
//   already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Dnn.Platform (792 MB) and graphql-platform (992 MB) are over fetch's
//   500 MB limit: skipped, unprobed. Hangfire, Jackett, Files, Steeltoe and ShareX have no such interface; dapr's
//   IInterpretedMachineStore, vc-platform's IPlatformMemoryCache (1 member; its base IMemoryCache is not in the
//   repository) and IRequestScopedCache, and Lidarr's IArtistStatisticsRepository declare 2 or fewer; Lidarr's
//   IAutoTaggingRepository declares nothing beyond IBasicRepository<T>, a member-for-member copy of the corpus's
//   Sonarr IBasicRepository: not counted. The 12: duplicati ITokenFamilyStore; vc-platform IRepository and
//   IPushNotificationStorage; ErsatzTV IHlsInitSegmentCache and IEmbySecretStore; Lidarr IUserRepository and
//   IBlocklistRepository; AspNetCoreOData IAlternateKeyRepository; linq2db ICredentialStore and IMemoryCache; marten
//   IThingStore and IOtherStore (both only IDocumentStore, dozens of members: not transcribed, a gap to close).
//   This one: the 1st of Lidarr/Lidarr.
// Path: src/NzbDrone.Core/Authentication/UserRepository.cs (models: User.cs, src/NzbDrone.Core/Datastore/BasicRepository.cs,
//   ModelBase.cs, PagingSpec.cs)
// Adapted: PagingSpec keeps its data properties. Lidarr builds without nullable annotations (#nullable disable).
// Real store: src/NzbDrone.Core/Datastore/BasicRepository.cs (Dapper over SQLite or PostgreSQL; the same code as
//   Sonarr's): All every row; Count the row count; Find(id) the row or null; Get(id) the row or ModelNotFoundException;
//   Get(ids) the rows, ApplicationException when one is missing; Insert(model) InvalidOperationException when
//   model.Id is not 0, else inserts, sets the new Id and returns the model; InsertMany likewise for all; Update(model)
//   InvalidOperationException when Id is 0, else writes every column of the row with that Id (a missing Id changes
//   nothing); UpdateMany likewise; Upsert inserts when Id is 0, else updates; Delete(model)/Delete(id)/DeleteMany
//   delete by Id (missing ids ignored); SetFields writes only the given columns; Purge deletes every row (and VACUUMs
//   when asked); HasItems whether a row exists; Single/SingleOrDefault Enumerable.Single(OrDefault) of All();
//   GetPaged fills the spec's Records and TotalRecords for its page, sort and filters.
//   FindUser(username) / FindUser(identifier): Query(x => x.Username == username).SingleOrDefault() (likewise on
//   Identifier): the one row with that Username (SQL equality, case-sensitive) or Identifier, null when none,
//   InvalidOperationException when several match.
// Shapes: *=core; Get=18; SetFields=20; Purge=8,19; HasItems=19; Single=19; SingleOrDefault=19; GetPaged=14; InsertMany=18; UpdateMany=18; DeleteMany=18
// First try (5b09e8f): incomplete: IMF0001 Get(IEnumerable<int> ids), GetPaged, Purge, SetFields (both) | WRONG: Insert of
//   a model whose Id is set stores it where the real store throws InvalidOperationException (the preset-key case a
//   setting states: Configured below); with it, FindUser(username) returns the first of several matching rows where
//   the real store's SingleOrDefault throws InvalidOperationException.
// After h-conv1 (session 15, 2026-12-04): Purge(bool vacuum = false) is generated as a clear: every row removed, as
//   BasicRepository.Purge's DELETE FROM does; vacuum is ignored, since SQLite's VACUUM rebuilds the file and changes
//   no row. The other refusals stand.
// After h-arr (session 16, 2026-12-04): SetFields(model, params properties) and SetFields(models, params
//   properties) write only the listed properties of the stored row with the model's Id (the real UPDATE … SET
//   those columns WHERE Id = @Id); GetPaged reads Page (1-based, 0 the first), PageSize, SortKey (any case; null
//   orders by Id), SortDirection and FilterExpressions and fills Records and TotalRecords from one read,
//   returning the spec (docs/generator.md#paging-specs); Get(IEnumerable<int> ids) is generated under the
//   settings below. Complete (Delete(model) configured below).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse: Insert of a model whose Id is already set throws
//   InvalidOperationException and stores nothing, as the real BasicRepository.Insert does ("Can't insert model with
//   existing ID"); no signature says a store refuses a preset key. SeveralMatches = SeveralMatches.Throw: FindUser(username) and FindUser(identifier) of a value two rows
//   share throw InvalidOperationException ("Sequence contains more than one element."), as the real
//   Query(...).SingleOrDefault() does; nothing in the signature says single-match. (Unstated, the fake now throws
//   InvalidOperationException too, with a message asking for the setting: no longer silently the first row.)
//   ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw (h-arr): BasicRepository.Get(ids) is
//   Query(x => ids.Contains(x.Id)), the table's order, and throws ApplicationException("Expected query to return
//   N rows but returned M") when the row count differs from ids.Count(), so a missing id, or an id given twice,
//   throws; no ids gives an empty list. No signature says the order or the throw. MissingDelete =
//   MissingDelete.Ignore (h-arr): BasicRepository.Delete(model) is Delete(model.Id), a SQL DELETE run through
//   Dapper with no affected-row check, so a missing model deletes nothing, as Delete(id) does.
// Still wrong: SetFields of a model whose Id is set but not stored throws the not-found error, where the real
//   UPDATE changes nothing (Update(model) did so before this round too); SetFields of an Id-0 model throws
//   ArgumentException where the real store throws InvalidOperationException; Get(ids) throws the fake's
//   NotFoundException (a KeyNotFoundException) where the real store throws ApplicationException; GetPaged with a
//   null SortKey orders by Id as the real store does but leaves SortKey null, where the real store writes
//   "{table}.Id" into it; a sort key naming a table (a joined column such as "series.sortTitle") is
//   ArgumentException in the fake.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Lidarr.IUserRepositoryCase;

public abstract class ModelBase
{
    public int Id { get; set; }
}

public enum SortDirection
{
    Default,
    Ascending,
    Descending,
}

public class PagingSpec<TModel>
{
    public PagingSpec()
    {
        FilterExpressions = new List<Expression<Func<TModel, bool>>>();
    }

    public int Page { get; set; }
    public int PageSize { get; set; }
    public int TotalRecords { get; set; }
    public string SortKey { get; set; }
    public SortDirection SortDirection { get; set; }
    public List<TModel> Records { get; set; }
    public List<Expression<Func<TModel, bool>>> FilterExpressions { get; set; }
}

public interface IBasicRepository<TModel>
    where TModel : ModelBase, new()
{
    IEnumerable<TModel> All();
    int Count();
    TModel Find(int id);
    TModel Get(int id);
    TModel Insert(TModel model);
    TModel Update(TModel model);
    TModel Upsert(TModel model);
    void SetFields(TModel model, params Expression<Func<TModel, object>>[] properties);
    void Delete(TModel model);
    void Delete(int id);
    IEnumerable<TModel> Get(IEnumerable<int> ids);
    void InsertMany(IList<TModel> model);
    void UpdateMany(IList<TModel> model);
    void SetFields(IList<TModel> models, params Expression<Func<TModel, object>>[] properties);
    void DeleteMany(List<TModel> model);
    void DeleteMany(IEnumerable<int> ids);
    void Purge(bool vacuum = false);
    bool HasItems();
    TModel Single();
    TModel SingleOrDefault();
    PagingSpec<TModel> GetPaged(PagingSpec<TModel> pagingSpec);
}

public class User : ModelBase
{
    public Guid Identifier { get; set; }
    public string Username { get; set; }
    public string Password { get; set; }
    public string Salt { get; set; }
    public int Iterations { get; set; }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, SeveralMatches = SeveralMatches.Throw, MissingDelete = MissingDelete.Ignore, ByKeysOrder = ByKeysOrder.Stored, ByKeysMissing = ByKeysMissing.Throw)]
public interface IUserRepository : IBasicRepository<User>
{
    User FindUser(string username);
    User FindUser(Guid identifier);
}

public static class Smoke
{
    public static Task RunAsync(IUserRepository repository)
    {
        var id = Guid.NewGuid();
        var ann = repository.Insert(new User { Identifier = id, Username = "ann", Password = "h", Salt = "s", Iterations = 1 });
        Check.True(ann.Id != 0, "Insert sets the new Id");
        Check.Equal(ann.Id, repository.FindUser("ann")?.Id, "FindUser(username) returns the user");
        Check.Null(repository.FindUser("Ann"), "FindUser(username) is case-sensitive");
        Check.Null(repository.FindUser("bob"), "FindUser of an unknown name is null");
        Check.Equal(ann.Id, repository.FindUser(id)?.Id, "FindUser(identifier) returns the user");
        Check.Null(repository.FindUser(Guid.NewGuid()), "FindUser of an unknown identifier is null");
        Check.Throws<InvalidOperationException>(() => repository.Insert(new User { Id = 77, Username = "x" }), "Insert of a model whose Id is set throws InvalidOperationException");
        repository.Insert(new User { Identifier = Guid.NewGuid(), Username = "ann" });
        Check.Throws<InvalidOperationException>(() => repository.FindUser("ann"), "FindUser with two matching rows throws InvalidOperationException");
        ann.Password = "h2";
        repository.Update(ann);
        Check.Equal("h2", repository.Get(ann.Id).Password, "Update writes the row");
        repository.Delete(ann);
        Check.Null(repository.FindUser(id), "Delete deletes the row");
        Check.Equal(1, repository.Count(), "Count counts the rows");
        var shared = Guid.NewGuid();
        repository.Insert(new User { Identifier = shared, Username = "c" });
        repository.Insert(new User { Identifier = shared, Username = "d" });
        Check.Throws<InvalidOperationException>(() => repository.FindUser(shared), "FindUser(identifier) with two matching rows throws InvalidOperationException");
        // SetFields, Get(ids) and GetPaged, as BasicRepository does them (h-arr): SetFields is UPDATE of the listed columns
        // WHERE Id = @Id; Get(ids) throws when the row count differs from the ids' count; GetPaged filters, orders by
        // SortKey (Id when null) and fills Records and TotalRecords. (Every row's series/movie/artist/author is taken to be
        // stored: the blocklists' own GetPaged joins that table.)
        var setA = repository.Insert(new User { Iterations = 31, Username = "b-title", Password = "m" });
        var setB = repository.Insert(new User { Iterations = 32, Username = "a-title" });
        repository.SetFields(new User { Id = setA.Id, Iterations = 99, Username = "changed", Password = "set" }, x => x.Password);
        Check.Equal("set", repository.Get(setA.Id).Password, "SetFields writes the listed column");
        Check.Equal(31, repository.Get(setA.Id).Iterations, "SetFields leaves the other columns as stored");
        Check.Equal("b-title", repository.Get(setA.Id).Username, "SetFields leaves the other columns as stored");
        Check.Throws<Exception>(() => repository.SetFields(new User { Username = "x" }, x => x.Username), "SetFields of a model without an Id throws");
        repository.SetFields(new List<User> { new User { Id = setA.Id, Username = "b-title", Iterations = 99 }, new User { Id = setB.Id, Username = "a-title2" } }, x => x.Username);
        Check.Equal("a-title2", repository.Get(setB.Id).Username, "SetFields(models) writes each model's listed column");
        Check.Equal(31, repository.Get(setA.Id).Iterations, "SetFields(models) leaves the other columns as stored");
        Check.Equal(2, repository.Get(new[] { setA.Id, setB.Id }).Count(), "Get(ids) returns those rows");
        Check.Throws<Exception>(() => repository.Get(new[] { setA.Id, 999 }), "Get(ids) with a missing id throws (ApplicationException: the row count differs)");
        Check.Equal(0, repository.Get(new int[0]).Count(), "Get of no ids is empty");
        var fromId = setA.Id;
        var pageSpec = new PagingSpec<User> { Page = 1, PageSize = 1, SortKey = "username", SortDirection = SortDirection.Ascending };
        pageSpec.FilterExpressions.Add(x => x.Id >= fromId);
        var pagedSpec = repository.GetPaged(pageSpec);
        Check.True(ReferenceEquals(pageSpec, pagedSpec), "GetPaged returns the spec it was given");
        Check.Equal(2, pageSpec.TotalRecords, "TotalRecords counts the filtered rows");
        Check.Equal("a-title2", pageSpec.Records.Single().Username, "Records holds the first page by the sort key");
        var pageTwo = new PagingSpec<User> { Page = 2, PageSize = 1, SortKey = "username", SortDirection = SortDirection.Descending };
        pageTwo.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal("a-title2", repository.GetPaged(pageTwo).Records.Single().Username, "page 2, descending");
        var byKeySpec = new PagingSpec<User> { Page = 1, PageSize = 10 };
        byKeySpec.FilterExpressions.Add(x => x.Id >= fromId);
        Check.Equal(setA.Id, repository.GetPaged(byKeySpec).Records.First().Id, "no sort key orders by Id");
        repository.Delete(setA.Id);
        repository.Delete(setB.Id);
        return Task.CompletedTask;
    }
}
