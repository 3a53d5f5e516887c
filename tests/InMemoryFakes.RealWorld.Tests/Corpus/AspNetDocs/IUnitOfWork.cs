// Source: https://github.com/dotnet/AspNetDocs
// Licence: CC-BY-4.0 (documentation) and MIT (code samples); only the signatures and the entity shapes are transcribed
// Path: aspnet/mvc/overview/older-versions/getting-started-with-ef-5-using-mvc-4/implementing-the-repository-and-unit-of-work-patterns-in-an-asp-net-mvc-application.md
//   (Microsoft's "Contoso University" tutorial, part 9: GenericRepository<TEntity> and UnitOfWork; entities Course and
//   Department from parts 4 and 7)
// Adapted: the tutorial's GenericRepository<TEntity> and UnitOfWork are classes; their public members are written here as
//   the interfaces IGenericRepository<TEntity> and IUnitOfWork (the properties typed by the interface). Course and
//   Department keep their keys, scalar properties and navigations; Department's RowVersion (part 7) and the other
//   entities (Enrollment, Instructor) are left out.
// Real store: GenericRepository over EF's DbSet of one SchoolContext shared by the unit of work's repositories:
//   Get(filter, orderBy, includeProperties) filters (null = every row), includes the comma-separated navigations, orders
//   with orderBy when given and lists (ToList); GetByID(object id) is DbSet.Find (null when missing, ArgumentException for
//   a value of another type than the key); Insert is DbSet.Add, Update attaches and marks Modified, Delete(entity)
//   attaches and removes, Delete(object id) finds then removes; nothing is written until UnitOfWork.Save() (SaveChanges,
//   every repository's changes at once; Department's identity DepartmentID assigned then). CourseID is not generated
//   ([DatabaseGenerated(None)]): the caller numbers courses.
// Shapes: *=3; Get=9,17; GetByID=8
// Configured: MissingDelete = MissingDelete.NotFound: GenericRepository.Delete(entity) attaches a detached entity
//   and calls DbSet.Remove; UnitOfWork.Save() (SaveChanges) of a row that is not there throws
//   DbUpdateConcurrencyException (0 rows affected), which a removal that returns nothing cannot say; through this
//   unit of work the fake tracks the removal and its save fails with ConcurrencyConflictException
//   (docs/generator.md, attribute settings).
// First try (2f120b5): complete | WRONG: none seen (Get with orderBy/includeProperties, GetByID(object), Delete(object) generated)
// After this round (lead, session 27): the smoke script also inserts a course without a number; CourseID is
//   [DatabaseGenerated(None)], so the real INSERT stores 0, where the fake numbered it 1 (silently wrong, not reached
//   before). Keys the data library's attribute says the store does not generate are now the caller's (docs/generator.md,
//   Generated keys).
// After h-oblivious (session 29): complete as before; GetByID (2 overloads) answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspNetDocs.IUnitOfWorkCase;

public class Department
{
    public int DepartmentID { get; set; }

    [StringLength(50, MinimumLength = 3)]
    public string Name { get; set; }

    [DataType(DataType.Currency)]
    [Column(TypeName = "money")]
    public decimal Budget { get; set; }

    public DateTime StartDate { get; set; }

    public int? InstructorID { get; set; }

    public virtual ICollection<Course> Courses { get; set; }
}

public class Course
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public int CourseID { get; set; }

    [StringLength(50, MinimumLength = 3)]
    public string Title { get; set; }

    [Range(0, 5)]
    public int Credits { get; set; }

    public int DepartmentID { get; set; }

    public virtual Department Department { get; set; }
}

public interface IGenericRepository<TEntity> where TEntity : class
{
    IEnumerable<TEntity> Get(
        Expression<Func<TEntity, bool>> filter = null,
        Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> orderBy = null,
        string includeProperties = "");

    TEntity GetByID(object id);

    void Insert(TEntity entity);

    void Delete(object id);

    void Delete(TEntity entityToDelete);

    void Update(TEntity entityToUpdate);
}

public interface IUnitOfWork : IDisposable
{
    IGenericRepository<Department> DepartmentRepository { get; }

