// Source: https://github.com/oqtane/oqtane.framework
// Commit: c7096eaf
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample12 rule, fixed before probing: in these repositories, in this order (oqtane/oqtane.framework,
//   blogifierdotnet/Blogifier, madskristensen/Miniblog.Core, mbdavid/LiteDB, gautema/CQRSlite, Eventuous/eventuous,
//   asynkron/protoactor-dotnet, akkadotnet/akka.net, NEventStore/NEventStore, jamesmh/coravel,
//   SQLStreamStore/SQLStreamStore, BlogEngine/BlogEngine.NET, dotnetcore/FreeSql), skipping any the tools do not hold
//   or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Blogifier, Miniblog.Core and NEventStore have no such interface; akka.net's
//   only one (ITestSnapshotStore) is under Akka.Persistence.TestKit; CQRSlite's IRepository, IEventStore and
//   ISnapshotStore, and Eventuous's two IDefineStore and ICheckpointStore, declare 2 or fewer. The 12: Oqtane
//   IHtmlTextRepository and IAliasRepository; LiteDB ILiteRepository and ILiteStorage<TFileId>; CQRSlite ICache;
//   Eventuous IEventStore; protoactor IContextStore and IKeyValueStore<T>; coravel ICache; SQLStreamStore
//   IReadonlyStreamStore and IStreamStore; BlogEngine.NET IBlogRepository (FreeSql not reached). Not transcribed
//   (dozens of members or an event-stream model, a gap to close): LiteDB ILiteRepository (about 40 members over
//   BsonExpression queries), Eventuous IEventStore, SQLStreamStore IReadonlyStreamStore and IStreamStore.
//   This one: the 2nd of oqtane/oqtane.framework.
// Path: Oqtane.Server/Repository/AliasRepository.cs (models: Oqtane.Shared/Models/Alias.cs, Oqtane.Shared/Models/ModelBase.cs)
// Adapted: Alias keeps its mapped properties and drops the [NotMapped] Path, SiteKey, Protocol and BaseUrl; ModelBase
//   keeps its four audit properties. Oqtane builds without nullable annotations (#nullable disable).
// Real store: AliasRepository (EF Core MasterDBContext, the list cached under "Aliases"): GetAliases every row;
//   AddAlias and UpdateAlias first rewrite alias.Name to lower case without any "scheme://" prefix, then add (the
//   database numbers AliasId) or write the row (EntityState.Modified: a missing AliasId throws
//   DbUpdateConcurrencyException), return the alias; GetAlias(aliasId) and GetAlias(aliasId, tracking) the row or null
//   (tracking only chooses EF Core's change tracking); GetAlias(url) splits the url on '/', cuts it at the first
//   reserved route segment, and returns the alias whose Name equals the longest leading run of segments joined by
//   '/' (ignoring case); when none matches and every alias belongs to one tenant/site it ADDS a new alias named by
//   the first segment and returns it; GetAlias(tenantId, siteId) that site's IsDefault alias, else its first alias,
//   else null; DeleteAlias(aliasId) deletes the row (a missing id: Find returns null and DbSet.Remove(null) throws
//   ArgumentNullException).
// Shapes: *=core; GetAlias(string)=6; GetAlias(int,int)=6
// First try (1fd5c95): incomplete: IMF0001 GetAlias(url) (IMF0025 Info: CreatedOn, ModifiedOn) | WRONG: AddAlias and
//   UpdateAlias store Name as given where the real store lower-cases it and drops a "scheme://" prefix (the probe fails
//   there: expected 'example.com/blog', got 'https://Example.com/Blog'); GetAlias(tenantId, siteId) of a site with
//   several aliases returns the first where the real store prefers the IsDefault one; DeleteAlias of a missing id does
//   nothing where the real store throws ArgumentNullException (DbSet.Remove(null)); CreatedOn/ModifiedOn as given.
// Configured: CreatedStamp = "CreatedOn", UpdatedStamp = "ModifiedOn", UpdatedStampOnInsert = StampOnInsert.Stamp:
//   Oqtane's DbContextUtils.SaveChanges stamps CreatedOn on an add and ModifiedOn on an add or an update, to
//   DateTime.UtcNow (UpdateAlias marks the whole entity Modified, so CreatedOn is written as the caller's alias holds it,
//   which the fake's replace keeps as stored: the same value when the alias was read first).
// Still wrong: the Name normalization of AddAlias/UpdateAlias (a store that rewrites a value it is given: no signature
//   and no setting says so); GetAlias(tenantId, siteId) with several aliases (Real store: the IsDefault one, else the
//   first; h-settings2's single-result rule will make it throw, loud); DeleteAlias of a missing id (Real store:
//   ArgumentNullException; the fake ignores it, the default of removals by key, and MissingDelete = NotFound with
//   NotFoundException = typeof(ArgumentNullException) would also turn UpdateAlias's missing-row error, a
//   DbUpdateConcurrencyException in the real store, into ArgumentNullException). GetAlias(url) stays refused: a
//   hierarchical URL match that auto-registers an alias.
// After h-oblivious (session 29): still incomplete (other members); GetAlias (3 overloads) answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Oqtane.IAliasRepositoryCase;

public class ModelBase
{
    public string CreatedBy { get; set; }
    public DateTime CreatedOn { get; set; }
    public string ModifiedBy { get; set; }
    public DateTime ModifiedOn { get; set; }
}

public class Alias : ModelBase
{
    public int AliasId { get; set; }
    public string Name { get; set; }
    public int TenantId { get; set; }
    public int SiteId { get; set; }
    public bool IsDefault { get; set; }
}

[InMemoryFake(CreatedStamp = "CreatedOn", UpdatedStamp = "ModifiedOn", UpdatedStampOnInsert = StampOnInsert.Stamp)]
public interface IAliasRepository
{
    IEnumerable<Alias> GetAliases();
    Alias AddAlias(Alias alias);
    Alias UpdateAlias(Alias alias);
    Alias GetAlias(int aliasId);
    Alias GetAlias(int aliasId, bool tracking);
    Alias GetAlias(string url);
    Alias GetAlias(int tenantId, int siteId);
    void DeleteAlias(int aliasId);
}

public static class Smoke
{
    public static Task RunAsync(IAliasRepository repository)
    {
        var first = repository.AddAlias(new Alias { Name = "localhost", TenantId = 1, SiteId = 1 });
        Check.True(first.AliasId != 0, "AddAlias numbers the new alias");
        var second = repository.AddAlias(new Alias { Name = "https://Example.com/Blog", TenantId = 1, SiteId = 1, IsDefault = true });
        Check.Equal("example.com/blog", second.Name, "AddAlias stores the name in lower case without its scheme");
        Check.Equal(2, repository.GetAliases().Count(), "GetAliases returns every alias");
        Check.Equal("localhost", repository.GetAlias(first.AliasId).Name, "GetAlias(aliasId) returns that alias");
        Check.Equal("localhost", repository.GetAlias(first.AliasId, false).Name, "GetAlias(aliasId, tracking) returns that alias");
        Check.Null(repository.GetAlias(999), "GetAlias of a missing id returns null");
        Check.Equal(second.AliasId, repository.GetAlias(1, 1).AliasId, "GetAlias(tenantId, siteId) returns the site's default alias");
        Check.Equal(second.AliasId, repository.GetAlias("example.com/blog/page").AliasId, "GetAlias(url) returns the alias of the longest matching leading path");
        second.Name = "Example.org";
        repository.UpdateAlias(second);
        Check.Equal("example.org", repository.GetAlias(second.AliasId).Name, "UpdateAlias writes the name in lower case");
        repository.DeleteAlias(first.AliasId);
        Check.Null(repository.GetAlias(first.AliasId), "DeleteAlias deletes the alias");
        Check.Throws<ArgumentNullException>(() => repository.DeleteAlias(999), "DeleteAlias of a missing id throws ArgumentNullException (DbSet.Remove(null))");
        return Task.CompletedTask;
    }
}
