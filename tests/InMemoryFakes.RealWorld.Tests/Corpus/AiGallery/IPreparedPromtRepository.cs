// Source: https://github.com/furkancankaya/AIGallery
// Commit: 625da27a3ec1 (the version the search result shows, read by read_file: the only commit that touches the file;
//   its bases are their 9517534 versions there, IAsyncRepository.cs changes later at ca04c85)
// Licence: MIT (LICENSE, "Copyright (c) 2022 Ahmet Çetinkaya", the nArchitecture template's, for the whole repository;
//   src/corePackages/LICENSE is MIT too, Kodlamaio; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample125 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample125-rule.md):
//   AI applications: chat history, memory, vector and document stores: the search tool (corpus code) with these
//   queries, in this order: (1) `interface IChatHistoryStore`, (2) `interface IChatHistoryRepository`, (3) `interface
//   IMemoryStore Task`, (4) `interface IVectorStore Task`, (5) `interface IEmbeddingRepository`, (6) `interface
//   IDocumentStore Task`, (7) `interface IPromptRepository`, (8) `interface IChatSessionRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   when the base interface is declared in the same repository), whose path contains no "test" (any case), from a
//   repository that has a licence, is not already a corpus source and is not already picked; a result naming no
//   repository or path (anonymous excerpt) is not taken; at most 1 per repository; stop after 3. Picks: (1) this one,
//   query (7), rank 3 (rank 1 is TypeScript; rank 2, musmanrafiq/BlogEngine's IPromptRepository, shows 2 members at
//   the version of its path); (2) query (8), rank 1, HueByte/Jiro IChatSessionRepository
//   (Corpus/Jiro/IChatSessionRepository.cs). Queries (1)-(6) gave none (TypeScript, Go, Python, Java, Kotlin,
//   anonymous excerpts, two repositories without a licence, interfaces of fewer than 3 members, corpus sources). The
//   lists ran out with 2 picks. The whole walk is in the rule file.
//   This one: query (7), rank 3: IPreparedPromtRepository declares none; IAsyncRepository<T, TId> and
//   IRepository<T, TId> 10 each, and IQuery<T> (their base) 1.
// Path: src/aIGallery/Application/Services/Repositories/IPreparedPromtRepository.cs and
//   src/corePackages/Core.Persistence/Repositories/IAsyncRepository.cs, IRepository.cs, IQuery.cs (real store: the
//   repository has no class implementing this misspelt interface; the same declaration under the right spelling,
//   IPreparedPromptRepository.cs beside it, is implemented by src/aIGallery/Persistence/Repositories/
//   PreparedPromptRepository.cs over src/corePackages/Core.Persistence/Repositories/EfRepositoryBase.cs, which is
//   followed here; model: src/aIGallery/Domain/Entities/PreparedPrompt.cs, Core.Persistence/Repositories/Entity.cs and
//   IEntityTimestamps.cs, Core.Persistence/Paging/IPaginate.cs, Paginate.cs and IQueryablePaginateExtensions.cs,
//   Core.Persistence/Dynamic/DynamicQuery.cs, Filter.cs, Sort.cs and IQueryableDynamicFilterExtensions.cs;
//   src/aIGallery/Persistence/EntityConfigurations/PreparedPromptConfiguration.cs, Persistence/Contexts/BaseDbContext.cs)
// Adapted: one namespace for Application.Services.Repositories, Domain.Entities, Core.Persistence.Repositories,
//   .Paging and .Dynamic. Paginate<T> cut to its properties and parameterless constructor (its two constructors from a
//   source, Paginate<TSource, TResult> and the static Paginate left out: the real store fills new Paginate<T> { … }
//   in ToPaginate); Entity<TId>'s constructor taking the id left out. Nullable enabled and implicit usings, as
//   Core.Persistence.csproj, Domain.csproj and Application.csproj have them.
// Real store: EfRepositoryBase<PreparedPrompt, Guid, BaseDbContext>, EF Core 7 (BaseDbContext, scoped; key Id, a Guid:
//   EF Core's convention generates a new Guid on add for Guid.Empty and writes it into the entity), every write saved
//   at once (SaveChanges[Async] after each). PreparedPromptConfiguration declares HasQueryFilter(pp =>
//   !pp.DeletedDate.HasValue): every read leaves soft-deleted prompts out unless it says withDeleted (IgnoreQueryFilters).
//   Query() = Set<T>() (the filter applies). Get/GetAsync(predicate, include, withDeleted, enableTracking) =
//   FirstOrDefault(predicate): null for none. GetList/GetListAsync(predicate = null, orderBy = null, include = null,
//   index = 0, size = 10, …) = Where, then orderBy, then ToPaginate: Count is every match, Items Skip(index * size)
//   .Take(size) (index from 0; no ORDER BY without orderBy), Pages = ceil(Count / size), Index, Size, From = 0.
//   GetListByDynamic[Async](DynamicQuery, …) applies System.Linq.Dynamic.Core filters and sorts named by strings
//   (Filter.Field, "eq"/"neq"/"lt"/…/"contains", Logic "and"/"or", Sort.Field and Dir "asc"/"desc"; an unknown operator
//   or direction throws ArgumentException), then the predicate, then the page. Any/AnyAsync(predicate = null, …) =
//   Any. Add/AddAsync set CreatedDate = DateTime.UtcNow (over the caller's value), add and save, return the entity given
//   (a taken Id fails the primary key: DbUpdateException); AddRange/AddRangeAsync the same for each, returning the
//   collection given. Update/UpdateAsync set UpdatedDate = DateTime.UtcNow, Context.Update(entity) (every column from
//   the entity given) and save: an Id not stored affects no row, DbUpdateConcurrencyException. Delete/DeleteAsync(entity,
//   permanent = false): permanent removes the row (DbUpdateConcurrencyException for an Id not stored); otherwise a soft
//   delete: nothing for an entity whose DeletedDate is already set, else DeletedDate = DateTime.UtcNow and
//   Context.Update(entity) (every column written from the entity given; DbUpdateConcurrencyException for an Id not
//   stored), so the row stays and the query filter hides it; both return the entity given. DeleteRange/DeleteRangeAsync
//   the same for each. (CheckHasEntityHaveOneToOneRelation: PreparedPrompt has no foreign key, so it never throws.)
//   The smoke script's calls are each one request's (a fresh BaseDbContext, scoped, for each: nothing is tracked from
//   one call to the next), as the app's scoped registration gives them.
// Shapes: *=core; GetAsync=2; Get=2; GetListAsync=14; GetList=14; GetListByDynamicAsync=2; GetListByDynamic=2; AnyAsync=2; Any=2; Query=9; AddRangeAsync=18; AddRange=18; UpdateRangeAsync=18; UpdateRange=18; DeleteRangeAsync=18; DeleteRange=18
// First try (b97d6abe): incomplete: 9 of 21 generated (Query, Add, AddAsync, AddRange, AddRangeAsync, Update,
//   UpdateAsync, UpdateRange, UpdateRangeAsync); refused: Get, GetAsync, Any, AnyAsync (IMF0018: "(bool withDeleted, bool
//   enableTracking) are not used by any condition", then the paging forms: a wrong cause, the first is the query
//   filter's switch and the second a tracking flag), GetList, GetListAsync, GetListByDynamic, GetListByDynamicAsync
//   (IMF0019: IPaginate<PreparedPrompt> "does not fit Get": the template's page interface, paged by index and size),
//   Delete, DeleteAsync (IMF0001: 'permanent' switches between removing the row and a soft delete: right), DeleteRange,
//   DeleteRangeAsync (IMF0001: "it must take one collection of PreparedPrompt or of keys": a wrong cause, each takes one,
//   beside 'permanent'); IMF0025 info on CreatedDate and UpdatedDate | WRONG: Query() lists every prompt, those whose
//   DeletedDate is set too (added or updated with one), where the real HasQueryFilter(!DeletedDate.HasValue) hides them
//   from every query; Query's own signature shows no filter, its siblings' withDeleted switches do. (Loud, not silent:
//   Update/UpdateAsync of a prompt whose Id is Guid.Empty throw ArgumentException, where EF Core's Update inserts it, the
//   documented run-time refusal of an unset generated key.)
// Configured: CreatedStamp = "CreatedDate", UpdatedStamp = "UpdatedDate", UpdatedStampOnInsert = StampOnInsert.Leave
//   (IMF0025 asked: EfRepositoryBase's Add/AddRange set CreatedDate = DateTime.UtcNow over the caller's value and leave
//   UpdatedDate as given; Update/UpdateRange set UpdatedDate = DateTime.UtcNow).
// After this round: Query() refused (the interface's reads take a switch for deleted rows, so whether a read without one
//   hides the prompts whose DeletedDate is set, as EF Core's query filter does, is the store's: RepositoryHints.
//   DeletedRowsSwitch); Get, GetAsync, Any, AnyAsync refused for what withDeleted is (a query filter's switch the fake
//   does not follow for a deletion time), enableTracking now read as a tracking flag; DeleteRange, DeleteRangeAsync
//   refused naming 'permanent'. 8 of 21 generated (the adds and updates), none wrong; incomplete, rightly: the soft
//   delete, its query filter and the page interface IPaginate<T> are the template's own.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore.Query;

