// Source: https://github.com/SherifOthman/clinic-api
// Commit: d376cfdcffc4 (the snapshot's HEAD, 2026-05-05; IRepository.cs, IUnitOfWork.cs, ISpecializationRepository.cs,
//   Persistence/Repository.cs, UnitOfWork.cs, ApplicationDbContext.cs, Repositories/SpecializationRepository.cs,
//   Domain/Common/BaseEntity.cs and Domain/Entities/Reference/Specialization.cs read at the same commit)
// Licence: MIT (the README's "License" section: "MIT", for the whole repository; no licence file; an interface signature
//   and a minimal model transcribed for a test)
// Sample: h-sample136 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample136-rule.md,
//   with the walk): healthcare codebases; the repositories find_repos("Clinic") lists, in its order (then "Hospital",
//   "Patient", "Pharmacy"), keeping those with C# files; in each, at its newest stored snapshot, the FIRST C# interface
//   declaration in git grep's order outside test paths whose implementation in the same repository keeps state and which
//   has at least 3 members (inherited ones count when the base is declared in the same repository); licensed, not a
//   corpus source, at most 1 per repository, stop after 3. Picks: (1) SherifOthman/clinic-api IRepository<TEntity>
//   (this one), (2) jiroftsoft/ClinicApp IBaseRepository<T>, (3) bradsp/Lab-Patient-Accounting IAccountRepository.
//   This one: the "Clinic" list's 29th repository; the snapshot's third interface (the first two, ITokenIssuer and
//   ITokenService, declare 2 members and 1).
// Path: src/ClinicManagement.Application/Abstractions/Data/IRepository.cs (real store: src/ClinicManagement.Persistence/
//   Repository.cs, Repository<TEntity> over the scoped EF Core ApplicationDbContext on SQL Server, saved by
//   IUnitOfWork.SaveChangesAsync (Abstractions/Data/IUnitOfWork.cs, Persistence/UnitOfWork.cs), which hands out the
//   derived repositories; model: Domain/Common/BaseEntity.cs, Domain/Entities/Reference/Specialization.cs)
// Adapted: the namespaces (one for all); IUnitOfWork cut down to the Specializations repository and its save (of its 24
//   repository properties); ISpecializationRepository as in the source. Nullable enabled, as in the source (every
//   project sets Nullable enable, net10.0).
// Real store: Repository<TEntity> over ApplicationDbContext; the repository never saves: its writes are tracked and wait
//   for IUnitOfWork.SaveChangesAsync (another interface; ApplicationDbContext.SaveChangesAsync stamps audit fields and
//   writes audit logs). GetByIdAsync(id) = DbSet.FindAsync: the tracked instance when the context tracks one (an
//   entity added and not saved too), else the saved row, else null. CountAsync() = DbSet.CountAsync: a database query,
//   so it counts the saved rows only (an add not saved is not counted, a removal not saved still is), through the
//   query filters (Specialization has none: no ISoftDeletable, no ITenantEntity). AddAsync(entity) = DbSet.AddAsync:
//   tracked as Added, nothing written; the Id is the entity's own (BaseEntity's Guid.CreateVersion7() at construction,
//   a private setter), kept by EF Core. Update(entity) = DbSet.Update: tracked as Modified (an entity not stored makes
//   the save fail, DbUpdateConcurrencyException). Delete(entity) = DbSet.Remove: a hard delete at the save (an added one
//   is only forgotten; one not stored fails the save).
// Shapes: *=core
// First try (7c1e58fd): incomplete: IMF0022 on AddAsync, Update and Delete ("… a write, and IRepository has no save of
//   its own beside IUnitOfWork.SaveChangesAsync, a save on another interface, but whether the writes … wait for it or are
//   saved at once cannot be told from the interface (IUnitOfWork.Specializations returns ISpecializationRepository beside
//   that save …)", fix: [InMemoryFake] on IUnitOfWork, or UnitOfWorkWrites): the right cause, the real writes wait for
//   that save. Generated: GetByIdAsync, CountAsync; the probe passes them (the script's first three checks) and stops at
//   AddAsync | WRONG: none.
// After this round: unchanged (IMF0022 is the documented decision: marking IUnitOfWork proves the writes wait for its
//   save). Not checked by the script, as no fake reaches it: the real GetByIdAsync (FindAsync) answers an entity added and
//   not saved, and the same tracked instance on every call within the scope.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ClinicApi.IRepositoryCase;

