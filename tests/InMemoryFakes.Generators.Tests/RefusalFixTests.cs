using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// IMF0001 messages h-msgs did not reach (session 26, h-msgs2), each from a refusal of the real-world corpus that misled:
/// the hand-written line every refusal ends with ended in "…" (now written out for the member, and pasted here to check it
/// compiles and records the call); a parameter that names neither the key nor a property was told "name it after the key
/// or a property" whatever it was (an options object, a key of another type, a near miss of a property); a Find by
/// predicate returning IQueryable was told the result types of a Find, as if a queryable were never one; a loose-parameter
/// service read as a key-value store said so as if the user had asked for one; an either-or write blamed the word "Or"; a
/// name starting with a stored type's plural was said to name none. What is generated did not change.
/// </summary>
public class RefusalFixTests
{
    private const string Tokens = """
        namespace V;

        public class Token
        {
            public string Id { get; set; } = "";
            public int KeyGeneration { get; set; }
            public string DoctorId { get; set; } = "";
            public DateTime CreatedAt { get; set; }
            public DateTime ExpiresAt { get; set; }
        }

        public class TokenQuery { public string? Name { get; set; } public int Limit { get; set; } }

        public readonly struct ItemKey { public string Id { get; init; } public string Partition { get; init; } }

        """;

    private const string Linq = "using System.Linq;\nusing System.Linq.Expressions;\n";

