using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A read with a factory after the key is a get-or-add when the factory acquires the value; when its names call it a
/// default (Orchard's <c>object Get(string key, Func&lt;object&gt; defaultValue = null)</c>, a <c>GetOrDefault</c> verb),
/// whether the real store keeps the default is not said, and it is refused (h-sample30's round: Orchard's ObjectStore
/// returns the default and stores nothing, where the fake stored it).
/// </summary>
public class DefaultFactoryReadTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_read_whose_factory_acquires_keeps_the_value_it_made()
    {
        IAcquiringObjectCache cache = new InMemoryAcquiringObjectCache();
        var calls = 0;

        Assert.Equal("made", cache.Get("k", () => { calls++; return "made"; }));
        Assert.Equal("made", cache.Get("k", () => { calls++; return "other"; }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_read_whose_factory_is_named_for_a_default_is_written_by_hand_and_the_rest_is_generated()
    {
        IElementSessionStore store = new InMemoryElementSessionStore();

        Assert.Equal("fallback", store.Get("missing", () => "fallback"));
        Assert.Null(store.Get("missing"));
        store.Set("k", "stored");
        Assert.Equal("stored", store.Get("k", () => "fallback"));
        store.Remove("k");
        Assert.Null(store.Get("k"));
    }

    [Fact]
    public void A_read_whose_factory_parameter_is_named_for_a_default_is_refused_with_the_reason()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System;
            using InMemoryFakes;

            namespace Layouts;

            [InMemoryFake]
            public interface IObjectStore
            {
                void Set(string key, object value);
                object Get(string key, Func<object> defaultValue = null);
                string GenerateKey();
                void Remove(string key);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'Get' of IObjectStore matches no key-value store convention: its parameter 'defaultValue' (System.Func<object>) is named for a default "
            + "to answer when the key is missing, not for a value to add: whether the real store also keeps that default (a get-or-add, as a cache may) or only "
            + "returns it and stores nothing (Orchard's ObjectStore.Get over session state) is not said; a member named GetOrAdd, GetOrCreate or GetOrSet is a "
            + "get-or-add. Implement it in the partial class InMemoryObjectStore", Message(run, "Get"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string Get(string key, Func<string> fallback);", "Get", "its parameter 'fallback' (System.Func<string>) is named")]
    [InlineData("string Get(string key, Func<string, string> defaultValueFactory);", "Get", "its parameter 'defaultValueFactory' (System.Func<string, string>) is named")]
    [InlineData("string GetOrDefault(string key, Func<string> factory);", "GetOrDefault", "its name 'GetOrDefault' calls its factory 'factory'")]
    public void Every_name_that_calls_the_factory_a_default_is_refused(string read, string member, string cause)
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System;
            using InMemoryFakes;

            namespace Layouts;

            [InMemoryFake]
            public interface INameStore
            {
                void Set(string key, string value);
                void Remove(string key);
            """ + "\n    " + read + "\n}\n");

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'" + member + "' of INameStore matches no key-value store convention: " + cause + " for a default to answer when the key is missing",
            Message(run, member), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("string Get(string key, Func<string> acquire);")]
    [InlineData("string Get(string key, Func<string> factory);")]
    [InlineData("string GetOrAdd(string key, Func<string> defaultValue);")]
    public void A_factory_that_acquires_or_a_get_or_add_verb_stays_a_get_or_add(string read)
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System;
            using InMemoryFakes;

            namespace Layouts;

            [InMemoryFake]
            public interface INameStore
            {
                void Set(string key, string value);
                void Remove(string key);
            """ + "\n    " + read + "\n}\n");

        Assertions.Clean(run);
    }
}
