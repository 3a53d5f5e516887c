// Source: https://github.com/ratanachh/dapperx
// Commit: d4f7ccd4e920
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample91 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Dapper") lists, in its order, keeping those with C# files (then find_repos("Sql") if the list ran out;
//   it did not); in each, at its newest stored snapshot, the first C# interface in path order (git grep of the fetched
//   snapshot, paths in byte order) outside test paths whose implementation in the same repository keeps state (a
//   database, cache, blob, table, in-memory collection: read, before the walk, as the implementation reading and
//   writing such a store; a read-only wrapper of the OS file system or a holder of SQL text does not count) and that
//   has at least 3 members (inherited ones count); not a corpus source already; a licence file that allows
//   transcribing a signature; at most 1 per repository; stop after 5. The walk: dapperfu/python_Meijer,
//   DapperBanana/LocalTests: no C#; DapperBanana/Local-CS-Tests, webtonic-technologies/iGuruERP_API_Dapper: no licence
//   file; DapperBanana/Local-ASM-Tests, dapperAuteur/witus-learn: no C#; Paymentsense/Dapper.SimpleSave: no such
//   interface (a script DTO and a logger); dapperAuteur/centenarian-os, contractor-os: no C#; DavidParks8/DapperCode:
//   no such interface (OS and service wrappers; its IFileSystem only queries the OS file system, IUserSettings has 1
//   member); five repositories with no C#;
//   Avi-Karalis/dapperAutomapperDBFirstProject, webtonic-technologies/iGuruPrep_API_Dapper: no licence file;
//   nansencenter/DAPPER: no C#; DapperLib/DapperAOT: ICommand<TArgs>; DapperCollectives/VESSEL: no C#;
//   klmallory/Dapper.Accelr8: no licence file; jbock-java/dapper, dapperlabs/nba-smart-contracts: no C#;
//   Edes0/API-Dapper-Showcase: no licence file; AdaskoTheBeAsT/AdaskoTheBeAsT.Identity.Dapper: IUserRoleClaimStore<TUser>;
//   dapperAuteur/tour-manager-os, wanderlearn-app: no C#; DapperLib/Dapper: no such interface (type maps, parameter and
//   type-handler hooks); two with no C#; ratanachh/dapperx: IStudentRepository; mjczone/MJCZone.DapperMatic:
//   IDatabaseCheckConstraintMethods; six with no C#; steffenskov/Dapper.DDD.Repository: IWeatherStationRepository.
//   The 5 picks, in order: DapperAot ICommand, AdaskoIdentityDapper IUserRoleClaimStore, DapperX IStudentRepository,
//   DapperMatic IDatabaseCheckConstraintMethods, DapperDddRepository IWeatherStationRepository.
//   This one: the 1st of ratanachh/dapperx (25 members, all inherited from IRepository<T, TId>; first in path order:
//   the MySQL sample's repository sorts before the library's own interfaces).
// Path: samples/DapperX.MySql.SampleApp/IStudentRepo.cs (the base: src/DapperX/Abstractions/Repositories/IRepository.cs;
//   real store: the class DapperX's source generator, src/DapperX.Generator/Emitters/RepositoryEmitter.cs, emits over
//   src/DapperX/Runtime/Repositories/DapperXRepositoryBase.cs, on MySQL (docker/init/01-schema.sql); model:
//   samples/DapperX.MySql.SampleApp/Student.cs, src/DapperX/Abstractions/Paging/Page.cs, Pageable.cs, Slice.cs,
//   Sorting/Sort.cs, Query/IQuery.cs)
// Adapted: one namespace; Student drops DapperX's [Entity], [Table("students")], [Id] and
//   [GeneratedValue(GenerationType.Identity)] (the types are the library's; the smoke script says what they make the
//   store do), and so does the interface its [Repository]; IQuery<T> keeps Where, OrderBy, Skip, Take, ToListAsync and
//   FirstOrDefaultAsync of its 19 members; the XML comments dropped. Nullable enabled, as in the project file.
// Real store: the generated StudentRepository on MySQL through Dapper, one connection: the students table has an
//   AUTO_INCREMENT id, which InsertAsync leaves out and reads back into Id (SELECT LAST_INSERT_ID(), as text: the
//   entity's Id is a string). GetByIdAsync is the row or null; GetAllAsync every row (no ORDER BY); the Sort overloads
//   throw InvalidSortException for every column, since no Student property is [Sortable]; the Pageable overloads read a
//   page (LIMIT pageSize OFFSET pageNumber * pageSize, pageNumber from 0) with a COUNT for Page.TotalElements, or
//   pageSize + 1 rows for Slice.HasNext; FindAllByIdAsync the rows whose id is in the list; ExistsByIdAsync and
//   CountAsync as named; includeDeleted changes nothing (Student has no [SoftDelete]). UpdateAsync and DeleteAsync
//   throw ConcurrencyException when no row changed; DeleteByIdAsync and DeleteAllByIdAsync delete what matches and
//   throw nothing; UpsertAsync is INSERT … ON DUPLICATE KEY UPDATE; the Many and Graph writes run per entity (the graph
//   ones with no relations mapped: the entity alone); WithTransactionAsync opens a transaction, runs the work, commits
//   (rolls back and rethrows on an exception); Query() starts a fluent query over the same SELECT. Every member takes
//   the caller's IDbTransaction.
// Shapes: *=8
// First try (45df1faa): incomplete: IMF0001 on 23, IMF0018 on FindAllByIdAsync and DeleteAllByIdAsync (bool
//   includeDeleted and IDbTransaction? transaction name no property; a Sort, Pageable or batchSize is no condition;
//   InsertGraph, UpdateGraph, WithTransaction and Query are no known verbs) | generated: none | WRONG: none.
// After this round: unchanged, rightly: a transaction argument is the caller's unit of work, whose rollback the fake
//   would ignore, and includeDeleted is a soft-delete filter of the store's own (a Student has no deleted flag, but
//   an entity of the same repository interface may: IgnoredParameters = new[] { "transaction", "includeDeleted" } is
//   the user's statement that they change nothing, after which the paging and sorting overloads still need the
//   column map DapperX reads from its attributes).
// Session 34 (h-uow34): the 23 members that take the transaction are refused with that cause ("it is handed
//   'transaction' (IDbTransaction?, an ADO.NET transaction) and works on the database behind it", Parsing/HandedStoreRule)
//   before any convention reads their names, so FindAllByIdAsync and DeleteAllByIdAsync are IMF0001 now, not IMF0018;
//   outcome unchanged (incomplete, 25 refused). IgnoredParameters naming 'transaction' still takes it out of the cause.
#nullable enable

