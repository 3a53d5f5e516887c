// Source: https://github.com/mixcore/mix.core
// Commit: 7bc3ee903
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample38 rule, fixed before probing (the whole rule is in Corpus/BlazorHero/IRepositoryAsync.cs's header):
//   the brief's pattern, `interface I\w*(Repository|Repo|Store|Storage|Cache)\b`, picks no interface of its 12
//   repositories, so it was widened before probing to the word anywhere in the name as a whole camel-case word; that
//   picks 4: NEventStore IStoreEvents, Hangfire IStorageConnection, blazorhero IRepositoryAsync, mix.core IRepositoryBase.
//   This one: mixcore/mix.core's (15 members).
// Path: src/Mix.Cms.Lib.MixDatabase/Interfaces/IRepositoryBase.cs (real store: Repositories/RepositoryBase.cs beside
//   it, over RepoDb 1.1.x; its one closed use: Repositories/MixNavigationRepository.cs, RepositoryBase<SqlConnection,
//   MixNavigation>; entity: Models/MixNavigation.cs)
// Adapted: RepoDb's ICache and ITrace cut down to one member each; MixNavigation cut down to its scalar properties
//   (Id, Specificulture, Title, Name: the menu-item lists and the JObject constructor dropped). The smoke script closes
//   it over DbConnection (SqlConnection's base: Microsoft.Data.SqlClient is not referenced here) and MixNavigation, as
//   MixNavigationRepository does. Nullable disabled, as in the source (the project does not enable it).
// Real store: RepositoryBase<TDbConnection, TEntity> over RepoDb: each call opens a connection (CreateConnection: a
//   new TDbConnection with the settings' connection string). MixNavigation's primary key is Id, a string (nvarchar
//   "id" column), while every id parameter is an int: SQL Server compares them by converting the column to int, so
//   Get(1) finds Id "1". Insert/InsertAsync insert the entity and return its primary key value (the string Id) as an
//   object. Get/GetAsync(id) = Query(id).First(): the row, or InvalidOperationException when none. GetAll/GetAllAsync
//   (cacheKey) list every row; with a cacheKey RepoDb caches the list in Cache for the settings' CacheItemExpiration
//   (later reads with that key answer the cached list). Update(entity, transaction) calls itself (unbounded recursion:
//   StackOverflowException, a bug); UpdateAsync updates the row by primary key and returns the rows updated (0 when
//   missing). Merge/MergeAsync insert or update by primary key (Merge returns the key converted to int, MergeAsync the
//   key as an object). Delete/DeleteAsync(id) delete by primary key and return the rows deleted (0 when missing).
//   Cache and Trace are the injected RepoDb services.
// First try (c4a0077): incomplete: IMF0008 with [InMemoryFake] on the open interface (TEntity has no constraint with
//   a key); closed over (DbConnection, MixNavigation) on a partial class as IMF0008's fix says (the file's form since):
//   IMF0001 on 14 of 15 (Cache, Trace: RepoDb services; CreateConnection: not a known verb; Get, GetAsync, Delete,
//   DeleteAsync: the int id does not convert to MixNavigation's string Id; GetAll, GetAllAsync: 'cacheKey' names no
//   property; Insert, Update: the IDbTransaction parameter; InsertAsync: it returns object; Merge, MergeAsync: not a known
//   verb); generated: UpdateAsync (replaces the row by Id and answers 1, or 0 when missing) | WRONG: none found (the probe
//   stops at Insert, the script's first line; UpdateAsync of a missing row answers 0 as RepoDb's UPDATE does, checked in a
//   scratch run).
// After this round: an add returning object is read as the key, boxed (RepoDb's Insert, NHibernate's ISession.Save and
//   PetaPoco's Database.Insert return the primary key value as object), but MixNavigation's key is a string, which the
//   fake does not generate, so InsertAsync stays refused, now as an add returning a string key (whether the store keeps
//   the caller's key or hands out its own is not said). Unchanged otherwise, and the refusals are right: Get(int) over a
//   string key is SQL Server's conversion; GetAll's cacheKey makes later reads answer a cached list; the IDbTransaction
//   parameters are ignored by the real store, but Update(entity, transaction) calls itself (StackOverflowException), so
//   IgnoredParameters = transaction is not set (it would generate an Update the real one is not).
// Session 34 (h-uow34): Insert, Merge and Update, which take the IDbTransaction, are refused with that cause ("it is
//   handed 'transaction' (IDbTransaction, an ADO.NET transaction) and works on the database behind it",
//   Parsing/HandedStoreRule); same ids, outcome unchanged.
// After h-smoke38 (session 38): UpdateAsync carries IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers 0 for an entity that is not stored (the documented default), where EF Core's Update/Remove +
//   SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is
//   left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MixCore.IRepositoryBaseCase;

public interface ICache
{
    void Clear();
}

public interface ITrace
{
    void BeforeExecution(object log);
}

public class MixNavigation
{
    public string Id { get; set; }

    public string Specificulture { get; set; }

    public string Title { get; set; }

    public string Name { get; set; }
}

public interface IRepositoryBase<TDbConnection, TEntity>
    where TDbConnection : DbConnection
    where TEntity : class
{
    ICache Cache { get; }
    ITrace Trace { get; }

    TDbConnection CreateConnection();
    int Delete(int id);
    Task<int> DeleteAsync(int id);
    TEntity Get(int id);
    IEnumerable<TEntity> GetAll(string cacheKey = null);
    Task<IEnumerable<TEntity>> GetAllAsync(string cacheKey = null);
    Task<TEntity> GetAsync(int id);
    int Merge(TEntity entity, IDbTransaction transaction = null);
    Task<object> MergeAsync(TEntity entity);
    object Insert(TEntity entity, IDbTransaction transaction = null);
    Task<object> InsertAsync(TEntity entity);
    int Update(TEntity entity, IDbTransaction transaction = null);
    Task<int> UpdateAsync(TEntity entity);
}

[InMemoryFake(typeof(IRepositoryBase<DbConnection, MixNavigation>))]
public partial class MixNavigationRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepositoryBase<DbConnection, MixNavigation> repository)
    {
        Check.Equal("1", repository.Insert(new MixNavigation { Id = "1", Specificulture = "en-us", Title = "Main", Name = "main" }), "Insert returns the primary key value");
        Check.Equal("2", await repository.InsertAsync(new MixNavigation { Id = "2", Specificulture = "en-us", Title = "Footer", Name = "footer" }), "InsertAsync returns the primary key value");
        Check.Equal("Main", repository.Get(1)?.Title, "Get(1) finds the navigation whose Id is \"1\"");
        Check.Equal("Footer", (await repository.GetAsync(2))?.Title, "GetAsync(2) finds the navigation whose Id is \"2\"");
        Check.Throws<System.InvalidOperationException>(() => repository.Get(99), "Get of a missing id throws InvalidOperationException (First())");
        var all = new List<MixNavigation>(repository.GetAll());
        Check.Equal(2, all.Count, "GetAll lists every navigation");
        Check.Equal(1, await repository.UpdateAsync(new MixNavigation { Id = "1", Specificulture = "en-us", Title = "Top", Name = "main" }), "UpdateAsync updates one row");
        Check.Equal("Top", repository.Get(1)?.Title, "UpdateAsync replaces the row's values");
        Check.Equal(0, await repository.UpdateAsync(new MixNavigation { Id = "3", Title = "Gone" }), "UpdateAsync of a missing row updates none");
        Check.Equal("3", await repository.MergeAsync(new MixNavigation { Id = "3", Specificulture = "en-us", Title = "Side", Name = "side" }), "MergeAsync inserts a new row and returns its key");
        Check.Equal(3, repository.Merge(new MixNavigation { Id = "3", Specificulture = "en-us", Title = "Sidebar", Name = "side" }), "Merge updates the stored row and returns its key as an int");
        Check.Equal("Sidebar", (await repository.GetAsync(3))?.Title, "Merge replaced the row");
        Check.Equal(1, await repository.DeleteAsync(3), "DeleteAsync deletes one row");
        Check.Equal(0, await repository.DeleteAsync(3), "DeleteAsync of a missing row deletes none");
        Check.Equal(1, repository.Delete(2), "Delete deletes one row");
        Check.Equal(1, new List<MixNavigation>(await repository.GetAllAsync()).Count, "one navigation is left");
    }
}
