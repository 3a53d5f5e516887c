using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A generic read of a store of <c>object</c> values declared nullable or oblivious (<c>T Get&lt;T&gt;(string key)</c>)
/// answers the value when it is a <c>T</c> and default for a missing key; a value of another type is a loud
/// <see cref="System.InvalidCastException"/> naming the member, not default (h-sample52's round: cognitronic/PSP's
/// MongoDB cache adapter casts with <c>(T)</c> and throws, as IMemoryCache's <c>Get&lt;TItem&gt;</c> and Polly's registry
/// do, where the fake answered default; LazyCache answers default and a JSON store converts, so no signature says which).
/// </summary>
public class GenericObjectReadTests
{
    [Theory]
    [InlineData("#nullable disable", "T")]
    [InlineData("#nullable enable", "T?")]
    [InlineData("#nullable disable", "Task<T>")]
    public void A_generic_read_answers_a_value_of_that_type_default_when_missing_and_fails_loudly_for_another_type(string context, string result)
    {
        var name = result.StartsWith("Task", System.StringComparison.Ordinal) ? "GetAsync" : "Get";
        var run = GeneratorHarness.Run(Sources.Usings + context + "\nnamespace Caching;\n[InMemoryFake] public interface ICacheStorage { void Remove(string key); void Store(string key, object data); "
            + result + " " + name + "<T>(string key); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assertions.CompilationOnly(run);
        var read = name == "GetAsync" ? "cache.GetAsync<{0}>({1}).GetAwaiter().GetResult()" : "cache.Get<{0}>({1})";
        string Read(string type, string key) => string.Format(System.Globalization.CultureInfo.InvariantCulture, read, type, key);
        BehaviourCheck.Run(run, $$"""
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Caching.ICacheStorage cache = new Caching.InMemoryCacheStorage();
                    Is(null, {{Read("string", "\"name\"")}}, "a key never stored reads as default");
                    Is(0, {{Read("int", "\"visits\"")}}, "also for a value type");
                    cache.Store("visits", 5);
                    Is(5, {{Read("int", "\"visits\"")}}, "a value of the type asked is answered");
                    Is(5, {{Read("object", "\"visits\"")}}, "also asked as a base type");
                    Throws<System.InvalidCastException>(() => {{Read("string", "\"visits\"")}}, null, "a value of another type is a loud error, not default");
                    try
                    {
                        _ = {{Read("string", "\"visits\"")}};
                    }
                    catch (System.InvalidCastException e)
                    {
                        if (!e.Message.Contains("{{name}}") || !e.Message.Contains("Int32") || !e.Message.Contains("String") || !e.Message.Contains("'visits'") || !e.Message.Contains("Store.TryGet"))
                            throw new System.InvalidOperationException("the error should name the member, the key, both types and the one-line store access: " + e.Message);
                    }

                    Is(5, {{Read("int", "\"visits\"")}}, "and the store is unchanged");
                    cache.Remove("visits");
                    Is(null, {{Read("string", "\"visits\"")}}, "a removed key reads as default again");
                }
            }
            """);
    }

    [Theory]
    [InlineData("#nullable disable", "T")]
    [InlineData("#nullable enable", "T?")]
    public void GenericReads_As_states_that_a_value_of_another_type_reads_as_default(string context, string result)
    {
        var run = GeneratorHarness.Run(Sources.Usings + context + "\nnamespace Caching;\n[InMemoryFake(GenericReads = GenericReadConversion.As)] public interface IAppCache { void Set(string key, object item); "
            + result + " Get<T>(string key); void Remove(string key); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id is "IMF0001" or "IMF0010");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Caching.IAppCache cache = new Caching.InMemoryAppCache();
                    cache.Set("visits", 5);
                    Is(5, cache.Get<int>("visits"), "a value of the type asked is answered");
                    Is(null, cache.Get<string>("visits"), "a value of another type reads as default, as `as T` and LazyCache's Get<T> answer");
                    Is(null, cache.Get<string>("missing"), "as a missing key does");
                }
            }
            """);
    }

    [Fact]
    public void GenericReads_As_on_an_entity_repository_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Shop;\npublic class Order { public int Id { get; set; } }\n[InMemoryFake(GenericReads = GenericReadConversion.As)] public interface IOrders { void Add(Order order); Order? Get(int id); }");
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0010" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("GenericReads", System.StringComparison.Ordinal));
    }
}
