using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// Collections keep their concrete type, comparer and order in the generated copy, also when a property is declared as
// an interface: the copy goes by the run-time type (CopyContext.CopyCollection / CopyDictionaryLike).

public sealed class Profile
{
    public int Id { get; set; }

    public ICollection<string> Roles { get; set; } = new List<string>();

    public ISet<string> Scopes { get; set; } = new HashSet<string>();

    public IReadOnlyDictionary<string, int> Limits { get; set; } = new Dictionary<string, int>();

    public IDictionary<string, Badge> Badges { get; set; } = new Dictionary<string, Badge>();

    public SortedSet<string> Sorted { get; set; } = new();

    public ConcurrentDictionary<string, int> Counters { get; set; } = new();

    public Queue<Badge> Inbox { get; set; } = new();

    public Badge[] Pinned { get; set; } = [];

    public int[,] Grid { get; set; } = new int[0, 0];

    public ImmutableArray<Badge> History { get; set; } = ImmutableArray<Badge>.Empty;

    public IReadOnlyList<Badge> Recent { get; set; } = Array.Empty<Badge>();

    public Badge? Favourite { get; set; }

    public Point Location { get; set; }

    public Slot? Slot { get; set; }
}

public sealed class Badge
{
    public string Name { get; set; } = "";

    public int Level { get; set; }
}

/// <summary>A struct copied by value: complete, nothing to do.</summary>
public struct Point
{
    public int X { get; set; }

    public int Y { get; set; }
}

/// <summary>A struct holding a mutable object: copied by value, then its list replaced by a copy.</summary>
public struct Slot
{
    public List<string> Items { get; set; }
}

[InMemoryFake]
public interface IProfileRepository
{
    Profile Add(Profile profile);

    Profile? Find(int id);
}

public class CollectionCopyTests
{
    private static Profile StoreAndLoad(Profile profile)
    {
        IProfileRepository repository = new InMemoryProfileRepository();
        repository.Add(profile);
        return repository.Find(profile.Id)!;
    }

    [Fact]
    public void An_ICollection_of_string_holding_a_HashSet_comes_back_as_a_HashSet_with_its_comparer()
    {
        var copy = StoreAndLoad(new Profile { Id = 1, Roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Admin" } });

        var roles = Assert.IsType<HashSet<string>>(copy.Roles);
        Assert.Same(StringComparer.OrdinalIgnoreCase, roles.Comparer);
        copy.Roles.Add("ADMIN");
        Assert.Single(copy.Roles);
    }

    [Fact]
    public void Interface_typed_members_keep_the_concrete_type_they_hold()
    {
        var copy = StoreAndLoad(new Profile
        {
            Id = 1,
            Scopes = new SortedSet<string>(StringComparer.Ordinal) { "write", "read" },
            Limits = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["b"] = 2, ["a"] = 1 },
            Recent = new List<Badge> { new() { Name = "r" } },
        });

        Assert.Equal(["read", "write"], Assert.IsType<SortedSet<string>>(copy.Scopes));
        var limits = Assert.IsType<SortedDictionary<string, int>>(copy.Limits);
        Assert.Same(StringComparer.OrdinalIgnoreCase, limits.Comparer);
        Assert.Equal(1, limits["A"]);
        Assert.Equal("r", Assert.IsType<List<Badge>>(copy.Recent).Single().Name);
    }

    [Fact]
    public void Dictionaries_keep_their_comparer_and_copy_their_values()
    {
        var badge = new Badge { Name = "gold", Level = 1 };
        var profile = new Profile
        {
            Id = 1,
            Badges = new Dictionary<string, Badge>(StringComparer.OrdinalIgnoreCase) { ["Gold"] = badge },
            Counters = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["x"] = 1 },
        };

        var copy = StoreAndLoad(profile);
        badge.Level = 99;

        var badges = Assert.IsType<Dictionary<string, Badge>>(copy.Badges);
        Assert.Same(StringComparer.OrdinalIgnoreCase, badges.Comparer);
        Assert.Equal(1, badges["GOLD"].Level);
        Assert.Same(StringComparer.OrdinalIgnoreCase, copy.Counters.Comparer);
        Assert.Equal(1, copy.Counters["X"]);
    }

    [Fact]
    public void Sorted_sets_queues_arrays_and_immutable_arrays_are_copied_with_their_elements()
    {
        var pinned = new Badge { Name = "pinned" };
        var queued = new Badge { Name = "queued" };
        var old = new Badge { Name = "old" };
        var profile = new Profile
        {
            Id = 1,
            Sorted = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A" },
            Inbox = new Queue<Badge>([queued]),
            Pinned = [pinned, pinned],
            Grid = new[,] { { 1, 2 }, { 3, 4 } },
            History = [old],
            Favourite = pinned,
        };

        var copy = StoreAndLoad(profile);
        pinned.Name = queued.Name = old.Name = "changed";
        profile.Grid[0, 0] = 42;

        Assert.Same(StringComparer.OrdinalIgnoreCase, copy.Sorted.Comparer);
        Assert.Equal(["A", "b"], copy.Sorted);
        Assert.Equal("queued", copy.Inbox.Peek().Name);
        Assert.Equal("pinned", copy.Pinned[0].Name);
        Assert.Same(copy.Pinned[0], copy.Pinned[1]);
        Assert.Same(copy.Pinned[0], copy.Favourite);
        Assert.Equal(1, copy.Grid[0, 0]);
        Assert.Equal(4, copy.Grid[1, 1]);
        Assert.Equal("old", copy.History.Single().Name);
    }

    [Fact]
    public void A_struct_member_is_copied_by_value_and_its_mutable_contents_are_copied_too()
    {
        var items = new List<string> { "a" };
        var profile = new Profile { Id = 1, Location = new Point { X = 1, Y = 2 }, Slot = new Slot { Items = items } };

        var copy = StoreAndLoad(profile);
        items.Add("b");

        Assert.Equal(2, copy.Location.Y);
        Assert.Equal(["a"], copy.Slot!.Value.Items);
    }
}
