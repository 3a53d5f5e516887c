using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using MongoDB.Bson.Serialization.Attributes;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.CallerAssignedKeys;

// Integer and Guid keys the data library's own attribute says the store does not generate: the caller's value is stored
// as given, 0 and Guid.Empty included, as the real INSERT stores it. Beside each, the attribute that says the store does
// generate it, which the fake numbers as before. (ExplicitKeyAttribute and PrimaryKeyAttribute are declared in
// KeyAttributeTests.cs by the libraries' names.)

[AttributeUsage(AttributeTargets.Property)]
public sealed class AutoIncrementAttribute : Attribute
{
}

public sealed class Course
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public int CourseID { get; set; }

    public string Title { get; set; } = "";
}

public sealed class Department
{
    [Key]
    [DatabaseGenerated(DatabaseGeneratedOption.Identity)]
    public int DepartmentID { get; set; }

    public string Name { get; set; } = "";
}

public sealed class Ledger
{
    [ExplicitKey]
    public long Number { get; set; }

    public string Owner { get; set; } = "";
}

public sealed class Note
{
    [PrimaryKey]
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class TodoRow
{
    [PrimaryKey, AutoIncrement]
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class Counter
{
    [BsonId]
    public int Id { get; set; }

    public long Value { get; set; }
}

public sealed class Session
{
    [BsonId]
    public Guid Id { get; set; }

    public string User { get; set; } = "";
}

public sealed class Voucher
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}

[InMemoryFake]
public interface ICourses
{
    void Add(Course course);

    Course? Get(int id);

    void Update(Course course);
}

[InMemoryFake]
public interface IDepartments
{
    void Add(Department department);

    Department? Get(int id);
}

[InMemoryFake]
public interface ILedgers
{
    void Insert(Ledger ledger);

    Ledger? Get(long number);
}

[InMemoryFake]
public interface INotes
{
    void Insert(Note note);

    Note? Get(int id);
}

[InMemoryFake]
public interface ITodoRows
{
    void Insert(TodoRow row);

    TodoRow? Get(int id);
}

[InMemoryFake]
public interface ICounters
{
    void Add(Counter counter);

    Counter? Get(int id);
}

[InMemoryFake]
public interface ISessions
{
    void Add(Session session);

    Session? Get(Guid id);
}

[InMemoryFake]
public interface IVouchers
{
    void Add(Voucher voucher);

    Voucher? Get(Guid id);
}

public sealed class CallerAssignedKeyTests
{
    [Fact]
    public void DatabaseGenerated_None_stores_the_callers_key_zero_included()
    {
        ICourses courses = new InMemoryCourses();
        var first = new Course { CourseID = 0, Title = "Orientation" };
        courses.Add(first);
        Assert.Equal(0, first.CourseID);
        Assert.Equal("Orientation", courses.Get(0)?.Title);
        Assert.Throws<DuplicateKeyException>(() => courses.Add(new Course { CourseID = 0, Title = "Again" }));
        courses.Add(new Course { CourseID = 1050, Title = "Chemistry" });
        Assert.Equal("Chemistry", courses.Get(1050)?.Title);
        Assert.Null(courses.Get(1));

        // An update of the course keyed 0 is an update of a stored row, not of an entity whose key the store has yet to give.
        courses.Update(new Course { CourseID = 0, Title = "Welcome week" });
        Assert.Equal("Welcome week", courses.Get(0)?.Title);
    }

    [Fact]
    public void DatabaseGenerated_Identity_is_numbered_as_before()
    {
        IDepartments departments = new InMemoryDepartments();
        var department = new Department { Name = "English" };
        departments.Add(department);
        Assert.Equal(1, department.DepartmentID);
        Assert.Equal("English", departments.Get(1)?.Name);
    }

    [Fact]
    public void ExplicitKey_and_PrimaryKey_without_AutoIncrement_store_the_callers_key()
    {
        ILedgers ledgers = new InMemoryLedgers();
        ledgers.Insert(new Ledger { Number = 0, Owner = "cash" });
        Assert.Equal("cash", ledgers.Get(0)?.Owner);
        Assert.Throws<DuplicateKeyException>(() => ledgers.Insert(new Ledger { Number = 0, Owner = "bank" }));

        INotes notes = new InMemoryNotes();
        var note = new Note { Text = "first" };
        notes.Insert(note);
        Assert.Equal(0, note.Id);
        Assert.Equal("first", notes.Get(0)?.Text);
        Assert.Throws<DuplicateKeyException>(() => notes.Insert(new Note { Text = "second" }));
    }

    [Fact]
    public void PrimaryKey_with_AutoIncrement_is_numbered()
    {
        ITodoRows rows = new InMemoryTodoRows();
        var a = new TodoRow { Text = "a" };
        var b = new TodoRow { Text = "b" };
        rows.Insert(a);
        rows.Insert(b);
        Assert.Equal((1, 2), (a.Id, b.Id));
        Assert.Equal("b", rows.Get(2)?.Text);
    }

    [Fact]
    public void BsonId_on_an_integer_key_is_the_callers_and_on_a_Guid_key_generated()
    {
        ICounters counters = new InMemoryCounters();
        counters.Add(new Counter { Id = 0, Value = 5 });
        Assert.Equal(5, counters.Get(0)?.Value);
        Assert.Throws<DuplicateKeyException>(() => counters.Add(new Counter { Id = 0 }));

        ISessions sessions = new InMemorySessions();
        var session = new Session { User = "ada" };
        sessions.Add(session);
        Assert.NotEqual(Guid.Empty, session.Id);
        Assert.Equal("ada", sessions.Get(session.Id)?.User);
    }

    [Fact]
    public void DatabaseGenerated_None_on_a_Guid_key_stores_Guid_Empty_as_given()
    {
        IVouchers vouchers = new InMemoryVouchers();
        var voucher = new Voucher { Amount = 10m };
        vouchers.Add(voucher);
        Assert.Equal(Guid.Empty, voucher.Id);
        Assert.Equal(10m, vouchers.Get(Guid.Empty)?.Amount);
        Assert.Throws<DuplicateKeyException>(() => vouchers.Add(new Voucher { Amount = 20m }));
    }
}
