using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InMemoryFakes.Verification.Tests.Transactions;

/// <summary>
/// <c>BeginTransaction</c> on a repository fake, run as the same script against the generated fake and against EF Core on
/// SQLite (the store SimplCommerce's repository wraps): what commit keeps, what rollback and disposal restore, the errors.
/// </summary>
public sealed class TransactionTests
{
    public static TheoryData<string> Stores => new() { "fake", "sqlite" };

    private static IBrandCatalog Create(string store) => store == "fake" ? new InMemoryBrandCatalog(new ManualClock()) : new EfBrandCatalog();

    private static string[] Names(IBrandCatalog catalog) => catalog.Query().AsEnumerable().Select(static b => b.Name).OrderBy(static n => n, StringComparer.Ordinal).ToArray();

    /// <summary>What the store holds, read by another unit of work (another fake on the backend, another DbContext).</summary>
    private static string[] Stored(IBrandCatalog catalog) => catalog switch
    {
        EfBrandCatalog ef => ef.StoredNames(),
        _ => Names(new InMemoryBrandCatalog(new InMemoryFakeOptions { Backend = Fakes.Of(catalog).Core.Backend })),
    };

    private static IBrandCatalog Seeded(string store, params string[] names)
    {
        var catalog = Create(store);
        foreach (var name in names)
        {
            catalog.Add(new TxBrand { Name = name });
        }

        catalog.SaveChanges();
        return catalog;
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Writes_saved_inside_a_transaction_are_seen_at_once_and_Commit_keeps_them(string store)
    {
        var catalog = Seeded(store, "apple");
        using (var transaction = catalog.BeginTransaction())
        {
            catalog.Add(new TxBrand { Name = "nokia" });
            catalog.SaveChanges();
            Assert.Equal(["apple", "nokia"], Names(catalog));
            transaction.Commit();
        }

        Assert.Equal(["apple", "nokia"], Names(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Rollback_restores_the_saved_state_at_begin_adds_changes_and_removes(string store)
    {
        var catalog = Seeded(store, "apple", "nokia");
        var transaction = catalog.BeginTransaction();
        catalog.Add(new TxBrand { Name = "samsung" });
        var apple = catalog.Query().Single(b => b.Name == "apple");
        apple.Name = "apple2";
        catalog.Remove(catalog.Query().Single(b => b.Name == "nokia"));
        catalog.SaveChanges();
        Assert.Equal(["apple2", "samsung"], Names(catalog));

        transaction.Rollback();

        Assert.Equal(["apple", "nokia"], Stored(catalog));

        // The tracked instance keeps the value it was saved with: EF Core does not reload it, and a query returns it.
        Assert.Equal("apple2", apple.Name);
        Assert.Equal(["apple2", "nokia"], Names(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Disposing_a_transaction_without_Commit_rolls_it_back(string store)
    {
        var catalog = Seeded(store, "apple");
        using (catalog.BeginTransaction())
        {
            catalog.Add(new TxBrand { Name = "nokia" });
            catalog.SaveChanges();
        }

        Assert.Equal(["apple"], Stored(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Async_begin_commit_rollback_and_dispose_behave_as_the_synchronous_ones(string store)
    {
        var token = TestContext.Current.CancellationToken;
        var catalog = Seeded(store, "apple");

        await using (var kept = await catalog.BeginTransactionAsync(token))
        {
            catalog.Add(new TxBrand { Name = "nokia" });
            await catalog.SaveChangesAsync(token);
            await kept.CommitAsync(token);
        }

        var undone = await catalog.BeginTransactionAsync(token);
        catalog.Remove(catalog.Query().Single(b => b.Name == "apple"));
        await catalog.SaveChangesAsync(token);
        Assert.Equal(["nokia"], Stored(catalog));
        await undone.RollbackAsync(token);
        await undone.DisposeAsync();
        Assert.Equal(["apple", "nokia"], Stored(catalog));

        await using (await catalog.BeginTransactionAsync(token))
        {
            catalog.Remove(catalog.Query().Single(b => b.Name == "nokia"));
            await catalog.SaveChangesAsync(token);
        }

        Assert.Equal(["apple", "nokia"], Stored(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_second_BeginTransaction_while_one_is_open_throws_and_one_can_begin_after_the_first_ends(string store)
    {
        var catalog = Seeded(store);
        var first = catalog.BeginTransaction();

        var error = Assert.Throws<InvalidOperationException>(() => catalog.BeginTransaction());
        Assert.Equal("The connection is already in a transaction and cannot participate in another transaction.", error.Message);

        first.Commit();
        using var second = catalog.BeginTransaction();
        Assert.NotEqual(first.TransactionId, second.TransactionId);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_completed_transaction_refuses_Commit_and_Rollback_and_ignores_Dispose(string store)
    {
        var catalog = Seeded(store);
        var committed = catalog.BeginTransaction();
        committed.Commit();
        Assert.Throws<InvalidOperationException>(() => committed.Commit());
        Assert.Throws<InvalidOperationException>(() => committed.Rollback());
        committed.Dispose();
        committed.Dispose();

        var rolledBack = catalog.BeginTransaction();
        rolledBack.Rollback();
        Assert.Throws<InvalidOperationException>(() => rolledBack.Rollback());
        Assert.Throws<InvalidOperationException>(() => rolledBack.Commit());

        var disposed = catalog.BeginTransaction();
        disposed.Dispose();
        Assert.Throws<InvalidOperationException>(() => disposed.Commit());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Changes_tracked_but_not_saved_survive_a_rollback_and_are_written_by_the_next_save(string store)
    {
        var catalog = Seeded(store, "apple");
        var apple = catalog.Query().Single();
        apple.Name = "pear";

        using (var transaction = catalog.BeginTransaction())
        {
            transaction.Rollback();
        }

        Assert.Equal(["apple"], Stored(catalog));
        Assert.Equal("pear", catalog.Query().AsEnumerable().Single().Name);
        catalog.SaveChanges();
        Assert.Equal(["pear"], Stored(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void An_entity_added_in_a_rolled_back_transaction_stays_tracked_and_saving_a_change_to_it_is_a_concurrency_error(string store)
    {
        var catalog = Seeded(store, "apple");
        var nokia = new TxBrand { Name = "nokia" };
        var transaction = catalog.BeginTransaction();
        catalog.Add(nokia);
        catalog.SaveChanges();
        var id = nokia.Id;
        transaction.Rollback();

        Assert.Equal(["apple"], Names(catalog));
        Assert.Equal(id, nokia.Id);
        nokia.Name = "nokia2";
        Assert.Throws<DbUpdateConcurrencyException>(() => catalog.SaveChanges());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_key_given_back_by_a_rollback_is_generated_again_and_clashes_with_the_entity_still_tracked(string store)
    {
        var catalog = Seeded(store, "apple");
        var nokia = new TxBrand { Name = "nokia" };
        using (catalog.BeginTransaction())
        {
            catalog.Add(nokia);
            catalog.SaveChanges();
        }

        // SQLite gives the largest rowid plus one, so the rolled-back key 2 comes again; the fake restored its sequence.
        catalog.Add(new TxBrand { Name = "sony" });
        var error = Assert.ThrowsAny<Exception>(() => catalog.SaveChanges());
        Assert.Contains("is already being tracked", (error as DbUpdateException)?.InnerException?.Message ?? error.Message, StringComparison.Ordinal);
        Assert.Equal(2, nokia.Id);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Rolling_back_to_a_savepoint_undoes_what_followed_it_and_keeps_the_savepoint(string store)
    {
        var catalog = Seeded(store, "apple");
        using var transaction = catalog.BeginTransaction();
        Assert.True(transaction.SupportsSavepoints);
        catalog.Add(new TxBrand { Name = "nokia" });
        catalog.SaveChanges();
        transaction.CreateSavepoint("s1");
        catalog.Add(new TxBrand { Name = "samsung" });
        catalog.SaveChanges();

        transaction.RollbackToSavepoint("s1");
        Assert.Equal(2, catalog.Query().Count());
        transaction.RollbackToSavepoint("s1");
        transaction.ReleaseSavepoint("s1");
        Assert.ThrowsAny<Exception>(() => transaction.RollbackToSavepoint("s1"));

        transaction.Commit();
        Assert.Equal(2, catalog.Query().Count());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Savepoint_names_ignore_case_the_newest_of_a_name_counts_and_a_release_forgets_the_later_ones(string store)
    {
        var catalog = Seeded(store, "a");
        using var transaction = catalog.BeginTransaction();
        transaction.CreateSavepoint("p");
        catalog.Add(new TxBrand { Name = "b" });
        catalog.SaveChanges();
        transaction.CreateSavepoint("p");
        catalog.Add(new TxBrand { Name = "c" });
        catalog.SaveChanges();
        transaction.CreateSavepoint("q");

        transaction.RollbackToSavepoint("P");
        Assert.Equal(["a", "b"], Stored(catalog));
        Assert.ThrowsAny<Exception>(() => transaction.RollbackToSavepoint("q"));

        transaction.ReleaseSavepoint("p");
        transaction.RollbackToSavepoint("p");
        Assert.Equal(["a"], Stored(catalog));
        transaction.Commit();
        Assert.Equal(["a"], Stored(catalog));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void GetDbTransaction_reaches_the_ADO_NET_transaction_underneath(string store)
    {
        var catalog = Seeded(store, "a");
        using var transaction = catalog.BeginTransaction();
        catalog.Add(new TxBrand { Name = "b" });
        catalog.SaveChanges();

        var ado = transaction.GetDbTransaction();
        ado.Rollback();

        Assert.Equal(["a"], Stored(catalog));
        Assert.Throws<InvalidOperationException>(() => ado.Commit());
    }

    // ---- The fake only: its own messages, and what it cannot isolate ----

    [Fact]
    public void The_fakes_errors_name_what_is_wrong()
    {
        var catalog = new InMemoryBrandCatalog(new ManualClock());
        var transaction = catalog.BeginTransaction();
        Assert.Equal("No such savepoint: 's9'.", Assert.Throws<InvalidOperationException>(() => transaction.RollbackToSavepoint("s9")).Message);
        Assert.Equal("savepointName", Assert.Throws<ArgumentNullException>(() => transaction.CreateSavepoint(null!)).ParamName);
        transaction.Commit();
        Assert.Equal("This transaction has completed; it is no longer usable.", Assert.Throws<InvalidOperationException>(() => transaction.Commit()).Message);
        Assert.Equal("This transaction has completed; it is no longer usable.", Assert.Throws<InvalidOperationException>(() => transaction.CreateSavepoint("s1")).Message);
    }

    [Fact]
    public void Rollback_restores_the_whole_store_including_what_another_fake_on_the_backend_saved_meanwhile()
    {
        // Documented limitation: a database would isolate the other writer; the fake's rollback puts back the tables it shares.
        var backend = new InMemoryBackend(new ManualClock());
        var mine = new InMemoryBrandCatalog(backend);
        var theirs = new InMemoryBrandCatalog(backend);
        var transaction = mine.BeginTransaction();
        theirs.Add(new TxBrand { Name = "theirs" });
        theirs.SaveChanges();
        transaction.Rollback();

        Assert.Equal(0, theirs.Query().Count());
    }

    [Fact]
    public void Reset_abandons_an_open_transaction()
    {
        var catalog = new InMemoryBrandCatalog(new ManualClock());
        var transaction = catalog.BeginTransaction();
        Fakes.Of(catalog).Reset();

        Assert.Throws<InvalidOperationException>(() => transaction.Rollback());
        using var next = catalog.BeginTransaction();
    }

    [Fact]
    public async Task An_ADO_NET_transaction_commits_rolls_back_and_rolls_back_when_disposed()
    {
        var ledger = new InMemoryLedger(new ManualClock());
        ledger.Add(new LedgerEntry { Amount = 10m });

        using (var kept = ledger.BeginTransaction())
        {
            ledger.Add(new LedgerEntry { Amount = 20m });
            Assert.Equal(2, ledger.Count());
            kept.Commit();
        }

        var undone = await ledger.StartTransactionAsync(TestContext.Current.CancellationToken);
        Assert.True(ledger.Delete(1));
        await undone.RollbackAsync(TestContext.Current.CancellationToken);
        Assert.Equal(10m, ledger.Find(1)!.Amount);

        using (ledger.BeginTransaction())
        {
            ledger.Add(new LedgerEntry { Amount = 30m });
        }

        Assert.Equal(2, ledger.Count());
        Assert.Null(ledger.Find(3));
    }

    [Fact]
    public void An_ADO_NET_transaction_says_it_isolates_nothing_and_has_no_connection()
    {
        var ledger = new InMemoryLedger(new ManualClock());
        using var transaction = ledger.BeginTransaction();

        Assert.Equal(IsolationLevel.ReadUncommitted, transaction.IsolationLevel);
        Assert.Contains("no database connection", Assert.Throws<NotSupportedException>(() => transaction.Connection).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_member_gives_a_home_grown_transaction_its_meaning_on_the_runtimes_transaction()
    {
        var notes = new InMemoryNotes(new ManualClock());
        using (var completed = notes.BeginTransaction())
        {
            notes.Add(new Note { Text = "kept" });
            completed.Complete();
        }

        using (notes.BeginTransaction())
        {
            notes.Add(new Note { Text = "dropped" });
        }

        Assert.Equal("kept", notes.Find(1)!.Text);
        Assert.Null(notes.Find(2));
    }
}
