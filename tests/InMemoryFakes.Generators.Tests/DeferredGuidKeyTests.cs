using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Under deferred writes (a repository whose writes wait for its <c>Commit</c>), an added entity whose generated key is a
/// <c>Guid</c> gets its key at the add, on the caller's instance, as EF Core's value generator gives a GUID key when
/// <c>DbSet.Add</c> starts tracking the entity; a numbered key still waits for the save, as an IDENTITY value does.
/// h-sample44's first try at Spraay/The-Date-App's <c>IEntityBaseRepository&lt;Message&gt;</c> (chsakell's pattern:
/// <c>Add</c>, then <c>Commit</c>) left <c>message.Id</c> empty until the commit, silently.
/// </summary>
public class DeferredGuidKeyTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_guid_key_is_given_at_the_add_and_a_numbered_key_at_the_save()
    {
        var run = Run("""
            namespace V;
            public class Message { public Guid Id { get; set; } public string Content { get; set; } = ""; }
            public class Order { public int Id { get; set; } public string Number { get; set; } = ""; }
            [InMemoryFake]
            public interface IMessageRepository
            {
                void Add(Message entity);
                Message? GetById(Guid id);
                int Count();
                void Commit();
            }
            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order entity);
                Order? GetById(int id);
                int Count();
                void Commit();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMessageRepository messages = new InMemoryMessageRepository();
                    var hello = new Message { Content = "hello" };
                    messages.Add(hello);
                    Is(true, hello.Id != Guid.Empty, "Add gives the message its GUID key at once");
                    Is(0, messages.Count(), "the add still waits for Commit");
                    var id = hello.Id;
                    messages.Commit();
                    Is(id, hello.Id, "Commit keeps the key Add gave");
                    Is("hello", messages.GetById(id)?.Content, "and stores the message under it");
                    var preset = Guid.NewGuid();
                    var second = new Message { Id = preset, Content = "mine" };
                    messages.Add(second);
                    Is(preset, second.Id, "a key the caller set is kept");

                    IOrderRepository orders = new InMemoryOrderRepository();
                    var order = new Order { Number = "A-1" };
                    orders.Add(order);
                    Is(0, order.Id, "a numbered key waits for the save, as an IDENTITY value does");
                    orders.Commit();
                    Is(1, order.Id, "and is given by it");
                }
            }
            """);
    }
}