    IGenericRepository<Course> CourseRepository { get; }

    void Save();
}

[InMemoryFake(typeof(IUnitOfWork), MissingDelete = MissingDelete.NotFound)]
public partial class UnitOfWorkFake;

public static class Smoke
{
    public static Task RunAsync(IUnitOfWork unitOfWork)
    {
        var english = new Department { Name = "English", Budget = 350000m, StartDate = new DateTime(2007, 9, 1) };
        var economics = new Department { Name = "Economics", Budget = 100000m, StartDate = new DateTime(2007, 9, 1) };
        unitOfWork.DepartmentRepository.Insert(english);
        unitOfWork.DepartmentRepository.Insert(economics);
        Check.Equal(0, unitOfWork.DepartmentRepository.Get().Count(), "Insert only tracks: nothing is stored before Save");
        unitOfWork.Save();
        Check.True(english.DepartmentID != 0 && economics.DepartmentID != english.DepartmentID, "Save assigns the identity DepartmentID");
        Check.Equal("Economics,English", string.Join(",", unitOfWork.DepartmentRepository.Get(orderBy: q => q.OrderBy(d => d.Name)).Select(d => d.Name)), "Get orders with orderBy");

        unitOfWork.CourseRepository.Insert(new Course { CourseID = 2021, Title = "Composition", Credits = 3, DepartmentID = english.DepartmentID });
        unitOfWork.CourseRepository.Insert(new Course { CourseID = 4041, Title = "Macroeconomics", Credits = 3, DepartmentID = economics.DepartmentID });
        unitOfWork.CourseRepository.Insert(new Course { CourseID = 1045, Title = "Calculus", Credits = 4, DepartmentID = economics.DepartmentID });
        unitOfWork.Save();
        Check.Equal("Calculus", unitOfWork.CourseRepository.GetByID(1045)?.Title, "GetByID finds the course by its number");
        Check.Null(unitOfWork.CourseRepository.GetByID(9999), "GetByID of a missing number returns null");
        Check.Throws<ArgumentException>(() => unitOfWork.CourseRepository.GetByID("1045"), "GetByID of a value of another type than the key throws ArgumentException (DbSet.Find)");
        Check.Equal(2, unitOfWork.CourseRepository.Get(filter: c => c.DepartmentID == economics.DepartmentID, includeProperties: "Department").Count(), "Get filters (includeProperties selects nothing)");
        Check.Equal("4041,1045", string.Join(",", unitOfWork.CourseRepository.Get(c => c.Credits >= 3 && c.DepartmentID == economics.DepartmentID, q => q.OrderByDescending(c => c.Title)).Select(c => c.CourseID)), "Get applies the filter, then the order");

        var calculus = unitOfWork.CourseRepository.GetByID(1045);
        calculus.Credits = 5;
        unitOfWork.CourseRepository.Update(calculus);
        unitOfWork.Save();
        Check.Equal(5, unitOfWork.CourseRepository.GetByID(1045).Credits, "Update then Save writes the course");

        unitOfWork.CourseRepository.Delete(2021);
        unitOfWork.Save();
        Check.Null(unitOfWork.CourseRepository.GetByID(2021), "Delete(id) then Save removes the course");
        unitOfWork.CourseRepository.Delete(unitOfWork.CourseRepository.GetByID(4041));
        unitOfWork.Save();
        Check.Equal("1045", string.Join(",", unitOfWork.CourseRepository.Get().Select(c => c.CourseID)), "Delete(entity) then Save removes it");

        var orientation = new Course { Title = "Orientation", Credits = 0, DepartmentID = english.DepartmentID };
        unitOfWork.CourseRepository.Insert(orientation);
        unitOfWork.Save();
        Check.Equal(0, orientation.CourseID, "a course inserted without a number keeps CourseID 0 ([DatabaseGenerated(None)]: the INSERT stores it as given)");
        Check.Equal("Orientation", unitOfWork.CourseRepository.GetByID(0)?.Title, "and is found under 0");
        return Task.CompletedTask;
    }
}
