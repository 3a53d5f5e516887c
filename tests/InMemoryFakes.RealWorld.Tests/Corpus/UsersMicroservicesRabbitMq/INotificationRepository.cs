// Source: https://github.com/mustafa-allamy/UsersMicroservices_RabbitMQ
// Commit: 9321348b (INotificationRepository.cs, NotificationRepository.cs, Notification.cs); IRepositoryBase.cs and
//   RepositoryBase.cs at 7fe21391
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample40 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserRepository GetByEmailAsync`, (2) `interface IProductRepository Task`, (3) `interface
//   ICacheService GetAsync SetAsync RemoveAsync`, (4) `interface IOrderRepository`, (5) `interface IFileStorageService
//   UploadAsync DownloadAsync`, (6) `interface INotificationRepository`, (7) `interface IBookRepository`, (8) `interface
//   ISessionStore`; from each, the FIRST result in the order returned that is a C# interface declaration with at least
//   3 members (inherited ones count if the base interface is in the same repository, as in the earlier rules), outside
//   paths containing "test" (any case), from a repository not already a corpus source; at most 1 per repository; stop
//   after 6. A result that names no repository or path (the tool's anonymous excerpts, ranks 5-12 of most queries)
//   cannot be cited, checked against the corpus or read further (find_string and read_file name no repository either),
//   so it is not taken. Each transcribed at the stored version the tool reads (the commit below), with its real store.
//   Picks: (1) rank 1, FranciszekBaron/FileSharing IUserRepository (1 member in the excerpt, 2 at the version read, 5
//   inherited from IRepositoryBase<T> in the same repository); (2) rank 2, N-Endy/InventoryManager IProductRepository
//   (rank 1 declares 2); (3) rank 3, bdaluz/clean-architecture-study ICacheService (rank 1 declares 2, rank 2 is
//   TypeScript); (4) rank 1, juan-mejiap/Costumer IOrderRepository; (5) rank 1, stanl33y/motcyApi IStorageService;
//   (6) rank 4, mustafa-allamy/UsersMicroservices_RabbitMQ INotificationRepository (ranks 1-3 are Dart, Go and
//   TypeScript; it declares none, its base IRepositoryBase<T> in the same repository 11). Six, so queries 7 and 8 pick
//   nothing. None of the six repositories was a corpus source.
//   This one: query (6), rank 4.
// Path: NotifcationService/Interfaces/Repositories/INotificationRepository.cs (base:
//   Infrastructure/Repositories/Interfaces/IRepositoryBase.cs; real store: NotifcationService/Repositories/
//   NotificationRepository.cs on Infrastructure/Repositories/RepositoryBase.cs, over NotifcationService/
//   NotificationContext.cs (EF Core, SQL Server); models: Models/Models/Notification.cs, Models/Enums/NotificationType.cs)
// Adapted: nothing but the namespaces (one for all). Nullable disabled, as in the source (net5.0, not enabled).
// Real store: RepositoryBase<Notification, NotificationContext> (EF Core). Insert, InsertRange, Update and Delete only
//   track the change (Set.AddAsync/AddRangeAsync/Update/Remove) and return true; Commit() = SaveChangesAsync, which
//   writes them and returns how many rows it wrote (an Update or Delete of a row not stored throws
//   DbUpdateConcurrencyException there). The reads query the database, so they see committed rows only: FindAll()
//   every row (AsNoTracking); FindByCondition(predicate, orderBy, include, disableTracking) the rows matching predicate
//   (a null predicate throws ArgumentNullException: Where(null)), ordered by orderBy when given; FindItemByCondition the
//   first of them, or null. Rollback() reloads every tracked entry from the database (fire and forget) and returns
//   true. Dispose() disposes the context.
// First try (4e2e83f): incomplete: IMF0001 Insert (an add returning bool: TakenKeyAdds unstated), InsertRange (returns
//   bool), Rollback (returns bool); IMF0019 FindByCondition (returns IQueryable); IMF0022 Commit (whether the writes wait
//   for it is not said). Generated: FindAll, FindItemByCondition (orderBy applied, include and disableTracking ignored:
//   an in-memory entity holds its references), Update and Delete (Task<bool>), Dispose (nothing). The probe stops at
//   Insert, the script's first line | WRONG: none found (with the settings below the probe passes Insert, an insert not
//   read back before Commit, Commit's count of 1 and FindAll, up to InsertRange).
// Configured: UnitOfWorkWrites = UnitOfWorkWrites.Deferred (the writes only track changes until Commit's
//   SaveChangesAsync, as IMF0022 asks) and TakenKeyAdds = TakenKeyAdd.Throw (EF Core's SaveChanges throws for a taken
//   key; the real Insert answers true before it).
// After this round: still incomplete: InsertRange and Rollback answer true whatever happens (no signature says a bool
//   that is always true), and FindByCondition's IQueryable with an include is the EF Core query itself. The probe
//   stops at InsertRange.
// After this round (h-wrongclass5): reviewed the generated members the probe does not reach. Update and Delete
//   answer false for a notification not stored, where the real ones only track the change, answer true and fail
//   Commit (DbUpdateConcurrencyException): left, the documented reading of a write's bool. FindItemByCondition(null)
//   answers the first row where the real Where(null) throws ArgumentNullException: left.
// After h-smoke38 (session 38): Update carries IMF0029 (Info): an update or a removal by entity answering bool or a
//   count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove +
//   SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is
//   left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore.Query;

