using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-count41 (session 41): one rule for every count name, whatever the parameters. <c>Get</c>, then <c>All</c>, <c>Total</c>
/// or neither, then nothing, a word that stands for any row (<c>Items</c>, <c>Entries</c>, <c>Records</c>, <c>Document</c>…)
/// or a noun of the entity (its name, its plural, its irregular plural, the head of a <c>TodoItem</c>), then <c>Count</c> or
/// <c>LongCount</c>, optionally before <c>By</c> and conditions; the parameters say which rows (none: every row; a
/// predicate or a specification: the matches; <c>By…</c>: those conditions). Session 40 (h-count40) read the names in one
/// place but kept four rules, one per use, and listed the names they decided differently (its "Decide" table): each moved
/// name of that table is a behaviour check here. The <c>Count</c> verb's noun (<c>CountItems()</c>,
/// <c>CountPeopleByCity</c>) follows the same rule. What the rule does not read stays refused, for its real cause.
/// </summary>
public class Count41Tests
{
    private const string Replies = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Reply { public int Id { get; set; } public int PostId { get; set; } public string Status { get; set; } = ""; }
        public interface ISpecification<T> { Expression<Func<T, bool>>? Criteria { get; } }
        public sealed class Open : ISpecification<Reply> { public Expression<Func<Reply, bool>>? Criteria => r => r.Status == "open"; }

