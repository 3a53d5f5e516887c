using System;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// A <see cref="DateTimeOffset"/> concurrency token (session 33): compared with the stored one on Update and Delete-by-entity,
/// stamped from the table's clock on a successful update (UTC, or one tick on when the clock has not moved past it), a null
/// one starting at the write's instant. Before, <c>NextAfter</c> knew no first value and no successor for the type (the
/// generator dropped such tokens, so the runtime never saw one).
/// </summary>
public class DateTimeOffsetTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private sealed class Session
    {
        public int Id { get; set; }

        public string User { get; set; } = "";

        public DateTimeOffset? ModifiedAt { get; set; }
    }

    private static EntityTable<int, Session> Table(ManualClock clock)
        => new(
            new TableOptions("sessions") { Clock = clock },
            new EntityModel<int, Session>(static e => e.Id)
            {
                DeepCopy = static e => new Session { Id = e.Id, User = e.User, ModifiedAt = e.ModifiedAt },
                ConcurrencyToken = new ConcurrencyToken<Session>("ModifiedAt", static e => e.ModifiedAt, static (e, v) => { e.ModifiedAt = (DateTimeOffset?)v; return e; })
                {
                    TokenType = typeof(DateTimeOffset),
                },
            });

    [Fact]
    public void A_null_token_starts_at_the_clock_and_each_update_stamps_it_again()
    {
        var clock = new ManualClock(Start);
        var table = Table(clock);
        table.Add(new Session { Id = 1, User = "a" });

        clock.Advance(TimeSpan.FromMinutes(1));
        var first = table.Update(table.Get(1));
        Assert.Equal(Start.AddMinutes(1), first.ModifiedAt);
        Assert.Equal(TimeSpan.Zero, first.ModifiedAt!.Value.Offset);

        var second = table.Update(table.Get(1));
        Assert.Equal(Start.AddMinutes(1).AddTicks(1), second.ModifiedAt);
    }

    [Fact]
    public void A_stale_token_is_the_concurrency_error_with_the_store_unchanged()
    {
        var clock = new ManualClock(Start);
        var table = Table(clock);
        table.Add(new Session { Id = 1, User = "a", ModifiedAt = Start });
        var stale = table.Get(1);
        clock.Advance(TimeSpan.FromSeconds(5));
        table.Update(table.Get(1));

        stale.User = "b";
        Assert.Throws<ConcurrencyConflictException>(() => table.Update(stale));
        Assert.Throws<ConcurrencyConflictException>(() => table.RemoveEntity(stale));
        Assert.Equal("a", table.Get(1).User);
        Assert.Equal(Start.AddSeconds(5), table.Get(1).ModifiedAt);
    }

    [Fact]
    public void The_same_instant_with_another_offset_is_refused_as_the_stores_own_question()
    {
        Assert.True(ConcurrencyToken<Session>.TokensEqual(Start, Start));
        Assert.False(ConcurrencyToken<Session>.TokensEqual(Start, Start.AddTicks(1)));
        Assert.Throws<NotSupportedException>(() => ConcurrencyToken<Session>.TokensEqual(Start, Start.ToOffset(TimeSpan.FromHours(2))));
        Assert.IsType<DateTimeOffset>(ConcurrencyToken<Session>.Next(Start));
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public DateTime? ModifiedAt { get; set; }
    }

    [Fact]
    public void A_null_DateTime_token_still_starts_at_a_DateTime_not_a_DateTimeOffset()
    {
        // NextAfter's first values are one conditional chain, and DateTime converts to DateTimeOffset: unboxed, the DateTime
        // branch gave a DateTimeOffset once the DateTimeOffset branch was added (InvalidCastException in the token's setter).
        var table = new EntityTable<int, Note>(
            new TableOptions("notes") { Clock = new ManualClock(Start) },
            new EntityModel<int, Note>(static e => e.Id)
            {
                DeepCopy = static e => new Note { Id = e.Id, ModifiedAt = e.ModifiedAt },
                ConcurrencyToken = new ConcurrencyToken<Note>("ModifiedAt", static e => e.ModifiedAt, static (e, v) => { e.ModifiedAt = (DateTime?)v; return e; })
                {
                    TokenType = typeof(DateTime),
                },
            });
        table.Add(new Note { Id = 1 });

        Assert.Equal(Start.UtcDateTime, table.Update(table.Get(1)).ModifiedAt);
    }
}
