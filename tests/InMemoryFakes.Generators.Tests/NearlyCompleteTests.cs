using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 24's review of the corpus fakes one or two refused members from complete (docs/generator-rounds.md, "Corpus fakes one
/// or two members from complete"): <c>GetSingle(id)</c> by the key is the lookup by the key (The Date App's
/// <c>IEntityBaseRepository</c>, chsakell's generic repository), and a removal that takes the entity beside a parameter no
/// convention reads names that parameter (BookStore's <c>DeleteAsync(T entity, bool isSoftDelete = false)</c>), where the
/// message blamed the entity parameter.
/// </summary>
public class NearlyCompleteTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void GetSingle_by_the_key_reads_the_row_with_that_key_and_a_missing_key_as_its_result_declares()
    {
        var run = Run("""
            namespace V;
            public class Message { public Guid Id { get; set; } public Guid ConversationId { get; set; } public string Content { get; set; } = ""; }
            [InMemoryFake]
            public interface IMessageRepository
            {
                void Add(Message message);
                Message? GetSingle(Guid id);
                Task<Message> GetSingleAsync(Guid id);
                Message? GetSingleMessage(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMessageRepository messages = new InMemoryMessageRepository();
                    var conversation = Guid.NewGuid();
                    var hello = new Message { Id = Guid.NewGuid(), ConversationId = conversation, Content = "hello" };
                    messages.Add(hello);
                    messages.Add(new Message { Id = Guid.NewGuid(), ConversationId = conversation, Content = "hi back" });
                    Is("hello", messages.GetSingle(hello.Id)?.Content, "GetSingle(id) reads the message with that Id");
                    Is("hello", messages.GetSingleAsync(hello.Id).GetAwaiter().GetResult().Content, "GetSingleAsync(id) too");
                    Is("hello", messages.GetSingleMessage(hello.Id)?.Content, "GetSingleMessage(id) too");
                    Is(null, messages.GetSingle(Guid.NewGuid()), "GetSingle of an id not stored is null, as Message? says");
                    Is(null, messages.GetSingleMessage(Guid.NewGuid()), "GetSingleMessage likewise");
                    Throws<InMemoryFakes.NotFoundException>(() => messages.GetSingleAsync(Guid.NewGuid()).GetAwaiter().GetResult(), null,
                        "GetSingleAsync of an id not stored is the not-found error, as Task<Message> (never null) says");
                }
            }
            """);
    }

    [Fact]
    public void GetSingle_by_the_key_of_an_oblivious_result_answers_null_for_a_missing_key_as_Get_does()
    {
        // An oblivious result says nothing about a missing key (ObliviousLookupTests): the setting states null for both.
        var run = Run("""
            #nullable disable
            namespace V;
            public class Message { public Guid Id { get; set; } public string Content { get; set; } }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IMessageRepository
            {
                void Add(Message message);
                Message GetSingle(Guid id);
                Message Get(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IMessageRepository messages = new InMemoryMessageRepository();
                    var hello = new Message { Id = Guid.NewGuid(), Content = "hello" };
                    messages.Add(hello);
                    Is("hello", messages.GetSingle(hello.Id).Content, "GetSingle(id) reads the message");
                    var missing = Guid.NewGuid();
                    Is(messages.Get(missing), messages.GetSingle(missing), "GetSingle of a missing id answers what Get answers (null: stated)");
                    Is(null, messages.GetSingle(missing), "null");
                }
            }
            """);
    }

    [Fact]
    public void GetSingle_by_a_property_that_is_not_the_key_stays_refused()
    {
        var run = Run("""
            namespace V;
            public class Message { public Guid Id { get; set; } public Guid ConversationId { get; set; } }
            [InMemoryFake]
            public interface IMessageRepository
            {
                void Add(Message message);
                Message? GetSingle(Guid conversationId);
            }
            """);
        // Several messages share a conversation: which one 'Single' returns (the first, or an error) is not said.
        Refusals.Exactly(run, ("GetSingle", "'Single' in 'GetSingle' names neither the entity (Message), the interface nor a parameter"));
    }

    [Fact]
    public void A_removal_of_the_entity_beside_a_soft_delete_switch_names_the_switch()
    {
        var run = Run("""
            namespace V;
            public class Tenant { public int Id { get; set; } public string Name { get; set; } = ""; public bool IsRemove { get; set; } }
            [InMemoryFake]
            public interface ITenantRepository
            {
                Task AddAsync(Tenant entity);
                Task DeleteAsync(Tenant entity, bool isSoftDelete = false, CancellationToken cancellationToken = default);
            }
            """);
        Refusals.Exactly(run, ("DeleteAsync",
            "a removal of the Tenant it is given ('entity') takes it and nothing else the conventions know, and it takes 'entity' (Tenant), 'isSoftDelete' (bool); "
            + "'isSoftDelete' switches between removing the row and a soft delete, which sets a flag the store picks (a deletion flag, a timestamp) on a row its reads may still return or hide: the store's own, so it is not a parameter to ignore"));
        Assert.DoesNotContain("names neither the key", Refusals.Message(run, "DeleteAsync"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_of_the_entity_beside_another_parameter_names_it_and_the_setting_that_ignores_it()
    {
        var run = Run("""
            namespace V;
            public class Tenant { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ITenantRepository
            {
                Task AddAsync(Tenant entity);
                Task<bool> DeleteAsync(Tenant entity, string auditNote);
            }
            """);
        Refusals.Exactly(run, ("DeleteAsync",
            "a removal of the Tenant it is given ('entity') takes it and nothing else the conventions know, and it takes 'entity' (Tenant), 'auditNote' (string); "
            + "if 'auditNote' changes nothing a fake keeps (a hint, options of the real store's own), say so with [InMemoryFake(IgnoredParameters = new[] { \"auditNote\" })]"));
    }
}
