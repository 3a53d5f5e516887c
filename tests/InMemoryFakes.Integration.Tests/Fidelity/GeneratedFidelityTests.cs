using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Fidelity;

public sealed class CacheOptions
{
    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }
}

[InMemoryFake]
public interface ICounters
{
    int Incr(string key);

    int Decr(string key, int amount);

    void Set(string key, object value);

    object? Get(string key);
}

[InMemoryFake]
public interface IOptionCache
{
    string? Get(string key);

    void Set(string key, string value, CacheOptions options);
}

public sealed class Ticket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public sealed class TicketMissingException(string message) : Exception(message);

public sealed class OrderMissingException(string message) : Exception(message);

[InMemoryFake(NotFoundException = typeof(TicketMissingException))]
public interface ITicketDesk
{
    Ticket Get(int id);

    void Add(Ticket ticket);

    int UpdateRange(IEnumerable<Ticket> tickets);
}

[InMemoryFake(NotFoundException = typeof(OrderMissingException))]
public interface ITicketArchive
{
    Ticket Get(int id);
}

public class GeneratedFidelityTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_int_counter_at_its_maximum_refuses_the_increment_and_keeps_its_value()
    {
        var counters = new InMemoryCounters();
        counters.Set("hits", (long)int.MaxValue);

        Assert.Throws<OverflowException>(() => counters.Incr("hits"));
        Assert.Equal((long)int.MaxValue, counters.Get("hits"));
        Assert.Throws<OverflowException>(() => counters.Decr("low", int.MinValue));
        Assert.Null(counters.Get("low"));
    }

    [Fact]
    public void A_sliding_expiry_given_with_an_absolute_one_is_capped_by_it()
    {
        var clock = new ManualClock(Start);
        var cache = new InMemoryOptionCache(clock);
        cache.Set("k", "v", new CacheOptions { SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpiration = Start.AddMinutes(15) });

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("v", cache.Get("k"));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.Get("k"));
    }

    [Fact]
    public void With_absolute_and_relative_expiry_the_earlier_wins()
    {
        var clock = new ManualClock(Start);
        var cache = new InMemoryOptionCache(clock);
        cache.Set("relative-first", "v", new CacheOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1), AbsoluteExpiration = Start.AddMinutes(5) });
        cache.Set("absolute-first", "v", new CacheOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5), AbsoluteExpiration = Start.AddMinutes(1) });

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.Get("relative-first"));
        Assert.Null(cache.Get("absolute-first"));
    }

    [Fact]
    public void Each_fake_on_a_shared_backend_throws_its_own_mapped_exception()
    {
        var backend = new InMemoryBackend(new ManualClock(Start));
        var desk = new InMemoryTicketDesk(backend);
        var archive = new InMemoryTicketArchive(backend);

        Assert.Throws<TicketMissingException>(() => desk.Get(1));
        Assert.Throws<OrderMissingException>(() => archive.Get(1));
    }

    [Fact]
    public void A_refused_generated_range_changes_nothing_and_throws_the_mapped_exception()
    {
        var desk = new InMemoryTicketDesk();
        desk.Add(new Ticket { Title = "a" });

        Assert.Throws<TicketMissingException>(() => desk.UpdateRange(new[] { new Ticket { Id = 1, Title = "b" }, new Ticket { Id = 9 } }));
        Assert.Equal("a", desk.Get(1).Title);
        Assert.Equal(1, desk.UpdateRange(new[] { new Ticket { Id = 1, Title = "c" } }));
        Assert.Equal("c", desk.Get(1).Title);
    }
}
