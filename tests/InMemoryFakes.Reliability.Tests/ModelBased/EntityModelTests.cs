using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>Random operation sequences against an <see cref="EntityTable{TKey, TEntity}"/> and the reference model.</summary>
public sealed class EntityModelTests
{
    public const int FirstSeed = 3_000_000;
    public const int Sequences = 3_000;

    private static readonly string?[] Codes = { null, null, "a", "b", "c", "d" };
    private static readonly string[] Names = { "", "al", "bob", "carol", "dave-the-long-name", "é" };

    private static readonly int[] Weights =
    {
        16, // 0 Add
        12, // 1 Update
        9,  // 2 Upsert
        10, // 3 Find
        4,  // 4 Exists
        4,  // 5 Remove
        5,  // 6 RemoveEntity
        3,  // 7 Count
        3,  // 8 Values
        5,  // 9 mutate an instance the caller holds
        1,  // 10 Clear
        1,  // 11 Reset
        10, // 12 clock
        3,  // 13 Snapshot
        3,  // 14 Restore
    };

    [Fact]
    public void Random_sequences_of_entity_operations_match_the_reference_model()
    {
        var totals = new RunTotals();
        foreach (var seed in SeedPlan.Seeds(FirstSeed, Sequences))
        {
            totals.Steps += RunSequence(seed);
            totals.Sequences++;
        }

        totals.Report("EntityTable");
    }

    internal static EntityModel<int, Item> ItemModel(bool deepCopy) => new(static i => i.Id)
    {
        KeyName = "Id",
        WithKey = static (i, id) =>
        {
            i.Id = id;
            return i;
        },
        GenerateKeys = true,
        // Half the sequences use a whole-value copy, half a graph-aware one built on CopyContext (what the generator emits);
        // the runtime never invents a copy of a type it does not know.
        DeepCopy = deepCopy ? static i => new Item { Id = i.Id, Code = i.Code, Name = i.Name, Version = i.Version } : null,
        DeepCopyInContext = deepCopy ? null : static (i, context) => context.Copy(i, static _ => new Item(), static (from, to, _) =>
        {
            to.Id = from.Id;
            to.Code = from.Code;
            to.Name = from.Name;
            to.Version = from.Version;
        }),
        ConcurrencyToken = new ConcurrencyToken<Item>("Version", static i => i.Version, static (i, v) =>
        {
            i.Version = (int)v!;
            return i;
        }),
        UniqueConstraints = new[] { new UniqueConstraint<Item>("Code", static i => i.Code) },
    };

