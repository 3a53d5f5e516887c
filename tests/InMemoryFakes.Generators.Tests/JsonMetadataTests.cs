using System;
using System.Linq;
using InMemoryFakes.Generators.Emitting;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The JSON metadata the generator emits for the types fakes store (docs/prototyping.md).</summary>
public class JsonMetadataTests
{
    internal const string Shop = Sources.Usings + """
        using System.Collections.Immutable;
        using System.Diagnostics.CodeAnalysis;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        namespace Shop;

        public enum Status { Open, Shipped }

        public sealed class Line
        {
            public string Sku { get; set; } = "";
            public int Quantity { get; set; }
            public decimal? Price { get; set; }
        }

        public record Address(string City, string Street)
        {
            public string? Zip { get; init; }
        }

        public struct Money
        {
            public decimal Amount { get; set; }
            public string Currency { get; set; }
        }

        public readonly struct Coordinates
        {
            public Coordinates(double lat, double lon) { Lat = lat; Lon = lon; }
            public double Lat { get; }
            public double Lon { get; }
        }

        public class Order
        {
            public int Id { get; set; }
            public required string Customer { get; set; }
            public Status Status { get; set; }
            public Status? Previous { get; set; }
            [JsonConverter(typeof(JsonStringEnumConverter))] public Status Stage { get; set; }
            public List<Line> Lines { get; set; } = new();
            public Line[] Extras { get; set; } = [];
            public HashSet<string> Labels { get; } = new();
            public Dictionary<string, int> Counts { get; set; } = new();
            public IReadOnlyList<Address> Addresses { get; set; } = [];
            public Address? Shipping { get; set; }
            public Money Total { get; set; }
            public Coordinates? Where { get; set; }
            public (string Carrier, int Attempt) Delivery { get; set; }
            public ImmutableArray<int> Scores { get; set; } = [];
            public object? Tag { get; set; }
            [JsonPropertyName("note")] public string? Note { get; set; }
            [JsonIgnore] public string Cache { get; set; } = "";
            public string Summary => Customer + " " + Lines.Count;
            public int Version { get; set; }
            public Guid Reference;
        }

        public sealed class Shelf
        {
            [FakeKey] public string Aisle { get; set; } = "";
            [FakeKey] public int Number { get; set; }
            public Dictionary<Status, List<Line>> ByStatus { get; set; } = new();
        }

        [InMemoryFake]
        public interface IOrders
        {
            Order Add(Order order);
            Order? Find(int id);
            Order Update(Order order);
        }

        [InMemoryFake]
        public interface IShelves
        {
            Shelf Add(Shelf shelf);
            Shelf? Find(string aisle, int number);
        }

        [InMemoryFake]
        public interface ILineCache
        {
            Line? Get(string key);
            void Set(string key, Line value);
        }
        """;

