// Source: https://github.com/srp-internships/MRA.Jobs
// Commit: 07f9ef65690e
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample97 rule (the whole rule and the repositories it skipped: Corpus/WorkflowOrca/IPayloadSchemaResolver.cs).
//   This one: the 2nd and last pick, the 1st of srp-internships/MRA.Jobs (git grep of the fetched snapshot, paths in byte
//   order: IContentService, an indexer of localized strings with 1 member, comes before it).
// Path: src/MRA.Jobs.Api/Application/Common/Interfaces/IApplicationDbContext.cs (real store:
//   src/MRA.Jobs.Api/Infrastructure/Persistence/ApplicationDbContext.cs, EF Core on SQL Server, with the
//   TableConfigurations beside it; models: src/MRA.Jobs.Api/Domain/Common/BaseEntity.cs, BaseAuditableEntity.cs,
//   ISoftDelete.cs and Domain/Entities/*.cs)
// Adapted: one namespace (the interface's Domain.Entities.Application is Application here); the entities keep their
//   base classes, Id, IsDeleted, CreatedAt and a property or two the script uses; navigations, the Sieve and [Index]
//   attributes and the other columns are left out. DbSet<T> and EntityEntry<T> are EF Core's own (Microsoft.EntityFrameworkCore
//   10). Nullable disabled, as in the source (no project enables it).
// Real store: ApplicationDbContext : DbContext. Every entity but the six detail/task types derives from BaseEntity
//   (Guid Id, bool IsDeleted, ISoftDelete); Vacancy (JobVacancy, InternshipVacancy, TrainingVacancy) and TimelineEvent
//   (VacancyTimelineEvent, UserTimelineEvent, ApplicationTimelineEvent) are abstract bases of one table each (EF Core's
//   table per hierarchy, a Discriminator column), so the Vacancies set returns the job vacancies too. Add gives an empty
//   Guid key a new value. SaveChangesAsync first turns every removed ISoftDelete entry into a modified one with
//   IsDeleted = true (a soft delete: the row stays), then saves and answers the rows written; the configurations of
//   ApplicantSocialMedia, Application, Tag, Test, TestResult, TimelineEvent, UserTag, Vacancy, VacancyCategory and VacancyTag
//   add HasQueryFilter(e => !e.IsDeleted), so their sets' queries leave flagged rows out (IgnoreQueryFilters shows them).
//   Skill and the other detail types have no flag and are deleted. Entry(entity) is EF Core's change-tracking entry.
// Shapes: *=9; SaveChangesAsync=3; Entry=none
// First try (559db242): incomplete: IMF0001 17 of 26 (the 8 sets of the two hierarchies: one table in EF Core, a table
//   per set in the fake; the 8 sets declared { get; set; }: a set's setter; Entry: EF Core's state manager) | WRONG:
//   ApplicantSocialMedias, Categories, VacancyTags, UserTags, Tests, TestResults, Tags, Applications with
//   SaveChangesAsync: a Remove and the save deleted the row, where the real SaveChangesAsync sets IsDeleted = true and
//   keeps it (hidden by the query filters), and a row the caller flagged stayed in every query.
// After this round: the set of an entity with a deletion flag (IsDeleted, Deleted, DeletedAt…, inherited too) is refused
//   unless SoftDelete on the attribute states it (None: removals delete the row, no filter reads the flag), as a
//   repository's deletes already were: whether the context's save deletes or flags is its own code (this one and ABP's
//   AbpDbContext flag, a plain DbContext deletes). Now: incomplete, 25 of 26 refused, nothing silently wrong; the
//   hierarchies, the setters and Entry stay refused, and rightly (a set per table is not EF Core's model, the setter
//   and EntityEntry have no meaning the fake can prove).
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Corpus.MRAJobs.IApplicationDbContextCase;

public interface ISoftDelete
{
    bool IsDeleted { get; set; }
}

public abstract class BaseEntity : ISoftDelete
{
    public Guid Id { get; set; }
    public bool IsDeleted { get; set; }
}

public abstract class BaseAuditableEntity : BaseEntity
{
    public DateTime CreatedAt { get; set; }
}

public class ApplicantSocialMedia : BaseEntity
{
    public string ProfileUrl { get; set; }
}

public abstract class TimelineEvent : BaseEntity
{
    public string Note { get; set; }
}

public class VacancyTimelineEvent : TimelineEvent
{
    public Guid VacancyId { get; set; }
}

public class UserTimelineEvent : TimelineEvent
{
    public Guid UserId { get; set; }
}

public class ApplicationTimelineEvent : TimelineEvent
{
    public Guid ApplicationId { get; set; }
}

public abstract class Vacancy : BaseAuditableEntity
{
    public string Title { get; set; }
    public string Slug { get; set; }
    public Guid CategoryId { get; set; }
}

public class JobVacancy : Vacancy
{
    public int RequiredYearOfExperience { get; set; }
}

public class InternshipVacancy : Vacancy
{
}

