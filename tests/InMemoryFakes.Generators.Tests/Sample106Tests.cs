using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample106 (session 34), Avalonia repositories. Avalonia's <c>IAvaloniaList&lt;T&gt; : IList&lt;T&gt;,
/// IAvaloniaReadOnlyList&lt;T&gt;</c> (over <c>AvaloniaList&lt;T&gt;</c>, a <c>List&lt;T&gt;</c> that raises change events) was
/// classified a blob store by <c>Move</c> and <c>CopyTo</c>: each of its 20 refusals named a blob store's cause ("a
/// destination that exists", "names no blob", "Clear must take no parameters" for <c>RemoveAll(items)</c>), and
/// <c>Count</c> and <c>Clear</c> were generated over a blob table that the list's members, written by hand, never fill.
/// SwedbankPay's <c>IOperationList : IList&lt;HttpOperation&gt;</c> (h-sample83) had the same first try. An interface that
/// derives from <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c> or <c>IList</c> is a list now (docs/generator.md, refused
/// guesses): every member is refused saying so, and nothing is generated over a table.
/// </summary>
public class Sample106Tests
{
    private const string AvaloniaList = Sources.Usings + """
        using System.Collections.Specialized;
        using System.ComponentModel;

        namespace V;

        public interface IAvaloniaReadOnlyList<out T> : IReadOnlyList<T>, INotifyCollectionChanged, INotifyPropertyChanged
        {
        }

        [InMemoryFake]
        public interface IAvaloniaList<T> : IList<T>, IAvaloniaReadOnlyList<T>
        {
            new int Count { get; }
            new T this[int index] { get; set; }
            void AddRange(IEnumerable<T> items);
            void InsertRange(int index, IEnumerable<T> items);
            void Move(int oldIndex, int newIndex);
            void MoveRange(int oldIndex, int count, int newIndex);
            void RemoveAll(IEnumerable<T> items);
            void RemoveRange(int index, int count);
        }
        """;

    private const string ListReason =
        "IAvaloniaList is a list (it derives from IList<T>): it keeps items in order, the same item as often as it is added, "
        + "and reads and writes them by position, none of which the fake's keyed tables keep; which list answers it is the implementation's "
        + "(a List<T> keeps duplicates, a ReadOnlyCollection<T> throws NotSupportedException on Add, a KeyedCollection<TKey, TItem> refuses a second item of a key), "
        + "so each member of a list interface is written by hand, over a List<T> field";

    /// <summary>The member a refusal names (an inherited BCL member has no source of its own: it points at the attribute).</summary>
    private static string MemberNamed(Microsoft.CodeAnalysis.Diagnostic diagnostic)
        => diagnostic.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1];

    [Fact]
    public void Every_member_of_an_interface_deriving_from_IList_is_refused_as_a_lists_and_nothing_is_generated_over_a_table()
    {
        var run = GeneratorHarness.Run(AvaloniaList);
        var refusals = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").ToArray();
        Assert.Equal(run.GeneratorDiagnostics.Length, refusals.Length);
        Assert.Equal(
            new[] { "Add", "AddRange", "Clear", "CollectionChanged", "Contains", "CopyTo", "Count", "GetEnumerator", "IndexOf", "Insert", "InsertRange", "IsReadOnly", "Move", "MoveRange", "PropertyChanged", "Remove", "RemoveAll", "RemoveAt", "RemoveRange", "this[]" },
            refusals.Select(MemberNamed).Distinct().OrderBy(static n => n, StringComparer.Ordinal).ToArray());
        Assert.All(refusals, static d => Assert.Contains("matches no store convention: " + ListReason + ". Implement it in the partial class InMemoryAvaloniaList, ", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(refusals, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("blob", StringComparison.Ordinal));

        var move = Assert.Single(refusals, static d => MemberNamed(d) == "Move");
        Assert.Equal("Move", Refusals.PointedAt(move));
        Assert.Equal(
            "'Move' of IAvaloniaList matches no store convention: " + ListReason + ". Implement it in the partial class InMemoryAvaloniaList, "
            + "where its Store property reaches the fake's table in one line: Store.Call(nameof(Move), oldIndex, newIndex) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            move.GetMessage(CultureInfo.InvariantCulture));

        var source = run.Source("IAvaloniaList_1.InMemoryFake.g.cs");
        Assert.DoesNotContain("public int Count", source, StringComparison.Ordinal);
        Assert.DoesNotContain("public void Clear()", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_list_and_a_list_with_no_member_of_its_own_are_lists_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class HttpOperation
            {
                public Uri Href { get; set; } = new("https://example.org/");
            }

            [InMemoryFake]
            public interface IOperationList : IList<HttpOperation>
            {
            }

            [InMemoryFake]
            public interface IRecentItems : IReadOnlyList<string>
            {
                void Push(string item);
            }
            """);
        var refusals = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").ToArray();
        Assert.Equal(run.GeneratorDiagnostics.Length, refusals.Length);
        Assert.Equal(13, refusals.Count(static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("IOperationList is a list (it derives from IList<T>)", StringComparison.Ordinal)));
        Assert.Equal(
            new[] { "Count", "GetEnumerator", "Push", "this[]" },
            refusals.Where(static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("IRecentItems is a list (it derives from IReadOnlyList<T>)", StringComparison.Ordinal))
                .Select(MemberNamed).Distinct().OrderBy(static n => n, StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("public int Count", run.Source("IOperationList.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_by_hand_over_a_List_the_list_fake_compiles_clean_and_the_members_are_the_users()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Collections;

            namespace V;

            [InMemoryFake]
            public interface INames : IList<string>
            {
                void Move(int oldIndex, int newIndex);
            }

            public partial class InMemoryNames
            {
                private readonly List<string> _items = new();
                public string this[int index] { get => _items[index]; set => _items[index] = value; }
                public int Count => _items.Count;
                public bool IsReadOnly => false;
                public void Add(string item) => _items.Add(item);
                public void Clear() => _items.Clear();
                public bool Contains(string item) => _items.Contains(item);
                public void CopyTo(string[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);
                public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public int IndexOf(string item) => _items.IndexOf(item);
                public void Insert(int index, string item) => _items.Insert(index, item);
                public bool Remove(string item) => _items.Remove(item);
                public void RemoveAt(int index) => _items.RemoveAt(index);
                public void Move(int oldIndex, int newIndex)
                {
                    var item = _items[oldIndex];
                    _items.RemoveAt(oldIndex);
                    _items.Insert(newIndex, item);
                }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INames names = new InMemoryNames();
                    names.Add("a");
                    names.Add("b");
                    names.Add("a");
                    Is(3, names.Count, "the hand-written list keeps a duplicate, and Count is its own");
                    names.Move(0, 2);
                    Is("b,a,a", string.Join(",", names), "Move is the list's");
                    names.Clear();
                    Is(0, names.Count, "Clear empties the list, not a table");
                }
            }
            """);
    }

    [Fact]
    public void A_collection_that_is_no_list_keeps_its_reading()
    {
        // IReadOnlyCollection<T> and a dictionary keep their positions out of the contract: the rule is for lists only.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ISettings : IReadOnlyDictionary<string, string>
            {
                void Set(string key, string value);
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("is a list", StringComparison.Ordinal));
    }
}
