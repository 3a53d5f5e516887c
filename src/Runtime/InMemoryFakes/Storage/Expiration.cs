using System;
using System.Runtime.CompilerServices;

namespace InMemoryFakes;

/// <summary>
/// When a written entry stops being visible: never, after a time to live (relative to the write),
/// at an absolute instant, or after a sliding window that every read renews.
/// </summary>
/// <remarks>
/// <para>Expiry is exact: an entry written at <c>w</c> with time to live <c>t</c> is visible while
/// <c>now &lt; w + t</c> and gone from every read path at <c>w + t</c>.
/// The factories validate their argument and throw <see cref="ArgumentOutOfRangeException"/> naming it.</para>
/// <para>An expiry instant later than <see cref="DateTimeOffset.MaxValue"/> (a huge time to live, or a sliding window
/// renewed near the end of time) is clamped to <see cref="DateTimeOffset.MaxValue"/>: no clock reaches it, so the entry
/// never expires in practice, and every read path (<c>Entries</c>, <c>Inspect</c>, TTL lookups) can still describe it.</para>
/// <para><see cref="Combine"/> takes the three settings a cache entry can carry at once (absolute, relative to now,
/// sliding): the earlier of the absolute and the relative instant wins, and a sliding window is never renewed past it.</para>
/// </remarks>
public readonly struct Expiration : IEquatable<Expiration>
{
    private enum Mode : byte
    {
        Default = 0,
        Never,
        Relative,
        Absolute,
        Sliding,
        Combined,
    }

    /// <summary>The latest instant an entry can hold (<see cref="DateTimeOffset.MaxValue"/>), in UTC ticks: a constant, so every timed write's addition folds it.</summary>
    internal const long MaxInstant = 3_155_378_975_999_999_999L;

    private readonly Mode _mode;

    // Relative, Sliding: the duration; Absolute: the instant; Combined: the sliding window, or 0 for none.
    private readonly long _ticks;

    // Combined only: the absolute instant (0 for none) and the time to live relative to the write (0 for none).
    private readonly long _absolute;
    private readonly long _relative;

    // The name an absolute instant in the past is reported under (null: the name the write passes, "expiration").
    // Not part of equality.
    private readonly string? _paramName;

    private Expiration(Mode mode, long ticks, string? paramName = null, long absolute = 0, long relative = 0)
    {
        _mode = mode;
        _ticks = ticks;
        _paramName = paramName;
        _absolute = absolute;
        _relative = relative;
    }

    /// <summary>Use the store's default time to live (none unless configured).</summary>
    public static Expiration Default => default;

    /// <summary>Never expire, whatever the store's default.</summary>
    public static Expiration Never => new(Mode.Never, 0);

    /// <summary><see langword="true"/> when this asks for the store's default.</summary>
    public bool IsDefault => _mode == Mode.Default;

    /// <summary>Expire <paramref name="ttl"/> after the write.</summary>
    /// <param name="ttl">A positive, finite duration.</param>
    /// <param name="paramName">The caller's parameter name, for the exception; filled in by the compiler.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ttl"/> is zero, negative or infinite.</exception>
    public static Expiration After(TimeSpan ttl, [CallerArgumentExpression(nameof(ttl))] string? paramName = null)
        => new(Mode.Relative, Positive(ttl, paramName));

    /// <summary>Expire <paramref name="seconds"/> seconds after the write.</summary>
    /// <param name="seconds">A positive, finite number of seconds.</param>
    /// <param name="paramName">The caller's parameter name, for the exception; filled in by the compiler.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seconds"/> is zero, negative, NaN or infinite.</exception>
    public static Expiration AfterSeconds(double seconds, [CallerArgumentExpression(nameof(seconds))] string? paramName = null)
        => new(Mode.Relative, SecondsToTicks(seconds, paramName));

    /// <summary>Expire at an absolute instant, which must be later than the store's clock when the entry is written.</summary>
    /// <param name="expiresAt">The instant the entry disappears.</param>
    /// <param name="paramName">
    /// The parameter to name when the instant turns out not to be in the future (it is checked at write time); by
    /// default the write's <c>expiration</c> parameter. A generated fake passes its own parameter's name.
    /// </param>
    /// <returns>The expiration.</returns>
    public static Expiration At(DateTimeOffset expiresAt, string? paramName = null) => new(Mode.Absolute, expiresAt.UtcTicks, paramName);

    /// <summary>
    /// Expire at an absolute instant given as a <see cref="DateTime"/>: a UTC time as it is, a local time converted to UTC.
    /// A time of <see cref="DateTimeKind.Unspecified"/> names no instant (stores differ: <c>MemoryCache</c>'s conversion
    /// reads it as local time, token replay caches compare it with <see cref="DateTime.UtcNow"/>), so it is refused
    /// rather than read one way silently.
    /// </summary>
    /// <param name="expiresAt">The instant the entry disappears, of kind <see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Local"/>.</param>
    /// <param name="paramName">The parameter to name in the exceptions; by default the write's <c>expiration</c> parameter.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentException"><paramref name="expiresAt"/> is of kind <see cref="DateTimeKind.Unspecified"/>.</exception>
    public static Expiration At(DateTime expiresAt, string? paramName = null)
        => expiresAt.Kind switch
        {
            DateTimeKind.Utc => new(Mode.Absolute, expiresAt.Ticks, paramName),
            DateTimeKind.Local => new(Mode.Absolute, expiresAt.ToUniversalTime().Ticks, paramName),
            _ => throw new ArgumentException(
                $"The expiry {expiresAt:O} is a DateTime of kind Unspecified, which names no instant: pass a UTC time (DateTime.UtcNow…, DateTime.SpecifyKind(value, DateTimeKind.Utc)) or a local one.",
                paramName ?? "expiration"),
        };

    /// <summary>Expire when the entry has not been read or refreshed for <paramref name="window"/>.</summary>
    /// <param name="window">A positive, finite duration.</param>
    /// <param name="paramName">The caller's parameter name, for the exception; filled in by the compiler.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is zero, negative or infinite.</exception>
    public static Expiration Sliding(TimeSpan window, [CallerArgumentExpression(nameof(window))] string? paramName = null)
        => new(Mode.Sliding, Positive(window, paramName));

    /// <summary>Sliding expiry in seconds; see <see cref="Sliding(TimeSpan, string?)"/>.</summary>
    /// <param name="seconds">A positive, finite number of seconds.</param>
    /// <param name="paramName">The caller's parameter name, for the exception; filled in by the compiler.</param>
    /// <returns>The expiration.</returns>
    public static Expiration SlidingSeconds(double seconds, [CallerArgumentExpression(nameof(seconds))] string? paramName = null)
        => new(Mode.Sliding, SecondsToTicks(seconds, paramName));

    /// <summary>
    /// The settings a cache entry can carry together (as <c>MemoryCacheEntryOptions</c> and
    /// <c>DistributedCacheEntryOptions</c> do): an absolute instant, a time to live relative to the write, and a sliding
    /// window. Each may be left <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>With both <paramref name="absolute"/> and <paramref name="relative"/>, the <em>earlier</em> of the two instants wins.</item>
    /// <item>With <paramref name="sliding"/> as well, that instant caps the window: reads renew the entry, but never past it.</item>
    /// <item>With none of them, the result is <see cref="Default"/> (the store's default time to live).</item>
    /// </list>
    /// </remarks>
    /// <param name="absolute">The instant the entry disappears at the latest; it must be later than the store's clock when the entry is written (checked then).</param>
    /// <param name="relative">A positive, finite time to live from the write.</param>
    /// <param name="sliding">A positive, finite window that every read renews.</param>
    /// <param name="paramName">The name reported for a bad value (for a generated fake, its options parameter); by default <c>absolute</c>, <c>relative</c> or <c>sliding</c>.</param>
    /// <returns>The expiration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relative"/> or <paramref name="sliding"/> is zero, negative or infinite.</exception>
    public static Expiration Combine(DateTimeOffset? absolute = null, TimeSpan? relative = null, TimeSpan? sliding = null, string? paramName = null)
    {
        var relativeTicks = relative is { } r ? Positive(r, paramName ?? nameof(relative)) : 0;
        var window = sliding is { } s ? Positive(s, paramName ?? nameof(sliding)) : 0;
        if (absolute is null && relativeTicks == 0)
        {
            return window == 0 ? Default : new Expiration(Mode.Sliding, window, paramName);
        }

        if (window == 0 && relativeTicks == 0)
        {
            return At(absolute!.Value, paramName ?? nameof(absolute));
        }

        if (window == 0 && absolute is null)
        {
            return new Expiration(Mode.Relative, relativeTicks, paramName);
        }

        // A DateTimeOffset's UtcTicks are never 0 for an instant a clock can be before, so 0 marks "no absolute instant".
        return new Expiration(Mode.Combined, window, paramName ?? (absolute is null ? null : nameof(absolute)), absolute?.UtcTicks ?? 0, relativeTicks);
    }

    /// <summary>Resolves this expiration against the write time.</summary>
    /// <param name="nowTicks">The store clock, in UTC ticks.</param>
    /// <param name="store">The store's options; their <see cref="Support.TableOptions.DefaultExpiration"/> is used when this is <see cref="Default"/>.</param>
    /// <param name="paramName">The name reported when an absolute instant is not in the future.</param>
    /// <param name="expiresAt">UTC ticks at which the entry disappears, or <see cref="long.MaxValue"/>.</param>
    /// <param name="slidingTicks">The sliding window, or 0.</param>
    internal void Resolve(long nowTicks, Support.TableOptions store, string paramName, out long expiresAt, out long slidingTicks)
        => Resolve(nowTicks, store, paramName, out expiresAt, out slidingTicks, out _);

    /// <summary>Resolves this expiration against the write time.</summary>
    /// <param name="nowTicks">The store clock, in UTC ticks.</param>
    /// <param name="store">The store's options; their <see cref="Support.TableOptions.DefaultExpiration"/> is used when this is <see cref="Default"/> (read only then: the write's own expiry needs no copy of the default).</param>
    /// <param name="paramName">The name reported when an absolute instant is not in the future.</param>
    /// <param name="expiresAt">UTC ticks at which the entry disappears (at most <see cref="MaxInstant"/>), or <see cref="long.MaxValue"/> for never.</param>
    /// <param name="slidingTicks">The sliding window, or 0.</param>
    /// <param name="capTicks">The instant a sliding window is never renewed past, or <see cref="long.MaxValue"/> for none.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Resolve(long nowTicks, Support.TableOptions store, string paramName, out long expiresAt, out long slidingTicks, out long capTicks)
    {
        // A time to live relative to the write (a cache's set) is resolved inline by the write; the rest in ResolveOther.
        if (_mode == Mode.Relative)
        {
            slidingTicks = 0;
            capTicks = long.MaxValue;
            expiresAt = SaturatingAdd(nowTicks, _ticks);
            return;
        }

        ResolveOther(nowTicks, store, paramName, out expiresAt, out slidingTicks, out capTicks);
    }

    private void ResolveOther(long nowTicks, Support.TableOptions store, string paramName, out long expiresAt, out long slidingTicks, out long capTicks)
    {
        var self = _mode == Mode.Default ? store.DefaultExpiration : this;
        slidingTicks = 0;
        capTicks = long.MaxValue;
        switch (self._mode)
        {
            case Mode.Relative:
                expiresAt = SaturatingAdd(nowTicks, self._ticks);
                break;
            case Mode.Sliding:
                slidingTicks = self._ticks;
                expiresAt = SaturatingAdd(nowTicks, self._ticks);
                break;
            case Mode.Absolute:
                expiresAt = self.CheckAbsolute(self._ticks, nowTicks, paramName);
                break;
            case Mode.Combined:
                // The earlier of the absolute and the relative instant is the hard end; a sliding window never passes it.
                var end = self._absolute == 0 ? long.MaxValue : self.CheckAbsolute(self._absolute, nowTicks, paramName);
                if (self._relative != 0)
                {
                    end = Math.Min(end, SaturatingAdd(nowTicks, self._relative));
                }

                if (self._ticks == 0)
                {
                    expiresAt = end;
                }
                else
                {
                    slidingTicks = self._ticks;
                    capTicks = end;
                    expiresAt = Math.Min(end, SaturatingAdd(nowTicks, self._ticks));
                }

                break;
            default:
                expiresAt = long.MaxValue;
                break;
        }
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/> (b ≥ 0), clamped to <see cref="MaxInstant"/> so it is always a valid instant.</summary>
    internal static long SaturatingAdd(long a, long b) => a >= MaxInstant - b ? MaxInstant : a + b;

    private long CheckAbsolute(long ticks, long nowTicks, string paramName)
    {
        if (ticks <= nowTicks)
        {
            throw new ArgumentOutOfRangeException(_paramName ?? paramName, new DateTimeOffset(ticks, TimeSpan.Zero),
                "The absolute expiration must be later than the store's current time.");
        }

        return ticks;
    }

    // Inlined into the generated member that builds the expiration (every set with a time to live); the throw is apart.
    // Timeout.InfiniteTimeSpan is negative, so "not positive" covers it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Positive(TimeSpan value, string? paramName)
    {
        var ticks = value.Ticks;
        if (ticks <= 0 || ticks == long.MaxValue)
        {
            ThrowNotPositive(value, paramName);
        }

        return ticks;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNotPositive(TimeSpan value, string? paramName)
        => throw new ArgumentOutOfRangeException(paramName ?? "ttl", value, "The time to live must be positive and finite.");

    private static long SecondsToTicks(double seconds, string? paramName)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            throw new ArgumentOutOfRangeException(paramName ?? "seconds", seconds, "The time to live in seconds must be positive and finite.");
        }

        var ticks = (long)Math.Round(seconds * TimeSpan.TicksPerSecond);
        return ticks == 0 ? 1 : ticks;
    }

    /// <inheritdoc />
    public bool Equals(Expiration other) => _mode == other._mode && _ticks == other._ticks && _absolute == other._absolute && _relative == other._relative;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Expiration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_mode, _ticks, _absolute, _relative);

    /// <summary>Compares two expirations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Expiration left, Expiration right) => left.Equals(right);

    /// <summary>Compares two expirations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Expiration left, Expiration right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _mode switch
    {
        Mode.Never => "never",
        Mode.Relative => "after " + TimeSpan.FromTicks(_ticks),
        Mode.Sliding => "sliding " + TimeSpan.FromTicks(_ticks),
        Mode.Absolute => "at " + new DateTimeOffset(_ticks, TimeSpan.Zero).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Mode.Combined => string.Join(", ", CombinedParts()),
        _ => "default",
    };

    private System.Collections.Generic.IEnumerable<string> CombinedParts()
    {
        if (_absolute != 0)
        {
            yield return "at " + new DateTimeOffset(_absolute, TimeSpan.Zero).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_relative != 0)
        {
            yield return "after " + TimeSpan.FromTicks(_relative);
        }

        if (_ticks != 0)
        {
            yield return "sliding " + TimeSpan.FromTicks(_ticks);
        }
    }
}
