using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace InMemoryFakes.Reliability.Tests.ModelBased;

/// <summary>Random configurations and arguments shared by the model-based tests, and their translation to the runtime's types.</summary>
internal static class ModelSupport
{
    public const long Second = TimeSpan.TicksPerSecond;

    private static readonly QuotaPolicy[] Policies = { QuotaPolicy.Throw, QuotaPolicy.Reject, QuotaPolicy.EvictOldest, QuotaPolicy.EvictLeastRecentlyUsed };

    public static QuotaSpec RandomQuota(Random random, int maxEntries, int minBytes, int maxBytes, bool bytes = true)
    {
        var policy = Pick.One(random, Policies);
        if (Pick.Chance(random, 25))
        {
            return new QuotaSpec(0, 0, policy);
        }

        var entries = Pick.Chance(random, 60) ? random.Next(1, maxEntries + 1) : 0;
        var limit = bytes && (entries == 0 || Pick.Chance(random, 40)) ? random.Next(minBytes, maxBytes + 1) : 0;
        return new QuotaSpec(entries == 0 && limit == 0 ? random.Next(1, maxEntries + 1) : entries, limit, policy);
    }

    public static long? RandomDefaultTtl(Random random) => Pick.Chance(random, 30) ? random.Next(1, 6) * Second : null;

    public static InMemoryFakeOptions Options(TimeProvider clock, QuotaSpec quota, long? defaultTtl) => new()
    {
        TimeProvider = clock,
        MaxEntries = quota.MaxEntries,
        MaxBytes = quota.MaxBytes,
        QuotaPolicy = quota.Policy,
        DefaultTimeToLive = defaultTtl is { } ttl ? TimeSpan.FromTicks(ttl) : null,
    };

    /// <summary>A random expiry request, including now and then an absolute instant that is not in the future.</summary>
    public static ExpirySpec RandomExpiry(Random random, long now, bool allowInvalid = true)
    {
        var roll = random.Next(100);
        long Duration() => (random.Next(1, 7) * Second) + (Pick.Chance(random, 30) ? random.NextInt64(-Second / 2, Second / 2) : 0);
        return roll switch
        {
            < 30 => ExpirySpec.Default,
            < 38 => new ExpirySpec(ExpiryKind.Never, 0),
            < 58 => new ExpirySpec(ExpiryKind.After, Duration()),
            < 66 => new ExpirySpec(ExpiryKind.AfterSeconds, 0, random.Next(1, 25) * 0.25),
            < 78 => new ExpirySpec(ExpiryKind.At, now + Duration()),
            < 81 when allowInvalid => new ExpirySpec(ExpiryKind.At, now - (Pick.Chance(random, 50) ? 0 : random.Next(1, 3 * (int)Second))),
            _ => new ExpirySpec(ExpiryKind.Sliding, (random.Next(1, 5) * Second) + (Pick.Chance(random, 30) ? random.Next(1, 1000) : 0)),
        };
    }

    public static Expiration ToRuntime(ExpirySpec spec) => spec.Kind switch
    {
        ExpiryKind.Default => Expiration.Default,
        ExpiryKind.Never => Expiration.Never,
        ExpiryKind.After => Expiration.After(TimeSpan.FromTicks(spec.Ticks)),
        ExpiryKind.AfterSeconds => Expiration.AfterSeconds(spec.Seconds),
        ExpiryKind.At => Expiration.At(new DateTimeOffset(spec.Ticks, TimeSpan.Zero)),
        _ => Expiration.Sliding(TimeSpan.FromTicks(spec.Ticks)),
    };

    /// <summary>A clock move: by a random amount, or exactly to (or one tick before, or after) an entry's expiry instant.</summary>
    public static (string Description, long Target) RandomClockMove(Random random, long now, IEnumerable<long> expiryInstants)
    {
        var instants = expiryInstants.Where(t => t > now).ToList();
        var roll = random.Next(100);
        if (instants.Count > 0 && roll < 40)
        {
            var instant = Pick.One(random, instants);
            return ("SetUtcNow(exact expiry " + instant.ToString(CultureInfo.InvariantCulture) + ")", instant);
        }

        if (instants.Count > 0 && roll < 55)
        {
            var instant = Pick.One(random, instants) - 1;
            return ("SetUtcNow(expiry - 1 tick " + instant.ToString(CultureInfo.InvariantCulture) + ")", instant);
        }

        if (instants.Count > 0 && roll < 62)
        {
            var instant = Pick.One(random, instants) + 1;
            return ("SetUtcNow(expiry + 1 tick " + instant.ToString(CultureInfo.InvariantCulture) + ")", instant);
        }

        long delta = roll switch
        {
            < 70 => 0,
            < 80 => random.Next(1, 1000),
            _ => random.Next(1, 7) * (Second / 2),
        };
        return ("Advance(" + delta.ToString(CultureInfo.InvariantCulture) + "t)", now + delta);
    }

    /// <summary>Moves the real clock: Advance or SetUtcNow, at random, to the same target.</summary>
    public static void MoveClock(ManualClock clock, long target, bool useAdvance)
    {
        var now = clock.GetUtcNow().UtcTicks;
        if (useAdvance)
        {
            clock.Advance(TimeSpan.FromTicks(target - now));
        }
        else
        {
            clock.SetUtcNow(new DateTimeOffset(target, TimeSpan.Zero));
        }
    }

    public static string RenderExpiry(EntryInfo info)
        => (info.ExpiresAt is { } at ? at.UtcTicks.ToString(CultureInfo.InvariantCulture) : "never")
            + " slide=" + (info.SlidingWindow?.Ticks ?? 0).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The time of a <see cref="ManualClock"/>, but timers that never fire: tables on it are never swept in the
/// background, so every read path must check expiry on its own.
/// </summary>
internal sealed class UnsweptClock : TimeProvider
{
    private readonly ManualClock _clock;

    public UnsweptClock(ManualClock clock)
    {
        _clock = clock;
    }

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override System.Threading.ITimer CreateTimer(System.Threading.TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Dormant();

    private sealed class Dormant : System.Threading.ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}
