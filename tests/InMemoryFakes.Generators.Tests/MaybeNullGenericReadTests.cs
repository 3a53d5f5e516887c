using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 28's out-of-sample round (h-sample75, docs/generator-rounds.md "Out-of-sample round h-sample75"): WebApiClient's
/// <c>IDataCollection</c> declares <c>[return: MaybeNull] TValue Get&lt;TValue&gt;(object key)</c>, the pre-C# 8 spelling of
/// <c>TValue?</c>. The fake read it as a non-nullable <c>TValue</c> and threw the not-found error on a missing key, where
/// the signature says default comes back (and the real collection answers default). The attribute now reads as <c>T?</c>
/// does: default on a miss, the value when it is a <c>TValue</c>, and the clear cast error naming the member for a value
/// of another type (which no signature settles). Without the attribute a missing key is still the not-found error.
/// </summary>
public class MaybeNullGenericReadTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_generic_Get_marked_MaybeNull_answers_default_for_a_missing_key()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IDataBag
            {
                int Count { get; }
                bool ContainsKey(object key);
                void Set(object key, object value);
                [return: System.Diagnostics.CodeAnalysis.MaybeNull]
                TValue Get<TValue>(object key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IDataBag bag = new InMemoryDataBag();
                    Is(null, bag.Get<string>("missing"), "a missing key is default (null), as [return: MaybeNull] declares");
                    Is(0, bag.Get<int>("missing"), "and default (0) for a value type");
                    bag.Set("name", "Ada");
                    bag.Set(42, 7);
                    Is("Ada", bag.Get<string>("name"), "a stored value of the asked type comes back");
                    Is(7, bag.Get<int>(42), "under any key object");
                    Is(2, bag.Count, "the miss stored nothing");
                    Throws<System.InvalidCastException>(() => bag.Get<int>("name"), null, "a value of another type is the cast error naming the member, not a guess");
                }
            }
            """);
    }

    [Fact]
    public void Without_MaybeNull_a_generic_Get_of_a_missing_key_is_still_the_not_found_error()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IDataBag
            {
                void Set(object key, object value);
                TValue Get<TValue>(object key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IDataBag bag = new InMemoryDataBag();
                    Throws<KeyNotFoundException>(() => bag.Get<string>("missing"), null, "a non-nullable TValue read of a missing key throws");
                    bag.Set("name", "Ada");
                    Is("Ada", bag.Get<string>("name"), "a stored value comes back");
                }
            }
            """);
    }
}
