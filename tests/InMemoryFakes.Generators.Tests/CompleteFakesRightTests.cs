using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-smoke38 (session 38): complete fakes that do what the real store does. A <c>bool</c> or count update, and a removal by
/// entity, answer false (0) for an entity that is not stored (the documented default: a Dapper <c>Execute(…) &gt; 0</c>),
/// where EF Core's <c>Update</c>/<c>Remove</c> + <c>return SaveChanges() &gt; 0</c> throws <c>DbUpdateConcurrencyException</c>.
/// The lead's decision: keep the default and make it loud, as IMF0026 makes an oblivious read loud: IMF0029 (Info) on each
/// such member when neither reading is stated; <c>NotFound</c> states the throw (h-sample120), <c>Ignore</c> the default
/// (and silences the Info; before, it was IMF0010 there, stating nothing).
/// </summary>
public class CompleteFakesRightTests
{
    private static string Posts(string attribute) => Sources.Usings + """
        namespace V;

        public class Post
        {
            public int Id { get; set; }
            public string Title { get; set; } = "";
        }

        """ + attribute + """

        public interface IPosts
        {
            Post Add(Post post);
            Post? Get(int id);
            Task<bool> UpdateAsync(Post post);
            int Delete(Post post);
            bool TryUpdate(Post post);
            bool TryRemove(Post post);
            bool DeleteById(int id);
        }
        """;

