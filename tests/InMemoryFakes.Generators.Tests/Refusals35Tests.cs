using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 35 (h-refusals35, issue 10: every refusal right): refusals session 34 left naming the wrong cause, and a rule that
/// sat at the wrong depth. (1) A key-value store's key type came from a removal given a value of the store (OrleanSpaces'
/// <c>Remove(action)</c>) when the names' order made it win a tie, so h-sample107's rule was reached only in the corpus's
/// namespace; the removal no longer votes. (2) A keyless <c>Url</c> (SignalR's <c>IConnection.Url</c>) and a <c>State</c>
/// read as the blob verb <c>Stat</c> made a connection a blob store. (3) A key-value store's refusals offered
/// <c>Kind = EntityRepository</c> where that setting generates nothing (WTM's <c>IBaseCRUDVM&lt;T&gt;</c>).
/// </summary>
public class Refusals35Tests
{
    private const string Director = """
        using System.Collections.Immutable;

        namespace NAMESPACE;

        public interface ISpaceTuple { }
        public readonly record struct BoolTuple(bool A) : ISpaceTuple;
        public readonly record struct StoreTuple<T>(Guid StoreId, T Tuple) where T : ISpaceTuple;
        public readonly record struct TupleAction<T>(Guid AgentId, StoreTuple<T> StoreTuple, int Type) where T : ISpaceTuple;

        public interface IStoreDirector<T> where T : ISpaceTuple
        {
            IAsyncEnumerable<ImmutableArray<StoreTuple<T>>> GetBatch();
            Task<ImmutableArray<StoreTuple<T>>> GetAllBatches();
            Task<Guid> Insert(TupleAction<T> action);
            Task Remove(TupleAction<T> action);
            Task RemoveAll(Guid agentId);
        }

        [InMemoryFake]
        public interface IBoolDirector : IStoreDirector<BoolTuple> { }
        """;

