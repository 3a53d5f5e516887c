using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Several concurrency tokens on one entity (session 34, h-tokens34). EF Core puts every <c>[ConcurrencyCheck]</c> property
/// and the <c>[Timestamp]</c> row version in the <c>WHERE</c> of an update and a delete, so a stale value in any one throws
/// <c>DbUpdateConcurrencyException</c>. The fake compared the first marked token and reported the others with IMF0013, so an
/// update whose other token was stale overwrote the row. Now each marked token of a type the fake versions is compared; the
/// ones the store writes (the row version, a <c>DateTime</c>/<c>DateTimeOffset</c> stamped from the clock) are written as a lone
/// one is; a <c>[ConcurrencyCheck]</c> the application sets (a string, a number, a GUID) is compared only, its value the
/// entity's, as EF Core stores it (a lone one is still bumped, as before). IMF0013 stays for a marked token of a type the fake
/// cannot version, or without a setter.
/// </summary>
public class MultipleTokenTests
{
    private const string Helpdesk = Sources.Usings + """
        using System.ComponentModel.DataAnnotations;
        namespace Helpdesk;

        public class Ticket
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
            [ConcurrencyCheck] public string Status { get; set; } = "open";
            [Timestamp] public byte[] RowVersion { get; set; } = [];
            [ConcurrencyCheck] public DateTime? ModifiedAt { get; set; }
        }

        // Two tokens the application sets, none the store writes.
        public class Account
        {
            public int Id { get; set; }
            [ConcurrencyCheck] public int Version { get; set; }
            [ConcurrencyCheck] public string Owner { get; set; } = "";
            public decimal Balance { get; set; }
        }

        [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
        public interface ITickets
        {
            void Add(Ticket ticket);
            Ticket? Find(int id);
            void Update(Ticket ticket);
            void Delete(Ticket ticket);
        }

        [InMemoryFake]
        public interface IAccounts
        {
            void Add(Account account);
            Account? Find(int id);
            void Update(Account account);
            bool Remove(Account account);
        }

        [InMemoryFake]
        public interface ITicketStore
        {
            void Add(Ticket ticket);
            Ticket? GetById(int id);
            void Remove(Ticket ticket);
            int SaveChanges();
        }

        """;

    private const string Prelude = """
        using System;
        using InMemoryFakes;
        using Helpdesk;
        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {
            private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

            private static string Row(Ticket? t) => t is null ? "none" : t.Title + " " + Convert.ToHexString(t.RowVersion) + " " + t.Status + " " + t.ModifiedAt?.ToString("O");

        """;

