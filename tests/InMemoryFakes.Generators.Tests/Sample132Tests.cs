using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample132 (session 40), finance codebases (banking, ledgers, wallets, invoices, budgets, expenses, portfolios). The
/// sampling rule's ten queries gave no pick (every named C# result with three members or more was a corpus source or in a
/// repository without a licence), so the round probed the interfaces the rule skipped for their licence only, outside the
/// corpus. One of them, a shop's generic repository, declares <c>void SoftDelete(TModel model)</c> beside
/// <c>GetAllAsync()</c>, <c>GetByIdAsync(id)</c>, <c>GetCountAsync()</c>, <c>FindOneAsync(predicate)</c> and
/// <c>GetAllQueryable()</c>, each of which filters <c>!IsDeleted</c> in its real body; the fake generated them over every
/// row, so once the soft delete was written by hand they answered the rows it had marked, silently (as Admin.Core's reads
/// did beside its <c>SoftDeleteAsync</c>, whose FreeSql filter hides them). A <c>SoftDelete…</c> member proves the store
/// keeps the rows it marks, not whether a read leaves them out, so such reads are refused until <c>SoftDelete = None</c>
/// states reads that filter nothing.
/// </summary>
public class Sample132Tests
{
    private const string Vouchers = Sources.Usings + """
        #nullable enable
        namespace V;

        public abstract class LedgerEntity
        {
            public int Id { get; set; }
            public bool IsDeleted { get; set; }
        }

        public sealed class Voucher : LedgerEntity
        {
            public string Code { get; set; } = "";
            public decimal Amount { get; set; }
        }

        public interface IGenericRepository<T> where T : LedgerEntity
        {
            Task AddAsync(T entity);
            void Update(T entity);
            void HardDelete(T entity);
            void SoftDelete(T entity);
            Task<IEnumerable<T>> GetAllAsync();
            Task<T?> GetByIdAsync(int id);
            Task<int> GetCountAsync();
            Task SaveChangesAsync();
        }

        [InMemoryFake]
        public interface IVoucherRepository : IGenericRepository<Voucher>
        {
        }
        """;

    private const string SoftDeleteByEntityCause = "'SoftDelete' sets a flag and is given the Voucher itself, not its key: whether it sets the flag on the stored row of that key or writes the Voucher given with the flag changed "
        + "(its other changed values too: an EF Core repository that sets the flag on a tracked entity saves every change), and what it does for a row that is not stored, are the store's own; "
        + "take the key (SoftDelete(id) sets the flag on the row the key finds), or write the member";

    private static string ReadCause(string member)
        => "the interface's 'SoftDelete' keeps the Voucher rows it deletes and marks them (the deletion flag 'IsDeleted'), so whether '" + member
            + "', which names no deleted state, leaves the marked rows out is the store's own: a global query filter hides them from every read (Admin.Core's FreeSql filter, EF Core's HasQueryFilter),"
            + " a repository may filter them in each read (Where(e => !e.IsDeleted)) or still answer them (MrCMS's Get). State SoftDelete = InMemoryFakes.SoftDelete.None on [InMemoryFake] when the reads show marked rows,"
            + " or write the member with the store's filter";

    [Fact]
    public void Reads_beside_a_soft_delete_of_an_entity_with_a_deletion_flag_are_refused_and_the_writes_stay_generated()
    {
        var run = GeneratorHarness.Run(Vouchers);

        Refusals.Exactly(run,
            ("SoftDelete", SoftDeleteByEntityCause),
            ("GetAllAsync", ReadCause("GetAllAsync")),
            ("GetByIdAsync", ReadCause("GetByIdAsync")),
            ("GetCountAsync", ReadCause("GetCountAsync")));
    }

