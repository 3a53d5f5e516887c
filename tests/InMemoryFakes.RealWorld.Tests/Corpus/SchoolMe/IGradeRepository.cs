// Source: https://github.com/ivaylo-botusharov/School.Me
// Commit: a6ac4d1 (the stored snapshot's HEAD, 2015-09-21; the result shows only the derived file, the same text at every
//   commit that has it; read_file reads it at 31ff827 (2015-04-01), where the base IGenericRepository<T> still says
//   `where T : class`, Get's parameters are laid out differently and Grade.AcademicYearId is Guid?: nothing else differs
//   in the files read)
// Licence: MIT (LICENSE, "Copyright (c) 2014 Ivaylo Botusharov", since the initial commit 245de12; an interface signature
//   and a minimal model transcribed for a test)
// Sample: h-sample123 rule (/work/prompts/out/h-sample123-rule.md; the full rule is in
//   Corpus/EventDrivenDemo/IStudentRepository.cs). This one: query (8), rank 2 (rank 1, RahmaniAhmad/negso, has no licence).
// Path: School/School.Data/Repositories/IGradeRepository.cs (its bases: IDeletableEntityRepository.cs and
//   IGenericRepository.cs beside it; real store: GradeRepository.cs, DeletableEntityRepository.cs, GenericRepository.cs
//   beside them, School/School.Data/ApplicationDbContext.cs and IApplicationDbContext.cs; model: School/School.Models/Grade.cs,
//   DeletableEntity.cs, IDeletableEntity.cs, SchoolClass.cs, Subject.cs, AcademicYear.cs)
// Adapted: one namespace for School.Data.Repositories and School.Models. .NET Framework 4.5, C# before nullable reference
//   types: #nullable disable. Grade keeps its key, scalars and navigations; SchoolClass, Subject and AcademicYear are cut
//   to their keys and a few scalars (no back-references, no further navigations).
// Real store: GradeRepository : DeletableEntityRepository<Grade> : GenericRepository<Grade>, EF 6.1 over SQL Server
//   (ApplicationDbContext, one per web request through Ninject's InRequestScope; Grade's int Id is an IDENTITY column by
//   convention). Nothing is written before SaveChanges() (context.SaveChanges()): Add marks the grade Added, Update
//   attaches it if detached and marks it Modified (every column written; a grade not stored makes SaveChanges throw
//   DbUpdateConcurrencyException, 0 rows affected), Delete is the soft delete of DeletableEntityRepository: IsDeleted =
//   true, DeletedOn = DateTime.Now, then Modified (the row stays); HardDelete is GenericRepository's Delete, state Deleted
//   (the row goes at the save); Detach sets the state Detached (a pending add or change of it is dropped). All() is
//   DbSet.Where(x => !x.IsDeleted): the saved grades not soft-deleted; AllWithDeleted() is the DbSet itself: every saved
//   grade. GetById(int) is DbSet.Find: a tracked grade first (a pending add too), else the row, a soft-deleted one too,
//   null for none; GetById(Guid) is DbSet.Find with a Guid for the int key, which EF 6 rejects (ArgumentException: the key
//   value's type does not match), so it never finds a grade. Get(filter, orderBy, includeProperties) starts from the DbSet
//   (soft-deleted rows too, NOT All()), applies the filter when not null, Include for each comma-separated path, then
//   orderBy when not null. Queries read the database, so they see no pending add, and EF returns the tracked instance of
//   a row already tracked.
// Shapes: *=3; All=9; AllWithDeleted=9; Get=2,8,9; GetById=4
// First try (b97d6abe): incomplete: Add, Update and SaveChanges generated (writes deferred to SaveChanges, a unit of work);
//   8 refused (IMF0001): All (right: "the interface also has 'AllWithDeleted', so 'All' leaves deleted rows out by the
//   store's own rule"), Delete (right: Grade has the deletion flag IsDeleted, and whether Delete removes the row or sets it
//   is the store's own), Get and both GetById (right: "the interface reads deleted Grade rows in 'AllWithDeleted', so
//   whether 'Get' leaves them out … is the store's own rule"; the real Get and GetById do not, All does), AllWithDeleted
//   ("may return a filtered subset": a wrong cause, its name says every row, the deleted ones too), and Detach and
//   HardDelete with the read's cause ("whether 'HardDelete' leaves them out (as a query filter would …)"): wrong causes, a
//   member that answers nothing reads nothing; IMF0021 info | WRONG: Update of a grade whose Id is 0 (unset) is an add in
//   the fake (EF Core's DbSet.Update), where the real Attach + State = Modified makes SaveChanges fail (0 rows affected):
//   EF 6's (and the templates' Attach-then-Modified) meaning, which no signature shows.
// Still wrong: Update of a grade with an unset Id, as above (its probe stops at All() before it; the script does not reach
//   it either).
// After this round: AllWithDeleted generated (every grade, the flagged ones too: Grade has IsDeleted), HardDelete generated
//   (the removal its name says, at SaveChanges; a grade not stored fails the save, as EF's DbUpdateConcurrencyException),
//   Detach refused for its own cause ("'Detach' is not a known verb"); 5 of 11 generated, incomplete, rightly (All, Get,
//   both GetById and Delete stay refused for the soft delete; Detach for its verb).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SchoolMe.IGradeRepositoryCase;

public interface IDeletableEntity
{
    bool IsDeleted { get; set; }

    DateTime? DeletedOn { get; set; }

    string DeletedBy { get; set; }
}