namespace Corpus.AiGallery.IPreparedPromtRepositoryCase;

public interface IEntityTimestamps
{
    DateTime CreatedDate { get; set; }
    DateTime? UpdatedDate { get; set; }
    DateTime? DeletedDate { get; set; }
}

public class Entity<TId> : IEntityTimestamps
{
    public TId Id { get; set; }
    public DateTime CreatedDate { get; set; }
    public DateTime? UpdatedDate { get; set; }
    public DateTime? DeletedDate { get; set; }

    public Entity()
    {
        Id = default!;
    }
}

public class PreparedPrompt : Entity<Guid>
{
    public string Name { get; set; } = null!;
    public string Logo { get; set; } = null!;
    public string Prompt { get; set; } = null!;
    public bool TextToImage { get; set; }
    public int Gender { get; set; }
    public int Sort { get; set; }
}

public interface IPaginate<T>
{
    int From { get; }
    int Index { get; }
    int Size { get; }
    int Count { get; }
    int Pages { get; }
    IList<T> Items { get; }
    bool HasPrevious { get; }
    bool HasNext { get; }
}

public class Paginate<T> : IPaginate<T>
{
    public Paginate()
    {
        Items = Array.Empty<T>();
    }

    public int From { get; set; }
    public int Index { get; set; }
    public int Size { get; set; }
    public int Count { get; set; }
    public int Pages { get; set; }
    public IList<T> Items { get; set; }
    public bool HasPrevious => Index - From > 0;
    public bool HasNext => Index - From + 1 < Pages;
}