        [InMemoryFake]
        public interface IReplyRepository
        {
            void Add(Reply reply);
            Reply? Get(int id);
            int GetItemsCount();
            int GetTotalItemsCount();
            int CountItems();
            int CountAllRecords();
            int GetTotalCountByStatus(string status);
            int GetAllCountByStatus(string status);
            int GetAllRepliesCountByPostId(int postId);
            int GetItemsCountByStatus(string status);
            int CountItemsByStatus(string status);
            long GetReplyLongCountByPostId(int postId);
            int GetAllLongCount(Func<Reply, bool> predicate);
            long GetLongCount(Func<Reply, bool> predicate);
            int GetDocumentsCount(Func<Reply, bool> predicate);
            int GetItemCount(Func<Reply, bool> predicate);
            int GetEntriesCount(ISpecification<Reply> specification);
            int GetAllCount(ISpecification<Reply> specification);
        }
        """;

    [Fact]
    public void Every_get_count_name_reads_the_same_whatever_the_parameters()
    {
        var run = GeneratorHarness.Run(Replies);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IReplyRepository replies = new InMemoryReplyRepository();
                    Is(0, replies.GetItemsCount(), "an empty table counts 0");
                    replies.Add(new Reply { Id = 1, PostId = 7, Status = "open" });
                    replies.Add(new Reply { Id = 2, PostId = 7, Status = "closed" });
                    replies.Add(new Reply { Id = 3, PostId = 8, Status = "open" });
                    Is(3, replies.GetItemsCount(), "GetItemsCount(): every row, as GetAllItemsCount() and GetItemsCount(predicate) read Items");
                    Is(3, replies.GetTotalItemsCount(), "GetTotalItemsCount(): every row");
                    Is(3, replies.CountItems(), "CountItems(): the Count verb's noun by the same rule");
                    Is(3, replies.CountAllRecords(), "CountAllRecords(): every row");
                    Is(2, replies.GetTotalCountByStatus("open"), "GetTotalCountByStatus: the rows of that status, as GetTotalCount(predicate) counts the matches");
                    Is(1, replies.GetAllCountByStatus("closed"), "GetAllCountByStatus: the rows of that status");
                    Is(2, replies.GetAllRepliesCountByPostId(7), "GetAllRepliesCountByPostId: the post's replies");
                    Is(0, replies.GetItemsCountByStatus("gone"), "GetItemsCountByStatus: no match counts 0");
                    Is(2, replies.CountItemsByStatus("open"), "CountItemsByStatus: the Count verb's noun by the same rule");
                    Is(1L, replies.GetReplyLongCountByPostId(8), "GetReplyLongCountByPostId: LongCount before a By, as long");
                    Is(2, replies.GetAllLongCount(r => r.PostId == 7), "GetAllLongCount(predicate): the matches");
                    Is(3L, replies.GetLongCount(r => r.Id > 0), "GetLongCount(predicate): the matches, as long");
                    Is(1, replies.GetDocumentsCount(r => r.Status == "closed"), "GetDocumentsCount(predicate): a stand-in beside a predicate too");
                    Is(2, replies.GetItemCount(r => r.Status == "open"), "GetItemCount(predicate): the singular stand-in");
                    Is(2, replies.GetEntriesCount(new Open()), "GetEntriesCount(specification): a neutral plural beside a specification too");
                    Is(2, replies.GetAllCount(new Open()), "GetAllCount(specification): the matches, as GetAllCount(predicate)");
                    Throws<ArgumentNullException>(() => replies.GetLongCount(null!), "predicate", "a null predicate");
                }
            }
            """);
    }

    private const string Nouns = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Person { public int Id { get; set; } public string City { get; set; } = ""; }
        public sealed class TodoItem { public int Id { get; set; } public int UserId { get; set; } }
        public sealed class AllDayEvent { public int Id { get; set; } public int RoomId { get; set; } }
        public interface ISpecification<T> { Expression<Func<T, bool>>? Criteria { get; } }
        public sealed class InOslo : ISpecification<Person> { public Expression<Func<Person, bool>>? Criteria => p => p.City == "Oslo"; }

        [InMemoryFake]
        public interface IPersonRepository
        {
            void Add(Person person);
            Person? Get(int id);
            int GetPeopleCount(Func<Person, bool> predicate);
            int GetAllPeopleCount(Func<Person, bool> predicate);
            int GetPeopleCountByCity(string city);
            int GetPeopleCount(ISpecification<Person> specification);
            long GetPeopleLongCount();
            int CountPeopleByCity(string city);
        }

        [InMemoryFake]
        public interface ITodoRepository
        {
            void Add(TodoItem item);
            TodoItem? Get(int id);
            int GetTodoCountByUserId(int userId);
            int GetTodosCountByUserId(int userId);
            int GetTodosCount();
            int CountTodosByUserId(int userId);
        }

        [InMemoryFake]
        public interface IAllDayEventRepository
        {
            void Add(AllDayEvent allDayEvent);
            AllDayEvent? Get(int id);
            int GetAllDayEventsCount(Func<AllDayEvent, bool> predicate);
            int GetAllDayEventsCountByRoomId(int roomId);
        }
        """;

    [Fact]
    public void Any_noun_of_the_entity_names_the_rows_counted_whatever_the_parameters()
    {
        var run = GeneratorHarness.Run(Nouns);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPersonRepository people = new InMemoryPersonRepository();
                    people.Add(new Person { Id = 1, City = "Oslo" });
                    people.Add(new Person { Id = 2, City = "Oslo" });
                    people.Add(new Person { Id = 3, City = "Bergen" });
                    Is(2, people.GetPeopleCount(p => p.City == "Oslo"), "GetPeopleCount(predicate): People is Person's plural, not words no convention reads");
                    Is(1, people.GetAllPeopleCount(p => p.City == "Bergen"), "GetAllPeopleCount(predicate): the matches");
                    Is(2, people.GetPeopleCountByCity("Oslo"), "GetPeopleCountByCity: the city's people");
                    Is(2, people.GetPeopleCount(new InOslo()), "GetPeopleCount(specification): the matches");
                    Is(3L, people.GetPeopleLongCount(), "GetPeopleLongCount(): every row, as long");
                    Is(1, people.CountPeopleByCity("Bergen"), "CountPeopleByCity: the Count verb's noun by the same rule");
                    ITodoRepository todos = new InMemoryTodoRepository();
                    todos.Add(new TodoItem { Id = 1, UserId = 5 });
                    todos.Add(new TodoItem { Id = 2, UserId = 5 });
                    todos.Add(new TodoItem { Id = 3, UserId = 6 });
                    Is(2, todos.GetTodoCountByUserId(5), "GetTodoCountByUserId: Todo names a TodoItem, as GetTodos() does");
                    Is(1, todos.GetTodosCountByUserId(6), "GetTodosCountByUserId: the user's todos");
                    Is(3, todos.GetTodosCount(), "GetTodosCount(): every row");
                    Is(0, todos.CountTodosByUserId(7), "CountTodosByUserId: no match counts 0");
                    IAllDayEventRepository events = new InMemoryAllDayEventRepository();
                    events.Add(new AllDayEvent { Id = 1, RoomId = 2 });
                    events.Add(new AllDayEvent { Id = 2, RoomId = 3 });
                    Is(1, events.GetAllDayEventsCount(e => e.RoomId == 2), "GetAllDayEventsCount(predicate): All is the entity's own first word here");
                    Is(1, events.GetAllDayEventsCountByRoomId(3), "GetAllDayEventsCountByRoomId: the room's events");
                }
            }
            """);
    }

    internal const string Unread = Sources.Usings + """
        using System.Linq.Expressions;
        #nullable enable
        namespace V;

        public sealed class Ticket
        {
            public int Id { get; set; }
            public string Status { get; set; } = "";
            public int ViewCount { get; set; }
            public int TotalCount { get; set; }
            public List<string> Items { get; set; } = new();
        }

        public interface ISpecification<T> { Expression<Func<T, bool>>? Criteria { get; } }

        [InMemoryFake]
        public interface ITicketRepository
        {
            void Add(Ticket ticket);
            Ticket? Get(int id);
            int GetAllTotalCount(Func<Ticket, bool> predicate);
            int GetViewCount(Func<Ticket, bool> predicate);
            int GetItemsCount(Func<Ticket, bool> predicate);
            int GetActiveCount(ISpecification<Ticket> specification);
            int GetTotalCount(ISpecification<Ticket> specification);
            int GetTotalCount();
            int GetActiveCountByStatus(string status);
            int GetItemsCountByStatus(string status);
        }
        """;

    [Fact]
    public void What_the_rule_does_not_read_is_refused_for_its_real_cause()
    {
        // GetTotalCount() of an entity with TotalCount counted every row before (and GetTotalCount(specification) the
        // matches), where the member may add the property up; GetViewCount(predicate) was "int does not fit Get", and
        // GetActiveCount(specification) "it returns int, which is no collection": causes a count does not have.
        var run = GeneratorHarness.Run(Unread);
        Assertions.NeverFailed(run);
        string Fix(string member, string arguments) => ". Implement it in the partial class InMemoryTicketRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof("
            + member + ")" + arguments + ") joins the call log and fault injection (docs/generator.md#hand-written-members)";
        const string Prefix = "' of ITicketRepository matches no entity repository convention: its name ends in Count and it returns a number, ";
        const string Parses = "' of ITicketRepository is not a derived query name that parses: '";
        const string Write = "' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name. Write {Find|Get|Query|List|Search|Stream|Count|Exists|Any|Delete|Remove}[First|Top<N>][Distinct]By<Condition>[And|Or <Condition>…][OrderBy<Property>[Asc|Desc]…], or implement it in the partial class InMemoryTicketRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(";
        var expected = new[]
        {
            "IMF0001 GetAllTotalCount: 'GetAllTotalCount" + Prefix + "the count of the Ticket rows its predicate matches, but 'AllTotal' between Get and Count is words no convention reads (what they add to the predicate, or whether they say something else is counted, is the store's own); name it Count or GetCount when it counts the matches of the predicate alone" + Fix("GetAllTotalCount", ", predicate") + ".",
            "IMF0001 GetViewCount: 'GetViewCount" + Prefix + "but Ticket has the property 'ViewCount', which the name may mean instead of the rows: it may read, add up or count that property over the rows its predicate matches; name it Count or GetCount when it counts the matches of the predicate" + Fix("GetViewCount", ", predicate") + ".",
            "IMF0001 GetItemsCount: 'GetItemsCount" + Prefix + "but Ticket has the property 'Items', which the name may mean instead of the rows: it may read, add up or count that property over the rows its predicate matches; name it Count or GetCount when it counts the matches of the predicate" + Fix("GetItemsCount", ", predicate") + ".",
            "IMF0001 GetActiveCount: 'GetActiveCount" + Prefix + "the count of the Ticket rows its specification matches, but 'Active' between Get and Count is words no convention reads (what they add to the specification, or whether they say something else is counted, is the store's own); name it Count or GetCount when it counts the matches of the specification alone" + Fix("GetActiveCount", ", specification") + ".",
            "IMF0001 GetTotalCount: 'GetTotalCount" + Prefix + "but Ticket has the property 'TotalCount', which the name may mean instead of the rows: it may read, add up or count that property over the rows its specification matches; name it Count or GetCount when it counts the matches of the specification" + Fix("GetTotalCount", ", specification") + ".",
            "IMF0001 GetTotalCount: 'GetTotalCount" + Prefix + "but Ticket has the property 'TotalCount', which the name may mean instead of the rows: it may read, add up or count that property over every row; name it Count or GetCount when it counts every row" + Fix("GetTotalCount", "") + ".",
            "IMF0015 GetActiveCountByStatus: 'GetActiveCountByStatus" + Parses + "ActiveCount" + Write + "GetActiveCountByStatus), status) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            "IMF0015 GetItemsCountByStatus: 'GetItemsCountByStatus" + Parses + "ItemsCount" + Write + "GetItemsCountByStatus), status) joins the call log and fault injection (docs/generator.md#hand-written-members).",
        };
        Assert.Equal(
            expected.OrderBy(static l => l, StringComparer.Ordinal),
            run.GeneratorDiagnostics.Where(static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .Select(static d => d.Id + " " + Refusals.PointedAt(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture))
                .OrderBy(static l => l, StringComparer.Ordinal));
    }

    private const string OrderItems = Sources.Usings + """
        #nullable enable
        namespace V2;

        public sealed class Order { public int OrderId { get; set; } public string Status { get; set; } = ""; }

        [InMemoryFake]
        public interface IOrderRepository
        {
            void Add(Order order);
            Order? Get(int orderId);
            int GetItemsCountByOrderId(int orderId);
            int GetItemsCountByStatus(string status);
            int GetOrdersCountByOrderId(int orderId);
        }
        """;

    [Fact]
    public void A_word_for_any_row_counted_by_the_key_alone_is_refused()
    {
        // Review of h-count41: GetItemsCountByOrderId(orderId) counted the orders of that key (0 or 1), where "Items" most
        // likely names the order's items. By another property it counts the rows; the entity's own noun by the key counts too.
        var run = GeneratorHarness.Run(OrderItems);
        Refusals.Exactly(run, ("GetItemsCountByOrderId", "its name counts 'Items' by the key OrderId alone, which selects one Order at most, so a count of Order rows would be 0 or 1: 'Items' more likely names what that row holds (its lines, its items), which no signature lists; name it CountByOrderId or ExistsByOrderId when it asks whether the Order is stored, or write it in the partial class"));
        var generated = GeneratorHarness.Run(Refusals.Without(OrderItems, "int GetItemsCountByOrderId(int orderId);"));
        Refusals.Exactly(generated);
        BehaviourCheck.Run(generated, Sources.Usings + "\nusing V2;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IOrderRepository orders = new InMemoryOrderRepository();
                    orders.Add(new Order { OrderId = 1, Status = "open" });
                    orders.Add(new Order { OrderId = 2, Status = "open" });
                    orders.Add(new Order { OrderId = 3, Status = "shipped" });
                    Is(2, orders.GetItemsCountByStatus("open"), "a word for any row by another property: the rows of that status");
                    Is(1, orders.GetOrdersCountByOrderId(3), "the entity's own noun by the key: the row counted");
                    Is(0, orders.GetOrdersCountByOrderId(9), "and none for a key not stored");
                }
            }
            """);
    }
}