namespace Corpus.UsersMicroservicesRabbitMq.INotificationRepositoryCase;

public enum NotificationType
{
    Email = 1,
    NormalNotification = 2
}

public class Notification
{
    public Guid Id { get; set; }
    public string Head { get; set; }
    public string Content { get; set; }
    public List<Guid> IncludedUsersIds { get; set; }
    public string IncludedSegment { get; set; }
    public string Email { get; set; }
    public NotificationType NotificationType { get; set; }
    public DateTime DateTime { get; set; } = DateTime.Now;
    public bool IsDelevried { get; set; }
}

public interface IRepositoryBase<T> : IDisposable
{
    IQueryable<T> FindAll();
    IQueryable<T> FindByCondition(Expression<Func<T, bool>> predicate = null,
        Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null,
        Func<IQueryable<T>, IIncludableQueryable<T, object>> include = null,
        bool disableTracking = true);
    Task<T> FindItemByCondition(Expression<Func<T, bool>> predicate = null,
        Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null,
        Func<IQueryable<T>, IIncludableQueryable<T, object>> include = null,
        bool disableTracking = true);
    Task<bool> Insert(T entity);
    Task<bool> InsertRange(List<T> entity);
    Task<bool> Update(T entity);
    Task<int> Commit();
    Task<bool> Delete(T entity);
    Task<bool> Rollback();
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred, TakenKeyAdds = TakenKeyAdd.Throw)]
public interface INotificationRepository : IRepositoryBase<Notification>
{

}

public static class Smoke
{
    public static async Task RunAsync(INotificationRepository notifications)
    {
        var a = new Notification { Id = Guid.Parse("11111111-1111-1111-1111-111111111111"), Head = "Welcome", Email = "a@example.org", NotificationType = NotificationType.Email, DateTime = new DateTime(2021, 2, 21, 10, 0, 0) };
        var b = new Notification { Id = Guid.Parse("22222222-2222-2222-2222-222222222222"), Head = "Updated", Email = "b@example.org", NotificationType = NotificationType.Email, DateTime = new DateTime(2021, 2, 21, 11, 0, 0) };
        Check.True(await notifications.Insert(a), "Insert answers true");
        Check.Equal(0, notifications.FindAll().Count(), "an insert is not read back before Commit (the reads query the database)");
        Check.Equal(1, await notifications.Commit(), "Commit writes it and answers the rows written");
        Check.Equal(1, notifications.FindAll().Count(), "FindAll lists it after Commit");
        Check.True(await notifications.InsertRange(new List<Notification> { b }), "InsertRange answers true");
        Check.Equal(1, await notifications.Commit(), "Commit writes the range");

        Check.Equal("b@example.org", (await notifications.FindItemByCondition(n => n.Head == "Updated"))?.Email, "FindItemByCondition finds the first match");
        Check.Null(await notifications.FindItemByCondition(n => n.Head == "None"), "and null when none matches");
        var newestFirst = notifications.FindByCondition(n => n.NotificationType == NotificationType.Email, orderBy: q => q.OrderByDescending(n => n.DateTime)).ToList();
        Check.Equal("Updated,Welcome", string.Join(",", newestFirst.Select(n => n.Head)), "FindByCondition filters and orders by orderBy");

        a.IsDelevried = true;
        Check.True(await notifications.Update(a), "Update answers true");
        Check.Equal(1, await notifications.Commit(), "Commit writes the update");
        Check.True((await notifications.FindItemByCondition(n => n.Id == a.Id)).IsDelevried, "the update is read back");

        Check.True(await notifications.Delete(b), "Delete answers true");
        Check.Equal(1, await notifications.Commit(), "Commit writes the delete");
        Check.Equal(1, notifications.FindAll().Count(), "the deleted row is gone");
        notifications.Dispose();
    }
}