    /// <summary>The members IMF0029 points at, in order.</summary>
    private static string[] Reported(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0029").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal).ToArray();

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0029" && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Unstated_a_bool_update_and_a_counted_removal_by_entity_are_IMF0029_with_both_settings_named()
    {
        var run = GeneratorHarness.Run(Posts("[InMemoryFake]"));
        Assertions.Clean(run);
        // Try writes answer false by their name, and a removal by key keeps false (a Find first): not reported.
        Assert.Equal(new[] { "Delete", "UpdateAsync" }, Reported(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0029"), static d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(
            "IPosts.UpdateAsync answers false when the Post given is not stored, and changes nothing, as a Dapper UPDATE (Execute(…) > 0) or MongoDB's ReplaceOne (ModifiedCount) does;"
            + " EF Core's Update then SaveChanges never answers false: its save throws DbUpdateConcurrencyException for a row that is not there, and the signature does not say which store is behind it."
            + " If yours throws, set MissingUpdate = MissingUpdate.NotFound on [InMemoryFake] (the not-found error; NotFoundException = typeof(...) names your store's); to say it answers false, set MissingUpdate = MissingUpdate.Ignore",
            Message(run, "UpdateAsync"));
        Assert.Equal(
            "IPosts.Delete answers 0 when the Post given is not stored, and changes nothing, as a Dapper DELETE (Execute(…) > 0) or MongoDB's DeleteOne (DeletedCount) does;"
            + " EF Core's Remove then SaveChanges never answers 0: its save throws DbUpdateConcurrencyException for a row that is not there, and the signature does not say which store is behind it."
            + " If yours throws, set MissingEntityDelete = MissingDelete.NotFound on [InMemoryFake] (the not-found error; NotFoundException = typeof(...) names your store's); to say it answers 0, set MissingEntityDelete = MissingDelete.Ignore",
            Message(run, "Delete"));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosts posts = new InMemoryPosts();
                    var ghost = new Post { Id = 9, Title = "ghost" };
                    Is(false, posts.UpdateAsync(ghost).GetAwaiter().GetResult(), "unstated: an update of a post not stored is false");
                    Is(0, posts.Delete(ghost), "unstated: a removal of a post not stored is 0");
                    Is(null, posts.Get(9), "and neither stored it");
                }
            }
            """);
    }

    [Theory]
    [InlineData("[InMemoryFake(MissingUpdate = MissingUpdate.Ignore, MissingEntityDelete = MissingDelete.Ignore)]")]
    [InlineData("[InMemoryFake(MissingUpdate = MissingUpdate.Ignore, MissingDelete = MissingDelete.Ignore)]")]
    public void Ignore_states_the_false_silences_the_info_and_changes_nothing(string attribute)
    {
        var run = GeneratorHarness.Run(Posts(attribute));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosts posts = new InMemoryPosts();
                    var stored = posts.Add(new Post { Title = "a" });
                    stored.Title = "b";
                    Is(true, posts.UpdateAsync(stored).GetAwaiter().GetResult(), "an update of a stored post is true");
                    Is("b", posts.Get(stored.Id)!.Title, "and writes it");
                    var ghost = new Post { Id = 9, Title = "ghost" };
                    Is(false, posts.UpdateAsync(ghost).GetAwaiter().GetResult(), "Ignore: an update of a post not stored is false");
                    Is(0, posts.Delete(ghost), "Ignore: a removal of a post not stored is 0");
                    Is(null, posts.Get(9), "and the ghost is not stored");
                    Is(1, posts.Delete(stored), "a removal of a stored post is 1");
                    Is(null, posts.Get(stored.Id), "and removes it");
                }
            }
            """);
    }

    [Theory]
    [InlineData("[InMemoryFake(MissingUpdate = MissingUpdate.NotFound, MissingEntityDelete = MissingDelete.NotFound)]")]
    [InlineData("[InMemoryFake(MissingUpdate = MissingUpdate.NotFound, MissingDelete = MissingDelete.NotFound)]")]
    public void NotFound_states_the_throw_and_silences_the_info(string attribute)
    {
        var run = GeneratorHarness.Run(Posts(attribute));
        Assertions.Clean(run);
        Assert.Empty(Reported(run));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPosts posts = new InMemoryPosts();
                    var stored = posts.Add(new Post { Title = "a" });
                    Is(true, posts.UpdateAsync(stored).GetAwaiter().GetResult(), "an update of a stored post is true");
                    var ghost = new Post { Id = 9, Title = "ghost" };
                    Throws<KeyNotFoundException>(() => posts.UpdateAsync(ghost).GetAwaiter().GetResult(), null, "NotFound: an update of a post not stored is the not-found error (EF Core's save fails)");
                    Throws<KeyNotFoundException>(() => posts.Delete(ghost), null, "NotFound: a removal of a post not stored is the not-found error");
                    Is(false, posts.TryUpdate(ghost), "a Try update keeps false");
                    Is(false, posts.TryRemove(ghost), "a Try removal keeps false");
                    Is(false, posts.DeleteById(9), "a removal by key keeps false");
                    Is(1, posts.Delete(stored), "a removal of a stored post is 1");
                }
            }
            """);
    }

    [Fact]
    public void Each_setting_silences_only_its_own_members()
    {
        var update = GeneratorHarness.Run(Posts("[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]"));
        Assert.Equal(new[] { "Delete" }, Reported(update));
        var removal = GeneratorHarness.Run(Posts("[InMemoryFake(MissingEntityDelete = MissingDelete.NotFound)]"));
        Assert.Equal(new[] { "UpdateAsync" }, Reported(removal));
    }

    [Fact]
    public void A_counted_update_by_key_and_an_oblivious_bool_update_are_reported_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class Post
            {
                public int Id { get; set; }
                public string Title { get; set; }
            }

            [InMemoryFake]
            public interface IPosts
            {
                void Add(Post post);
                Post Find(int id);
                Task<int> UpdateAsync(int id, Post post);
                bool Update(Post post);
            }
            """);
        Assertions.Clean(run);
        Assert.Equal(new[] { "Update", "UpdateAsync" }, Reported(run));
        Assert.StartsWith("IPosts.UpdateAsync answers 0 when the Post given is not stored", Message(run, "UpdateAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_through_a_unit_of_work_whose_writes_wait_for_its_save_is_not_reported()
    {
        // The tracker model: the removal is tracked, and the save fails for a row not stored, as EF Core's does; no setting
        // changes the bool there, so there is nothing to state.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Post
            {
                public int Id { get; set; }
            }

            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
            public interface IPosts
            {
                void Add(Post post);
                Post? Get(int id);
                bool Remove(Post post);
                int SaveChanges();
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0029");
    }

    [Fact]
    public void Ignore_beside_only_Try_removals_by_entity_still_states_nothing()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Post
            {
                public int Id { get; set; }
            }

            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IPosts
            {
                void Add(Post post);
                Post? Get(int id);
                bool TryRemove(Post post);
            }
            """);
        Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010");
    }

    private const string Calls = Sources.Usings + """
        namespace V;

        public class Call
        {
            public string? Id { get; set; }
            public string State { get; set; } = "";
        }

        [InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
        public interface ICallRepository
        {
            Task AddItemAsync(Call item);
            Task<Call?> GetItemAsync(string id);
            Task UpdateItemAsync(string id, Call item);
            Task DeleteItemAsync(string id);
        }
        """;

    [Fact]
    public void Under_Insert_an_update_by_key_stores_a_missing_entity_under_the_key_both_name()
    {
        // Microsoft's Broadcast Development Kit: CosmosDbRepository.UpdateItemAsync(id, item) is UpsertItemAsync. Before
        // session 38 MissingUpdate = Insert refused every update by a separate key ("which key is not said"), though the
        // update by key already requires the entity's own key to be the key given.
        var run = GeneratorHarness.Run(Calls);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICallRepository calls = new InMemoryCallRepository();
                    calls.UpdateItemAsync("c4", new Call { Id = "c4", State = "new" }).GetAwaiter().GetResult();
                    Is("new", calls.GetItemAsync("c4").GetAwaiter().GetResult()?.State, "a call not stored is stored under its key");
                    calls.UpdateItemAsync("c4", new Call { Id = "c4", State = "done" }).GetAwaiter().GetResult();
                    Is("done", calls.GetItemAsync("c4").GetAwaiter().GetResult()?.State, "a stored call is replaced");
                    Throws<ArgumentException>(() => calls.UpdateItemAsync("c5", new Call { Id = "c6" }).GetAwaiter().GetResult(), null, "an entity of another key is refused, as the update by key refuses it");
                    Is(null, calls.GetItemAsync("c5").GetAwaiter().GetResult(), "and nothing is stored under either key");
                    Is(null, calls.GetItemAsync("c6").GetAwaiter().GetResult(), "nor under its own");
                }
            }
            """);
    }
}