public class DeletableEntity : IDeletableEntity
{
    public bool IsDeleted { get; set; }

    public DateTime? DeletedOn { get; set; }

    public string DeletedBy { get; set; }
}

public class AcademicYear
{
    public Guid Id { get; set; }

    public DateTime StartDate { get; set; }

    public DateTime EndDate { get; set; }

    public bool IsActive { get; set; }
}

public class SchoolClass
{
    public Guid Id { get; set; }

    public string ClassLetter { get; set; }

    public int GradeId { get; set; }
}

public class Subject
{
    public int Id { get; set; }

    public string Name { get; set; }

    public int GradeId { get; set; }
}

public class Grade : DeletableEntity
{
    private List<SchoolClass> schoolClasses;

    private IList<Subject> subjects;

    public Grade()
    {
        this.schoolClasses = new List<SchoolClass>();
        this.subjects = new List<Subject>();
    }

    public int Id { get; set; }

    public virtual List<SchoolClass> SchoolClasses
    {
        get { return this.schoolClasses; }
        set { this.schoolClasses = value; }
    }

    public virtual IList<Subject> Subjects
    {
        get { return this.subjects; }
        set { this.subjects = value; }
    }

    public virtual AcademicYear AcademicYear { get; set; }

    public Guid AcademicYearId { get; set; }

    public int GradeYear { get; set; }
}

public interface IGenericRepository<T>
{
    IQueryable<T> All();

    T GetById(Guid id);

    T GetById(int id);

    IQueryable<T> Get(
        Expression<Func<T, bool>> filter = null,
        Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null,
        string includeProperties = "");

    void Add(T entity);

    void Update(T entity);

    void Delete(T entity);

    void Detach(T entity);

    void SaveChanges();
}

public interface IDeletableEntityRepository<T> : IGenericRepository<T> where T : class
{
    IQueryable<T> AllWithDeleted();

    void HardDelete(T entity);
}

[InMemoryFake]
public interface IGradeRepository : IDeletableEntityRepository<Grade>
{
}

public static class Smoke
{
    public static Task RunAsync(IGradeRepository grades)
    {
        var year = Guid.NewGuid();
        Check.Equal(0, grades.All().Count(), "a new database has no grade");
        Check.Null(grades.GetById(1), "GetById of an id not stored is null (DbSet.Find)");
        Check.Throws<Exception>(() => grades.GetById(Guid.NewGuid()), "GetById(Guid) is DbSet.Find with a Guid for Grade's int key, which EF 6 rejects (ArgumentException)");

        var first = new Grade { GradeYear = 1, AcademicYearId = year };
        grades.Add(first);
        Check.Equal(0, grades.All().Count(), "Add only marks the grade Added: All() queries the database, which has no row before SaveChanges");
        grades.SaveChanges();
        Check.True(first.Id > 0, "SaveChanges writes the IDENTITY value into the grade");
        Check.Equal(1, grades.All().Count(), "after SaveChanges All() lists the grade");
        var read = Check.NotNull(grades.GetById(first.Id), "GetById(int) finds the saved grade");
        Check.Equal(1, read.GradeYear, "the grade is stored as given");

        read.GradeYear = 2;
        grades.Update(read);
        grades.SaveChanges();
        Check.Equal(2, Check.NotNull(grades.GetById(first.Id), "the updated grade is still there").GradeYear, "Update + SaveChanges writes the change");

        var second = new Grade { GradeYear = 3, AcademicYearId = year };
        grades.Add(second);
        grades.SaveChanges();
        Check.Equal(1, grades.Get(g => g.GradeYear == 3).Count(), "Get(filter) lists the grades the filter matches");
        Check.Equal(2, grades.Get().Count(), "Get() with no filter lists every grade");
        Check.Equal(3, grades.Get(null, q => q.OrderByDescending(g => g.GradeYear)).First().GradeYear, "Get orders with the orderBy given");

        var dropped = new Grade { GradeYear = 4, AcademicYearId = year };
        grades.Add(dropped);
        grades.Detach(dropped);
        grades.SaveChanges();
        Check.Equal(2, grades.AllWithDeleted().Count(), "Detach drops the pending add: SaveChanges writes nothing for it");

        grades.Delete(second);
        grades.SaveChanges();
        Check.Equal(1, grades.All().Count(), "Delete is a soft delete: All() hides the grade (Where !IsDeleted)");
        Check.Equal(2, grades.AllWithDeleted().Count(), "the soft-deleted row stays: AllWithDeleted() lists it");
        var deleted = Check.NotNull(grades.GetById(second.Id), "GetById (DbSet.Find) still finds a soft-deleted grade");
        Check.True(deleted.IsDeleted, "Delete set IsDeleted");
        Check.True(deleted.DeletedOn is not null, "Delete stamped DeletedOn (DateTime.Now)");
        Check.Equal(1, grades.Get(g => g.GradeYear == 3).Count(), "Get(filter) starts from the DbSet, not All(): it finds the soft-deleted grade");

        grades.HardDelete(deleted);
        grades.SaveChanges();
        Check.Equal(1, grades.AllWithDeleted().Count(), "HardDelete + SaveChanges removes the row");
        Check.Null(grades.GetById(second.Id), "the hard-deleted grade is gone");

        grades.Update(new Grade { Id = 999, GradeYear = 9, AcademicYearId = year });
        Check.Throws<Exception>(() => grades.SaveChanges(), "Update of a grade not stored affects no row: SaveChanges throws DbUpdateConcurrencyException");
        return Task.CompletedTask;
    }
}
