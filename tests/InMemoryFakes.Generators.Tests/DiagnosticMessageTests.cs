using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Refusals whose message used to point at the wrong thing: a key type taken for the entity (quartznet's JobKey), an
/// entity repository forced over an interface ("Entity type '(none)'"), and a generic write read key first (BTCPay's
/// UpdateSetting&lt;T&gt;(T obj, string? name), which made the values "string").
/// </summary>
public class DiagnosticMessageTests
{
    private const string Jobs = Sources.Usings + """
        namespace Jobs;

        public sealed record JobKey(string Name, string Group = "DEFAULT");

        public interface IJobDetail
        {
            JobKey Key { get; }
        }

        """;

    private static string[] Messages(GeneratorRun run)
        => run.GeneratorDiagnostics.Select(static d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void A_collection_of_a_key_type_votes_for_the_type_it_keys_and_an_interface_entity_is_IMF0024()
    {
        var run = GeneratorHarness.Run(Jobs + """
            [InMemoryFake]
            public interface IJobStore
            {
                Task AddJob(IJobDetail job, bool replace);
                Task<bool> DeleteJob(JobKey jobKey);
                Task<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys);
                Task<IJobDetail?> GetJob(JobKey jobKey);
            }
            """);

        Assert.Equal(
            new[]
            {
                "IMF0024 IJobStore stores 'IJobDetail', an interface (GetJob(JobKey) reads one IJobDetail by the JobKey its property Key holds: JobKey is its key, not an entity): "
                + "a fake stores only classes, records and structs, which it can create and copy, so no fake is generated; when you own IJobStore, declare its members over a class, record or struct "
                + "that implements IJobDetail; otherwise write its fake by hand",
            },
            Messages(run));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void IMF0009_names_the_entity_method_whose_result_a_lookup_takes_as_the_likely_computed_key()
    {
        // Stratis' IChainStore (h-sample35): GetHeader(chainedHeader, uint256 hash) of a BlockHeader keyed by GetHash(), which
        // no property holds; the plain message only told the user to mark a key property.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Chain;

            public sealed record Digest(string Hex);

            public class Header
            {
                public uint Nonce { get; set; }
                public bool IsValid() => true;
                public Digest GetDigest() => new(Nonce.ToString());
            }

            [InMemoryFake]
            public interface IHeaderStore
            {
                bool PutHeader(Header header);
                Header GetHeader(int height, Digest digest);
            }
            """);
        Assert.Equal(
            new[]
            {
                "IMF0009 Entity type 'Header' used by IHeaderStore has no key; mark the key property with [Key] or [FakeKey], name it Id or HeaderId, or name it with Key = \"…\" on [InMemoryFake] (a type you do not own); if no property identifies a stored Header (the store keeps repeats, holds one value, or computes what it returns), no key fits: write IHeaderStore by hand"
                + "; Header's method 'GetDigest()' returns Chain.Digest, the type 'GetHeader' looks one up by ('digest'), so its key is likely what that method computes; but no property holds it, so neither [Key] nor Key = \"…\" can name it, and a fake calls none of a stored type's methods (one may be costly, impure, or not the key)",
            },
            Messages(run));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void IMF0009_of_documents_held_one_per_type_says_no_member_takes_a_key_instead_of_only_asking_for_one()
    {
        // azure-pipelines-agent's IConfigurationStore (h-sample39): GetSettings(), SaveSettings(settings), DeleteSettings()
        // and the same for three more types, one JSON file each. The plain message named one of them and told the user to
        // mark a key property; none of the four needs one. Written here as a desktop app's profile files would be.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Profiles;

            public sealed class WindowLayout
            {
                public int Width { get; set; }
                public int Height { get; set; }
            }

            public sealed class UserProfile
            {
                public string DisplayName { get; set; } = "";
            }

            [InMemoryFake]
            public interface IProfileFiles
            {
                bool HasProfile();
                UserProfile? LoadProfile();
                void StoreProfile(UserProfile profile);
                void EraseProfile();
                WindowLayout? LoadLayout();
                void StoreLayout(WindowLayout layout);
            }
            """);
        var message = Assert.Single(Messages(run));
        Assert.StartsWith("IMF0009 Entity type '", message, StringComparison.Ordinal);
        Assert.True(
            message.EndsWith(
                "; no member takes a key for it: 'LoadLayout()' reads one WindowLayout and 'StoreLayout(layout)' writes one, so IProfileFiles holds a single WindowLayout, as it holds a single UserProfile (one document per type), "
                + "and a key property would not say that; no convention holds one value per type, since what a read of one not written yet gives (null, an empty value, an error) is the store's own",
                StringComparison.Ordinal)
            || message.EndsWith(
                "; no member takes a key for it: 'LoadProfile()' reads one UserProfile and 'StoreProfile(profile)' writes one, so IProfileFiles holds a single UserProfile, as it holds a single WindowLayout (one document per type), "
                + "and a key property would not say that; no convention holds one value per type, since what a read of one not written yet gives (null, an empty value, an error) is the store's own",
                StringComparison.Ordinal),
            message);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void IMF0009_keeps_its_plain_message_when_a_member_takes_the_keyless_entity_beside_something_else_or_one_type_alone_is_held()
    {
        // A write of the entity with a name beside it (SaveProfile(name, profile)) may file it under that name: the type is
        // no single document, so the message adds no cause.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Profiles;

            public sealed class UserProfile
            {
                public string DisplayName { get; set; } = "";
            }

            public sealed class WindowLayout
            {
                public int Width { get; set; }
            }

            [InMemoryFake]
            public interface IProfileFiles
            {
                UserProfile? LoadProfile();
                void StoreProfile(UserProfile profile);
                void StoreProfileAs(string name, UserProfile profile);
                WindowLayout? LoadLayout();
                void StoreLayout(WindowLayout layout, bool overwrite);
            }
            """);
        var messages = Messages(run);
        Assert.Contains(messages, static m => m.StartsWith("IMF0009 ", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, static m => m.Contains("no member takes a key", StringComparison.Ordinal));

        // One document type alone is what a single-value store is (Get() and a write of the value alone): the plain message,
        // which says "holds one value" already.
        var one = GeneratorHarness.Run(Sources.Usings + """
            namespace Profiles;

            public sealed class UserProfile
            {
                public string DisplayName { get; set; } = "";
            }

            [InMemoryFake]
            public interface IProfileFile
            {
                UserProfile? LoadProfile();
                void StoreProfile(UserProfile profile);
            }
            """);
        var single = Assert.Single(Messages(one));
        Assert.EndsWith("no key fits: write IProfileFile by hand", single, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_named_for_a_subject_that_is_not_the_store_s_values_is_refused_and_the_others_generate()
    {
        // Stratis' IBlockRepository (h-sample35): its raw rows (Get/Put of byte[]) make a table of byte[] values, and
        // DeleteBlocks(hashes) was generated as a removal of those keys, leaving alone the transaction index the real one
        // also removes. The subject (Page here) names a type the members read that is not the values: its noun proves nothing.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Pages;

            public sealed class Page
            {
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPageRepository
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                Page? GetPage(string key);
                bool Exists(string key);
                void DeletePages(List<string> keys);
            }
            """);
        var messages = Messages(run);
        Assert.Contains(
            "IMF0001 'DeletePages' of IPageRepository matches no key-value store convention: its noun names Page, the interface's subject, but the store's values are byte[] (the type most of its value positions share), so Page entries are data this fake's one table does not hold, and what 'DeletePages' reads or changes besides them is the real store's own. Implement it in the partial class InMemoryPageRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(DeletePages), keys) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            messages);
        Assert.Equal(2, messages.Length); // DeletePages and GetPage (its value type differs); Get, Set and Exists generate
        Assert.Contains(messages, static m => m.StartsWith("IMF0001 'GetPage' ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_that_names_the_store_s_values_still_proves_its_nouns()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Pages;

            public sealed class Page
            {
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPageCache
            {
                Page? Get(string key);
                void Set(string key, Page value);
                void DeletePages(List<string> keys);
            }
            """);
        Assert.Empty(Messages(run));
        BehaviourCheck.Run(run, """
            using Pages;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    IPageCache cache = new InMemoryPageCache();
                    cache.Set("a", new Page { Title = "A" });
                    cache.Set("b", new Page { Title = "B" });
                    cache.DeletePages(new System.Collections.Generic.List<string> { "a", "missing" });
                    if (cache.Get("a") is not null || cache.Get("b")?.Title != "B") throw new System.Exception("DeletePages removes the keys given");
                }
            }
            """);
    }

    [Fact]
    public void A_key_type_s_votes_go_to_the_class_it_keys_so_IMF0009_names_that_class()
    {
        // Before: "Entity type 'JobKey' … has no key", and Key = "Key" was then IMF0010 ('Key' is not a property of JobKey).
        const string Members = """
            {
                Task AddJob(Job job, bool replace);
                Task<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys);
                Task<Job?> GetJob(JobKey jobKey);
            }
            """;
        var source = Sources.Usings + """
            namespace Jobs;

            public sealed record JobKey(string Name, string Group = "DEFAULT");

            public sealed class Job
            {
                public JobKey Key { get; set; } = new("");
                public bool Durable { get; set; }
            }

            """;
        var without = GeneratorHarness.Run(source + "[InMemoryFake]\npublic interface IJobStore\n" + Members);
        Assert.Equal(
            new[] { "IMF0009 Entity type 'Job' used by IJobStore has no key; mark the key property with [Key] or [FakeKey], name it Id or JobId, or name it with Key = \"…\" on [InMemoryFake] (a type you do not own); if no property identifies a stored Job (the store keeps repeats, holds one value, or computes what it returns), no key fits: write IJobStore by hand" },
            Messages(without));

        var with = GeneratorHarness.Run(source + "[InMemoryFake(Key = \"Key\")]\npublic interface IJobStore\n" + Members);
        Assert.DoesNotContain(with.GeneratorDiagnostics, static d => d.Id is "IMF0009" or "IMF0010");
    }

    [Fact]
    public void A_key_type_read_into_two_different_types_keeps_its_vote()
    {
        // Which of the two it keys is not said: nothing moves, and the message stays about JobKey.
        var run = GeneratorHarness.Run(Jobs + """
            public sealed class JobHistory
            {
                public JobKey Job { get; set; } = new("");
            }

            [InMemoryFake]
            public interface IJobStore
            {
                Task<bool> DeleteJobs(IReadOnlyCollection<JobKey> jobKeys);
                Task<IJobDetail?> GetJob(JobKey jobKey);
                Task<JobHistory?> GetHistory(JobKey jobKey);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0009", d.Id);
        Assert.StartsWith("Entity type 'JobKey' used by IJobStore has no key", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_EntityRepository_over_an_interface_entity_says_so_instead_of_none()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Values;

            public interface IKeyValue
            {
                string Identifier { get; set; }
                string? Value { get; set; }
            }

            [InMemoryFake(Kind = StoreKind.EntityRepository, Key = "Identifier")]
            public interface IKeyValueRepository
            {
                IKeyValue? Get(string id);
                void Save(IKeyValue entity);
                void Delete(IKeyValue entity);
            }

            [InMemoryFake(Kind = StoreKind.EntityRepository)]
            public interface IOtherKeyValueRepository
            {
                void Save(IKeyValue entity);
            }
            """);

        Assert.Equal(
            new[]
            {
                "IMF0024 IKeyValueRepository stores 'IKeyValue', an interface (Save(IKeyValue) writes it), so Kind = EntityRepository and Key have nothing to key: a fake stores "
                + "only classes, records and structs, which it can create and copy, so no fake is generated; remove them to fake IKeyValueRepository as the store its members "
                + "describe, and implement the members that take IKeyValue in its partial class",
                "IMF0024 IOtherKeyValueRepository stores 'IKeyValue', an interface (Save(IKeyValue) writes it), so Kind = EntityRepository has nothing to key: a fake stores "
                + "only classes, records and structs, which it can create and copy, so no fake is generated; remove it to fake IOtherKeyValueRepository as the store its members "
                + "describe, and implement the members that take IKeyValue in its partial class",
            },
            Messages(run));
    }

    [Fact]
    public void A_generic_write_read_key_first_is_named_as_where_the_value_type_came_from()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Settings;

            [InMemoryFake]
            public interface ISettingsRepository
            {
                Task<T?> GetSettingAsync<T>(string? name = null) where T : class;
                Task UpdateSetting<T>(T obj, string? name = null) where T : class;
            }
            """);

        var messages = Messages(run);
        Assert.Equal(2, messages.Length);
        Assert.Contains(
            "IMF0001 'GetSettingAsync' of ISettingsRepository matches no key-value store convention: the store's values look like string only because "
            + "UpdateSetting<T>(T obj, string? name) is read key first, which takes 'name' for the value; but its first parameter, a T, is no key (a value of any type), "
            + "so which key each value is stored under, and what GetSettingAsync<T> reads back, is the real store's own choice, not told by the members. Implement it",
            messages[0], StringComparison.Ordinal);
        Assert.Contains(
            "IMF0001 'UpdateSetting' of ISettingsRepository matches no key-value store convention: its first parameter 'obj' is a T, and a key-value write takes the key "
            + "first: a value of any type is no key, so under which key it is written (the 'name', the type's name, …) is the real store's own choice, not told by the signature. Implement it",
            messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_write_whose_first_parameter_is_constrained_is_not_called_keyless()
    {
        // EventFlow's StoreAsync<TAggregate, TIdentity>(TIdentity id, …) where TIdentity : IIdentity: a key of a generic type.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Events;

            public interface IIdentity { string Value { get; } }

            [InMemoryFake]
            public interface IEventStore
            {
                Task<string?> GetAsync(string id);
                Task SetAsync<TIdentity>(TIdentity id, string value) where TIdentity : IIdentity;
            }
            """);

        var message = Assert.Single(Messages(run));
        Assert.StartsWith("IMF0001 'SetAsync' of IEventStore matches no key-value store convention: generic methods are supported only for", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_member_of_a_store_without_keys_is_refused_because_the_type_may_be_the_key()
    {
        // Proto.Actor's IContextStore keeps one value per T (Set<T, TI> stores under T); before 2026-12-03 the fake kept
        // one value for every T, so Get<Greeter> answered what Set<IGreeter, Greeter> stored.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Actors;

            [InMemoryFake]
            public interface IContextStore
            {
                T? Get<T>();
                void Set<T, TI>(TI obj) where TI : T;
            }
            """);

        var messages = Messages(run);
        Assert.Equal(2, messages.Length);
        Assert.All(messages, message => Assert.Contains(
            "of IContextStore matches no key-value store convention: it is generic and no member takes a key, so its type argument is the only thing that tells one value from another: "
            + "whether the store keeps one value whatever the type (a cast of it) or one value per type",
            message, StringComparison.Ordinal));
        Assert.Contains(messages, static message => message.StartsWith("IMF0001 'Get' of IContextStore", StringComparison.Ordinal));
        Assert.Contains(messages, static message => message.StartsWith("IMF0001 'Set' of IContextStore", StringComparison.Ordinal));
    }

    [Fact]
    public void A_store_without_keys_that_is_not_generic_still_holds_one_value()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Actors;

            public sealed class Settings { public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface ISettingsStore
            {
                Settings? Get();
                void Set(Settings settings);
            }
            """);

        Assert.Empty(Messages(run));
    }

    private const string Books = Sources.Usings + """
        namespace Books;

        public class Book
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
        }

        public sealed class CommandOptions
        {
            public bool Notify { get; set; }
        }

        """;

    private const string ShelfRepository = """
        [InMemoryFake]
        public interface IShelfRepository
        {
            void Add(Book book);
            Book? Find(int id);
            IReadOnlyList<Book> GetTitlesByIdAsync(int id);
            void Promote(Book book);
        }

        """;

    [Fact]
    public void A_query_refusal_names_the_store_call_as_IMF0001_does()
    {
        // IMF0015 to IMF0019 said only "implement it in the partial class X"; IMF0001 names the typed store and the
        // Store.Call that joins the call log. A refused derived query is written by hand the same way.
        var run = GeneratorHarness.Run(Books + ShelfRepository);
        Assert.Equal(
            new[]
            {
                "IMF0001 'Promote' of IShelfRepository matches no entity repository convention: 'Promote' is not a known verb (Add/Insert, Update/Replace, Upsert/Save, Get/Find, Delete/Remove, Exists/Contains, Count/LongCount, GetAll/List, GetPagedList/GetPagedResponse, Clear/Purge, AddRange/UpdateRange/UpsertRange/DeleteRange, BulkInsertOrUpdate/BulkUpsert, Update/Set{Property}(key, value), Rename(key, name), Increment/Increase{Property}(key), Mark/Flag…As{Value}(key), Toggle/Flip{Flag}(key), Get/Set{Property}(entity), derived queries such as FindByName, or a Func<T, bool> predicate; more synonyms in docs/generator.md#entity-repository). "
                + "Implement it in the partial class InMemoryShelfRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(Promote), book) joins the call log and fault injection (docs/generator.md#hand-written-members).",
                "IMF0015 'GetTitlesByIdAsync' of IShelfRepository is not a derived query name that parses: 'Titles' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name. "
                + "Write {Find|Get|Query|List|Search|Stream|Count|Exists|Any|Delete|Remove}[First|Top<N>][Distinct]By<Condition>[And|Or <Condition>…][OrderBy<Property>[Asc|Desc]…], or implement it in the partial class InMemoryShelfRepository, "
                + "where its Store property reaches the fake's table in one line: Store.Call(nameof(GetTitlesByIdAsync), id) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            },
            Messages(run).OrderBy(static m => m, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_fake_whose_class_has_a_member_named_Store_is_told_to_call_FakeStore_and_that_compiles()
    {
        // The typed store is FakeStore when the user's class (or the interface) already has a member named Store
        // (docs/generator.md#hand-written-members); before 2026-12-05 IMF0001 said Store.Call, which then named the
        // user's own member and did not compile.
        const string Partial = """
            public sealed partial class InMemoryShelfRepository
            {
                public string Store => "main street";
            }

            """;
        var run = GeneratorHarness.Run(Books + ShelfRepository + Partial);
        var messages = Messages(run);
        Assert.Equal(2, messages.Length);
        Assert.All(messages, static m => Assert.Contains("where its FakeStore property reaches the fake's table in one line: FakeStore.Call(nameof(", m, StringComparison.Ordinal));
        Assert.All(messages, static m => Assert.DoesNotContain(" Store.Call(", m, StringComparison.Ordinal));

        // The advice is the fix: the two members written with FakeStore.Call compile, are recorded and read the table.
        var written = GeneratorHarness.Run(Books + ShelfRepository + """
            public sealed partial class InMemoryShelfRepository
            {
                public string Store => "main street";

                public IReadOnlyList<Book> GetTitlesByIdAsync(int id)
                    => FakeStore.Call(nameof(GetTitlesByIdAsync), id).Where(b => b.Id == id);

                public void Promote(Book book)
                    => FakeStore.Call(nameof(Promote), book).Update(new Book { Id = book.Id, Title = book.Title + " (promoted)" });
            }

            """);
        Assert.Empty(written.GeneratorDiagnostics);
        Assert.Empty(written.CompilationDiagnostics);
        BehaviourCheck.Run(written, """
            using System.Linq;
            using Books;
            using InMemoryFakes;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var shelf = new InMemoryShelfRepository();
                    Fakes.Of(shelf).Calls.Enabled = true;
                    shelf.Add(new Book { Id = 1, Title = "Dune" });
                    shelf.Promote(new Book { Id = 1, Title = "Dune" });
                    Expect.Is("Dune (promoted)", shelf.Find(1)?.Title, "Promote, written with FakeStore, updates the stored book");
                    Expect.Is(1, shelf.GetTitlesByIdAsync(1).Count, "GetTitlesByIdAsync, written with FakeStore, reads the table");
                    Expect.Is("main street", shelf.Store, "the class's own Store is untouched");
                    Expect.Is(1, Fakes.Of(shelf).Calls.Of("Promote").Count, "FakeStore.Call records the call");
                }
            }
            """);
    }

    [Fact]
    public void A_write_with_parameters_besides_the_entity_names_them_and_the_setting_that_ignores_them()
    {
        const string Members = """
            {
                Task AddAsync(Book document, CommandOptions? options = null);
                Task<Book?> GetAsync(int id);
            }
            """;
        var run = GeneratorHarness.Run(Books + "[InMemoryFake]\npublic interface IBookRepository\n" + Members);
        Assert.Equal(
            new[]
            {
                "IMF0001 'AddAsync' of IBookRepository matches no entity repository convention: it must take one Book parameter and nothing else the conventions know, "
                + "and it takes 'document' (Book), 'options' (CommandOptions?); if 'options' changes nothing a fake keeps (a hint, options of the real store's own), "
                + "say so with [InMemoryFake(IgnoredParameters = new[] { \"options\" })]. Implement it in the partial class InMemoryBookRepository, where its Store property "
                + "reaches the fake's table in one line: Store.Call(nameof(AddAsync), document, options) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            },
            Messages(run));

        // The advice is the fix: with the setting the write is generated.
        var advised = GeneratorHarness.Run(Books + "[InMemoryFake(IgnoredParameters = new[] { \"options\" })]\npublic interface IBookRepository\n" + Members);
        Assert.Empty(advised.GeneratorDiagnostics);
    }

    [Fact]
    public void A_write_taking_the_key_beside_the_entity_is_not_advised_to_ignore_the_key()
    {
        // oskardudycz/EventSourcing.NetCore's Add(Guid id, T aggregate): ignoring 'id' would keep the entity under its own
        // Id whatever id says, a guess the advice must not suggest.
        var run = GeneratorHarness.Run(Books + """
            [InMemoryFake]
            public interface IBookRepository
            {
                Task Add(int id, Book book);
                Task<Book?> Find(int id);
            }
            """);
        Assert.Equal(
            new[]
            {
                "IMF0001 'Add' of IBookRepository matches no entity repository convention: it must take one Book parameter and nothing else the conventions know, "
                + "and it takes 'id' (int), 'book' (Book); 'id' names the key beside the entity: under which of the two a store keeps the entity when they differ is the store's own, "
                + "so it is not a parameter to ignore. Implement it in the partial class InMemoryBookRepository, where its Store property "
                + "reaches the fake's table in one line: Store.Call(nameof(Add), id, book) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            },
            Messages(run));
    }

    [Fact]
    public void A_refused_generic_method_names_its_type_parameters_and_where_they_appear()
    {
        var run = GeneratorHarness.Run(Books + """
            [InMemoryFake]
            public interface IBookRepository
            {
                Task AddAsync(Book book);
                Task<TResult?> GetAsync<TState, TResult>(Func<System.Linq.IQueryable<Book>, TState, System.Linq.IQueryable<TResult>> query, TState state);
            }
            """);

        var message = Assert.Single(Messages(run));
        Assert.Contains("this one's type parameters (TState, TResult: used by 'query', 'state' and its result) change what it means.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_property_says_what_it_returns_and_which_interface_declares_it()
    {
        // A repository that is a query of something else than its entity: ElementType, Expression and Provider come from
        // IQueryable, and nothing says what they read (a query of its own entity is generated: RepositoryThatIsAQueryTests).
        var run = GeneratorHarness.Run(Books + """
            [InMemoryFake]
            public interface IBookRepository : System.Linq.IQueryable<string>
            {
                Task AddAsync(Book book);
                CommandOptions Defaults { get; }
            }
            """);

        var messages = Messages(run);
        Assert.Contains(messages, static m => m.StartsWith("IMF0001 'ElementType' of IBookRepository matches no entity repository convention: it returns Type (declared by System.Linq.IQueryable, which IBookRepository inherits); only a Count property (int or long) and an IQueryable of the entities are supported.", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("IMF0001 'Defaults' of IBookRepository matches no entity repository convention: it returns CommandOptions; only a Count property", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_type_of_a_value_with_a_key_of_its_own_moves_no_vote()
    {
        // A cache of items that carry an Id, kept by a CacheKey: still a key-value store, not a repository of CacheItem by Id.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Items;

            public sealed record CacheKey(string Tenant, string Name);

            public sealed class CacheItem
            {
                public int Id { get; set; }
                public CacheKey Key { get; set; } = new("", "");
            }

            [InMemoryFake]
            public interface IItemCache
            {
                CacheItem? Get(CacheKey key);
                void Set(CacheKey key, CacheItem item);
                void RemoveMany(IReadOnlyCollection<CacheKey> keys);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id is "IMF0009" or "IMF0024");
        Assert.Contains("KeyValueTable<global::Items.CacheKey, ", run.Source("IItemCache.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_EntityRepository_over_members_about_no_type_is_IMF0010_not_an_entity_named_none()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Values;

            [InMemoryFake(Kind = StoreKind.EntityRepository)]
            public interface INames
            {
                string? Get(string id);
                void Set(string id, string value);
            }
            """);

        Assert.Equal(
            new[] { "IMF0010 [InMemoryFake] on 'INames': Kind = EntityRepository, but no member of INames reads or writes an entity (a class, record or struct it could store); remove Kind to let the members decide the store kind" },
            Messages(run));
    }
}
