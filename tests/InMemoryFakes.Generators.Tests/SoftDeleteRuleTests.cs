using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Deletes of an entity with a deletion flag (IsDeleted, Deleted, SoftDeleted, Removed…): refused until SoftDelete states
/// what they do, since ABP/nopCommerce/MrCMS set the flag where Datasync and a plain EF Core repository remove the row.
/// </summary>
public class SoftDeleteRuleTests
{
    private const string Models = """
        namespace Settings;

        public interface ISoftDelete { bool IsDeleted { get; } }

        public abstract class AuditedEntity : ISoftDelete { public int Id { get; set; } public bool IsDeleted { get; set; } }

        public class Note : AuditedEntity { public string Text { get; set; } = ""; }

        public class Backup { public int Id { get; set; } public bool? Removed { get; set; } }

        public class Order { public int Id { get; set; } public string Name { get; set; } = ""; public bool CanDelete { get; set; } }

        """;

    private const string NoteMembers = """
        {
            void Add(Note note);
            Note? GetById(int id);
            List<Note> GetAll();
            int Count();
            void DeleteById(int id);
            bool Delete(Note note);
            void DeleteRange(IEnumerable<Note> notes);
            int DeleteMany(System.Linq.Expressions.Expression<Func<Note, bool>> predicate);
            int DeleteByText(string text);
            bool Remove(int id);
        }
        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string interfaceName, string members)
        => GeneratorHarness.Run(Sources.Usings + "using System.Linq;\n" + Models + "[InMemoryFake(" + attribute + ")]\npublic interface " + interfaceName + members);

    [Fact]
    public void Every_delete_of_an_entity_with_an_inherited_IsDeleted_flag_is_refused_naming_the_flag_and_the_setting()
    {
        var run = Run("", "INotes", NoteMembers);

        Assert.Equal(new[] { "IMF0001 Delete", "IMF0001 DeleteById", "IMF0001 DeleteByText", "IMF0001 DeleteMany", "IMF0001 DeleteRange", "IMF0001 Remove" }, run.GeneratorDiagnostics.Select(static d => d.Id + " " + Message(d).Split('\'')[1]).OrderBy(static m => m, System.StringComparer.Ordinal).ToArray());
        Assert.Equal(
            "'DeleteById' of INotes matches no entity repository convention: Note has the deletion flag 'IsDeleted', so whether 'DeleteById' removes the row or only sets the flag is the store's own:"
            + " ABP's repositories (ISoftDelete) set it and hide flagged rows from every read, nopCommerce's (ISoftDeletedEntity) and MrCMS set it and still show flagged rows to some reads, CommunityToolkit.Datasync's and a plain EF Core repository remove the row."
            + " State it on [InMemoryFake]: SoftDelete = SoftDelete.None when the deletes remove the row; deletes that set the flag (and reads that hide it) are not generated yet, so write those members."
            + " Implement it in the partial class InMemoryNotes, where its Store property reaches the fake's table in one line: Store.Call(nameof(DeleteById), id) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run.GeneratorDiagnostics.Single(static d => Message(d).StartsWith("'DeleteById'", System.StringComparison.Ordinal))));
        Assert.All(run.CompilationDiagnostics, static d => Assert.Equal("CS0535", d.Id));
    }

    [Fact]
    public void A_nullable_Removed_flag_counts_and_a_flag_whose_name_only_mentions_delete_does_not()
    {
        var backups = Run("", "IBackups", " { void Save(Backup backup); Backup? Get(int id); void DeleteBackup(int id); } ");
        var refused = Assert.Single(backups.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("Backup has the deletion flag 'Removed', so whether 'DeleteBackup' removes the row or only sets the flag", Message(refused), System.StringComparison.Ordinal);

        var orders = Run("", "IOrders", " { void Add(Order order); Order? Get(int id); void Delete(int id); } ");
        Assert.Empty(orders.GeneratorDiagnostics);
    }

    [Fact]
    public void SoftDelete_None_generates_the_deletes_as_removals()
    {
        var run = Run("SoftDelete = SoftDelete.None, MissingDelete = MissingDelete.Ignore", "INotes", NoteMembers);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_interface_with_a_SoftDelete_member_of_its_own_keeps_its_other_deletes()
    {
        var run = Run("", "INotes", " { void Add(Note note); Note? Get(int id); void SoftDelete(int id); void Delete(int id); } ");

        // The deletes are not refused; since h-sample132 the read is, which names no deleted state: whether it leaves the rows
        // SoftDelete marks out is the store's own (Sample132Tests).
        Assert.Equal(new[] { "IMF0001 Get" }, run.GeneratorDiagnostics.Select(static d => d.Id + " " + Message(d).Split('\'')[1]).ToArray());
        Assert.Contains("the interface's 'SoftDelete' keeps the Note rows it deletes and marks them", Message(run.GeneratorDiagnostics[0]), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IOrders", " { void Add(Order order); Order? Get(int id); void Delete(int id); } ", "SoftDelete = SoftDelete.None", "SoftDelete = None: Order has no deletion flag (a bool IsDeleted, Deleted, SoftDeleted, Removed or IsRemoved, or a nullable deletion time such as DeletedAt or DeletionTime), so its deletes are not in doubt and the setting states nothing")]
    [InlineData("INotes", " { void Add(Note note); Note? Get(int id); void Delete(int id); } ", "SoftDelete = (SoftDelete)5", "SoftDelete = 5 is not a SoftDelete (Unstated or None)")]
    public void A_SoftDelete_that_states_nothing_is_IMF0010(string interfaceName, string members, string attribute, string problem)
    {
        var run = Run(attribute, interfaceName, members);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on '" + interfaceName + "': " + problem, Message(diagnostic));
    }

    [Fact]
    public void SoftDelete_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(SoftDelete = SoftDelete.None)]\npublic interface ICache { string? Get(string key); void Set(string key, string value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICache': SoftDelete: it says what an entity repository's deletes of an entity with a deletion flag do, and ICache is a key-value store", Message(diagnostic));
    }
}