    [Fact]
    public void Registrations_for_entities_values_composite_keys_and_every_reachable_type()
    {
        var run = GeneratorHarness.Run(Shop);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Each_type_is_registered_once_per_assembly_however_many_fakes_store_it()
    {
        var json = GeneratorHarness.Run(Shop).Source(Emitter.JsonHintName);

        // Line is reached from IOrders (Order.Lines, Order.Extras), IShelves (Shelf.ByStatus) and ILineCache (its values).
        Assert.Equal(1, Count(json, "if (type == typeof(global::Shop.Line))"));
        Assert.Equal(1, Count(json, "private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<global::Shop.Line> Create_Line("));
    }

    [Fact]
    public void Built_in_types_get_no_registration_and_a_store_of_only_built_ins_emits_no_file()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Cache;
            [InMemoryFake]
            public interface ITokens
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        Assertions.Clean(run);
        Assert.DoesNotContain(run.Sources.Keys, static k => k == Emitter.JsonHintName);
        Assert.DoesNotContain("typeof(int)", GeneratorHarness.Run(Shop).Source(Emitter.JsonHintName), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_emitted_when_the_compilation_does_not_reference_the_runtime_serialization_types()
    {
        var references = GeneratorHarness.References.Where(static r => !r.Display!.EndsWith("InMemoryFakes.dll", StringComparison.Ordinal)).ToList();
        var compilation = GeneratorHarness.Compile(Shop).WithReferences(references);

        var run = GeneratorHarness.Run(compilation);

        Assert.DoesNotContain(run.Sources.Keys, static k => k == Emitter.JsonHintName);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void Records_and_init_members_are_read_through_the_parameterized_constructor()
    {
        var json = GeneratorHarness.Run(Shop).Source(Emitter.JsonHintName);

        Assert.Contains("ObjectWithParameterizedConstructorCreator = static args => new global::Shop.Address((string)args[0]!, (string)args[1]!) { Zip = (string?)args[2]! },", json, StringComparison.Ordinal);
        Assert.Contains("ObjectWithParameterizedConstructorCreator = static args => new global::Shop.Order() { Customer = (string)args[0]! },", json, StringComparison.Ordinal);
        Assert.Contains("ObjectWithParameterizedConstructorCreator = static args => new global::Shop.Coordinates((double)args[0]!, (double)args[1]!),", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_generic_fake_emits_nothing_because_its_types_are_closed_where_it_is_created()
    {
        var run = GeneratorHarness.Run(Sources.OpenGenericRepository);

        Assertions.Clean(run);
        Assert.DoesNotContain(run.Sources.Keys, static k => k == Emitter.JsonHintName);
    }

    /// <summary>A type stored by <c>IThings</c> (through <c>Thing.Part</c>), with what IMF0021 must say about it (null: it is described).</summary>
    public static TheoryData<string, string, string?> Shapes => new()
    {
        { "get-only auto-property", "public class Part { public int A { get; set; } public DateTime Issued { get; } = DateTime.UnixEpoch; }", "Part.Issued is read-only and no constructor parameter of the same name and type sets it" },
        { "private setter", "public class Part { public int A { get; private set; } }", "Part.A has a setter generated code cannot call (private) and no constructor parameter" },
        { "private setter set by the constructor", "public class Part { public Part(int a) { A = a; } public int A { get; private set; } }", null },
        { "private field", "public class Part { private int _a; public int A => _a; public void Bump() => _a++; }", "Part._a is a non-public field, so its value would not be saved" },
        { "[JsonIgnore] private field", "public class Part { [System.Text.Json.Serialization.JsonIgnore] private readonly object _gate = new(); public int A { get; set; } }", null },
        { "readonly immutable field set by the only constructor", "public class Part { private readonly string _a; public Part(string a) { _a = a; } public string A => _a; }", null },
        { "non-public auto-property", "public class Part { public int A { get; set; } internal int B { get; set; } }", "Part.B is not public, so its value would not be saved" },
        { "delegate member", "public class Part { public Action? OnChange { get; set; } }", "its member 'OnChange' is a delegate (System.Action), which JSON cannot hold; mark it [JsonIgnore] if it is not state" },
        { "[JsonIgnore] delegate member", "public class Part { [System.Text.Json.Serialization.JsonIgnore] public Action? OnChange { get; set; } public int A { get; set; } }", null },
        { "stream member", "public class Part { public Stream? Content { get; set; } }", "its member 'Content' is a stream (System.IO.Stream)" },
        { "abstract type", "public abstract class Part { public int A { get; set; } }", "it is abstract, so a value can be of any type derived from it" },
        { "interface", "public interface Part { int A { get; } }", "it is an interface, so a value can be of any type that implements it" },
        { "framework type", "public class Part { public System.Net.IPAddress? Address { get; set; } }", "'System.Net.IPAddress' (through Thing.Part.Address), and no JSON metadata is generated for it: it is a framework type" },
        { "record keys", "public class Part { public Dictionary<Key, int> Counts { get; set; } = new(); } public record Key(int X);", "its keys are Things.Key, which cannot be JSON property names" },
        { "the one constructor that sets every read-only member", "public class Part { public Part(int a) { A = a; } public Part(int a, int b) { A = a; B = b; } public int A { get; } public int B { get; } }", null },
        { "several constructors", "public class Part { public Part(int a, int b) { A = a; B = b; } public Part(int a, int b, int c) { A = a; B = b; C = c; } public int A { get; } public int B { get; } public int C { get; set; } }", "several of its constructors can create it (Part.Part(int, int), Part.Part(int, int, int)); mark the one to read it with [JsonConstructor]" },
        { "[JsonConstructor] picks one", "public class Part { [System.Text.Json.Serialization.JsonConstructor] public Part(int a, int b) { A = a; B = b; } public Part(int a) { A = a; } public int A { get; } public int B { get; } }", null },
        { "constructor parameter of another type", "public class Part { public Part(long a) { A = (int)a; } public int A { get; } }", "Part.A is read-only and no constructor parameter of the same name and type sets it" },
        { "five-part tuple", "public class Part { public (int, int, int, int, int) Five { get; set; } }", "it is a value tuple of 5 parts (2 to 4 are written as JSON arrays)" },
        { "get-only collection", "public class Part { public List<string> Tags { get; } = new(); public Dictionary<string, int> Counts { get; } = new(); }", null },
        { "record with computed property", "public record Part(string Name) { public int Length => Name.Length; }", null },
        { "readonly record struct", "public readonly record struct Part(string Name, int Count);", null },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_stored_type_is_described_or_refused_with_the_reason(string shape, string part, string? reason)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Things;\n" + part + "\npublic class Thing { public int Id { get; set; } public Part? Part { get; set; } }\n[InMemoryFake] public interface IThings { void Add(Thing thing); }");

        Assertions.CompilationOnly(run);
        var json = run.Source(Emitter.JsonHintName);
        Assert.Contains("Create_Thing(", json, StringComparison.Ordinal);
        if (reason is null)
        {
            // Copy warnings (IMF0020) are another planner's business; this test is about the JSON metadata.
            Assert.True(run.GeneratorDiagnostics.All(static d => d.Id != "IMF0021"), shape + ": " + run.Describe());
            return;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0021");
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_member_type_is_reported_with_the_path_it_was_reached_by()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Things;\npublic class Gadget { private int _x; public int X => _x; }\npublic class Part { public List<Gadget> Gadgets { get; set; } = new(); }\npublic class Thing { public int Id { get; set; } public Part Part { get; set; } = new(); }\n[InMemoryFake] public interface IThings { void Add(Thing thing); }");

        var message = Assert.Single(run.GeneratorDiagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("InMemoryThings stores 'Things.Gadget' (through Thing.Part.Gadgets[]), and no JSON metadata is generated for it: Gadget._x is a non-public field", message, StringComparison.Ordinal);

        // Part and the list are still described: their Gadget members find metadata wherever the app provides it.
        var json = run.Source(Emitter.JsonHintName);
        Assert.Contains("Create_Part(", json, StringComparison.Ordinal);
        Assert.Contains("Create_ListOfGadget(", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Create_Gadget(", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable)]
    [InlineData(NullableContextOptions.Warnings)]
    [InlineData(NullableContextOptions.Annotations)]
    [InlineData(NullableContextOptions.Enable)]
    public void The_emitted_metadata_compiles_without_warnings_in_every_nullable_context(NullableContextOptions nullable)
    {
        var compilation = GeneratorHarness.Compile(Shop);
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(nullable));

        var run = GeneratorHarness.Run(compilation);

        var json = run.OutputCompilation.SyntaxTrees.Single(static t => t.FilePath.EndsWith(Emitter.JsonHintName, StringComparison.Ordinal));
        var inJson = run.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == json)
            .ToArray();
        Assert.True(inJson.Length == 0, string.Join("\n", inJson.Select(static d => d.ToString())));
    }

    [Fact]
    public void Adding_a_property_to_a_stored_type_regenerates_the_metadata_and_an_unrelated_edit_does_not()
    {
        var compilation = GeneratorHarness.Compile(Shop, "namespace Other; public class Unrelated { }");
        var first = GeneratorHarness.Run(compilation);
        var shop = compilation.SyntaxTrees.First();

        var unrelated = first.Driver.RunGenerators(
            compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int X; }", GeneratorHarness.ParseOptions, path: "Source1.cs", cancellationToken: TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);
        Assert.All(unrelated.GetRunResult().Results[0].TrackedSteps[TrackingNames.JsonMetadata].SelectMany(static s => s.Outputs), static o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var edited = Shop.Replace("public int Quantity { get; set; }", "public int Quantity { get; set; }\n    public string? Comment { get; set; }", StringComparison.Ordinal);
        var changed = first.Driver.RunGenerators(
            compilation.ReplaceSyntaxTree(shop, Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: shop.FilePath, cancellationToken: TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);
        var result = changed.GetRunResult().Results[0];
        Assert.Contains(result.TrackedSteps[TrackingNames.JsonMetadata].SelectMany(static s => s.Outputs), static o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("PropertyName = \"Comment\"", result.GeneratedSources.Single(static s => s.HintName == Emitter.JsonHintName).SourceText.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Types near the built-in list on either side of it: each must be built-in to both the generator and the runtime, or to neither.</summary>
    private static readonly Type[] NearBuiltIns =
    {
        typeof(IntPtr), typeof(System.Numerics.BigInteger), typeof(System.Numerics.Complex), typeof(System.Text.StringBuilder),
        typeof(System.Globalization.CultureInfo), typeof(Memory<int>), typeof(ReadOnlyMemory<char>), typeof(int[]), typeof(Version[]),
        typeof(DateTimeKind), typeof(DateTimeKind?), typeof(System.Text.Json.JsonValueKind), typeof(TimeZoneInfo), typeof(Type),
    };

    [Fact]
    public void The_generator_skips_exactly_the_types_the_runtime_describes_itself()
    {
        var runtime = (System.Collections.IDictionary)typeof(InMemoryFakes.Serialization.FakeJsonTypes).Assembly
            .GetType("InMemoryFakes.Serialization.BuiltInJsonTypes", throwOnError: true)!
            .GetField("Known", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetValue(null)!;
        var compilation = GeneratorHarness.Compile("class C { }");
        var known = InMemoryFakes.Generators.Parsing.KnownSymbols.For(compilation);
        var options = InMemoryFakes.Serialization.FakeJsonTypes.CreateOptions();

        Assert.True(runtime.Count > 40, "The runtime's built-in list was not found.");
        foreach (var type in runtime.Keys.Cast<Type>().Concat(NearBuiltIns))
        {
            var generator = InMemoryFakes.Generators.Parsing.JsonPlanner.IsBuiltIn(known, ToSymbol(compilation, type));
            var described = InMemoryFakes.Serialization.FakeJsonTypes.BuiltIn.GetTypeInfo(type, options) is not null;
            Assert.True(generator == described, type + ": the generator says built-in = " + generator + ", the runtime describes it = " + described);
        }

        // object is the one type the runtime describes outside BuiltIn: values keep their type tag (ObjectJsonConverter).
        Assert.True(InMemoryFakes.Generators.Parsing.JsonPlanner.IsBuiltIn(known, compilation.GetSpecialType(SpecialType.System_Object)));
    }

    private static ITypeSymbol ToSymbol(Compilation compilation, Type type)
    {
        if (type.IsArray)
        {
            return compilation.CreateArrayTypeSymbol(ToSymbol(compilation, type.GetElementType()!));
        }

        if (type.IsGenericType)
        {
            var definition = compilation.GetTypeByMetadataName(type.GetGenericTypeDefinition().FullName!)!;
            return definition.Construct(type.GetGenericArguments().Select(a => ToSymbol(compilation, a)).ToArray());
        }

        return compilation.GetTypeByMetadataName(type.FullName!) ?? throw new InvalidOperationException("No symbol for " + type);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
