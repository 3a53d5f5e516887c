using System;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Keys, values and entities passed by readonly reference (<c>in</c>, <c>ref readonly</c>), refused by name before: the
/// member cannot write through them, so they are read as the same parameters by value; so is a <c>ref</c> marked
/// <c>[In]</c> and not <c>[Out]</c> (COM interop's native <c>[in]</c> reference, since h-sample49). <c>ref</c> alone, or
/// with <c>[Out]</c>, stays refused (the member could change the caller's variable, and what it would write there is not
/// said).
/// </summary>
public class ReadonlyReferenceParameterTests
{
    [Fact]
    public async Task A_cache_keyed_by_in_and_ref_readonly_parameters_stores_finds_and_removes()
    {
        IReadonlyReferenceCache cache = new InMemoryReadonlyReferenceCache();
        var key = "theme";
        cache.Set(in key, "dark");

        Assert.Equal("dark", cache.Get("theme"));
        Assert.Equal("dark", await cache.GetAsync("theme", TestContext.Current.CancellationToken));
        Assert.True(cache.TryGet("theme", out var found));
        Assert.Equal("dark", found);
        Assert.False(cache.TryGet("font", out var missing));
        Assert.Null(missing);
        Assert.True(cache.Remove(ref key));
        Assert.False(cache.Remove(ref key));
        Assert.Equal("theme", key);
        Assert.Null(cache.Get("theme"));
    }

    [Fact]
    public async Task An_entity_repository_with_in_keys_and_an_in_entity_adds_finds_and_deletes()
    {
        IReadonlyReferenceOrders orders = new InMemoryReadonlyReferenceOrders();
        var order = new ReferenceOrder { Id = 7, Customer = "Ada" };
        orders.Add(in order);

        Assert.Equal("Ada", (await orders.FindAsync(7, TestContext.Current.CancellationToken))?.Customer);
        var id = 7;
        Assert.True(orders.Delete(ref id));
        Assert.Null(await orders.FindAsync(7, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_property_store_with_in_only_ref_keys_and_values_stores_finds_and_removes_and_never_writes_back()
    {
        IInOnlyReferenceProperties properties = new InMemoryInOnlyReferenceProperties();
        var key = new PropertyKey { FormatId = new Guid("9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3"), PropertyId = 5 };
        var value = "Contoso.App";
        properties.SetValue(ref key, ref value);

        var same = new PropertyKey { FormatId = key.FormatId, PropertyId = 5 };
        Assert.Equal("Contoso.App", properties.GetValue(ref same));
        Assert.True(properties.TryGetValue(ref same, out var found));
        Assert.Equal("Contoso.App", found);
        var other = new PropertyKey { FormatId = key.FormatId, PropertyId = 26 };
        Assert.Null(properties.GetValue(ref other));

        var replaced = "Contoso.App.2";
        properties.SetValue(ref key, ref replaced);
        Assert.Equal("Contoso.App.2", properties.GetValue(ref same));
        Assert.Equal("Contoso.App.2", replaced);
        Assert.Equal(5u, key.PropertyId);

        Assert.True(properties.Remove(ref same));
        Assert.False(properties.Remove(ref same));
        Assert.Null(properties.GetValue(ref key));
    }

    [Fact]
    public void A_ref_key_marked_in_and_out_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Runtime.InteropServices;

            namespace Refs;

            [InMemoryFake]
            public interface ICache
            {
                string? Get([In, Out] ref string key);
                void Set(string key, string value);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public void An_in_only_ref_key_on_a_generic_method_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Runtime.InteropServices;

            namespace Refs;

            [InMemoryFake]
            public interface ICache
            {
                T? Get<T>([In] ref string key) where T : class;
                void Set(string key, object value);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public void A_ref_key_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Refs;

            [InMemoryFake]
            public interface ICache
            {
                string? Get(ref string key);
                void Set(string key, string value);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public void An_in_key_on_a_generic_method_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Refs;

            [InMemoryFake]
            public interface ICache
            {
                T? Get<T>(in string key) where T : class;
                void Set(string key, object value);
            }
            """);
        Assertions.GeneratorReported(run, "IMF0001");
    }
}
