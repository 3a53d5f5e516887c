// Source: https://github.com/marilag/event-driven-demo
// Commit: 921ff30 ("simple student api"; the version the search result shows: namespace student and
//   Task<IEnumerable<Student>> Get(); fb6581a before it has IList, 272dc68 after it renames the namespace eventschool and is
//   what read_file reads, 8c8e237 moves the folder away; the snapshot's HEAD d0e8682 has no file at this path)
// Licence: MIT (LICENSE, "Copyright (c) 2022 Marilag", in the repository since its initial commit 9778e7c; an interface
//   signature and a minimal model transcribed for a test)
// Sample: h-sample123 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample123-rule.md):
//   education and learning-management codebases; the search tool (corpus code) with these queries, in this order: (1)
//   `interface IStudentRepository Task`, (2) `interface ICourseRepository Task`, (3) `interface IEnrollmentRepository`,
//   (4) `interface IQuizRepository`, (5) `interface IQuestionRepository`, (6) `interface IExamRepository`, (7) `interface
//   ILessonRepository`, (8) `interface IGradeRepository`; from each, the FIRST result in the order returned that is a C#
//   interface declaration with at least 3 members (inherited ones count when the base interface is declared in the same
//   repository), whose path contains no "test" (any case), from a repository that has a licence, is not already a corpus
//   source and is not already picked; a result naming no repository or path (anonymous excerpt) is not taken; at most 1
//   per repository; stop after 3. Picks: (1) query (1), rank 3, marilag/event-driven-demo IStudentRepository (rank 1,
//   Hiba-hhm92m/WebApplicationTask, is a corpus source; rank 2, manjunathbelamgi/CollegeManagementAPI, has no licence);
//   (2) query (8), rank 2, ivaylo-botusharov/School.Me IGradeRepository. Queries (2)-(7) gave none (two corpus sources,
//   ten repositories without a licence, fewer than 3 members, TypeScript, Go, Java, anonymous excerpts); the lists ran out
//   with 2 picks. This one: query (1), rank 3.
// Path: student/Repository/IStudentRepository.cs (real store: student/Repository/StudentRepository.cs, registered as a
//   singleton in student/Program.cs; model: student/Models/Student.cs)
// Adapted: the interface keeps its explicit `public` modifiers and its unused `using System.Runtime.InteropServices`
//   (left out: nothing here uses it). Nullable enabled and implicit usings, as student.csproj has them. Student is the
//   source's whole class: private setters, StudentId initialised to a new Guid, a constructor that sets four of the five
//   strings (Address is never assigned there, as in the source) and no RegistrationDate.
// Real store: StudentRepository, a List<Student> in a singleton (the repository is also IEnumerable<Student> over the same
//   list). Save(student) is StudentList.Add(student) and returns the student given: no key check, so a second Save of the
//   same student lists it twice; the list keeps the caller's instances (Student's setters are private, so a caller cannot
//   change one). Get() returns the list itself (every student in the order saved). Get(studentId) is
//   StudentList.Where(s => string.Equals(s.StudentId.ToString(), studentId, InvariantCultureIgnoreCase)).FirstOrDefault():
//   the first student whose Guid, in its "D" text form, equals the string ignoring case; null for none, so an unknown id,
//   a string that is no Guid, and a Guid written with braces or without hyphens all answer null (the implementation
//   declares Task<Student?>; the interface Task<Student>).
// Shapes: *=core; Get=4
// First try (b97d6abe): incomplete: Save (an upsert by the StudentId key: a Guid the entity makes itself, found by the
//   {Entity}Id convention) and Get() (every student) generated; Get(string studentId) refused (IMF0001: "parameter
//   'studentId' is string, which does not convert to StudentId (System.Guid)": true, but thin: the text names the key, and
//   what the store does with it is the cause); IMF0021 info (no JSON metadata: StudentId's setter is private) | WRONG: Save:
//   a second Save of a stored student replaces it, where the real List.Add lists it twice (Get() answers it twice); Get():
//   a new list of copies, where the real answers its own live list (a later Save shows in a list already returned).
//   Neither is in a signature.
// Still wrong: Save and Get() as above (the documented upsert of Save and a snapshot read, which a store that appends to
//   a list of its own contradicts; the script checks the double Save last, and its probe stops at Get(string) before it).
// After this round: Get(string studentId)'s refusal names its cause: a store parses the text into a Guid or compares the
//   Guid's text, each its own way (this one compares StudentId.ToString() ignoring case, so "{…}" and "N" spellings find
//   nobody and a text that is no Guid is null, where Guid.Parse would throw). Still incomplete, rightly.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EventDrivenDemo.IStudentRepositoryCase;

public class Student
{
    public Guid StudentId { get; private set; } = System.Guid.NewGuid();
    public string FirstName { get; private set; } = string.Empty;
    public string LastName { get; private set; } = string.Empty;
    public string Address { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;
    public string Program { get; private set; } = string.Empty;
    public DateTime RegistrationDate { get; private set; }

    public Student(string firstname, string lastname, string address, string email, string program)
    {
        FirstName = firstname;
        LastName = lastname;
        Email = email;
        Program = program;
    }
}

[InMemoryFake]
public interface IStudentRepository
{
    public Task<Student> Save(Student student);
    public Task<IEnumerable<Student>> Get();
    public Task<Student> Get(string studentId);
}

public static class Smoke
{
    public static async Task RunAsync(IStudentRepository students)
    {
        Check.Equal(0, (await students.Get()).Count(), "a new repository lists no student");
        Check.Null(await students.Get(Guid.NewGuid().ToString()), "Get of an id not stored is null (FirstOrDefault), whatever Task<Student> says");

        var ada = new Student("Ada", "Lovelace", "London", "ada@example.com", "Mathematics");
        var saved = await students.Save(ada);
        Check.Equal(ada.StudentId, saved.StudentId, "Save returns the student given, with its own StudentId");
        var read = Check.NotNull(await students.Get(ada.StudentId.ToString()), "Get finds the student by its StudentId written as text");
        Check.Equal("Ada", read.FirstName, "the student is stored as given");
        Check.Equal("Mathematics", read.Program, "the program is stored as given");
        Check.NotNull(await students.Get(ada.StudentId.ToString().ToUpperInvariant()), "the text is compared ignoring case (InvariantCultureIgnoreCase)");
        Check.Null(await students.Get("not-a-student-id"), "a string that is no Guid finds nobody (a string comparison), it is no error");
        Check.Null(await students.Get(ada.StudentId.ToString("B")), "a Guid written with braces is another string: null");
        Check.Null(await students.Get(ada.StudentId.ToString("N")), "a Guid written without hyphens is another string: null");

        var alan = new Student("Alan", "Turing", "Manchester", "alan@example.com", "Computing");
        await students.Save(alan);
        var all = (await students.Get()).ToList();
        Check.Equal(2, all.Count, "Get lists every student saved");
        Check.Equal(ada.StudentId, all[0].StudentId, "in the order saved (a List)");
        Check.Equal(alan.StudentId, all[1].StudentId, "the second saved is listed second");
        Check.Equal("Alan", Check.NotNull(await students.Get(alan.StudentId.ToString()), "the second student is found by its id").FirstName, "each id finds its own student");

        await students.Save(ada);
        Check.Equal(3, (await students.Get()).Count(), "Save is List.Add: a second Save of the same student lists it twice");
    }
}
