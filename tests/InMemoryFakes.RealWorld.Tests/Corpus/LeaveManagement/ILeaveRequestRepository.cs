// Source: https://github.com/dbegogow/Leave-Management
// Commit: 25e7553c2f92 (the version the search result shows: the empty body, the file from 553f5f7, where the index
//   stores it, to 25e7553, the last commit before 13c23d5 adds three members (the version read_file reads and the
//   snapshot HEAD 5a6c8c2 holds); transcribed at 25e7553, where the base IGenericRepository<T> has its settled form and the
//   real store exists: at 553f5f7 no class implemented either interface and the base was a first draft)
// Licence: MIT (LICENSE, "Copyright (c) 2023 Dzhulio Begogov", there since the first commit; an interface signature and a
//   minimal model transcribed for a test)
// Sample: h-sample124 rule (/work/prompts/out/h-sample124-rule.md; the full rule is in
//   Corpus/FinalProyect/IPrescriptionRepository.cs). This one: query (6), rank 2 (declares none; 5 in its base
//   IGenericRepository<T> beside it; rank 1, henriquequeirozcunha/csharp-clean-code, has no licence).
// Path: LeaveManagement/LeaveManagement.Application/Contracts/Persistence/ILeaveRequestRepository.cs (its base:
//   IGenericRepository.cs beside it; real store: LeaveManagement/LeaveManagement.Persistence/DatabaseContext/Repositories/
//   GenericRepository.cs and LeaveRequestRepository.cs, DatabaseContext/HrDatabaseContext.cs,
//   PersistenceServiceRegistration.cs; model: LeaveManagement.Domain/LeaveRequest.cs, LeaveType.cs, Common/BaseEntity.cs)
// Adapted: one namespace for Application.Contracts.Persistence, Domain and Domain.Common. Nullable enabled, as the
//   Application and Domain projects have it; their implicit usings written out.
// Real store: LeaveRequestRepository : GenericRepository<LeaveRequest>, EF Core 8 over SQL Server (HrDatabaseContext,
//   scoped, one per request; key Id, an int IDENTITY column by convention: EF Core writes the number into the init-only
//   Id at the add, and SQL Server refuses an explicit value, "Cannot insert explicit value for identity column … when
//   IDENTITY_INSERT is set to OFF", a DbUpdateException). Every write saves at once. HrDatabaseContext.SaveChangesAsync sets DateModified =
//   DateTime.Now (local time) on every added or modified BaseEntity, and never DateCreated (its "added" branch sets
//   DateModified a second time), so DateCreated stays what the caller gave. GetAsync = Set<T>().AsNoTracking()
//   .ToListAsync() (every row, copies). GetByIdAsync(id) = AsNoTracking().FirstOrDefaultAsync(q => q.Id == id): null for
//   an id not stored, though Task<T> says never null. CreateAsync = AddAsync + SaveChangesAsync. UpdateAsync =
//   Entry(entity).State = Modified + SaveChangesAsync: every column written from the entity given; one not stored writes
//   no row and the save throws DbUpdateConcurrencyException. DeleteAsync = Remove(entity) + SaveChangesAsync, likewise
//   DbUpdateConcurrencyException for one not stored. LeaveTypeId is a foreign key to LeaveTypes, which SQL Server
//   enforces; LeaveTypeConfiguration seeds the type 1 ("Vacation"), so the script's requests name it. Reads without
//   Include leave the LeaveType navigation null (AsNoTracking: no fix-up), and an add of a request holding a LeaveType
//   would insert that type as a new row (EF Core adds the reachable graph). The script uses one repository (one scoped
//   context) as a request does: it updates and deletes the instances it created (a second instance of a key the context
//   tracks would be InvalidOperationException), and its failing writes come last, since a failed save leaves its entry
//   in the context and every later save of the scope fails with it.
// Shapes: *=core
// First try (b97d6abe): incomplete: IMF0001 DeleteAsync (a removal by entity returning nothing: "EF Core's Remove +
//   SaveChanges throws DbUpdateConcurrencyException ... State it: MissingDelete = NotFound ... or Ignore", the right
//   cause); IMF0025 info on DateCreated and DateModified. Generated: GetAsync (every request), GetByIdAsync (by the Id
//   key; Task<T> declared not null, so an id not stored is the not-found error), CreateAsync (an add: an Id left at 0
//   numbered and written into the init-only Id through an accessor, a taken Id the duplicate-key error), UpdateAsync (every
//   property written; the not-found error for a request not stored) | WRONG: CreateAsync of a request whose Id is set
//   and not stored stores it under that Id, where SQL Server refuses an explicit IDENTITY value (DbUpdateException): the
//   documented reading of a preset key (Keep), stated by PresetKeyOnAdd = Refuse. GetAsync and GetByIdAsync hand back the
//   LeaveType navigation a request was created with, where the real reads (AsNoTracking, no Include) leave it null, and
//   CreateAsync of a request holding a new LeaveType stores it inside the request, where EF Core inserts it into
//   LeaveTypes: the documented single-entity reading ("the fake returns the graph it was given"), which no setting
//   changes; the script does not set the navigation (Left). Loud, not silent: GetByIdAsync of an id not stored throws
//   the not-found error where FirstOrDefaultAsync answers null (the probe stopped there).
// Configured: MissingKeyReads = MissingKeyRead.Default (GetByIdAsync answers null for an id not stored, whatever Task<T>
//   says); MissingDelete = MissingDelete.NotFound (Remove + SaveChanges of a row not there: DbUpdateConcurrencyException);
//   UpdatedStamp = "DateModified", UpdatedStampOnInsert = StampOnInsert.Stamp (HrDatabaseContext.SaveChangesAsync stamps
//   DateModified on an add and on an update; the real stamp is DateTime.Now, local time, the fake's clock UTC); NotStamped
//   = DateCreated (IMF0025 asked: the context never stamps it, the caller's value stays); PresetKeyOnAdd =
//   PresetKeyOnAdd.Refuse (SQL Server refuses an explicit value for the IDENTITY Id while IDENTITY_INSERT is OFF).
// After this round: complete (configured); the smoke script passes.
// Still wrong: GetAsync and GetByIdAsync hand back the LeaveType navigation a request was created with (a copy of it),
//   where the real AsNoTracking reads without Include leave it null, and CreateAsync of a request holding a new LeaveType
//   keeps it inside the request, where EF Core inserts it into LeaveTypes: the documented single-entity reading ("the
//   fake returns the graph it was given"), which no setting changes. The script does not set the navigation.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LeaveManagement.ILeaveRequestRepositoryCase;

