using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 28's out-of-sample round (h-sample75, docs/generator-rounds.md "Out-of-sample round h-sample75"): WebApiClient's
/// <c>IDataCollection</c> keeps a <c>Dictionary&lt;object, object?&gt;</c> and declares <c>bool TryRemove(object key, out
/// object? value)</c>, Dictionary's <c>Remove(key, out value)</c>. The removal into an out parameter was proven for typed
/// stores only; over a store of <c>object</c> values an out parameter of type <c>object</c> is the same shape (the value
/// as held, no conversion). An out parameter of another type over an object store is a conversion and stays refused.
/// </summary>
public class ObjectStoreTryRemoveTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void TryRemove_into_an_out_object_over_an_object_store_removes_the_key_and_hands_out_its_value()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IPropertyBag
            {
                int Count { get; }
                void Set(object key, object value);
                bool ContainsKey(object key);
                bool TryRemove(object key, out object? value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IPropertyBag bag = new InMemoryPropertyBag();
                    bag.Set("name", "Ada");
                    bag.Set(7, 42);
                    Is(true, bag.TryRemove("name", out var removed), "a held key is removed");
                    Is("Ada", removed, "and its value handed out");
                    Is(false, bag.ContainsKey("name"), "the key is gone");
                    Is(false, bag.TryRemove("name", out var again), "a missing key answers false");
                    Is(null, again, "and hands out null");
                    Is(1, bag.Count, "the other entry stays");
                    Is(true, bag.TryRemove(7, out var number) && (int)number! == 42, "any key object");
                }
            }
            """);
    }

    [Fact]
    public void TryRemove_into_an_out_parameter_of_another_type_over_an_object_store_stays_refused()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IPropertyBag
            {
                void Set(object key, object value);
                bool TryRemove(object key, out string? value);
            }
            """);
        Refusals.Exactly(run, ("TryRemove", "(or 'out object' over an object store)"));
    }
}