public class TrainingVacancy : Vacancy
{
}

public class VacancyCategory : BaseEntity
{
    public string Name { get; set; }
    public string Slug { get; set; }
}

public class VacancyTag : BaseEntity
{
    public Guid TagId { get; set; }
    public Guid VacancyId { get; set; }
}

public class UserTag : BaseEntity
{
    public Guid TagId { get; set; }
    public Guid UserId { get; set; }
}

public class Test : BaseAuditableEntity
{
    public string Title { get; set; }
}

public class TestResult : BaseAuditableEntity
{
    public Guid TestId { get; set; }
}

public class Tag : BaseEntity
{
    public string Name { get; set; }
}

public class Application : BaseAuditableEntity
{
    public Guid VacancyId { get; set; }
    public string Slug { get; set; }
}

public class EducationDetail
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
}

public class ExperienceDetail
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
}

public class Skill
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string SkillName { get; set; }
}

public class VacancyQuestion
{
    public Guid Id { get; set; }
    public string Question { get; set; }
}

public class VacancyResponse
{
    public Guid Id { get; set; }
    public string Response { get; set; }
}

public class VacancyTask
{
    public Guid Id { get; set; }
    public string Title { get; set; }
}

public class VacancyTaskDetail
{
    public Guid Id { get; set; }
}

public class TaskResponse
{
    public Guid Id { get; set; }
    public Guid TaksId { get; set; }
}

[InMemoryFake]
public interface IApplicationDbContext
{
    public DbSet<ApplicantSocialMedia> ApplicantSocialMedias { get; }
    public DbSet<VacancyTimelineEvent> VacancyTimelineEvents { get; }
    public DbSet<JobVacancy> JobVacancies { get; }
    public DbSet<Vacancy> Vacancies { get; }
    public DbSet<VacancyCategory> Categories { get; }
    public DbSet<VacancyTag> VacancyTags { get; }
    public DbSet<UserTag> UserTags { get; }
    public DbSet<UserTimelineEvent> UserTimelineEvents { get; }
    public DbSet<TimelineEvent> TimelineEvents { get; }
    public DbSet<Test> Tests { get; }
    public DbSet<TestResult> TestResults { get; }
    public DbSet<Tag> Tags { get; }
    public DbSet<Application> Applications { get; }
    public DbSet<ApplicationTimelineEvent> ApplicationTimelineEvents { get; }
    public DbSet<InternshipVacancy> Internships { get; }
    public DbSet<TrainingVacancy> TrainingVacancies { get; }
    public DbSet<EducationDetail> EducationDetails { get; set; }
    public DbSet<ExperienceDetail> ExperienceDetails { get; set; }
    public DbSet<Skill> Skills { get; set; }
    public DbSet<VacancyQuestion> VacancyQuestions { get; set; }
    public DbSet<VacancyResponse> VacancyResponses { get; set; }
    public DbSet<VacancyTask> VacancyTasks { get; set; }
    public DbSet<VacancyTaskDetail> VacancyTaskDetails { get; set; }
    public DbSet<TaskResponse> TaskResponses { get; set; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
}

public static class Smoke
{
    public static async Task RunAsync(IApplicationDbContext db)
    {
        var ct = CancellationToken.None;
        var tag = new Tag { Name = "csharp" };
        db.Tags.Add(tag);
        Check.True(tag.Id != Guid.Empty, "Add gives an empty Guid key a value");
        Check.Equal(1, await db.SaveChangesAsync(ct), "the save writes the tag");

        db.Tags.Remove(tag);
        await db.SaveChangesAsync(ct);
        Check.True(tag.IsDeleted, "the save turns the removal into IsDeleted = true");
        Check.Equal(0, await db.Tags.CountAsync(ct), "the query filter hides the flagged tag");
        Check.Equal(1, await db.Tags.IgnoreQueryFilters().CountAsync(ct), "the row is still there");

        var skill = new Skill { SkillName = "SQL" };
        db.Skills.Add(skill);
        await db.SaveChangesAsync(ct);
        db.Skills.Remove(skill);
        await db.SaveChangesAsync(ct);
        Check.Equal(0, await db.Skills.IgnoreQueryFilters().CountAsync(ct), "a skill, which has no flag, is deleted");

        db.JobVacancies.Add(new JobVacancy { Title = "Backend developer", Slug = "backend-developer" });
        db.Internships.Add(new InternshipVacancy { Title = "Intern", Slug = "intern" });
        await db.SaveChangesAsync(ct);
        Check.Equal(2, await db.Vacancies.CountAsync(ct), "the Vacancies set returns every kind of vacancy (one table)");
        Check.Equal(1, await db.JobVacancies.CountAsync(ct), "the JobVacancies set only the job vacancies");

        var category = new VacancyCategory { Name = "IT", Slug = "it" };
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        Check.Equal(EntityState.Unchanged, db.Entry(category).State, "a saved entity is tracked as unchanged");
    }
}
