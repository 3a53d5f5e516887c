using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>PresetKeyOnAdd = GenerateWhenUnset: a null or empty string key is filled with a Guid text, and its IMF0010s.</summary>
public class PresetKeyGenerateWhenUnsetSettingTests
{
    private const string Mongo = """
        namespace MongoDB.Bson { public enum BsonType { ObjectId = 7 } }
        namespace MongoDB.Bson.Serialization.Attributes
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class BsonRepresentationAttribute : System.Attribute { public BsonRepresentationAttribute(MongoDB.Bson.BsonType representation) { } }
        }

        """;

    private const string Types = """
        public class TodoItem { public string? Id { get; set; } public string Name { get; set; } = ""; }

        public class Ticket { public int Id { get; set; } public string Title { get; set; } = ""; }

        public class Frozen { public string Id { get; } = ""; }

        public class Book { [MongoDB.Bson.Serialization.Attributes.BsonRepresentation(MongoDB.Bson.BsonType.ObjectId)] public string? Id { get; set; } }

        """;

    /// <summary>The types and the declarations in one block-scoped namespace, after the MongoDB attribute stand-in.</summary>
    private static string Source(string declarations) => Sources.Usings + Mongo + "namespace Settings\n{\n" + Types + declarations + "\n}\n";

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void It_generates_the_key_and_lets_an_add_returning_the_string_key_through()
    {
        var run = GeneratorHarness.Run(Source("""
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset)]
            public interface ITodos { Task AddItemAsync(TodoItem item); Task<string> CreateAsync(TodoItem item); TodoItem? Find(string id); }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("GuidTextKeys = true", run.Source("ITodos.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_it_an_add_returning_a_string_key_is_refused_and_names_both_settings()
    {
        var run = GeneratorHarness.Run(Source("""
            [InMemoryFake]
            public interface ITodos { Task<string> CreateAsync(TodoItem item); TodoItem? Find(string id); }
            """));

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("PresetKeyOnAdd = PresetKeyOnAdd.Replace; if it gives one only to a TodoItem added without a key (item.Id ??= Guid.NewGuid().ToString()), PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset", Message(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public interface ITickets { void Add(Ticket item); Ticket? Find(int id); }", "ITickets", "PresetKeyOnAdd = GenerateWhenUnset: the key of Settings.Ticket is not a string (int), and a key the store numbers is already given to an entity added without one under the default, Keep; the setting says a store fills a null or empty string key with Guid.NewGuid().ToString(); leave it out")]
    [InlineData("public interface IFrozen { void Add(Frozen item); Frozen? Find(string id); }", "IFrozen", "PresetKeyOnAdd = GenerateWhenUnset: the key of Settings.Frozen has no setter the fake can call (a public set, or init on a record or struct), so an add cannot fill it")]
    [InlineData("public interface IBooks { void Add(Book item); Book? Find(string id); }", "IBooks", "PresetKeyOnAdd = GenerateWhenUnset: the key of Settings.Book is a MongoDB ObjectId ([BsonRepresentation(BsonType.ObjectId)]), which the fake already fills when it is unset, as the driver does; leave the setting out")]
    [InlineData("public interface ITodos { void Update(TodoItem item); TodoItem? Find(string id); bool Remove(string id); }", "ITodos", "PresetKeyOnAdd = GenerateWhenUnset: no member of ITodos adds an entity (Add, Insert, Create…, a range of them, or a Save/Upsert that inserts), so nothing would fill an unset key")]
    public void Where_it_cannot_hold_it_is_IMF0010(string declaration, string name, string problem)
    {
        var run = GeneratorHarness.Run(Source("[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset)]\n" + declaration));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on '" + name + "': " + problem, Message(diagnostic));
    }
}
