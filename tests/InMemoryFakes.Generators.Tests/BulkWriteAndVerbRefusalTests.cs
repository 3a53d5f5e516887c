using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Entity-repository verbs real code uses (issue 10, h-conv1): the bulk writes of the bulk-copy libraries (generated where
/// the fake's range writes mean what the bulk statement does, refused where the join on the key leaves something out),
/// <c>Purge(bool vacuum = false)</c>, and the precise refusals of <c>Search</c>, a parameterless <c>Get()</c>/<c>New()</c> of
/// one entity, a bare <c>Purge()</c> and paging parameters the conventions do not read. Behaviour through the generated
/// fakes: the integration tests' <c>BulkWriteAndPurgeTests</c>.
/// </summary>
public class BulkWriteAndVerbRefusalTests
{
    private const string Entities = Sources.Usings + """
        using System.Linq.Expressions;

        namespace Bulk;

        public class Note
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
        }

        public class Versioned
        {
            public int Id { get; set; }
            public int Version { get; set; }
        }

        public class Stamped
        {
            public int Id { get; set; }
            public DateTime CreatedAt { get; set; }
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private static void CompilesClean(GeneratorRun run)
        => Assert.Empty(run.CompilationDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));

    [Fact]
    public void Bulk_writes_of_one_collection_of_the_entity_are_generated()
    {
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                Note? Get(Guid id);
                Task BulkInsertAsync(IReadOnlyCollection<Note> entities, CancellationToken cancellationToken = default);
                Task<int> BulkUpdateAsync(IEnumerable<Note> entities, CancellationToken cancellationToken = default);
                void BulkDelete(List<Note> entities);
                long BulkMerge(Note[] entities);
                void BulkInsertOrUpdateNotes(IEnumerable<Note> notes);
                void Purge(bool vacuum = false);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info));
        CompilesClean(run);
    }

    [Fact]
    public void A_bulk_update_delete_or_merge_of_an_entity_with_a_concurrency_token_is_refused_and_its_bulk_insert_generated()
    {
        // The join is on the key alone: SimpleBulks' UPDATE a … JOIN #temp b ON a.Id = b.Id neither compares nor bumps a token.
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface IVersions
            {
                Versioned? Get(int id);
                Task BulkInsertAsync(IReadOnlyCollection<Versioned> entities);
                Task BulkUpdateAsync(IReadOnlyCollection<Versioned> entities);
                Task BulkDeleteAsync(IReadOnlyCollection<Versioned> entities);
                Task BulkMergeAsync(IReadOnlyCollection<Versioned> entities);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'BulkUpdateAsync' of IVersions matches no entity repository convention: a bulk update matches rows by key alone (an UPDATE, DELETE or MERGE joined on the key), so it neither compares nor bumps the concurrency token Version of Versioned, while the fake's writes do; write the member. Implement it", Message(run, "BulkUpdateAsync"), StringComparison.Ordinal);
        Assert.Contains("a bulk delete matches rows by key alone", Message(run, "BulkDeleteAsync"), StringComparison.Ordinal);
        Assert.Contains("a bulk merge matches rows by key alone", Message(run, "BulkMergeAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulk_write_with_a_column_selector_an_unknown_bulk_verb_and_a_bare_Purge_are_refused_with_their_reasons()
    {
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                Note? Get(Guid id);
                Task BulkUpdateAsync(IReadOnlyCollection<Note> entities, Expression<Func<Note, object>> columnNamesSelector);
                void BulkSynchronize(IEnumerable<Note> entities);
                void Purge();
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'BulkUpdateAsync' of INotes matches no entity repository convention: it takes 'columnNamesSelector' beside the Note entities: a bulk update's column selector, key selector or options say which columns are written or how rows are matched (SimpleBulks' BulkMerge(entities, idSelector, …)), which the fake, writing whole entities matched by their key, cannot follow; write the member. Implement it", Message(run, "BulkUpdateAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'BulkSynchronize' of INotes matches no entity repository convention: 'BulkSynchronize' is a bulk operation the generator does not know: it knows BulkInsert, BulkUpdate, BulkDelete and BulkMerge (also BulkInsertOrUpdate, BulkUpsert) of one collection of Note; a BulkSynchronize or BulkInsertOrUpdateOrDelete also deletes the rows not given, and a BulkRead matches by columns its options name, which no signature shows. Implement it", Message(run, "BulkSynchronize"), StringComparison.Ordinal);
        Assert.StartsWith("'Purge' of INotes matches no entity repository convention: 'Purge' takes no parameters, and a purge may remove every Note (Sonarr's BasicRepository.Purge(bool vacuum = false) deletes every row) or only the expired or soft-deleted ones, which the name does not say; name it Clear or DeleteAll when it removes every row, or write the member. Implement it", Message(run, "Purge"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulk_write_beside_a_unit_of_work_whose_writes_wait_for_the_save_is_refused()
    {
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Note? Get(Guid id);
                Task BulkInsertAsync(IEnumerable<Note> entities);
                int SaveChanges();
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'BulkInsertAsync' of INotes matches no entity repository convention: a bulk write goes to the database at once, around the change tracker of the repository's unit of work (whose writes wait for SaveChanges, docs/runtime.md#unit-of-work): it is not deferred, and an entity tracked before it is saved over it later, which the fake's tracked copies cannot follow; write the member. Implement it", Message(run, "BulkInsertAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulk_write_of_a_store_with_stated_audit_stamps_is_refused()
    {
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake(CreatedStamp = "CreatedAt")]
            public interface IStamps
            {
                void Add(Stamped entity);
                Stamped? Get(int id);
                void BulkInsert(IEnumerable<Stamped> entities);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'BulkInsert' of IStamps matches no entity repository convention: the audit stamps stated on [InMemoryFake] (CreatedStamp, UpdatedStamp) are the store's own writes' or its SaveChanges interceptor's, which a bulk insert goes around (SimpleBulks and EFCore.BulkExtensions write the values given); write the member. Implement it", Message(run, "BulkInsert"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_a_parameterless_Get_or_New_of_one_entity_and_lone_paging_parameters_are_refused_with_their_reasons()
    {
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Note? GetById(Guid id);
                Task<List<Note>> SearchAsync(string query);
                Task<Note?> GetAsync(CancellationToken cancellationToken = default);
                Task<Note> NewAsync(CancellationToken cancellationToken = default);
                IEnumerable<Note> Find(int take = 10, int skip = 0, string filter = "", string order = "");
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'SearchAsync' of INotes matches no entity repository convention: 'Search' searches, and how a search matches (full text or a prefix, over which properties, ranked, or by a criteria object's own rules) is the store's own; name its conditions (SearchByTitleContaining, FindByTitleStartingWith), pass a filter whose properties name Note's, or write the member. Implement it", Message(run, "SearchAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'GetAsync' of INotes matches no entity repository convention: 'Get' takes nothing and returns one Note, and which one (the first in some order, the only one, a default one) is the store's own; name it Single/SingleOrDefault (the only one), add a bool flag word (GetDefault for IsDefault), or write the member. Implement it", Message(run, "GetAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'NewAsync' of INotes matches no entity repository convention: 'New' takes nothing and returns one Note, and whether the new entity is stored (an insert with a generated key) or only made (Sitko.Core's NewAsync: Activator.CreateInstance, not stored) is the store's own; write the member. Implement it", Message(run, "NewAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'Find' of INotes matches no entity repository convention: parameter 'take' reads as paging (how many Note rows to skip or return), which the conventions read only as a pair after a list's conditions ((skip, take), (pageIndex, pageSize), (page, pageSize)) and not alone, beside parameters they do not read, or as a cursor (GraphQL's first/after): which rows come first, and in which order, is then the store's own; write the member. Implement it", Message(run, "Find"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_that_is_given_nothing_and_returns_a_new_entity_is_refused_as_the_store_making_the_entity()
    {
        // CacheCow's ICarRepository.CreateNewCar(): InMemoryCarRepository gives the car the next id, a random number plate
        // and a random year, and stores it; h-sample33's round found the refusal saying "not a known verb".
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Note? GetById(Guid id);
                Note CreateNewNote();
                Task<Note> CreateNewAsync(CancellationToken cancellationToken = default);
                Note AddNew();
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        const string Cause = " takes nothing and returns one new Note, so the store makes the whole entity itself: what it holds (CacheCow's InMemoryCarRepository.CreateNewCar gives a car the next id, a random number plate and a random year) and whether it is stored (an insert with a generated key) or only made (Sitko.Core's NewAsync) are the store's own; write the member. Implement it";
        Assert.StartsWith("'CreateNewNote' of INotes matches no entity repository convention: 'CreateNewNote'" + Cause, Message(run, "CreateNewNote"), StringComparison.Ordinal);
        Assert.StartsWith("'CreateNewAsync' of INotes matches no entity repository convention: 'CreateNew'" + Cause, Message(run, "CreateNewAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'AddNew' of INotes matches no entity repository convention: 'AddNew'" + Cause, Message(run, "AddNew"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_given_the_key_alone_is_refused_as_the_store_choosing_what_it_changes()
    {
        // CacheCow's ICarRepository.UpdateCar(int id): InMemoryCarRepository sets the car's LastModified to now.
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface IStamps
            {
                void Add(Stamped stamped);
                Stamped? GetById(int id);
                bool UpdateStamped(int id);
                Task UpdateAsync(int id, CancellationToken cancellationToken = default);
                bool Update(Stamped stamped);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'UpdateStamped' of IStamps matches no entity repository convention: 'UpdateStamped' is given the key alone and no value to write, so what it changes in the Stamped it finds (CacheCow's InMemoryCarRepository.UpdateCar sets the car's LastModified to now; another store may bump a counter or a version) is the store's own; pass the Stamped (UpdateStamped(Stamped entity)), or the key and the value of the one property it sets (Set{Property}(key, value)), or write the member. Implement it", Message(run, "UpdateStamped"), StringComparison.Ordinal);
        Assert.StartsWith("'UpdateAsync' of IStamps matches no entity repository convention: 'Update' is given the key alone", Message(run, "UpdateAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_text_parameter_that_names_no_property_is_refused_as_search_text()
    {
        // Contoso Orders' CustomerRepository.GetAsync(string search): StartsWith against several properties.
        var run = GeneratorHarness.Run(Entities + """
            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Note? GetById(Guid id);
                Task<IEnumerable<Note>> GetAsync(string search);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetAsync' of INotes matches no entity repository convention: parameter 'search' is search text, and which properties of Note it matches, and how (equal, starts with, contains, any word), is the store's own; name the property and the operator (FindByNameStartingWith(name)), or write the member. Implement it", Message(run, "GetAsync"), StringComparison.Ordinal);
    }
}
