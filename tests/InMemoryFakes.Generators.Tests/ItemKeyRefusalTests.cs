using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A store whose keys and values are one type, where no member writes a value under a key, does not take an argument
/// named as an item (<c>item</c>, <c>value</c>, <c>element</c>…) for the key (since session 26, h-everyday8): a paste's
/// <c>IRepository&lt;T&gt;</c> over a <c>List&lt;T&gt;</c>, closed over <c>int</c>, had its <c>Remove(T item)</c>
/// generated as the removal of the entry keyed <c>item</c>, where the list takes out the first equal item and keeps
/// repeats (docs/generator.md, key-value store, refused guesses; Parsing/KeyValuePlanner.ItemKeys.cs).
/// </summary>
public class ItemKeyRefusalTests
{
    // https://pastebin.com/UWL5fxJJ ("GENERIC INTEFACE"): Repository<T> over a List<T>, used as IRepository<int>.
    private const string Paste = Sources.Usings + """
        namespace Lists;

        public interface IRepository<T>
        {
            void Add(T item);
            void Remove(T item);
            IEnumerable<T> GetAll();
        }

        """;

    [Fact]
    public void Remove_of_an_item_in_a_store_of_ints_no_key_names_is_refused()
    {
        var run = GeneratorHarness.Run(Paste + "[InMemoryFake(typeof(IRepository<int>))] public partial class IntRepositoryFake;");
        Refusals.Exactly(run,
            ("Add", "it takes no key, but other members do"),
            ("Remove", "its parameter 'item' is one of the store's own int items, not a key: no member writes a value under a key"));
    }

    [Fact]
    public void The_same_holds_for_strings_and_for_a_test_of_a_value()
    {
        var run = GeneratorHarness.Run(Paste.Replace("    IEnumerable<T> GetAll();", "    IEnumerable<T> GetAll();\n    bool Contains(T value);", System.StringComparison.Ordinal)
            + "[InMemoryFake(typeof(IRepository<string>))] public partial class StringRepositoryFake;");
        Refusals.Exactly(run,
            ("Add", "it takes no key, but other members do"),
            ("Remove", "its parameter 'item' is one of the store's own string items, not a key"),
            ("Contains", "its parameter 'value' is one of the store's own string items, not a key"));
    }
}
