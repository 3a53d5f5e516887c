using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The repositories of Microsoft's "Implementing the Repository and Unit of Work Patterns" tutorial (Contoso University,
/// learn.microsoft.com), copied into countless applications: <c>IStudentRepository</c> with <c>GetStudentByID(int studentId)</c>
/// and <c>Save()</c>, over an entity keyed by <c>ID</c>, and the generic repository's
/// <c>Get(filter, orderBy, includeProperties)</c>. The lead's first try (session 20) found <c>GetStudentByID</c> refused: the
/// lookup split <c>ID</c> into the words I and D, which no parameter name spells, although <c>By{Key}</c> had proven the key.
/// </summary>
public class ContosoTutorialRepositoryTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    [Fact]
    public void The_tutorial_student_repository_reads_by_ID_and_saves_through_its_unit_of_work()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;
            public class Student { public int ID { get; set; } public string LastName { get; set; } public DateTime EnrollmentDate { get; set; } }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IStudentRepository : IDisposable
            {
                IEnumerable<Student> GetStudents();
                Student GetStudentByID(int studentId);
                void InsertStudent(Student student);
                void DeleteStudent(int studentID);
                void UpdateStudent(Student student);
                void Save();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IStudentRepository students = new InMemoryStudentRepository();
                    var student = new Student { ID = 7, LastName = "Alexander" };
                    students.InsertStudent(student);
                    Is(0, System.Linq.Enumerable.Count(students.GetStudents()), "a query sees nothing before Save (the tutorial's context.SaveChanges)");
                    Is("Alexander", students.GetStudentByID(7)?.LastName, "GetStudentByID finds the added student before Save, as DbSet.Find looks in the change tracker first");
                    students.Save();
                    Is("Alexander", students.GetStudentByID(7)?.LastName, "GetStudentByID after Save");
                    Is(null, students.GetStudentByID(8), "GetStudentByID of a missing ID is null (DbSet.Find)");
                    students.DeleteStudent(7);
                    students.Save();
                    Is(0, System.Linq.Enumerable.Count(students.GetStudents()), "DeleteStudent, then Save");
                    students.Dispose();
                }
            }
            """);
    }
}
