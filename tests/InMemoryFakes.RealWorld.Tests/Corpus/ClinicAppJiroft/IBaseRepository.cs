// Source: https://github.com/jiroftsoft/ClinicApp
// Commit: 8fc1f202acb2 (the snapshot's HEAD, 2025-10-24; IBaseRepository.cs and BaseRepository.cs last changed in
//   229686f "14040719", 2025-10-11; Repositories/Reception/OptimizedReceptionRepository.cs, Models/IdentityModels.cs
//   (ApplicationDbContext), Models/Entities/Reception/Reception.cs, Models/Core/ISoftDelete.cs, Models/Core/ITrackable.cs
//   and Interfaces/PagedResult.cs read at the same commit)
// Licence: MIT (the README's licence section, "مجوز": the project is published under the MIT License; its link to a
//   LICENSE file points at no file in the repository; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample136 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample136-rule.md,
//   with the walk): healthcare codebases; the repositories find_repos("Clinic") lists, in its order (then "Hospital",
//   "Patient", "Pharmacy"), keeping those with C# files; in each, at its newest stored snapshot, the FIRST C# interface
//   declaration in git grep's order outside test paths whose implementation in the same repository keeps state and which
//   has at least 3 members (inherited ones count when the base is declared in the same repository); licensed, not a
//   corpus source, at most 1 per repository, stop after 3. Picks: (1) SherifOthman/clinic-api IRepository<TEntity>,
//   (2) jiroftsoft/ClinicApp IBaseRepository<T> (this one), (3) bradsp/Lab-Patient-Accounting IAccountRepository.
//   This one: the "Clinic" list's 47th repository; the snapshot's second interface (the first, ITimeProvider, reads the
//   clock and converts time zones: no state).
// Path: Interfaces/Base/IBaseRepository.cs (real store: Repositories/Base/BaseRepository.cs, the abstract
//   BaseRepository<T> over the EF6 ApplicationDbContext (Models/IdentityModels.cs, SQL Server, EntityFramework
//   .DynamicFilters), made concrete once, by Repositories/Reception/OptimizedReceptionRepository.cs for Reception, which
//   overrides only GetEntityId (=> ReceptionId); models: Models/Entities/Reception/Reception.cs, Models/Core/
//   ISoftDelete.cs, ITrackable.cs, Interfaces/PagedResult.cs)
// Adapted: the namespaces (one for all); Reception cut down to its key, three columns and the ISoftDelete and ITrackable
//   columns (its navigations, ApplicationUser ones included, and its 30 other columns left out); ISoftDelete and
//   ITrackable without their ApplicationUser navigations; PagedResult<T> cut down to its items, counts, page and
//   constructor checks (its Persian display and logging left out). Nullable disabled, as in the source (ClinicApp.csproj,
//   .NET Framework 4.8, LangVersion latest, no Nullable).
// Real store: BaseRepository<Reception> over ApplicationDbContext, whose IsDeletedFilter (DynamicFilters, on ISoftDelete)
//   hides every row with IsDeleted from the queries. Implemented: GetByIdAsync(id) = FindAsync (the tracked instance, else
//   the row, else null); GetAllAsync and GetAllAsNoTrackingAsync = AsNoTracking().ToListAsync() (the rows not deleted,
//   database order); GetWhereAsync and GetWhereAsNoTrackingAsync = the same filtered by the predicate;
//   GetFirstOrDefaultAsync(predicate) = FirstOrDefaultAsync (null for no match); ExistsAsync = AnyAsync; CountAsync =
//   CountAsync(predicate). GetPagedAsync and GetPagedWhereAsync call Skip without an OrderBy, which LINQ to Entities
//   refuses at run time (NotSupportedException: "The method 'Skip' is only supported for sorted input"); so does
//   GetByIdWithIncludesAsync, whose predicate calls GetEntityId (NotSupportedException: LINQ to Entities does not
//   recognize the method). Not implemented: AddAsync, AddRangeAsync, UpdateAsync, UpdateRangeAsync, DeleteAsync,
//   DeleteByIdAsync and DeleteRangeAsync (their interface implementations are `throw new NotImplementedException()`;
//   the class's own Add, AddRangeAsync(List<T>), Update, DeleteAsync… of other signatures track a change and are no
//   members of the interface), and GetByCreatedByAsync, GetByUpdatedByAsync and GetByDateRangeAsync (NotImplementedException
//   "… must be implemented in the derived class", which OptimizedReceptionRepository does not). The interface's XML
//   docs describe them: an add returns the entity added, a removal is a soft delete returning whether it succeeded,
//   DeleteRangeAsync returns the number removed.
// Shapes: *=core
// First try (7c1e58fd): incomplete, nothing generated: IMF0008 on the interface ("cannot be faked while open: its entity
//   type parameter 'T' has no constraint, so it has no property the fake can read a key from; constrain … or fake a closed
//   type with [InMemoryFake(typeof(...))] on a partial class"): right, `where T : class` names no key | WRONG: none
//   (nothing generated). The hint's way out, tried (a partial class [InMemoryFake(typeof(IBaseRepository<Reception>))],
//   ReceptionId the key by its name): 11 of the 21 members generated (GetByIdAsync, GetAllAsync, GetWhereAsync,
//   GetFirstOrDefaultAsync, ExistsAsync, CountAsync, GetWhereAsNoTrackingAsync, AddAsync, AddRangeAsync, UpdateAsync,
//   UpdateRangeAsync), 10 refused: DeleteAsync, DeleteByIdAsync, DeleteRangeAsync IMF0001 (Reception has the deletion
//   flag IsDeleted, so removing the row or setting the flag is the store's own: right, the interface's docs say soft
//   delete), GetAllAsNoTrackingAsync IMF0001 ('AsNoTracking' after GetAll names nothing), GetByIdWithIncludesAsync,
//   GetByCreatedByAsync, GetByUpdatedByAsync and GetByDateRangeAsync IMF0016 (they name no property), GetPagedAsync and
//   GetPagedWhereAsync IMF0019 (PagedResult<Reception> fits no page shape). Under that way out the generated reads list a
//   row whose IsDeleted is true (seeded), where the real IsDeletedFilter hides it from every query: the deletion flag that
//   makes the deletes refused ("ABP … hide flagged rows from every read") leaves the reads generated as if no row were
//   hidden (silently wrong there; Left in the h-sample136 round); and the four writes store where the real ones throw
//   NotImplementedException (an unfinished implementation, whose interface docs describe an add and an update).
// After this round: unchanged.
#nullable disable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ClinicAppJiroft.IBaseRepositoryCase;

