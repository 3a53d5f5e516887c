using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-count42 (session 42): predicate verbs read their words. A member taking a predicate, an expression or a specification
/// read only its first word, so <c>CountActive(predicate)</c> counted every match whatever <c>Active</c> says and
/// <c>CountItems(predicate)</c> of a ticket with <c>Items</c> counted tickets, while <c>GetActiveCount(predicate)</c> was
/// refused by the count rule. After the verb a name may hold a qualifier for every match, a noun of the entity, a word for
/// any row that no property of the entity has, or the words the predicate forms name their selector or shape by
/// (<c>By</c>, <c>Where</c>, <c>Condition</c>, <c>OrDefault</c>, <c>List</c>…); a flag the parameterless name already reads
/// (<c>CountActive()</c> for <c>IsActive</c>) holds too, And the predicate; any other word is refused, named. Also the count
/// rule in a fake of several entity types (<c>GetOrdersCountAsync()</c> counts the orders, as <c>CountOrdersAsync()</c>).
/// </summary>
public class Count42Tests
{
    private const string Tickets = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Ticket { public int Id { get; set; } public string Status { get; set; } = ""; public bool IsActive { get; set; } }
        public interface ISpecification<T> { Expression<Func<T, bool>>? Criteria { get; } }
        public sealed class Open : ISpecification<Ticket> { public Expression<Func<Ticket, bool>>? Criteria => t => t.Status == "open"; }

