using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The shapes the robustness sweep (<see cref="ShapeSweepTests"/>) found broken, one by one: each compiles, or is refused by name.</summary>
public class ShapeSweepFixTests
{
    [Fact]
    public void A_member_obsolete_as_an_error_is_left_out_of_the_contract_descriptor_and_the_fake_compiles()
    {
        // The descriptor called ((IOrders)instance).Load(…): error CS0619, which no pragma silences.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace ObsoleteError;
            public class Order { public int Id { get; set; } }

            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                [Obsolete("gone", true)] Order? Load(int id);
                [Obsolete("use Find")] Order? Get(int id);
                void Add(Order order);
            }
            """);

        Assertions.Clean(run);
        var source = run.Source("ObsoleteError.IOrders.InMemoryFake.g.cs");
        Assert.Contains("\"Load\", \"[Obsolete(…, true)]: a call to it does not compile (CS0619)\"", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain(").Load(", source, System.StringComparison.Ordinal);
        Assert.Contains(").Get(", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_entry_as_a_dictionary_of_nullable_values_compiles()
    {
        // IReadOnlyDictionary<string, string?> GetAll() warned CS8619; IReadOnlyDictionary<Guid, int?> did not compile (CS0266).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace LiftedValues;

            [InMemoryFake]
            public interface ICounts
            {
                int? Get(Guid key);
                void Set(Guid key, int value);
                IReadOnlyDictionary<Guid, int?> GetAll();
            }

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface INames
            {
                string? Get(string key);
                void Set(string key, string value);
                IReadOnlyDictionary<string, string?> GetAll();
                IDictionary<string, string?> GetMany(IEnumerable<string> keys);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void A_batch_write_of_entities_declared_nullable_is_refused()
    {
        // AddRange(IEnumerable<Order?>) passed the elements to the table's AddRange(IEnumerable<Order>): CS8620.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace NullableElements;
            public class Order { public int Id { get; set; } }

            [InMemoryFake]
            public interface IOrders
            {
                Order? Find(int id);
                void Add(Order order);
                void AddRange(IEnumerable<Order?> orders);
                void AddMany(IEnumerable<Order> orders);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        var message = run.GeneratorDiagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'AddRange' of IOrders matches no entity repository convention: its elements are declared nullable (NullableElements.Order?), so null is an element it takes", message, System.StringComparison.Ordinal);
        Assertions.CompilationOnly(run, "CS0535");
    }

    [Fact]
    public void A_batch_removal_of_keys_declared_nullable_is_refused()
    {
        // RemoveMany(params string?[] keys) passed string? keys to the table's notnull key parameter: CS8714 and CS8620.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace NullableKeys;

            [InMemoryFake]
            public interface IValues
            {
                string? Get(string key);
                void Set(string key, string value);
                void RemoveMany(params string?[] keys);
                void RemoveAll(IEnumerable<string> keys);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        var message = run.GeneratorDiagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'RemoveMany' of IValues matches no key-value store convention: its keys are declared nullable (string?), so null is a key it takes", message, System.StringComparison.Ordinal);
        Assertions.CompilationOnly(run, "CS0535");
    }
}