public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTime? DeletedAt { get; set; }
    string DeletedByUserId { get; set; }
}

public interface ITrackable
{
    DateTime CreatedAt { get; set; }
    string CreatedByUserId { get; set; }
    DateTime? UpdatedAt { get; set; }
    string UpdatedByUserId { get; set; }
}

public class Reception : ISoftDelete, ITrackable
{
    public int ReceptionId { get; set; }

    public int PatientId { get; set; }

    public int DoctorId { get; set; }

    public DateTime ReceptionDate { get; set; }

    public decimal TotalAmount { get; set; }

    public bool IsDeleted { get; set; }

    public DateTime? DeletedAt { get; set; }

    public string DeletedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedByUserId { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string UpdatedByUserId { get; set; }
}

public class PagedResult<T> : IEnumerable<T>
{
    public List<T> Items { get; set; } = new List<T>();

    public int PageNumber { get; set; }

    public int PageSize { get; set; }

    public int TotalItems { get; set; }

    public int TotalCount => TotalItems;

    public PagedResult(List<T> items, int totalItems, int pageNumber, int pageSize)
    {
        if (pageNumber < 1)
            throw new ArgumentException("شماره صفحه باید بزرگتر یا مساوی 1 باشد.", nameof(pageNumber));

        if (pageSize < 1)
            throw new ArgumentException("تعداد آیتم‌ها در هر صفحه باید بزرگتر یا مساوی 1 باشد.", nameof(pageSize));

        if (totalItems < 0)
            throw new ArgumentException("تعداد کل آیتم‌ها نمی‌تواند منفی باشد.", nameof(totalItems));

        Items = items;
        TotalItems = totalItems;
        PageNumber = pageNumber;
        PageSize = pageSize;
    }

    public PagedResult()
    {
    }

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Base Repository Interface برای تمام Repository ها
/// </summary>
/// <typeparam name="T">نوع Entity</typeparam>
[InMemoryFake]
public interface IBaseRepository<T> where T : class
{
    #region Core CRUD Operations

    /// <summary>
    /// دریافت Entity بر اساس شناسه
    /// </summary>
    Task<T> GetByIdAsync(int id);

    /// <summary>
    /// دریافت تمام Entity های فعال
    /// </summary>
    Task<List<T>> GetAllAsync();

    /// <summary>
    /// دریافت Entity ها بر اساس شرط
    /// </summary>
    Task<List<T>> GetWhereAsync(Expression<Func<T, bool>> predicate);

