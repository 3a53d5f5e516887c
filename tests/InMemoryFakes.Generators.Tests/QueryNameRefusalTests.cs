using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Shape 6 of issue 10: query names whose meaning cannot be proven from the entity (a plural noun that is no property,
/// a string read as a collection, a plural with one value, Optional on a result that cannot be null…) are refused with
/// the query diagnostics, each saying what to write instead, never generated as a plausible wrong query.
/// </summary>
public class QueryNameRefusalTests
{
    private const string Docs = Sources.Usings + """
        namespace Docs;

        public class Doc
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
            public List<string> Tags { get; set; } = new();
            public string? Resources { get; set; }
        }

        [InMemoryFake]
        public interface IDocs
        {
            void Add(Doc doc);

        """;

    private static (string Id, string Message) Refused(string member)
    {
        var run = GeneratorHarness.Run(Docs + "    " + member + "\n}");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);

        // The member is left to the user: nothing is generated for it, so the class does not compile until they write it.
        Assert.Contains(run.CompilationDiagnostics, static d => d.Id == "CS0535");
        return (diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_plural_noun_that_is_no_property_and_no_plural_of_one_is_an_unknown_property()
        => Assert.Equal(
            ("IMF0016", "'FindByThings' of IDocs names 'Things', which is not a property of Docs.Doc (properties: Id, Name, Tags, Resources); fix the name, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByThings), things) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByThings(IEnumerable<string> things);"));

    [Fact]
    public void The_singular_of_a_string_property_is_refused_because_a_string_is_not_a_collection()
        => Assert.Equal(
            ("IMF0016", "'FindByResource' of IDocs names 'Resource', which is not a property of Docs.Doc (properties: Id, Name, Tags, Resources; Resources is string?, not a collection, so 'Resource' cannot name one of its values); fix the name, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByResource), resource) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByResource(string resource);"));

    [Fact]
    public void A_plural_property_given_one_value_is_refused()
        => Assert.Equal(
            ("IMF0018", "'FindByNames' of IDocs: parameter 'names' of In is string; it must be a collection (IEnumerable<T>, an array or params) of values that convert to Name (string) ('Names', the plural of Name, compares it with several values; for one value, name Name in the singular); fix the parameters, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByNames), names) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByNames(string names);"));

    [Fact]
    public void The_singular_of_a_collection_given_a_value_of_another_type_is_refused()
        => Assert.Equal(
            ("IMF0018", "'FindByTag' of IDocs: parameter 'tag' is int, which does not convert to an element of Tags (string) (the singular of Tags compares one value with its elements); fix the parameters, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByTag), tag) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByTag(int tag);"));

    [Theory]
    [InlineData("IEnumerable<string>")]
    [InlineData("List<string>")]
    public void A_collection_property_compared_whole_is_refused_because_in_order_in_any_order_and_same_instance_all_fit(string parameterType)
    {
        // With the property's own type, the equality used to compile to reference equality, which no stored copy meets.
        var (id, message) = Refused("IReadOnlyList<Doc> FindByTags(" + parameterType + " tags);");
        Assert.Equal("IMF0017", id);
        Assert.Equal("'FindByTags' of IDocs applies Equals to Tags (System.Collections.Generic.List<string>), which does not fit: Equals would compare the whole collection, which could mean the same elements in order, the same elements in any order, or the same instance; to find one value among its elements name the property in the singular (Tag) or use Containing; to test for elements use IsEmpty or IsNotEmpty; change the operator or the property, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByTags), tags) joins the call log and fault injection (docs/generator.md#hand-written-members)", message);
    }

    [Fact]
    public void A_collection_type_with_value_equality_of_its_own_is_compared_with_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Collections;
            namespace Labelled;

            public sealed class Labels : IEnumerable<string>
            {
                private readonly List<string> _items = new();
                public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public override bool Equals(object? obj) => obj is Labels other && _items.SequenceEqual(other._items);
                public override int GetHashCode() => _items.Count;
            }

            public class Item
            {
                public int Id { get; set; }
                public Labels Labels { get; set; } = new();
            }

            [InMemoryFake]
            public interface IItems
            {
                void Add(Item item);
                IReadOnlyList<Item> FindByLabels(Labels labels);
            }
            """.Replace("using System.Collections;", "using System.Collections;\nusing System.Linq;", StringComparison.Ordinal));

        // (IMF0021, an Info about JSON metadata for the custom collection, is beside the point.)
        Assert.True(run.GeneratorDiagnostics.All(static d => d.Severity < DiagnosticSeverity.Warning) && run.CompilationDiagnostics.IsEmpty, run.Describe());
        Assert.Contains("EqualityComparer<global::Labelled.Labels?>.Default.Equals(e.Labels, s)", run.Source("IItems.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FindByOwner(Person owner)", "Equals")]
    [InlineData("FindByOwners(IEnumerable<Person> owners)", "In")]
    public void A_class_without_value_equality_is_refused_because_a_stored_copy_is_never_the_same_instance(string member, string keyword)
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Owned;

            public class Person { public string Name { get; set; } = ""; }
            public class Named { public string Name { get; set; } = ""; public override bool Equals(object? obj) => obj is Named n && n.Name == Name; public override int GetHashCode() => Name.GetHashCode(); }

            public class Pet
            {
                public int Id { get; set; }
                public Person? Owner { get; set; }
                public Named? Vet { get; set; }
                public Uri? Home { get; set; }
                public object? Tag { get; set; }
            }

            [InMemoryFake]
            public interface IPets
            {
                void Add(Pet pet);
                IReadOnlyList<Pet> FindByVets(IEnumerable<Named> vets);
                IReadOnlyList<Pet> FindByHome(Uri home);
                IReadOnlyList<Pet> FindByTag(object tag);
                IReadOnlyList<Pet> MEMBER;
            }
            """.Replace("MEMBER", member, StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0017", diagnostic.Id);
        Assert.Equal("'" + member.Substring(0, member.IndexOf('(', StringComparison.Ordinal)) + "' of IPets applies " + keyword + " to Owner (Owned.Person?), which does not fit: Person compares by reference, and the store holds copies, so it would never match; give Person value equality (override Equals and GetHashCode, or make it a record), or compare one of its properties (Owner<Property>); change the operator or the property, or implement it in the partial class InMemoryPets, where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member.Substring(0, member.IndexOf('(', StringComparison.Ordinal)) + "), " + member.Substring(member.LastIndexOf(' ') + 1).TrimEnd(')') + ") joins the call log and fault injection (docs/generator.md#hand-written-members)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void IsEmpty_on_a_string_is_refused()
        => Assert.Equal(
            ("IMF0017", "'FindByNameIsEmpty' of IDocs applies IsEmpty to Name (string), which does not fit: IsEmpty tests a collection's elements, and a string is text, not a collection (compare it with \"\" or use IsNull instead); change the operator or the property, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByNameIsEmpty)) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByNameIsEmpty();"));

    [Fact]
    public void IsNotEmpty_on_a_value_that_is_no_collection_is_refused()
        => Assert.Equal(
            ("IMF0017", "'FindByIdIsNotEmpty' of IDocs applies IsNotEmpty to Id (System.Guid), which does not fit: IsNotEmpty tests a collection's elements, so it needs a collection property (an array, List<T>, IEnumerable<T>…); change the operator or the property, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByIdIsNotEmpty)) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByIdIsNotEmpty();"));

    [Fact]
    public void IsEmpty_with_IgnoreCase_is_refused()
        => Assert.Equal(
            ("IMF0017", "'FindByTagsIsEmptyIgnoreCase' of IDocs applies IsEmpty IgnoreCase to Tags (System.Collections.Generic.List<string>), which does not fit: IgnoreCase does not apply to IsEmpty; change the operator or the property, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByTagsIsEmptyIgnoreCase)) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByTagsIsEmptyIgnoreCase();"));

    [Fact]
    public void Optional_with_a_result_that_cannot_be_null_is_refused()
        => Assert.Equal(
            ("IMF0019", "'GetByIdOptionalAsync' of IDocs returns System.Threading.Tasks.Task<Docs.Doc>, which does not fit Get…Optional: Optional returns null when nothing matches, so the result must allow null: Doc?; change the return type, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetByIdOptionalAsync), id) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("Task<Doc> GetByIdOptionalAsync(Guid id);"));

    [Fact]
    public void Optional_with_a_list_result_is_refused()
        => Assert.Equal(
            ("IMF0019", "'FindByNameOptional' of IDocs returns System.Collections.Generic.IReadOnlyList<Docs.Doc>, which does not fit Find…Optional: Optional returns one entity, or null when nothing matches, and a list is never missing: return Doc? or drop Optional; change the return type, or implement it in the partial class InMemoryDocs, where its Store property reaches the fake's table in one line: Store.Call(nameof(FindByNameOptional), name) joins the call log and fault injection (docs/generator.md#hand-written-members)"),
            Refused("IReadOnlyList<Doc> FindByNameOptional(string name);"));

    [Fact]
    public void Optional_on_a_count_is_refused()
    {
        var (id, message) = Refused("int CountByNameOptional(string name);");
        Assert.Equal("IMF0015", id);
        Assert.StartsWith("'CountByNameOptional' of IDocs is not a derived query name that parses: Optional says a missing entity is returned as null, so it only fits a query that returns one entity, not Count.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_name_forms_generate_code_that_compiles_without_warnings_in_every_nullable_context()
    {
        foreach (var (context, q) in new[] { ("#nullable enable", "?"), ("#nullable disable", "") })
        {
            var run = GeneratorHarness.Run(context + "\n" + Sources.Usings + """
                using System.Collections.Immutable;
                namespace Shapes;

                public class Scope
                {
                    public string Id { get; set; } = "";
                    public string{q} Name { get; set; }
                    public List<string{q}>{q} Resources { get; set; }
                    public int?[] Levels { get; set; } = new int?[0];
                    public ImmutableArray<Guid> Owners { get; set; }
                }

                [InMemoryFake]
                public interface IScopes
                {
                    Task CreateAsync(Scope scope);
                    IAsyncEnumerable<Scope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken);
                    Task<List<Scope>> FindByIdsOrderByIdAsync(IEnumerable<string> ids);
                    List<Scope> FindByName(string{q}[] names);
                    IAsyncEnumerable<Scope> FindByResourceAsync(string{q} resource, CancellationToken cancellationToken);
                    List<Scope> FindByResourceIgnoreCase(string resource);
                    List<Scope> FindByLevel(int? level);
                    List<Scope> FindByLevelsContaining(int level);
                    List<Scope> FindByOwner(Guid owner);
                    List<Scope> FindByResourcesIsEmpty();
                    List<Scope> FindByOwnersIsNotEmpty();
                    Task<Scope{q}> GetByIdOptionalAsync(string id);
                    Scope{q} FindFirstByResourceOptional(string resource);
                    List<Scope> GetMany();
                    Task<long> GetCountAsync();
                    int GetCountByResource(string resource);
                }
                """.Replace("{q}", q, StringComparison.Ordinal));

            Assert.True(run.GeneratorDiagnostics.IsEmpty && run.CompilationDiagnostics.IsEmpty, context + "\n" + run.Describe());
        }
    }
}
