// Source: https://github.com/phongnguyend/Practical.CleanArchitecture
// Commit: 818f3b56654c
// Licence: MIT
// Sample: h-sample8 rule, fixed before probing: in these repositories, in this order (ivanpaulovich/clean-architecture-manga,
//   amantinband/clean-architecture, aspnetrun/run-aspnetcore-microservices, EdwinVW/pitstop,
//   kgrzybek/sample-dotnet-core-cqrs-api, oskardudycz/EventSourcing.NetCore, fullstackhero/dotnet-starter-kit,
//   phongnguyend/Practical.CleanArchitecture, jeangatto/ASP.NET-Core-Clean-Architecture-CQRS-Event-Sourcing,
//   dotnet-architecture/eShopOnContainers, vietnam-devs/coolstore-microservices, PacktPublishing/Clean-Architecture-with-.NET),
//   skipping any the tools do not hold or that are already in the corpus, at the newest stored snapshot (fetch, then
//   git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 12. The 12 were reached in phongnguyend/Practical.CleanArchitecture (the
//   repositories after it were not needed). kgrzybek's ICustomerRepository, IPaymentRepository and IProductRepository
//   and fullstackhero's IInboxStore declare 2 members each; pitstop's ICustomerRepository (after its first 2) was not
//   needed.
//   This one: the 2nd of phongnguyend/Practical.CleanArchitecture.
// Path: src/IdentityServers/Duende/ClassifiedAds.Domain/Repositories/IRepository.cs (IConcurrencyHandler.cs,
//   IUnitOfWork.cs; entities: ClassifiedAds.Domain/Entities/ConfigurationEntry.cs, Entity.cs, IHasKey.cs, ITrackable.cs,
//   IAggregateRoot.cs)
// Adapted: none; the fake is of IRepository<ConfigurationEntry, Guid>, as the project's ConfigurationEntry repository
//   is. The project builds without nullable annotations (#nullable disable).
// Real store: src/IdentityServers/Duende/ClassifiedAds.Persistence/Repositories/Repository.cs over EF Core (AdsDbContext,
//   SQL Server), whose UnitOfWork is the DbContext itself: its writes are tracked until UnitOfWork.SaveChangesAsync
//   writes them (RowVersion is a [Timestamp]: a row changed since it was read fails the save with
//   DbUpdateConcurrencyException). AddAsync sets CreatedDateTime to the clock's now and tracks the entity as Added;
//   UpdateAsync only sets UpdatedDateTime to now (the entity must be tracked, i.e. read through this context, for
//   SaveChanges to write it); AddOrUpdateAsync is AddAsync when Id is default, else UpdateAsync; Delete tracks the entity
//   as Deleted; GetQueryableSet is the DbSet (a query sees saved rows only); FirstOrDefaultAsync, SingleOrDefaultAsync
//   (InvalidOperationException for more than one) and ToListAsync run the query given; the Bulk* methods write at once
//   through SimpleBulks SQL, outside the change tracker (BulkMerge upserts by idSelector); SetRowVersion sets the
//   entry's original RowVersion (the token the next save checks); IsDbUpdateConcurrencyException(ex) is
//   ex is DbUpdateConcurrencyException.
// Shapes: *=core; UnitOfWork=3; AddAsync=3; UpdateAsync=3; AddOrUpdateAsync=3; Delete=3; GetQueryableSet=10;
//   FirstOrDefaultAsync=10; SingleOrDefaultAsync=10; ToListAsync=10;
//   IsDbUpdateConcurrencyException=20; SetRowVersion=19
// First try (38cb94c): generated-code error: CS8600 in the generated concurrency-token setter (RowVersion, a [Timestamp]
//   byte[] declared under #nullable disable: the runtime's object? value was cast to byte[] without '!'), beside IMF0001
//   UnitOfWork (an IUnitOfWork with transaction members besides its save), GetQueryableSet (the name may mean a
//   subset), FirstOrDefaultAsync, SingleOrDefaultAsync and ToListAsync (generic over the query given), the five Bulk*
//   (not known verbs), IsDbUpdateConcurrencyException | WRONG: AddAsync, UpdateAsync, AddOrUpdateAsync and Delete
//   write the table at once, where the real ones only track until UnitOfWork.SaveChangesAsync (the refused UnitOfWork
//   property is the only sign of it), and AddAsync leaves CreatedDateTime (UpdateAsync UpdatedDateTime) unset where the
//   real ones stamp now. Both fixed: the generated-code error (the token's cast is null-forgiving for an oblivious
//   reference type), and the four writes are now refused (IMF0001: a repository whose unit of work hangs off a property
//   the fake cannot implement keeps its writes pending until that save, docs/generator.md, "unit of work"). Were the
//   writes stored at once (UnitOfWorkWrites = Immediate would say so), AddAsync would still not stamp CreatedDateTime: a
//   store's own stamps are for an attribute setting this round does not add. FirstOrDefaultAsync, SingleOrDefaultAsync
//   and ToListAsync are now generated (query executors named as EF Core's run the query given, docs/generator.md).
// After h-conv1 (session 15, 2026-12-04): BulkInsertAsync(entities) is generated as the range add, written at once as
//   SimpleBulks' bulk copy is (a taken Id fails it, all or nothing), while the writes that wait for the save stay
//   refused; BulkDeleteAsync is refused for the RowVersion token (SimpleBulks' DELETE ... JOIN matches the Id alone,
//   neither comparing nor bumping it), BulkUpdateAsync, BulkMergeAsync and the other BulkInsertAsync for their column
//   or id selectors (which columns are written, how rows are matched). The probe still stops at AddAsync, before the
//   bulk insert.
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Data;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PracticalCleanArchitecture.IRepositoryCase;

