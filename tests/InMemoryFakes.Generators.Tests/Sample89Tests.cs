using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample89 (session 31), an out-of-sample round on repositories whose name says Repository. heng222/MyRepository's
/// <c>IRepository</c> (generic methods over <c>T : Entity</c>, read as a store of object values) had
/// <c>void Update&lt;T&gt;(object instance, Expression&lt;Func&lt;T, bool&gt;&gt; predicate)</c> generated as a replace that
/// stored the predicate under the instance, where the real repository runs an <c>UPDATE … WHERE</c> on T's table. In a
/// store of object values every parameter fits the value, so a LINQ expression tree there is refused: it is a query the
/// real store evaluates, never a value it keeps. A store that declares expressions as its values keeps them.
/// </summary>
public class Sample89Tests
{
    private const string Cause = "is a LINQ expression (Expression<Func<";

    [Fact]
    public void A_LINQ_expression_in_a_store_of_object_values_is_refused_as_a_key_or_a_value()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq.Expressions;

            namespace V;

            public abstract class Entity
            {
                public uint Code { get; set; }
            }

            public class Item
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IRepository
            {
                void Update<T>(object instance, Expression<Func<T, bool>> predicate) where T : Entity;
            }

            [InMemoryFake]
            public interface IObjectStore
            {
                T Get<T>(string key);
                void Set<T>(string key, T value);
                void Replace<T>(string key, Expression<Func<T, bool>> predicate);
            }

            [InMemoryFake]
            public interface IItemCache
            {
                object? Get(object key);
                void Set(object key, object value);
                void Put(object instance, Expression<Func<Item, bool>> predicate);
                void Delete(Expression<Func<Item, bool>> predicate);
            }
            """);

        Refusals.Exactly(
            run,
            ("Update", Cause + "T, bool>>)"),
            ("Replace", Cause + "T, bool>>)"),
            ("Put", Cause + "Item, bool>>)"),
            ("Delete", Cause + "Item, bool>>)"));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001"
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("the fake would store the expression under 'instance'", System.StringComparison.Ordinal));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001"
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("look entries up by the expression object itself", System.StringComparison.Ordinal));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_predicate_delegate_in_a_store_of_object_values_is_refused_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Item
            {
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IItemCache
            {
                object? Get(string key);
                void Set(string key, object value);
                void Update(string key, Func<Item, bool> predicate);
            }
            """);

        Refusals.Exactly(run, ("Update", "its parameter 'predicate' is a predicate (Func<Item, bool>)"));
    }

    [Fact]
    public void The_other_members_of_a_store_of_object_values_keep_their_meaning_beside_the_refused_member_written_by_hand()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq.Expressions;

            namespace V;

            [InMemoryFake]
            public interface IObjectStore
            {
                T Get<T>(string key);
                void Set<T>(string key, T value);
                void Replace<T>(string key, Expression<Func<T, bool>> predicate);
            }

            public sealed partial class InMemoryObjectStore
            {
                public void Replace<T>(string key, Expression<Func<T, bool>> predicate) => throw new NotSupportedException("written by hand");
            }
            """);

        // Written by hand, as the message says: the refusal is gone and the rest of the fake is generated.
        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq.Expressions;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IObjectStore store = new InMemoryObjectStore();
                    store.Set("answer", 42);
                    Is(42, store.Get<int>("answer"), "a generic write and read of a store of object values are generated as before");
                    store.Set("answer", 43);
                    Is(43, store.Get<int>("answer"), "and the write overwrites");
                }
            }
            """);
    }

    [Fact]
    public void A_store_that_declares_expressions_as_its_values_keeps_them()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq.Expressions;

            namespace V;

            public class Rule
            {
                public int Score { get; set; }
            }

            [InMemoryFake(CopyMode = CopyMode.Reference)]
            public interface IRuleCache
            {
                Expression<Func<Rule, bool>>? Get(string key);
                void Set(string key, Expression<Func<Rule, bool>> value);
                void Remove(string key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq.Expressions;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRuleCache rules = new InMemoryRuleCache();
                    Expression<Func<Rule, bool>> high = r => r.Score > 10;
                    rules.Set("high", high);
                    var read = rules.Get("high");
                    Is(true, read is not null && read.Compile()(new Rule { Score = 11 }), "the expression a store declares as its value is the value it keeps");
                    rules.Remove("high");
                    Is(true, rules.Get("high") is null, "and removed by its key");
                }
            }
            """);
    }
}
