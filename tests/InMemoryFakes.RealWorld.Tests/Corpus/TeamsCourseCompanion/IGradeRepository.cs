// Source: https://github.com/OfficeDev/microsoft-teams-apps-course-companion
// Commit: 4e27880f5cf9
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample36 rule, fixed before probing: the repositories find_repos("microsoft-teams-apps") answers with owner
//   OfficeDev, sorted ordinally by name, then Azure-Samples/cosmos-db-design-patterns, Azure-Samples/eShopOnAzure,
//   dotnet/eShopSupport and Azure-Samples/azure-search-openai-demo-csharp, skipping any the tools do not hold and every
//   interface already in the corpus (grep of Corpus/ for its name), at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b` in *.cs, paths sorted ordinally): the first
//   interface in ordinal path order (at most 1 per repository), outside paths containing "test" (any case), declaring at
//   least 3 members (inherited ones count if the base interface is in the same repository), whose members read or write
//   stored data (a …Provider that stores nothing is skipped); stop after 8; each transcribed whole (up to 50 members).
//   In that order: microsoft-teams-apps-adopt-bot, -askaway, -attendance, -buildingaccess, -call-queue-scheduler and
//   -champion-management have no *.cs file at their newest snapshot; -callrecord-insights has no such interface;
//   -crowdsourcer's first, IConfigurationStorageProvider, declares 2 members. No interface of these repositories was in
//   the corpus. So the rule picks 8, and stops before the Azure samples: appointment-manager IAgentRepository<TKey>,
//   bookaroom IFavoriteStorageProvider, celebrations IEventDataProvider, company-communicator IAppConfigRepository,
//   contactgrouplookup IFavoriteDistributionListDataRepository, course-companion IGradeRepository, crowdsourcer
//   IQnaServiceProvider, employeetraining IBlobRepository.
//   This one: the 1st of OfficeDev/microsoft-teams-apps-course-companion (1 member of its own and the 6 of
//   IRepository<T>, its base in the same repository: 7).
// Path: Source/Microsoft.Teams.Apps.LearnNow.Infrastructure/Interfaces/IGradeRepository.cs (base: IRepository.cs beside
//   it; real store: ../Repositories/GradeRepository.cs over ../Repositories/BaseRepository.cs and LearnNowContext.cs;
//   saved by ../UnitOfWork.cs; model: ../Models/Grade.cs)
// Adapted: IUnitOfWork keeps GradeRepository and SaveChangesAsync (its 13 other repository properties left out); XML
//   comments dropped; Grade's navigation collections LearningModule and Resource (other entities, which no
//   member reads) dropped. Nullable disabled, as in the source.
// Real store: GradeRepository over LearnNowContext (EF Core 3.1, SQL Server), one context per request shared with the
//   other repositories of UnitOfWork, whose SaveChangesAsync (another interface, IUnitOfWork) writes what they track.
//   The repository never saves. Add(e) is context.Add (tracked as Added) and answers the same instance; Update(e)
//   context.Update (tracked as Modified); Delete(e) Attach then Remove (tracked as Deleted); DeleteGrades(grades)
//   Grade.RemoveRange. GetAsync(id) is context.FindAsync: the tracked entity when the context tracks one with that key
//   (an Add not saved yet is found), else the saved row, else null. GetAllAsync() and FindAsync(predicate) are queries:
//   the saved rows (an Add not saved yet is not listed, a Delete not saved yet still is).
// First try (bf2541b): incomplete: IMF0001 Delete (it answers the entity: T Delete(T)); IMF0025 (Info) CreatedOn and
//   UpdatedOn. Generated: Add, Update, GetAsync, GetAllAsync, FindAsync, DeleteGrades. The probe passes GetAsync,
//   GetAllAsync, FindAsync, Add's answer and GetAsync of the added grade, then fails | WRONG: Add stores at once, so
//   GetAllAsync lists the new grade, where the real repository only tracks it (DbContext.Add) and its queries see it after
//   IUnitOfWork.SaveChangesAsync, a member of another interface (GetAsync finds it in both: DbContext.FindAsync looks in
//   the change tracker first); Update and DeleteGrades likewise.
// After this round: unchanged, as MyWarehouse's IRepository (the same shape): synchronous writes beside asynchronous
//   reads are EF Core's tracked writes, but a repository whose save is on another interface is not provable from this
//   one, and 24 corpus interfaces have synchronous writes beside asynchronous reads without a save of their own (ABP's
//   IRepository among them, which saves at the end of its unit of work): refusing them all was not weighed this round.
// After this round (h-uow2, session 19, 2026-12-04): IUnitOfWork (Interfaces/IUnitOfWork.cs) is transcribed beside the
//   repository, as it is in the source: its GradeRepository property hands out IGradeRepository beside
//   SaveChangesAsync, which shows that the repository's writes wait for that save (docs/generator.md, refused guesses:
//   a repository's writes beside another interface that is its unit of work). Add, Update and DeleteGrades are refused
//   (IMF0022, naming IUnitOfWork.SaveChangesAsync and UnitOfWorkWrites) where they were stored at once. The probe passes
//   GetAsync, GetAllAsync and FindAsync and stops at Add, refused: the silent guess is gone. Still incomplete (Delete,
//   IMF0001); IMF0025 (Info) on CreatedOn and UpdatedOn is gone with the writes it was about. Faking IUnitOfWork gives
//   GradeRepository the real meaning once Delete is written by hand (a unit of work's repositories are generated
//   whole, IMF0023).
// After h-oblivious (session 29): still incomplete (other members); GetAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TeamsCourseCompanion.IGradeRepositoryCase;

