using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>The runtime's copy building blocks: graphs, collections, framework types, object-typed values and user hooks.</summary>
public class CopyBuildingBlockTests
{
    public sealed class Node
    {
        public string Name { get; set; } = "";

        public Node? Next { get; set; }

        public List<Node> Children { get; set; } = new();

        public static Node Copy(Node node, CopyContext context) => context.Copy(node, static _ => new Node(), static (from, to, c) =>
        {
            to.Name = from.Name;
            to.Next = from.Next is null ? null : Copy(from.Next, c);
            to.Children = c.CopyList(from.Children, Copy);
        });
    }

    public sealed class Tagged
    {
        public int Id { get; set; }

        public ICollection<string> Tags { get; set; } = new List<string>();

        public static Tagged Copy(Tagged item, CopyContext context) => context.Copy(item, static _ => new Tagged(), static (from, to, c) =>
        {
            to.Id = from.Id;
            to.Tags = c.CopyCollection<ICollection<string>, string>(from.Tags, copyElement: null);
        });
    }

    /// <summary>A DDD-style aggregate: private list, read-only view of it.</summary>
    public sealed class Meeting
    {
        private List<string> _attendees = new();
        private ReadOnlyCollection<string> _view;

        public Meeting()
        {
            _view = _attendees.AsReadOnly();
        }

        public IReadOnlyList<string> Attendees => _view;

        public void Invite(string name) => _attendees.Add(name);

        public static Meeting Copy(Meeting meeting, CopyContext context) => context.Copy(meeting, static _ => new Meeting(), static (from, to, c) =>
        {
            to._attendees = c.CopyList(from._attendees, null);
            to._view = c.CopyReadOnlyCollection(from._view, null);
        });
    }

    /// <summary>Mutable, with value equality: a hashed collection of these must be filled once its elements are complete.</summary>
    public sealed class Money : IEquatable<Money>
    {
        public decimal Amount { get; set; }

        public string Currency { get; set; } = "";

        public static Money Copy(Money money, CopyContext context) => context.Copy(money, static _ => new Money(), static (from, to, _) =>
        {
            to.Amount = from.Amount;
            to.Currency = from.Currency;
        });

        public bool Equals(Money? other) => other is not null && Amount == other.Amount && Currency == other.Currency;

        public override bool Equals(object? obj) => Equals(obj as Money);

        public override int GetHashCode() => HashCode.Combine(Amount, Currency);
    }

    public sealed class Opaque
    {
        public int Value { get; set; }
    }

    public sealed class SelfCopying : IDeepCopyable<SelfCopying>
    {
        public List<int> Numbers { get; set; } = new();

        public SelfCopying DeepCopy(CopyContext context) => new() { Numbers = context.CopyList(Numbers, null) };
    }

    [Fact]
    public void An_XElement_stored_in_a_key_value_fake_comes_back_whole_and_isolated()
    {
        var core = new FakeCore(null, new FakeDefaults("IXmlRepository"));
        var store = core.KeyValueTable<string, object>("xml");
        var key = new XElement("key", new XAttribute("id", "1"), new XElement("a"), new XElement("b", "text"), new XElement("c"), new XElement("d"));
        store.Set("k", key);
        key.Add(new XElement("added-after-set"));

        var read = Assert.IsType<XElement>(store.GetRequired("k"));

        Assert.Equal(4, read.Elements().Count());
        Assert.Contains("<b>text</b>", read.ToString(), StringComparison.Ordinal);
        read.RemoveNodes();
        Assert.Equal(4, ((XElement)store.GetRequired("k")).Elements().Count());
        Assert.Empty(core.ValuesStoredByReference);
    }

    [Fact]
    public void An_XElement_typed_key_value_fake_without_a_generated_copy_uses_the_copy_constructor()
    {
        var table = new KeyValueTable<string, XElement>(new TableOptions("xml"), copier: ValueCopier<XElement>.Create(CopyMode.Auto));
        table.Set("k", new XElement("root", new XElement("child")));
        var first = table.GetRequired("k");
        first.Add(new XElement("more"));
        Assert.Single(table.GetRequired("k").Elements());
    }

    [Fact]
    public void An_ICollection_holding_a_HashSet_comes_back_as_a_HashSet_with_its_comparer()
    {
        var table = new EntityTable<int, Tagged>(new TableOptions("tagged"), new EntityModel<int, Tagged>(t => t.Id) { DeepCopyInContext = Tagged.Copy });
        table.Add(new Tagged { Id = 1, Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "red", "blue" } });

        var tags = table.Get(1).Tags;

        var set = Assert.IsType<HashSet<string>>(tags);
        Assert.Same(StringComparer.OrdinalIgnoreCase, set.Comparer);
        Assert.False(set.Add("RED"));
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void A_two_node_cycle_is_copied_as_a_two_node_cycle_that_never_reaches_the_originals()
    {
        var a = new Node { Name = "a" };
        var b = new Node { Name = "b", Next = a };
        a.Next = b;

        var copy = CopyContext.DeepCopy(a, Node.Copy);

        Assert.NotSame(a, copy);
        Assert.NotSame(b, copy.Next);
        Assert.Same(copy, copy.Next!.Next);
        Assert.Equal("b", copy.Next.Name);
    }