    [Theory]
    [InlineData("V")]
    [InlineData("Corpus.OrleanSpaces")]
    public void A_removal_given_a_value_of_the_store_is_refused_as_one_whichever_name_sorts_first(string ns)
    {
        // Before: Remove's TupleAction and Insert's Guid tied as the key type, the names' order deciding: in V the keys were
        // Guid, Remove was refused as "not the key (System.Guid)" and Insert generated as an add under a new Guid (the real
        // director answers the id of the partition that took the tuple); in Corpus.* (before "System") the actions were the
        // keys and h-sample107's rule refused Remove. Now the removal votes for no key type beside Insert's, its own rule says
        // why, and Insert is refused: nothing reads an entry by the Guid it returns (RemoveAll's agent id labels a clear).
        var run = GeneratorHarness.Run(Sources.Usings + Director.Replace("NAMESPACE", ns, StringComparison.Ordinal));
        Refusals.Exactly(run,
            ("GetBatch", "'Batch' after it is no noun of this store"),
            ("GetAllBatches", "'Batches' after it is no noun of this store"),
            ("Insert", "'Insert' of IBoolDirector matches no key-value store convention: it returns System.Guid, a key a store could make up, but no other member reads, checks or removes an entry by a System.Guid "
                + "('RemoveAll' takes one but is about no entry), so what it names (an entry, a partition, a batch) is the real store's own. Implement it"),
            ("Remove", "'Remove' of IBoolDirector matches no key-value store convention: its parameter 'action' (" + ns + ".TupleAction<" + ns + ".BoolTuple>) is a value of the store, what 'Insert' writes alone, "
                + "and no member reads, checks or writes an entry by such a key: whether the real store removes the entry stored under it, one equal value, every equal one, or what the value points to "
                + "(OrleanSpaces' IStoreDirector.Remove(action) removes the tuple inside the action from the partition it names) is its own, and the fake would remove only an entry stored under that very value. "
                + "Implement it in the partial class InMemoryBoolDirector,"),
            ("RemoveAll", "Clear must take no parameters"));
        Assert.DoesNotContain("is not the key", Refusals.Message(run, "Remove"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_of_values_where_nothing_else_gives_a_key_keeps_its_vote_and_its_refusal()
    {
        // A Set of the action alone makes no key: the removal's type is the key and the value, as before, and the same rule
        // refuses it.
        var run = GeneratorHarness.Run(Sources.Usings + Director.Replace("NAMESPACE", "V", StringComparison.Ordinal).Replace("Task<Guid> Insert", "Task Set", StringComparison.Ordinal));
        Assert.Contains("its parameter 'action' (V.TupleAction<V.BoolTuple>) is a value of the store, what 'Set' writes alone, and no member reads, checks or writes an entry by such a key",
            Refusals.Message(run, "Remove"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyless_Url_and_a_State_property_do_not_make_a_connection_a_blob_store()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class HubResult { public string Id { get; set; } = ""; }
            public enum ConnectionState { Connecting, Connected, Reconnecting, Disconnected }

            public interface IConnection
            {
                string Url { get; }
                ConnectionState State { get; }
                bool ChangeState(ConnectionState oldState, ConnectionState newState);
            }

            [InMemoryFake]
            public interface IHubConnection : IConnection
            {
                string RegisterCallback(Action<HubResult> callback);
                void RemoveCallback(string callbackId);
            }
            """);
        Refusals.Exactly(run,
            ("ChangeState", "'ChangeState' of IHubConnection matches no key-value store convention: 'ChangeState' is not a known verb (Get, TryGet,"),
            ("RegisterCallback", "'RegisterCallback' of IHubConnection matches no key-value store convention: 'RegisterCallback' is not a known verb (Get, TryGet,"),
            ("RemoveCallback", "'RemoveCallback' of IHubConnection matches no key-value store convention: 'RemoveCallback' is not a known verb: it starts with Remove, which is one, but 'Callback' after it is no noun of this store"),
            ("State", "'State' of IHubConnection matches no key-value store convention: only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object"),
            ("Url", "'Url' of IHubConnection matches no key-value store convention: it returns a string the real store is configured with (a name), which the interface does not carry"));
        Assert.All(run.GeneratorDiagnostics, static d => Assert.DoesNotContain("blob", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // Status and Information are no Stat and Info verbs either.
        var board = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Job { public string Name { get; set; } = ""; }
            public class Information { }

            [InMemoryFake]
            public interface IJobBoard
            {
                string Status { get; }
                Information Information { get; }
                void Set(string name, Job job);
                Job? Get(string name);
            }
            """);
        Refusals.Exactly(board,
            ("Information", "'Information' of IJobBoard matches no key-value store convention: only Count (int/long)"),
            ("Status", "'Status' of IJobBoard matches no key-value store convention: it returns a string the real store is configured with"));
    }

    [Fact]
    public void A_keyless_Url_beside_a_blobs_content_still_says_blob_store()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IAvatarStore
            {
                string Url { get; }
                Task UploadAsync(string name, Stream content, CancellationToken cancellationToken = default);
                Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default);
            }
            """);
        Refusals.Exactly(run, ("Url", "'Url' of IAvatarStore matches no blob store convention: only a Count property (int or long) is supported"));

        // And a keyed GetUrl votes as before, content or not: a blob store whose Url(name) is memory://{name}.
        var urls = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IPictureLinks
            {
                string GetUrl(string name);
                Task DeleteAsync(string name);
            }
            """);
        Assertions.Clean(urls);
        BehaviourCheck.Run(urls, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    Is("memory://a.png", new InMemoryPictureLinks().GetUrl("a.png"), "a blob's address");
                }
            }
            """);
    }

    private const string Note = "; ITodoItemService was read as a key-value store, not as a repository of TodoItem (which has a key, Id), because no member proves TodoItem its rows: none adds or updates a whole one (Add, Update, Save…), lists every one, or reads one by its key alone; "
        + "if it is a repository of TodoItem, Kind = StoreKind.EntityRepository on [InMemoryFake] reads it as one.";

    [Fact]
    public void The_repository_setting_is_offered_only_on_refusals_it_would_generate()
    {
        // Create(text) is an add from its parameters in a repository of TodoItem; List(showAll, user) is refused there too.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class TodoItem { public int Id { get; set; } public string Text { get; set; } = ""; }

            [InMemoryFake]
            public interface ITodoItemService
            {
                Task<TodoItem> Create(string text);
                Task<IEnumerable<TodoItem>> List(bool showAll, string user);
            }
            """);
        Refusals.Exactly(run,
            ("Create", "'Create' of ITodoItemService matches no key-value store convention: it returns V.TodoItem, but the store has no keys, so what it returns is unknown" + Note + " Implement it"),
            // Since session 40 (RefusalCauseTests): why no entity was taken first, then the repository reading's own cause.
            ("List", "'List' of ITodoItemService matches no store convention: ITodoItemService was read as a key-value store, not as a repository of TodoItem (which has a key, Id), because no member proves TodoItem its rows "
                + "(none adds or updates a whole one, lists every one, or reads one by its key alone), and read as a repository of TodoItem it is refused too: parameter 'showAll' names neither the key (Id) nor a property of TodoItem"));
    }

    [Fact]
    public void A_view_models_refusals_offer_no_repository_of_a_type_it_only_lists()
    {
        // WTM's IBaseCRUDVM<T>: ApproveTimeLine (with an Id) is only the element of one workflow read's list; read as its
        // repository, none of the members is generated, so no refusal offers that reading.
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.ComponentModel.DataAnnotations;

            namespace V;

            public class TopBasePoco { [Key] public Guid ID { get; set; } }
            public class RunWorkflowResult { }
            public class WorkflowInstance { }
            public class BaseVM { }
            public class ApproveTimeLine { public string Id { get; set; } = ""; public string Time { get; set; } = ""; }

            [InMemoryFake]
            public interface IBaseCRUDVM<out T> where T : TopBasePoco, new()
            {
                T Entity { get; }
                void SetEntityById(object id);
                void SetEntity(object entity);
                void DoAdd();
                void DoEdit(bool updateAllFields);
                void DoDelete();
                Task<RunWorkflowResult> StartWorkflowAsync(string flowName = null!);
                Task<List<ApproveTimeLine>> GetWorkflowTimeLineAsync(string flowName = null!);
                Task<WorkflowInstance> GetWorkflowInstanceAsync(string flowName = null!);
                void CopyContext(BaseVM vm);
                bool ByPassBaseValidation { get; set; }
            }
            """);
        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").ToList();
        Assert.Equal(11, refused.Count);
        Assert.All(refused, static d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("matches no key-value store convention", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Kind = StoreKind.EntityRepository", message, StringComparison.Ordinal);
            // Since h-kvjson37 the list read names ApproveTimeLine as rows the table does not hold (its result), never as a repository.
            Assert.DoesNotContain("repository of ApproveTimeLine", message, StringComparison.Ordinal);
            Assert.DoesNotContain("ApproveTimeLine", message.Replace("it returns List<ApproveTimeLine>, rows of ApproveTimeLine", "", StringComparison.Ordinal)
                .Replace("which ApproveTimeLine rows it reads", "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }
}
