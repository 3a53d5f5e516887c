using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// New variants of each class of silent guess the corpus's first tries found (docs/generator-rounds.md, "Silent guesses found on
/// first tries, by class"): other verbs and synonyms, async and sync, generic base interfaces, records, other key types and
/// nullable contexts than the corpus interfaces had, so that each fix is known to cover its class, not only the corpus's
/// names. Each test is named after its class; a variant is either generated with the meaning its signature proves (a
/// behaviour check) or refused with the exact cause (IMF0001 on that member).
/// </summary>
public class SilentGuessClassTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static string Message(GeneratorRun run, string member) => Refusals.Message(run, member);

    /// <summary>Exactly these members are IMF0001 (by the name the diagnostic points at), and each message has its cause.</summary>
    private static void Refused(GeneratorRun run, params (string Member, string Cause)[] refused) => Refusals.Exactly(run, refused);

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    // ---- A missing key's read: null, the not-found error or the store's own exception -------------------------------------

    [Fact]
    public void MissingKeyRead_an_oblivious_Get_beside_Find_in_a_generic_base_throws_and_the_Find_answers_null()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            public class Invoice { public Guid Id { get; set; } public string Number { get; set; } }
            public interface IReadRepository<TEntity, TKey> where TEntity : class
            {
                Task<TEntity> GetAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);
                Task<TEntity> FindAsync(TKey id, bool includeDetails = true, CancellationToken cancellationToken = default);
                Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default);
            }
            [InMemoryFake] public interface IInvoiceRepository : IReadRepository<Invoice, Guid> { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IInvoiceRepository invoices = new InMemoryInvoiceRepository();
                    var missing = Guid.NewGuid();
                    Is(null, invoices.FindAsync(missing).GetAwaiter().GetResult(), "Find of a missing id");
                    Throws<NotFoundException>(() => invoices.GetAsync(missing).GetAwaiter().GetResult(), null, "Get of a missing id");
                }
            }
            """);
    }

    /// <summary>
    /// Fetch, Read and Retrieve beside a Find: the pair says they differ from the Find, as ABP's Get does. Before this round
    /// only Get, Load and Single were read so; Fetch, Read and Retrieve answered null like the Find.
    /// </summary>
    [Fact]
    public void MissingKeyRead_oblivious_Fetch_Read_and_Retrieve_beside_Find_throw_as_Get_does()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            public class Invoice { public Guid Id { get; set; } public string Number { get; set; } }
            [InMemoryFake] public interface IInvoices
            {
                Task<Invoice> ReadAsync(Guid id);
                Task<Invoice> FindAsync(Guid id);
                Task<Invoice> FetchAsync(Guid id);
                Invoice Retrieve(Guid id);
                Task AddAsync(Invoice invoice);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IInvoices invoices = new InMemoryInvoices();
                    var missing = Guid.NewGuid();
                    Is(null, invoices.FindAsync(missing).GetAwaiter().GetResult(), "Find of a missing id");
                    Throws<NotFoundException>(() => invoices.ReadAsync(missing).GetAwaiter().GetResult(), null, "Read of a missing id");
                    Throws<NotFoundException>(() => invoices.FetchAsync(missing).GetAwaiter().GetResult(), null, "Fetch of a missing id");
                    Throws<NotFoundException>(() => invoices.Retrieve(missing), null, "Retrieve of a missing id");
                    var stored = new Invoice { Id = Guid.NewGuid(), Number = "7" };
                    invoices.AddAsync(stored).GetAwaiter().GetResult();
                    Is("7", invoices.ReadAsync(stored.Id).GetAwaiter().GetResult().Number, "Read of a stored id");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyRead_a_FindOne_and_a_FindBy_of_a_record_declared_non_nullable_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public record Invoice(Guid Id, string Number);
            [InMemoryFake] public interface IInvoices
            {
                ValueTask<Invoice> FindOneAsync(Guid id);
                ValueTask<Invoice> FindByNumberAsync(string number);
                Task AddAsync(Invoice invoice);
            }
            """);
        Refused(run,
            ("FindOneAsync", "a Find returns null for a missing Invoice (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and 'FindOne' is declared to return a non-nullable Invoice"),
            ("FindByNumberAsync", "'FindByNumber' is declared to return a non-nullable Invoice"));
    }

    [Fact]
    public void MissingKeyRead_oblivious_blob_reads_of_bytes_and_streams_are_refused()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            [InMemoryFake] public interface IDocumentStorage
            {
                Task<byte[]> DownloadAsync(string name);
                Task UploadAsync(string name, byte[] content);
                Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken);
            }
            """);
        Refused(run,
            ("DownloadAsync", "it returns byte[] from a nullable-oblivious context (#nullable disable), so whether reading a missing blob gives null"),
            ("OpenReadAsync", "it returns Stream from a nullable-oblivious context (#nullable disable)"));
    }

    // ---- A default for what was never written -----------------------------------------------------------------------------

    [Fact]
    public void DefaultForMissing_a_default_value_or_fallback_factory_beside_the_key_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Profile { public string Name { get; set; } = ""; }
            [InMemoryFake] public interface ISettingsBag
            {
                string Get(string key, string defaultValue);
                void Set(string key, string value);
            }
            [InMemoryFake] public interface IProfileCache
            {
                Task<Profile?> GetAsync(string key, Func<Profile> fallback);
                Task SetAsync(string key, Profile value);
            }
            """);
        Refused(run,
            // Since session 41 (Cause41Tests) it says it is a default, and what the signature leaves unsaid ("is nothing a key-value store knows" before).
            ("Get", "its parameter 'defaultValue' (string) after the key 'key' is a default the read answers in place of a missing value, and whether the store also keeps it under the key"),
            ("GetAsync", "its parameter 'fallback' (System.Func<V.Profile>) is named for a default to answer when the key is missing, not for a value to add"));
    }

    /// <summary>
    /// A cache that nothing writes to fills itself on a miss (osu's IWorkingBeatmapCache). The key-value planner refused its
    /// reads; a cache of byte content is a blob store, whose reads answered the not-found error until this round.
    /// </summary>
    [Fact]
    public void DefaultForMissing_reads_of_a_cache_nothing_writes_to_are_refused_for_values_and_for_bytes()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IAvatarCache
            {
                Task<byte[]> GetAvatarAsync(string userId);
                Task DeleteAsync(string userId);
            }
            [InMemoryFake] public interface IPriceCache
            {
                Task<decimal?> GetPriceAsync(string sku);
                void Remove(string sku);
            }
            """);
        Refused(run,
            ("GetAvatarAsync", "no member of IAvatarCache puts content in, so the cache fills itself on a miss (osu's IWorkingBeatmapCache.GetWorkingBeatmap creates, caches and returns the working beatmap)"),
            ("GetPriceAsync", "no member of IPriceCache puts a value in, so the cache fills itself on a miss"));
    }

    [Fact]
    public void DefaultForMissing_a_cache_of_properties_alone_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class DashboardModel { public int Users { get; set; } }
            [InMemoryFake] public interface IDashboardCache
            {
                DashboardModel Current { get; }
                bool IsLoading { get; }
            }
            """);
        Refused(run,
            ("Current", "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object"),
            ("IsLoading", "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object"));
    }

    // ---- An argument taken for the key that is not it -------------------------------------------------------------------

    [Fact]
    public void NotTheKey_a_context_object_compared_by_reference_and_an_optional_key_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class RequestContext { public string User { get; set; } = ""; }
            public class Settings { public string Theme { get; set; } = ""; }
            [InMemoryFake] public interface IDraftStore
            {
                ValueTask<string?> LoadAsync(RequestContext context);
                ValueTask SaveAsync(RequestContext context, string value);
            }
            [InMemoryFake] public interface IScopedSettings
            {
                Task<Settings?> ReadAsync(string scope = "global");
                Task WriteAsync(string scope, Settings value);
            }
            """);
        Refused(run,
            ("LoadAsync", "its key 'context' is a V.RequestContext, which compares by reference"),
            ("SaveAsync", "its key 'context' is a V.RequestContext, which compares by reference"),
            ("ReadAsync", "its key 'scope' (string) is optional, so a caller may leave it out"));
    }

    [Fact]
    public void NotTheKey_a_delegate_and_a_record_that_names_no_blob_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Report { public string Title { get; set; } = ""; }
            public sealed record BlobRef(string Container, string Name);
            [InMemoryFake] public interface IReportCache
            {
                Task<Report?> GetAsync(Func<Report, bool> match);
                Task SetAsync(string key, Report report);
            }
            [InMemoryFake] public interface IPayloadStore
            {
                Task UploadAsync(BlobRef blob, Stream content);
                Task<Stream?> OpenReadAsync(BlobRef blob);
                Task DeleteAsync(BlobRef blob);
            }
            """);
        Refused(run,
            ("GetAsync", "its parameter 'match' (System.Func<V.Report, bool>) is not the key (string)"),
            ("UploadAsync", "it must take the key (a string, Guid, integer or id type)"),
            ("OpenReadAsync", "its key 'blob' is a V.BlobRef, which names no blob"),
            ("DeleteAsync", "its key 'blob' is a V.BlobRef, which names no blob"));
    }

    // ---- The entity's key by name is not the store's identity -------------------------------------------------------------

    /// <summary>
    /// A pair whose other parameter is a plain value no property holds (a lease's epoch, an int beside string and Guid
    /// properties). Before this round only a parameter of a type some property had counted, so AddLease was generated and
    /// stored a second lease of a held (resource, epoch) under a new Id.
    /// </summary>
    [Fact]
    public void StoreIdentity_a_read_and_removal_pair_by_a_value_no_property_holds_refuses_the_writes_by_Id()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Lease { public Guid Id { get; set; } public string Resource { get; set; } = ""; public string Holder { get; set; } = ""; }
            [InMemoryFake] public interface ILeaseTable
            {
                void AddLease(Lease lease);
                Lease? GetLease(string resource, int epoch);
                void RemoveLease(string resource, int epoch);
            }
            """);
        Refused(run,
            ("AddLease", "'GetLease' and 'RemoveLease' read one Lease and remove one by (resource, epoch), so the store identifies a Lease by those, not by its Id (a key by name only, which neither takes); 'epoch' names no property of Lease"),
            ("GetLease", "parameter 'epoch' names neither the key (Id) nor a property of Lease"),
            ("RemoveLease", "parameter 'epoch' names neither the key (Id) nor a property of Lease"));
    }

    [Fact]
    public void StoreIdentity_a_record_whose_members_take_a_fencing_token_beside_the_resource_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public record Lease(Guid Id, string Resource, string Holder);
            [InMemoryFake] public interface ILeaseTable
            {
                Task<bool> TryAddLeaseAsync(Lease lease);
                Task<Lease?> FindLeaseAsync(string resource, long fencingToken);
                Task RemoveLeaseAsync(string resource, long fencingToken);
            }
            """);
        Refused(run,
            // Since h-everyday2 the Try add votes for Lease, so the store is an entity repository and the identity rule says why.
            ("TryAddLeaseAsync", "'FindLeaseAsync' and 'RemoveLeaseAsync' read one Lease and remove one by (resource, fencingToken), so the store identifies a Lease by those, not by its Id"),
            ("FindLeaseAsync", "parameter 'fencingToken' names neither the key (Id) nor a property of Lease"),
            ("RemoveLeaseAsync", "parameter 'fencingToken' names neither the key (Id) nor a property of Lease"));
    }

    // ---- A bool result meaning something else than found, added or removed ------------------------------------------------

    [Fact]
    public void BoolResult_bool_adds_of_a_range_and_of_a_generic_base_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; }
            public interface IWriteRepository<T> where T : class { ValueTask<bool> InsertAsync(T entity); }
            [InMemoryFake] public interface ICustomers : IWriteRepository<Customer>
            {
                Task<bool> AddRangeAsync(IEnumerable<Customer> customers);
                Task<bool> InsertManyAsync(IReadOnlyList<Customer> customers);
                Customer? Find(int id);
            }
            """);
        Refused(run,
            ("InsertAsync", "an add that returns bool cannot say what it does when the key is already stored"),
            ("AddRangeAsync", "it must return void, the count (int/long), the stored entities or their keys"),
            ("InsertManyAsync", "it must return void, the count (int/long), the stored entities or their keys"));
    }

    /// <summary>
    /// An upsert returning bool: "created" in a dictionary-backed store, "wrote" in EF Core's and Dapper's (true either way).
    /// Before this round the fake answered whether it created the entity, silently wrong for the stores that answer true.
    /// </summary>
    [Fact]
    public void BoolResult_upserts_returning_bool_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake] public interface ICustomers
            {
                Task<bool> UpsertAsync(Customer customer);
                bool Save(Customer customer);
                ValueTask<bool> AddOrUpdateAsync(Customer customer);
                Customer? Find(int id);
            }
            """);
        const string Cause = "an upsert that returns bool does not say what true means: that it created the Customer and false that it replaced one (a dictionary's add-or-update,"
            + " MongoDB's ReplaceOne with IsUpsert answering UpsertedId != null), that it wrote (EF Core's SaveChangesAsync() > 0, a Dapper upsert's rows affected > 0, Redis's SET:"
            + " true either way), or that something changed (false for a row stored unchanged); return void or the Customer, or write the member";
        Refused(run, ("UpsertAsync", Cause), ("Save", Cause), ("AddOrUpdateAsync", Cause));
        Assert.Contains("Store.Call(nameof(UpsertAsync), customer)", Message(run, "UpsertAsync"), StringComparison.Ordinal);
    }

    // ---- What a write does to a row that is not stored --------------------------------------------------------------------

    [Fact]
    public void MissingRowWrite_removals_by_entity_returning_nothing_and_an_update_that_is_the_only_write_are_refused()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            public class Reminder { public Guid Id { get; set; } public string Text { get; set; } }
            public interface IRepo<T> { Task AddAsync(T entity); ValueTask RemoveAsync(T entity, CancellationToken cancellationToken); }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] public interface IReminders : IRepo<Reminder> { Task<Reminder> GetAsync(Guid id); }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] public interface INotes
            {
                Task UpdateReminderAsync(Reminder reminder);
                void Remove(Reminder reminder);
                Task<Reminder> GetAsync(Guid id);
            }
            """);
        Refused(run,
            ("RemoveAsync", "a removal by entity that returns nothing cannot say what it does when the entity is not stored"),
            ("Remove", "a removal by entity that returns nothing cannot say what it does when the entity is not stored"),
            ("UpdateReminderAsync", "no member of the interface creates Reminder (no Add, Insert, Create, Save, Upsert or Store takes one)"));
    }

    // ---- Keys the store assigns on add --------------------------------------------------------------------------------------

    [Fact]
    public void AssignedKey_adds_returning_a_string_key_or_an_int_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Event { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
            public class Doc { [System.ComponentModel.DataAnnotations.Key] public string Slug { get; set; } = ""; }
            public class Line { public int Id { get; set; } public int Total { get; set; } }
            [InMemoryFake] public interface IEvents { Task<string> InsertAsync(Event e); Task<Event?> GetAsync(string id); }
            [InMemoryFake] public interface IDocs { ValueTask<string> CreateAsync(Doc doc); ValueTask<Doc?> GetAsync(string slug); }
            [InMemoryFake] public interface ILines { Task<int> CreateAsync(Line line); Task<Line?> GetAsync(int id); }
            """);
        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id));
        var messages = run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.StartsWith("'InsertAsync' of IEvents", StringComparison.Ordinal) && m.Contains("it returns the string key of the Event it adds, which says the store hands the key out", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'CreateAsync' of IDocs", StringComparison.Ordinal) && m.Contains("it would store the caller's Slug and return it", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'CreateAsync' of ILines", StringComparison.Ordinal) && m.Contains("it returns int, which is the new key in some repositories", StringComparison.Ordinal));
    }

    // ---- Keys the store validates, compares or normalises otherwise -------------------------------------------------------

    [Fact]
    public void KeyComparison_blank_string_keys_of_a_record_and_a_marked_key_are_refused_at_run_time()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public record Tag(string Id, string Label);
            public class Country { [System.ComponentModel.DataAnnotations.Key] public string Code { get; set; } = ""; public string Name { get; set; } = ""; }
            [InMemoryFake] public interface ITags { ValueTask AddAsync(Tag tag); ValueTask<Tag?> GetAsync(string id); }
            [InMemoryFake] public interface ICountries { Task UpsertAsync(Country country); Task<Country?> GetAsync(string code); }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ITags tags = new InMemoryTags();
                    Throws<ArgumentException>(() => tags.AddAsync(new Tag("  ", "blank")).AsTask().GetAwaiter().GetResult(), "tag", "a white-space Id");
                    Is(null, tags.GetAsync("  ").AsTask().GetAwaiter().GetResult(), "nothing stored under it");
                    ICountries countries = new InMemoryCountries();
                    Throws<ArgumentException>(() => countries.UpsertAsync(new Country { Code = "", Name = "x" }).GetAwaiter().GetResult(), "country", "an empty Code");
                    Is(null, countries.GetAsync("").GetAwaiter().GetResult(), "nothing stored under it");
                }
            }
            """);
    }

    [Fact]
    public void KeyComparison_a_key_value_write_that_takes_a_null_value_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IFlags
            {
                void Put(string key, string? value);
                string? Get(string key);
            }
            """);
        Refused(run, ("Put", "its value 'value' is declared nullable (string?), so null is a value it takes"));
    }

    // ---- The store stamps, numbers or rewrites what it is given ----------------------------------------------------------

    [Fact]
    public void StoreStamps_other_spellings_of_audit_stamps_are_named_by_IMF0025()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Page { public int Id { get; set; } public DateTimeOffset LastModifiedUtc { get; set; } public DateTime CreationTime { get; set; } public DateTime? ModifiedDate { get; set; } }
            [InMemoryFake] public interface IPages { void Add(Page page); void Update(Page page); Page? Get(int id); }
            """);
        Assert.Equal(new[] { "IMF0025", "IMF0025", "IMF0025" }, run.GeneratorDiagnostics.Select(static d => d.Id));
        var messages = string.Join("\n", run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Contains("IPages stores Page.LastModifiedUtc (System.DateTimeOffset), whose name says it is an audit stamp, as it is given", messages, StringComparison.Ordinal);
        Assert.Contains("IPages stores Page.CreationTime (System.DateTime), whose name says it is an audit stamp", messages, StringComparison.Ordinal);
        Assert.Contains("IPages stores Page.ModifiedDate (System.DateTime?), whose name says it is an audit stamp", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreStamps_stamps_of_a_record_in_an_oblivious_context_upserted_are_named_by_IMF0025()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            public record Article(Guid Id, string Title, DateTimeOffset CreatedAtUtc, DateTime? UpdatedOn);
            [InMemoryFake] public interface IArticles { Task SaveAsync(Article article); Task<Article> FindAsync(Guid id); }
            """);
        Assert.Equal(new[] { "IMF0025", "IMF0025" }, run.GeneratorDiagnostics.Select(static d => d.Id));
        var messages = string.Join("\n", run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Contains("IArticles stores Article.CreatedAtUtc (System.DateTimeOffset), whose name says it is an audit stamp", messages, StringComparison.Ordinal);
        Assert.Contains("IArticles stores Article.UpdatedOn (System.DateTime?), whose name says it is an audit stamp", messages, StringComparison.Ordinal);
    }

    // ---- Which row comes first, or which one of several matches -----------------------------------------------------------

    [Fact]
    public void OrderAndSeveralMatches_words_that_order_are_refused_and_a_lookup_of_several_matches_throws()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Revision { public int Id { get; set; } public int DocumentId { get; set; } public string Text { get; set; } = ""; }
            [InMemoryFake] public interface IRevisions
            {
                void Add(Revision revision);
                Task<Revision?> GetLatestRevisionAsync(int documentId);
                IReadOnlyList<Revision> GetRecentRevisions(int documentId);
                Revision? GetNewestForDocument(int documentId);
            }
            """);
        Refused(run,
            ("GetLatestRevisionAsync", "'Latest' in 'GetLatestRevision' names neither the entity (Revision), the interface nor a parameter"),
            ("GetRecentRevisions", "'Recent' in 'GetRecentRevisions' names neither the entity (Revision)"),
            ("GetNewestForDocument", "'Newest' in 'GetNewestForDocument' names neither the entity (Revision)"));

        var lookup = Run("""
            #nullable enable
            namespace V;
            public class Revision { public int Id { get; set; } public int DocumentId { get; set; } public string Text { get; set; } = ""; }
            [InMemoryFake] public interface IRevisions { void Add(Revision revision); Task<Revision?> GetByDocumentIdAsync(int documentId); }
            """);
        Assertions.Clean(lookup);
        BehaviourCheck.Run(lookup, Prelude + """
                public static void Run()
                {
                    IRevisions r = new InMemoryRevisions();
                    r.Add(new Revision { Id = 1, DocumentId = 7, Text = "v1" });
                    Is("v1", r.GetByDocumentIdAsync(7).GetAwaiter().GetResult()?.Text, "one match");
                    r.Add(new Revision { Id = 2, DocumentId = 7, Text = "v2" });
                    Throws<InvalidOperationException>(() => r.GetByDocumentIdAsync(7).GetAwaiter().GetResult(), null, "two matches: which one is the store's");
                }
            }
            """);
    }

    // ---- A write that does more than store the row (soft delete, cascade, merge) -----------------------------------------

    /// <summary>
    /// A nullable deletion time (<c>DeletedAt</c>, ABP's <c>DeletionTime</c>) is a deletion flag of its own: MyWarehouse's
    /// ApplicationDbContext turns a Remove into <c>DeletedAt = now</c>. Before this round only bool flags counted, so these
    /// deletes removed the row.
    /// </summary>
    [Fact]
    public void WriteDoesMore_deletes_of_an_entity_with_a_nullable_deletion_time_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Note { public int Id { get; set; } public string Text { get; set; } = ""; public DateTimeOffset? DeletedAt { get; set; } }
            public class Post { public int Id { get; set; } public string Text { get; set; } = ""; public DateTime? DeletionTime { get; set; } }
            [InMemoryFake] public interface INotes { void Add(Note note); Task<bool> DeleteAsync(int id); Note? Get(int id); }
            [InMemoryFake] public interface IPosts { void Add(Post post); void DeleteById(int id); Task RemoveRangeAsync(IEnumerable<Post> posts); Post? Get(int id); }
            """);
        Refused(run,
            ("DeleteAsync", "Note has the deletion time 'DeletedAt', so whether 'DeleteAsync' removes the row or only sets the flag is the store's own"),
            ("DeleteById", "Post has the deletion time 'DeletionTime', so whether 'DeleteById' removes the row"),
            ("RemoveRangeAsync", "Post has the deletion time 'DeletionTime', so whether 'RemoveRangeAsync' removes the row"));
    }

    [Fact]
    public void WriteDoesMore_a_deletion_time_that_is_not_nullable_or_SoftDelete_None_leaves_the_deletes_generated()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Note { public int Id { get; set; } public DateTime DeletedAt { get; set; } }
            public class Post { public int Id { get; set; } public DateTime? DeletedAt { get; set; } }
            [InMemoryFake] public interface INotes { void Add(Note note); Task<bool> DeleteAsync(int id); Note? Get(int id); }
            [InMemoryFake(SoftDelete = SoftDelete.None)] public interface IPosts { void Add(Post post); Task<bool> DeleteAsync(int id); Post? Get(int id); }
            """);
        Assertions.Clean(run);
    }

    [Fact]
    public void WriteDoesMore_a_write_whose_name_adds_a_word_is_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Folder { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)] public interface IFolders
            {
                void Add(Folder folder);
                Task DeleteWithChildrenAsync(Folder folder);
                Folder? Get(int id);
            }
            """);
        Refused(run, ("DeleteWithChildrenAsync", "'Children' in 'DeleteWithChildren' names neither the entity (Folder) nor the interface"));
    }

    // ---- A noun or scope that names other rows than the entity's ---------------------------------------------------------

    [Fact]
    public void OtherRows_sibling_qualifiers_and_scope_words_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class ActiveInactiveUserModel { public int Id { get; set; } public Guid SiteId { get; set; } public string Name { get; set; } = ""; }
            public class Lunch { public int Id { get; set; } public int CustomerId { get; set; } public string Place { get; set; } = ""; }
            [InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)] public interface IUserCache
            {
                void Add(ActiveInactiveUserModel user);
                Task<List<ActiveInactiveUserModel>> GetActiveUsersAsync(Guid siteId);
                Task<List<ActiveInactiveUserModel>> GetInactiveUsersAsync(Guid siteId);
            }
            [InMemoryFake] public interface ILunches
            {
                Task AddAsync(Lunch lunch);
                Task<IReadOnlyList<Lunch>> GetMyLunchesAsync();
                Task<IReadOnlyList<Lunch>> GetPendingLunchesAsync(int customerId);
            }
            """);
        Refused(run,
            ("GetActiveUsersAsync", "'Active' in 'GetActiveUsers' is a word of ActiveInactiveUserModel's name that 'GetInactiveUsersAsync' replaces with 'Inactive'"),
            ("GetInactiveUsersAsync", "'Inactive' in 'GetInactiveUsers' is a word of ActiveInactiveUserModel's name that 'GetActiveUsersAsync' replaces with 'Active'"),
            ("GetMyLunchesAsync", "'GetMyLunches' is not a known verb"),
            ("GetPendingLunchesAsync", "'Pending' in 'GetPendingLunches' names neither the entity (Lunch), the interface nor a parameter"));
    }

    // ---- Writes that wait for a unit of work -------------------------------------------------------------------------------

    [Fact]
    public void UnitOfWork_writes_beside_a_unit_of_work_the_fake_cannot_implement_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Partner { public int Id { get; set; } public string Name { get; set; } = ""; }
            public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); Task BeginTransactionAsync(); }
            [InMemoryFake] public interface IPartners
            {
                IUnitOfWork UnitOfWork { get; }
                Task AddAsync(Partner partner);
                Task<Partner?> GetByIdAsync(int id);
            }
            """);
        Refused(run,
            ("UnitOfWork", "it returns IUnitOfWork"),
            ("AddAsync", "its writes wait for UnitOfWork.SaveChangesAsync (a unit of work), which the fake cannot implement"));
    }

    // ---- A property read as a concurrency token ----------------------------------------------------------------------------

    [Fact]
    public void ConcurrencyToken_a_string_Version_and_an_int_Revision_are_written_as_given()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Package { public int Id { get; set; } public string Version { get; set; } = ""; public int Revision { get; set; } }
            [InMemoryFake] public interface IPackages { void Add(Package package); void Update(Package package); Package? Get(int id); }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IPackages packages = new InMemoryPackages();
                    var package = new Package { Id = 1, Version = "2.0", Revision = 3 };
                    packages.Add(package);
                    Is("2.0", package.Version, "Add leaves the Version as given");
                    packages.Update(new Package { Id = 1, Version = "9.1", Revision = 40 });
                    Is("9.1", packages.Get(1)?.Version, "an update with another Version is no conflict: it is written");
                    Is(40, packages.Get(1)?.Revision, "the Revision is written as given");
                }
            }
            """);
    }

    // ---- What a read of one type answers for a value written as another --------------------------------------------------

    [Fact]
    public void Conversion_typed_reads_beside_writes_of_any_type_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IStateBag { Task SetAsync(string key, object value); Task<string?> GetStringAsync(string key); }
            [InMemoryFake] public interface IStateBag2 { void Put<T>(string key, T value); int? GetInt(string key); }
            """);
        Refused(run,
            ("GetStringAsync", "it reads string values, but 'SetAsync' writes values of any type (object value)"),
            ("GetInt", "it reads int values, but 'Put' writes values of any type (T value)"));
    }

    // ---- A collection of keys read as one, or one key read as many ---------------------------------------------------------

    [Fact]
    public void KeyCollections_params_arrays_of_keys_are_refused_and_a_byte_array_is_one_key()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Tag { public Guid Id { get; set; } public string Label { get; set; } = ""; }
            [InMemoryFake] public interface ITags
            {
                void Add(Tag tag);
                IReadOnlyList<Tag> GetAll(params Guid[] ids);
                Task<IReadOnlyList<Tag>> ListAsync(params Guid[] ids);
            }
            """);
        Refused(run,
            ("GetAll", "parameter 'ids' is a params array of keys, and whether none given means every Tag"),
            ("ListAsync", "parameter 'ids' is a params array of keys"));

        var bytes = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IRawStore
            {
                void Put(byte[] key, byte[] value);
                byte[]? TryGet(byte[] key);
                void Delete(byte[] key);
            }
            """);
        Assertions.Clean(bytes);
        BehaviourCheck.Run(bytes, Prelude + """
                public static void Run()
                {
                    IRawStore store = new InMemoryRawStore();
                    store.Put(new byte[] { 1 }, new byte[] { 10 });
                    store.Put(new byte[] { 1, 2 }, new byte[] { 12 });
                    store.Delete(new byte[] { 1, 2 });
                    Is(null, store.TryGet(new byte[] { 1, 2 }), "the entry of those bytes is removed");
                    Is((byte)10, store.TryGet(new byte[] { 1 })?[0], "the one-byte key stays");
                }
            }
            """);
    }

    // ---- A write onto a name that is already stored ------------------------------------------------------------------------

    [Fact]
    public void ExistingName_copy_move_and_rename_without_an_overwrite_parameter_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            [InMemoryFake] public interface IMediaStore
            {
                Task UploadAsync(string path, Stream content);
                Task<Stream?> OpenReadAsync(string path);
                Task CopyAsync(string sourcePath, string targetPath);
                Task RenameAsync(string path, string newName);
                Task<bool> MoveAsync(string from, string to);
            }
            """);
        Refused(run,
            ("CopyAsync", "without a 'bool overwrite' parameter, what it does to a destination that exists is not said"),
            ("MoveAsync", "without a 'bool overwrite' parameter, what it does to a destination that exists is not said"),
            ("RenameAsync", "its destination 'newName' is a name, not a key"));
    }

    // ---- An expiry the store applies that no parameter passes --------------------------------------------------------------

    /// <summary>
    /// The end of a validity window is an expiry the value carries (WCF's tokens' ValidTo, a grant's ValidUntil). Before this
    /// round only Expiration/Expires/Expiry spellings counted, so a read of a grant past its ValidUntil answered it.
    /// </summary>
    [Fact]
    public void OwnExpiry_reads_of_values_valid_until_or_expiring_at_a_date_they_carry_are_refused()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Grant { public string Value { get; set; } = ""; public DateTimeOffset ValidUntil { get; set; } }
            public class Ticket { public string Value { get; set; } = ""; public DateTime ExpirationDate { get; set; } }
            public class Token { public string Value { get; set; } = ""; public DateTime? ValidTo { get; set; } }
            [InMemoryFake] public interface IGrantCache { void Set(string key, Grant grant); Grant? Get(string key); }
            [InMemoryFake] public interface ITicketCache { void Set(string key, Ticket ticket); Ticket? Get(string key); }
            [InMemoryFake] public interface ITokenCache { Task SetAsync(string key, Token token); Task<Token?> TryGetAsync(string key); }
            """);
        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id));
        var messages = run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.StartsWith("'Get' of IGrantCache", StringComparison.Ordinal) && m.Contains("its values carry their own expiry (Grant.ValidUntil)", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'Get' of ITicketCache", StringComparison.Ordinal) && m.Contains("its values carry their own expiry (Ticket.ExpirationDate)", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.StartsWith("'TryGetAsync' of ITokenCache", StringComparison.Ordinal) && m.Contains("its values carry their own expiry (Token.ValidTo)", StringComparison.Ordinal));
    }

    // ---- A blank text where a condition is optional: no condition, or a condition on "" (h-wrongclass6) ------------------

    /// <summary>
    /// The class of IdentityServer's filter objects (CorpusMemberReviewTests): an optional text equality given "" or white
    /// space. A repository's <c>GetProductsAsync(string? category = null)</c> reads null as no condition; whether "" is no
    /// condition too (<c>if (!string.IsNullOrEmpty(category))</c>) or a condition (<c>if (category is not null)</c>) is its own
    /// code, so the fake refuses it at run time, naming the parameter, where it compared it (a list of nothing). A non-text
    /// optional filter and a required text equality are unchanged.
    /// </summary>
    [Fact]
    public void BlankText_an_optional_text_filter_given_empty_or_white_space_throws_naming_it()
    {
        var run = Run("""
            #nullable enable
            namespace V;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public string Category { get; set; } = ""; public decimal Price { get; set; } }
            [InMemoryFake]
            public interface IProductRepository
            {
                Task AddAsync(Product product);
                Task<Product?> GetByIdAsync(int id);
                Task<List<Product>> GetProductsAsync(string? category = null, decimal? minPrice = null);
                Task<int> CountByNameAsync(string name);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductRepository products = new InMemoryProductRepository();
                    products.AddAsync(new Product { Name = "Dune", Category = "books", Price = 10m }).GetAwaiter().GetResult();
                    products.AddAsync(new Product { Name = "Lamp", Category = "home", Price = 30m }).GetAwaiter().GetResult();
                    products.AddAsync(new Product { Name = "", Category = "home", Price = 5m }).GetAwaiter().GetResult();
                    Is(3, products.GetProductsAsync().GetAwaiter().GetResult().Count, "null: no condition");
                    Is(1, products.GetProductsAsync("books").GetAwaiter().GetResult().Count, "a category: an equality");
                    Is(1, products.GetProductsAsync(null, 20m).GetAwaiter().GetResult().Count, "a bound alone");
                    Throws<ArgumentException>(() => products.GetProductsAsync("").GetAwaiter().GetResult(), "category", "an empty category");
                    Throws<ArgumentException>(() => products.GetProductsAsync("  ", 1m).GetAwaiter().GetResult(), "category", "a white-space category");
                    Is(1, products.CountByNameAsync("").GetAwaiter().GetResult(), "a required text equality still compares the empty text");
                }
            }
            """);
    }
}
