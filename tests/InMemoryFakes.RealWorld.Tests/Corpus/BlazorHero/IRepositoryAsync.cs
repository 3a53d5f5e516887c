// Source: https://github.com/blazorhero/CleanArchitecture
// Commit: a940db9
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample38 rule, fixed before probing: in these repositories, in this order (dnnsoftware/Dnn.Platform,
//   NEventStore/NEventStore, HangfireIO/Hangfire, App-vNext/Polly, ChilliCream/graphql-platform,
//   NethermindEth/nethermind, JosefNemec/Playnite, akkadotnet/akka.net, StockSharp/StockSharp,
//   blazorhero/CleanArchitecture, mixcore/mix.core, dotnetcore/WTM), skipping any the tools do not hold or that are
//   over fetch's limit, and every interface already in the corpus (grep of Corpus/ for its name and source path), at
//   the newest stored snapshot (fetch, then git grep for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in
//   *.cs, paths sorted ordinally): the first interfaces in ordinal path order not yet in the corpus (at most 1 per
//   repository), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if
//   the base interface is in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   Dnn.Platform (792 MB), graphql-platform (992 MB), nethermind (651 MB) and StockSharp (1,044 MB) are over fetch's
//   500 MB limit: skipped. That pattern finds nothing in NEventStore, Hangfire, Polly, Playnite, mix.core or WTM,
//   akka.net's only one (ITestSnapshotStore) is under Akka.Persistence.TestKit/, and blazorhero's four (IBrandRepository,
//   IDocumentRepository, IDocumentTypeRepository, IProductRepository) declare 0, 2, 0 and 1 members: the rule as given
//   picks none. So, still before probing, the name pattern was widened to the word anywhere in the name, as a whole
//   camel-case word (`interface I\w*(Repository|Repo|Store|Storage|Cache)([A-Z]\w*)?\b`), every other condition
//   unchanged. That adds, in order: NEventStore IStoreEvents; Hangfire IStorageConnection; Polly IAsyncCacheProvider,
//   IAsyncCacheProvider<TResult>, ICacheItemSerializer, ISyncCacheProvider and ISyncCacheProvider<TResult> (2 members
//   each), ICacheKeyStrategy (1), ICachePolicy and ICachePolicy<TResult> (0); akka.net IPeriodicCacheCleanup (1);
//   blazorhero IRepositoryAsync<T, TId>; mix.core IRepositoryBase<TDbConnection, TEntity> (and IOAuthCodeStoreService,
//   IRepoDb, IMixMemoryCacheService, past its 1). None was in the corpus. So the rule picks 4, in order: NEventStore
//   IStoreEvents, Hangfire IStorageConnection, blazorhero IRepositoryAsync, mix.core IRepositoryBase.
//   This one: blazorhero/CleanArchitecture's (7 members).
// Path: src/Application/Interfaces/Repositories/IRepositoryAsync.cs (real store: src/Infrastructure/Repositories/
//   RepositoryAsync.cs, used through UnitOfWork.cs; entity: src/Domain/Entities/Catalog/Brand.cs on
//   src/Domain/Contracts/AuditableEntity.cs and IEntity.cs; audit: src/Infrastructure/Contexts/BlazorHeroContext.cs)
// Adapted: IEntity<TId> and AuditableEntity<TId> transcribed whole (IAuditableEntity's members are AuditableEntity's);
//   Brand whole. Nullable disabled, as in the source (the project does not enable it).
// Real store: RepositoryAsync<T, TId> over EF Core (SQL Server), written through UnitOfWork.Commit (SaveChangesAsync):
//   Entities is the DbSet. GetByIdAsync -> FindAsync (null when missing). GetAllAsync lists every row.
//   GetPagedResponseAsync(pageNumber, pageSize) = Skip((pageNumber - 1) * pageSize).Take(pageSize) with no ORDER BY (the
//   clustered primary key's order on SQL Server). AddAsync tracks the entity and returns it; the database numbers a
//   0 Id at the commit (identity column). UpdateAsync finds the stored row by entity.Id and copies every scalar value
//   of the entity onto it (SetValues); a missing row: Find returns null and Entry(null) throws ArgumentNullException.
//   DeleteAsync: Remove(entity); a missing row throws DbUpdateConcurrencyException at the commit. BlazorHeroContext's
//   SaveChangesAsync stamps CreatedOn/CreatedBy on added rows and LastModifiedOn/LastModifiedBy on modified ones from
//   IDateTimeService.NowUtc and the signed-in user.
// First try (c4a0077): incomplete: IMF0001 on DeleteAsync (a removal by entity returning Task: what a missing entity
//   does is unstated, EF Core's Remove + SaveChanges throwing and Dapper or a SQL DELETE doing nothing); generated:
//   Entities (an IQueryable of the table), GetByIdAsync (null when missing), GetAllAsync, GetPagedResponseAsync
//   (pageNumber counts from 1, pages in Id order), AddAsync (numbers a 0 Id 1, 2, …, returns the brand), UpdateAsync
//   (replaces the brand; a missing one throws the not-found error) | WRONG: none found (the probe passes every step of
//   the script up to DeleteAsync).
// Configured: MissingDelete = MissingDelete.NotFound: the real DeleteAsync is EF Core's Remove, and UnitOfWork.Commit's
//   SaveChangesAsync throws DbUpdateConcurrencyException for a brand that is not stored (the fake's NotFoundException
//   at the call, where EF Core's comes at the commit).
// After this round: complete with the setting above; the smoke script passes.
// Still wrong: the audit properties stay as given, where BlazorHeroContext.SaveChangesAsync stamps CreatedOn/CreatedBy on
//   added rows and LastModifiedOn/LastModifiedBy on modified ones (IDateTimeService.NowUtc and the signed-in user's id).
//   CreatedStamp/UpdatedStamp would state the two dates, but not on the open interface, whose T is known only as an
//   IEntity<TId> with an Id (IMF0010: not a property of T); a fake closed over Brand on a partial class can set them.
//   Who made a change is no clock value and has no setting. The writes are at once, where the real ones wait for
//   UnitOfWork.Commit (as a committed unit of work). The script does not read the audit properties.
// After h-oblivious (session 29): complete as before; GetByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BlazorHero.IRepositoryAsyncCase;

public interface IEntity
{
}

public interface IEntity<TId> : IEntity
{
    public TId Id { get; set; }
}

public abstract class AuditableEntity<TId> : IEntity<TId>
{
    public TId Id { get; set; }
    public string CreatedBy { get; set; }
    public DateTime CreatedOn { get; set; }
    public string LastModifiedBy { get; set; }
    public DateTime? LastModifiedOn { get; set; }
}

public class Brand : AuditableEntity<int>
{
    public string Name { get; set; }
    public string Description { get; set; }
    public decimal Tax { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IRepositoryAsync<T, in TId> where T : class, IEntity<TId>
{
    IQueryable<T> Entities { get; }

    Task<T> GetByIdAsync(TId id);

    Task<List<T>> GetAllAsync();

    Task<List<T>> GetPagedResponseAsync(int pageNumber, int pageSize);

    Task<T> AddAsync(T entity);

    Task UpdateAsync(T entity);

    Task DeleteAsync(T entity);
}

public static class Smoke
{
    public static async Task RunAsync(IRepositoryAsync<Brand, int> repository)
    {
        var acme = await repository.AddAsync(new Brand { Name = "Acme", Description = "Tools", Tax = 10m });
        Check.True(acme.Id > 0, "AddAsync's brand gets a positive Id (the identity column, at the commit)");
        var bolt = await repository.AddAsync(new Brand { Name = "Bolt", Description = "Nuts", Tax = 5m });
        var cord = await repository.AddAsync(new Brand { Name = "Cord", Description = "Rope", Tax = 1m });
        Check.True(bolt.Id > acme.Id && cord.Id > bolt.Id, "later brands get higher Ids");
        var stored = await repository.GetByIdAsync(acme.Id);
        Check.Equal("Acme", stored?.Name, "GetByIdAsync finds the brand by its Id");
        Check.Null(await repository.GetByIdAsync(acme.Id + 1000), "GetByIdAsync of a missing Id is null (FindAsync)");
        Check.Equal(3, (await repository.GetAllAsync()).Count, "GetAllAsync lists every brand");
        Check.Equal(2, repository.Entities.Count(b => b.Tax > 2m), "Entities queries the stored brands");
        var first = await repository.GetPagedResponseAsync(1, 2);
        Check.Equal("Acme,Bolt", string.Join(",", first.Select(b => b.Name)), "GetPagedResponseAsync(1, 2) is the first page of 2, in Id order");
        var second = await repository.GetPagedResponseAsync(2, 2);
        Check.Equal("Cord", string.Join(",", second.Select(b => b.Name)), "GetPagedResponseAsync(2, 2) is the second page (pageNumber counts from 1)");
        await repository.UpdateAsync(new Brand { Id = bolt.Id, Name = "Bolts", Description = "Nuts and bolts", Tax = 6m });
        var updated = await repository.GetByIdAsync(bolt.Id);
        Check.Equal("Bolts", updated?.Name, "UpdateAsync copies the brand's values onto the stored row");
        Check.Equal(6m, updated?.Tax, "UpdateAsync copies every scalar value");
        await Check.ThrowsAsync<Exception>(() => repository.UpdateAsync(new Brand { Id = acme.Id + 1000, Name = "Gone" }), "UpdateAsync of a missing brand throws (Entry(null): ArgumentNullException)");
        await repository.DeleteAsync(cord);
        Check.Null(await repository.GetByIdAsync(cord.Id), "DeleteAsync removes the brand");
        await Check.ThrowsAsync<Exception>(() => repository.DeleteAsync(new Brand { Id = cord.Id }), "DeleteAsync of a missing brand throws DbUpdateConcurrencyException at the commit");
        Check.Equal(2, (await repository.GetAllAsync()).Count, "two brands are left");
    }
}
