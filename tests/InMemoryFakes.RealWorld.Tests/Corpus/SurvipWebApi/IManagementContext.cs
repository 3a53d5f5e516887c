// Source: https://github.com/CAUCA-9-1-1/survip-webapi
// Commit: 8b95b9f89055
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample75 rule (the whole rule and the repositories it skipped: Corpus/ODataWebApi/
//   IODataInstanceAnnotationContainer.cs). This one: the 5th pick (the 16th repository listed), and the last. Before it
//   in path order: the API client's IConfiguration (settings, implemented only in the Tester and Tests projects) and
//   IBaseService<T> (an HTTP client of this API, keeping nothing itself).
// Path: Survi.Prevention.DataLayer/IManagementContext.cs (real store: Survi.Prevention.DataLayer/ManagementContext.cs,
//   an EF Core 2 DbContext over PostgreSQL; model: Survi.Prevention.Models/Base/BaseModel.cs, InspectionManagement/
//   Batch.cs, Buildings/Building.cs, FireSafetyDepartments/Country.cs)
// Adapted: of the 73 DbSet<T> properties, 3 are kept (Batches, Buildings, Countries); the 8 DbQuery<T> properties (the
//   reporting views) are dropped, EF Core 2's DbQuery<T> being gone from EF Core 10, which this corpus builds with.
//   Batch, Building and Country are cut to a few scalar properties over BaseModel (kept whole). Nullable disabled, as
//   in the source (the projects do not enable it).
// Real store: ManagementContext : BaseSecurityContext<User> (Cause.SecurityManagement, a DbContext). The DbSet
//   properties are EF Core's sets, set by the context; CurrentUserId and IsInImportationMode are plain properties the
//   services set per request. Add/Update/Remove/RemoveRange/Find/Entry are DbContext's own (tracking an entity of any
//   type, Find by key values, the EntityEntry of an entity). SaveChanges first calls SetAsModified(CurrentUserId,
//   IsInImportationMode) on every added or modified BaseModel (IdWebUserLastModifiedBy = CurrentUserId,
//   LastModifiedOn = DateTime.Now), then saves and answers the rows written.
// Shapes: *=3; Add=5; Find=5; Entry=5
// First try (ddd0e550): incomplete: IMF0001 on 11 of 12 (CurrentUserId, IsInImportationMode: no member of a context
//   convention; Batches, Buildings, Countries: a DbSet<T> property with a setter; Add, Update, Remove, Entry: EF Core's
//   EntityEntry needs its state manager; RemoveRange, Find: no member of a context convention). Generated: SaveChanges
//   (the fake's unit of work: the staged writes of the backend's fakes, answering the rows written) | WRONG:
//   SaveChanges (it does not stamp LastModifiedOn and IdWebUserLastModifiedBy on added and modified rows, as the real
//   context's SaveChanges override does).
// Still wrong: SaveChanges, as above: the override that stamps the audit fields is the implementation's, seen in no
//   signature (the interface's CurrentUserId is only read by it); the probe stops at the first refused member.
// After this round: unchanged. The refusals are right: a context interface with settable sets, per-request state and
//   DbContext's own tracking API is EF Core's, and is written by hand or replaced by EF Core's in-memory provider.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Corpus.SurvipWebApi.IManagementContextCase;

public abstract class BaseModel
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime CreatedOn { get; set; } = DateTime.Now;
    public bool IsActive { get; set; } = true;
    public DateTime? LastModifiedOn { get; set; }
    public Guid? IdWebUserLastModifiedBy { get; set; }

    public virtual void SetAsModified(Guid? currentUserId, bool isInImportationMode)
    {
        IdWebUserLastModifiedBy = currentUserId;
        LastModifiedOn = DateTime.Now;
    }
}

public class Batch : BaseModel
{
    public DateTime? ShouldStartOn { get; set; }
    public bool IsReadyForInspection { get; set; }
    public string Description { get; set; }
    public Guid IdWebuserCreatedBy { get; set; }
}

public class Building : BaseModel
{
    public string CivicNumber { get; set; }
}

public class Country : BaseModel
{
    public string CodeAlpha2 { get; set; }
    public string CodeAlpha3 { get; set; }
}

[InMemoryFake]
public interface IManagementContext
{
    Guid? CurrentUserId { get; set; }
    bool IsInImportationMode { get; set; }

    DbSet<Batch> Batches { get; set; }
    DbSet<Building> Buildings { get; set; }
    DbSet<Country> Countries { get; set; }

    EntityEntry<TEntity> Add<TEntity>(TEntity entity) where TEntity : class;
    EntityEntry Update(object entity);
    EntityEntry Remove(object entity);
    void RemoveRange(params object[] entities);
    TEntity Find<TEntity>(params object[] keyValues) where TEntity : class;
    int SaveChanges();

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
}

public static class Smoke
{
    public static Task RunAsync(IManagementContext context)
    {
        var user = Guid.NewGuid();
        context.CurrentUserId = user;
        var batch = new Batch { Description = "Spring inspections" };
        context.Add(batch);
        Check.Equal(1, context.SaveChanges(), "SaveChanges writes the added batch");
        Check.Equal<Guid?>(user, batch.IdWebUserLastModifiedBy, "and stamps the current user on an added row");
        Check.True(batch.LastModifiedOn is not null, "and LastModifiedOn");
        Check.Equal("Spring inspections", context.Find<Batch>(batch.Id)?.Description, "Find reads it by its key");

        batch.Description = "Summer inspections";
        context.Update(batch);
        Check.Equal(1, context.SaveChanges(), "an updated row is written");
        context.Remove(batch);
        context.SaveChanges();
        Check.Null(context.Find<Batch>(batch.Id), "a removed row is gone");
        return Task.CompletedTask;
    }
}
