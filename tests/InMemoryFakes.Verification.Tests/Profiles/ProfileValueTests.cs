using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace InMemoryFakes.Verification.Tests.Profiles;

/// <summary>A value class with no ToString or Equals of its own: the runner must compare it by its properties.</summary>
public sealed class Profile
{
    public string Name { get; set; } = "";

    public int Age { get; set; }
}

[InMemoryFake]
public interface IProfileCache
{
    Profile? Get(string key);

    void Set(string key, Profile value);

    bool Remove(string key);
}

/// <summary>Broken on purpose: Get returns a profile with the right name and the age left at 0.</summary>
public sealed class AgelessProfileCache : IProfileCache
{
    private readonly Dictionary<string, Profile> _profiles = new(System.StringComparer.Ordinal);

    public Profile? Get(string key) => _profiles.TryGetValue(key, out var profile) ? new Profile { Name = profile.Name } : null;

    public void Set(string key, Profile value) => _profiles[key] = new Profile { Name = value.Name, Age = value.Age };

    public bool Remove(string key) => _profiles.Remove(key);
}

/// <summary>Correct: copies in and out.</summary>
public sealed class ProfileCache : IProfileCache
{
    private readonly Dictionary<string, Profile> _profiles = new(System.StringComparer.Ordinal);

    public Profile? Get(string key) => _profiles.TryGetValue(key, out var profile) ? new Profile { Name = profile.Name, Age = profile.Age } : null;

    public void Set(string key, Profile value) => _profiles[key] = new Profile { Name = value.Name, Age = value.Age };

    public bool Remove(string key) => _profiles.Remove(key);
}

public sealed class ProfileValueTests
{
    private static FakeContract<IProfileCache> Contract()
        => FakeContract.For<IProfileCache>().Generate(static random => new Profile { Name = random.Pick(new[] { "ann", "bob" }), Age = random.Next(1, 90) });

    [Fact]
    public async Task Values_of_a_class_without_its_own_ToString_are_compared_property_by_property()
    {
        var report = await Contract().CheckAsync(() => new AgelessProfileCache(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("Get", difference.Member);
        Assert.Contains("Age", report.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correct_store_of_such_values_agrees()
    {
        var report = await Contract().RunAsync(() => new ProfileCache(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
    }
}

[InMemoryFake]
public interface IScoreCache
{
    bool TryGet(string key, out int value);

    void Set(string key, int value);
}

/// <summary>Broken on purpose: TryGet reports one more than was set.</summary>
public sealed class OffByOneScoreCache : IScoreCache
{
    private readonly Dictionary<string, int> _scores = new(System.StringComparer.Ordinal);

    public bool TryGet(string key, out int value)
    {
        var found = _scores.TryGetValue(key, out value);
        value = found ? value + 1 : value;
        return found;
    }

    public void Set(string key, int value) => _scores[key] = value;
}

public sealed class OutParameterReproTests
{
    [Fact]
    public async Task The_repro_of_a_TryGet_difference_declares_the_out_value_so_it_compiles()
    {
        var report = await FakeContract.For<IScoreCache>().CheckAsync(() => new OffByOneScoreCache(), TestContext.Current.CancellationToken);

        var difference = Assert.IsType<ContractDifference>(report.Difference);
        Assert.Equal("TryGet", difference.Member);
        Assert.Contains(difference.Calls, static c => c.Contains("repository.TryGet(", System.StringComparison.Ordinal) && c.Contains(", out var value)", System.StringComparison.Ordinal));
    }
}

/// <summary>A value whose graph has a cycle (a node that links back to itself), with no ToString of its own.</summary>
public sealed class Node
{
    public string Name { get; set; } = "";

    public Node? Next { get; set; }
}

[InMemoryFake]
public interface INodeCache
{
    Node? Get(string key);

    void Set(string key, Node value);
}

/// <summary>Keeps what it is given, as a real in-process cache does.</summary>
public sealed class NodeCache : INodeCache
{
    private readonly Dictionary<string, Node> _nodes = new(System.StringComparer.Ordinal);

    public Node? Get(string key) => _nodes.TryGetValue(key, out var node) ? node : null;

    public void Set(string key, Node value) => _nodes[key] = value;
}

public sealed class CyclicValueTests
{
    [Fact]
    public async Task A_value_whose_graph_cycles_is_compared_without_recursing_forever()
    {
        var report = await FakeContract.For<INodeCache>()
            .Generate(static random =>
            {
                var node = new Node { Name = random.Pick(new[] { "a", "b" }) };
                node.Next = node;
                return node;
            })
            .RunAsync(() => new NodeCache(), TestContext.Current.CancellationToken);

        Assert.True(report.Passed, report.ToString());
    }
}
