// Source: https://github.com/BlogEngine/BlogEngine.NET
// Commit: 95c8426
// Licence: MS-RL (an interface signature and minimal models transcribed for a test)
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
//   This one: the 1st of BlogEngine/BlogEngine.NET.
// Path: BlogEngine/BlogEngine.Core/Data/Contracts/IBlogRepository.cs (models: BlogEngine/BlogEngine.Core/Data/Models/Blog.cs,
//   BlogItem.cs)
// Adapted: the models keep their properties (AbsoluteWebRoot stays a Uri); BlogEngine.Core (.NET Framework) builds
//   without nullable annotations (#nullable disable).
// Real store: BlogEngine/BlogEngine.Core/Data/BlogRepository.cs over the static Blog.Blogs list (every member first
//   throws UnauthorizedAccessException unless the caller is an administrator of the primary blog):
//   Find(take, skip, filter, order) applies filter as a System.Linq.Dynamic expression string (empty: every blog),
//   orders by the dynamic order string (empty: "Name"), then Skip(skip).Take(take) (take 0: every blog);
//   FindById(id) the blog of that Id, a missing id throws NullReferenceException (ToJson(null));
//   Add(item) validates item.Name/UserName/Email (ApplicationException with the reason), then CREATES a blog from the
//   primary one (new Guid Id, Name from item, a storage folder copied on disk) and returns it: a BlogItem is a
//   creation request, not the stored row; Update(blog) copies Name, StorageContainerName, Hostname,
//   IsAnyTextBeforeHostnameAccepted, VirtualPath, IsActive, IsSiteAggregation and IsPrimary onto the blog of that Id
//   and returns true; a missing Id returns false (the NullReferenceException is caught); Remove(id) deletes the blog
//   and returns true, a missing id returns false.
// Shapes: *=core; Find=14; Add=12
// First try (1fd5c95): incomplete: IMF0001 Add(BlogItem) (a creation request of another type), Find(take, skip,
//   filter, order) (a dynamic LINQ filter and order string). Nothing silently wrong reached (the probe stops at Add).
// Still wrong (not reached): FindById of a missing id returns null where the real store throws
//   NullReferenceException (a bug of the real store's ToJson(null); no signature says it).
// After this round (h-wrongclass5): reviewed the generated members the probe does not reach. Remove is right;
//   Update stores the blog given where the real one copies eight properties onto the stored blog (the transcribed Blog
//   has only those, so nothing differs here: the open class of partial updates); FindById as above.
// After h-smoke38 (session 38): Update carries IMF0029 (Info): an update or a removal by entity answering bool or a
//   count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove +
//   SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is
//   left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BlogEngine.IBlogRepositoryCase;

public class Blog
{
    public bool IsChecked { get; set; }
    public Guid Id { get; set; }
    public string Name { get; set; }
    public string VirtualPath { get; set; }
    public string StorageContainerName { get; set; }
    public string Hostname { get; set; }
    public bool IsAnyTextBeforeHostnameAccepted { get; set; }
    public string PhysicalStorageLocation { get; set; }
    public string RelativeWebRoot { get; set; }
    public Uri AbsoluteWebRoot { get; set; }
    public bool IsPrimary { get; set; }
    public bool IsActive { get; set; }
    public bool IsSiteAggregation { get; set; }
    public bool CanUserDelete { get; set; }
    public bool CanUserEdit { get; set; }
}

public class BlogItem
{
    public string Name { get; set; }
    public string UserName { get; set; }
    public string Email { get; set; }
    public string Password { get; set; }
    public string ConfirmPassword { get; set; }
}

[InMemoryFake]
public interface IBlogRepository
{
    IEnumerable<Blog> Find(int take = 10, int skip = 0, string filter = "", string order = "");
    Blog FindById(Guid id);
    Blog Add(BlogItem item);
    bool Update(Blog blog);
    bool Remove(Guid id);
}

public static class Smoke
{
    public static Task RunAsync(IBlogRepository repository)
    {
        var created = repository.Add(new BlogItem { Name = "second", UserName = "admin", Email = "admin@example.com", Password = "secret" });
        Check.True(created.Id != Guid.Empty, "Add creates a blog with a new Id");
        Check.Equal("second", created.Name, "named by the request");
        Check.Equal("second", repository.FindById(created.Id).Name, "FindById returns the created blog");
        Check.Throws<NullReferenceException>(() => repository.FindById(Guid.NewGuid()), "FindById of a missing id throws NullReferenceException");
        Check.Equal(1, repository.Find().Count(), "Find with no filter returns every blog");
        created.Name = "renamed";
        Check.True(repository.Update(created), "Update of a stored blog returns true");
        Check.Equal("renamed", repository.FindById(created.Id).Name, "Update writes the blog");
        Check.False(repository.Update(new Blog { Id = Guid.NewGuid(), Name = "ghost" }), "Update of a missing blog returns false");
        Check.True(repository.Remove(created.Id), "Remove of a stored blog returns true");
        Check.False(repository.Remove(created.Id), "Remove of a missing blog returns false");
        return Task.CompletedTask;
    }
}
