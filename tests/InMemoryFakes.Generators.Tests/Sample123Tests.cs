using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample123 (session 38), education codebases. School.Me's <c>IGradeRepository</c> is the deletable-entity repository of
/// the ASP.NET MVC starter templates (<c>All()</c> hides soft-deleted rows, <c>AllWithDeleted()</c> is the <c>DbSet</c>,
/// <c>Delete</c> sets <c>IsDeleted</c>, <c>HardDelete</c> removes the row, <c>Detach</c> stops tracking, over EF 6 with
/// <c>SaveChanges</c>). Its <c>HardDelete</c> and <c>Detach</c> were refused as reads that may leave deleted rows out (a
/// cause a member that answers nothing cannot have), and <c>AllWithDeleted</c> as a name that may mean a subset. Now a
/// hard delete is the removal its name says (not refused for the deletion flag), <c>All…WithDeleted</c> of an entity with
/// a deletion flag is every row, and the read rule leaves members that answer nothing alone. event-driven-demo's
/// <c>Get(string studentId)</c> of a <c>Guid</c> key is refused for its real cause: whether the store parses the text or
/// compares the Guid's text is its own.
/// </summary>
public class Sample123Tests
{
    private const string Deletable = Sources.Usings + """
        using System.Linq;
        using System.Linq.Expressions;
        #nullable disable
        namespace V;

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

        public class Grade : DeletableEntity
        {
            public int Id { get; set; }
            public Guid AcademicYearId { get; set; }
            public int GradeYear { get; set; }
        }

        public interface IGenericRepository<T>
        {
            IQueryable<T> All();
            T GetById(Guid id);
            T GetById(int id);
            IQueryable<T> Get(Expression<Func<T, bool>> filter = null, Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null, string includeProperties = "");
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
        """;

    /// <summary>The refused members of School.Me's repository, for the variants that check what is generated.</summary>
    private static readonly string[] RefusedLines =
    {
        "    IQueryable<T> All();\n",
        "    T GetById(Guid id);\n",
        "    T GetById(int id);\n",
        "    IQueryable<T> Get(Expression<Func<T, bool>> filter = null, Func<IQueryable<T>, IOrderedQueryable<T>> orderBy = null, string includeProperties = \"\");\n",
        "    void Delete(T entity);\n",
        "    void Detach(T entity);\n",
    };

    private const string Students = Sources.Usings + """
        using System.Linq;
        #nullable enable
        namespace V;

        public class Student
        {
            public Guid StudentId { get; private set; } = Guid.NewGuid();
            public int CohortId { get; set; }
            public string FirstName { get; private set; } = string.Empty;
            public Student(string firstName) { FirstName = firstName; }
        }

        [InMemoryFake]
        public interface IStudentRepository
        {
            public Task<Student> Save(Student student);
            public Task<IEnumerable<Student>> Get();
            public Task<Student> Get(string studentId);
        }
        """;

    private const string WithDeletedReadCause = "the interface reads deleted Grade rows in 'AllWithDeleted', so whether";

