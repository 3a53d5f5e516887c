using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>PresetKeyOnAdd = Replace: every add gives a new key (a string one as a Guid text), and its IMF0010s.</summary>
public class PresetKeyReplaceSettingTests
{
    private const string Items = Sources.Usings + """
        namespace Settings;

        public class TodoItem { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }

        public class Ticket { public int Id { get; set; } public string Title { get; set; } = ""; }

        public class Frozen { public string Id { get; } = ""; }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Replace_generates_a_string_key_and_lets_an_add_returning_it_through()
    {
        var run = GeneratorHarness.Run(Items + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
            public interface ITodos { void Add(TodoItem item); TodoItem? Find(string id); TodoItem? Remove(string id); }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
            public interface IEvents { Task<string> CreateEvent(TodoItem item); TodoItem? Find(string id); }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
            public interface ITickets { Ticket Insert(Ticket ticket); Ticket? Find(int id); }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Without_it_an_add_returning_a_string_key_stays_refused_and_names_the_setting()
    {
        var run = GeneratorHarness.Run(Items + """
            [InMemoryFake]
            public interface IEvents { Task<string> CreateEvent(TodoItem item); TodoItem? Find(string id); }
            """);

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("or implement it; if the store gives every added TodoItem a new Guid string whatever it holds, state it on [InMemoryFake]: PresetKeyOnAdd = PresetKeyOnAdd.Replace", Message(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public interface IFrozen { void Add(Frozen item); Frozen? Find(string id); }", "IFrozen", "PresetKeyOnAdd = Replace: the key of Settings.Frozen is not one the store can give (a settable string, int, long or Guid, or a wrapper of one), so an add cannot replace it")]
    [InlineData("public interface ITodos { void Update(TodoItem item); TodoItem? Find(string id); void Save(TodoItem item); }", "ITodos", "PresetKeyOnAdd = Replace: no member of ITodos adds an entity (Add, Insert, Create…), so nothing would replace a preset key")]
    public void Replace_where_it_cannot_hold_is_IMF0010(string declaration, string name, string problem)
    {
        var run = GeneratorHarness.Run(Items + "[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]\n" + declaration);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on '" + name + "': " + problem, Message(diagnostic));
    }
}
