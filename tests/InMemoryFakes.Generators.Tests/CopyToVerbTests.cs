using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>CopyTo(KeyValuePair&lt;K, V&gt;[] array, int index)</c> of a key-value store, also with the store's nouns
/// (<c>CopyPropertiesTo</c>), is <c>ICollection&lt;KeyValuePair&lt;K, V&gt;&gt;.CopyTo</c>: every entry written into the array
/// from the index on (h-sample45's round: System.Xaml's <c>IAttachedPropertyStore.CopyPropertiesTo</c>, whose default store
/// is a dictionary's CopyTo, was "not a known verb" and the only member left of a complete fake).
/// </summary>
public class CopyToVerbTests
{
    [Theory]
    [InlineData("#nullable enable", "object", "out object? value")]
    [InlineData("#nullable enable", "object?", "out object? value")]
    [InlineData("#nullable disable", "object", "out object value")]
    public void CopyTo_with_the_stores_noun_writes_every_entry_from_the_index_and_checks_the_array_first(string context, string element, string outValue)
    {
        var run = GeneratorHarness.Run(Sources.Usings + context + "\nnamespace Attached;\npublic sealed record Member(string Owner, string Name);\n"
            + "[InMemoryFake] public interface IAttachedValueStore { int ValueCount { get; } void CopyValuesTo(KeyValuePair<Member, " + element + ">[] array, int index);"
            + " bool RemoveValue(Member member); void SetValue(Member member, object value); bool TryGetValue(Member member, " + outValue + "); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            #nullable enable
            using System.Collections.Generic;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Attached.IAttachedValueStore store = new Attached.InMemoryAttachedValueStore();
                    var row = new Attached.Member("Grid", "Row");
                    var column = new Attached.Member("Grid", "Column");
                    var empty = new KeyValuePair<Attached.Member, object?>[1];
                    Copy(store, empty, 1);
                    Is(null, empty[0].Key, "an empty store writes nothing");

                    store.SetValue(row, 2);
                    store.SetValue(column, "left");
                    store.SetValue(new Attached.Member("Grid", "Row"), 3);
                    var array = new KeyValuePair<Attached.Member, object?>[4];
                    Copy(store, array, 1);
                    Is(null, array[0].Key, "the slots before the index are left alone");
                    Is(row, array[1].Key, "every entry from the index on, in insertion order");
                    Is(3, array[1].Value, "with its value (the last set)");
                    Is(column, array[2].Key, "the second entry");
                    Is("left", array[2].Value, "with its value");
                    Is(null, array[3].Key, "and nothing after the entries");

                    var small = new KeyValuePair<Attached.Member, object?>[2];
                    small[0] = new KeyValuePair<Attached.Member, object?>(column, "kept");
                    Throws<System.ArgumentException>(() => Copy(store, small, 1), "array", "entries that do not fit are ArgumentException naming the array");
                    Is("kept", small[0].Value, "and the array is left as it was");
                    Is(null, small[1].Key, "every slot of it");
                    Throws<System.ArgumentOutOfRangeException>(() => Copy(store, array, -1), "index", "a negative index names the index");
                    Throws<System.ArgumentOutOfRangeException>(() => Copy(store, array, 5), "index", "an index past the end names the index");
                    Throws<System.ArgumentNullException>(() => Copy(store, null, 0), "array", "a null array names the array");

                    store.RemoveValue(row);
                    var after = new KeyValuePair<Attached.Member, object?>[1];
                    Copy(store, after, 0);
                    Is(column, after[0].Key, "a removed entry is not written");
                    Is(1, store.ValueCount, "and the store is unchanged by the copies");
                }

                // The declared element type is object or object? (the same type at run time); '!' also passes the null array.
                private static void Copy(Attached.IAttachedValueStore store, KeyValuePair<Attached.Member, object?>[]? array, int index)
                    => store.CopyValuesTo(array!, index);
            }
            """);
    }

    [Fact]
    public void A_bare_CopyTo_of_a_typed_store_copies_its_entries()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace Counters;\n"
            + "[InMemoryFake] public interface ICounterStore { int? Get(string key); void Set(string key, int value); void CopyTo(KeyValuePair<string, int>[] array, int arrayIndex); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System.Collections.Generic;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Counters.ICounterStore store = new Counters.InMemoryCounterStore();
                    store.Set("a", 1);
                    store.Set("b", 2);
                    var array = new KeyValuePair<string, int>[2];
                    store.CopyTo(array, 0);
                    Is("a", array[0].Key, "the first entry");
                    Is(2, array[1].Value, "and the second");
                    Throws<System.ArgumentOutOfRangeException>(() => store.CopyTo(array, 3), "arrayIndex", "the caller's parameter name");
                }
            }
            """);
    }

    [Theory]
    [InlineData("void CopyTo(KeyValuePair<string, string>[] array, int index);", "its array must hold the store's keys and values (string, int), not System.Collections.Generic.KeyValuePair<string, string>")]
    [InlineData("int CopyTo(KeyValuePair<string, int>[] array, int index);", "CopyTo must take an array of the store's entries (KeyValuePair<key, value>[]) and the int index to start at, and return nothing, as ICollection<KeyValuePair<TKey, TValue>>.CopyTo")]
    [InlineData("void CopyTo(List<KeyValuePair<string, int>> list, int index);", "CopyTo must take an array of the store's entries (KeyValuePair<key, value>[]) and the int index to start at, and return nothing, as ICollection<KeyValuePair<TKey, TValue>>.CopyTo")]
    public void A_CopyTo_of_another_shape_is_refused(string member, string reason)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "#nullable enable\nnamespace Counters;\n"
            + "[InMemoryFake] public interface ICounterStore { int? Get(string key); void Set(string key, int value); " + member + " }");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Contains("'CopyTo' of ICounterStore matches no key-value store convention: " + reason + ".", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