public class Filter
{
    public string Field { get; set; }
    public string Operator { get; set; }
    public string? Value { get; set; }
    public string? Logic { get; set; }
    public IEnumerable<Filter>? Filters { get; set; }

    public Filter()
    {
        Field = string.Empty;
        Operator = string.Empty;
    }

    public Filter(string field, string @operator)
    {
        Field = field;
        Operator = @operator;
    }
}

public class Sort
{
    public string Field { get; set; }
    public string Dir { get; set; }

    public Sort()
    {
        Field = string.Empty;
        Dir = string.Empty;
    }

    public Sort(string field, string dir)
    {
        Field = field;
        Dir = dir;
    }
}

public class DynamicQuery
{
    public IEnumerable<Sort>? Sort { get; set; }
    public Filter? Filter { get; set; }

    public DynamicQuery() { }

    public DynamicQuery(IEnumerable<Sort>? sort, Filter? filter)
    {
        Sort = sort;
        Filter = filter;
    }
}

public interface IQuery<T>
{
    IQueryable<T> Query();
}

public interface IAsyncRepository<TEntity, TEntityId> : IQuery<TEntity>
    where TEntity : Entity<TEntityId>
{
    Task<TEntity?> GetAsync(
        Expression<Func<TEntity, bool>> predicate,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        bool withDeleted = false,
        bool enableTracking = true,
        CancellationToken cancellationToken = default
    );

    Task<IPaginate<TEntity>> GetListAsync(
        Expression<Func<TEntity, bool>>? predicate = null,
        Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        int index = 0,
        int size = 10,
        bool withDeleted = false,
        bool enableTracking = true,
        CancellationToken cancellationToken = default
    );

    Task<IPaginate<TEntity>> GetListByDynamicAsync(
        DynamicQuery dynamic,
        Expression<Func<TEntity, bool>>? predicate = null,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        int index = 0,
        int size = 10,
        bool withDeleted = false,
        bool enableTracking = true,
        CancellationToken cancellationToken = default
    );

    Task<bool> AnyAsync(
        Expression<Func<TEntity, bool>>? predicate = null,
        bool withDeleted = false,
        bool enableTracking = true,
        CancellationToken cancellationToken = default
    );

    Task<TEntity> AddAsync(TEntity entity);

    Task<ICollection<TEntity>> AddRangeAsync(ICollection<TEntity> entity);

    Task<TEntity> UpdateAsync(TEntity entity);

    Task<ICollection<TEntity>> UpdateRangeAsync(ICollection<TEntity> entity);

    Task<TEntity> DeleteAsync(TEntity entity, bool permanent = false);

    Task<ICollection<TEntity>> DeleteRangeAsync(ICollection<TEntity> entity, bool permanent = false);
}

