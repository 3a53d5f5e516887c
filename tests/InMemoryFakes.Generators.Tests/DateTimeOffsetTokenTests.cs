using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A concurrency token of type <c>DateTimeOffset</c>/<c>DateTimeOffset?</c> is compared and stamped as a <c>DateTime</c> one
/// is (session 33, h-token33). Before, <c>IsTokenType</c> knew no <c>DateTimeOffset</c>, so the token was dropped without a
/// word: PlatformPlatform's <c>AudibleEntity.ModifiedAt</c> (<c>[ConcurrencyCheck] DateTimeOffset?</c>, stamped by its
/// interceptor on every save) and Nerova-Bookings' <c>ISessionRepository</c> over it updated and removed stale copies
/// silently, where EF Core throws <c>DbUpdateConcurrencyException</c>. A marked token of any other type the runtime cannot
/// compare and bump (a <c>decimal</c>, a <c>DateOnly</c>, a record struct) is IMF0013 now, where it was dropped as well.
/// </summary>
public class DateTimeOffsetTokenTests
{
    private const string Sessions = Sources.Usings + """
        using System.ComponentModel.DataAnnotations;
        namespace Bookings;

        public class Session
        {
            public Guid Id { get; set; }
            public string UserId { get; set; } = "";
            [ConcurrencyCheck] public DateTimeOffset? ModifiedAt { get; set; }
        }

        public class Slot
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            [ConcurrencyCheck] public DateTimeOffset Stamp { get; set; }
        }

        public class Seat
        {
            public int Id { get; set; }
            public string Row { get; set; } = "";
            [Timestamp] public DateTimeOffset Version { get; set; }
        }

        [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
        public interface ISessionRepository
        {
            void Add(Session session);
            Session? GetById(Guid id);
            void Update(Session session);
            void Remove(Session session);
        }

        [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
        public interface ISlots
        {
            void Add(Slot slot);
            Slot? Find(int id);
            void Update(Slot slot);
            void Delete(Slot slot);
        }

        [InMemoryFake]
        public interface ISeats
        {
            void Add(Seat seat);
            Seat? Find(int id);
            void Update(Seat seat);
        }

        """;

