// Source: https://github.com/Grin33/TaskManagement
// Commit: e7d69b48 (INotificationRepository.cs, IRepository.cs, IEntity.cs, Notification.cs, CommentsRepository.cs,
//   TaskManagement.csproj; Program.cs at ce3fe159)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample48 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ITicketRepository Task`, (2) `interface IBookingRepository Task`, (3) `interface ICommentRepository
//   Task`, (4) `interface IRefreshTokenRepository`, (5) `interface INotificationRepository Task`, (6) `interface
//   IEmployeeRepository Task`, (7) `interface IWishlistRepository`, (8) `interface IAddressRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   if the base interface is in the same repository, as in h-sample41 and 47), outside paths containing "test" (any
//   case), from a repository not already a corpus source; at most 1 per repository; stop after 6. A result that names
//   no repository or path (the tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in
//   h-sample40, 41, 44 and 47). Each interface is transcribed at the stored version read_file reads, with its real store.
//   Picks: (1) rank 1, ahmedadel95-hub/TicketSystem ITicketRepository (declares none; its base IGenericRepository<T>
//   beside it 8); (2) rank 3, DimaInNature/VictoryRestaurant IBookingRepositoryService (6; rank 1,
//   asgupta27/SwatiGupta_..._Microservice_Workshop_Assignment, declares 1; rank 2, Chrissivert/csharp-docker-day-1, 2);
//   (3) rank 2, guga2002/CSI.HSM.Core.API ICommentRepository (declares none; its base IGenericRepository<T> 7; rank 1,
//   dnishimoto/ERP, declares 2); (4) rank 3, Hamzax6x/UnityHub IRefreshTokenRepository (3; ranks 1-2 are TypeScript);
//   (5) rank 2, Grin33/TaskManagement INotificationRepository (declares none; its base IRepository<T> 6; rank 1 is
//   Dart); (6) rank 4, hkarmoush/BHA IEmployeeRepository (5; rank 1, SyedAsad03/CodeTest, is a corpus source; rank 2 is
//   anonymous; rank 3, Dikshaonly/Task4-IRepo, declares 1, the rest commented out). Six picks: queries (7) and (8) were
//   not reached. None of the six repositories was a corpus source.
//   This one: query (5), rank 2 (declares none; 6 in its base IRepository<T> beside it).
// Path: TaskManagement/Data/Interfaces/INotificationRepository.cs (base: IRepository.cs beside it; model:
//   TaskManagement/Models/Notification.cs, marked "not implemented" in its summary)
// Adapted: the namespaces shortened; the XML comments (Russian) left out; Notification's User navigation left out (no
//   member needs it). Nullable enabled, as in TaskManagement.csproj; Notification.Message (unset string, CS8618 in the
//   source) silenced by #pragma, unchanged.
// Real store: none for notifications: the repository has no class implementing INotificationRepository (Notification
//   "is not implemented"). Its one implementation of IRepository<T> over EF Core, CommentsRepository :
//   ICommentRepository, is the store this file follows, over the same ApplicationDatabaseContext (EF Core 6, SQLite,
//   Program.cs); IEntity.Id (Guid) is the key, a new Guid generated client-side by EF Core for Guid.Empty at the add,
//   written back. Add = Context.Add + SaveChanges, answering SaveChanges() > 0 (true for a new row). Update =
//   DbSet.Update + SaveChanges, answering > 0 (true for a stored row; one not stored with an Id fails the save:
//   DbUpdateConcurrencyException). Delete = Context.Remove + SaveChanges, answering > 0 (one not stored fails the save,
//   as Update). Save = SaveChanges() > 0: false with nothing pending. GetByIdAsync = Where(Id == id).
//   FirstOrDefaultAsync: null for an id not stored (Task<T?> says so). GetAllAsync = ToListAsync: every row. (UserId is a
//   foreign key to Users, which SQLite enforces; the script's user ids stand for stored users.) A failed save leaves
//   its entry in the context, so after it the script only reads, and tries one Update of another notification not
//   stored (h-sample120), which fails as well (either failure makes the save throw).
// Shapes: *=core
// First try (30887e9): incomplete: IMF0001 Add (a bool add: what a taken key does is not said). Generated: GetAllAsync,
//   GetByIdAsync, Update, Delete, Save, with the writes waiting for Save (a synchronous write was read as one that only
//   tracks) | WRONG (not reached: the probe stops at Add, the script's first line): Update and Delete waited for Save,
//   so a read after Update saw the old message and Save answered true, where the real writes each call SaveChanges and
//   Save with nothing pending answers false.
// Configured: TakenKeyAdds = TakenKeyAdd.Throw (EF Core's SaveChanges throws DbUpdateException for a taken key);
//   UnitOfWorkWrites = UnitOfWorkWrites.Immediate (each write calls SaveChanges itself); since h-sample120 MissingUpdate =
//   MissingUpdate.NotFound and MissingDelete = MissingDelete.NotFound (Update and Delete answer SaveChanges() > 0, and
//   the save of a row not there fails: DbUpdateConcurrencyException, never false).
// After this round: a synchronous write that answers a bool or a count no longer proves that the writes wait for the
//   save (docs/generator.md, refused guesses: IMF0022 on Save without UnitOfWorkWrites); configured, complete. Known
//   mismatch (RealWorldCorpusTests.KnownSmokeMismatches): Delete of a notification not stored answers false, where the
//   real save throws (DbUpdateConcurrencyException): the documented reading of a removal returning bool.
// Now: complete, the smoke script passes (h-sample120): MissingUpdate = NotFound and MissingDelete = NotFound reach an
//   update or a removal by entity answering bool, which is then true or the not-found error, as EF Core's
//   Update/Remove + SaveChanges() > 0 is; the known mismatch is gone.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GrinTaskManagement.INotificationRepositoryCase;

