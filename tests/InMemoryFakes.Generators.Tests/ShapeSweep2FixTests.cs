using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The shapes the second robustness sweep (<see cref="ShapeSweep2Tests"/>) found broken, one by one: each compiles, or is refused by name.</summary>
public class ShapeSweep2FixTests
{
    [Fact]
    public void A_type_that_already_has_the_fake_class_name_is_IMF0028_on_the_interface_and_nothing_is_generated()
    {
        // Before: error CS0260 (a non-partial class), CS0101 (a struct, a record, an interface) against the generated class.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Taken;
            public class Order { public int Id { get; set; } }
            public class InMemoryOrders { }
            public struct InMemoryCache { }

            [InMemoryFake]
            public interface IOrders { Order? Find(int id); void Add(Order order); }

            [InMemoryFake]
            public interface ICache { string? Get(string key); void Set(string key, string value); }
            """);

        Assertions.GeneratorReported(run, "IMF0028", "IMF0028");
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.Sources.Keys, static k => k.Contains("IOrders", StringComparison.Ordinal) || k.Contains("ICache", StringComparison.Ordinal));
        var orders = run.GeneratorDiagnostics.Single(static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("'Taken.IOrders'", StringComparison.Ordinal));
        Assert.Equal(
            "The fake of 'Taken.IOrders' is the class 'InMemoryOrders', but namespace Taken already declares a class 'InMemoryOrders' that is not a non-static partial class, so the generated class would not compile beside it; set Name = \"...\" on [InMemoryFake] to give the fake another name, or declare 'InMemoryOrders' as 'partial class InMemoryOrders' to write members of the fake in it",
            orders.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(13, orders.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("declares a struct 'InMemoryCache'", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_interfaces_whose_fakes_would_share_a_class_name_are_each_IMF0028_and_a_Name_resolves_it()
    {
        // Before: both were generated as one partial class InMemoryOrders (CS0101, CS0102, CS8646 against generated code).
        const string Both = """
            namespace Twice;
            public class Order { public int Id { get; set; } }
            public static partial class Billing { [InMemoryFake] public interface IOrders { Order? Find(int id); void Add(Order order); } }
            public static partial class Shipping { [InMemoryFake{0}] public interface IOrders { Order? Find(int id); void Add(Order order); } }
            """;
        var run = GeneratorHarness.Run(Sources.Usings + Both.Replace("{0}", "", StringComparison.Ordinal));

        Assertions.GeneratorReported(run, "IMF0028", "IMF0028");
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture)
            == "The fake of 'Twice.Billing.IOrders' is the class 'InMemoryOrders', but the fake of 'Twice.Shipping.IOrders' is a class of that name in namespace Twice too, so the generated class would not compile beside it; set Name = \"...\" on [InMemoryFake] to give the fake another name");

        Assertions.Clean(GeneratorHarness.Run(Sources.Usings + Both.Replace("{0}", "(Name = \"InMemoryShippingOrders\")", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_partial_class_with_the_fake_class_name_is_still_the_users_half_of_the_fake()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Half;
            public class Order { public int Id { get; set; } }
            public partial class InMemoryOrders { public int Extra() => 1; }

            [InMemoryFake]
            public interface IOrders { Order? Find(int id); void Add(Order order); }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void A_key_value_member_whose_key_is_a_nullable_value_is_IMF0001_saying_why()
    {
        // Before: string? Get(int? key) was generated as __entries.GetValueOrDefault(key), error CS1503 ('int?' to 'int').
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace NullableKeys;

            [InMemoryFake]
            public interface ICache
            {
                string? Get(Guid key);
                void Set(Guid key, string value);
                bool Remove(Guid? key);
            }
            """);

        Assertions.GeneratorReported(run, "IMF0001");
        Assertions.CompilationOnly(run, "CS0535");
        Assert.Equal(
            "'Remove' of ICache matches no key-value store convention: its key 'key' is a nullable value (System.Guid?) and the store's keys are System.Guid, so null is no key of it, and whether a null key finds nothing, is an error or is a key of its own is the real store's code, which the signature does not say; take the key type itself (System.Guid). Implement it in the partial class InMemoryCache, where its Store property reaches the fake's table in one line: Store.Call(nameof(Remove), key) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            run.GeneratorDiagnostics.Single().GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_dynamic_value_is_described_as_object_in_the_contract_and_the_fake_compiles()
    {
        // Before: typeof(dynamic) in the contract descriptor, error CS1962.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Dynamic;

            [InMemoryFake]
            public interface IBag
            {
                dynamic Get(string key);
                void Set(string key, dynamic value);
            }
            """);

        Assertions.Clean(run);
        var source = run.Source("Dynamic.IBag.InMemoryFake.g.cs");
        Assert.DoesNotContain("typeof(dynamic)", source, StringComparison.Ordinal);
        Assert.Contains("ContractKeyValueShape(typeof(string), typeof(object))", source, StringComparison.Ordinal);
        Assert.Contains("public dynamic Get(string key)", source, StringComparison.Ordinal);
    }
}

/// <summary>The fixed shapes, generated by this build and run.</summary>
public class ShapeSweep2BehaviourTests
{
    [Fact]
    public void A_clear_with_a_nullable_value_key_removes_that_key_and_without_one_every_entry()
    {
        Fixtures.SweepShapes.ISessionCache cache = new Fixtures.SweepShapes.InMemorySessionCache();
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        cache.Set(a, "a");
        cache.Set(b, "b");
        cache.Set(c, "c");

        cache.Clear(a);
        Assert.Null(cache.Get(a));
        Assert.Equal("b", cache.Get(b));

        cache.Clear();
        Assert.Null(cache.Get(b));
        Assert.Null(cache.Get(c));
    }

    [Fact]
    public void A_dynamic_value_is_stored_and_read_back()
    {
        Fixtures.SweepShapes.IDynamicBag bag = new Fixtures.SweepShapes.InMemoryDynamicBag();
        bag.Set("n", 42);
        bag.Set("s", "text");

        Assert.Equal(42, (int)bag.Get("n")!);
        Assert.Equal("text", (string)bag.Get("s")!);
        Assert.Null(bag.Get("missing"));
        Assert.Equal(typeof(object), InMemoryFakes.Contracts.ContractDescriptors.Find<Fixtures.SweepShapes.IDynamicBag>()?.KeyValue?.ValueType);
    }
}