using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DapperX.IStudentRepositoryCase;

public sealed class Page<T>
{
    public IReadOnlyList<T> Content { get; }
    public long TotalElements { get; }
    public int PageNumber { get; }
    public int PageSize { get; }
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling((double)TotalElements / PageSize);

    public Page(IEnumerable<T> content, long totalElements, Pageable pageable)
    {
        Content = content.ToList();
        TotalElements = totalElements;
        PageNumber = pageable.PageNumber;
        PageSize = pageable.PageSize;
    }
}

public sealed record Pageable(int PageNumber, int PageSize)
{
    public int Offset => PageNumber * PageSize;
}

public sealed class Slice<T>
{
    public IReadOnlyList<T> Content { get; }
    public bool HasNext { get; }

    public Slice(IList<T> rawResults, int pageSize)
    {
        HasNext = rawResults.Count > pageSize;
        Content = HasNext ? rawResults.Take(pageSize).ToList() : (IReadOnlyList<T>)rawResults;
    }
}

public sealed record Sort(string Column, bool Ascending = true);

public interface IQuery<T>
{
    IQuery<T> Where(Expression<Func<T, bool>> predicate);
    IQuery<T> OrderBy(Expression<Func<T, object?>> keySelector);
    IQuery<T> Skip(int count);
    IQuery<T> Take(int count);

    Task<IEnumerable<T>> ToListAsync(IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<T?> FirstOrDefaultAsync(IDbTransaction? transaction = null, CancellationToken ct = default);
}

public class Student
{
    public string Id { get; set; } = string.Empty;