    [Fact]
    public void School_Me_repository_generates_the_hard_delete_and_AllWithDeleted_and_refuses_the_rest_for_their_own_causes()
    {
        var run = GeneratorHarness.Run(Deletable);
        Assert.Equal(
            new[] { "All", "Delete", "Detach", "Get", "GetById", "GetById" },
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id != "IMF0001" && d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        Assert.Contains("the interface also has 'AllWithDeleted', so 'All' leaves deleted rows out by the store's own rule", Refusals.Message(run, "All"), StringComparison.Ordinal);
        Assert.Contains("Grade has the deletion flag 'IsDeleted' and the interface reads deleted rows (AllWithDeleted), so whether 'Delete' removes the row or only sets the flag is the store's own", Refusals.Message(run, "Delete"), StringComparison.Ordinal);
        Assert.Contains(WithDeletedReadCause + " 'Get' leaves them out", Refusals.Message(run, "Get"), StringComparison.Ordinal);
        Assert.All(
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "GetById"),
            static d => Assert.Contains(WithDeletedReadCause + " 'GetById' leaves them out", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // A void member reads nothing: Detach is refused for what it is, no longer as a read that may leave deleted rows out.
        var detach = Refusals.Message(run, "Detach");
        Assert.Contains("'Detach' of IGradeRepository matches no entity repository convention: 'Detach' is not a known verb", detach, StringComparison.Ordinal);
        Assert.DoesNotContain("leaves them out", detach, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_delete_removes_the_row_at_the_save_and_AllWithDeleted_lists_flagged_rows_too()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Deletable, RefusedLines));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var grades = new InMemoryGradeRepository();
                    var first = new Grade { GradeYear = 1 };
                    var second = new Grade { GradeYear = 2 };
                    grades.Add(first);
                    grades.Add(second);
                    Is(0, grades.AllWithDeleted().Count(), "the adds wait for SaveChanges");
                    grades.SaveChanges();
                    Is(2, grades.AllWithDeleted().Count(), "AllWithDeleted lists every saved grade");

                    second.IsDeleted = true;
                    grades.Update(second);
                    grades.SaveChanges();
                    Is(2, grades.AllWithDeleted().Count(), "a grade whose IsDeleted is set is still listed: AllWithDeleted reads the deleted rows too");
                    Is(true, grades.AllWithDeleted().Single(g => g.Id == second.Id).IsDeleted, "with its flag");

                    grades.HardDelete(second);
                    Is(2, grades.AllWithDeleted().Count(), "the hard delete waits for SaveChanges");
                    grades.SaveChanges();
                    Is(1, grades.AllWithDeleted().Count(), "HardDelete removes the row, flag or no flag");
                    Is(first.Id, grades.AllWithDeleted().Single().Id, "the other grade stays");

                    grades.HardDelete(new Grade { Id = 99, GradeYear = 9 });
                    Throws<InMemoryFakes.ConcurrencyConflictException>(() => grades.SaveChanges(), null, "a hard delete of a grade not stored fails the save, as EF's SaveChanges does (0 rows affected)");
                }
            }
            """);
    }

    [Fact]
    public void A_hard_delete_by_key_is_a_removal_beside_a_soft_delete_that_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Note
            {
                public int Id { get; set; }
                public string Text { get; set; } = "";
                public bool IsDeleted { get; set; }
            }

            [InMemoryFake]
            public interface INoteRepository
            {
                Task AddAsync(Note note);
                Task<Note?> GetAsync(int id);
                Task<bool> DeleteAsync(int id);
                Task<bool> HardDeleteAsync(int id);
                Task<int> HardRemoveAllAsync();
            }
            """);
        Assert.Equal(new[] { "IMF0001 DeleteAsync" }, Refusals.Listed(run));
        Assert.Contains("Note has the deletion flag 'IsDeleted' and the interface reads deleted rows (HardDeleteAsync), so whether 'DeleteAsync' removes the row or only sets the flag is the store's own", Refusals.Message(run, "DeleteAsync"), StringComparison.Ordinal);

        var behaviour = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Note
            {
                public int Id { get; set; }
                public string Text { get; set; } = "";
                public bool IsDeleted { get; set; }
            }

            [InMemoryFake]
            public interface INoteRepository
            {
                Task AddAsync(Note note);
                Task<Note?> GetAsync(int id);
                Task<bool> HardDeleteAsync(int id);
                Task<int> HardRemoveAllAsync();
            }
            """);
        Refusals.Exactly(behaviour);
        BehaviourCheck.Run(behaviour, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var notes = new InMemoryNoteRepository();
                    notes.AddAsync(new Note { Text = "a" }).GetAwaiter().GetResult();
                    notes.AddAsync(new Note { Text = "b", IsDeleted = true }).GetAwaiter().GetResult();
                    Is(true, notes.HardDeleteAsync(1).GetAwaiter().GetResult(), "HardDeleteAsync removes the row by key and says so");
                    Is(null, notes.GetAsync(1).GetAwaiter().GetResult(), "the row is gone");
                    Is(false, notes.HardDeleteAsync(1).GetAwaiter().GetResult(), "false for a key not stored");
                    Is(1, notes.HardRemoveAllAsync().GetAwaiter().GetResult(), "HardRemoveAll removes every row, the flagged one too, and counts them");
                    Is(null, notes.GetAsync(2).GetAwaiter().GetResult(), "the flagged row is gone too");
                }
            }
            """);
    }

    [Fact]
    public void AllWithDeleted_of_an_entity_without_a_deletion_flag_stays_a_name_that_may_mean_a_subset()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq;
            #nullable enable
            namespace V;

            public class Lesson
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface ILessonRepository
            {
                IQueryable<Lesson> AllWithDeleted();
                void Add(Lesson lesson);
            }
            """);
        Refusals.Exactly(run, ("AllWithDeleted", "'AllWithDeleted' may return a filtered subset; a queryable of every Lesson is named GetAll, Query, AsQueryable, Table, Entities or after the entities (Lessons)"));
    }

    [Fact]
    public void AllAsNoTrackingWithDeleted_is_an_untracked_read_of_every_row_which_a_unit_of_work_refuses_for_its_tracking()
    {
        // The deleted-rows ending is dropped before the tracking one, so the name is no longer "a filtered subset": under a
        // unit of work it meets the untracked read's own refusal (the fake has no untracked read there).
        var run = GeneratorHarness.Run(Refusals.Without(Deletable, RefusedLines).Replace(
            "IQueryable<T> AllWithDeleted();",
            "IQueryable<T> AllWithDeleted();\n    IQueryable<T> AllAsNoTrackingWithDeleted();",
            StringComparison.Ordinal));
        Refusals.Exactly(run, ("AllAsNoTrackingWithDeleted",
            "'AllAsNoTrackingWithDeleted' reads without tracking, but the repository has a unit of work whose reads are tracked copies saved by SaveChanges (docs/runtime.md#unit-of-work); "
            + "the fake has no untracked read, so changes made to its entities would be saved"));
    }

    [Fact]
    public void A_string_named_as_a_Guid_key_is_refused_for_the_conversion_the_store_chooses()
    {
        var run = GeneratorHarness.Run(Students);
        Refusals.Exactly(run, ("Get",
            "parameter 'studentId' is string and StudentId is a Guid, which a store parses the text into or compares as text, each its own way: Guid.Parse throws FormatException for a text that is no Guid, "
            + "Guid.TryParse finds no row, and comparing StudentId.ToString() with the text (event-driven-demo's StudentRepository does, ignoring case) finds none for the same Guid written with braces or without hyphens; "
            + "the signature does not say which; take Guid itself, or write the member with the conversion the store uses"));
        Assert.DoesNotContain("which does not convert to", Refusals.Message(run, "Get"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_for_an_int_property_keeps_its_cause_and_the_rest_generates()
    {
        // Not widened to int: OT.Assessment's GetGameById(string gameId) of an int key compares the text with Name (Sample115Tests).
        var run = GeneratorHarness.Run(Students.Replace(
            "public Task<Student> Get(string studentId);",
            "public Task<IEnumerable<Student>> GetByCohortId(string cohortId);",
            StringComparison.Ordinal));
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info);
        Assert.Equal("IMF0018", refused.Id);
        Assert.Contains("parameter 'cohortId' is string, which does not convert to CohortId (int)", refused.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var rest = GeneratorHarness.Run(Refusals.Without(Students, "    public Task<Student> Get(string studentId);\n"));
        Refusals.Exactly(rest);
        BehaviourCheck.Run(rest, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var students = new InMemoryStudentRepository();
                    var ada = new Student("Ada");
                    Is(ada.StudentId, students.Save(ada).GetAwaiter().GetResult().StudentId, "Save returns the student with its own key");
                    Is("Ada", students.Get().GetAwaiter().GetResult().Single().FirstName, "Get lists it");
                }
            }
            """);
    }
}