    [Fact]
    public void Every_marked_token_is_modelled_and_no_IMF0013_is_reported()
    {
        var run = GeneratorHarness.Run(Helpdesk);

        Assertions.Clean(run);
        var tickets = string.Join("\n", run.Sources.Where(s => s.Key.Contains(".ITickets.", System.StringComparison.Ordinal)).Select(static s => s.Value));
        Assert.Contains("ConcurrencyToken = new global::InMemoryFakes.Support.ConcurrencyToken<global::Helpdesk.Ticket>(\"RowVersion\"", tickets, System.StringComparison.Ordinal);
        Assert.Contains("(\"Status\", static e => e.Status, static (e, v) => { e.Status = (string)v!; return e; }) { TokenType = typeof(string), ComparedOnly = true }", tickets, System.StringComparison.Ordinal);
        Assert.Contains("(\"ModifiedAt\", static e => e.ModifiedAt, ", tickets, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_value_in_any_token_is_the_conflict_and_a_fresh_update_stamps_the_row_version_and_the_instant_and_keeps_the_status()
    {
        var run = GeneratorHarness.Run(Helpdesk);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock(Start);
                    var tickets = new InMemoryTickets(clock);
                    var ticket = new Ticket { Id = 1, Title = "a" };
                    tickets.Add(ticket);
                    Is("0000000000000001", Convert.ToHexString(ticket.RowVersion), "the row version is written on insert");
                    Is(null, ticket.ModifiedAt, "a [ConcurrencyCheck] instant is stored as given on insert");

                    clock.Advance(TimeSpan.FromMinutes(1));
                    var fresh = tickets.Find(1)!;
                    fresh.Title = "b";
                    tickets.Update(fresh);
                    Is("b 0000000000000002 open " + Start.AddMinutes(1).UtcDateTime.ToString("O"), Row(tickets.Find(1)), "an update bumps the row version, stamps the instant, keeps the status");
                    Is("0000000000000002", Convert.ToHexString(fresh.RowVersion), "on the caller's entity too");

                    foreach (var stale in new[] { "RowVersion", "Status", "ModifiedAt" })
                    {
                        var copy = tickets.Find(1)!;
                        copy.Title = "mine";
                        if (stale == "RowVersion") copy.RowVersion = new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 };
                        if (stale == "Status") copy.Status = "closed";
                        if (stale == "ModifiedAt") copy.ModifiedAt = copy.ModifiedAt!.Value.AddSeconds(-1);
                        var before = Row(tickets.Find(1));
                        Throws<ConcurrencyConflictException>(() => tickets.Update(copy), null, "an update with a stale " + stale);
                        Throws<ConcurrencyConflictException>(() => tickets.Delete(copy), null, "a delete with a stale " + stale);
                        Is(before, Row(tickets.Find(1)), "the store unchanged by a stale " + stale);
                    }

                    tickets.Delete(tickets.Find(1)!);
                    Is("none", Row(tickets.Find(1)), "a current copy is removed");
                }
            }
            """);
    }

    [Fact]
    public void Two_tokens_the_application_sets_are_both_compared_only_as_EF_Core_compares_them()
    {
        var run = GeneratorHarness.Run(Helpdesk);
        Assertions.Clean(run);
        var accounts = string.Join("\n", run.Sources.Where(s => s.Key.Contains(".IAccounts.", System.StringComparison.Ordinal)).Select(static s => s.Value));
        Assert.Equal(2, accounts.Split("ComparedOnly = true").Length - 1);

        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var accounts = new InMemoryAccounts();
                    accounts.Add(new Account { Id = 1, Version = 1, Owner = "ann" });
                    var mine = accounts.Find(1)!;
                    mine.Balance = 10;
                    accounts.Update(mine);
                    Is(1, mine.Version, "the fake writes neither token: the application sets them, as with EF Core");
                    Is("ann", accounts.Find(1)!.Owner, "the owner is the entity's");

                    // A copy whose version the store no longer holds (another writer set 2) is stale.
                    var theirs = accounts.Find(1)!;
                    var next = accounts.Find(1)!;
                    next.Version = 2;
                    Throws<ConcurrencyConflictException>(() => accounts.Update(next), null, "an update compares the version the entity carries, as EF Core's Update of a detached entity does");
                    var wrongOwner = accounts.Find(1)!;
                    wrongOwner.Owner = "bob";
                    wrongOwner.Balance = 5;
                    Throws<ConcurrencyConflictException>(() => accounts.Update(wrongOwner), null, "a stale value in the second token alone");
                    Throws<ConcurrencyConflictException>(() => accounts.Remove(wrongOwner), null, "for a removal too");
                    Is(10m, accounts.Find(1)!.Balance, "the store unchanged");
                    Is(true, accounts.Remove(theirs), "a copy with both tokens as stored is removed");
                }
            }
            """);
    }

    [Fact]
    public void A_save_compares_the_status_its_tracked_ticket_was_read_with_and_refuses_a_stale_row_writing_nothing()
    {
        var run = GeneratorHarness.Run(Helpdesk);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var backend = new InMemoryBackend(new ManualClock(Start));
                    var store = new InMemoryTicketStore(backend);
                    store.Add(new Ticket { Id = 1, Title = "a" });
                    store.Add(new Ticket { Id = 2, Title = "b" });
                    store.SaveChanges();

                    // The handler closes a ticket it read: EF Core's WHERE has the status as read, so the save passes.
                    store.GetById(1)!.Status = "closed";
                    Is(1, store.SaveChanges(), "a save of a status the handler set");
                    Is("closed", store.GetById(1)!.Status, "is stored");

                    // Another scope's fake over the same data changes ticket 2 after this one read it.
                    var mine = store.GetById(2)!;
                    var other = new InMemoryTicketStore(backend);
                    other.GetById(2)!.Title = "theirs";
                    Is(1, other.SaveChanges(), "the other scope saves");
                    mine.Title = "mine";
                    store.GetById(1)!.Title = "also mine";
                    Throws<ConcurrencyConflictException>(() => store.SaveChanges(), null, "a save of a ticket read before the other scope's change");
                    var fresh = new InMemoryTicketStore(backend);
                    Is("theirs", fresh.GetById(2)!.Title, "nothing of the refused save is written");
                    Is("a", fresh.GetById(1)!.Title, "not even the other ticket's change");
                }
            }
            """);
    }

    [Theory]
    [InlineData("[ConcurrencyCheck] public decimal Price { get; set; }", "Price", "is of type 'decimal', which the fake does not compare and version, so it is neither compared nor bumped (the entity's other tokens, 'RowVersion' first, are)")]
    [InlineData("[ConcurrencyCheck] public string Code { get; } = \"\";", "Code", "has no setter or init accessor, so it is neither compared nor bumped (the entity's other tokens, 'RowVersion' first, are)")]
    public void A_marked_token_the_fake_cannot_version_beside_others_is_still_IMF0013(string property, string name, string why)
    {
        var source = Sources.Usings + "using System.ComponentModel.DataAnnotations;\nnamespace Diag;\npublic class Doc\n{\n    public int Id { get; set; }\n    " + property
            + "\n    [ConcurrencyCheck] public string Status { get; set; } = \"\";\n    [Timestamp] public byte[] RowVersion { get; set; } = [];\n}\n[InMemoryFake]\npublic interface IDocs { void Add(Doc doc); void Update(Doc doc); }";
        var run = GeneratorHarness.Run(source);

        var d = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0013");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.StartsWith("Concurrency token '" + name + "' of entity 'Doc' " + why + ".", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assertions.CompilationOnly(run);
    }
}