    [Fact]
    public void A_nullable_DateTimeOffset_token_refuses_a_stale_update_and_delete_and_a_fresh_update_stamps_the_clock()
    {
        var run = GeneratorHarness.Run(Sessions);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using InMemoryFakes;
            using Bookings;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var clock = new ManualClock(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
                    var sessions = new InMemorySessionRepository(clock);
                    var id = Guid.NewGuid();
                    sessions.Add(new Session { Id = id, UserId = "alice" });
                    Is(null, sessions.GetById(id)!.ModifiedAt, "a [ConcurrencyCheck] token is stored as given on insert (null)");

                    var mine = sessions.GetById(id)!;
                    var theirs = sessions.GetById(id)!;
                    clock.Advance(TimeSpan.FromMinutes(1));
                    mine.UserId = "alice-2";
                    sessions.Update(mine);
                    var first = new DateTimeOffset(2026, 12, 6, 9, 1, 0, TimeSpan.Zero);
                    Is(first, mine.ModifiedAt, "a fresh update stamps the fake's clock on the caller's entity");
                    Is(TimeSpan.Zero, mine.ModifiedAt!.Value.Offset, "as UTC, the clock's GetUtcNow()");
                    Is(first, sessions.GetById(id)!.ModifiedAt, "and stores it");

                    theirs.UserId = "mallory";
                    Throws<ConcurrencyConflictException>(() => sessions.Update(theirs), null, "an update of a stale copy is the concurrency error");
                    Is("alice-2", sessions.GetById(id)!.UserId, "the store unchanged by it");
                    Is(first, sessions.GetById(id)!.ModifiedAt, "its token too");
                    Throws<ConcurrencyConflictException>(() => sessions.Remove(theirs), null, "a removal of a stale copy is the concurrency error");
                    Is("alice-2", sessions.GetById(id)!.UserId, "and removes nothing");

                    var fresh = sessions.GetById(id)!;
                    clock.Advance(TimeSpan.FromMinutes(1));
                    sessions.Update(fresh);
                    Is(first.AddMinutes(1), fresh.ModifiedAt, "each update stamps the clock again");
                    Throws<ConcurrencyConflictException>(() => sessions.Update(mine), null, "so the copy stamped before is stale now");

                    var again = sessions.GetById(id)!;
                    sessions.Update(again);
                    Is(first.AddMinutes(1).AddTicks(1), again.ModifiedAt, "an update at the same instant moves the token one tick on");

                    var shifted = sessions.GetById(id)!;
                    shifted.ModifiedAt = shifted.ModifiedAt!.Value.ToOffset(TimeSpan.FromHours(2));
                    Throws<NotSupportedException>(() => sessions.Update(shifted), null, "the same instant with another offset is the store's own question");

                    sessions.Remove(sessions.GetById(id)!);
                    Is(null, sessions.GetById(id), "a removal of a fresh copy removes it");
                }
            }
            """);
    }

    [Fact]
    public void A_DateTimeOffset_token_is_compared_and_stamped_and_a_Timestamp_one_is_written_on_insert()
    {
        var run = GeneratorHarness.Run(Sessions);

        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using InMemoryFakes;
            using Bookings;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var start = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
                    var clock = new ManualClock(start);
                    var slots = new InMemorySlots(clock);
                    var given = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));
                    slots.Add(new Slot { Id = 1, Name = "a", Stamp = given });
                    Is(given, slots.Find(1)!.Stamp, "a [ConcurrencyCheck] token is stored as given on insert");

                    var stale = slots.Find(1)!;
                    stale.Stamp = stale.Stamp.AddSeconds(-1);
                    Throws<ConcurrencyConflictException>(() => slots.Update(stale), null, "a token that differs from the stored one is the concurrency error");
                    Throws<ConcurrencyConflictException>(() => slots.Delete(stale), null, "for a removal too");
                    Is(given, slots.Find(1)!.Stamp, "the store unchanged");

                    clock.Advance(TimeSpan.FromSeconds(30));
                    var fresh = slots.Find(1)!;
                    slots.Update(fresh);
                    Is(start.AddSeconds(30), fresh.Stamp, "a fresh update stamps the fake's clock");
                    Is(start.AddSeconds(30), slots.Find(1)!.Stamp, "and stores it");
                    slots.Delete(fresh);
                    Is(null, slots.Find(1), "a fresh copy is removed");

                    var seats = new InMemorySeats(clock);
                    var seat = new Seat { Id = 7, Row = "A" };
                    seats.Add(seat);
                    Is(start.AddSeconds(30), seat.Version, "a [Timestamp] token is written on insert, from the clock");
                    var old = seats.Find(7)!;
                    clock.Advance(TimeSpan.FromSeconds(1));
                    seats.Update(seats.Find(7)!);
                    Throws<ConcurrencyConflictException>(() => seats.Update(old), null, "and compared on update");
                }
            }
            """);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("DateOnly")]
    [InlineData("TimeSpan?")]
    [InlineData("ushort")]
    [InlineData("Revision")]
    public void A_marked_token_of_a_type_the_fake_cannot_bump_is_IMF0013_not_dropped(string type)
    {
        var source = Sources.Usings + "using System.ComponentModel.DataAnnotations;\nnamespace Diag;\npublic record struct Revision(int Value);\npublic class Doc\n{\n    public int Id { get; set; }\n    [ConcurrencyCheck] public " + type + " Stamp { get; set; }\n}\n[InMemoryFake]\npublic interface IDocs { void Add(Doc doc); void Update(Doc doc); }";
        var run = GeneratorHarness.Run(source);

        var d = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0013");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'Stamp' of entity 'Doc' is of type", message);
        Assert.Contains("DateTimeOffset", message);
        Assert.Contains("optimistic concurrency is off", message);
    }

    [Theory]
    [InlineData("[ConcurrencyCheck] public decimal Price { get; set; }", "[Timestamp] public byte[] RowVersion { get; set; } = [];", "Price")]
    public void A_second_marked_token_of_a_type_the_fake_cannot_version_is_IMF0013_not_dropped(string first, string second, string reported)
    {
        // Since session 34 a second marked token of a type the fake versions is compared (MultipleTokenTests); this one is not.
        var source = Sources.Usings + "using System.ComponentModel.DataAnnotations;\nnamespace Diag;\npublic class Doc\n{\n    public int Id { get; set; }\n    " + first + "\n    " + second + "\n}\n[InMemoryFake]\npublic interface IDocs { void Add(Doc doc); void Update(Doc doc); }";
        var run = GeneratorHarness.Run(source);

        var d = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0013");
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Concurrency token '" + reported + "' of entity 'Doc' is of type 'decimal', which the fake does not compare and version, so it is neither compared nor bumped (the entity's other tokens, 'RowVersion' first, are)", message, System.StringComparison.Ordinal);
        Assertions.CompilationOnly(run);
    }

    /// <summary>
    /// Nerova-Bookings' <c>ISessionRepository</c> (h-sample102's corpus case, cut down): the token is PlatformPlatform's
    /// <c>[ConcurrencyCheck] DateTimeOffset? ModifiedAt { get; private set; }</c> on a generic base, which the fake writes
    /// through an accessor. Its record "Still wrong": <c>Update</c> of a stale copy overwrote.
    /// </summary>
    [Fact]
    public void A_PlatformPlatform_ModifiedAt_on_a_generic_base_with_a_private_setter_refuses_a_stale_update()
    {
        // The generic base's private setter is reached through a generic [UnsafeAccessor] (.NET 9+), as the real project targets.
        var source = Sources.Usings + """
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Nerova;

            public sealed record SessionId(string Value) : IComparable<SessionId>
            {
                public static SessionId NewId() => new("sess_" + Guid.NewGuid().ToString("N"));
                public int CompareTo(SessionId? other) => string.CompareOrdinal(Value, other?.Value);
            }

            public abstract class AggregateRoot<T> where T : IComparable<T>
            {
                protected AggregateRoot(T id) => Id = id;

                [Key]
                [DatabaseGenerated(DatabaseGeneratedOption.None)]
                public T Id { get; init; }

                public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

                [ConcurrencyCheck]
                public DateTimeOffset? ModifiedAt { get; private set; }
            }

            public sealed class Session : AggregateRoot<SessionId>
            {
                private Session(string userId) : base(SessionId.NewId()) => UserId = userId;

                public string UserId { get; private set; }

                public static Session Create(string userId) => new(userId);

                public void Rename(string userId) => UserId = userId;
            }

            [InMemoryFake]
            public interface ISessionRepository
            {
                Task<Session?> GetByIdAsync(SessionId id, CancellationToken cancellationToken);
                Task AddAsync(Session aggregate, CancellationToken cancellationToken);
                void Update(Session aggregate);
            }

            """;
        var run = GeneratorHarness.Run(CSharpCompilation.Create(
            "Tests" + System.Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithPreprocessorSymbols("NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"), path: "Source0.cs", cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions));

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0013");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Threading;
            using InMemoryFakes;
            using Nerova;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var clock = new ManualClock(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
                    var sessions = new InMemorySessionRepository(clock);
                    var session = Session.Create("alice");
                    sessions.AddAsync(session, CancellationToken.None).GetAwaiter().GetResult();
                    var mine = sessions.GetByIdAsync(session.Id, CancellationToken.None).GetAwaiter().GetResult()!;
                    var theirs = sessions.GetByIdAsync(session.Id, CancellationToken.None).GetAwaiter().GetResult()!;

                    clock.Advance(TimeSpan.FromMinutes(5));
                    mine.Rename("alice-2");
                    sessions.Update(mine);
                    Is(new DateTimeOffset(2026, 12, 6, 9, 5, 0, TimeSpan.Zero), mine.ModifiedAt, "the update stamps ModifiedAt from the clock, through its private setter");

                    theirs.Rename("mallory");
                    Throws<ConcurrencyConflictException>(() => sessions.Update(theirs), null, "an update of the stale copy is the concurrency error");
                    Is("alice-2", sessions.GetByIdAsync(session.Id, CancellationToken.None).GetAwaiter().GetResult()!.UserId, "the store unchanged");
                }
            }
            """);
    }
}
