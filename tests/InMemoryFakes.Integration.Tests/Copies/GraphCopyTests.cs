using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// Object graphs through generated fakes: the generated copy runs in the runtime's CopyContext, which gives each original
// object exactly one copy (shared references stay shared, cycles stay cycles) and copies from a work list (no depth limit).

public sealed class ChainNode
{
    public int Id { get; set; }

    public string Label { get; set; } = "";

    public ChainNode? Next { get; set; }
}

[InMemoryFake]
public interface IChainStore
{
    ChainNode Add(ChainNode node);

    ChainNode? Find(int id);
}

public sealed class TreeNode
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<TreeNode> Children { get; set; } = new();

    public TreeNode? Parent { get; set; }
}

[InMemoryFake]
public interface ITreeRepository
{
    TreeNode Add(TreeNode node);

    TreeNode? Find(int id);
}

public class GraphCopyTests
{
    private static IEnumerable<ChainNode> Walk(ChainNode start, int max)
    {
        var node = start;
        for (var i = 0; i < max && node is not null; i++)
        {
            yield return node;
            node = node.Next;
        }
    }

    [Fact]
    public void A_two_node_cycle_is_stored_as_a_two_node_cycle_that_never_reaches_the_callers_objects()
    {
        IChainStore store = new InMemoryChainStore();
        var a = new ChainNode { Id = 1, Label = "a" };
        var b = new ChainNode { Id = 2, Label = "b" };
        a.Next = b;
        b.Next = a;

        store.Add(a);
        var copy = store.Find(1)!;

        Assert.NotSame(a, copy);
        Assert.NotSame(b, copy.Next);
        Assert.Equal("b", copy.Next!.Label);
        Assert.Same(copy, copy.Next.Next);

        // Every node reachable from the copy is a copy: changing the caller's nodes changes nothing stored.
        b.Label = "changed";
        a.Label = "changed";
        Assert.Equal(["a", "b"], Walk(store.Find(1)!, 10).Take(2).Select(static n => n.Label));
    }

    [Fact(Timeout = 60_000)]
    public async Task An_entity_whose_Children_list_holds_itself_twice_returns_from_Add_and_reads_back_holding_its_copy_twice()
    {
        ITreeRepository repository = new InMemoryTreeRepository();
        var root = new TreeNode { Id = 1, Name = "root" };
        root.Children.Add(root);
        root.Children.Add(root);
        root.Parent = root;

        await Task.Run(() => repository.Add(root), TestContext.Current.CancellationToken);
        var copy = repository.Find(1)!;

        Assert.NotSame(root, copy);
        Assert.Equal(2, copy.Children.Count);
        Assert.Same(copy, copy.Children[0]);
        Assert.Same(copy, copy.Children[1]);
        Assert.Same(copy, copy.Parent);
    }

    [Fact]
    public void Shared_references_stay_shared_in_the_copy()
    {
        ITreeRepository repository = new InMemoryTreeRepository();
        var shared = new TreeNode { Id = 99, Name = "shared" };
        var root = new TreeNode { Id = 1, Name = "root" };
        var left = new TreeNode { Id = 2, Name = "left", Parent = root };
        var right = new TreeNode { Id = 3, Name = "right", Parent = root };
        left.Children.Add(shared);
        right.Children.Add(shared);
        root.Children.AddRange([left, right]);

        repository.Add(root);
        var copy = repository.Find(1)!;

        Assert.Same(copy.Children[0].Children[0], copy.Children[1].Children[0]);
        Assert.NotSame(shared, copy.Children[0].Children[0]);
        Assert.Same(copy, copy.Children[0].Parent);
        Assert.Same(copy, copy.Children[1].Parent);
    }

    [Fact]
    public void A_chain_far_deeper_than_32_levels_is_copied_whole_without_a_depth_limit()
    {
        IChainStore store = new InMemoryChainStore();
        const int length = 200_000;
        var head = new ChainNode { Id = 1, Label = "0" };
        var originals = new HashSet<ChainNode>(ReferenceEqualityComparer.Instance) { head };
        var tail = head;
        for (var i = 1; i < length; i++)
        {
            tail.Next = new ChainNode { Id = i + 1, Label = i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            tail = tail.Next;
            originals.Add(tail);
        }

        store.Add(head);
        var copy = store.Find(1)!;

        var nodes = Walk(copy, length + 1).ToList();
        Assert.Equal(length, nodes.Count);
        Assert.DoesNotContain(nodes, originals.Contains);
        Assert.Equal((length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), nodes[^1].Label);
        Assert.Null(nodes[^1].Next);
    }
}