/// <summary>
/// Base entity with a time-ordered (v7) Guid primary key.
/// Guid.CreateVersion7() generates sequential GUIDs that avoid index fragmentation
/// on SQL Server clustered indexes — same benefit as NEWSEQUENTIALID() but in code.
/// </summary>
public abstract class BaseEntity
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
}

/// <summary>
/// Medical specialization — seeded reference data.
/// Uses BaseEntity: no human creator (seeded by system), never shown with audit info.
/// </summary>
public class Specialization : BaseEntity
{
    public string NameEn { get; set; } = string.Empty;
    public string NameAr { get; set; } = string.Empty;
    public string? DescriptionEn { get; set; }
    public string? DescriptionAr { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>
/// ORM-agnostic repository contract.
///
/// Only primitive parameters — no lambdas, no expressions, no LINQ.
/// Any ORM (EF Core, Dapper, ADO.NET) can implement this without knowing
/// about expression trees or IQueryable.
///
/// Complex queries with filtering belong in child repository interfaces
/// as named methods with explicit primitive parameters.
/// </summary>
[InMemoryFake]
public interface IRepository<TEntity> where TEntity : BaseEntity
{
    // ── Reads ─────────────────────────────────────────────────────────────────

    /// <summary>Find by primary key. Returns null if not found.</summary>
    Task<TEntity?> GetByIdAsync(Guid id, CancellationToken ct = default);

    /// <summary>Total count of all entities (respects active query filters).</summary>
    Task<int> CountAsync(CancellationToken ct = default);

    // ── Writes ────────────────────────────────────────────────────────────────

    Task AddAsync(TEntity entity, CancellationToken ct = default);
    void Update(TEntity entity);
    void Delete(TEntity entity);
}

public interface ISpecializationRepository : IRepository<Specialization>
{
    /// <summary>Count of doctors assigned this specialization. Used to block hard-delete.</summary>
    Task<int> CountDoctorsAsync(Guid specializationId, CancellationToken ct = default);
}

/// <summary>
/// Single entry point for all data access in handlers.
/// Handlers inject ONLY IUnitOfWork — no direct DbContext access.
/// </summary>
public interface IUnitOfWork
{
    ISpecializationRepository Specializations { get; }

    Task<int> SaveChangesAsync(CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IRepository<Specialization> repository)
    {
        var cardiology = new Specialization { NameEn = "Cardiology", NameAr = "أمراض القلب" };
        var dermatology = new Specialization { NameEn = "Dermatology", NameAr = "الأمراض الجلدية" };
        ((IInMemoryFake)repository).Seed(cardiology, dermatology);

        Check.Equal("Cardiology", (await repository.GetByIdAsync(cardiology.Id))?.NameEn, "GetByIdAsync finds a saved specialization (FindAsync)");
        Check.Null(await repository.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of an unknown id is null");
        Check.Equal(2, await repository.CountAsync(), "CountAsync counts the saved rows");

        var neurology = new Specialization { NameEn = "Neurology" };
        await repository.AddAsync(neurology);
        Check.Equal(2, await repository.CountAsync(), "AddAsync only tracks: CountAsync, a database query, does not count it until IUnitOfWork.SaveChangesAsync (another interface)");
        Check.Equal("Neurology", (await repository.GetByIdAsync(neurology.Id))?.NameEn, "FindAsync answers the tracked added entity before the save");

        repository.Delete(dermatology);
        Check.Equal(2, await repository.CountAsync(), "Delete only tracks: the saved row is still counted until IUnitOfWork.SaveChangesAsync");

        var renamed = (await repository.GetByIdAsync(cardiology.Id))!;
        renamed.NameEn = "Cardiac Surgery";
        repository.Update(renamed);
        Check.Equal(2, await repository.CountAsync(), "Update only tracks: nothing is written until IUnitOfWork.SaveChangesAsync");
    }
}
