using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>A graph-shaped entity with collection-typed members: shared references, self references and cycles.</summary>
public sealed class Folder
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public HashSet<string> Tags { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> Counts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ICollection<string> Labels { get; set; } = new List<string>();

    public List<Folder> Children { get; set; } = new();

    public Folder? Parent { get; set; }

    /// <summary>The copy, written with the runtime's building blocks as the generator will write it.</summary>
    public static Folder Copy(Folder folder, CopyContext context) => context.Copy(folder, static _ => new Folder(), static (from, to, c) =>
    {
        to.Id = from.Id;
        to.Name = from.Name;
        to.Tags = c.CopyHashSet(from.Tags, null);
        to.Counts = c.CopyDictionary(from.Counts, null, null);
        to.Labels = c.CopyCollection<ICollection<string>, string>(from.Labels, null);
        to.Children = c.CopyList(from.Children, Copy);
        to.Parent = from.Parent is null ? null : Copy(from.Parent, c);
    });
}

/// <summary>A generated fake over <see cref="Folder"/>: its table copies with the generated copy.</summary>
[InMemoryFake]
public interface IFolderRepository
{
    void Upsert(Folder folder);

    Folder? Find(int id);
}

/// <summary>
/// Random sequences on an entity table of graph-shaped, collection-typed values against a reference model that holds
/// each stored graph's rendering (nodes numbered by identity, so shared references, self references and cycles show,
/// and collections with their concrete type and comparer). Every read must render exactly as the graph written; mutating
/// a graph after writing it, or one a read returned, must never change the store.
/// </summary>
public sealed class GraphValueModelTests
{
    public const int FirstSeed = 8_000_000;
    public const int Sequences = 300;

    private static readonly string[] Words = { "red", "RED", "blue", "Blue", "x", "é" };

    [Fact]
    public void Random_sequences_of_graph_shaped_values_match_the_reference_model()
    {
        var totals = new RunTotals();
        foreach (var seed in SeedPlan.Seeds(FirstSeed, Sequences))
        {
            totals.Steps += RunSequence(seed);
            totals.Sequences++;
        }

        totals.Report("Graph values");
    }

    /// <summary>The same sequences on the table of a generated fake, so the copy under test is the one the generator writes for <see cref="Folder"/>.</summary>
    [Fact]
    public void Random_sequences_of_graph_shaped_values_through_the_generated_copy_match_the_reference_model()
    {
        var totals = new RunTotals();
        foreach (var seed in SeedPlan.Seeds(FirstSeed, Sequences))
        {
            totals.Steps += RunSequence(seed, generatedCopy: true);
            totals.Sequences++;
        }

        totals.Report("Graph values (generated copy)");
    }