public partial class Grade
{
    public Guid Id { get; set; }

    public string GradeName { get; set; }

    public Guid CreatedBy { get; set; }

    public Guid UpdatedBy { get; set; }

    public DateTimeOffset CreatedOn { get; set; }

    public DateTimeOffset UpdatedOn { get; set; }
}

public interface IRepository<T>
{
    T Add(T entity);

    T Update(T entity);

    Task<T> GetAsync(Guid id);

    Task<IEnumerable<T>> GetAllAsync();

    Task<IEnumerable<T>> FindAsync(Expression<Func<T, bool>> predicate);

    T Delete(T entity);
}

[InMemoryFake]
public interface IGradeRepository : IRepository<Grade>
{
    void DeleteGrades(IEnumerable<Grade> gradesCollection);
}

public interface IUnitOfWork
{
    IGradeRepository GradeRepository { get; }

    Task SaveChangesAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IGradeRepository store)
    {
        var one = Guid.NewGuid();
        var two = Guid.NewGuid();
        ((IInMemoryFake)store).Seed(new Grade { Id = one, GradeName = "Grade 1" }, new Grade { Id = two, GradeName = "Grade 2" });
        Check.Equal("Grade 1", (await store.GetAsync(one))?.GradeName, "GetAsync finds a saved grade");
        Check.Null(await store.GetAsync(Guid.NewGuid()), "GetAsync of an unknown id is null");
        Check.Equal("Grade 1,Grade 2", string.Join(",", (await store.GetAllAsync()).Select(g => g.GradeName).OrderBy(n => n, StringComparer.Ordinal)), "GetAllAsync lists the saved grades");
        Check.Equal("Grade 2", string.Join(",", (await store.FindAsync(g => g.GradeName == "Grade 2")).Select(g => g.GradeName)), "FindAsync lists the saved grades matching the predicate");

        var three = Guid.NewGuid();
        var added = store.Add(new Grade { Id = three, GradeName = "Grade 3" });
        Check.Equal("Grade 3", added?.GradeName, "Add answers the grade it tracks");
        Check.Equal("Grade 3", (await store.GetAsync(three))?.GradeName, "GetAsync (DbContext.FindAsync) finds the tracked grade before the save");
        Check.Equal(2, (await store.GetAllAsync()).Count(), "Add only tracks: GetAllAsync (a query) does not list it until IUnitOfWork.SaveChangesAsync (another interface)");
    }
}
