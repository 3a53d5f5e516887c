using System;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// Several concurrency tokens on one entity (session 34): EF Core puts every <c>[ConcurrencyCheck]</c> property and the
/// <c>[Timestamp]</c> row version in the <c>WHERE</c> of an update and a delete, so a stale value in any one fails the write.
/// The table compares every token of <see cref="EntityModel{TKey, TEntity}.OtherConcurrencyTokens"/> beside the main one;
/// a token the store writes (a row version, an instant) is written as a lone one is, and a
/// <see cref="ConcurrencyToken{TEntity}.ComparedOnly"/> token (a status the application sets) keeps the entity's value. Before,
/// the table knew one token, and an update whose other token was stale overwrote the row.
/// </summary>
public class MultipleTokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private sealed class Ticket
    {
        public int Id { get; set; }

        public string Title { get; set; } = "";

        // [Timestamp]: the row version, written on insert and on every update.
        public byte[] RowVersion { get; set; } = [];

        // [ConcurrencyCheck] the application sets: compared only.
        public string Status { get; set; } = "open";

        // [ConcurrencyCheck] DateTimeOffset?: stamped from the clock on every update.
        public DateTimeOffset? ModifiedAt { get; set; }

        public override string ToString()
            => Id + " " + Title + " " + Convert.ToHexString(RowVersion) + " " + Status + " " + ModifiedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Ticket Copy(Ticket t) => new() { Id = t.Id, Title = t.Title, RowVersion = (byte[])t.RowVersion.Clone(), Status = t.Status, ModifiedAt = t.ModifiedAt };

    private static EntityModel<int, Ticket> Model(bool sameState = false) => new(static t => t.Id)
    {
        DeepCopy = Copy,
        SameState = sameState ? static (a, b) => a.ToString() == b.ToString() : null,
        ConcurrencyToken = new ConcurrencyToken<Ticket>("RowVersion", static t => t.RowVersion, static (t, v) => { t.RowVersion = (byte[])v!; return t; })
        {
            TokenType = typeof(byte[]),
            GeneratedOnAdd = true,
        },
        OtherConcurrencyTokens =
        [
            new ConcurrencyToken<Ticket>("Status", static t => t.Status, static (t, v) => { t.Status = (string)v!; return t; }) { TokenType = typeof(string), ComparedOnly = true },
            new ConcurrencyToken<Ticket>("ModifiedAt", static t => t.ModifiedAt, static (t, v) => { t.ModifiedAt = (DateTimeOffset?)v; return t; }) { TokenType = typeof(DateTimeOffset) },
        ],
    };

    private static EntityTable<int, Ticket> Table(ManualClock clock) => new(new TableOptions("tickets") { Clock = clock }, Model());

    private static string Stored(EntityTable<int, Ticket> table) => string.Join("; ", table.Values().Select(static t => t.ToString()));

    [Fact]
    public void Each_token_the_store_writes_is_written_and_a_compared_only_one_keeps_the_entitys_value()
    {
        var clock = new ManualClock(Start);
        var table = Table(clock);
        var added = table.Add(new Ticket { Id = 1, Title = "a", RowVersion = [9, 9], Status = "open" });
        Assert.Equal("0000000000000001", Convert.ToHexString(added.RowVersion));
        Assert.Null(added.ModifiedAt);
        Assert.Equal("open", added.Status);

        clock.Advance(TimeSpan.FromMinutes(1));
        var current = table.Get(1);
        current.Title = "b";
        var updated = table.Update(current);

        Assert.Equal("0000000000000002", Convert.ToHexString(updated.RowVersion));
        Assert.Equal(Start.AddMinutes(1), updated.ModifiedAt);
        Assert.Equal("open", updated.Status);
        Assert.Equal("1 b 0000000000000002 open " + Start.AddMinutes(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture), Stored(table));
    }

    [Theory]
    [InlineData("RowVersion")]
    [InlineData("Status")]
    [InlineData("ModifiedAt")]
    public void A_stale_value_in_any_one_token_is_the_conflict_on_update_and_delete_with_the_store_unchanged(string stale)
    {
        var clock = new ManualClock(Start);
        var table = Table(clock);
        table.Add(new Ticket { Id = 1, Title = "a", Status = "open", ModifiedAt = Start });
        clock.Advance(TimeSpan.FromSeconds(5));
        table.Update(table.Get(1));
        var before = Stored(table);

        var copy = table.Get(1);
        copy.Title = "mine";
        switch (stale)
        {
            case "RowVersion": copy.RowVersion = [0, 0, 0, 0, 0, 0, 0, 1]; break;
            case "Status": copy.Status = "closed"; break;
            default: copy.ModifiedAt = Start; break;
        }

        var sent = copy.ToString();
        var error = Assert.Throws<ConcurrencyConflictException>(() => table.Update(copy));
        Assert.StartsWith("tickets: concurrency conflict on key '1': expected version ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("The store is unchanged.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ConcurrencyConflictException>(() => table.RemoveEntity(copy));
        Assert.Throws<ConcurrencyConflictException>(() => table.Upsert(copy));
        Assert.False(table.TryUpdateCurrent(copy));
        Assert.False(table.TryRemoveCurrent(copy));
        Assert.Throws<ConcurrencyConflictException>(() => table.UpdateRange([copy]));
        Assert.Equal(before, Stored(table));

        // Nothing was written to the caller's entity either: no token was stamped before every token had passed.
        Assert.Equal(sent, copy.ToString());

        // The current copy passes.
        var fresh = table.Get(1);
        Assert.True(table.RemoveEntity(fresh));
    }

    [Fact]
    public void A_conflict_names_the_stale_value_and_the_stored_one_in_the_single_token_form()
    {
        var table = Table(new ManualClock(Start));
        table.Add(new Ticket { Id = 1, Status = "open" });
        var copy = table.Get(1);
        copy.Status = "closed";

        var error = Assert.Throws<ConcurrencyConflictException>(() => table.Update(copy));
        Assert.Equal("tickets: concurrency conflict on key '1': expected version 'closed' but the store holds 'open'. The store is unchanged.", error.Message);
        Assert.Equal(1, error.Key);
    }

    [Fact]
    public void A_write_that_reads_the_entity_from_the_store_may_change_a_compared_only_token()
    {
        // UpdateRangeWith and QueryUpdate change copies read under the lock (a generated field or bulk write): the application's
        // new status is written, not compared; the row version and the instant are still stamped.
        var clock = new ManualClock(Start);
        var table = Table(clock);
        table.Add(new Ticket { Id = 1, Status = "open" });
        table.Add(new Ticket { Id = 2, Status = "open" });

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, table.UpdateRangeWith([1], static t => { t.Status = "closed"; return t; }));
        Assert.Equal(1, table.QueryUpdate(2, static (t, id) => t.Id == id, static t => { t.Status = "held"; return t; }));

        Assert.Equal(["closed", "held"], table.Values().Select(static t => t.Status));
        Assert.All(table.Values(), static t => Assert.Equal("0000000000000002", Convert.ToHexString(t.RowVersion)));
        Assert.All(table.Values(), static t => Assert.Equal(Start.AddMinutes(2), t.ModifiedAt));
    }

    [Fact]
    public void A_unit_of_work_compares_a_compared_only_token_as_it_was_read_and_refuses_a_stale_one_writing_nothing()
    {
        // Only the status, so that nothing else moves when another scope changes it.
        var model = new EntityModel<int, Ticket>(static t => t.Id)
        {
            DeepCopy = Copy,
            SameState = static (a, b) => a.ToString() == b.ToString(),
            OtherConcurrencyTokens =
            [
                new ConcurrencyToken<Ticket>("Status", static t => t.Status, static (t, v) => { t.Status = (string)v!; return t; }) { TokenType = typeof(string), ComparedOnly = true },
            ],
        };
        var core = new FakeCore(new InMemoryFakeOptions { TimeProvider = new ManualClock(Start) }, new FakeDefaults("ITickets"));
        var table = core.EntityTable("tickets", model);
        var tickets = core.UnitOfWork().Track(table);
        table.Add(new Ticket { Id = 1, Title = "a", Status = "open" });
        table.Add(new Ticket { Id = 2, Title = "b", Status = "open" });

        // The handler reads the ticket and closes it: EF Core's WHERE has the status it read ('open'), so the save passes.
        tickets.Get(1).Status = "closed";
        Assert.Equal(1, core.UnitOfWork().SaveChanges());
        Assert.Equal("closed", table.Get(1).Status);

        // Another scope changes the status of ticket 2 after this one read it: the save is refused, nothing is written.
        var mine = tickets.Get(2);
        tickets.Get(1).Title = "also mine";
        table.UpdateRangeWith([2], static t => { t.Status = "held"; return t; });
        mine.Title = "mine";
        var before = Stored(table);

        var error = Assert.Throws<ConcurrencyConflictException>(() => core.UnitOfWork().SaveChanges());
        Assert.Contains("expected version 'open' but the store holds 'held'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Stored(table));

        // The removal of an entity read before the other scope's change is refused at the save too.
        core.UnitOfWork().Discard();
        var stale = tickets.Get(1);
        table.UpdateRangeWith([1], static t => { t.Status = "reopened"; return t; });
        tickets.RemoveEntity(stale);
        Assert.Throws<ConcurrencyConflictException>(() => core.UnitOfWork().SaveChanges());
        Assert.NotNull(table.Find(1));
    }

    [Fact]
    public void An_add_that_does_not_happen_gives_the_caller_its_own_tokens_back()
    {
        var table = Table(new ManualClock(Start));
        table.Add(new Ticket { Id = 1 });
        var again = new Ticket { Id = 1, RowVersion = [7], Status = "mine" };

        Assert.Throws<DuplicateKeyException>(() => table.Add(again));
        Assert.Equal([7], again.RowVersion);
        Assert.Equal("mine", again.Status);
    }

    [Fact]
    public void An_expected_token_stands_for_the_main_one_and_the_others_are_compared_as_an_update_compares_them()
    {
        var table = Table(new ManualClock(Start));
        table.Add(new Ticket { Id = 1, Status = "open" });
        var copy = table.Get(1);
        var version = copy.RowVersion;

        copy.Status = "closed";
        Assert.Throws<ConcurrencyConflictException>(() => table.UpdateExpecting(copy, version));
        copy.Status = "open";
        copy.Title = "ok";
        Assert.Equal("ok", table.UpdateExpecting(copy, version).Title);
        Assert.Throws<ConcurrencyConflictException>(() => table.RemoveExpecting(1, version));
    }
}
