using System;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// The removal check of a tree (session 33) reads its children from an index of the parent keys since session 34, where it
/// scanned the whole table on each removal. The index is one of the table's indexes, so every path that stores, moves or
/// drops a row keeps it exact: these tests take each path, then ask the check (a parent with a child left is refused, one
/// without is removed) and <see cref="FakeTable{TKey, TValue}.VerifyIndexes"/>. The link is a <c>ParentId</c> or, since
/// session 34 too, a <c>Parent</c> navigation read by the key of the entity it holds.
/// </summary>
public class TreeIndexTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private sealed class Node
    {
        public int Id { get; set; }

        public int? ParentId { get; set; }

        public Node? Parent { get; set; }

        public string Name { get; set; } = "";
    }

    private static Node Copy(Node n) => new() { Id = n.Id, ParentId = n.ParentId, Parent = n.Parent is { } p ? Copy(p) : null, Name = n.Name };

    private static EntityModel<int, Node> Model(Func<Node, object?>? parentKey = null, string parentKeyName = "ParentId") => new(static n => n.Id)
    {
        DeepCopy = Copy,
        ParentKey = parentKey ?? (static n => n.ParentId),
        ParentKeyName = parentKeyName,
    };

    private static EntityTable<int, Node> Table(TableOptions? options = null, EntityModel<int, Node>? model = null)
        => new(options ?? new TableOptions("Node") { Clock = new ManualClock(Start) }, model ?? Model());

    // 1 is the root, 2 and 3 its children.
    private static EntityTable<int, Node> Tree(TableOptions? options = null)
    {
        var table = Table(options);
        table.Add(new Node { Id = 1, Name = "root" });
        table.Add(new Node { Id = 2, ParentId = 1, Name = "a" });
        table.Add(new Node { Id = 3, ParentId = 1, Name = "b" });
        return table;
    }

    private static void Refused(EntityTable<int, Node> table, int key, int children)
    {
        var error = Assert.Throws<InvalidOperationException>(() => table.Remove(key));
        Assert.Contains(children + " stored " + (children == 1 ? "row has" : "rows have"), error.Message, StringComparison.Ordinal);
        Assert.True(table.ContainsKey(key), "the refused parent is still stored");
        Assert.Null(table.VerifyIndexes());
    }

    private static void Removed(EntityTable<int, Node> table, int key)
    {
        Assert.True(table.Remove(key));
        Assert.Null(table.VerifyIndexes());
    }

    [Fact]
    public void A_removal_reads_the_children_from_the_index_without_reading_any_other_row()
    {
        var table = Tree();
        for (var id = 4; id <= 1000; id++)
        {
            table.Add(new Node { Id = id, ParentId = 1 });
        }

        Removed(table, 1000);
        Refused(table, 1, 998);

        // The index holds each row's parent as it was stored: the check and the removal read no row's parent again (the
        // scan before read all 1000 on each removal). VerifyIndexes reads every row, so it is left out of the count.
        var reads = 0;
        var counted = Table(model: Model(n =>
        {
            reads++;
            return n.ParentId;
        }));
        counted.Add(new Node { Id = 1 });
        counted.Add(new Node { Id = 2, ParentId = 1 });
        counted.Add(new Node { Id = 3, ParentId = 1 });
        reads = 0;
        Assert.Throws<InvalidOperationException>(() => counted.Remove(1));
        Assert.True(counted.Remove(3));
        Assert.Equal(0, reads);
    }

    [Fact]
    public void Add_update_upsert_and_ranges_move_a_row_between_parents()
    {
        var table = Tree();
        Refused(table, 1, 2);

        // Update moves 2 under 3; Upsert moves 3 to the root level; an UpdateRange puts 2 back under 1.
        table.Update(new Node { Id = 2, ParentId = 3 });
        Refused(table, 1, 1);
        Refused(table, 3, 1);
        table.Upsert(new Node { Id = 3 });
        Refused(table, 3, 1);
        table.UpdateRange([new Node { Id = 2, ParentId = 1 }]);
        Removed(table, 3);
        table.AddRange([new Node { Id = 4, ParentId = 2 }, new Node { Id = 5, ParentId = 2 }]);
        Refused(table, 2, 2);
        table.Upsert(new Node { Id = 6, ParentId = 5 });
        Refused(table, 5, 1);
        table.UpdateRangeWith([4, 5, 6], static n => { n.ParentId = null; return n; });
        Removed(table, 2);
        Removed(table, 1);
        Assert.Equal(1, table.QueryUpdate(6, static (n, id) => n.Id == id, static n => { n.ParentId = 4; return n; }));
        Refused(table, 4, 1);
    }

    [Fact]
    public void A_refused_range_or_query_leaves_the_index_as_it_was()
    {
        var table = Tree();
        table.Add(new Node { Id = 4, ParentId = 3 });

        Assert.Throws<InvalidOperationException>(() => table.RemoveRange([2, 3, 1]));
        Assert.Throws<InvalidOperationException>(() => table.RemoveWhere(static n => n.Id <= 3));
        Assert.Null(table.VerifyIndexes());
        Refused(table, 3, 1);

        // The rows the refused range put back are children again; taken with their parent in one call, they go.
        Assert.Equal(2, table.RemoveRange([3, 4]));
        Assert.Null(table.VerifyIndexes());
        Assert.Equal(2, table.RemoveRange([1, 2]));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void An_expired_or_evicted_child_holds_no_parent()
    {
        var clock = new ManualClock(Start);
        var expiring = Tree(new TableOptions("Node") { Clock = new TimersNeverFire(clock) });
        Assert.True(expiring.Expire(2, Expiration.After(TimeSpan.FromSeconds(10))));
        Assert.True(expiring.Expire(3, Expiration.After(TimeSpan.FromSeconds(20))));
        clock.Advance(TimeSpan.FromSeconds(10));
        Refused(expiring, 1, 1);
        clock.Advance(TimeSpan.FromSeconds(10));
        Removed(expiring, 1);

        // The child is the oldest row: the third add evicts it.
        var evicting = Table(new TableOptions("Node") { Clock = new ManualClock(Start), Quota = new Quota(maxEntries: 2, policy: QuotaPolicy.EvictOldest) });
        evicting.Add(new Node { Id = 2, ParentId = 1 });
        evicting.Add(new Node { Id = 1 });
        Refused(evicting, 1, 1);
        evicting.Add(new Node { Id = 3 });
        Assert.False(evicting.ContainsKey(2));
        Removed(evicting, 1);
    }

    [Fact]
    public void Clear_reset_restore_seed_and_import_leave_the_index_exact()
    {
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock(Start) }, new FakeDefaults("INodes"));
        var table = core.EntityTable("Node", Model());
        IInMemoryFake hooks = core;
        hooks.Seed(new Node { Id = 1 }, new Node { Id = 2, ParentId = 1 });
        Refused(table, 1, 1);

        var withChild = hooks.Snapshot();
        Removed(table, 2);
        var withoutChild = hooks.Snapshot();
        hooks.Restore(withChild);
        Refused(table, 1, 1);
        hooks.Restore(withoutChild);
        Removed(table, 1);

        var exported = Tree().Export();
        Assert.Equal(3, table.Import(exported));
        Refused(table, 1, 2);

        hooks.Clear();
        table.Add(new Node { Id = 1 });
        Removed(table, 1);
        hooks.Seed(new Node { Id = 1 }, new Node { Id = 2, ParentId = 1 });
        hooks.Reset();
        table.Add(new Node { Id = 1 });
        Removed(table, 1);
    }

    [Fact]
    public void A_parent_navigation_is_read_by_the_key_of_the_entity_it_holds()
    {
        var table = Table(model: Model(static n => n.Parent?.Id, "Parent.Id"));
        var root = table.Add(new Node { Id = 1, Name = "root" });
        table.Add(new Node { Id = 2, Parent = root, Name = "a" });

        var error = Assert.Throws<InvalidOperationException>(() => table.Remove(1));
        Assert.Contains("1 stored row has Parent.Id '1' (its child)", error.Message, StringComparison.Ordinal);
        Assert.True(table.ContainsKey(1));

        table.Update(new Node { Id = 2, Parent = null, Name = "a" });
        Removed(table, 1);
    }

    private sealed class Folder
    {
        public string Path { get; set; } = "";

        public string? ParentId { get; set; }
    }

    [Fact]
    public void Parent_keys_compare_with_the_tables_key_comparer()
    {
        var table = new EntityTable<string, Folder>(
            new TableOptions("Folder"),
            new EntityModel<string, Folder>(static f => f.Path)
            {
                DeepCopy = static f => new Folder { Path = f.Path, ParentId = f.ParentId },
                ParentKey = static f => f.ParentId,
            },
            comparer: StringComparer.OrdinalIgnoreCase);
        table.Add(new Folder { Path = "Docs" });
        table.Add(new Folder { Path = "docs/a", ParentId = "DOCS" });

        Assert.Throws<InvalidOperationException>(() => table.Remove("docs"));
        Assert.Null(table.VerifyIndexes());
        Assert.True(table.Remove("DOCS/A"));
        Assert.True(table.Remove("docs"));
        Assert.Empty(table.Values());
    }
}
