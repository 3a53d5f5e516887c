using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Orleans' <c>IReminderTable</c> is a complete fake by its framework contract (Conventions.FrameworkReminderTables),
/// matched by its full name; the same shape in another namespace keeps the general rules and is refused, and so is the
/// contract when its row type is not the one the rules were read from.
/// </summary>
public class ReminderTableTests
{
    private const string GrainId = """
        namespace Orleans.Runtime
        {
            public readonly record struct GrainId(string Type, string Key)
            {
                public uint GetUniformHashCode() => (uint)Type.Length * 31u + (uint)Key.Length;
            }
        }

        """;

    private const string Rows = """
        namespace Orleans
        {
            public sealed class ReminderTableData
            {
                public ReminderTableData(IEnumerable<ReminderEntry> list) { Reminders = new List<ReminderEntry>(list); }
                public ReminderTableData() { Reminders = Array.Empty<ReminderEntry>(); }
                public IList<ReminderEntry> Reminders { get; private set; }
            }

            public sealed class ReminderEntry
            {
                public Orleans.Runtime.GrainId GrainId { get; set; }
                public string ReminderName { get; set; } = null!;
                public DateTime StartAt { get; set; }
                public TimeSpan Period { get; set; }
                public string? ETag { get; set; }
            }
        }

        """;

    private const string Members = """
            Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
            Task<ReminderTableData> ReadRows(Orleans.Runtime.GrainId grainId);
            Task<ReminderTableData> ReadRows(Orleans.Runtime.GrainId grainId, CancellationToken cancellationToken) => ReadRows(grainId);
            Task<ReminderTableData> ReadRows(uint begin, uint end);
            Task<ReminderEntry?> ReadRow(Orleans.Runtime.GrainId grainId, string reminderName);
            Task<string?> UpsertRow(ReminderEntry entry);
            Task<bool> RemoveRow(Orleans.Runtime.GrainId grainId, string reminderName, string eTag);
            Task TestOnlyClearTable();
        """;

    private const string Table = "namespace Orleans { public interface IReminderTable {\n" + Members + "\n} }\n";

    private const string Fake = "namespace App { [InMemoryFake(typeof(Orleans.IReminderTable))] public partial class ReminderTableFake; }";

    [Fact]
    public void Orleans_IReminderTable_is_complete_by_its_framework_contract()
    {
        var run = GeneratorHarness.Run(Sources.Usings + GrainId + Rows + Table + Fake);

        Assertions.Clean(run);
        var source = run.Source("ReminderTableFake.InMemoryFake.g.cs");
        Assert.Contains("global::InMemoryFakes.Support.HashRing.InRange(__row.GrainId.GetUniformHashCode(), begin, end)", source, StringComparison.Ordinal);
        Assert.Contains(".RemoveIf((grainId, reminderName), __row => global::System.String.Equals(__row.ETag, eTag, global::System.StringComparison.Ordinal))", source, StringComparison.Ordinal);
        Assert.Contains("ETag = __eTag };", source, StringComparison.Ordinal);

        // The CancellationToken overload is a default interface member that calls the abstract one: not generated.
        Assert.Single(source.Split('\n'), static l => l.Contains("ReadRows(global::Orleans.Runtime.GrainId grainId", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_type_with_a_property_the_rules_do_not_know_refuses_every_member()
    {
        var rows = Rows.Replace("public string? ETag { get; set; }", "public string? ETag { get; set; }\n        public int Priority { get; set; }", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Sources.Usings + GrainId + rows + Table + Fake);

        Assertions.NeverFailed(run);
        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(6, refused.Length);
        Assert.All(refused, static m => Assert.Contains("Orleans.ReminderEntry is not the row these rules were read from", m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("StringKeys = StringKeyComparison.OrdinalIgnoreCase", "StringKeys: it says how a key-value store's or an entity repository's string keys compare, and IReminderTable is a framework reminder table")]
    [InlineData("IgnoredParameters = new[] { \"eTag\" }", "IgnoredParameters: every parameter of IReminderTable, a framework reminder table, has the meaning the framework's rules give it, so none is ignored")]
    public void A_key_setting_the_framework_contract_does_not_apply_is_IMF0010(string setting, string message)
    {
        var run = GeneratorHarness.Run(Sources.Usings + GrainId + Rows + Table
            + "namespace App { [InMemoryFake(typeof(Orleans.IReminderTable), " + setting + ")] public partial class ReminderTableFake; }");

        Assertions.NeverFailed(run);
        var reported = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", reported.Id);
        Assert.Contains(message, reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_added_to_IReminderTable_by_your_own_interface_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + GrainId + Rows + Table
            + "namespace App { [InMemoryFake] public interface IMyReminderTable : Orleans.IReminderTable { Task<int> CountAsync(); } }");

        Assertions.GeneratorReported(run, "IMF0001");
        Assert.Contains("it is not a member of the framework reminder table this interface extends", run.GeneratorDiagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_alike_of_IReminderTable_in_your_own_namespace_is_still_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + GrainId + Rows
            + "namespace App { using Orleans; [InMemoryFake] public interface IReminderTable {\n" + Members + "\n} }");

        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.Sources.Values, static s => s.Contains("HashRing", StringComparison.Ordinal));
        Assert.NotEmpty(run.GeneratorDiagnostics);
    }
}
