using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>Random operation sequences against a <see cref="BlobTable"/> and the reference model.</summary>
public sealed class BlobModelTests
{
    public const int FirstSeed = 2_000_000;
    public const int Sequences = 3_000;

    private static readonly string[] KeyPool = { "a", "a/1", "a/2", "ab", "b", "b/1", "c" };
    private static readonly string?[] Prefixes = { null, "", "a", "a/", "b", "x" };
    private static readonly string[] Texts = { "", "hello", "ünïcødé", "a/b", "0123456789" };
    private static readonly string?[] ContentTypes = { null, null, "image/png", "text/csv" };

    private static readonly int[] Weights =
    {
        22, // 0 Put
        8,  // 1 GetBytesOrDefault
        5,  // 2 GetBytes
        3,  // 3 OpenRead
        5,  // 4 GetProperties
        7,  // 5 Exists
        5,  // 6 Delete
        4,  // 7 List
        7,  // 8 Copy
        6,  // 9 Move
        3,  // 10 Count and Bytes
        1,  // 11 Clear
        12, // 12 clock
        2,  // 13 Snapshot
        2,  // 14 Restore
    };

    [Fact]
    public void Random_sequences_of_blob_operations_match_the_reference_model()
    {
        var totals = new RunTotals();
        foreach (var seed in SeedPlan.Seeds(FirstSeed, Sequences))
        {
            totals.Steps += RunSequence(seed);
            totals.Sequences++;
        }

        totals.Report("BlobTable");
    }

