using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample110 (session 35), Akka.NET codebases. Akka.Hosting's <c>IReadOnlyActorRegistry</c> declares
/// <c>bool TryGet(Type key, out IActorRef actor)</c> under nullable annotations: the out parameter is declared not null, and
/// the real <c>ActorRegistry</c> sets it to <c>ActorRefs.Nobody</c> for a key not registered, where the generated member left
/// null there, silently. A try-read or try-removal whose out parameter is a reference type declared not null, without
/// <c>[MaybeNullWhen(false)]</c> or <c>[NotNullWhen(true)]</c>, is now refused: what a miss hands out is the store's own
/// (docs/generator.md, refused guesses). Declared nullable, annotated, oblivious or a type parameter, it is generated as before.
/// </summary>
public class Sample110Tests
{
    private const string Registry = Sources.Usings + """
        using System.Diagnostics.CodeAnalysis;

        namespace V;

        public interface IActorRef
        {
        }

        public sealed class ActorRef : IActorRef
        {
            public ActorRef(string path) { Path = path; }

            public string Path { get; }
        }

        [InMemoryFake]
        public interface IActorRegistry
        {
            void Set(Type key, IActorRef actor);
            bool TryGet(Type key, out IActorRef actor);
        }

        [InMemoryFake]
        public interface IMaybeNullRegistry
        {
            void Set(Type key, IActorRef actor);
            bool TryGet(Type key, [MaybeNullWhen(false)] out IActorRef actor);
        }

        [InMemoryFake]
        public interface INullableRegistry
        {
            void Set(Type key, IActorRef actor);
            bool TryGet(Type key, out IActorRef? actor);
        }

        [InMemoryFake]
        public interface IGenericRegistry<TValue>
        {
            void Set(string key, TValue value);
            bool TryGet(string key, out TValue value);
        }

        [InMemoryFake(typeof(IGenericRegistry<string>))]
        public partial class ClosedRegistry;
        """;

    [Fact]
    public void A_try_read_whose_out_parameter_is_declared_not_null_is_refused_naming_the_sentinel_a_miss_hands_out()
    {
        var run = GeneratorHarness.Run(Registry);
        Refusals.Exactly(run, ("TryGet", "its out parameter 'actor' (IActorRef) is declared not null, so a key not stored must still hand out a value that is not null, and which one (a sentinel such as Akka.Hosting's ActorRefs.Nobody, an empty value) the signature does not say; declare it '[MaybeNullWhen(false)] out IActorRef actor' when the store leaves null there, or write the member (Store.TryGet(key, out var found)) and set 'actor' to the store's own value for a miss"));
    }