public interface IEntity
{
    Guid Id { get; set; }
}

#pragma warning disable CS8618
public class Notification : IEntity
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Message { get; set; }

    public DateTime CreatedAt { get; set; }
}
#pragma warning restore CS8618

public interface IRepository<T> where T : IEntity
{
    Task<IEnumerable<T?>> GetAllAsync();

    Task<T?> GetByIdAsync(Guid id);

    bool Add(T entity);

    bool Update(T entity);

    bool Delete(T entity);

    bool Save();
}

[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw, UnitOfWorkWrites = UnitOfWorkWrites.Immediate,
    MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]
public interface INotificationRepository : IRepository<Notification>
{
}

public static class Smoke
{
    public static async Task RunAsync(INotificationRepository notifications)
    {
        var user = new Guid("6f1c0c55-1d8e-4a57-9d0e-0a3c2f5b7e11");
        var assigned = new Notification { UserId = user, Message = "Task assigned", CreatedAt = new DateTime(2023, 10, 3, 9, 0, 0) };
        Check.True(notifications.Add(assigned), "Add answers true (a row saved)");
        Check.True(assigned.Id != Guid.Empty, "and gives an empty Id a new Guid, written back");
        var due = new Notification { UserId = user, Message = "Task due", CreatedAt = new DateTime(2023, 10, 4, 9, 0, 0) };
        Check.True(notifications.Add(due), "a second Add");
        Check.True(due.Id != assigned.Id, "each its own Id");
        Check.Equal(2, (await notifications.GetAllAsync()).Count(), "GetAllAsync lists every notification");
        Check.Equal("Task due", (await notifications.GetByIdAsync(due.Id))!.Message, "GetByIdAsync reads one by id");
        Check.Null(await notifications.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of an id not stored is null");

        due.Message = "Task overdue";
        Check.True(notifications.Update(due), "Update answers true for a stored notification");
        Check.Equal("Task overdue", (await notifications.GetByIdAsync(due.Id))!.Message, "and writes it");
        Check.False(notifications.Save(), "Save with nothing pending answers false");

        Check.True(notifications.Delete(assigned), "Delete answers true for a stored notification");
        Check.Null(await notifications.GetByIdAsync(assigned.Id), "and removes it");
        Check.Equal(1, (await notifications.GetAllAsync()).Count(), "one left");

        Check.Throws<Exception>(() => notifications.Delete(new Notification { Id = Guid.NewGuid(), UserId = user, Message = "Ghost" }), "Delete of a notification not stored throws (DbUpdateConcurrencyException)");
        Check.Equal(1, (await notifications.GetAllAsync()).Count(), "and removes nothing (a read: the failed save does not stop it)");
        Check.Throws<Exception>(() => notifications.Update(new Notification { Id = Guid.NewGuid(), UserId = user, Message = "Ghost" }), "Update of a notification not stored throws (DbUpdateConcurrencyException), never false");
        Check.Equal(1, (await notifications.GetAllAsync()).Count(), "and stores nothing");
    }
}
