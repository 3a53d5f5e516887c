using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample84 (session 30), an out-of-sample round on community to-do and task-tracking applications. TaskoMask's
/// <c>INotificationService</c> keeps a list of messages: <c>Add(string notification)</c> appends, <c>List&lt;string&gt;
/// GetList()</c> hands them out. The add was refused (rightly: a keyless write beside a list read not named <c>GetAll</c>
/// may append or keep each value once), but its message said no member read the values back, which <c>GetList()</c>
/// does. A parameterless <c>GetList()</c> of the values is now named as the list read, as a keyless <c>Get</c> of a list is.
/// </summary>
public class Sample84Tests
{
    [Fact]
    public void A_keyless_add_beside_a_parameterless_GetList_of_the_values_is_refused_naming_the_list_read()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace N;

            [InMemoryFake]
            public interface INotificationService
            {
                void Add(string notification);
                List<string> GetList();
                bool HasAny();
            }

            [InMemoryFake]
            public interface INoticeBoard
            {
                Task AddAsync(string notice);
                Task<IReadOnlyList<string>> GetListAsync();
            }
            """);

        Refusals.Exactly(
            run,
            ("Add", "it writes a value without a key, and 'GetList' reads a list of the values back without one, so whether each write adds to that list (an append) or replaces the one value is not said; name the list read GetAll (an append-only collection) or write it"),
            ("GetList", "'GetList' is not a known verb"),
            ("AddAsync", "it writes a value without a key, and 'GetListAsync' reads a list of the values back without one"),
            ("GetListAsync", "'GetList' is not a known verb"));
    }

    [Fact]
    public void A_GetList_of_another_type_or_by_a_key_is_no_read_of_the_values_and_the_write_keeps_its_message()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace N;

            [InMemoryFake]
            public interface IOtherList
            {
                void Add(string notification);
                List<int> GetList();
            }

            [InMemoryFake]
            public interface IKeyedList
            {
                void Add(string notification);
                List<string> GetList(string owner);
            }
            """);

        // Since session 38 (h-kv38) a tie between the values' types (string, List<int>) is settled by no name: GetList is
        // refused naming the tie, and Add, whose value type is then unproven, says what a write needs.
        Assert.Contains("it must take the key, the value", Message(run, "IOtherList", "Add"), StringComparison.Ordinal);
        Assert.Contains("as many members each, and no signature says which of them the store keeps", Message(run, "IOtherList", "GetList"), StringComparison.Ordinal);
        Assert.DoesNotContain("'GetList' reads a list", Message(run, "IKeyedList", "Add"), StringComparison.Ordinal);
    }

    private static string Message(GeneratorRun run, string iface, string member)
        => run.GeneratorDiagnostics
            .Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Single(m => m.StartsWith("'" + member + "' of " + iface + " ", StringComparison.Ordinal));
}
