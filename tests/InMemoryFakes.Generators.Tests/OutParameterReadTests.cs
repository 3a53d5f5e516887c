using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>bool TryGet(key, out value)</c> whose out parameter is the store's value type passes that parameter to the table's
/// read (a call in tail position); one of another type (<c>int?</c> over <c>int</c> values) reads into a local and converts.
/// What a caller sees is the same either way: the answer, and the out variable written once, with the value or the default.
/// </summary>
public class OutParameterReadTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_expiring_value_is_read_into_the_out_parameter_until_its_instant_and_the_default_after(bool recordCalls)
    {
        var clock = new ManualClock(Start);
        var cache = new InMemoryExpiringTokenCache(new InMemoryFakeOptions { TimeProvider = clock, RecordCalls = recordCalls });
        IExpiringTokenCache api = cache;
        api.Set("a", "token-a", TimeSpan.FromSeconds(10));

        // A hit on an entry that expires goes through the table's out-of-line read (the clock is read there).
        clock.Advance(TimeSpan.FromSeconds(9));
        string? value = "stale";
        Assert.True(api.TryGet("a", out value));
        Assert.Equal("token-a", value);

        // The variable the caller passes is overwritten with null on a miss, whatever it held.
        value = "stale";
        Assert.False(api.TryGet("missing", out value));
        Assert.Null(value);

        clock.Advance(TimeSpan.FromSeconds(1));
        value = "stale";
        Assert.False(api.TryGet("a", out value));
        Assert.Null(value);

        var calls = Fakes.Of(cache).Calls.All;
        Assert.Equal(recordCalls ? ["Set", "TryGet", "TryGet", "TryGet"] : [], calls.Select(static c => c.Member).ToArray());
    }

    [Fact]
    public void An_out_parameter_into_an_array_element_is_written_by_the_read()
    {
        IExpiringTokenCache api = new InMemoryExpiringTokenCache(new ManualClock(Start));
        api.Set("a", "token-a", TimeSpan.FromMinutes(1));
        var slots = new string?[] { "x", "y" };

        Assert.True(api.TryGet("a", out slots[1]));
        Assert.False(api.TryGet("b", out slots[0]));

        Assert.Null(slots[0]);
        Assert.Equal("token-a", slots[1]);
    }

    [Fact]
    public void A_nullable_out_parameter_over_int_values_is_converted_from_the_stored_value()
    {
        INumberCache api = new InMemoryNumberCache();
        api.Set("n", 5);

        Assert.True(api.TryGet("n", out var found));
        Assert.Equal(5, found);
        api.Set("n", 6);
        Assert.True(api.TryGet("n", out found));
        Assert.Equal(6, found);
        Assert.False(api.TryGet("missing", out var missing));
        Assert.Null(missing);
    }
}
