using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>Random operation sequences against a <see cref="KeyValueTable{TKey, TValue}"/> and the reference model.</summary>
public sealed class KeyValueModelTests
{
    public const int FirstSeed = 1_000_000;
    public const int Sequences = 4_000;

    private static readonly string[] KeyPool = { "k0", "k1", "k2", "k3", "k4", "k5", "ключ" };

    private static readonly string[] ValuePool =
    {
        "0", "1", "7", "42", "-3", "123456", "9223372036854775807", "-9223372036854775808",
        "abc", "", "€€", "x1", "1.5", "hello world", "99999999999999999999",
    };

    private static readonly int[] Weights =
    {
        18, // 0 Set
        7,  // 1 SetIfAbsent
        12, // 2 Get
        5,  // 3 Remove
        7,  // 4 ContainsKey
        9,  // 5 Increment
        5,  // 6 Refresh
        5,  // 7 Expire
        3,  // 8 GetTimeToLive
        3,  // 9 Keys
        2,  // 10 Count
        1,  // 11 Clear
        12, // 12 clock
        2,  // 13 Snapshot
        2,  // 14 Restore
    };

    [Fact]
    public void Random_sequences_of_key_value_operations_match_the_reference_model()
    {
        var totals = new RunTotals();
        foreach (var seed in SeedPlan.Seeds(FirstSeed, Sequences))
        {
            totals.Steps += RunSequence(seed);
            totals.Sequences++;
        }

        totals.Report("KeyValueTable");
    }

    private static int RunSequence(int seed)
    {
        var random = new Random(seed);
        var quota = ModelSupport.RandomQuota(random, maxEntries: 6, minBytes: 4, maxBytes: 30);
        var defaultTtl = ModelSupport.RandomDefaultTtl(random);
        var swept = Pick.Chance(random, 70);
        var clock = new ManualClock();
        var core = new FakeCore(ModelSupport.Options(swept ? clock : new UnsweptClock(clock), quota, defaultTtl), new FakeDefaults("IKeyValueModel"));
        var table = core.KeyValueTable<string, string>("kv");
        var realEvents = new EventLog { IgnoreExpiry = !swept };
        core.EntryEvicted += (_, e) => realEvents.Add(e.Key, e.Reason, e.At.UtcTicks);

        var model = new KeyValueModel(quota, defaultTtl, clock.GetUtcNow().UtcTicks);
        model.Events.IgnoreExpiry = !swept;
        var config = $"{quota} DefaultTtl={defaultTtl?.ToString(CultureInfo.InvariantCulture) ?? "none"} Swept={swept}";
        var trace = new SequenceTrace("KeyValueTable", seed, config, nameof(KeyValueModelTests));
        var check = new StepChecker(trace, model.Render, totals => Render(table, clock, quota.MaxBytes > 0, totals), model.Events, realEvents, swept ? 1 : 5);

        FakeSnapshot? snapshot = null;
        object? captured = null;
        var steps = random.Next(30, 61);
        for (var step = 0; step < steps; step++)
        {
            var key = model.Keys.Any() && Pick.Chance(random, 70) ? Pick.One(random, model.Keys.ToList()) : Pick.One(random, KeyPool);
            var value = Pick.One(random, ValuePool);
            switch (Pick.Weighted(random, Weights))
            {
                case 0:
                {
                    var expiry = ModelSupport.RandomExpiry(random, model.Now);
                    check.Run($"Set({Pick.Quote(key)}, {Pick.Quote(value)}, {expiry})", () => model.Set(key, value, expiry),
                        () => Bool(table.Set(key, value, ModelSupport.ToRuntime(expiry))));
                    break;
                }

                case 1:
                {
                    var expiry = ModelSupport.RandomExpiry(random, model.Now);
                    check.Run($"SetIfAbsent({Pick.Quote(key)}, {Pick.Quote(value)}, {expiry})", () => model.SetIfAbsent(key, value, expiry),
                        () => Bool(table.SetIfAbsent(key, value, ModelSupport.ToRuntime(expiry))));
                    break;
                }

                case 2:
                    check.Run($"Get({Pick.Quote(key)})", () => model.Get(key), () => Pick.Quote(table.GetValueOrDefault(key)));
                    break;
                case 3:
                    check.Run($"Remove({Pick.Quote(key)})", () => model.Remove(key), () => Bool(table.Remove(key)));
                    break;
                case 4:
                    check.Run($"ContainsKey({Pick.Quote(key)})", () => model.ContainsKey(key), () => Bool(table.ContainsKey(key)));
                    break;
                case 5:
                {
                    var amount = random.Next(10) switch
                    {
                        0 => long.MaxValue,
                        1 => long.MinValue + 1,
                        _ => random.Next(-3, 6),
                    };
                    var expiry = Pick.Chance(random, 50) ? ExpirySpec.Default : ModelSupport.RandomExpiry(random, model.Now);
                    check.Run($"Increment({Pick.Quote(key)}, {amount}, {expiry})", () => model.Increment(key, amount, expiry),
                        () => table.Increment(key, amount, ModelSupport.ToRuntime(expiry)).ToString(CultureInfo.InvariantCulture));
                    break;
                }

                case 6:
                    check.Run($"Refresh({Pick.Quote(key)})", () => model.Refresh(key), () => Bool(table.Refresh(key)));
                    break;
                case 7:
                {
                    var expiry = ModelSupport.RandomExpiry(random, model.Now);
                    check.Run($"Expire({Pick.Quote(key)}, {expiry})", () => model.Expire(key, expiry),
                        () => Bool(table.Expire(key, ModelSupport.ToRuntime(expiry))));
                    break;
                }

                case 8:
                    check.Run($"GetTimeToLive({Pick.Quote(key)})", () => model.TimeToLive(key),
                        () => table.GetTimeToLive(key) is { } left ? left.Ticks.ToString(CultureInfo.InvariantCulture) + "t" : "null");
                    break;
                case 9:
                    check.Run("Keys()", model.KeyList, () => string.Join(",", table.Keys()));
                    break;
                case 10:
                    check.Run("Count", model.Count, () => table.Count.ToString(CultureInfo.InvariantCulture));
                    break;
                case 11:
                    check.Run("Clear()", () =>
                    {
                        model.Clear();
                        return "ok";
                    }, () =>
                    {
                        table.Clear();
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
                        check.Run("Count", model.Count, () => table.Count.ToString(CultureInfo.InvariantCulture));
                        break;
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

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Everything observable about the table, in the model's format (reading it renews nothing).</summary>
    private static string Render(KeyValueTable<string, string> table, ManualClock clock, bool measures, bool totals)
    {
        var keys = table.Keys();
        var entries = table.Entries();
        var info = table.Inspect();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={clock.GetUtcNow().UtcTicks}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={table.Count}");
        }

        if (totals && measures)
        {
            text.Append(CultureInfo.InvariantCulture, $" bytes={table.Bytes}");
        }

        if (!keys.SequenceEqual(entries.Select(static e => e.Key)) || !keys.SequenceEqual(info.Select(static i => (string)i.Key)))
        {
            text.Append(" KEYS/ENTRIES/INSPECT DISAGREE: " + string.Join(",", keys) + " / " + string.Join(",", entries.Select(static e => e.Key)) + " / " + string.Join(",", info.Select(static i => i.Key)));
        }

        for (var i = 0; i < Math.Min(entries.Count, info.Count); i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {entries[i].Key}={Pick.Quote(entries[i].Value)} exp={ModelSupport.RenderExpiry(info[i])} size={info[i].Size}");
        }

        return text.ToString();
    }
}
