using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample120 (session 37), messaging and notification codebases. BinaDev29/PNSFORALLAPP's <c>IGenericRepository&lt;T&gt;</c>
/// (EF Core over SQL Server) declares <c>Task&lt;bool&gt; Update(T entity, …)</c> and <c>Task&lt;bool&gt; Delete(T entity, …)</c>,
/// implemented as <c>Entry(entity).State = Modified</c> / <c>Remove(entity)</c> then <c>return SaveChangesAsync() &gt; 0</c>:
/// for an entity that is not stored the save fails with <c>DbUpdateConcurrencyException</c>, so neither ever answers false.
/// The fake answered false (the documented reading of a <c>bool</c> write: a Dapper <c>Execute(…) &gt; 0</c> answers it), and
/// <c>MissingUpdate = NotFound</c> / <c>MissingDelete = NotFound</c>, which state EF Core's failure, did not reach a <c>bool</c>
/// or count result (the first was accepted and changed nothing, the second was IMF0010). Now they do: stated, such an update
/// or removal by entity is true (1) or the not-found error. Unstated, the default stays false (0); removals by key and
/// <c>Try</c> writes keep answering false.
/// </summary>
public class Sample120Tests
{
    private const string Templates = Sources.Usings + """
        namespace V;

        public abstract class BaseDomainEntity
        {
            public Guid Id { get; set; }
        }

        public class EmailTemplate : BaseDomainEntity
        {
            public string Name { get; set; } = "";
        }

        public interface IGenericRepository<T> where T : BaseDomainEntity
        {
            Task<IReadOnlyList<T>> GetAll(CancellationToken cancellationToken);
            Task<T?> Get(Guid id, CancellationToken cancellationToken);
            Task<T> Add(T entity, CancellationToken cancellationToken);
            Task<bool> Update(T entity, CancellationToken cancellationToken);
            Task<bool> Delete(T entity, CancellationToken cancellationToken);
        }

        [InMemoryFake(MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]
        public interface IEmailTemplateRepository : IGenericRepository<EmailTemplate>
        {
        }
        """;

    [Fact]
    public void Under_NotFound_a_bool_update_and_a_bool_removal_by_entity_are_true_or_the_not_found_error()
    {
        var run = GeneratorHarness.Run(Templates);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IEmailTemplateRepository repository = new InMemoryEmailTemplateRepository();
                    var ct = CancellationToken.None;
                    var welcome = repository.Add(new EmailTemplate { Name = "welcome" }, ct).GetAwaiter().GetResult();
                    welcome.Name = "hello";
                    Is(true, repository.Update(welcome, ct).GetAwaiter().GetResult(), "an update of a stored template is true");
                    Is("hello", repository.Get(welcome.Id, ct).GetAwaiter().GetResult()!.Name, "and writes it");

                    var ghost = new EmailTemplate { Id = Guid.NewGuid(), Name = "ghost" };
                    Throws<KeyNotFoundException>(() => repository.Update(ghost, ct).GetAwaiter().GetResult(), null, "an update of a template not stored is the not-found error, not false (EF Core's save fails)");
                    Throws<KeyNotFoundException>(() => repository.Delete(ghost, ct).GetAwaiter().GetResult(), null, "a removal of a template not stored is the not-found error, not false");
                    Is(1, repository.GetAll(ct).GetAwaiter().GetResult().Count, "neither stored the ghost nor removed anything");

                    Is(true, repository.Delete(welcome, ct).GetAwaiter().GetResult(), "a removal of a stored template is true");
                    Is(null, repository.Get(welcome.Id, ct).GetAwaiter().GetResult(), "and removes it");
                }
            }
            """);
    }

    [Fact]
    public void Unstated_a_bool_update_and_a_bool_removal_by_entity_keep_answering_false_for_a_missing_entity()
    {
        var run = GeneratorHarness.Run(Templates.Replace("[InMemoryFake(MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]", "[InMemoryFake]", StringComparison.Ordinal));
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IEmailTemplateRepository repository = new InMemoryEmailTemplateRepository();
                    var ct = CancellationToken.None;
                    var ghost = new EmailTemplate { Id = Guid.NewGuid(), Name = "ghost" };
                    Is(false, repository.Update(ghost, ct).GetAwaiter().GetResult(), "unstated, an update of a template not stored is false (a Dapper UPDATE's rows > 0)");
                    Is(false, repository.Delete(ghost, ct).GetAwaiter().GetResult(), "unstated, a removal of a template not stored is false");
                }
            }
            """);
    }

    private const string Counted = Sources.Usings + """
        namespace V;

        public class Message
        {
            public int Id { get; set; }
            public string Text { get; set; } = "";
        }

        [InMemoryFake(MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]
        public interface IMessageRepository
        {
            void Add(Message message);
            Message? Get(int id);
            int Update(Message message);
            int Remove(Message message);
            bool TryUpdate(Message message);
            bool TryRemove(Message message);
            bool DeleteById(int id);
        }
        """;

    [Fact]
    public void Under_NotFound_a_counted_update_and_removal_by_entity_throw_too_while_Try_writes_and_removals_by_key_answer_false()
    {
        var run = GeneratorHarness.Run(Counted);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IMessageRepository repository = new InMemoryMessageRepository();
                    var stored = new Message { Text = "hi" };
                    repository.Add(stored);
                    var ghost = new Message { Id = 99, Text = "ghost" };
                    Is(1, repository.Update(stored), "a counted update of a stored message is 1");
                    Throws<KeyNotFoundException>(() => repository.Update(ghost), null, "a counted update of a message not stored is the not-found error, not 0 (EF Core's SaveChanges fails)");
                    Throws<KeyNotFoundException>(() => repository.Remove(ghost), null, "a counted removal of a message not stored is the not-found error, not 0");
                    Is(false, repository.TryUpdate(ghost), "a Try update answers false by its name");
                    Is(false, repository.TryRemove(ghost), "a Try removal answers false by its name");
                    Is(false, repository.DeleteById(99), "a removal by key answering bool keeps false (Find, then nothing to remove)");
                    Is(1, repository.Remove(stored), "a counted removal of a stored message is 1");
                    Is(null, repository.Get(stored.Id), "and removes it");
                }
            }
            """);
    }

    [Fact]
    public void MissingDelete_Ignore_beside_only_a_bool_removal_by_entity_states_its_false()
    {
        // IMF0010 until session 38, which made Ignore state the default of a bool removal by entity (and silence IMF0029).
        var run = GeneratorHarness.Run(Templates.Replace("MissingDelete = MissingDelete.NotFound", "MissingDelete = MissingDelete.Ignore", StringComparison.Ordinal));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id is "IMF0010" or "IMF0029");
        Refusals.Exactly(run);
    }
}