    [Fact]
    public void An_entity_whose_children_hold_itself_twice_is_added_and_read_back_with_the_same_shape()
    {
        var table = new EntityTable<string, Node>(new TableOptions("nodes"), new EntityModel<string, Node>(n => n.Name) { DeepCopyInContext = Node.Copy });
        var node = new Node { Name = "self" };
        node.Children.Add(node);
        node.Children.Add(node);

        table.Add(node);
        var read = table.Get("self");

        Assert.NotSame(node, read);
        Assert.Equal(2, read.Children.Count);
        Assert.All(read.Children, child => Assert.Same(read, child));
    }

    [Fact]
    public void Shared_references_stay_shared_in_the_copy()
    {
        var shared = new Node { Name = "shared" };
        var root = new Node { Name = "root", Children = { shared, shared }, Next = shared };

        var copy = CopyContext.DeepCopy(root, Node.Copy);

        Assert.Same(copy.Next, copy.Children[0]);
        Assert.Same(copy.Children[0], copy.Children[1]);
        Assert.NotSame(shared, copy.Next);
    }

    [Fact]
    public void A_chain_of_a_million_nodes_copies_without_recursing()
    {
        var head = new Node { Name = "0" };
        var tail = head;
        for (var i = 1; i < 1_000_000; i++)
        {
            tail = tail.Next = new Node { Name = "n" };
        }

        var copy = CopyContext.DeepCopy(head, Node.Copy);

        var length = 0;
        for (var node = copy; node is not null; node = node.Next)
        {
            length++;
        }

        Assert.Equal(1_000_000, length);
    }

    [Fact]
    public void An_aggregates_private_list_and_its_read_only_view_stay_one_list_in_the_copy()
    {
        var meeting = new Meeting();
        meeting.Invite("ann");

        var copy = CopyContext.DeepCopy(meeting, Meeting.Copy);
        copy.Invite("bob");

        Assert.Equal(new[] { "ann", "bob" }, copy.Attendees);
        Assert.Equal(new[] { "ann" }, meeting.Attendees);
    }

