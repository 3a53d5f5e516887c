using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 40 (h-cause40, issue 10: a refusal names its real cause): an interface made a key-value store only by the verbs
/// a key-value store shares with a repository (Get, Delete, Count…), with no verb only a key-value store has and no time to
/// live, was refused in a key-value store's words ("'GetList' is not a known verb … no noun of this store (its values' type
/// AuditLog…)", "its parameter 'code' is not the key (Country)") though its members spoke of rows, pages and filters. Now
/// such a refusal says first why no entity was taken (the type with a key no member proves the rows of, an interface, a
/// type without a key), then the member's own cause: the repository reading's when a type with a key is there and that
/// reading refuses the member too, else the key-value store's. The kind reads "matches no store convention", as neither
/// reading matches it. No outcome moves: a member refused stays refused, a generated one stays generated.
/// </summary>
public partial class RefusalCauseTests
{
    private const string AuditLogs = """
        #nullable enable
        namespace V;

        public class AuditLog
        {
            public Guid Id { get; set; }
            public string? UserName { get; set; }
            public DateTime ExecutionTime { get; set; }
            public string? Url { get; set; }
        }

        """;

    private const string WhyNoAuditLogRepository = "IAuditLogManager was read as a key-value store, not as a repository of AuditLog (which has a key, Id), because no member proves AuditLog its rows "
        + "(none adds or updates a whole one, lists every one, or reads one by its key alone)";

