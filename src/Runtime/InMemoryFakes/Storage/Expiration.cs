using System;
using System.Runtime.CompilerServices;

namespace InMemoryFakes;

/// <summary>
/// When a written entry stops being visible: never, after a time to live (relative to the write),
/// at an absolute instant, or after a sliding window that every read renews.
/// </summary>
/// <remarks>
/// Expiry is exact: an entry written at <c>w</c> with time to live <c>t</c> is visible while
/// <c>now &lt; w + t</c> and gone from every read path at <c>w + t</c>.
/// The factories validate their argument and throw <see cref="ArgumentOutOfRangeException"/> naming it.
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
    }

    private readonly Mode _mode;
    private readonly long _ticks;

    // The name an absolute instant in the past is reported under (null: the name the write passes, "expiration").
    // Not part of equality.
    private readonly string? _paramName;

    private Expiration(Mode mode, long ticks, string? paramName = null)
    {
        _mode = mode;
        _ticks = ticks;
        _paramName = paramName;
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

    /// <summary>Resolves this expiration against the write time.</summary>
    /// <param name="nowTicks">The store clock, in UTC ticks.</param>
    /// <param name="fallback">The store's default, used when this is <see cref="Default"/>.</param>
    /// <param name="paramName">The name reported when an absolute instant is not in the future.</param>
    /// <param name="expiresAt">UTC ticks at which the entry disappears, or <see cref="long.MaxValue"/>.</param>
    /// <param name="slidingTicks">The sliding window, or 0.</param>
    internal void Resolve(long nowTicks, Expiration fallback, string paramName, out long expiresAt, out long slidingTicks)
    {
        var self = _mode == Mode.Default ? fallback : this;
        slidingTicks = 0;
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
                if (self._ticks <= nowTicks)
                {
                    throw new ArgumentOutOfRangeException(self._paramName ?? paramName, new DateTimeOffset(self._ticks, TimeSpan.Zero),
                        "The absolute expiration must be later than the store's current time.");
                }

                expiresAt = self._ticks;
                break;
            default:
                expiresAt = long.MaxValue;
                break;
        }
    }

    internal static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue - 1 : a + b;

    private static long Positive(TimeSpan value, string? paramName)
    {
        if (value <= TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan || value == TimeSpan.MaxValue)
        {
            throw new ArgumentOutOfRangeException(paramName ?? "ttl", value, "The time to live must be positive and finite.");
        }

        return value.Ticks;
    }

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
    public bool Equals(Expiration other) => _mode == other._mode && _ticks == other._ticks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Expiration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_mode, _ticks);

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
        _ => "default",
    };
}
