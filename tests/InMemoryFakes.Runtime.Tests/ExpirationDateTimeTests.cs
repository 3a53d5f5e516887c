using System;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary><see cref="Expiration.At(DateTime, string?)"/>: a UTC or local time is an instant; an unspecified one is refused.</summary>
public sealed class ExpirationDateTimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Utc_and_local_times_of_one_instant_give_the_same_expiration()
    {
        var utc = Start.UtcDateTime.AddMinutes(1);

        Assert.Equal(Expiration.At(new DateTimeOffset(utc)), Expiration.At(utc));
        Assert.Equal(Expiration.At(new DateTimeOffset(utc)), Expiration.At(utc.ToLocalTime()));
    }

    [Fact]
    public void An_unspecified_time_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentException>(() => Expiration.At(new DateTime(2026, 1, 1, 0, 1, 0, DateTimeKind.Unspecified), "expiresOn"));

        Assert.Equal("expiresOn", error.ParamName);
    }

    [Fact]
    public void A_utc_time_expires_the_entry_at_that_instant()
    {
        var clock = new ManualClock(Start);
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock });

        table.Set("k", "v", Expiration.At(Start.UtcDateTime.AddSeconds(10)));

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.True(table.ContainsKey("k"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(table.ContainsKey("k"));
    }
}
