using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The settings that state what no signature shows (CreatedStamp/UpdatedStamp/UpdatedStampOnInsert/NotStamped,
/// PresetKeyOnAdd, BlankKeys), their IMF0010 refusals, and IMF0025 (Info) for an audit-looking property no setting names.
/// </summary>
public class StoreFactSettingTests
{
    private const string Orders = """
        namespace Settings;

        public class Order
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public System.DateTime CreatedOnUtc { get; set; }
            public System.DateTimeOffset? UpdatedAt { get; set; }
            public string CreatedBy { get; set; } = "";
            public int Version2 { get; set; }
            public System.DateTime CreatedReadOnly { get; init; }
        }

        """;

    private const string Members = " { Order Add(Order order); Order Update(Order order); Order? Find(int id); } ";

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string members = Members)
        => GeneratorHarness.Run(Sources.Usings + Orders + "[InMemoryFake(" + attribute + ")]\npublic interface IOrders" + members);

    [Fact]
    public void Stated_stamps_and_a_refused_preset_key_generate_cleanly()
    {
        var run = Run("CreatedStamp = \"CreatedOnUtc\", UpdatedStamp = \"UpdatedAt\", UpdatedStampOnInsert = StampOnInsert.Leave, PresetKeyOnAdd = PresetKeyOnAdd.Refuse");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_audit_looking_property_no_setting_names_is_IMF0025_info_once_per_property()
    {
        var run = Run("CreatedStamp = \"CreatedOnUtc\"");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0025", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(
            "IOrders stores Order.UpdatedAt (System.DateTimeOffset?), whose name says it is an audit stamp, as it is given: the fake stores the value it is given. If your store stamps it, set CreatedStamp = \"UpdatedAt\" (stamped when it inserts) or UpdatedStamp = \"UpdatedAt\" (stamped when it updates) on [InMemoryFake]; to say it does not, list it in NotStamped",
            Message(diagnostic));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void NotStamped_says_the_store_does_not_stamp_and_silences_IMF0025()
    {
        var run = Run("NotStamped = new[] { \"CreatedOnUtc\", \"UpdatedAt\" }");

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void A_store_without_writes_gets_no_IMF0025()
    {
        var run = Run("", " { Order? Find(int id); int Count(); } ");

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0025");
    }

    [Theory]
    [InlineData("CreatedStamp = \"Created\"", "CreatedStamp = \"Created\": it is not a property of Settings.Order (properties: CreatedBy, CreatedOnUtc, CreatedReadOnly, Id, Name, UpdatedAt, Version2)")]
    [InlineData("CreatedStamp = \"CreatedBy\"", "CreatedStamp = \"CreatedBy\": Order.CreatedBy is string; a stamp is a DateTime (written in UTC), a DateTimeOffset (offset zero) or a nullable of either")]
    [InlineData("CreatedStamp = \"CreatedReadOnly\"", "CreatedStamp = \"CreatedReadOnly\": Order.CreatedReadOnly has no setter the fake can call (a public set, or init on a record or struct); the store writes it, so the fake must too")]
    [InlineData("UpdatedStamp = \"UpdatedAt\"", "UpdatedStamp = \"UpdatedAt\": whether an insert stamps it too is the store's own (ABP and GrandNode leave it unset, an upsert that stamps every write sets it); say it with UpdatedStampOnInsert = StampOnInsert.Stamp or StampOnInsert.Leave")]
    [InlineData("UpdatedStampOnInsert = StampOnInsert.Stamp", "UpdatedStampOnInsert: it says whether an insert stamps the UpdatedStamp property, and UpdatedStamp is not set")]
    [InlineData("NotStamped = new[] { \"Nope\" }", "NotStamped: \"Nope\" is not a property of Settings.Order")]
    [InlineData("PresetKeyOnAdd = (PresetKeyOnAdd)7", "PresetKeyOnAdd = 7 is not a PresetKeyOnAdd (Keep, Refuse, Replace or GenerateWhenUnset)")]
    [InlineData("BlankKeys = BlankKeys.Store", "BlankKeys: it says what a store does with an empty or white-space string key, and the key of Settings.Order is int")]
    public void A_wrong_entity_setting_is_IMF0010_naming_what_is_wrong(string attribute, string problem)
    {
        var silence = attribute.StartsWith("NotStamped", StringComparison.Ordinal) ? "" : ", NotStamped = new[] { \"CreatedOnUtc\", \"UpdatedAt\" }";
        var run = Run(attribute + silence);

        Assert.True(run.GeneratorDiagnostics.Count(static d => d.Id == "IMF0010") == 1, run.Describe());
        var diagnostic = run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0010");
        Assert.Equal("[InMemoryFake] on 'IOrders': " + problem, Message(diagnostic));
    }

    [Fact]
    public void Ignoring_an_entity_with_a_blank_string_key_is_IMF0010_and_storing_or_refusing_it_generates_cleanly()
    {
        static GeneratorRun Tags(string setting) => GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            public class Tag { public string Id { get; set; } = ""; }

            [InMemoryFake(BlankKeys = BlankKeys.
            """ + setting + """
            )]
            public interface ITags { void Add(Tag tag); Tag? Find(string id); }
            """);

        var ignore = Tags("Ignore");

        Assert.Equal(
            "[InMemoryFake] on 'ITags': BlankKeys = Ignore: an entity repository keeps an entity whose key is empty or white space (Store: EF Core, Dapper, a SQL INSERT) or refuses it (Throw: Cosmos DB); one that drops the write is not supported",
            Message(Assert.Single(ignore.GeneratorDiagnostics)));
        Assert.Empty(Tags("Store").GeneratorDiagnostics);
        Assert.Empty(Tags("Throw").GeneratorDiagnostics);
    }

    [Fact]
    public void Refusing_a_preset_key_where_the_store_numbers_nothing_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            public class Tag { public string Id { get; set; } = ""; }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]
            public interface ITags { void Add(Tag tag); Tag? Find(string id); }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(
            "[InMemoryFake] on 'ITags': PresetKeyOnAdd = Refuse: the store does not number the entities it inserts (the key of Settings.Tag is not a settable int, long or Guid, or a wrapper of one), so a key set before the add is the only key it can have",
            Message(diagnostic));
    }

    [Fact]
    public void Refusing_a_preset_key_where_nothing_adds_is_IMF0010()
    {
        var run = Run("PresetKeyOnAdd = PresetKeyOnAdd.Refuse, NotStamped = new[] { \"CreatedOnUtc\", \"UpdatedAt\" }", " { bool Delete(int id); Order? Find(int id); } ");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'IOrders': PresetKeyOnAdd = Refuse: no member of IOrders adds an entity (Add, Insert, Create…, a range of them, or a Save/Upsert that inserts; an Update that MissingUpdate = Insert makes insert keeps the key it is given), so nothing would refuse a preset key", Message(diagnostic));
    }

    [Fact]
    public void Refusing_a_preset_key_governs_the_insert_of_a_save_that_numbers_new_entities()
    {
        // juan-mejiap/Costumer's SaveOrder: "Id == 0 ? Add : Update" over EF Core, whose Update of an Id not stored throws
        // DbUpdateConcurrencyException. Before h-sample40 the fake inserted such an order under its Id, silently, and
        // Refuse was IMF0010 here (nothing adds).
        var run = Run("PresetKeyOnAdd = PresetKeyOnAdd.Refuse, NotStamped = new[] { \"CreatedOnUtc\", \"UpdatedAt\" }", " { void Save(Order order); Order? Find(int id); int Count(); } ");

        Assert.Empty(run.GeneratorDiagnostics);
        BehaviourCheck.Run(run, """
            using Settings;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IOrders orders = new InMemoryOrders();
                    var first = new Order { Name = "a" };
                    orders.Save(first);
                    Is(1, first.Id, "a save of an unset key numbers it");
                    orders.Save(new Order { Id = 1, Name = "b" });
                    Is("b", orders.Find(1)?.Name, "a save of a stored key replaces it");
                    Throws<System.InvalidOperationException>(() => orders.Save(new Order { Id = 9, Name = "c" }), null, "a save of a preset key not stored is refused");
                    Is(null, orders.Find(9), "and stores nothing");
                    Is(1, orders.Count(), "nothing at all");
                    var second = new Order { Name = "d" };
                    orders.Save(second);
                    Is(2, second.Id, "the numbering goes on where it was");
                }
            }
            """);
    }

    [Theory]
    [InlineData("CreatedStamp = \"At\"", "CreatedStamp = \"At\": it says which entity property an entity repository stamps when it inserts, and ICache is a key-value store")]
    [InlineData("PresetKeyOnAdd = PresetKeyOnAdd.Refuse", "PresetKeyOnAdd: it says what an entity repository's add of an entity with a key already set does, and ICache is a key-value store")]
    public void An_entity_setting_on_a_key_value_store_is_IMF0010(string attribute, string problem)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(" + attribute + ")]\npublic interface ICache { string? Get(string key); void Set(string key, string value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICache': " + problem, Message(diagnostic));
    }

    [Fact]
    public void A_store_of_several_entity_types_needs_the_stamp_on_every_type()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            public class Post { public int Id { get; set; } public System.DateTime CreatedAt { get; set; } }
            public class Comment { public int Id { get; set; } public int PostId { get; set; } }

            [InMemoryFake(CreatedStamp = "CreatedAt")]
            public interface IBlog
            {
                void AddPost(Post post);
                void AddComment(Comment comment);
                Post? GetPost(int id);
                Comment? GetComment(int id);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'IBlog': CreatedStamp = \"CreatedAt\": it is not a property of Settings.Comment (properties: Id, PostId)", Message(diagnostic));
    }

    [Theory]
    [InlineData("public interface IPostRepository { void Add(Post post); Post? Get(int id); }\n[InMemoryFake(CreatedStamp = \"CreatedAt\")]\npublic interface IUnitOfWork { IPostRepository Posts { get; } int SaveChanges(); }", "IUnitOfWork", "unit of work of repositories (these settings are not applied to one yet)")]
    public void The_stamp_settings_where_they_are_not_applied_yet_are_IMF0010(string declarations, string name, string kind)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\npublic class Post { public int Id { get; set; } public System.DateTime CreatedAt { get; set; } }\n" + declarations);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0010"));
        Assert.Equal("[InMemoryFake] on '" + name + "': CreatedStamp = \"CreatedAt\": it says which entity property an entity repository stamps when it inserts, and " + name + " is a " + kind, Message(diagnostic));
    }

    [Theory]
    [InlineData("BlankKeys.Ignore")]
    [InlineData("BlankKeys.Throw")]
    public void BlankKeys_on_a_store_of_string_keys_generates_cleanly(string setting)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(BlankKeys = " + setting + ")]\npublic interface ICache { string? Get(string key); void Set(string key, string value); bool Remove(string key); bool Exists(string key); }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void BlankKeys_on_a_store_of_other_keys_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(BlankKeys = BlankKeys.Throw)]\npublic interface ICounts { int? Get(int key); void Set(int key, int value); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("[InMemoryFake] on 'ICounts': BlankKeys: it says what a store of string keys does with a null, empty or white-space key, and the keys of ICounts are int", Message(diagnostic));
    }

    [Fact]
    public void BlankKeys_Ignore_refuses_a_member_whose_result_for_an_ignored_key_is_not_said()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(BlankKeys = BlankKeys.Ignore)]\npublic interface ICounters { long? Get(string key); long Increment(string key); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.StartsWith(
            "'Increment' of ICounters matches no key-value store convention: under BlankKeys = Ignore a blank key must find nothing, and what this member gives for a key it ignores is not said",
            Message(diagnostic),
            StringComparison.Ordinal);
    }

    [Fact]
    public void BlankKeys_refuses_a_member_taking_a_collection_of_keys()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Settings;\n[InMemoryFake(BlankKeys = BlankKeys.Throw)]\npublic interface ICache { string? Get(string key); void Set(string key, string value); int RemoveMany(System.Collections.Generic.IEnumerable<string> keys); }");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("under BlankKeys = Throw a member that takes its keys in a collection or an item (or an indexer) is not guarded yet", Message(diagnostic), StringComparison.Ordinal);
    }
}
