using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Tables that never copy share one copier (<c>ValueCopier&lt;T&gt;.Reference</c>); a table must not hang itself on that
/// shared instance, or every fake in <see cref="CopyMode.Reference"/> (and every fake of immutable values) stays in memory
/// for the life of the test process. Also the context-free copy of a flat entity (<see cref="EntityModel{TKey, TEntity}.FlatCopy"/>).
/// </summary>
public class CopierLifetimeTests
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FilledTableNobodyHolds(CopyMode mode)
    {
        var table = Support.Users(copyMode: mode);
        for (var i = 1; i <= 100; i++)
        {
            table.Add(new User { Id = i, Name = "u" + i });
        }

        return new WeakReference(table);
    }

    [Theory]
    [InlineData(CopyMode.Reference)]
    [InlineData(CopyMode.Auto)]
    public void A_table_nobody_holds_any_more_is_collected(CopyMode mode)
    {
        var table = FilledTableNobodyHolds(mode);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(table.IsAlive, "the table is still reachable after the last reference to it was dropped");
    }

    private static int _flatCopies;

    private static EntityModel<int, User> FlatModel() => new(u => u.Id)
    {
        DeepCopyInContext = Support.UserModel().DeepCopyInContext,
        FlatCopy = static u =>
        {
            System.Threading.Interlocked.Increment(ref _flatCopies);
            return new User { Id = u.Id, Name = u.Name, Email = u.Email, Version = u.Version };
        },
    };

    [Fact]
    public void A_flat_copy_isolates_reads_and_writes_like_the_graph_copy()
    {
        var table = new EntityTable<int, User>(new TableOptions("flat"), FlatModel());
        var original = new User { Id = 1, Name = "Ada", Email = "ada@example.com" };
        table.Add(original);
        original.Name = "changed after the add";

        var read = table.Find(1)!;
        read.Name = "changed after the read";

        var again = table.Find(1)!;
        Assert.Equal("Ada", again.Name);
        Assert.Equal("ada@example.com", again.Email);
        Assert.NotSame(read, again);
    }

    [Fact]
    public void The_flat_copy_is_used_for_values_of_exactly_the_entity_type()
    {
        var table = new EntityTable<int, User>(new TableOptions("flat"), FlatModel());
        var before = System.Threading.Volatile.Read(ref _flatCopies);

        table.Add(new User { Id = 1, Name = "Ada" });
        table.Find(1);

        // One copy on the write, one on the read (the tests of one class run one at a time).
        Assert.Equal(2, System.Threading.Volatile.Read(ref _flatCopies) - before);
    }

    [Fact]
    public void A_flat_copy_is_ignored_in_reference_mode()
    {
        var table = new EntityTable<int, User>(new TableOptions("flat"), FlatModel(), CopyMode.Reference);
        var stored = new User { Id = 1, Name = "Ada" };
        table.Add(stored);

        Assert.Same(stored, table.Find(1));
    }

    [Fact]
    public void A_flat_copy_without_a_graph_copy_is_ignored_and_the_runtime_rules_apply()
    {
        var copier = ValueCopier<List<int>>.Create(CopyMode.Auto, new CopyPlan<List<int>>(null) { FlatCopy = static _ => throw new InvalidOperationException("the flat copy must not run without a graph copy") }, null);
        var list = new List<int> { 1 };

        var copy = copier.Copy(list);

        Assert.NotSame(list, copy);
        Assert.Equal(new[] { 1 }, copy);
    }
}