public abstract class BaseEntity
{
    public int Id { get; init; }

    public DateTime? DateCreated { get; set; }

    public DateTime? DateModified { get; set; }
}

public class LeaveType : BaseEntity
{
    public string Name { get; set; } = string.Empty;

    public int DefaultDays { get; set; }
}

public class LeaveRequest : BaseEntity
{
    public DateTime StartDate { get; set; }

    public DateTime EndDate { get; set; }

    public LeaveType? LeaveType { get; set; }

    public int LeaveTypeId { get; set; }

    public DateTime DateRequested { get; set; }

    public string? RequestComments { get; set; }

    public bool? Approved { get; set; }

    public bool Cancelled { get; set; }

    public string RequestingEmployeeId { get; set; } = string.Empty;
}

public interface IGenericRepository<T>
    where T : BaseEntity
{
    Task<IReadOnlyCollection<T>> GetAsync();

    Task<T> GetByIdAsync(int id);

    Task CreateAsync(T entity);

    Task UpdateAsync(T entity);

    Task DeleteAsync(T entity);
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, MissingDelete = MissingDelete.NotFound, UpdatedStamp = "DateModified",
    UpdatedStampOnInsert = StampOnInsert.Stamp, NotStamped = new[] { "DateCreated" }, PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]
public interface ILeaveRequestRepository : IGenericRepository<LeaveRequest>
{
}