public interface IRepository<TEntity, TEntityId> : IQuery<TEntity>
    where TEntity : Entity<TEntityId>
{
    TEntity? Get(
        Expression<Func<TEntity, bool>> predicate,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        bool withDeleted = false,
        bool enableTracking = true
    );

    IPaginate<TEntity> GetList(
        Expression<Func<TEntity, bool>>? predicate = null,
        Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>>? orderBy = null,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        int index = 0,
        int size = 10,
        bool withDeleted = false,
        bool enableTracking = true
    );

    IPaginate<TEntity> GetListByDynamic(
        DynamicQuery dynamic,
        Expression<Func<TEntity, bool>>? predicate = null,
        Func<IQueryable<TEntity>, IIncludableQueryable<TEntity, object>>? include = null,
        int index = 0,
        int size = 10,
        bool withDeleted = false,
        bool enableTracking = true
    );

    bool Any(Expression<Func<TEntity, bool>>? predicate = null, bool withDeleted = false, bool enableTracking = true);
    TEntity Add(TEntity entity);
    ICollection<TEntity> AddRange(ICollection<TEntity> entities);
    TEntity Update(TEntity entity);
    ICollection<TEntity> UpdateRange(ICollection<TEntity> entities);
    TEntity Delete(TEntity entity, bool permanent = false);
    ICollection<TEntity> DeleteRange(ICollection<TEntity> entity, bool permanent = false);
}

[InMemoryFake(CreatedStamp = "CreatedDate", UpdatedStamp = "UpdatedDate", UpdatedStampOnInsert = StampOnInsert.Leave)]
public interface IPreparedPromtRepository : IAsyncRepository<PreparedPrompt, Guid>, IRepository<PreparedPrompt, Guid>
{
}

public static class Smoke
{
    private static string Names(IEnumerable<PreparedPrompt> prompts) => string.Join(",", prompts.Select(p => p.Name));

