using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The copy strategy the generator chooses per type, seen from the compiler: what is generated, what compiles cleanly in
/// every nullable context, and when IMF0020 is reported. Run-time behaviour is in tests/InMemoryFakes.Integration.Tests/Copies.
/// </summary>
public class CopyPlanTests
{
    /// <summary>Every shape the copy handles, in one entity graph.</summary>
    public const string EveryShape = Sources.Usings + """
        using System.Collections.Concurrent;
        using System.Collections.Immutable;
        using System.Collections.ObjectModel;
        using System.Text.Json.Nodes;
        using System.Xml.Linq;
        namespace Shapes;

        public abstract class Entity { private readonly List<string> _events = new(); public int Id { get; protected set; } protected void Raise(string e) => _events.Add(e); }
        public interface IShape { }
        public sealed record Circle(double Radius) : IShape;
        public sealed class Polygon : IShape { public List<(int X, int Y)> Points { get; set; } = new(); }
        public struct Slot { public List<string> Items { get; set; } private readonly int _n; public Slot(int n) { _n = n; Items = new(); } }
        public readonly struct Point { public int X { get; init; } public int Y { get; init; } }
        public sealed record Money(decimal Amount, string Currency);
        public sealed class Signature : IDeepCopyable<Signature> { public string Name { get; set; } = ""; public Signature DeepCopy(CopyContext context) => new() { Name = Name }; }
        public class Node { public Node? Next { get; set; } public List<Node> Children { get; } = new(); }
        public sealed class Line(string sku, int quantity) { public string Sku => sku; public int Quantity { get; private set; } = quantity; public void Add() => Quantity++; }

        public sealed class Order : Entity
        {
            private readonly List<Line> _lines = new();
            private readonly ReadOnlyCollection<Line> _view;
            public Order() { _view = _lines.AsReadOnly(); }
            public IReadOnlyList<Line> Lines => _view;
            public string Title { get; private set; } = "";
            public string Code { get; init; } = "";
            public ICollection<string> Tags { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            public IReadOnlyDictionary<string, Money> Prices { get; set; } = new Dictionary<string, Money>();
            public ConcurrentDictionary<string, Node> Index { get; set; } = new();
            public SortedSet<string>? Sorted { get; set; }
            public Queue<Node> Pending { get; set; } = new();
            public Node[] Nodes { get; set; } = Array.Empty<Node>();
            public Node[,]? Grid { get; set; }
            public int[][] Jagged { get; set; } = Array.Empty<int[]>();
            public ImmutableArray<Node> History { get; set; }
            public ImmutableList<string> Names { get; set; } = ImmutableList<string>.Empty;
            public IShape? Shape { get; set; }
            public List<IShape> Shapes { get; set; } = new();
            public Slot Slot { get; set; }
            public Slot? MaybeSlot { get; set; }
            public Point Point { get; set; }
            public Money Total { get; set; } = new(0, "EUR");
            public Signature? Signature { get; set; }
            public XElement? Xml { get; set; }
            public JsonNode? Json { get; set; }
            public object? Anything { get; set; }
            public Func<int, int>? Rule { get; set; }
            public event EventHandler? Changed;
            public void Touch() => Changed?.Invoke(this, EventArgs.Empty);
        }

        [InMemoryFake]
        public interface IOrders
        {
            Order Add(Order order);
            Order? Find(int id);
            void Update(Order order);
        }

        [InMemoryFake]
        public interface IOrderDrafts
        {
            List<Order>? Get(string key);
            void Set(string key, List<Order> value);
        }
        """;