    /// <summary>
    /// دریافت اولین Entity مطابق شرط
    /// </summary>
    Task<T> GetFirstOrDefaultAsync(Expression<Func<T, bool>> predicate);

    /// <summary>
    /// بررسی وجود Entity بر اساس شرط
    /// </summary>
    Task<bool> ExistsAsync(Expression<Func<T, bool>> predicate);

    /// <summary>
    /// شمارش Entity ها بر اساس شرط
    /// </summary>
    Task<int> CountAsync(Expression<Func<T, bool>> predicate);

    #endregion

    #region Create Operations

    /// <summary>
    /// افزودن Entity جدید
    /// </summary>
    /// <returns>Entity افزوده شده</returns>
    Task<T> AddAsync(T entity);

    /// <summary>
    /// افزودن چندین Entity
    /// </summary>
    /// <returns>لیست Entity های افزوده شده</returns>
    Task<List<T>> AddRangeAsync(List<T> entities);

    #endregion

    #region Update Operations

    /// <summary>
    /// به‌روزرسانی Entity
    /// </summary>
    /// <returns>Entity به‌روزرسانی شده</returns>
    Task<T> UpdateAsync(T entity);

    /// <summary>
    /// به‌روزرسانی چندین Entity
    /// </summary>
    /// <returns>لیست Entity های به‌روزرسانی شده</returns>
    Task<List<T>> UpdateRangeAsync(List<T> entities);

    #endregion

    #region Delete Operations

    /// <summary>
    /// حذف Entity (Soft Delete)
    /// </summary>
    /// <returns>True اگر حذف موفق باشد</returns>
    Task<bool> DeleteAsync(T entity);

    /// <summary>
    /// حذف Entity بر اساس شناسه (Soft Delete)
    /// </summary>
    /// <returns>True اگر حذف موفق باشد</returns>
    Task<bool> DeleteByIdAsync(int id);

    /// <summary>
    /// حذف چندین Entity (Soft Delete)
    /// </summary>
    /// <returns>تعداد Entity های حذف شده</returns>
    Task<int> DeleteRangeAsync(List<T> entities);

    #endregion

    #region Performance Operations

    /// <summary>
    /// دریافت Entity ها با AsNoTracking
    /// </summary>
    Task<List<T>> GetAllAsNoTrackingAsync();

    /// <summary>
    /// دریافت Entity ها بر اساس شرط با AsNoTracking
    /// </summary>
    Task<List<T>> GetWhereAsNoTrackingAsync(Expression<Func<T, bool>> predicate);

    /// <summary>
    /// دریافت Entity با Include
    /// </summary>
    Task<T> GetByIdWithIncludesAsync(int id, params Expression<Func<T, object>>[] includes);

    #endregion

    #region Pagination

    /// <summary>
    /// دریافت Entity ها با صفحه‌بندی
    /// </summary>
    Task<PagedResult<T>> GetPagedAsync(int pageNumber, int pageSize);

    /// <summary>
    /// دریافت Entity ها بر اساس شرط با صفحه‌بندی
    /// </summary>
    Task<PagedResult<T>> GetPagedWhereAsync(Expression<Func<T, bool>> predicate, int pageNumber, int pageSize);

    #endregion

    #region Audit Operations

    /// <summary>
    /// دریافت Entity ها بر اساس کاربر ایجادکننده
    /// </summary>
    Task<List<T>> GetByCreatedByAsync(string userId);

    /// <summary>
    /// دریافت Entity ها بر اساس کاربر به‌روزرسانی‌کننده
    /// </summary>
    Task<List<T>> GetByUpdatedByAsync(string userId);

    /// <summary>
    /// دریافت Entity ها در بازه زمانی
    /// </summary>
    Task<List<T>> GetByDateRangeAsync(DateTime startDate, DateTime endDate);