    [Fact]
    public void A_member_both_readings_refuse_says_why_no_entity_was_taken_then_the_repository_readings_cause()
    {
        // ABP's IAuditLogManager (abp-next-admin): nothing writes a log; the list pages, sorts and filters.
        var run = GeneratorHarness.Run(Sources.Usings + AuditLogs + """
            [InMemoryFake]
            public interface IAuditLogManager
            {
                Task<AuditLog> GetAsync(Guid id, bool includeDetails = false, CancellationToken cancellationToken = default);
                Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
                Task<long> GetCountAsync(DateTime? startTime = null, string? url = null, CancellationToken cancellationToken = default);
                Task<List<AuditLog>> GetListAsync(string? sorting = null, int maxResultCount = 50, int skipCount = 0, DateTime? startTime = null, string? url = null, CancellationToken cancellationToken = default);
            }
            """);
        Refusals.Exactly(run,
            // The repository reading generates GetAsync: its refusal keeps the key-value cause and offers the setting, as since session 35.
            ("GetAsync", "'GetAsync' of IAuditLogManager matches no key-value store convention: its parameter 'includeDetails' (bool) after the key 'id' is nothing a key-value store knows"),
            ("GetCountAsync", "'GetCountAsync' of IAuditLogManager matches no store convention: " + WhyNoAuditLogRepository + ", and read as a repository of AuditLog it is refused too: "
                + "parameter 'startTime' names neither the key (Id) nor a property of AuditLog (its properties of its type, DateTime: ExecutionTime; a time that names none of them may bound any of them, or be the current time)"),
            ("GetListAsync", "'GetListAsync' of IAuditLogManager matches no store convention: " + WhyNoAuditLogRepository + ", and read as a repository of AuditLog it is refused too: "
                + "parameter 'sorting' is a sort expression in a string (ABP's \"Name desc\"); the fake reads it beside paging parameters only (skipCount and maxResultCount…), and GetListAsync takes others. Implement it"));
        Assert.Contains("Kind = StoreKind.EntityRepository", Refusals.Message(run, "GetAsync"), StringComparison.Ordinal);
        foreach (var member in new[] { "GetCountAsync", "GetListAsync" })
        {
            var message = Refusals.Message(run, member);
            Assert.DoesNotContain("is not a known verb", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Kind = StoreKind.EntityRepository", message, StringComparison.Ordinal);
        }

        // DeleteAsync stays generated: a removal by key, nothing when missing.
        var rest = GeneratorHarness.Run(Sources.Usings + AuditLogs + """
            [InMemoryFake]
            public interface IAuditLogManager
            {
                Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
                Task<long> GetCountAsync(DateTime? startTime = null, string? url = null, CancellationToken cancellationToken = default);
            }

            public sealed partial class InMemoryAuditLogManager
            {
                public Task<long> GetCountAsync(DateTime? startTime = null, string? url = null, CancellationToken cancellationToken = default) => Task.FromResult(0L);
            }
            """);
        Assertions.Clean(rest);
        BehaviourCheck.Run(rest, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var logs = new InMemoryAuditLogManager();
                    logs.DeleteAsync(Guid.NewGuid()).GetAwaiter().GetResult();
                    Is(0, ((InMemoryFakes.IInMemoryFake)logs).Count, "a removal of a log not stored changes nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_key_value_vote_keeps_the_key_value_stores_words()
    {
        // SetAsync is a verb only a key-value store has: the reading is the members' word, not a default.
        var run = GeneratorHarness.Run(Sources.Usings + AuditLogs + """
            [InMemoryFake]
            public interface IAuditLogManager
            {
                Task<AuditLog?> GetAsync(Guid id, bool includeDetails = false);
                Task SetAsync(Guid id, AuditLog log);
                Task<List<AuditLog>> GetListAsync(string? sorting = null, int maxResultCount = 50, int skipCount = 0);
            }
            """);
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"), static d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("matches no key-value store convention", message, StringComparison.Ordinal);
            Assert.DoesNotContain("read as a repository of AuditLog it is refused too", message, StringComparison.Ordinal);
        });
    }

    private const string Schedulers = """
        #nullable enable
        namespace V;

        public interface IScheduler
        {
            string SchedulerName { get; }
        }

        """;

    [Fact]
    public void Values_of_an_interface_say_it_before_the_key_value_stores_cause()
    {
        // Quartz's ISchedulerRepository: schedulers filed by name, several per name.
        var run = GeneratorHarness.Run(Sources.Usings + Schedulers + """
            [InMemoryFake]
            public interface ISchedulerRepository
            {
                void Bind(IScheduler scheduler, string? instanceId = null);
                bool Remove(string schedulerName, string? instanceId = null);
                IScheduler? Lookup(string schedulerName, string? instanceId = null);
            }
            """);
        const string Why = "ISchedulerRepository was read as a key-value store of IScheduler values, because no member has a verb only a key-value store has (Set, Increment, Expire…) or a time to live, "
            + "and not as a repository of IScheduler, because IScheduler is an interface (a repository stores a class, record or struct with a key); by the key-value store's conventions, ";
        Assert.Equal(new[] { "Bind", "Lookup", "Remove" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.StartsWith("'Bind' of ISchedulerRepository matches no store convention: " + Why + "'Bind' is not a known verb (Get, TryGet, Set/Put", Refusals.Message(run, "Bind"), StringComparison.Ordinal);
        foreach (var member in new[] { "Remove", "Lookup" })
        {
            Assert.StartsWith("'" + member + "' of ISchedulerRepository matches no store convention: " + Why + "its parameter 'instanceId' (string?) after the key 'schedulerName' is nothing a key-value store knows (it must take only the key, string). Implement it",
                Refusals.Message(run, member), StringComparison.Ordinal);
        }
    }

    private const string Chains = """
        #nullable enable
        namespace V;

        public class JobChainContext
        {
            public Guid ChainId { get; set; }
            public string Status { get; set; } = "";
        }

        """;

    [Fact]
    public void Values_without_a_key_say_so_and_the_members_generated_stay_generated()
    {
        // ShokoServer's IJobChainContextRepository: a context per chain, keyed by ChainId (no Id, no [Key]).
        const string Source = Chains + """
            [InMemoryFake]
            public interface IJobChainContextRepository
            {
                Task<JobChainContext?> GetAsync(Guid chainId, CancellationToken ct = default);
                Task AddOutcomeAsync(Guid chainId, string outcome, CancellationToken ct = default);
                Task DeleteAsync(Guid chainId, CancellationToken ct = default);
            }
            """;
        var run = GeneratorHarness.Run(Sources.Usings + Source);
        Refusals.Exactly(run,
            ("AddOutcomeAsync", "'AddOutcomeAsync' of IJobChainContextRepository matches no store convention: IJobChainContextRepository was read as a key-value store of JobChainContext values, "
                + "because no member has a verb only a key-value store has (Set, Increment, Expire…) or a time to live, and not as a repository of JobChainContext, because JobChainContext has no key "
                + "(no property marked [Key] or [FakeKey], named Id or JobChainContextId); by the key-value store's conventions, 'AddOutcome' is not a known verb: it starts with Add, which is one, "
                + "but 'Outcome' after it is no noun of this store (its values' type JobChainContext"));

        var rest = GeneratorHarness.Run(Sources.Usings + Refusals.Without(Source, "    Task AddOutcomeAsync(Guid chainId, string outcome, CancellationToken ct = default);"));
        Assertions.Clean(rest);
        BehaviourCheck.Run(rest, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var chains = new InMemoryJobChainContextRepository();
                    Is(null, chains.GetAsync(Guid.NewGuid()).GetAwaiter().GetResult(), "GetAsync answers null for a chain not stored");
                    chains.DeleteAsync(Guid.NewGuid()).GetAwaiter().GetResult();
                }
            }
            """);
    }

    [Fact]
    public void A_key_value_verb_beside_values_without_a_key_keeps_the_key_value_stores_words()
    {
        // GetOrCreate is a verb only a key-value store has: the reading is the members' word, and its refusal is as before.
        var run = GeneratorHarness.Run(Sources.Usings + Chains + """
            [InMemoryFake]
            public interface IJobChainContextRepository
            {
                Task<JobChainContext?> GetAsync(Guid chainId, CancellationToken ct = default);
                Task<JobChainContext> GetOrCreateAsync(Guid chainId, CancellationToken ct = default);
            }
            """);
        Refusals.Exactly(run,
            ("GetOrCreateAsync", "'GetOrCreateAsync' of IJobChainContextRepository matches no key-value store convention: it must take the key, a factory (Func<V>, Func<K, V> or an async one) and optionally a time to live. Implement it"));
    }

    [Fact]
    public void A_unit_of_works_save_read_by_the_key_value_conventions_says_nothing_is_staged_for_it()
    {
        // DddByExample's and BookingMicroservices' IDbContext, TraffiLearn's IUnitOfWork: it said "'SaveChanges' is not a known verb".
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IOrdersContext
            {
                Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
                Task<string?> GetAsync(string key);
            }
            """);
        Refusals.Exactly(run,
            ("SaveChangesAsync", "'SaveChangesAsync' of IOrdersContext matches no key-value store convention: 'SaveChanges' is a unit of work's save, which writes what a change tracker staged, "
                + "and a key-value store has no change tracker: the writes its conventions read are stored at once, and no member of IOrdersContext is a repository or a DbSet<T> property whose writes a save "
                + "could wait for, so what this save writes and what it answers are not said. Implement it"));
        Assert.DoesNotContain("not a known verb", Refusals.Message(run, "SaveChangesAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_by_a_name_not_read_says_so_and_names_the_switch_beside_it()
    {
        // Skoruba's repositories: SaveAllChangesAsync() beside bool AutoSaveChanges { get; set; }; it said "its signature
        // proves no entity type and its name names none of the types", as if a table were the question.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Item { public int Id { get; set; } }

            [InMemoryFake]
            public interface IItemRepository
            {
                void Add(Item item);
                Item? Get(int id);
                bool AutoSaveChanges { get; set; }
                Task<int> SaveAllChangesAsync();
            }
            """);
        Refusals.Exactly(run,
            ("AutoSaveChanges", "'AutoSaveChanges' of IItemRepository matches no entity repository convention: properties with a setter are not supported"),
            ("SaveAllChangesAsync", "'SaveAllChangesAsync' of IItemRepository matches no entity repository convention: 'SaveAllChanges' is by its name a save of the changes made before, "
                + "but no unit-of-work save is read by that name (SaveChanges, SaveChange, SaveEntities, SaveAll, Save, Commit, Complete, Persist), so whether the writes of IItemRepository wait for it "
                + "is not said, and its switch 'AutoSaveChanges' (a settable bool) says whether each write is saved at once or waits for a save, which the real store decides at run time. Implement it"));
    }

    [Fact]
    public void Values_of_the_frameworks_types_take_no_word_on_entities()
    {
        // A store of strings read by its shared verbs: a key-value store is no guess there, so the refusal is as before.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface INotes
            {
                string? Get(string name);
                void Delete(string name);
                string? GetNewest(string name, int count);
            }
            """);
        var message = Refusals.Message(run, "GetNewest");
        Assert.Contains("matches no key-value store convention", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not as a repository", message, StringComparison.Ordinal);
    }
}