    private static int RunSequence(int seed)
    {
        var random = new Random(seed);
        var quota = ModelSupport.RandomQuota(random, maxEntries: 6, minBytes: 3, maxBytes: 24);
        var defaultTtl = ModelSupport.RandomDefaultTtl(random);
        var swept = Pick.Chance(random, 70);
        var copyMode = Pick.Chance(random, 50) ? CopyMode.Auto : CopyMode.Copy;
        var deepCopy = Pick.Chance(random, 50);
        var clock = new ManualClock();
        var options = ModelSupport.Options(swept ? clock : new UnsweptClock(clock), quota, defaultTtl);
        options.CopyMode = copyMode;
        options.SizeEstimator = static value => value is Item item ? Encoding.UTF8.GetByteCount(item.Name) : 0;
        var core = new FakeCore(options, new FakeDefaults("IItemRepository"));
        var table = core.EntityTable("Item", ItemModel(deepCopy));
        var realEvents = new EventLog { IgnoreExpiry = !swept };
        core.EntryEvicted += (_, e) => realEvents.Add(e.Key, e.Reason, e.At.UtcTicks);

        var model = new EntityModelRef(quota, defaultTtl, clock.GetUtcNow().UtcTicks);
        model.Events.IgnoreExpiry = !swept;
        var config = $"{quota} DefaultTtl={defaultTtl?.ToString(CultureInfo.InvariantCulture) ?? "none"} Swept={swept} CopyMode={copyMode} DeepCopy={deepCopy}";
        var trace = new SequenceTrace("EntityTable", seed, config, nameof(EntityModelTests));
        var check = new StepChecker(trace, model.Render, totals => Render(table, clock, quota.MaxBytes > 0, totals), model.Events, realEvents, swept ? 1 : 5);

        // Instances the caller holds (passed in or handed out): mutating them must never change the store.
        var held = new List<Item>();
        Item Hold(Item item)
        {
            held.Add(item);
            if (held.Count > 6)
            {
                held.RemoveAt(0);
            }

            return item;
        }

        FakeSnapshot? snapshot = null;
        object? captured = null;
        var steps = random.Next(30, 61);
        for (var step = 0; step < steps; step++)
        {
            int ExistingOrNew() => model.Keys.Any() && Pick.Chance(random, 70) ? Pick.One(random, model.Keys.ToList()) : random.Next(1, 13);
            var code = Pick.One(random, Codes);
            var name = Pick.One(random, Names);
            switch (Pick.Weighted(random, Weights))
            {
                case 0:
                {
                    var id = Pick.Chance(random, 55) ? 0 : ExistingOrNew();
                    var version = random.Next(0, 3);
                    var entity = Hold(new Item { Id = id, Code = code, Name = name, Version = version });
                    check.Run($"TryAdd({entity})", () => model.Add(id, code, name, version), () =>
                    {
                        var stored = table.TryAdd(entity, out var added);
                        return (stored ? "true " : "false ") + Hold(added);
                    });
                    break;
                }

                case 1:
                case 2:
                {
                    var upsert = Pick.Chance(random, 45);
                    var id = upsert && Pick.Chance(random, 25) ? 0 : ExistingOrNew();
                    var current = model.VersionOf(id);
                    var version = current is { } v && Pick.Chance(random, 75) ? v : random.Next(0, 3);
                    if (Pick.Chance(random, 50) && model.CodeOf(id) is { } same)
                    {
                        code = same;
                    }

                    var entity = Hold(new Item { Id = id, Code = code, Name = name, Version = version });
                    if (upsert)
                    {
                        check.Run($"Upsert({entity})", () => model.Upsert(id, code, name, version), () =>
                        {
                            var outcome = table.Upsert(entity, out var saved);
                            return outcome + " " + Hold(saved);
                        });
                    }
                    else
                    {
                        check.Run($"Update({entity})", () => model.Update(id, code, name, version), () => Hold(table.Update(entity)).ToString());
                    }

                    break;
                }

                case 3:
                {
                    var id = ExistingOrNew();
                    check.Run($"Find({id})", () => model.Find(id, render: true), () => table.Find(id) is { } found ? Hold(found).ToString() : "null");
                    break;
                }

                case 4:
                {
                    var id = ExistingOrNew();
                    check.Run($"Exists({id})", () => model.Find(id, render: false), () => table.ContainsKey(id) ? "true" : "false");
                    break;
                }

                case 5:
                {
                    var id = ExistingOrNew();
                    check.Run($"Remove({id})", () => model.Remove(id), () => table.Remove(id) ? "true" : "false");
                    break;
                }

                case 6:
                {
                    var id = ExistingOrNew();
                    var version = model.VersionOf(id) is { } v && Pick.Chance(random, 70) ? v : random.Next(0, 3);
                    var entity = Hold(new Item { Id = id, Code = code, Name = name, Version = version });
                    check.Run($"RemoveEntity({entity})", () => model.RemoveEntity(id, version), () => table.RemoveEntity(entity) ? "true" : "false");
                    break;
                }

                case 7:
                    check.Run("Count", model.Count, () => table.Count.ToString(CultureInfo.InvariantCulture));
                    break;
                case 8:
                    check.Run("Values()", model.Values, () => string.Join(" ", table.Values().Select(Hold)));
                    break;
                case 9:
                {
                    if (held.Count == 0)
                    {
                        goto case 7;
                    }

                    var victim = Pick.One(random, held);
                    check.Run($"mutate held {victim}", () => "ok", () =>
                    {
                        victim.Name = "mutated";
                        victim.Code = "z";
                        victim.Version += 10;
                        return "ok";
                    });
                    break;
                }

                case 10:
                    check.Run("Clear()", () =>
                    {
                        model.Clear();
                        return "ok";
                    }, () =>
                    {
                        core.Clear();
                        return "ok";
                    });
                    break;
                case 11:
                    check.Run("Reset()", () =>
                    {
                        model.Reset();
                        return "ok";
                    }, () =>
                    {
                        core.Reset();
                        return "ok";
                    });
                    break;
                case 12:
                {
                    var (description, target) = ModelSupport.RandomClockMove(random, model.Now, model.ExpiryInstants);
                    var useAdvance = Pick.Chance(random, 50);
                    check.Run(description, () =>
                    {
                        model.AdvanceTo(target);
                        return "ok";
                    }, () =>
                    {
                        ModelSupport.MoveClock(clock, target, useAdvance);
                        return "ok";
                    });
                    break;
                }

                case 13:
                    check.Run("Snapshot()", () =>
                    {
                        captured = model.Capture();
                        return "ok";
                    }, () =>
                    {
                        snapshot = core.Snapshot();
                        return "ok";
                    });
                    break;
                default:
                    if (snapshot is null || captured is null)
                    {
                        goto case 7;
                    }

                    check.Run("Restore(snapshot)", () =>
                    {
                        model.Restore(captured);
                        return "ok";
                    }, () =>
                    {
                        core.Restore(snapshot);
                        return "ok";
                    });
                    break;
            }
        }

        return steps;
    }

    private static string Render(EntityTable<int, Item> table, ManualClock clock, bool measures, bool totals)
    {
        var keys = table.Keys();
        var values = table.Values();
        var info = table.Inspect();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={clock.GetUtcNow().UtcTicks}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={table.Count}");
            if (measures)
            {
                text.Append(CultureInfo.InvariantCulture, $" bytes={table.Bytes}");
            }
        }

        if (!keys.SequenceEqual(values.Select(static v => v.Id)) || !keys.SequenceEqual(info.Select(static i => (int)i.Key)))
        {
            text.Append(" KEYS/VALUES/INSPECT DISAGREE");
        }

        for (var i = 0; i < Math.Min(values.Count, info.Count); i++)
        {
            var expiry = info[i].ExpiresAt is { } at ? at.UtcTicks.ToString(CultureInfo.InvariantCulture) : "never";
            text.Append(CultureInfo.InvariantCulture, $"\n  {values[i]} exp={expiry} size={info[i].Size}");
        }

        return text.ToString();
    }
}