    #endregion
}

public static class Smoke
{
    public static async Task RunAsync(IBaseRepository<Reception> repository)
    {
        var day = new DateTime(2025, 10, 1);
        ((IInMemoryFake)repository).Seed(
            new Reception { ReceptionId = 1, PatientId = 10, DoctorId = 7, ReceptionDate = day, TotalAmount = 100m, CreatedAt = day, CreatedByUserId = "u1" },
            new Reception { ReceptionId = 2, PatientId = 11, DoctorId = 8, ReceptionDate = day.AddDays(1), TotalAmount = 250m, CreatedAt = day, CreatedByUserId = "u2" },
            new Reception { ReceptionId = 3, PatientId = 12, DoctorId = 7, ReceptionDate = day.AddDays(2), TotalAmount = 80m, IsDeleted = true, DeletedAt = day.AddDays(3), CreatedAt = day, CreatedByUserId = "u1" });

        Check.Equal(10, (await repository.GetByIdAsync(1))?.PatientId, "GetByIdAsync finds a stored reception (FindAsync)");
        Check.Null(await repository.GetByIdAsync(99), "GetByIdAsync of an unknown id is null");
        Check.Equal("1,2", string.Join(",", (await repository.GetAllAsync()).Select(r => r.ReceptionId)), "GetAllAsync lists the receptions not soft-deleted (IsDeletedFilter)");
        Check.Equal("1", string.Join(",", (await repository.GetWhereAsync(r => r.DoctorId == 7)).Select(r => r.ReceptionId)), "GetWhereAsync filters the rows not soft-deleted");
        Check.Equal(2, (await repository.GetFirstOrDefaultAsync(r => r.TotalAmount > 200m))?.ReceptionId, "GetFirstOrDefaultAsync answers the match");
        Check.Null(await repository.GetFirstOrDefaultAsync(r => r.PatientId == 12), "GetFirstOrDefaultAsync does not see a soft-deleted row");
        Check.True(await repository.ExistsAsync(r => r.PatientId == 11), "ExistsAsync answers whether a row matches");
        Check.False(await repository.ExistsAsync(r => r.ReceptionId == 3), "ExistsAsync does not see a soft-deleted row");
        Check.Equal(1, await repository.CountAsync(r => r.DoctorId == 7), "CountAsync counts the matching rows not soft-deleted");
        Check.Equal(2, (await repository.GetAllAsNoTrackingAsync()).Count, "GetAllAsNoTrackingAsync lists the rows not soft-deleted");
        Check.Equal("2", string.Join(",", (await repository.GetWhereAsNoTrackingAsync(r => r.DoctorId == 8)).Select(r => r.ReceptionId)), "GetWhereAsNoTrackingAsync filters as GetWhereAsync");

        var listed = (await repository.GetAllAsync()).First(r => r.ReceptionId == 1);
        listed.TotalAmount = 999m;
        Check.Equal(100m, (await repository.GetByIdAsync(1))?.TotalAmount, "an AsNoTracking read hands out a copy: changing it changes no stored row");

        await Check.ThrowsAsync<NotSupportedException>(() => repository.GetPagedAsync(1, 2), "GetPagedAsync calls Skip without an OrderBy, which LINQ to Entities refuses");
        await Check.ThrowsAsync<NotSupportedException>(() => repository.GetPagedWhereAsync(r => r.DoctorId == 7, 1, 2), "GetPagedWhereAsync likewise");
        await Check.ThrowsAsync<NotSupportedException>(() => repository.GetByIdWithIncludesAsync(1), "GetByIdWithIncludesAsync's predicate calls GetEntityId, which LINQ to Entities cannot translate");

        await Check.ThrowsAsync<NotImplementedException>(() => repository.AddAsync(new Reception { ReceptionId = 4, PatientId = 13, DoctorId = 9 }), "BaseRepository's AddAsync throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.AddRangeAsync(new List<Reception> { new Reception { ReceptionId = 5 } }), "AddRangeAsync (the interface's) throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.UpdateAsync(new Reception { ReceptionId = 1, PatientId = 10, DoctorId = 9 }), "UpdateAsync throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.UpdateRangeAsync(new List<Reception>()), "UpdateRangeAsync (the interface's) throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.DeleteAsync(new Reception { ReceptionId = 2 }), "DeleteAsync (the interface's) throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.DeleteByIdAsync(2), "DeleteByIdAsync (the interface's) throws NotImplementedException");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.DeleteRangeAsync(new List<Reception>()), "DeleteRangeAsync (the interface's) throws NotImplementedException");
        Check.Equal(2, (await repository.GetAllAsync()).Count, "nothing was added, changed or removed");

        await Check.ThrowsAsync<NotImplementedException>(() => repository.GetByCreatedByAsync("u1"), "GetByCreatedByAsync is left to a derived class, which does not implement it");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.GetByUpdatedByAsync("u1"), "GetByUpdatedByAsync likewise");
        await Check.ThrowsAsync<NotImplementedException>(() => repository.GetByDateRangeAsync(day, day.AddDays(5)), "GetByDateRangeAsync likewise");
    }
}