    private const string Prelude = Linq + Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + Linq + source);

    /// <summary>The line a refusal names between "in one line: " and " joins the call log".</summary>
    private static string Line(GeneratorRun run, string member)
    {
        var match = Regex.Match(Refusals.Message(run, member), "in one line: (.*) joins the call log");
        Assert.True(match.Success, "no hand-written line in the refusal of " + member);
        return match.Groups[1].Value;
    }

    [Fact]
    public void The_line_a_refusal_names_is_written_out_for_the_member_compiles_as_written_and_records_the_call()
    {
        const string Interface = """
            [InMemoryFake]
            public interface ITokens
            {
                Token Add(Token token);
                List<Token> GetWithStart(int start, int count);
                Task<List<Token>> GetDueAsync(DateTime asOf, CancellationToken cancellationToken);
                void Put(ReadOnlySpan<byte> data, out int written);
                Token this[int index] { get; }
            }

            """;
        var refused = Run(Tokens + Interface);
        Assert.Equal("Store.Call(nameof(GetWithStart), start, count)", Line(refused, "GetWithStart"));
        Assert.Equal("await Store.CallAsync(nameof(GetDueAsync), cancellationToken, asOf)", Line(refused, "GetDueAsync"));
        Assert.Equal("Store.Call(nameof(Put), data.ToArray())", Line(refused, "Put"));
        Assert.Equal("Store.Call(\"this[]\", index)", Line(refused, "this"));

        // Each line pasted as written into the member it was named for.
        var written = Run(Tokens + Interface + """
            public sealed partial class InMemoryTokens
            {
                public List<Token> GetWithStart(int start, int count) { LINE1; return new List<Token>(); }
                public async Task<List<Token>> GetDueAsync(DateTime asOf, CancellationToken cancellationToken) { LINE2; return new List<Token>(); }
                public void Put(ReadOnlySpan<byte> data, out int written) { LINE3; written = data.Length; }
                public Token this[int index] { get { LINE4; return new Token(); } }
            }
            """.Replace("LINE1", Line(refused, "GetWithStart"), StringComparison.Ordinal).Replace("LINE2", Line(refused, "GetDueAsync"), StringComparison.Ordinal)
            .Replace("LINE3", Line(refused, "Put"), StringComparison.Ordinal).Replace("LINE4", Line(refused, "this"), StringComparison.Ordinal));
        Assertions.Clean(written);
        BehaviourCheck.Run(written, Prelude + """
                public static void Run()
                {
                    var tokens = new InMemoryTokens();
                    Fakes.Of(tokens).Calls.Enabled = true;
                    tokens.GetWithStart(1, 2);
                    Is("1,2", string.Join(",", Fakes.Of(tokens).Calls.Of("GetWithStart").Single().Arguments), "Store.Call records the member's arguments");
                    tokens.GetDueAsync(new DateTime(2026, 12, 5), CancellationToken.None).GetAwaiter().GetResult();
                    Is(1, Fakes.Of(tokens).Calls.Of("GetDueAsync").Count, "Store.CallAsync records the call");
                    tokens.Put(new byte[] { 7, 8 }, out var count);
                    Is(2, ((byte[])Fakes.Of(tokens).Calls.Of("Put").Single().Arguments[0]!).Length, "the span is recorded as its bytes");
                    _ = tokens[3];
                    Is(3, Fakes.Of(tokens).Calls.Of("this[]").Single().Arguments[0], "the indexer's call is recorded under this[]");
                    Fakes.Of(tokens).Faults.Throw("GetWithStart", new TimeoutException("down"));
                    Throws<TimeoutException>(() => tokens.GetWithStart(0, 1), null, "an injected fault applies to the line");
                }
            }
            """);
    }

    [Fact]
    public void A_parameter_that_names_neither_the_key_nor_a_property_is_said_for_what_it_is()
    {
        var run = Run(Tokens + """
            [InMemoryFake]
            public interface ITokens
            {
                Token Add(Token token);
                void Update(Token token);
                Token? Find(string id, int generation);
                Token? GetDoctor(string dtoDoctorId);
                Task<List<Token>> GetDueAsync(DateTime asOf);
                Task<IReadOnlyList<Token>> FindAsync(TokenQuery query);
                Token? Get(ItemKey key);
                Token? FindOther(Token current);
                Task<bool> CheckExists(Expression<Func<TokenQuery, bool>> predicate, int id = 0);
                Task<int> CountAsync(Action<IQueryable<Token>> configureQuery);
            }
            """);
        Refusals.Exactly(run,
            ("Find", "parameter 'generation' names neither the key (Id) nor a property of Token; the nearest of its type (int): KeyGeneration (a word more), but a near name is not read as the property, since the store may compare it with another one or not for equality; if it is KeyGeneration compared equal, name the parameter keyGeneration, else write the member."),
            ("GetDoctor", "parameter 'dtoDoctorId' names neither the key (Id) nor a property of Token; the nearest of its type (string): DoctorId (a word less)"),
            ("GetDueAsync", "parameter 'asOf' names neither the key (Id) nor a property of Token (its properties of its type, DateTime: CreatedAt, ExpiresAt; a time that names none of them may bound any of them, or be the current time)"),
            ("FindAsync", "parameter 'query' names neither the key (Id) nor a property of Token, and as an object of type TokenQuery it is no value of a property to compare: which rows it selects, and how, is its own code (a predicate is read as Func<Token, bool> or an Expression of one, a filter object when every public property of it names one of Token's, and Name, Limit of it name none)"),
            ("Get", "parameter 'key' is named as the key (Id), but it is ItemKey, which does not convert to the key's string"),
            ("FindOther", "parameter 'current' names neither the key (Id) nor a property of Token: it is a Token itself"),
            ("CheckExists", "parameter 'predicate' names neither the key (Id) nor a property of Token: it is a predicate over TokenQuery, not over Token, the entity the members made this a repository of, so what it selects is the store's own; write the member."),
            ("CountAsync", "parameter 'configureQuery' names neither the key (Id) nor a property of Token, and as a function of type Action<IQueryable<Token>> it is no value of a property to compare"));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("name it after the key or a property", StringComparison.Ordinal));
    }

    [Fact]
    public void The_name_a_near_miss_message_suggests_is_read_as_that_property()
    {
        // What the message above tells the user to write when the store compares generation with KeyGeneration.
        var run = Run(Tokens + """
            [InMemoryFake]
            public interface ITokens
            {
                Token Add(Token token);
                Token? Find(string id, int keyGeneration);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ITokens tokens = new InMemoryTokens();
                    tokens.Add(new Token { Id = "a", KeyGeneration = 1 });
                    Is("a", tokens.Find("a", 1)?.Id, "the key and the generation match");
                    Is(null, tokens.Find("a", 2), "another generation finds nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_predicate_find_returning_IQueryable_beside_more_parameters_says_a_queryable_is_read_for_the_predicate_alone()
    {
        // UsersMicroservices_RabbitMQ's FindByCondition(predicate, orderBy, include, disableTracking) returning IQueryable<T>.
        var run = Run(Tokens + """
            [InMemoryFake]
            public interface ITokens
            {
                Task<bool> Insert(Token entity);
                IQueryable<Token> FindByCondition(Expression<Func<Token, bool>>? predicate = null, Func<IQueryable<Token>, IOrderedQueryable<Token>>? orderBy = null, bool disableTracking = true);
            }
            """.Replace("[InMemoryFake]", "[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]", StringComparison.Ordinal));
        var message = run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0019").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("which does not fit Find: an IQueryable<Token> of the matches is read only for an Expression<Func<Token, bool>> alone (IQueryable<Token> FindBy(Expression<Func<Token, bool>> predicate), which the caller goes on composing), and this one also takes 'orderBy', 'disableTracking'; "
            + "beside them a predicate method returns the matches as a list (IReadOnlyList<Token>, List<Token>…), the first match (Token?) or a page, so a queryable means taking the predicate alone; change the return type", message, StringComparison.Ordinal);

        // Both fixes it names are generated.
        var fixedRun = Run(Tokens + """
            [InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]
            public interface ITokens
            {
                Task<bool> Insert(Token entity);
                IQueryable<Token> FindByCondition(Expression<Func<Token, bool>> predicate);
                List<Token> FindListByCondition(Expression<Func<Token, bool>>? predicate = null, Func<IQueryable<Token>, IOrderedQueryable<Token>>? orderBy = null, bool disableTracking = true);
            }
            """);
        Assertions.Clean(fixedRun);
        BehaviourCheck.Run(fixedRun, Prelude + """
                public static void Run()
                {
                    ITokens tokens = new InMemoryTokens();
                    tokens.Insert(new Token { Id = "a", KeyGeneration = 2 }).GetAwaiter().GetResult();
                    tokens.Insert(new Token { Id = "b", KeyGeneration = 1 }).GetAwaiter().GetResult();
                    Is("b", string.Join(",", tokens.FindByCondition(t => t.KeyGeneration == 1).Select(t => t.Id)), "the queryable of the matches");
                    Is("b,a", string.Join(",", tokens.FindListByCondition(t => t.KeyGeneration > 0, q => q.OrderBy(t => t.KeyGeneration)).Select(t => t.Id)), "the list, ordered by orderBy");
                }
            }
            """);
    }

    [Fact]
    public void A_service_read_as_a_key_value_store_beside_a_type_with_a_key_names_the_setting_only_where_it_generates_the_member()
    {
        const string Todos = """
            namespace V;

            public class TodoItem { public int Id { get; set; } public string Text { get; set; } = ""; }

            [InMemoryFake]
            public interface ITodoItemService
            {
                Task<TodoItem> Create(string text, string user);
                Task<IEnumerable<TodoItem>> List(bool showAll, string user);
                Task<TodoItem> Get(int id, string user);
            }
            """;
        var run = Run(Todos);
        // Read as a repository of TodoItem, none of the three is generated either (below), so since session 35 no refusal
        // offers that reading (it did on all three; Refusals35Tests has a service where it generates one member).
        // Since session 40 (RefusalCauseTests): only shared verbs made it a key-value store, so each refusal says why no
        // entity was taken, then the repository reading's own cause (it refuses all three), and still offers no setting.
        const string Why = "matches no store convention: ITodoItemService was read as a key-value store, not as a repository of TodoItem (which has a key, Id), because no member proves TodoItem its rows "
            + "(none adds or updates a whole one, lists every one, or reads one by its key alone), and read as a repository of TodoItem it is refused too: ";
        Refusals.Exactly(run, ("Create", Why), ("List", Why + "parameter 'showAll' names neither the key (Id) nor a property of TodoItem"), ("Get", Why));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("Kind = StoreKind.EntityRepository", StringComparison.Ordinal));

        // The setting reads every member as a repository's, and refuses each.
        var stated = Run(Todos.Replace("[InMemoryFake]", "[InMemoryFake(Kind = StoreKind.EntityRepository)]", StringComparison.Ordinal));
        Assert.All(stated.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"), static d => Assert.Contains("matches no entity repository convention", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(stated.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("was read as a key-value store", StringComparison.Ordinal));

        // A cache of values under keys it is given says nothing of the kind.
        var cache = Run("""
            namespace V;

            public class TodoItem { public int Id { get; set; } }

            [InMemoryFake]
            public interface ITodoCache
            {
                TodoItem? Get(string key);
                void Set(string key, TodoItem item);
                void Evict(string key);
            }
            """);
        Assert.DoesNotContain(cache.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("was read as a key-value store", StringComparison.Ordinal));
    }

    [Fact]
    public void Refusals_that_misread_a_name_or_gave_no_fix_say_what_the_member_is_and_the_fix()
    {
        var run = Run("""
            namespace V;

            public class Favorite { public string Id { get; set; } = ""; public string Data { get; set; } = ""; public string Uris { get; set; } = ""; }
            public interface IClock { }

            [InMemoryFake]
            public interface IFavorites
            {
                Task AddAsync(Favorite favorite);
                Task<Favorite?> GetAsync(string id);
                Task InsertOrMergeAsync(Favorite favorite);
                Task SetUrisAsync(Favorite favorite, System.Collections.Immutable.ImmutableArray<string> uris);
                IClock Clock { get; }
                string Region { get; set; }
            }
            """);
        Refusals.Exactly(run,
            ("InsertOrMergeAsync", "'InsertOrMerge' is Insert or Merge, an either-or write the conventions read only as AddOrUpdate, InsertOrUpdate or Upsert (the whole Favorite stored, replacing a stored one of its key); whether it stores the Favorite given whole, merges it into the stored row (Azure Table Storage's InsertOrMerge keeps the properties the entity leaves unset) or writes a row of its own made from it (Microsoft's Teams samples' CreateOrUpdate…Async) is not said; if it stores the one given whole, name it Upsert, else write the member."),
            ("SetUrisAsync", "its value is System.Collections.Immutable.ImmutableArray<string>, but Uris is string, which it does not convert to: turning one into the other (a serialization such as JSON, a join, a parse) is the store's own code; write the member."),
            ("Clock", "it returns IClock; only a Count property (int or long) and an IQueryable of the entities are supported: what 'Clock' hands out (a service, a client or a setting of the real store's own) is kept in no table of the fake, so write it, returning an object of the test's own."),
            ("Region", "properties with a setter are not supported: what setting one changes in the real store (a setting it reads, a service or a unit of work it uses) is its own code, which no convention follows; an auto-property in the partial class (public string Region { get; set; }) keeps what the test sets."));
    }

    [Fact]
    public void A_name_of_a_repository_of_several_types_that_starts_with_a_types_plural_says_so_and_names_the_name_that_is_read()
    {
        const string Shop = """
            namespace V;

            public class Order { public int Id { get; set; } }
            public class Customer { public int Id { get; set; } }

            [InMemoryFake]
            public interface IDataService
            {
                Task AddOrderAsync(Order order);
                Task AddCustomerAsync(Customer customer);
                Task<int> GetOrdersTotalAsync();
            }
            """;
        // Session 42 (h-count42): GetOrdersCountAsync() counts the orders now (the count rule's noun names the table,
        // Count42Tests); a word no rule reads after the plural is still refused so.
        var run = Run(Shop);
        Assert.Contains("'GetOrdersTotalAsync' of IDataService matches no entity repository convention: its signature proves no entity type, and a name tells the table when the words after its verb end with a type's name or its plural, or start with its name (CountCustomers counts the Customers): "
            + "'OrdersTotal' starts with Orders, the plural of Order, and goes on ('Total'), so which table it acts on, and what 'Total' does to its rows (a count, a total, a part of each), is not said; write the member.",
            Refusals.Message(run, "GetOrdersTotalAsync"), StringComparison.Ordinal);

        // A count name is read, and counts the orders.
        var renamed = Run(Shop.Replace("GetOrdersTotalAsync", "CountOrdersAsync", StringComparison.Ordinal));
        Assertions.Clean(renamed);
        BehaviourCheck.Run(renamed, Prelude + """
                public static void Run()
                {
                    IDataService data = new InMemoryDataService();
                    data.AddOrderAsync(new Order { Id = 1 }).GetAwaiter().GetResult();
                    data.AddOrderAsync(new Order { Id = 2 }).GetAwaiter().GetResult();
                    data.AddCustomerAsync(new Customer { Id = 1 }).GetAwaiter().GetResult();
                    Is(2, data.CountOrdersAsync().GetAwaiter().GetResult(), "the orders, not the customers");
                }
            }
            """);
    }
    [Fact]
    public void A_lookup_returning_another_type_than_the_entity_says_so_and_a_key_on_that_type_makes_it_a_table()
    {
        // OnlyOffice's IBackupRepository: Schedule GetBackupSchedule(int tenantId) was refused as "which BackupRecord it selects".
        const string Backups = """
            namespace V;

            public class BackupRecord { public Guid Id { get; set; } public int TenantId { get; set; } public bool IsScheduled { get; set; } }
            public class Schedule { KEY public int TenantId { get; set; } public string Cron { get; set; } = ""; }

            [InMemoryFake]
            public interface IBackupRepository
            {
                void SaveBackupRecord(BackupRecord backup);
                BackupRecord? GetBackupRecord(Guid id);
                List<BackupRecord> GetScheduledBackupRecords();
                void SaveBackupSchedule(Schedule schedule);
                Schedule? GetBackupSchedule(int tenantId);
            }
            """;
        var run = Run(Backups.Replace("KEY", "", StringComparison.Ordinal));
        Assert.Contains("'GetBackupSchedule' of IBackupRepository matches no entity repository convention: it returns Schedule, not BackupRecord: the members made IBackupRepository a repository of BackupRecord, whose one table holds no Schedule rows, "
            + "and Schedule has no key, so the fake keeps no table of it either (a repository of several entity types keeps one per type it writes that has a key: docs/generator.md#repositories-of-several-entity-types); write the member.",
            Refusals.Message(run, "GetBackupSchedule"), StringComparison.Ordinal);

        var keyed = Run(Backups.Replace("KEY", "[System.ComponentModel.DataAnnotations.Key]", StringComparison.Ordinal));
        Assertions.Clean(keyed);
        BehaviourCheck.Run(keyed, Prelude + """
                public static void Run()
                {
                    IBackupRepository backups = new InMemoryBackupRepository();
                    backups.SaveBackupSchedule(new Schedule { TenantId = 1, Cron = "0 0 * * *" });
                    Is("0 0 * * *", backups.GetBackupSchedule(1)?.Cron, "the tenant's schedule, from its own table");
                    Is(null, backups.GetBackupSchedule(2), "none for another tenant");
                }
            }
            """);
    }
}