        [InMemoryFake]
        public interface ITicketRepository
        {
            void Add(Ticket ticket);
            Ticket? Get(int id);
            int CountActive(Func<Ticket, bool> predicate);
            IReadOnlyList<Ticket> GetActive(Expression<Func<Ticket, bool>> predicate);
            IReadOnlyList<Ticket> ListInactive(Func<Ticket, bool>? predicate = null);
            int CountAllTickets(Func<Ticket, bool> predicate);
            long LongCount(Func<Ticket, bool> predicate);
            int CountRecords(Func<Ticket, bool> predicate);
            bool AnyTickets(Func<Ticket, bool> predicate);
            IReadOnlyList<Ticket> FindByCondition(Expression<Func<Ticket, bool>> predicate);
            IReadOnlyList<Ticket> FindItemsWhere(Expression<Func<Ticket, bool>> predicate);
            Ticket? GetFirstOrDefault(Func<Ticket, bool> predicate);
            int DeleteWhere(Func<Ticket, bool> predicate);
            IReadOnlyList<Ticket> ListTickets(ISpecification<Ticket> specification);
            int CountItems(ISpecification<Ticket> specification);
        }
        """;

    [Fact]
    public void Words_that_select_nothing_more_are_read_and_a_flag_the_bare_name_reads_holds_too()
    {
        var run = GeneratorHarness.Run(Tickets);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITicketRepository tickets = new InMemoryTicketRepository();
                    tickets.Add(new Ticket { Id = 1, Status = "open", IsActive = true });
                    tickets.Add(new Ticket { Id = 2, Status = "open", IsActive = false });
                    tickets.Add(new Ticket { Id = 3, Status = "closed", IsActive = true });
                    tickets.Add(new Ticket { Id = 4, Status = "open", IsActive = true });
                    Is(2, tickets.CountActive(t => t.Status == "open"), "CountActive(predicate): the active matches, as CountActive() counts the active rows");
                    Is("1,4", string.Join(",", tickets.GetActive(t => t.Status == "open").Select(t => t.Id)), "GetActive(expression): the active matches");
                    Is("2", string.Join(",", tickets.ListInactive(t => t.Status == "open").Select(t => t.Id)), "ListInactive(predicate): the inactive matches");
                    Is("2", string.Join(",", tickets.ListInactive().Select(t => t.Id)), "ListInactive(null): no filter but the flag");
                    Is(3, tickets.CountAllTickets(t => t.Status == "open"), "CountAllTickets(predicate): All and the entity's noun select nothing more");
                    Is(3L, tickets.LongCount(t => t.Status == "open"), "LongCount(predicate): the matches, as long");
                    Is(1, tickets.CountRecords(t => t.Status == "closed"), "CountRecords(predicate): a word for any row, which no property of Ticket is");
                    Is(true, tickets.AnyTickets(t => t.Id == 4), "AnyTickets(predicate): the entity's noun");
                    Is(3, tickets.FindByCondition(t => t.Status == "open").Count, "FindByCondition(expression): the selector named");
                    Is(1, tickets.FindItemsWhere(t => t.Id == 2).Count, "FindItemsWhere(expression)");
                    Is(3, tickets.GetFirstOrDefault(t => t.Status == "closed")?.Id ?? 0, "GetFirstOrDefault(predicate): the first match");
                    Is(3, tickets.ListTickets(new Open()).Count, "ListTickets(specification): the entity's noun beside a specification");
                    Is(3, tickets.CountItems(new Open()), "CountItems(specification): a word for any row");
                    Is(1, tickets.DeleteWhere(t => t.Status == "closed"), "DeleteWhere(predicate): the matches removed");
                    Is(3, tickets.CountAllTickets(t => true), "and only them");
                    Throws<ArgumentNullException>(() => tickets.CountActive(null!), "predicate", "a null predicate beside a flag");
                }
            }
            """);
    }

    private const string Unread = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Ticket { public int Id { get; set; } public string Status { get; set; } = ""; public List<string> Items { get; set; } = new(); }
        public interface ISpecification<T> { Expression<Func<T, bool>>? Criteria { get; } }

        [InMemoryFake]
        public interface ITicketRepository
        {
            void Add(Ticket ticket);
            Ticket? Get(int id);
            int CountActive(Func<Ticket, bool> predicate);
            int CountItems(Func<Ticket, bool> predicate);
            IReadOnlyList<Ticket> FindByStatus(Expression<Func<Ticket, bool>> predicate);
            void DeleteRecursive(Func<Ticket, bool> predicate);
            bool ExistsOpen(Func<Ticket, bool> predicate);
            IReadOnlyList<Ticket> ListOpen(ISpecification<Ticket> specification);
        }
        """;

    [Fact]
    public void Words_that_may_say_more_than_the_predicate_are_refused_named()
    {
        // Before, each read only its first word: CountActive and CountItems counted every match, FindByStatus listed them,
        // DeleteRecursive removed only them, ExistsOpen and ListOpen(specification) ignored Open.
        var run = GeneratorHarness.Run(Unread);
        Assertions.NeverFailed(run);
        string Fix(string member, string arguments) => ". Implement it in the partial class InMemoryTicketRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof("
            + member + ")" + arguments + ") joins the call log and fault injection (docs/generator.md#hand-written-members)";
        string Words(string member, string words, string verb, string selector, string done, string fix, string does)
            => "IMF0001 " + member + ": '" + member + "' of ITicketRepository matches no entity repository convention: '" + words + "' after " + verb + " is not Ticket's name nor a word for every row: it may be a condition the "
                + selector + " does not show, or say that something else is " + done + ", which is the store's own; name it " + fix + " when it " + does + " the " + selector + "'s matches alone" + Fix(member, ", " + selector) + ".";
        var expected = new[]
        {
            Words("CountActive", "Active", "Count", "predicate", "counted", "Count", "counts"),
            "IMF0001 CountItems: 'CountItems' of ITicketRepository matches no entity repository convention: 'Items' after Count stands for any row, but Ticket has the property 'Items', which the name may mean instead of the rows: it may count or add up that property of each match; name it Count when it counts the predicate's matches alone" + Fix("CountItems", ", predicate") + ".",
            Words("FindByStatus", "Status", "Find", "predicate", "read", "Find", "reads"),
            Words("DeleteRecursive", "Recursive", "Delete", "predicate", "removed", "Delete", "removes"),
            Words("ExistsOpen", "Open", "Exists", "predicate", "looked for", "Exists", "looks for"),
            Words("ListOpen", "Open", "List", "specification", "read", "List", "reads"),
        };
        Assert.Equal(
            expected.OrderBy(static l => l, StringComparer.Ordinal),
            run.GeneratorDiagnostics.Where(static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .Select(static d => d.Id + " " + Refusals.PointedAt(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture))
                .OrderBy(static l => l, StringComparer.Ordinal));
    }

    private const string Shop = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public class Order { public int Id { get; set; } public string Status { get; set; } = ""; }
        public class Customer { public int Id { get; set; } public string City { get; set; } = ""; }

        [InMemoryFake]
        public interface IDataService
        {
            Task AddOrderAsync(Order order);
            Task AddCustomerAsync(Customer customer);
            Task<int> GetOrdersCountAsync();
            Task<int> GetTotalOrdersCountAsync();
            Task<int> GetOrdersCountByStatusAsync(string status);
            Task<long> GetCustomersLongCountAsync(Func<Customer, bool> predicate);
            Task<int> CountCustomersAsync();
        }
        """;

    [Fact]
    public void A_count_name_in_a_fake_of_several_entity_types_counts_the_table_its_noun_names()
    {
        // Before, GetOrdersCountAsync() was refused ("'OrdersCount' starts with Orders … and goes on ('Count')") while
        // CountOrdersAsync() counted: the planner of several types read the count rule's noun nowhere.
        var run = GeneratorHarness.Run(Shop);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDataService data = new InMemoryDataService();
                    data.AddOrderAsync(new Order { Id = 1, Status = "open" }).GetAwaiter().GetResult();
                    data.AddOrderAsync(new Order { Id = 2, Status = "paid" }).GetAwaiter().GetResult();
                    data.AddOrderAsync(new Order { Id = 3, Status = "open" }).GetAwaiter().GetResult();
                    data.AddCustomerAsync(new Customer { Id = 1, City = "Oslo" }).GetAwaiter().GetResult();
                    Is(3, data.GetOrdersCountAsync().GetAwaiter().GetResult(), "GetOrdersCountAsync(): the orders, not the customers");
                    Is(3, data.GetTotalOrdersCountAsync().GetAwaiter().GetResult(), "GetTotalOrdersCountAsync(): the same");
                    Is(2, data.GetOrdersCountByStatusAsync("open").GetAwaiter().GetResult(), "GetOrdersCountByStatusAsync: the orders of that status");
                    Is(1L, data.GetCustomersLongCountAsync(c => c.City == "Oslo").GetAwaiter().GetResult(), "GetCustomersLongCountAsync(predicate): the matching customers");
                    Is(1, data.CountCustomersAsync().GetAwaiter().GetResult(), "CountCustomersAsync(), as before");
                }
            }
            """);
    }
}