    public static async Task RunAsync(IPreparedPromtRepository prompts)
    {
        Check.False(await prompts.AnyAsync(), "a new table has no prompt");
        var empty = await prompts.GetListAsync();
        Check.Equal(0, empty.Count, "GetListAsync of an empty table counts 0");
        Check.Equal(0, empty.Items.Count, "and lists no prompt");
        Check.Null(await prompts.GetAsync(p => p.Name == "none"), "GetAsync of a predicate nothing matches is null (FirstOrDefault)");

        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var ironman = new PreparedPrompt { Name = "ironman", Logo = "1.jpg", Prompt = "ironman 4k", TextToImage = true, Sort = 3, CreatedDate = longAgo };
        var added = await prompts.AddAsync(ironman);
        Check.True(ironman.Id != Guid.Empty, "AddAsync gives a prompt with Guid.Empty a new Guid (EF Core's Guid key convention), written into it");
        Check.Equal(ironman.Id, added.Id, "AddAsync returns the prompt given, with its key");
        var read = Check.NotNull(await prompts.GetAsync(p => p.Id == ironman.Id), "GetAsync finds the prompt by a predicate on its Id");
        Check.Equal("ironman", read.Name, "the name is stored as given");
        Check.True(read.CreatedDate > longAgo, "AddAsync stamps CreatedDate with DateTime.UtcNow over the caller's value");
        Check.True(await prompts.AnyAsync(p => p.Name == "ironman"), "AnyAsync of a matching predicate is true");
        await Check.ThrowsAsync<Exception>(
            () => prompts.AddAsync(new PreparedPrompt { Id = ironman.Id, Name = "again", Logo = "", Prompt = "" }),
            "AddAsync of an Id already stored fails the primary key (DbUpdateException)");

        var batch = new List<PreparedPrompt>
        {
            new() { Name = "viking", Logo = "13.jpg", Prompt = "viking", Gender = 1, Sort = 1 },
            new() { Name = "phoenix", Logo = "18.jpg", Prompt = "phoenix", Gender = 1, Sort = 2 },
        };
        var addedBatch = await prompts.AddRangeAsync(batch);
        Check.Equal(2, addedBatch.Count, "AddRangeAsync returns the collection given");
        Check.True(batch.All(p => p.Id != Guid.Empty), "AddRangeAsync gives each prompt a new Guid");
        Check.True(await prompts.AnyAsync(), "the table is no longer empty");

        var firstPage = await prompts.GetListAsync(orderBy: q => q.OrderBy(p => p.Sort), index: 0, size: 2);
        Check.Equal(3, firstPage.Count, "Count is every match, not the page's");
        Check.Equal("viking,phoenix", Names(firstPage.Items), "page 0 of size 2 is the first two by the order given (index counts from 0)");
        Check.Equal(2, firstPage.Pages, "Pages = ceil(3 / 2)");
        Check.Equal(0, firstPage.Index, "Index is the index asked");
        Check.Equal(2, firstPage.Size, "Size is the size asked");
        Check.True(firstPage.HasNext, "a first page of two has a next");
        var secondPage = prompts.GetList(orderBy: q => q.OrderBy(p => p.Sort), index: 1, size: 2);
        Check.Equal("ironman", Names(secondPage.Items), "page 1 of size 2 is the third");
        Check.False(secondPage.HasNext, "the last page has no next");
        var women = await prompts.GetListAsync(predicate: p => p.Gender == 1, orderBy: q => q.OrderByDescending(p => p.Sort));
        Check.Equal("phoenix,viking", Names(women.Items), "GetListAsync filters by the predicate, then orders");

        var byName = await prompts.GetListByDynamicAsync(new DynamicQuery(null, new Filter("Name", "eq") { Value = "viking" }));
        Check.Equal("viking", Names(byName.Items), "GetListByDynamicAsync filters by a field named in text (eq)");
        var sorted = prompts.GetListByDynamic(new DynamicQuery(new[] { new Sort("Sort", "desc") }, null));
        Check.Equal("ironman,phoenix,viking", Names(sorted.Items), "GetListByDynamic sorts by a field named in text (desc)");

        var changed = Check.NotNull(prompts.Get(p => p.Name == "phoenix"), "Get finds the phoenix");
        changed.Prompt = "a cute adorable phoenix";
        var updated = await prompts.UpdateAsync(changed);
        Check.Equal(changed.Id, updated.Id, "UpdateAsync returns the prompt given");
        var reread = Check.NotNull(await prompts.GetAsync(p => p.Id == changed.Id), "the updated prompt reads back");
        Check.Equal("a cute adorable phoenix", reread.Prompt, "UpdateAsync writes every column from the entity given");
        Check.True(reread.UpdatedDate is not null, "UpdateAsync stamps UpdatedDate with DateTime.UtcNow");
        await Check.ThrowsAsync<Exception>(
            () => prompts.UpdateAsync(new PreparedPrompt { Id = Guid.NewGuid(), Name = "ghost", Logo = "", Prompt = "" }),
            "UpdateAsync of an Id not stored writes no row: DbUpdateConcurrencyException");

        var viking = Check.NotNull(await prompts.GetAsync(p => p.Name == "viking"), "the viking is stored");
        var softDeleted = await prompts.DeleteAsync(viking);
        Check.True(softDeleted.DeletedDate is not null, "DeleteAsync (permanent: false) sets DeletedDate on the prompt given");
        Check.Null(await prompts.GetAsync(p => p.Id == viking.Id), "the query filter hides a soft-deleted prompt from GetAsync");
        Check.False(await prompts.AnyAsync(p => p.Id == viking.Id), "and from AnyAsync");
        Check.Equal(2, (await prompts.GetListAsync()).Count, "and from GetListAsync");
        Check.Equal(2, prompts.Query().Count(), "and from Query()");
        var kept = Check.NotNull(await prompts.GetAsync(p => p.Id == viking.Id, withDeleted: true), "withDeleted reads the soft-deleted prompt: the row stays");
        Check.True(kept.DeletedDate is not null, "its DeletedDate is set");
        Check.True(await prompts.AnyAsync(p => p.Id == viking.Id, withDeleted: true), "AnyAsync withDeleted sees it");
        Check.Equal(3, (await prompts.GetListAsync(withDeleted: true)).Count, "GetListAsync withDeleted counts it");

        prompts.Delete(kept, permanent: true);
        Check.Null(await prompts.GetAsync(p => p.Id == viking.Id, withDeleted: true), "a permanent delete removes the row");
        await Check.ThrowsAsync<Exception>(
            () => prompts.DeleteAsync(new PreparedPrompt { Id = Guid.NewGuid(), Name = "ghost", Logo = "", Prompt = "" }),
            "DeleteAsync of an Id not stored writes no row: DbUpdateConcurrencyException");

        var rest = (await prompts.GetListAsync()).Items.ToList();
        var deleted = await prompts.DeleteRangeAsync(rest);
        Check.Equal(2, deleted.Count, "DeleteRangeAsync returns the collection given");
        Check.False(await prompts.AnyAsync(), "every prompt is soft-deleted: none is read");
        Check.True(prompts.Any(withDeleted: true), "the rows stay");
    }
}