    [Fact]
    public void A_try_read_whose_out_parameter_may_be_null_on_a_miss_is_generated_as_before()
    {
        var run = GeneratorHarness.Run(Refusals.Without(Registry, "    bool TryGet(Type key, out IActorRef actor);\n"));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IMaybeNullRegistry annotated = new InMemoryMaybeNullRegistry();
                    Is(false, annotated.TryGet(typeof(string), out var none), "[MaybeNullWhen(false)]: a key not registered is false");
                    Is(null, none, "and leaves null, as the attribute allows");
                    var actor = new ActorRef("/user/a");
                    annotated.Set(typeof(string), actor);
                    Is(true, annotated.TryGet(typeof(string), out var found), "a registered key is found");
                    Is("/user/a", ((ActorRef)found).Path, "with its actor");

                    INullableRegistry nullable = new InMemoryNullableRegistry();
                    Is(false, nullable.TryGet(typeof(string), out var missing), "out IActorRef?: false");
                    Is(null, missing, "and null");

                    IGenericRegistry<string> generic = new InMemoryGenericRegistry<string>();
                    Is(false, generic.TryGet("a", out var value), "out TValue (a type parameter, which may be nullable): false");
                    Is(null, value, "and default");

                    IGenericRegistry<string> closed = new ClosedRegistry();
                    Is(false, closed.TryGet("a", out var closedValue), "out TValue of an interface the fake closes (a string there): false, as Squidex's IQueryCache<string, string>");
                    Is(null, closedValue, "and default");
                }
            }
            """);
    }

    [Fact]
    public void An_oblivious_out_parameter_keeps_the_default_as_the_bool_says_what_a_miss_gives()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public interface IActorRef
            {
            }

            [InMemoryFake]
            public interface IActorRegistry
            {
                void Set(Type key, IActorRef actor);
                bool TryGet(Type key, out IActorRef actor);
            }
            """);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IActorRegistry registry = new InMemoryActorRegistry();
                    Is(false, registry.TryGet(typeof(string), out var none), "a key not registered is false");
                    Is(null, none, "and the out parameter null, as Dictionary.TryGetValue leaves it");
                }
            }
            """);
    }

    [Fact]
    public void A_try_removal_and_an_entity_try_find_with_an_out_parameter_declared_not_null_are_refused_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public sealed class Session
            {
                public string Token { get; set; } = "";
            }

            [InMemoryFake]
            public interface ISessionCache
            {
                void Set(string key, Session value);
                Session? Get(string key);
                bool TryRemove(string key, out Session value);
            }

            public class Order
            {
                public int Id { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                Order? Find(int id);
                bool TryGet(int id, out Order order);
            }
            """);
        Refusals.Exactly(
            run,
            ("TryRemove", "its out parameter 'value' (Session) is declared not null, so a key not stored must still hand out a value that is not null"),
            ("TryGet", "its out parameter 'order' (Order) is declared not null"));
        Assert.Contains("(Store.TryGet(key, out var found) and Store.Remove(key))", Refusals.Message(run, "TryRemove"), StringComparison.Ordinal);
        Assert.Contains("(Store.Find(id))", Refusals.Message(run, "TryGet"), StringComparison.Ordinal);
    }

    [Fact]
    public void GetEnumerator_of_the_stores_own_key_value_pairs_enumerates_the_entries_read_at_one_instant()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Collections;

            namespace V;

            [InMemoryFake]
            public interface IRoutes : IEnumerable<KeyValuePair<string, int>>
            {
                void Set(string key, int value);
                int? Get(string key);
                bool Remove(string key);
            }
            """);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRoutes routes = new InMemoryRoutes();
                    Is(0, System.Linq.Enumerable.Count(routes), "a new store enumerates nothing");
                    routes.Set("b", 2);
                    routes.Set("a", 1);
                    routes.Set("b", 3);
                    Is("b=3,a=1", string.Join(",", System.Linq.Enumerable.Select(routes, static e => e.Key + "=" + e.Value)), "every entry, in the order the keys were first written, with its value now");
                    var walked = 0;
                    foreach (var entry in routes)
                    {
                        routes.Remove(entry.Key);
                        walked++;
                    }

                    Is(2, walked, "the entries are read at one instant: removing while enumerating neither throws nor skips");
                    routes.Set("c", 4);
                    var untyped = ((System.Collections.IEnumerable)routes).GetEnumerator();
                    Is(true, untyped.MoveNext(), "IEnumerable.GetEnumerator enumerates the same entries");
                    Is("c", ((KeyValuePair<string, int>)untyped.Current!).Key, "as KeyValuePairs");
                    Is(false, untyped.MoveNext(), "and no more");
                }
            }
            """);
    }

    [Fact]
    public void GetEnumerator_of_anything_but_the_stores_entries_is_refused_as_an_enumerator_not_as_a_verb_and_a_noun()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface INames : IEnumerable<string>
            {
                void Set(string key, int value);
                int? Get(string key);
            }
            """);
        const string Cause = "and only an interface that enumerates one IEnumerable<KeyValuePair<K, V>> of the store's own key and value types enumerates its entries; what this one walks (keys, values, something else, or which of several sequences) is not said";
        Assert.Equal(["IMF0001 InMemoryFake", "IMF0001 InMemoryFake"], Refusals.Listed(run));
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(static m => m, StringComparer.Ordinal).ToArray();
        Assert.Contains("it is System.Collections.Generic.IEnumerable<string>'s enumerator, " + Cause, messages[0], StringComparison.Ordinal);
        Assert.Contains("it is System.Collections.IEnumerable's enumerator, " + Cause, messages[1], StringComparison.Ordinal);
        Assert.DoesNotContain(messages, static m => m.Contains("no noun", StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_returning_a_collection_interface_the_store_computes_is_refused_as_a_collection_not_as_an_engine()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Collections.Immutable;

            namespace V;

            public sealed record TopicPartitionOffset(string Topic, int Partition, long Offset);

            [InMemoryFake]
            public interface IOffsets
            {
                void Set(string key, TopicPartitionOffset value);
                TopicPartitionOffset? Get(string key);
                IImmutableSet<TopicPartitionOffset> RefreshOffsets { get; }
            }
            """);
        Refusals.Exactly(run, ("RefreshOffsets", "it returns System.Collections.Immutable.IImmutableSet<V.TopicPartitionOffset>, a collection of V.TopicPartitionOffset under the name 'RefreshOffsets': which entries it holds (all of them, or those the real store picks by a rule of its own) is not said (only Count"));
        Assert.DoesNotContain("engine or service", Refusals.Message(run, "RefreshOffsets"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_whose_key_is_its_type_argument_is_refused_naming_the_type_argument_not_a_missing_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Diagnostics.CodeAnalysis;

            namespace V;

            public interface IActorRef
            {
            }

            [InMemoryFake]
            public interface IActorRegistry
            {
                void Set(Type key, IActorRef actor);
                bool TryGet(Type key, [MaybeNullWhen(false)] out IActorRef actor);
                bool TryGet<TKey>([MaybeNullWhen(false)] out IActorRef actor);
                IActorRef Get<TKey>();
                Task<IActorRef> GetAsync<TKey>(CancellationToken ct = default);
            }
            """);
        const string Cause = "its key is its type argument 'TKey' (typeof(TKey) in a store keyed by System.Type), which the generated members do not read out of a type argument; write it with the store read of the key typeof(TKey) (Store.TryGet(typeof(TKey), out var found))";
        Refusals.Exactly(run, ("TryGet", Cause), ("Get", Cause), ("GetAsync", Cause));
    }
}