    [Fact]
    public void SoftDelete_None_states_reads_that_show_the_marked_rows()
    {
        var run = GeneratorHarness.Run(Vouchers.Replace("[InMemoryFake]", "[InMemoryFake(SoftDelete = InMemoryFakes.SoftDelete.None)]", StringComparison.Ordinal) + """

            public partial class InMemoryVoucherRepository
            {
                public void SoftDelete(Voucher entity)
                {
                    entity.IsDeleted = true;
                    ((IVoucherRepository)this).Update(entity);
                }
            }
            """);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IVoucherRepository vouchers = new InMemoryVoucherRepository();
                    vouchers.AddAsync(new Voucher { Code = "V-1", Amount = 10m }).GetAwaiter().GetResult();
                    vouchers.AddAsync(new Voucher { Code = "V-2", Amount = 20m }).GetAwaiter().GetResult();
                    vouchers.SaveChangesAsync().GetAwaiter().GetResult();
                    var first = System.Linq.Enumerable.Single(vouchers.GetAllAsync().GetAwaiter().GetResult(), static v => v.Code == "V-1");
                    vouchers.SoftDelete(first);
                    vouchers.SaveChangesAsync().GetAwaiter().GetResult();
                    Is(2, vouchers.GetCountAsync().GetAwaiter().GetResult(), "SoftDelete = None: the count counts the marked row");
                    Is(true, vouchers.GetByIdAsync(first.Id).GetAwaiter().GetResult()!.IsDeleted, "and the lookup answers it, marked");
                    Is(2, System.Linq.Enumerable.Count(vouchers.GetAllAsync().GetAwaiter().GetResult()), "and the list lists it");
                }
            }
            """);
    }

    [Fact]
    public void An_aggregate_beside_a_soft_delete_is_a_read_in_doubt_too()
    {
        // Review of session 40: h-agg40's aggregates and h-sample132's rule came the same day; a sum over the rows a filtered
        // store hides would count the marked ones, so it is refused with the other reads.
        const string Source = Sources.Usings + """
            #nullable enable
            using System.Linq.Expressions;
            namespace V;

            public sealed class Payment
            {
                public int Id { get; set; }
                public decimal Amount { get; set; }
                public bool IsDeleted { get; set; }
            }

            [InMemoryFake]
            public interface IPaymentRepository
            {
                Payment Add(Payment payment);
                Task<bool> SoftDeleteAsync(int id);
                Task<decimal> SumAsync(Expression<Func<Payment, decimal>> selector);
            }
            """;

        var run = GeneratorHarness.Run(Source);

        Refusals.Exactly(run,
            ("SumAsync", "the interface's 'SoftDeleteAsync' keeps the Payment rows it deletes and marks them (the deletion flag 'IsDeleted'), so whether 'SumAsync', which names no deleted state, leaves the marked rows out is the store's own: a global query filter hides them from every read (Admin.Core's FreeSql filter, EF Core's HasQueryFilter),"
                + " a repository may filter them in each read (Where(e => !e.IsDeleted)) or still answer them (MrCMS's Get). State SoftDelete = SoftDelete.None on [InMemoryFake] when the reads show marked rows,"
                + " or write the member with the store's filter"));
    }

    [Fact]
    public void A_soft_delete_by_key_puts_the_plain_reads_in_doubt_too_and_None_lists_the_marked_rows()
    {
        // Admin.Core's shape: SoftDeleteAsync(id) sets the flag (generated), and its store's filter hides the row from Get.
        const string Source = Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Account
            {
                public int Id { get; set; }
                public string Iban { get; set; } = "";
                public bool IsDeleted { get; set; }
            }

            [InMemoryFake]
            public interface IAccountRepository
            {
                Account Add(Account account);
                Account? Get(int id);
                List<Account> GetAll();
                Task<bool> SoftDeleteAsync(int id);
            }
            """;

        var refused = GeneratorHarness.Run(Source);
        var cause = ReadCause("Get").Replace("'SoftDelete'", "'SoftDeleteAsync'", StringComparison.Ordinal).Replace("Voucher rows", "Account rows", StringComparison.Ordinal)
            .Replace("InMemoryFakes.SoftDelete.None", "SoftDelete.None", StringComparison.Ordinal);
        Refusals.Exactly(refused, ("Get", cause), ("GetAll", cause.Replace("'Get'", "'GetAll'", StringComparison.Ordinal)));

        var stated = GeneratorHarness.Run(Source.Replace("[InMemoryFake]", "[InMemoryFake(SoftDelete = SoftDelete.None)]", StringComparison.Ordinal));
        Refusals.Exactly(stated);
        Assert.Empty(stated.CompilationDiagnostics);
        BehaviourCheck.Run(stated, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccountRepository accounts = new InMemoryAccountRepository();
                    var kept = accounts.Add(new Account { Iban = "DE01" });
                    var closed = accounts.Add(new Account { Iban = "DE02" });
                    Is(true, accounts.SoftDeleteAsync(closed.Id).GetAwaiter().GetResult(), "the soft delete by key sets the flag");
                    Is(2, accounts.GetAll().Count, "SoftDelete = None: the list shows the marked row");
                    Is(true, accounts.Get(closed.Id)!.IsDeleted, "and the lookup answers it");
                    Is(false, accounts.Get(kept.Id)!.IsDeleted, "the other row is not marked");
                }
            }
            """);
    }

    [Fact]
    public void Reads_that_name_the_deleted_state_and_entities_without_a_flag_keep_their_reading()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Invoice
            {
                public int Id { get; set; }
                public string Number { get; set; } = "";
                public bool IsDeleted { get; set; }
            }

            public sealed class Budget
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IInvoiceRepository
            {
                Invoice Add(Invoice invoice);
                Task<bool> SoftDeleteAsync(int id);
                List<Invoice> FindByIsDeleted(bool isDeleted);
                List<Invoice> GetAllAsync(bool includeDeleted = false);
            }

            [InMemoryFake]
            public interface IBudgetRepository
            {
                Budget Add(Budget budget);
                Budget? Get(int id);
                List<Budget> GetAll();
                void SoftDelete(int id);
            }
            """);

        // Budget has no deletion flag: its SoftDelete is refused for that (the rule of SoftDelete[E]), its reads are not.
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) is "FindByIsDeleted" or "GetAllAsync" or "Get" or "GetAll");
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "SoftDelete");
    }

    [Fact]
    public void A_flag_verb_given_the_entity_itself_names_its_own_doubt_not_a_lookup()
    {
        // Before h-sample132: "parameter 'model' names neither the key (Id) nor a property of PaymentMethod: it is a
        // PaymentMethod itself, and a lookup given the entity …", a cause a soft delete does not have.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Card
            {
                public int Id { get; set; }
                public bool IsDeleted { get; set; }
                public bool IsBlocked { get; set; }
            }

            [InMemoryFake(SoftDelete = InMemoryFakes.SoftDelete.None)] // qualified: the member SoftDelete hides the enum's name here
            public interface ICardRepository
            {
                Card Add(Card card);
                Card? Get(int id);
                void SoftDelete(Card card);
                void Block(Card card);
                Task<bool> BlockAsync(int id);
            }
            """);

        Refusals.Exactly(run,
            ("SoftDelete", "'SoftDelete' sets a flag and is given the Card itself, not its key: whether it sets the flag on the stored row of that key or writes the Card given with the flag changed"),
            ("Block", "'Block' sets a flag and is given the Card itself, not its key"));
    }

    [Fact]
    public void A_paged_result_whose_total_is_named_RowCount_is_filled_with_the_listing_total()
    {
        // The EF Core paging tutorial's PagedResultBase (CurrentPage, PageCount, PageSize, RowCount, and the computed
        // FirstRowOnPage/LastRowOnPage), copied into many codebases with GetPaged setting RowCount = query.Count().
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class Transfer
            {
                public int Id { get; set; }
                public decimal Amount { get; set; }
            }

            public abstract class PagedResultBase
            {
                public int CurrentPage { get; set; }
                public int PageCount { get; set; }
                public int PageSize { get; set; }
                public int RowCount { get; set; }
                public int FirstRowOnPage => (CurrentPage - 1) * PageSize + 1;
                public int LastRowOnPage => Math.Min(CurrentPage * PageSize, RowCount);
            }

            public class PagedResult<T> : PagedResultBase where T : class
            {
                public IList<T> Results { get; set; } = new List<T>();
            }

            [InMemoryFake]
            public interface ITransferRepository
            {
                Transfer Add(Transfer transfer);
                PagedResult<Transfer> GetPaged(int page, int pageSize);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITransferRepository transfers = new InMemoryTransferRepository();
                    for (var i = 1; i <= 5; i++)
                    {
                        transfers.Add(new Transfer { Amount = i });
                    }

                    var page = transfers.GetPaged(2, 2);
                    Is(5, page.RowCount, "RowCount is the listing's total");
                    Is(2, page.Results.Count, "two on page 2");
                    Is(3, page.PageCount, "three pages");
                    Is(2, page.CurrentPage, "the 1-based page");
                    Is(3, page.FirstRowOnPage, "computed by the type");
                }
            }
            """);
    }
}