    private static int RunSequence(int seed)
    {
        var random = new Random(seed);
        var quota = ModelSupport.RandomQuota(random, maxEntries: 5, minBytes: 8, maxBytes: 40);
        var defaultTtl = ModelSupport.RandomDefaultTtl(random);
        var swept = Pick.Chance(random, 70);
        var clock = new ManualClock();
        var core = new FakeCore(ModelSupport.Options(swept ? clock : new UnsweptClock(clock), quota, defaultTtl), new FakeDefaults("IBlobModel"));
        var table = core.BlobTable("blobs");
        var realEvents = new EventLog { IgnoreExpiry = !swept };
        core.EntryEvicted += (_, e) => realEvents.Add(e.Key, e.Reason, e.At.UtcTicks);

        var model = new BlobModel(quota, defaultTtl, clock.GetUtcNow().UtcTicks);
        model.Events.IgnoreExpiry = !swept;
        var etags = new ETagCheck();
        var config = $"{quota} DefaultTtl={defaultTtl?.ToString(CultureInfo.InvariantCulture) ?? "none"} Swept={swept}";
        var trace = new SequenceTrace("BlobTable", seed, config, nameof(BlobModelTests));
        var check = new StepChecker(trace, model.Render, totals => Render(table, clock, etags, totals), model.Events, realEvents, swept ? 1 : 5);

        FakeSnapshot? snapshot = null;
        object? captured = null;
        byte[]? lastContent = null;
        var steps = random.Next(30, 61);
        for (var step = 0; step < steps; step++)
        {
            string KeyOf() => model.Keys.Any() && Pick.Chance(random, 65) ? Pick.One(random, model.Keys.ToList()) : Pick.One(random, KeyPool);
            var key = KeyOf();
            switch (Pick.Weighted(random, Weights))
            {
                case 0:
                {
                    var contentType = Pick.One(random, ContentTypes);
                    IReadOnlyDictionary<string, string>? metadata = random.Next(4) switch
                    {
                        0 => new Dictionary<string, string> { ["owner"] = "ann" },
                        1 => new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" },
                        _ => null,
                    };
                    var expiry = Pick.Chance(random, 50) ? ExpirySpec.Default : ModelSupport.RandomExpiry(random, model.Now);
                    var variant = random.Next(4);
                    byte[] content;
                    string? text = null;
                    if (variant == 2)
                    {
                        text = Pick.One(random, Texts);
                        content = Encoding.UTF8.GetBytes(text);
                    }
                    else if (lastContent is not null && Pick.Chance(random, 20))
                    {
                        content = lastContent;
                    }
                    else
                    {
                        content = new byte[random.Next(0, 13)];
                        random.NextBytes(content);
                    }

                    lastContent = content;
                    var defaultType = variant == 2 ? BlobModel.TextType : BlobModel.BinaryType;
                    var name = variant switch { 0 => "Put(byte[])", 1 => "Put(span)", 2 => "PutText", _ => "Put(stream)" };
                    var shown = text is null ? Pick.Bytes(content) : Pick.Quote(text);
                    var meta = metadata is null ? "null" : "{" + string.Join(",", metadata.Select(static m => m.Key + "=" + m.Value)) + "}";
                    check.Run($"{name}({Pick.Quote(key)}, {shown}, {Pick.Quote(contentType)}, {meta}, {expiry})",
                        () => model.Put(key, content, contentType ?? defaultType, metadata, expiry),
                        () => Properties(variant switch
                        {
                            0 => table.Put(key, (byte[])content.Clone(), contentType, metadata, ModelSupport.ToRuntime(expiry)),
                            1 => table.Put(key, (ReadOnlySpan<byte>)content, contentType, metadata, ModelSupport.ToRuntime(expiry)),
                            2 => table.PutText(key, text!, contentType, metadata, ModelSupport.ToRuntime(expiry)),
                            _ => PutStream(table, key, content, contentType, metadata, ModelSupport.ToRuntime(expiry)),
                        }, etags));
                    break;
                }

                case 1:
                    check.Run($"GetBytesOrDefault({Pick.Quote(key)})", () => Pick.Bytes(model.Read(key)?.Content), () => Pick.Bytes(table.GetBytesOrDefault(key)));
                    break;
                case 2:
                    check.Run($"GetBytes({Pick.Quote(key)})", () => model.Read(key) is { } blob ? Pick.Bytes(blob.Content) : Outcome.Throws<NotFoundException>(),
                        () => Pick.Bytes(table.GetBytes(key)));
                    break;
                case 3:
                    check.Run($"OpenRead({Pick.Quote(key)})", () => model.Read(key) is { } blob ? Pick.Bytes(blob.Content) : Outcome.Throws<NotFoundException>(), () =>
                    {
                        using var stream = table.OpenRead(key);
                        using var buffer = new MemoryStream();
                        stream.CopyTo(buffer);
                        return Pick.Bytes(buffer.ToArray());
                    });
                    break;
                case 4:
                    check.Run($"GetProperties({Pick.Quote(key)})", () => model.Read(key)?.Properties() ?? "null", () => Properties(table.GetProperties(key), etags));
                    break;
                case 5:
                    check.Run($"Exists({Pick.Quote(key)})", () => model.Exists(key), () => table.ContainsKey(key) ? "true" : "false");
                    break;
                case 6:
                    check.Run($"Delete({Pick.Quote(key)})", () => model.Delete(key), () => table.Remove(key) ? "true" : "false");
                    break;
                case 7:
                {
                    var prefix = Pick.One(random, Prefixes);
                    check.Run($"List({Pick.Quote(prefix)})", () => model.List(prefix), () => string.Join(" ; ", table.List(prefix).Select(p => Properties(p, etags))));
                    break;
                }

                case 8:
                case 9:
                {
                    var destination = Pick.Chance(random, 10) ? key : KeyOf();
                    var overwrite = Pick.Chance(random, 60);
                    var move = Pick.Chance(random, 45);
                    if (move)
                    {
                        check.Run($"Move({Pick.Quote(key)}, {Pick.Quote(destination)}, overwrite: {overwrite})", () => model.Move(key, destination, overwrite),
                            () => Properties(table.Move(key, destination, overwrite), etags));
                    }
                    else
                    {
                        check.Run($"Copy({Pick.Quote(key)}, {Pick.Quote(destination)}, overwrite: {overwrite})", () => model.Copy(key, destination, overwrite),
                            () => Properties(table.Copy(key, destination, overwrite), etags));
                    }

                    break;
                }

                case 10:
                    check.Run("Count, Bytes", () => model.Count() + "," + model.Bytes(),
                        () => table.Count.ToString(CultureInfo.InvariantCulture) + "," + table.Bytes.ToString(CultureInfo.InvariantCulture));
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
                        goto case 10;
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

    private static BlobProperties? PutStream(BlobTable table, string key, byte[] content, string? contentType, IReadOnlyDictionary<string, string>? metadata, Expiration expiration)
    {
        // The stream is read from its current position: put some bytes before it that must not be stored.
        using var stream = new MemoryStream();
        stream.Write(new byte[] { 0xEE, 0xEE });
        stream.Write(content);
        stream.Position = 2;
        return table.Put(key, stream, contentType, metadata, expiration);
    }

    private static string Properties(BlobProperties? properties, ETagCheck etags)
    {
        if (properties is null)
        {
            return "null";
        }

        return BlobModel.RenderProperties(properties.Key, properties.Size, properties.ContentType, properties.CreatedAt.UtcTicks, properties.LastModified.UtcTicks, properties.Metadata)
            + etags.Problem(properties);
    }

    private static string Render(BlobTable table, ManualClock clock, ETagCheck etags, bool totals)
    {
        var keys = table.Keys();
        var entries = table.Entries();
        var info = table.Inspect();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now={clock.GetUtcNow().UtcTicks}");
        if (totals)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={table.Count} bytes={table.Bytes}");
        }

        if (!keys.SequenceEqual(entries.Select(static e => e.Key)) || !keys.SequenceEqual(info.Select(static i => (string)i.Key)))
        {
            text.Append(" KEYS/ENTRIES/INSPECT DISAGREE");
        }

        for (var i = 0; i < Math.Min(entries.Count, info.Count); i++)
        {
            var blob = entries[i].Value;
            etags.Observe(blob.ToArray(), blob.Properties.ETag);
            var sizeProblem = info[i].Size == blob.Content.Length ? "" : " INSPECT SIZE " + info[i].Size.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"\n  {Pick.Bytes(blob.ToArray())} {Properties(blob.Properties, etags)} exp={ModelSupport.RenderExpiry(info[i])}{sizeProblem}");
        }

        return text.ToString();
    }

    /// <summary>Equal content gives an equal ETag, and different content a different one (within one sequence).</summary>
    private sealed class ETagCheck
    {
        private readonly Dictionary<string, string> _byContent = new();
        private readonly Dictionary<string, string> _byTag = new();

        public void Observe(byte[] content, string etag)
        {
            var hex = Convert.ToHexString(content);
            _byContent.TryAdd(hex, etag);
            _byTag.TryAdd(etag, hex);
        }

        public string Problem(BlobProperties properties)
        {
            if (string.IsNullOrEmpty(properties.ETag) || properties.ETag[0] != '"' || properties.ETag[^1] != '"')
            {
                return " ETAG NOT QUOTED " + properties.ETag;
            }

            if (_byTag.TryGetValue(properties.ETag, out var hex) && _byContent.TryGetValue(hex, out var tag) && tag != properties.ETag)
            {
                return " ETAG INCONSISTENT";
            }

            return "";
        }
    }
}