    public string Name {get; set; } = string.Empty;
}

public interface IRepository<T, TId>
{
    // CRUD
    Task<T?> GetByIdAsync(TId id, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<IEnumerable<T>> GetAllAsync(bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<IEnumerable<T>> GetAllAsync(Sort sort, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<Page<T>> GetAllAsync(Pageable pageable, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<Page<T>> GetAllAsync(Sort sort, Pageable pageable, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<Slice<T>> GetAllSliceAsync(Pageable pageable, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<Slice<T>> GetAllSliceAsync(Sort sort, Pageable pageable, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<IEnumerable<T>> FindAllByIdAsync(IEnumerable<TId> ids, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<bool> ExistsByIdAsync(TId id, bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task<long> CountAsync(bool includeDeleted = false, IDbTransaction? transaction = null, CancellationToken ct = default);

    Task InsertAsync(T entity, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task UpdateAsync(T entity, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task DeleteAsync(T entity, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task DeleteByIdAsync(TId id, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task DeleteAllByIdAsync(IEnumerable<TId> ids, IDbTransaction? transaction = null, CancellationToken ct = default);

    // Upsert
    Task UpsertAsync(T entity, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task UpsertManyAsync(IEnumerable<T> entities, IDbTransaction? transaction = null, CancellationToken ct = default, int? batchSize = null);

    // Batch
    Task InsertManyAsync(IEnumerable<T> entities, IDbTransaction? transaction = null, CancellationToken ct = default, int? batchSize = null, int? bulkThreshold = null);
    Task UpdateManyAsync(IEnumerable<T> entities, IDbTransaction? transaction = null, CancellationToken ct = default, int? batchSize = null);
    Task DeleteManyAsync(IEnumerable<T> entities, IDbTransaction? transaction = null, CancellationToken ct = default, int? batchSize = null);

    // Graph
    Task InsertGraphAsync(T root, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task UpdateGraphAsync(T root, IDbTransaction? transaction = null, CancellationToken ct = default);
    Task DeleteGraphAsync(T root, IDbTransaction? transaction = null, CancellationToken ct = default);

    // Transaction helper
    Task WithTransactionAsync(Func<IDbTransaction, Task> work, CancellationToken ct = default);

    IQuery<T> Query();
}

[InMemoryFake]
public interface IStudentRepository : IRepository<Student, string>
{
    
}

public static class Smoke
{
    public static async Task RunAsync(IStudentRepository students)
    {
        Check.Equal(0L, await students.CountAsync(), "a new table counts no student");
        var alice = new Student { Name = "Alice" };
        var bob = new Student { Name = "Bob" };
        await students.InsertAsync(alice);
        await students.InsertAsync(bob);
        Check.True(alice.Id.Length > 0 && bob.Id.Length > 0 && alice.Id != bob.Id, "InsertAsync reads each new AUTO_INCREMENT id back into Id");
        Check.Equal(2L, await students.CountAsync(), "CountAsync counts both");
        Check.True(await students.ExistsByIdAsync(alice.Id), "ExistsByIdAsync finds a stored id");
        Check.Equal("Alice", (await students.GetByIdAsync(alice.Id))?.Name, "GetByIdAsync reads the row");
        Check.Null(await students.GetByIdAsync("999"), "and is null for an id not stored");
        Check.Equal(1, (await students.FindAllByIdAsync(new[] { bob.Id, "999" })).Count(), "FindAllByIdAsync reads the ids stored among those given");

        var page = await students.GetAllAsync(new Pageable(0, 1));
        Check.Equal(1, page.Content.Count, "a page of one holds one student");
        Check.Equal(2L, page.TotalElements, "and counts them all");
        Check.Equal(2, page.TotalPages, "so there are two pages");
        Check.True((await students.GetAllSliceAsync(new Pageable(0, 1))).HasNext, "a slice of one says a next one exists");
        await Check.ThrowsAsync<Exception>(() => students.GetAllAsync(new Sort("Name")), "no Student property is [Sortable], so every sort is an InvalidSortException");

        alice.Name = "Alicia";
        await students.UpdateAsync(alice);
        Check.Equal("Alicia", (await students.GetByIdAsync(alice.Id))?.Name, "UpdateAsync writes the row of the student's id");
        await Check.ThrowsAsync<Exception>(() => students.UpdateAsync(new Student { Id = "999", Name = "Nobody" }), "an update that changes no row is a ConcurrencyException");

        await students.DeleteByIdAsync("999");
        Check.Equal(2L, await students.CountAsync(), "DeleteByIdAsync of an id not stored deletes nothing and throws nothing");
        await students.DeleteAsync(bob);
        Check.False(await students.ExistsByIdAsync(bob.Id), "DeleteAsync deletes the student's row");
        await Check.ThrowsAsync<Exception>(() => students.DeleteAsync(bob), "a delete that changes no row is a ConcurrencyException");
        await students.DeleteAllByIdAsync(new[] { alice.Id });
        Check.Equal(0L, await students.CountAsync(), "DeleteAllByIdAsync deletes the ids given");
    }
}