public interface IAggregateRoot
{
}

public interface IHasKey<T>
{
    T Id { get; set; }
}

public interface ITrackable
{
    byte[] RowVersion { get; set; }

    DateTimeOffset CreatedDateTime { get; set; }

    DateTimeOffset? UpdatedDateTime { get; set; }
}

public abstract class Entity<TKey> : IHasKey<TKey>, ITrackable
{
    public TKey Id { get; set; }

    [Timestamp]
    public byte[] RowVersion { get; set; }

    public DateTimeOffset CreatedDateTime { get; set; }

    public DateTimeOffset? UpdatedDateTime { get; set; }
}

public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    Task<IDisposable> BeginTransactionAsync(IsolationLevel isolationLevel = IsolationLevel.ReadCommitted, CancellationToken cancellationToken = default);

    Task CommitTransactionAsync(CancellationToken cancellationToken = default);
}

public interface IConcurrencyHandler<TEntity>
{
    void SetRowVersion(TEntity entity, byte[] version);

    bool IsDbUpdateConcurrencyException(Exception ex);
}

public interface IRepository<TEntity, TKey> : IConcurrencyHandler<TEntity>
    where TEntity : Entity<TKey>, IAggregateRoot
{
    IUnitOfWork UnitOfWork { get; }

    IQueryable<TEntity> GetQueryableSet();

    Task AddOrUpdateAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task AddAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task UpdateAsync(TEntity entity, CancellationToken cancellationToken = default);

    void Delete(TEntity entity);

    Task<T> FirstOrDefaultAsync<T>(IQueryable<T> query);

    Task<T> SingleOrDefaultAsync<T>(IQueryable<T> query);

    Task<List<T>> ToListAsync<T>(IQueryable<T> query);

    Task BulkInsertAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken = default);

    Task BulkInsertAsync(IReadOnlyCollection<TEntity> entities, Expression<Func<TEntity, object>> columnNamesSelector, CancellationToken cancellationToken = default);

    Task BulkUpdateAsync(IReadOnlyCollection<TEntity> entities, Expression<Func<TEntity, object>> columnNamesSelector, CancellationToken cancellationToken = default);

    Task BulkMergeAsync(IReadOnlyCollection<TEntity> entities, Expression<Func<TEntity, object>> idSelector, Expression<Func<TEntity, object>> updateColumnNamesSelector, Expression<Func<TEntity, object>> insertColumnNamesSelector, CancellationToken cancellationToken = default);

    Task BulkDeleteAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken = default);
}

public class ConfigurationEntry : Entity<Guid>, IAggregateRoot
{
    public string Key { get; set; }

    public string Value { get; set; }

    public string Description { get; set; }

    public bool IsSensitive { get; set; }
}

[InMemoryFake(typeof(IRepository<ConfigurationEntry, Guid>))]
public partial class ConfigurationEntryRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<ConfigurationEntry, Guid> repository)
    {
        var entry = new ConfigurationEntry { Id = Guid.NewGuid(), Key = "Theme", Value = "dark" };
        await repository.AddAsync(entry);
        Check.Null(await repository.FirstOrDefaultAsync(repository.GetQueryableSet().Where(e => e.Key == "Theme")), "an added entry is not stored before UnitOfWork.SaveChangesAsync");
        await repository.UnitOfWork.SaveChangesAsync();
        var stored = Check.NotNull(await repository.SingleOrDefaultAsync(repository.GetQueryableSet().Where(e => e.Key == "Theme")), "UnitOfWork.SaveChangesAsync stores the added entry");
        Check.True(stored.CreatedDateTime != default, "AddAsync stamps CreatedDateTime");
        await repository.BulkInsertAsync([new ConfigurationEntry { Id = Guid.NewGuid(), Key = "Lang", Value = "en" }]);
        Check.Equal(2, (await repository.ToListAsync(repository.GetQueryableSet())).Count, "BulkInsertAsync writes at once");
        repository.Delete(stored);
        await repository.UnitOfWork.SaveChangesAsync();
        Check.Equal(1, (await repository.ToListAsync(repository.GetQueryableSet())).Count, "Delete then SaveChangesAsync removes the entry");
        Check.False(repository.IsDbUpdateConcurrencyException(new InvalidOperationException()), "IsDbUpdateConcurrencyException is false for another exception type");
    }
}
