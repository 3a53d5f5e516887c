using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key with a public <c>init</c> accessor on a class (<c>public int Id { get; init; }</c>), left unset by the caller.
/// EF Core numbers it on add and writes the number into the instance (it sets init-only properties as it sets private
/// setters), as h-sample91 made the fake do for a private or protected init accessor. Before session 32 the public one
/// was no writer, so the fake stored the first row under 0 (silently: the added row's key read 0 where EF Core's reads 1)
/// and the second add was the duplicate-key error. A key the caller set stays the caller's; a record keeps the copy it
/// always got (<c>with</c>).
/// </summary>
public class PublicInitKeyTests
{
    private const string Source = Sources.Usings + """
        namespace V;

        public class Ticket
        {
            public int Id { get; init; }
            public string Title { get; set; } = "";
        }

        public class Badge
        {
            public Guid Id { get; init; }
            public string Holder { get; set; } = "";
        }

        [InMemoryFake]
        public interface ITickets
        {
            Task<Ticket> AddAsync(Ticket ticket);
            Task<Ticket?> GetByIdAsync(int id);
            Task<IReadOnlyList<Ticket>> ListAsync();
        }

        [InMemoryFake]
        public interface IBadges
        {
            void Add(Badge badge);
            Badge? Find(Guid id);
        }
        """;

    [Fact]
    public void An_unset_int_key_with_a_public_init_accessor_is_numbered_and_written_into_the_instance()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var tickets = new InMemoryTickets();
                    var first = new Ticket { Title = "first" };
                    var second = new Ticket { Title = "second" };
                    Is(1, tickets.AddAsync(first).GetAwaiter().GetResult().Id, "the first add is numbered 1, as EF Core's identity numbers it");
                    Is(1, first.Id, "and writes it into the instance it was given");
                    Is(2, tickets.AddAsync(second).GetAwaiter().GetResult().Id, "the second add is 2, not the duplicate-key error of two rows under 0");
                    Is("second", tickets.GetByIdAsync(2).GetAwaiter().GetResult()?.Title, "stored under its number");
                    var preset = new Ticket { Id = 40, Title = "preset" };
                    Is(40, tickets.AddAsync(preset).GetAwaiter().GetResult().Id, "a key the caller set stays the caller's");
                    Is(3, tickets.ListAsync().GetAwaiter().GetResult().Count, "three rows");
                }
            }
            """);
    }

    [Fact]
    public void An_empty_Guid_key_with_a_public_init_accessor_gets_a_new_Guid()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var badges = new InMemoryBadges();
                    var ann = new Badge { Holder = "ann" };
                    var bob = new Badge { Holder = "bob" };
                    badges.Add(ann);
                    badges.Add(bob);
                    Is(true, ann.Id != Guid.Empty && bob.Id != Guid.Empty && ann.Id != bob.Id, "each badge gets its own new Guid, written into the instance");
                    Is("bob", badges.Find(bob.Id)?.Holder, "found by it");
                }
            }
            """);
    }
}