    [Fact]
    public void Collection_copies_keep_their_concrete_types_comparers_and_order()
    {
        var context = new CopyContext();
        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["b"] = 2, ["a"] = 1 };
        var sorted = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A" };
        var sortedMap = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["x"] = 1 };
        var sortedList = new SortedList<string, int>(StringComparer.OrdinalIgnoreCase) { ["y"] = 1 };
        var concurrent = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["z"] = 1 };
        var queue = new Queue<int>(new[] { 1, 2, 3 });
        var stack = new Stack<int>(new[] { 1, 2, 3 });
        var linked = new LinkedList<int>(new[] { 1, 2 });
        var observable = new ObservableCollection<int> { 1, 2 };
        var grid = new int[,] { { 1, 2 }, { 3, 4 } };

        var d = context.CopyDictionary(dictionary, null, null);
        Assert.Same(dictionary.Comparer, d.Comparer);
        Assert.Equal(new[] { "b", "a" }, d.Keys);
        Assert.Same(sorted.Comparer, context.CopySortedSet(sorted, null).Comparer);
        Assert.True(context.CopySortedDictionary(sortedMap, null, null).ContainsKey("X"));
        Assert.True(context.CopySortedList(sortedList, null, null).ContainsKey("Y"));
        Assert.True(context.CopyConcurrentDictionary(concurrent, null, null).ContainsKey("Z"));
        Assert.Equal(new[] { 1, 2, 3 }, context.CopyQueue(queue, null));
        Assert.Equal(stack.ToArray(), context.CopyStack(stack, null).ToArray());
        Assert.Equal(new[] { 1, 2 }, context.CopyLinkedList(linked, null));
        Assert.IsType<ObservableCollection<int>>(context.CopyObservableCollection(observable, null));
        var gridCopy = (int[,])context.CopyArray(grid, null);
        Assert.NotSame(grid, gridCopy);
        Assert.Equal(4, gridCopy[1, 1]);
        Assert.Same(d, context.CopyDictionary(dictionary, null, null));
    }

    [Fact]
    public void A_hashed_set_of_mutable_value_equal_elements_is_filled_once_its_elements_are_complete()
    {
        var prices = new HashSet<Money> { new() { Amount = 1, Currency = "EUR" }, new() { Amount = 2, Currency = "USD" } };
        var context = new CopyContext();

        var copy = context.Complete(context.CopyHashSet(prices, Money.Copy));

        Assert.Equal(2, copy.Count);
        Assert.Contains(new Money { Amount = 2, Currency = "USD" }, copy);
        Assert.DoesNotContain(copy, m => prices.Any(p => ReferenceEquals(p, m)));
    }

    [Fact]
    public void Immutable_values_and_collections_of_immutables_are_returned_as_they_are()
    {
        var context = new CopyContext();
        var list = ImmutableList.Create("a", "b");
        var uri = new Uri("https://example.com");

        Assert.Same(list, context.CopyObject(list));
        Assert.Same(uri, context.CopyObject(uri));
        Assert.Same("text", context.CopyObject("text"));
        Assert.Equal((1, "x"), context.CopyObject((1, "x")));
        Assert.True(KnownTypes.IsImmutable(typeof(ImmutableDictionary<string, int>)));
        Assert.False(KnownTypes.IsImmutable(typeof(ImmutableList<Node>)));
    }

    [Fact]
    public void Framework_types_with_a_copy_are_copied_at_run_time()
    {
        var context = new CopyContext();
        var json = JsonNode.Parse("""{"a":[1,2]}""")!;
        var builder = new StringBuilder("abc");
        var bits = new BitArray(new[] { true, false });
        var bytes = new byte[] { 1, 2 };
        var names = new List<string> { "x" };
        var nested = new Dictionary<string, List<int>> { ["k"] = new() { 1 } };

        var jsonCopy = (JsonNode)context.CopyObject(json);
        jsonCopy["a"]!.AsArray().Add(3);
        Assert.Equal(2, json["a"]!.AsArray().Count);
        Assert.Equal("abc", context.CopyObject(builder).ToString());
        Assert.NotSame(builder, context.CopyObject(builder));
        Assert.NotSame(bits, context.CopyObject(bits));
        Assert.Equal(bytes, (byte[])context.CopyObject(bytes));
        Assert.NotSame(bytes, context.CopyObject(bytes));
        var namesCopy = Assert.IsType<List<string>>(context.CopyObject(names));
        Assert.NotSame(names, namesCopy);
        var nestedCopy = Assert.IsType<Dictionary<string, List<int>>>(context.CopyObject(nested));
        Assert.NotSame(nested["k"], nestedCopy["k"]);
    }

    [Fact]
    public void An_object_typed_value_of_an_unknown_mutable_type_is_stored_by_reference_and_reported_once()
    {
        var core = new FakeCore(null, new FakeDefaults("ICache"));
        var store = core.KeyValueTable<string, object>("cache");
        var reports = new List<ValueStoredByReferenceEventArgs>();
        core.ValueStoredByReference += (_, e) => reports.Add(e);
        var opaque = new Opaque { Value = 1 };

        store.Set("a", opaque);
        store.Set("b", new Opaque());
        store.GetRequired("a");

        Assert.Same(opaque, store.GetRequired("a"));
        var report = Assert.Single(reports);
        Assert.Equal(typeof(Opaque), report.ValueType);
        Assert.Equal("cache", report.Store);
        Assert.Single(core.ValuesStoredByReference);
    }

    [Fact]
    public void A_copy_hook_registered_in_the_options_copies_an_unknown_type()
    {
        var hooks = new CopyHooks().Add<Opaque>(static (o, _) => new Opaque { Value = o.Value });
        var core = new FakeCore(new InMemoryFakeOptions { CopyHooks = hooks }, new FakeDefaults("ICache"));
        var store = core.KeyValueTable<string, object>("cache");
        var opaque = new Opaque { Value = 7 };

        store.Set("a", opaque);
        opaque.Value = 8;

        Assert.Equal(7, ((Opaque)store.GetRequired("a")).Value);
        Assert.Empty(core.ValuesStoredByReference);
    }

    [Fact]
    public void A_type_declared_immutable_in_the_hooks_is_stored_as_it_is_without_a_report()
    {
        var core = new FakeCore(new InMemoryFakeOptions { CopyHooks = new CopyHooks().AddImmutable<Opaque>() }, new FakeDefaults("ICache"));
        var store = core.KeyValueTable<string, object>("cache");
        var opaque = new Opaque();

        store.Set("a", opaque);

        Assert.Same(opaque, store.GetRequired("a"));
        Assert.Empty(core.ValuesStoredByReference);
    }

    [Fact]
    public void An_IDeepCopyable_value_copies_itself()
    {
        var store = new KeyValueTable<string, object>(new TableOptions("cache"), copier: ValueCopier<object>.Create(CopyMode.Auto));
        var value = new SelfCopying { Numbers = { 1 } };

        store.Set("a", value);
        value.Numbers.Add(2);

        Assert.Equal(new[] { 1 }, ((SelfCopying)store.GetRequired("a")).Numbers);
    }

    [Fact]
    public void A_subclass_of_a_framework_collection_is_not_vetted_and_is_kept_by_reference()
    {
        var reported = new List<Type>();
        var context = new CopyContext(null, (type, _) => reported.Add(type));
        ICollection<int> custom = new CustomList { 1 };

        Assert.Same(custom, context.CopyCollection<ICollection<int>, int>(custom, null));
        Assert.Equal(new[] { typeof(CustomList) }, reported);
    }

    [Fact]
    public void Registering_a_type_twice_is_refused()
        => Assert.Throws<ArgumentException>(() => new CopyHooks().AddImmutable<Opaque>().AddImmutable<Opaque>());

    private sealed class CustomList : List<int>
    {
    }
}
