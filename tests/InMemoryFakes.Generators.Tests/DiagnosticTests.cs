using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>One test per diagnostic: id, severity, the line it points at, and the message text.</summary>
public class DiagnosticTests
{
    private const string Entity = Sources.Usings + "namespace Diag;\npublic class User { public int Id { get; set; } }\n";

    private static Diagnostic Single(string source, string id, string expectedLine)
    {
        var run = GeneratorHarness.Run(source);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
        var span = diagnostic.Location.GetLineSpan();
        var line = diagnostic.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[span.StartLinePosition.Line].ToString().Trim();
        Assert.Equal(expectedLine, line);
        Assert.Equal(DiagnosticDescriptors.ById(id).DefaultSeverity, diagnostic.Severity);
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void IMF0001_member_matches_no_convention()
    {
        var d = Single(Entity + "[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    void Promote(User user);\n}", "IMF0001", "void Promote(User user);");
        Assert.Equal("'Promote' of IUsers matches no entity repository convention: 'Promote' is not a known verb (Add/Insert, Update/Replace, Upsert/Save, Get/Find, Delete/Remove, Exists/Contains, Count/LongCount, GetAll/List, GetPagedList/GetPagedResponse, Clear/Purge, AddRange/UpdateRange/UpsertRange/DeleteRange, BulkInsertOrUpdate/BulkUpsert, Update/Set{Property}(key, value), Rename(key, name), Increment/Increase{Property}(key), Mark/Flag…As{Value}(key), Toggle/Flip{Flag}(key), Get/Set{Property}(entity), derived queries such as FindByName, or a Func<T, bool> predicate; more synonyms in docs/generator.md#entity-repository). Implement it in the partial class InMemoryUsers, where its Store property reaches the fake's table in one line: Store.Call(nameof(Promote), user) joins the call log and fault injection (docs/generator.md#hand-written-members).", Message(d));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void IMF0001_of_a_member_whose_signature_names_an_unresolved_type_says_so()
    {
        // No using for System.Collections.Generic: the list type does not resolve (CS0246). The convention's own reason
        // ("must be returned as IReadOnlyList<T>…") would name a cause the member does not have.
        var source = "using InMemoryFakes;\nnamespace Diag;\npublic class User { public int Id { get; set; } }\n[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    IReadOnlyList<User> GetAll();\n}";
        var d = Single(source, "IMF0001", "IReadOnlyList<User> GetAll();");
        Assert.Equal("'GetAll' of IUsers matches no entity repository convention: its signature names 'IReadOnlyList<User>', a type the compiler cannot find (a missing using directive or reference: see its CS0246); once it resolves, the member is matched again. Implement it in the partial class InMemoryUsers, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetAll)) joins the call log and fault injection (docs/generator.md#hand-written-members).", Message(d));
    }

    [Fact]
    public void IMF0002_is_retired_derived_queries_are_generated()
    {
        // IMF0002 used to refuse every derived query; the id is reserved and no longer reported.
        var run = GeneratorHarness.Run(Entity + "public class Person { public int Id { get; set; } public string Name { get; set; } = \"\"; public int Age { get; set; } }\n[InMemoryFake]\npublic interface IPeople\n{\n    void Add(Person person);\n    IReadOnlyList<Person> FindByNameOrderByAge(string name);\n}");
        Assertions.Clean(run);
        Assert.DoesNotContain(DiagnosticDescriptors.Descriptors, static d => d.Id == "IMF0002");
    }

    [Fact]
    public void IMF0003_class_without_interface_type()
    {
        var d = Single(Entity + "[InMemoryFake]\npublic partial class UsersFake { }", "IMF0003", "[InMemoryFake]");
        Assert.Equal("[InMemoryFake] on class 'UsersFake' needs the interface to implement: write [InMemoryFake(typeof(IYourInterface))]", Message(d));
    }

    [Fact]
    public void IMF0004_faked_type_is_not_an_interface()
    {
        var d = Single(Entity + "[InMemoryFake(typeof(User))]\npublic partial class UsersFake { }", "IMF0004", "[InMemoryFake(typeof(User))]");
        Assert.Equal("'Diag.User' given to [InMemoryFake] on 'UsersFake' is not a closed interface type (it is a class); pass an interface such as typeof(IStore) or typeof(IRepository<User, int>)", Message(d));
    }

    [Fact]
    public void IMF0005_class_is_not_partial()
    {
        var d = Single(Entity + "public interface IUsers { void Add(User user); }\n[InMemoryFake(typeof(IUsers))]\npublic class UsersFake { }", "IMF0005", "public class UsersFake { }");
        Assert.Equal("Class 'UsersFake' has [InMemoryFake] but is not a non-static partial class; declare it as 'partial class UsersFake'", Message(d));
    }

    [Fact]
    public void IMF0006_mapped_exception_without_string_constructor()
    {
        var d = Single(Entity + "public sealed class Missing : Exception { public Missing(int code) { } }\n[InMemoryFake(NotFoundException = typeof(Missing))]\npublic interface IUsers { void Add(User user); }", "IMF0006", "[InMemoryFake(NotFoundException = typeof(Missing))]");
        Assert.Equal("NotFoundException = typeof(Diag.Missing) on 'IUsers': it has no accessible constructor taking a single string; map a non-abstract Exception type with an accessible (string message) constructor", Message(d));
    }

    [Fact]
    public void IMF0007_interface_not_accessible_from_namespace()
    {
        var d = Single(Entity + "public class Outer\n{\n    [InMemoryFake]\n    private interface IUsers { void Add(User user); }\n}", "IMF0007", "private interface IUsers { void Add(User user); }");
        Assert.Equal("Interface 'Diag.Outer.IUsers' is not accessible from namespace level ('IUsers' is private), so no fake class can be generated beside it; make it and its containing types public or internal, or put [InMemoryFake(typeof(Diag.Outer.IUsers))] on a partial class that can see it", Message(d));
    }

    [Fact]
    public void IMF0008_open_generic_without_keyed_entity()
    {
        var d = Single(Entity + "[InMemoryFake]\npublic interface IRepository<TEntity>\n{\n    void Add(TEntity entity);\n}", "IMF0008", "public interface IRepository<TEntity>");
        Assert.Equal("Generic interface 'Diag.IRepository<TEntity>' cannot be faked while open: its entity type parameter 'TEntity' has no constraint, so it has no property the fake can read a key from; constrain the entity type parameter to a type with a key (e.g. where TEntity : IEntity<TKey>, or where T : ILease with a LeaseId: the constraint's name plus Id), or fake a closed type with [InMemoryFake(typeof(...))] on a partial class", Message(d));
    }

    [Fact]
    public void IMF0009_entity_without_key()
    {
        var d = Single(Sources.Usings + "namespace Diag;\npublic class Note { public string Text { get; set; } = \"\"; }\n[InMemoryFake]\npublic interface INotes\n{\n    void Add(Note note);\n}", "IMF0009", "void Add(Note note);");
        Assert.Equal("Entity type 'Note' used by INotes has no key; mark the key property with [Key] or [FakeKey], name it Id or NoteId, or name it with Key = \"…\" on [InMemoryFake] (a type you do not own); if no property identifies a stored Note (the store keeps repeats, holds one value, or computes what it returns), no key fits: write INotes by hand", Message(d));
    }

    [Fact]
    public void IMF0010_invalid_attribute_value()
    {
        var d = Single(Entity + "[InMemoryFake(MaxBytes = -5)]\npublic interface IUsers { void Add(User user); }", "IMF0010", "[InMemoryFake(MaxBytes = -5)]");
        Assert.Equal("[InMemoryFake] on 'IUsers': MaxBytes = -5 is negative; use 0 for no limit", Message(d));
    }

    [Fact]
    public void IMF0011_containing_type_not_partial()
    {
        var d = Single(Entity + "public interface IUsers { void Add(User user); }\npublic class Outer\n{\n    [InMemoryFake(typeof(IUsers))]\n    public partial class UsersFake { }\n}", "IMF0011", "public partial class UsersFake { }");
        Assert.Equal("Class 'UsersFake' is nested in 'Outer', which is not partial; make every containing type partial", Message(d));
    }

    [Fact]
    public void IMF0012_constructor_conflict()
    {
        var d = Single(Entity + "public interface IUsers { void Add(User user); }\n[InMemoryFake(typeof(IUsers))]\npublic partial class UsersFake\n{\n    public UsersFake(InMemoryFakeOptions? options) { }\n}", "IMF0012", "public partial class UsersFake");
        Assert.StartsWith("Class 'UsersFake' declares the constructor UsersFake(InMemoryFakeOptions?) that the generator must emit;", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0013_read_only_concurrency_token_is_a_warning()
    {
        var d = Single(Sources.Usings + "namespace Diag;\npublic class Doc\n{\n    public int Id { get; set; }\n    [System.ComponentModel.DataAnnotations.Timestamp] public byte[] Stamp { get; } = [];\n}\n[InMemoryFake]\npublic interface IDocs { void Add(Doc doc); }", "IMF0013", "[System.ComponentModel.DataAnnotations.Timestamp] public byte[] Stamp { get; } = [];");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.StartsWith("Concurrency token 'Stamp' of entity 'Doc' has no setter or init accessor", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0014_fake_with_static_abstract_members_is_not_registered()
    {
        var source = Entity + "[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    static abstract string Describe();\n}\npublic sealed partial class InMemoryUsers { public static string Describe() => \"users\"; }";
        var d = Single(source, "IMF0014", "[InMemoryFake]");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("'InMemoryUsers' is not registered for Fakes.Create: its interface has static abstract members, so it cannot be a type argument. Create it with new InMemoryUsers(...) instead.", Message(d));
        Assertions.Clean(GeneratorHarness.Run(source) with { GeneratorDiagnostics = [] });
    }

    [Fact]
    public void IMF0020_a_type_from_another_assembly_with_private_state_is_stored_by_reference()
    {
        var library = CopyPlanTests.Library("namespace External; public class Ledger { private readonly System.Collections.Generic.List<decimal> _entries = new(); public void Post(decimal amount) => _entries.Add(amount); }");
        var source = Sources.Usings + "namespace Diag;\npublic sealed class Account { public int Id { get; set; } public External.Ledger Ledger { get; set; } = new(); }\n[InMemoryFake]\npublic interface IAccounts { void Add(Account account); Account? Find(int id); }";
        var run = GeneratorHarness.Run(GeneratorHarness.Compile(source).AddReferences(library));
        Assertions.NeverFailed(run);
        Assertions.CompilationOnly(run);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0020", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("[InMemoryFake]", d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim());
        Assert.Equal(
            "Values of 'External.Ledger' (Account.Ledger) are stored by reference: it is declared in External, and the compiler cannot see the private state of a type from another assembly. "
            + "Mutating such a value after writing it, or one a read returned, changes the stored value. Implement InMemoryFakes.IDeepCopyable<T> on the type, register its copy in "
            + "InMemoryFakeOptions.CopyHooks, or set CopyMode = CopyMode.Reference on [InMemoryFake] to store values by reference on purpose.",
            Message(d));
    }

    private const string People = Sources.Usings + "namespace Diag;\npublic class Address { public string? City { get; set; } }\npublic class Person { public int Id { get; set; } public string Name { get; set; } = \"\"; public int Age { get; set; } public bool Active { get; set; } public Address? Address { get; set; } }\n[InMemoryFake]\npublic interface IPeople\n{\n    void Add(Person person);\n";

    [Fact]
    public void IMF0015_derived_query_name_that_does_not_parse()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByAgeGreaterThn(int age);\n}", "IMF0015", "IReadOnlyList<Person> FindByAgeGreaterThn(int age);");
        Assert.Equal("'FindByAgeGreaterThn' of IPeople is not a derived query name that parses: 'GreaterThn' after property Age is not an operator (Is, Not, GreaterThan[Equal], LessThan[Equal], After, Before, Between, In, NotIn, Containing, Like, StartingWith, EndingWith, IsNull, IsNotNull, IsEmpty, IsNotEmpty, True, False, with an optional IgnoreCase). Write {Find|Get|Query|List|Search|Stream|Count|Exists|Any|Delete|Remove}[First|Top<N>][Distinct]By<Condition>[And|Or <Condition>…][OrderBy<Property>[Asc|Desc]…], or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByAgeGreaterThn), age) joins the call log and fault injection (docs/generator.md#hand-written-members).", Message(d));
    }

    [Fact]
    public void IMF0015_first_or_top_does_not_combine_with_count()
    {
        var d = Single(People + "    int CountTop3ByName(string name);\n}", "IMF0015", "int CountTop3ByName(string name);");
        Assert.StartsWith("'CountTop3ByName' of IPeople is not a derived query name that parses: First/Top picks entities to return, so it does not combine with Count.", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0016_derived_query_names_an_unknown_property()
    {
        var d = Single(People + "    Person? FindByNmaeIgnoreCase(string name);\n}", "IMF0016", "Person? FindByNmaeIgnoreCase(string name);");
        Assert.Equal("'FindByNmaeIgnoreCase' of IPeople names 'Nmae', which is not a property of Diag.Person (properties: Id, Name, Age, Active, Address); fix the name, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByNmaeIgnoreCase), name) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));
    }

    [Fact]
    public void IMF0016_unknown_property_on_a_nested_path()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByAddressZip(string zip);\n}", "IMF0016", "IReadOnlyList<Person> FindByAddressZip(string zip);");
        Assert.Equal("'FindByAddressZip' of IPeople names 'Zip', which is not a property of Address (Diag.Address) (properties: City); fix the name, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByAddressZip), zip) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));
    }

    [Fact]
    public void IMF0017_operator_does_not_fit_the_property_type()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByActiveGreaterThan(bool active);\n}", "IMF0017", "IReadOnlyList<Person> FindByActiveGreaterThan(bool active);");
        Assert.Equal("'FindByActiveGreaterThan' of IPeople applies GreaterThan to Active (bool), which does not fit: GreaterThan compares values, so it needs a comparable type (numbers, dates and times, strings, enums or another IComparable type); change the operator or the property, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByActiveGreaterThan), active) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));
    }

    [Fact]
    public void IMF0017_containing_needs_a_string()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByAgeContaining(int age);\n}", "IMF0017", "IReadOnlyList<Person> FindByAgeContaining(int age);");
        Assert.Contains("applies Containing to Age (int), which does not fit: Containing matches text, so it needs a string property", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0018_parameter_of_the_wrong_type()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByNameAndAgeLessThan(string name, string age);\n}", "IMF0018", "IReadOnlyList<Person> FindByNameAndAgeLessThan(string name, string age);");
        Assert.Equal("'FindByNameAndAgeLessThan' of IPeople: parameter 'age' is string, which does not convert to Age (int); fix the parameters, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByNameAndAgeLessThan), name, age) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));
    }

    [Fact]
    public void IMF0018_wrong_parameter_count()
    {
        var d = Single(People + "    IReadOnlyList<Person> FindByAgeBetween(int min);\n}", "IMF0018", "IReadOnlyList<Person> FindByAgeBetween(int min);");
        Assert.Equal("'FindByAgeBetween' of IPeople: its conditions take 2 parameters (Age from: int, Age to: int) but it declares 1; fix the parameters, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByAgeBetween), min) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));

        // A trailing parameter named after a property (age → Age) narrows the query instead; one that names nothing is refused.
        var extra = Single(People + "    IReadOnlyList<Person> FindByName(string name, int years);\n}", "IMF0018", "IReadOnlyList<Person> FindByName(string name, int years);");
        Assert.StartsWith("'FindByName' of IPeople: (int years) is not used by any condition, and paging is two trailing ints (or int? for skip and take) named skip/offset/skipCount and take/limit/count/size/pageSize/maxResultCount (either order), pageIndex (with a default: = 0 or = 1) and pageSize, or page/pageNumber and pageSize/perPage, or one page request", Message(extra), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0019_return_type_does_not_fit_the_verb()
    {
        var d = Single(People + "    Task<bool> CountByName(string name);\n}", "IMF0019", "Task<bool> CountByName(string name);");
        Assert.Equal("'CountByName' of IPeople returns System.Threading.Tasks.Task<bool>, which does not fit Count: Count returns the number of matches as int or long; change the return type, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(CountByName), name) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(d));

        var top = Single(People + "    Person? FindTop3ByActiveTrue();\n}", "IMF0019", "Person? FindTop3ByActiveTrue();");
        Assert.Equal("'FindTop3ByActiveTrue' of IPeople returns Diag.Person?, which does not fit Find: Top3 returns up to 3 entities, so it needs a list result; change the return type, or implement it in the partial class InMemoryPeople, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindTop3ByActiveTrue)) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(top));
    }

    [Fact]
    public void IMF0022_a_save_beside_asynchronous_writes_does_not_say_where_they_go()
    {
        var source = People.Replace("    void Add(Person person);\n", "    Task AddAsync(Person person);\n", StringComparison.Ordinal)
            + "    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);\n}";
        var d = Single(source, "IMF0022", "Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);");
        Assert.StartsWith("'SaveChangesAsync' of IPeople saves a unit of work, but whether the writes of IPeople wait for it or are saved at once cannot be told from the interface (its writes (AddAsync) are all asynchronous", Message(d), StringComparison.Ordinal);

        // Saying it on the attribute is the fix: the save is generated.
        Assertions.Clean(GeneratorHarness.Run(source.Replace("[InMemoryFake]", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]", StringComparison.Ordinal)));
    }

    [Fact]
    public void IMF0027_a_unit_of_work_elsewhere_in_the_app_may_save_the_repository_s_writes()
    {
        // A compilation not named by its root: the app is the first two segments of the repository's namespace (Diag.App).
        var source = Sources.Usings + "namespace Diag.App.Data { public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); } }\n"
            + "namespace Diag.App.Repositories {\npublic class User { public int Id { get; set; } }\n[InMemoryFake]\npublic interface IUsers\n{\n    Task<User?> FindAsync(int id);\n    void Add(User user);\n}\n}";
        var d = Single(source, "IMF0027", "[InMemoryFake]");
        Assert.Equal("The writes of 'IUsers' (Add) are stored at once, but Diag.App.Data.IUnitOfWork.SaveChangesAsync may be what stores them (Diag.App.Data.IUnitOfWork holds only saves and no interface hands it out, outside the repository's namespace and those enclosing it, under the app's root namespace Diag.App), and which repositories a unit of work saves the interfaces do not say. Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the writes wait for Diag.App.Data.IUnitOfWork.SaveChangesAsync (this fake then tracks them in the InMemoryFakeOptions.SharedUnitOfWork it shares with that unit of work's fake), or UnitOfWorkWrites.Immediate when each write is stored at once", Message(d));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);

        // Stating either setting is the fix.
        Assertions.Clean(GeneratorHarness.Run(source.Replace("[InMemoryFake]", "[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]", StringComparison.Ordinal)));
    }

    [Fact]
    public void IMF0023_a_unit_of_work_property_that_is_no_repository()
    {
        var source = Entity + "public interface IClock { DateTime Now { get; } }\npublic interface IUserRepository { void Add(User user); User? Find(int id); }\n"
            + "[InMemoryFake]\npublic interface IShopUnitOfWork\n{\n    IUserRepository Users { get; }\n    IClock Clock { get; }\n    Task<int> CompleteAsync();\n}";
        var d = Single(source, "IMF0023", "IClock Clock { get; }");
        Assert.Equal("'Clock' of IShopUnitOfWork, a unit of work of repositories, cannot be generated: its type IClock is not a repository: its members describe no entity type with a key (read as a key-value store); a unit of work's properties are generated as repositories over its change tracker."
            + " Write it in the partial class InMemoryShopUnitOfWork, where ((IInMemoryFake)this).Core reaches the unit of work's tables and change tracker, or change the interface (docs/generator.md#unit-of-work-of-repositories)", Message(d));

        // Writing it in the partial class is the fix: the rest is generated and compiles.
        Assertions.Clean(GeneratorHarness.Run(source + "\npublic partial class InMemoryShopUnitOfWork { public IClock Clock => throw new NotSupportedException(); }"));
    }

    [Fact]
    public void IMF0024_stored_type_is_an_interface()
    {
        var source = Sources.Usings + "namespace Diag;\npublic sealed record JobKey(string Name);\npublic interface IJobDetail { JobKey Key { get; } }\n[InMemoryFake]\npublic interface IJobStore\n{\n"
            + "    Task<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys);\n    Task<IJobDetail?> GetJob(JobKey jobKey);\n}";
        var d = Single(source, "IMF0024", "Task<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys);");
        Assert.Equal("IJobStore stores 'IJobDetail', an interface (GetJob(JobKey) reads one IJobDetail by the JobKey its property Key holds: JobKey is its key, not an entity): a fake stores only classes, records and structs, which it can create and copy, so no fake is generated; when you own IJobStore, declare its members over a class, record or struct that implements IJobDetail; otherwise write its fake by hand", Message(d));
    }

    [Fact]
    public void IMF0025_an_audit_stamp_property_stored_as_given()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Post { public int Id { get; set; } public DateTime CreatedAt { get; set; } }\n[InMemoryFake]\npublic interface IPosts\n{\n"
            + "    void Add(Post post);\n    Post? Find(int id);\n}";
        var d = Single(source, "IMF0025", "[InMemoryFake]");
        Assert.Equal("IPosts stores Post.CreatedAt (System.DateTime), whose name says it is an audit stamp, as it is given: the fake stores the value it is given. If your store stamps it, set CreatedStamp = \"CreatedAt\" (stamped when it inserts) or UpdatedStamp = \"CreatedAt\" (stamped when it updates) on [InMemoryFake]; to say it does not, list it in NotStamped", Message(d));
    }

    [Fact]
    public void IMF0026_an_oblivious_lookup_answers_null_for_a_missing_entity()
    {
        var source = Sources.Usings + "#nullable disable\nnamespace Diag;\npublic class Order { public Guid Id { get; set; } }\n[InMemoryFake]\npublic interface IOrders\n{\n"
            + "    Task AddAsync(Order order);\n    Task<Order> GetAsync(Guid id);\n}";
        var d = Single(source, "IMF0026", "Task<Order> GetAsync(Guid id);");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("IOrders.GetAsync answers null for a missing key: its result Order is declared without nullable annotations (#nullable disable), which does not say what a missing key gives, and the fake answers as most stores of this signature do (EF Core's Find and FirstOrDefault, FreeSql, Dapper's QueryFirstOrDefault). Some throw instead (ABP's application services, MS Learn Tailspin's GetItemAsync): if yours does, set MissingKeyReads = MissingKeyRead.NotFound on [InMemoryFake]; to say it answers null, set MissingKeyReads = MissingKeyRead.Default", Message(d));
    }

    [Fact]
    public void IMF0028_the_fake_class_name_is_taken_by_a_type_that_is_not_a_partial_class()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Post { public int Id { get; set; } }\npublic record InMemoryPosts(int Count);\n[InMemoryFake]\npublic interface IPosts\n{\n"
            + "    void Add(Post post);\n    Post? Find(int id);\n}";
        var d = Single(source, "IMF0028", "public interface IPosts");
        Assert.Equal("The fake of 'Diag.IPosts' is the class 'InMemoryPosts', but namespace Diag already declares a record 'InMemoryPosts' that is not a non-static partial class, so the generated class would not compile beside it; set Name = \"...\" on [InMemoryFake] to give the fake another name, or declare 'InMemoryPosts' as 'partial class InMemoryPosts' to write members of the fake in it", Message(d));
    }

    [Fact]
    public void IMF0029_a_bool_update_answers_false_for_an_entity_that_is_not_stored()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Post { public int Id { get; set; } }\n[InMemoryFake]\npublic interface IPosts\n{\n"
            + "    void Add(Post post);\n    Task<bool> UpdateAsync(Post post);\n}";
        var d = Single(source, "IMF0029", "Task<bool> UpdateAsync(Post post);");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("IPosts.UpdateAsync answers false when the Post given is not stored, and changes nothing, as a Dapper UPDATE (Execute(…) > 0) or MongoDB's ReplaceOne (ModifiedCount) does; EF Core's Update then SaveChanges never answers false: its save throws DbUpdateConcurrencyException for a row that is not there, and the signature does not say which store is behind it. If yours throws, set MissingUpdate = MissingUpdate.NotFound on [InMemoryFake] (the not-found error; NotFoundException = typeof(...) names your store's); to say it answers false, set MissingUpdate = MissingUpdate.Ignore", Message(d));
    }

    [Fact]
    public void IMF0030_a_list_read_by_a_free_text_property_compares_it_equal()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Hotel { public int Id { get; set; } public string Name { get; set; } = \"\"; }\n[InMemoryFake]\npublic interface IHotels\n{\n"
            + "    void Add(Hotel hotel);\n    List<Hotel> GetHotelsByName(string hotelName);\n}";
        var d = Single(source, "IMF0030", "List<Hotel> GetHotelsByName(string hotelName);");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("IHotels.GetHotelsByName lists the Hotel rows whose Name equals the hotelName given (ordinal unless Semantics.TextComparisons says otherwise), the reading of ByName and of a parameter named after Name; stores of this signature also search instead (Name.Contains, LIKE '%' + @hotelName + '%', StartsWith), and the signature does not say which. If yours searches, set TextLookups = TextLookup.Containing on [InMemoryFake] (an ordinal Contains), name the match (ByNameContaining, ByNameStartingWith) or write the member; to say it compares equal, set TextLookups = TextLookup.Equality", Message(d));
    }

    [Fact]
    public void IMF0031_an_average_of_no_rows_throws_where_a_MongoDB_store_answers_0()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Sale { public int Id { get; set; } public decimal Amount { get; set; } }\n[InMemoryFake]\npublic interface ISales\n{\n"
            + "    void Add(Sale sale);\n    decimal Average(Func<Sale, decimal> selector);\n}";
        var d = Single(source, "IMF0031", "decimal Average(Func<Sale, decimal> selector);");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("ISales.Average throws InvalidOperationException (Sequence contains no elements) when no Sale row is aggregated, as LINQ's Average and EF Core's translation of it do for a result that cannot be null; a store that reads the aggregate with FirstOrDefault answers 0 instead (Tharga.MongoDB's $group), and the signature does not say which. If yours answers 0, write the member; a nullable result (decimal?, or a nullable type argument) answers null for no rows", Message(d));
    }

    [Fact]
    public void IMF0001_a_transaction_whose_commit_the_generator_cannot_know()
    {
        // FluentStorage's ITransaction: its in-memory store commits nothing (writes are made at once); another store's may
        // keep the writes until the commit. Only EF Core's and ADO.NET's transactions have a known meaning.
        var source = Entity + "public interface ITransaction : IDisposable { Task CommitAsync(); }\n[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    Task<ITransaction> BeginTransactionAsync();\n}";
        var d = Single(source, "IMF0001", "Task<ITransaction> BeginTransactionAsync();");
        Assert.Equal("'BeginTransactionAsync' of IUsers matches no entity repository convention: it begins a transaction of type ITransaction, whose commit and rollback the generator cannot know (a store's own transaction may keep writes until the commit, or make them at once and commit nothing, as FluentStorage's in-memory store does); only EF Core's IDbContextTransaction and ADO.NET's IDbTransaction/DbTransaction are known. Implement it in the partial class InMemoryUsers, where its Store property reaches the fake's table in one line: Store.Call(nameof(BeginTransactionAsync)) joins the call log and fault injection (docs/generator.md#hand-written-members).", Message(d));
    }

    [Fact]
    public void IMF0001_a_transaction_with_an_isolation_level()
    {
        var source = Entity + "[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    System.Data.IDbTransaction BeginTransaction(System.Data.IsolationLevel isolationLevel);\n}";
        var d = Single(source, "IMF0001", "System.Data.IDbTransaction BeginTransaction(System.Data.IsolationLevel isolationLevel);");
        Assert.StartsWith("'BeginTransaction' of IUsers matches no entity repository convention: it begins a transaction with parameters (isolationLevel), such as an isolation level, which the fake cannot honour: it has one transaction at a time and no other isolation.", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0001_an_EF_Core_transaction_with_a_member_the_generator_does_not_know()
    {
        // A later EF Core adding a member: refused, naming it, rather than implemented with a guessed meaning.
        var source = Sources.Usings + "namespace Microsoft.EntityFrameworkCore.Storage { public interface IDbContextTransaction : IDisposable { void Commit(); void Rollback(); void Prepare(); } }\nnamespace Diag\n{\npublic class User { public int Id { get; set; } }\n[InMemoryFake]\npublic interface IUsers\n{\n    void Add(User user);\n    Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction OpenTransaction();\n}\n}";
        var d = Single(source, "IMF0001", "Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction OpenTransaction();");
        Assert.StartsWith("'OpenTransaction' of IUsers matches no entity repository convention: it begins an EF Core transaction whose member Prepare has no meaning the fake knows (this EF Core version is newer than the generator).", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_member_the_user_implements_gets_no_diagnostic()
    {
        // The escape hatch: a member implemented in the partial class is not parsed as a query, so its bad name is no error.
        var source = People + "    IReadOnlyList<Person> FindByNmae(string name);\n}\npublic sealed partial class InMemoryPeople { public IReadOnlyList<Person> FindByNmae(string name) => []; }";
        Assertions.Clean(GeneratorHarness.Run(source));
    }

    [Fact]
    public void IMF9999_an_unexpected_exception_becomes_a_diagnostic()
    {
        var compilation = GeneratorHarness.Compile(Entity + "[InMemoryFake]\npublic interface IUsers { void Add(User user); }");
        var tree = compilation.SyntaxTrees.Single();
        var node = tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<InterfaceDeclarationSyntax>().Single();
        var model = compilation.GetSemanticModel(tree);
        var symbol = model.GetDeclaredSymbol(node, TestContext.Current.CancellationToken)!;

        // A context with no attributes: the parser fails reading them, and must turn that into IMF9999.
        var constructor = typeof(GeneratorAttributeSyntaxContext).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var context = (GeneratorAttributeSyntaxContext)constructor.Invoke([node, symbol, model, ImmutableArray<AttributeData>.Empty]);
        var result = InMemoryFakes.Generators.Parsing.FakeParser.Parse(context, TestContext.Current.CancellationToken);

        Assert.Null(result.Fake);
        var info = Assert.Single(result.Diagnostics);
        var diagnostic = info.ToDiagnostic();
        Assert.Equal("IMF9999", diagnostic.Id);
        Assert.StartsWith("The InMemoryFakes generator failed on 'IUsers': IndexOutOfRangeException:", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith("; please report this at https://github.com/inmemoryfakes/inmemoryfakes/issues", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void IMF0021_stored_type_whose_whole_state_json_metadata_cannot_reach()
    {
        var source = Sources.Usings + "namespace Diag;\npublic class Counter\n{\n    private int _hits;\n    public int Id { get; set; }\n    public int Hits => _hits;\n    public void Hit() => _hits++;\n}\n[InMemoryFake]\npublic interface ICounters\n{\n    void Add(Counter counter);\n}";
        var d = Single(source, "IMF0021", "[InMemoryFake]");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("InMemoryCounters stores 'Diag.Counter', and no JSON metadata is generated for it: Counter._hits is a non-public field, so its value would not be saved; expose it through a public property, or mark it [JsonIgnore] if it holds no data. Saving it with AddInMemoryFakesPersistence (or showing it in the inspector) needs a JsonSerializerContext in the options' JsonTypes, a registered converter, or the reflection fallback (docs/prototyping.md).", Message(d));

        // The fake is generated and compiles; the type is registered as unsupported with its reason, so a persistence
        // that meets it without other metadata fails naming it, rather than writing a Counter without its hits.
        var run = GeneratorHarness.Run(source);
        Assertions.CompilationOnly(run);
        Assert.Contains("FakeJsonTypes.RegisterUnsupported(typeof(global::Diag.Counter), \"Counter._hits is a non-public field", run.Source(InMemoryFakes.Generators.Emitting.Emitter.JsonHintName), StringComparison.Ordinal);
        Assert.DoesNotContain("Create_Counter", run.Source(InMemoryFakes.Generators.Emitting.Emitter.JsonHintName), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_documented_tracked_and_linked()
    {
        var root = RepositoryRoot();
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        var releases = File.ReadAllText(Path.Combine(root, "src", "Generators", "InMemoryFakes.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in DiagnosticDescriptors.Descriptors)
        {
            Assert.Equal("InMemoryFakes", descriptor.Category);
            Assert.Equal("https://github.com/inmemoryfakes/inmemoryfakes/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains("## " + descriptor.Id + ":", docs, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " | InMemoryFakes | " + descriptor.DefaultSeverity, releases, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_descriptor_has_a_test_here()
    {
        var tests = typeof(DiagnosticTests).GetMethods().Select(static m => m.Name).ToArray();
        foreach (var descriptor in DiagnosticDescriptors.Descriptors)
        {
            Assert.Contains(tests, name => name.StartsWith(descriptor.Id + "_", StringComparison.Ordinal));
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