    internal static string Render(Folder? root)
    {
        if (root is null)
        {
            return "null";
        }

        var numbers = new Dictionary<Folder, int>(ReferenceEqualityComparer.Instance);
        var order = new List<Folder>();
        int Number(Folder folder)
        {
            if (!numbers.TryGetValue(folder, out var n))
            {
                n = numbers[folder] = order.Count;
                order.Add(folder);
            }

            return n;
        }

        Number(root);
        var text = new StringBuilder();
        for (var i = 0; i < order.Count; i++)
        {
            var f = order[i];
            text.Append(CultureInfo.InvariantCulture, $"#{i}({f.Id},{f.Name}) tags={Comparer(f.Tags.Comparer)}[{string.Join(",", f.Tags.Order(StringComparer.Ordinal))}]");
            text.Append(CultureInfo.InvariantCulture, $" counts={Comparer(f.Counts.Comparer)}{{{string.Join(",", f.Counts.Select(p => p.Key + "=" + p.Value))}}}");
            text.Append(CultureInfo.InvariantCulture, $" labels={f.Labels.GetType().Name}{LabelComparer(f.Labels)}[{string.Join(",", f.Labels)}]");
            text.Append(CultureInfo.InvariantCulture, $" children=[{string.Join(",", f.Children.Select(c => "#" + Number(c)))}] parent={(f.Parent is null ? "-" : "#" + Number(f.Parent))}\n");
        }

        return text.ToString();

        static string Comparer(object comparer) => ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? "ci" : "cs";

        static string LabelComparer(ICollection<string> labels) => labels switch
        {
            HashSet<string> set => "/" + Comparer(set.Comparer),
            SortedSet<string> sorted => "/" + (ReferenceEquals(sorted.Comparer, StringComparer.OrdinalIgnoreCase) ? "ci" : "cs"),
            _ => "",
        };
    }

    private static int RunSequence(int seed, bool generatedCopy = false)
    {
        var random = new Random(seed);
        var options = new InMemoryFakeOptions { TimeProvider = new ManualClock(), CopyMode = Pick.Chance(random, 50) ? CopyMode.Auto : CopyMode.Copy };
        var core = generatedCopy ? Fakes.Of(new InMemoryFolderRepository(options)).Core : new FakeCore(options, new FakeDefaults("IFolders"));
        var table = generatedCopy
            ? core.Tables.OfType<EntityTable<int, Folder>>().Single()
            : core.EntityTable("Folder", new EntityModel<int, Folder>(static f => f.Id) { DeepCopyInContext = Folder.Copy });
        var model = new Dictionary<int, string>();
        var held = new List<Folder>();
        var trace = new SequenceTrace("Graph values", seed, $"CopyMode={core.CopyMode}", nameof(GraphValueModelTests));
        FakeSnapshot? snapshot = null;
        Dictionary<int, string>? saved = null;
        var steps = random.Next(20, 41);
        for (var step = 0; step < steps; step++)
        {
            var id = random.Next(1, 6);
            string operation;
            switch (random.Next(8))
            {
                case 0:
                case 1:
                {
                    var graph = RandomGraph(random, id);
                    operation = $"Upsert({id})";
                    var rendered = Render(graph);
                    table.Upsert(graph);
                    model[id] = rendered;
                    held.Add(graph);
                    break;
                }

                case 2:
                {
                    var graphs = Enumerable.Range(0, random.Next(1, 4)).Select(i => RandomGraph(random, 10 + step * 4 + i)).ToList();
                    var refused = Pick.Chance(random, 40) && model.Count > 0;
                    if (refused)
                    {
                        graphs.Add(RandomGraph(random, model.Keys.First()));
                    }

                    operation = $"AddRange({string.Join(",", graphs.Select(g => g.Id))}){(refused ? " refused" : "")}";
                    var rendered = graphs.Select(Render).ToList();
                    if (refused)
                    {
                        Assert.Throws<DuplicateKeyException>(() => table.AddRange(graphs));
                    }
                    else
                    {
                        table.AddRange(graphs);
                        for (var i = 0; i < graphs.Count; i++)
                        {
                            model[graphs[i].Id] = rendered[i];
                        }
                    }

                    held.AddRange(graphs);
                    break;
                }

                case 3:
                    operation = $"Remove({id})";
                    Assert.Equal(model.Remove(id), table.Remove(id));
                    break;
                case 4:
                    operation = "Snapshot";
                    snapshot = core.Snapshot();
                    saved = new Dictionary<int, string>(model);
                    break;
                case 5 when snapshot is not null:
                    operation = "Restore";
                    core.Restore(snapshot);
                    model = new Dictionary<int, string>(saved!);
                    break;
                case 6 when held.Count > 0:
                    operation = "mutate held";
                    Mutate(random, Pick.One(random, held));
                    break;
                default:
                {
                    operation = $"Find({id})";
                    var found = table.Find(id);
                    if (found is not null)
                    {
                        held.Add(found);
                    }

                    break;
                }
            }

            trace.Add(operation);

            // Every stored graph reads back exactly as written, whatever was mutated since.
            foreach (var (key, expected) in model)
            {
                var actual = Render(table.Find(key));
                if (actual != expected)
                {
                    trace.Fail(step, operation, $"key {key}:\nmodel:\n{expected}runtime:\n{actual}");
                }
            }

            if (table.Count != model.Count)
            {
                trace.Fail(step, operation, $"count: model {model.Count}, runtime {table.Count}");
            }
        }

        return steps;
    }

    private static Folder RandomGraph(Random random, int id)
    {
        var nodes = Enumerable.Range(0, random.Next(1, 5)).Select(i => new Folder { Id = i == 0 ? id : 100 + i, Name = Pick.One(random, Words) }).ToList();
        foreach (var node in nodes)
        {
            foreach (var word in Words.Where(_ => Pick.Chance(random, 30)))
            {
                node.Tags.Add(word);
                node.Counts[word] = node.Counts.GetValueOrDefault(word) + 1;
            }

            node.Labels = random.Next(3) switch
            {
                0 => new List<string>(Words.Where(_ => Pick.Chance(random, 30))),
                1 => new HashSet<string>(Words.Where(_ => Pick.Chance(random, 30)), StringComparer.OrdinalIgnoreCase),
                _ => new SortedSet<string>(Words.Where(_ => Pick.Chance(random, 30)), StringComparer.Ordinal),
            };

            // Children may be any node, the node itself included, more than once: shared references and cycles.
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                node.Children.Add(Pick.One(random, nodes));
            }

            node.Parent = Pick.Chance(random, 50) ? Pick.One(random, nodes) : null;
        }

        return nodes[0];
    }

    private static void Mutate(Random random, Folder root)
    {
        var node = Pick.Chance(random, 50) || root.Children.Count == 0 ? root : Pick.One(random, root.Children);
        switch (random.Next(6))
        {
            case 0:
                node.Name += "!";
                break;
            case 1:
                node.Tags.Add("mutated");
                break;
            case 2:
                node.Counts["mutated"] = 1;
                break;
            case 3:
                node.Labels.Add("mutated");
                break;
            case 4:
                node.Children.Add(node);
                break;
            default:
                node.Parent = null;
                node.Children.Clear();
                break;
        }
    }
}