public static class Smoke
{
    public static async Task RunAsync(ILeaveRequestRepository requests)
    {
        Check.Equal(0, (await requests.GetAsync()).Count, "a new database has no leave request");
        Check.Null(await requests.GetByIdAsync(41), "GetByIdAsync of an id not stored is null (FirstOrDefaultAsync), though Task<T> says never null");

        var start = new DateTime(2024, 1, 8);
        var first = new LeaveRequest
        {
            StartDate = start,
            EndDate = start.AddDays(4),
            LeaveTypeId = 1,
            DateRequested = new DateTime(2023, 12, 27),
            RequestComments = "family trip",
            RequestingEmployeeId = "employee-1",
        };
        await requests.CreateAsync(first);
        Check.True(first.Id != 0, "CreateAsync numbers the request (IDENTITY) and EF Core writes the number into its Id");
        Check.True(first.DateModified is not null, "SaveChangesAsync stamps DateModified on an add");
        Check.Null(first.DateCreated, "SaveChangesAsync never stamps DateCreated (its added branch sets DateModified again)");

        var read = Check.NotNull(await requests.GetByIdAsync(first.Id), "GetByIdAsync reads the request by its Id");
        Check.Equal("family trip", read.RequestComments, "the comments are stored as given");
        Check.Equal(start.AddDays(4), read.EndDate, "the dates are stored as given");
        Check.Equal("employee-1", read.RequestingEmployeeId, "the employee is stored as given");
        Check.True(read.DateModified is not null, "the stamped DateModified is stored");
        Check.Null(read.DateCreated, "DateCreated stays unset");
        Check.Null(read.LeaveType, "a read without Include leaves the LeaveType navigation null");

        var second = new LeaveRequest { StartDate = start.AddMonths(1), EndDate = start.AddMonths(1), LeaveTypeId = 1, RequestingEmployeeId = "employee-2" };
        await requests.CreateAsync(second);
        Check.True(second.Id != 0 && second.Id != first.Id, "the second request gets its own number");
        Check.Equal(2, (await requests.GetAsync()).Count, "GetAsync reads every request");

        first.Approved = true;
        first.DateModified = null;
        await requests.UpdateAsync(first);
        Check.True(first.DateModified is not null, "SaveChangesAsync stamps DateModified on an update");
        var updated = Check.NotNull(await requests.GetByIdAsync(first.Id), "the updated request reads back");
        Check.Equal(true, updated.Approved, "UpdateAsync writes every column from the entity given");
        Check.True(updated.DateModified is not null, "the stamp is stored");

        await requests.DeleteAsync(second);
        Check.Null(await requests.GetByIdAsync(second.Id), "DeleteAsync removes the request");
        var left = await requests.GetAsync();
        Check.Equal(1, left.Count, "one request is left");
        Check.Equal(first.Id, left.Single().Id, "the first request is the one left");

        // Failing writes last: a failed save stays in the context, and every later save of the scope fails with it.
        var ghost = new LeaveRequest { Id = 999, StartDate = start, EndDate = start, LeaveTypeId = 1, RequestingEmployeeId = "nobody" };
        await Check.ThrowsAsync<Exception>(() => requests.UpdateAsync(ghost), "UpdateAsync of a request not stored writes no row: DbUpdateConcurrencyException");
        await Check.ThrowsAsync<Exception>(() => requests.DeleteAsync(ghost), "DeleteAsync of a request not stored deletes no row: DbUpdateConcurrencyException");
        await Check.ThrowsAsync<Exception>(
            () => requests.CreateAsync(new LeaveRequest { Id = 500, StartDate = start, EndDate = start, LeaveTypeId = 1, RequestingEmployeeId = "employee-3" }),
            "CreateAsync of a request whose Id is set fails: SQL Server refuses an explicit value for an IDENTITY column (DbUpdateException)");
        Check.Null(await requests.GetByIdAsync(500), "the refused add stored nothing");
        Check.Equal(1, (await requests.GetAsync()).Count, "the failed writes changed nothing");
    }
}
