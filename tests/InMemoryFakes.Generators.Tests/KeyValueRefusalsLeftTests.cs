using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-kvjson37 (session 37), the key-value refusals session 36 left: a read whose result is a collection of rows the store
/// does not hold is refused for that result (h-sample117's Left (2): dotnet/samples' <c>IInboxService</c>), and an
/// interface whose members write and read a type they name (Jellyfin's <c>IKeyframeRepository</c>) is a key-value store by
/// those members, not "a store nothing says the kind of" (h-refusals36's Left (7)).
/// </summary>
public class KeyValueRefusalsLeftTests
{
    private static string MessageOf(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal))
            .GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_read_of_rows_that_are_neither_the_values_nor_the_key_is_refused_for_its_result()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class InboxItem
            {
                public string RequestId { get; set; }
                public string StartedBy { get; set; }
                public string Title { get; set; }
                public DateTime InboxEntryDate { get; set; }
            }

            [InMemoryFake]
            public interface IInboxService
            {
                void Add(string requestId, string title, string state, string requestCreatorId, string userId);
                void Remove(string requestId, string userId = null);
                IList<InboxItem> GetRequestsFor(string userId);
                IList<InboxItem> GetRequestsStartedBy(string userId);
                IList<InboxItem> GetArchivedRequestsStartedBy(string userId);
            }
            """);
        Assert.StartsWith(
            "'GetRequestsFor' of IInboxService matches no key-value store convention: it returns IList<InboxItem>, rows of InboxItem, which are neither the store's values (string), "
            + "its key (string) nor a part of them, so the fake's one table (string values by string) holds no such rows: which InboxItem rows it reads, and where the real store keeps them, is its own. "
            + "Implement it in the partial class InMemoryInboxService",
            Refusals.Message(run, "GetRequestsFor"), StringComparison.Ordinal);
        Assert.Contains("rows of InboxItem", Refusals.Message(run, "GetRequestsStartedBy"), StringComparison.Ordinal);
        Assert.Contains("rows of InboxItem", Refusals.Message(run, "GetArchivedRequestsStartedBy"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_of_a_part_of_the_values_or_a_write_answering_a_row_keeps_its_own_refusal()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class OrderLine
            {
                public string Sku { get; set; } = "";
            }

            public class Order
            {
                public string Id { get; set; } = "";
                public List<OrderLine> Lines { get; set; } = new();
            }

            public class Receipt
            {
                public string Number { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrderCache
            {
                Order? Get(string key);
                void Set(string key, Order value);
                IList<OrderLine> GetLinesOf(string key);
                IList<Receipt> StoreReceipts(string key);
            }
            """);

        // OrderLine is a part of the values (Order.Lines): the noun's refusal, not the result's.
        Assert.DoesNotContain("rows of", Refusals.Message(run, "GetLinesOf"), StringComparison.Ordinal);

        // A write that answers rows is no read: its verb decides.
        Assert.DoesNotContain("rows of", Refusals.Message(run, "StoreReceipts"), StringComparison.Ordinal);
    }

    [Fact]
    public void Members_that_write_and_read_the_type_they_name_make_a_key_value_store_without_the_unvoted_note()
    {
        // Namespace App, as Jellyfin's (and the corpus file's) sorts before System: the value type's tie between KeyframeData and
        // IReadOnlyList<KeyframeData> goes by the name that sorts first (Left of h-kvjson37: under namespace V the list wins).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace App;

            public class KeyframeData { public long TotalDuration { get; set; } }

            [InMemoryFake]
            public interface IKeyframeRepository
            {
                IReadOnlyList<KeyframeData> GetKeyframeData(Guid itemId);
                Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken);
            }
            """);
        Assert.True(run.GeneratorDiagnostics.Any(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("'GetKeyframeData'", StringComparison.Ordinal)), run.Describe());
        var get = MessageOf(run, "GetKeyframeData");
        Assert.StartsWith("'GetKeyframeData' of IKeyframeRepository matches no key-value store convention: it reads a list of App.KeyframeData by the key, where the store's writes keep one KeyframeData per key:", get, StringComparison.Ordinal);
        Assert.DoesNotContain("says which kind of store it is", get, StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("says which kind of store it is", StringComparison.Ordinal));

        // A computation named after the type it returns, taking none of it, votes nothing: still no kind of store.
        var computed = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class TreeNode
            {
                public string Segment { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITreeService
            {
                TreeNode CreateTreeNode(IDictionary<string, string> sources);
                Task ConvertTreeNodeToJsonAsync(TreeNode rootNode, Stream stream);
            }
            """);
        Assert.All(computed.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"),
            static d => Assert.Contains("nothing in ITreeService says which kind of store it is", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