    [Fact]
    public void Every_copy_shape_compiles_with_no_warning_and_reports_nothing()
    {
        var run = GeneratorHarness.Run(EveryShape);
        Assertions.Clean(run);
        var source = run.Source("Shapes.IOrders.InMemoryFake.g.cs");
        Assert.DoesNotContain("MemberwiseClone", source, StringComparison.Ordinal);
        Assert.DoesNotContain("depth", source, StringComparison.Ordinal);
        Assert.Contains("Name = \"_lines\"", source, StringComparison.Ordinal);
        Assert.Contains("Name = \"<Title>k__BackingField\"", source, StringComparison.Ordinal);
        Assert.Contains("Name = \"<sku>P\"", source, StringComparison.Ordinal);
        Assert.Contains("DeepCopyInContext = static (e, c) => __CopyOrder(e, c),", source, StringComparison.Ordinal);
        Assert.Contains("new global::InMemoryFakes.Support.CopyPlan<global::System.Collections.Generic.List<global::Shapes.Order>>(static (v, c) => __CopyValue(v, c))", run.Source("Shapes.IOrderDrafts.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>Flat entities (every field immutable), each with a different way its constructor could have an effect.</summary>
    private const string FlatShapes = Sources.Usings + """
        namespace Flat;

        public enum Level { Basic, Gold }
        public sealed class Plain { public int Id { get; set; } public string Name { get; set; } = ""; public Level Level { get; set; } public DateTime At { get; set; } = default; }
        public sealed class Counted { public static int Made; public Counted() { Made++; } public int Id { get; set; } }
        public sealed class Stamped { public int Id { get; set; } public DateTime At { get; set; } = DateTime.UtcNow; }
        public sealed class Demanding { public int Id { get; set; } public required string Name { get; set; } }
        public sealed record Positional(int Id, string Name);
        public class Base { public int Id { get; set; } }
        public sealed class Derived : Base { public string Name { get; set; } = ""; }
        public sealed class Holder { public int Id { get; set; } public List<string> Tags { get; set; } = new(); }

        [InMemoryFake] public interface IPlains { Plain? Find(int id); void Add(Plain value); }
        [InMemoryFake] public interface ICounteds { Counted? Find(int id); void Add(Counted value); }
        [InMemoryFake] public interface IStampeds { Stamped? Find(int id); void Add(Stamped value); }
        [InMemoryFake] public interface IDemandings { Demanding? Find(int id); void Add(Demanding value); }
        [InMemoryFake(CopyMode = CopyMode.Copy)] public interface IPositionals { Positional? Find(int id); void Add(Positional value); }
        [InMemoryFake] public interface IDeriveds { Derived? Find(int id); void Add(Derived value); }
        [InMemoryFake] public interface IHolders { Holder? Find(int id); void Add(Holder value); }
        """;

    [Theory]
    [InlineData("IPlains", "Plain", true)]
    [InlineData("IDeriveds", "Derived", true)]
    [InlineData("ICounteds", "Counted", false)]
    [InlineData("IStampeds", "Stamped", false)]
    [InlineData("IDemandings", "Demanding", false)]
    [InlineData("IPositionals", "Positional", false)]
    public void A_flat_entity_gets_a_context_free_copy_that_runs_its_constructor_only_when_it_has_no_effect(string fake, string entity, bool constructs)
    {
        var run = GeneratorHarness.Run(FlatShapes);
        Assertions.Clean(run);
        var source = run.Source("Flat." + fake + ".InMemoryFake.g.cs");

        Assert.Contains("FlatCopy = static e => __FlatCopy" + entity + "(e),", source, StringComparison.Ordinal);
        Assert.Contains("private static global::Flat." + entity + " __FlatCopy" + entity + "(global::Flat." + entity + " from)", source, StringComparison.Ordinal);
        var flat = source[source.IndexOf("__FlatCopy" + entity + "(global::", StringComparison.Ordinal)..];
        var construction = flat[..flat.IndexOf(';', StringComparison.Ordinal)];
        if (constructs)
        {
            Assert.Contains("var to = new global::Flat." + entity + "()", construction, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("GetUninitializedObject(typeof(global::Flat." + entity + "))", construction, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Flat_copies_compile_with_no_warning_when_the_entities_are_nullable_oblivious()
    {
        var source = "#nullable disable\n" + FlatShapes.Replace("?", "", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        Assert.Contains("var to = new global::Flat.Plain();", run.Source("Flat.IPlains.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_with_a_mutable_member_gets_no_context_free_copy()
    {
        var run = GeneratorHarness.Run(FlatShapes);
        Assertions.Clean(run);
        var source = run.Source("Flat.IHolders.InMemoryFake.g.cs");

        Assert.Contains("DeepCopyInContext = static (e, c) => __CopyHolder(e, c),", source, StringComparison.Ordinal);
        Assert.DoesNotContain("FlatCopy", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_compile_with_no_warning_when_the_entity_and_interface_are_nullable_oblivious()
    {
        var source = "#nullable disable\n" + EveryShape.Replace("?", "", StringComparison.Ordinal);
        Assertions.Clean(GeneratorHarness.Run(source));
    }

    [Fact]
    public void Copies_compile_with_no_warning_when_only_the_entity_is_nullable_oblivious()
    {
        // The entity in a #nullable disable file, the interface annotated: the generated file is #nullable enable.
        var entity = "#nullable disable\n" + Sources.Usings + """
            namespace Mixed;
            public class Folder
            {
                private readonly List<Folder> _children = new();
                public int Id { get; set; }
                public string Name { get; set; }
                public IReadOnlyList<Folder> Children => _children;
                public Folder Parent { get; set; }
                public ICollection<string> Tags { get; set; } = new HashSet<string>();
                public Dictionary<string, Folder> ByName { get; init; } = new();
                public Folder[] Pinned { get; set; }
                public int? Order { get; set; }
            }
            """;
        var fake = "#nullable enable\n" + Sources.Usings + """
            namespace Mixed;
            [InMemoryFake] public interface IFolders { void Add(Folder folder); Folder? Find(int id); }
            [InMemoryFake] public interface IFolderCache { Folder? Get(string key); void Set(string key, Folder folder); }
            """;
        Assertions.Clean(GeneratorHarness.Run(entity, fake));
    }

    [Fact]
    public void Immutable_types_are_stored_as_they_are_and_get_no_field_copies()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Imm;
            public sealed record Tag(string Name, int Weight);
            public sealed class Box { public int Id { get; set; } public Tag Tag { get; set; } = new("a", 1); public System.Collections.Immutable.ImmutableArray<Tag> Tags { get; set; } }
            [InMemoryFake] public interface IBoxes { void Add(Box box); Box? Find(int id); }
            [InMemoryFake] public interface ITags { Tag? Get(string key); void Set(string key, Tag tag); }
            """);
        Assertions.Clean(run);
        var boxes = run.Source("Imm.IBoxes.InMemoryFake.g.cs");
        Assert.Contains("to.Tag = from.Tag;", boxes, StringComparison.Ordinal);
        Assert.Contains("to.Tags = from.Tags;", boxes, StringComparison.Ordinal);
        Assert.Contains("IsImmutable: true", run.Source("Imm.ITags.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_a_mutable_subtype_is_not_taken_for_immutable()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Sub;
            public record Shape(string Name);
            public sealed record Path(string Name) : Shape(Name) { public List<int> Points { get; set; } = new(); }
            public sealed class Drawing { public int Id { get; set; } public Shape? Shape { get; set; } }
            [InMemoryFake] public interface IDrawings { void Add(Drawing drawing); Drawing? Find(int id); }
            """);
        Assertions.Clean(run);
        var source = run.Source("Sub.IDrawings.InMemoryFake.g.cs");
        Assert.Contains("to.Shape = __CopyShape(from.Shape, c);", source, StringComparison.Ordinal);
        Assert.Contains("if (type == typeof(global::Sub.Path))", source, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyMode_Reference_on_the_attribute_silences_IMF0020()
    {
        var library = Library("namespace External; public class Ledger { private readonly System.Collections.Generic.List<decimal> _entries = new(); public void Post(decimal amount) => _entries.Add(amount); }");
        var source = Sources.Usings + """
            namespace App;
            public sealed class Account { public int Id { get; set; } public External.Ledger Ledger { get; set; } = new(); }
            [InMemoryFake(CopyMode = CopyMode.Reference)] public interface IAccounts { void Add(Account account); Account? Find(int id); }
            """;
        Assertions.Clean(GeneratorHarness.Run(GeneratorHarness.Compile(source).AddReferences(library)));
    }

    [Fact]
    public void A_record_from_another_assembly_with_init_only_properties_is_immutable_and_a_private_setter_is_not()
    {
        var library = Library("""
            namespace External;
            public sealed record Label(string Text, int Size);
            public sealed class Counter { public int Value { get; private set; } public void Increment() => Value++; }
            """);
        var source = Sources.Usings + """
            namespace App;
            public sealed class Item { public int Id { get; set; } public External.Label Label { get; set; } = new("a", 1); public External.Counter Counter { get; set; } = new(); }
            [InMemoryFake] public interface IItems { void Add(Item item); Item? Find(int id); }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.Compile(source).AddReferences(library));
        Assertions.GeneratorReported(run, "IMF0020");
        Assert.Contains("'External.Counter'", Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0020").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var generated = run.Source("App.IItems.InMemoryFake.g.cs");
        Assert.Contains("to.Label = from.Label;", generated, StringComparison.Ordinal);
        Assert.Contains("to.Counter = c.CopyValue(from.Counter);", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Private_fields_of_a_generic_type_need_dotnet_9_and_are_reported_before_it()
    {
        const string source = Sources.Usings + """
            namespace Gen;
            public sealed class Box<T> { private T _value = default!; public T Value => _value; public void Set(T value) => _value = value; }
            public sealed class Holder { public int Id { get; set; } public Box<List<string>> Box { get; set; } = new(); }
            [InMemoryFake] public interface IHolders { void Add(Holder holder); Holder? Find(int id); }
            """;

        var net8 = GeneratorHarness.Run(Compile(source, "NET8_0_OR_GREATER"));
        var diagnostic = Assert.Single(net8.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IMF0020", diagnostic.Id);
        Assert.Contains("reaching its field _value of a generic type needs an [UnsafeAccessor] that .NET 8 does not support (target .NET 9 or later)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assertions.CompilationOnly(net8);

        // From .NET 9 on the accessor lives in a generic class with the owner's type parameters (a closed signature is not
        // matched: measured, MissingFieldException on .NET 10), and is called closed over the owner's type arguments.
        var net10 = GeneratorHarness.Run(Compile(source, "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"));
        Assertions.Clean(net10);
        var generated = net10.Source("Gen.IHolders.InMemoryFake.g.cs");
        Assert.Contains("private static class __FieldBox__value<T>", generated, StringComparison.Ordinal);
        Assert.Contains("public static extern ref T Field(global::Gen.Box<T> owner);", generated, StringComparison.Ordinal);
        Assert.Contains("__FieldBox__value<global::System.Collections.Generic.List<string>>.Field(to) = c.CopyCollection<", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_owner_accessor_class_repeats_the_owner_constraints()
    {
        const string source = Sources.Usings + """
            namespace Con;
            public abstract class Entity<TKey> where TKey : struct, IEquatable<TKey> { public TKey Id { get; protected set; } }
            public sealed class Order : Entity<Guid> { public string Number { get; set; } = ""; }
            [InMemoryFake] public interface IOrders { void Add(Order order); Order? Find(Guid id); }
            """;
        var run = GeneratorHarness.Run(Compile(source, "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"));
        Assertions.Clean(run);
        var generated = run.Source("Con.IOrders.InMemoryFake.g.cs");
        Assert.Contains("private static class __FieldEntity_Id<TKey>\n            where TKey : struct, global::System.IEquatable<TKey>", generated, StringComparison.Ordinal);
        Assert.Contains("__FieldEntity_Id<global::System.Guid>.Field(to) = __FieldEntity_Id<global::System.Guid>.Field(from);", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_virtual_key_on_a_generic_base_class_is_assigned_through_its_setter_and_needs_no_accessor()
    {
        // The usual DDD base class: a virtual Id on Entity<TKey>. Nothing overrides it, so the setter that runs stores into
        // its backing field: no [UnsafeAccessor] on the generic type, so it works on .NET 8 too.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ddd;
            public abstract class Entity<TKey> { public virtual TKey Id { get; set; } = default!; }
            public class Person : Entity<long> { public string Name { get; set; } = ""; }
            [InMemoryFake] public interface IPeople { void Add(Person person); Person? Find(long id); }
            """);
        Assertions.Clean(run);
        Assert.Contains("((global::Ddd.Entity<long>)to).Id = ((global::Ddd.Entity<long>)from).Id;", run.Source("Ddd.IPeople.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_overridden_property_and_a_setter_with_a_body_are_copied_through_their_fields()
    {
        // The field keyword is C# 14 (preview for the Roslyn this project builds against).
        var preview = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.Preview);
        var driver = CSharpGeneratorDriver.Create([new InMemoryFakeGenerator().AsSourceGenerator()], parseOptions: preview);
        var run = GeneratorHarness.Run(Compile(preview, Sources.Usings + """
            namespace Over;
            public class Base { public virtual string Name { get; set; } = ""; }
            public sealed class Derived : Base
            {
                public override string Name { get; set; } = "";
                public int Changes { get; private set; }
                public string Title { get => field; set { field = value; Changes++; } } = "";
                public int Id { get; set; }
            }
            [InMemoryFake] public interface IDerived { void Add(Derived item); Derived? Find(int id); }
            """), driver);
        Assertions.Clean(run);
        var source = run.Source("Over.IDerived.InMemoryFake.g.cs");
        Assert.Contains("__FieldBase_Name(to) = __FieldBase_Name(from);", source, StringComparison.Ordinal);
        Assert.Contains("to.Name = from.Name;", source, StringComparison.Ordinal);
        Assert.Contains("__FieldDerived_Title(to) = __FieldDerived_Title(from);", source, StringComparison.Ordinal);
        Assert.DoesNotContain("to.Title =", source, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async System.Threading.Tasks.Task A_generic_type_holding_a_deeper_instantiation_of_itself_is_planned_and_reported_not_expanded_forever()
    {
        const string source = Sources.Usings + """
            namespace Nest;
            public sealed class Node<T> { public T Value { get; set; } = default!; public Node<Node<T>>? Deeper { get; set; } }
            public sealed class Root { public int Id { get; set; } public Node<int> Tree { get; set; } = new(); }
            [InMemoryFake] public interface IRoots { void Add(Root root); Root? Find(int id); }
            """;
        var run = await System.Threading.Tasks.Task.Run(() => GeneratorHarness.Run(source), TestContext.Current.CancellationToken);
        Assertions.GeneratorReported(run, "IMF0020");
        Assert.Contains("nest more than 8 levels deep", Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0020").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assertions.CompilationOnly(run);
    }

    [Fact]
    public void A_member_of_a_type_that_does_not_exist_adds_no_copy_diagnostic()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Missing;
            public sealed class Item { public int Id { get; set; } public Nowhere.Gadget? Gadget { get; set; } }
            [InMemoryFake] public interface IItems { void Add(Item item); Item? Find(int id); }
            """);
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0020");
    }

    [Fact]
    public void The_plan_does_not_depend_on_member_order()
    {
        var forward = GeneratorHarness.Run(EveryShape).Source("Shapes.IOrders.InMemoryFake.g.cs");
        var shuffled = EveryShape.Replace(
            "Order Add(Order order);\n    Order? Find(int id);\n    void Update(Order order);",
            "void Update(Order order);\n    Order? Find(int id);\n    Order Add(Order order);",
            StringComparison.Ordinal);
        Assert.NotEqual(EveryShape, shuffled);
        Assert.Equal(forward, GeneratorHarness.Run(shuffled).Source("Shapes.IOrders.InMemoryFake.g.cs"));
    }

    /// <summary>A library compiled on its own and referenced as metadata: its private members are invisible to the generator.</summary>
    internal static MetadataReference Library(string source)
    {
        var library = CSharpCompilation.Create(
            "External",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static CSharpCompilation Compile(CSharpParseOptions options, string source)
        => CSharpCompilation.Create(
            "Tests" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, options, path: "Source0.cs")],
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions);

    private static CSharpCompilation Compile(string source, params string[] symbols)
        => CSharpCompilation.Create(
            "Tests" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithPreprocessorSymbols(symbols), path: "Source0.cs")],
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions);
}
