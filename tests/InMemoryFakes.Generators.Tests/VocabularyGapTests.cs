using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 24 (h-vocab): shapes session 23 found refused although their signatures prove them (<c>AnyBy{P}</c>,
/// <c>StreamAll</c>, keyset paging, children and roots of a tree, include flags on derived names), and refusals whose
/// message named the wrong cause. Each rule is general: none is keyed to an interface's or an entity's name.
/// </summary>
public class VocabularyGapTests
{
    private static string MessageOf(GeneratorRun run, string id, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == id && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void AnyBy_a_property_reads_as_ExistsBy()
    {
        // IOnlineConnectionRepository.AnyByUserNameAsync(userName) was "not a known verb" where ExistsByUserName was generated.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Connection { public string Id { get; set; } = ""; public string UserName { get; set; } = ""; public bool IsIdle { get; set; } }

            [InMemoryFake]
            public interface IConnectionRepository
            {
                void Add(Connection connection);
                Task<bool> AnyByUserNameAsync(string userName);
                bool AnyByUserNameAndIsIdle(string userName, bool isIdle);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IConnectionRepository connections = new InMemoryConnectionRepository();
                    Is(false, connections.AnyByUserNameAsync("ada").GetAwaiter().GetResult(), "nobody yet");
                    connections.Add(new Connection { Id = "c1", UserName = "ada" });
                    connections.Add(new Connection { Id = "c2", UserName = "ada", IsIdle = true });
                    Is(true, connections.AnyByUserNameAsync("ada").GetAwaiter().GetResult(), "ada has connections");
                    Is(false, connections.AnyByUserNameAsync("bob").GetAwaiter().GetResult(), "bob has none");
                    Is(true, connections.AnyByUserNameAndIsIdle("ada", true), "one idle");
                    Is(false, connections.AnyByUserNameAndIsIdle("bob", false), "none of bob's");
                }
            }
            """);
    }

    [Fact]
    public void AnyBy_returning_no_bool_names_the_result()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Connection { public string Id { get; set; } = ""; public string UserName { get; set; } = ""; }

            [InMemoryFake]
            public interface IConnectionRepository
            {
                void Add(Connection connection);
                int AnyByUserName(string userName);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0019 AnyByUserName" }, Refusals.Listed(run));
    }

    [Fact]
    public void StreamAll_streams_every_row()
    {
        // IMatchHistoryRepository.StreamAllAsync(ct) was "not a known verb": Stream read only as a derived query's verb.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Match { public long Id { get; set; } public string Winner { get; set; } = ""; }

            [InMemoryFake]
            public interface IMatchRepository
            {
                void Add(Match match);
                IAsyncEnumerable<Match> StreamAllAsync(CancellationToken ct = default);
                IAsyncEnumerable<Match> StreamAllMatchesAsync(CancellationToken ct = default);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IMatchRepository matches = new InMemoryMatchRepository();
                    matches.Add(new Match { Id = 1, Winner = "ada" });
                    matches.Add(new Match { Id = 2, Winner = "bob" });
                    Is("ada,bob", string.Join(",", Read(matches.StreamAllAsync()).Select(m => m.Winner)), "every match");
                    Is(2, Read(matches.StreamAllMatchesAsync()).Count, "every match, named");
                }

                private static List<Match> Read(IAsyncEnumerable<Match> stream)
                {
                    var list = new List<Match>();
                    var e = stream.GetAsyncEnumerator();
                    while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult()) list.Add(e.Current);
                    return list;
                }
            }
            """);
    }

    private const string Catalog = Sources.Usings + """
        namespace V;

        public class CatalogItem { public int Id { get; set; } public string Name { get; set; } = ""; public string Category { get; set; } = ""; }

        [InMemoryFake]
        public interface ICatalogRepository
        {
            void Add(CatalogItem item);
            Task<IReadOnlyList<CatalogItem>> GetAfterAsync(int lastId, int take);
            List<CatalogItem> GetPageAfter(int? lastId, int limit);
            CatalogItem[] ListItemsAfter(int afterId, int count);
        }
        """;

    [Fact]
    public void Keyset_paging_returns_the_rows_after_the_last_key_in_key_order()
    {
        var run = GeneratorHarness.Run(Catalog);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    ICatalogRepository items = new InMemoryCatalogRepository();
                    foreach (var id in new[] { 5, 1, 3, 2, 4 }) items.Add(new CatalogItem { Id = id, Name = "n" + id });
                    Is("3,4", string.Join(",", items.GetAfterAsync(2, 2).GetAwaiter().GetResult().Select(i => i.Id)), "after 2, two of them, in key order");
                    Is("5", string.Join(",", items.GetAfterAsync(4, 10).GetAwaiter().GetResult().Select(i => i.Id)), "only 5 is after 4");
                    Is(0, items.GetAfterAsync(5, 10).GetAwaiter().GetResult().Count, "nothing after the last");
                    Is("1,2,3", string.Join(",", items.GetPageAfter(null, 3).Select(i => i.Id)), "null: from the start");
                    Is("4,5", string.Join(",", items.GetPageAfter(3, 3).Select(i => i.Id)), "a nullable key given");
                    Is("2", string.Join(",", items.ListItemsAfter(1, 1).Select(i => i.Id)), "an array");
                    Is(0, items.GetPageAfter(null, 0).Count, "take 0");
                    Throws<ArgumentOutOfRangeException>(() => items.GetPageAfter(null, -1), "limit", "a negative count");
                }
            }
            """);
    }

    [Fact]
    public void Keyset_paging_over_a_key_whose_order_is_not_shared_is_refused_naming_why()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Doc { public Guid Id { get; set; } public string Title { get; set; } = ""; }
            public class Tag { public string Id { get; set; } = ""; }
            public class Line { public int Id { get; set; } }

            [InMemoryFake]
            public interface IDocRepository
            {
                void Add(Doc doc);
                Task<List<Doc>> GetAfterAsync(Guid lastId, int take);
            }

            [InMemoryFake]
            public interface ITagRepository
            {
                void Add(Tag tag);
                List<Tag> GetAfter(string lastId, int take);
            }

            [InMemoryFake]
            public interface ILineRepository
            {
                void Add(Line line);
                IAsyncEnumerable<Line> GetLinesAfterAsync(int lastId, int take);
                List<Line> GetPageAfter(int lastId);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Contains("Guid, which .NET (Guid.CompareTo: byte by byte from the first) and SQL Server (uniqueidentifier: the last six bytes first) order differently", Refusals.Message(run, "GetAfterAsync"), StringComparison.Ordinal);
        Assert.Contains("Id is text, whose order is the database's collation", Refusals.Message(run, "GetAfter"), StringComparison.Ordinal);
        Assert.Contains("it must return a list or an array of them", Refusals.Message(run, "GetLinesAfterAsync"), StringComparison.Ordinal);
        Assert.Contains("takes the last key (lastId) and then how many (take, count or limit: an int), and it declares int lastId", Refusals.Message(run, "GetPageAfter"), StringComparison.Ordinal);
    }
    [Fact]
    public void Children_and_roots_read_the_self_reference()
    {
        // IFolderRepository.GetChildrenAsync(parentId) and GetRootsAsync(ownerId) were refused ("'Children' names neither the
        // entity…") beside a generated GetByParentIdAsync(parentId), which is the same read.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Folder { public Guid Id { get; set; } public Guid? ParentId { get; set; } public string Name { get; set; } = ""; public Guid OwnerId { get; set; } }

            [InMemoryFake]
            public interface IFolderRepository
            {
                Task AddAsync(Folder folder);
                Task<IReadOnlyList<Folder>> GetChildrenAsync(Guid parentId);
                List<Folder> GetChildFolders(Guid? parentId);
                Task<IReadOnlyList<Folder>> GetRootsAsync(Guid ownerId);
                List<Folder> GetRootItems();
                int CountChildren(Guid parentId);
                bool HasChildren(Guid id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IFolderRepository folders = new InMemoryFolderRepository();
                    var ada = Guid.NewGuid();
                    var bob = Guid.NewGuid();
                    var docs = new Folder { Id = Guid.NewGuid(), Name = "docs", OwnerId = ada };
                    var music = new Folder { Id = Guid.NewGuid(), Name = "music", OwnerId = bob };
                    folders.AddAsync(docs).GetAwaiter().GetResult();
                    folders.AddAsync(music).GetAwaiter().GetResult();
                    folders.AddAsync(new Folder { Id = Guid.NewGuid(), Name = "cv", ParentId = docs.Id, OwnerId = ada }).GetAwaiter().GetResult();
                    folders.AddAsync(new Folder { Id = Guid.NewGuid(), Name = "tax", ParentId = docs.Id, OwnerId = ada }).GetAwaiter().GetResult();
                    Is("cv,tax", string.Join(",", folders.GetChildrenAsync(docs.Id).GetAwaiter().GetResult().Select(f => f.Name)), "the children of docs");
                    Is(0, folders.GetChildrenAsync(music.Id).GetAwaiter().GetResult().Count, "music has none");
                    Is("docs,music", string.Join(",", folders.GetChildFolders(null).Select(f => f.Name)), "null parent: the roots, as EF Core's ==");
                    Is("docs", string.Join(",", folders.GetRootsAsync(ada).GetAwaiter().GetResult().Select(f => f.Name)), "ada's roots");
                    Is("docs,music", string.Join(",", folders.GetRootItems().Select(f => f.Name)), "every root");
                    Is(2, folders.CountChildren(docs.Id), "two children");
                    Is(true, folders.HasChildren(docs.Id), "docs has children");
                    Is(false, folders.HasChildren(music.Id), "music has none");
                }
            }
            """);
    }

    [Fact]
    public void Children_by_a_parent_property_named_after_a_text_key()
    {
        // EverydayInterfaceTests' ICategoryRepository (session 19): GetChildren(parentSlug) of a Category keyed by Slug with a
        // ParentSlug, refused then ("'Children' names no entity or property"); ParentSlug is the Parent{Key} self-reference.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Category { public string Slug { get; set; } = ""; public string? ParentSlug { get; set; } }

            [InMemoryFake]
            public interface ICategoryRepository
            {
                Category? GetBySlug(string slug);
                void Save(Category category);
                bool Delete(string slug);
                IEnumerable<Category> GetChildren(string parentSlug);
                IReadOnlyList<Category> GetRootCategories();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    ICategoryRepository categories = new InMemoryCategoryRepository();
                    categories.Save(new Category { Slug = "food" });
                    categories.Save(new Category { Slug = "fruit", ParentSlug = "food" });
                    categories.Save(new Category { Slug = "bread", ParentSlug = "food" });
                    Is("fruit,bread", string.Join(",", categories.GetChildren("food").Select(c => c.Slug)), "the children of food");
                    Is("food", string.Join(",", categories.GetRootCategories().Select(c => c.Slug)), "the root");
                }
            }
            """);
    }

    [Fact]
    public void Roots_of_a_parent_key_that_cannot_hold_null_are_refused_naming_why()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Category { public int Id { get; set; } public int ParentId { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface ICategoryRepository
            {
                void Add(Category category);
                List<Category> GetChildren(int parentId);
                List<Category> GetRoots();
                List<Category> GetChildCategories(string name);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 GetChildCategories", "IMF0001 GetRoots" }, Refusals.Listed(run));
        Assert.Contains("ParentId is int, which cannot hold null, so what a root holds there (0, -1, its own key) is the store's convention", Refusals.Message(run, "GetRoots"), StringComparison.Ordinal);
        Assert.Contains("its first parameter is the parent's key, named parentId (or as the key); it declares string name", Refusals.Message(run, "GetChildCategories"), StringComparison.Ordinal);
    }

    [Fact]
    public void Include_flags_on_derived_names_filter_as_on_lookups()
    {
        // IBoardRepository.GetByWorkspaceIdAsync(workspaceId, includeArchived = false) was IMF0018 by a decision: a derived
        // name did not take the flag GetAsync(workspaceId, includeArchived) takes.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Board { public Guid Id { get; set; } public string Name { get; set; } = ""; public Guid WorkspaceId { get; set; } public bool IsArchived { get; set; } public bool IsActive { get; set; } = true; }

            [InMemoryFake]
            public interface IBoardRepository
            {
                Task AddAsync(Board board);
                Task<IReadOnlyList<Board>> GetByWorkspaceIdAsync(Guid workspaceId, bool includeArchived = false);
                int CountByWorkspaceId(Guid workspaceId, bool includeInactive);
                List<Board> FindByNameOrderByNameDesc(string name, bool includeArchived, int skip, int take);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IBoardRepository boards = new InMemoryBoardRepository();
                    var space = Guid.NewGuid();
                    boards.AddAsync(new Board { Id = Guid.NewGuid(), Name = "a", WorkspaceId = space }).GetAwaiter().GetResult();
                    boards.AddAsync(new Board { Id = Guid.NewGuid(), Name = "b", WorkspaceId = space, IsArchived = true }).GetAwaiter().GetResult();
                    boards.AddAsync(new Board { Id = Guid.NewGuid(), Name = "c", WorkspaceId = space, IsActive = false }).GetAwaiter().GetResult();
                    boards.AddAsync(new Board { Id = Guid.NewGuid(), Name = "a", WorkspaceId = Guid.NewGuid(), IsArchived = true }).GetAwaiter().GetResult();
                    Is("a,c", string.Join(",", boards.GetByWorkspaceIdAsync(space).GetAwaiter().GetResult().Select(b => b.Name)), "archived left out");
                    Is("a,b,c", string.Join(",", boards.GetByWorkspaceIdAsync(space, includeArchived: true).GetAwaiter().GetResult().Select(b => b.Name)), "archived included");
                    Is(2, boards.CountByWorkspaceId(space, false), "inactive left out");
                    Is(3, boards.CountByWorkspaceId(space, true), "inactive counted");
                    Is(1, boards.FindByNameOrderByNameDesc("a", false, 0, 10).Count, "the archived a left out");
                    Is(2, boards.FindByNameOrderByNameDesc("a", true, 0, 10).Count, "both a");
                    Is(1, boards.FindByNameOrderByNameDesc("a", true, 1, 10).Count, "paged after the flag");
                }
            }
            """);
    }
    [Fact]
    public void A_try_read_whose_noun_is_unproven_names_the_noun_not_its_out_parameter()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ISessionCache
            {
                void Set(string key, string value);
                string? Get(string key);
                bool TryGetTicket(string key, out string? value);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 TryGetTicket" }, Refusals.Listed(run));
        var message = Refusals.Message(run, "TryGetTicket");
        Assert.Contains("'Ticket' in 'TryGetTicket' names neither the store's values (string) nor the interface", message, StringComparison.Ordinal);
        Assert.DoesNotContain("passed out", message, StringComparison.Ordinal);
    }

    private const string Profiles = Sources.Usings + """
        namespace V;

        public class Profile { public Guid Id { get; set; } public string Name { get; set; } = ""; }

        [InMemoryFake{0}]
        public interface IProfileRepository
        {
            Task AddAsync(Profile profile);
            Task<IReadOnlyList<Profile>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);
            Task<IReadOnlyList<Profile>> GetByIdsAsync(IEnumerable<Guid> ids);
        }
        """;

    [Fact]
    public void GetMany_by_keys_is_the_batch_read_by_keys_refused_for_its_order_alone()
    {
        // Before: IMF0001 "'Many' names neither the entity…", where GetByIdsAsync(ids) beside it was IMF0018 naming the order.
        var run = GeneratorHarness.Run(Profiles.Replace("{0}", "", StringComparison.Ordinal));
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0018 GetByIdsAsync", "IMF0018 GetManyAsync" }, Refusals.Listed(run));
        Assert.Contains("whether the result follows the order of the keys given", MessageOf(run, "IMF0018", "GetManyAsync"), StringComparison.Ordinal);

        var ordered = GeneratorHarness.Run(Profiles.Replace("{0}", "(ByKeysOrder = ByKeysOrder.KeysGiven)", StringComparison.Ordinal));
        Assertions.Clean(ordered);
        BehaviourCheck.Run(ordered, Sources.Usings + "using System.Linq;\nusing V;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IProfileRepository profiles = new InMemoryProfileRepository();
                    var a = new Profile { Id = Guid.NewGuid(), Name = "a" };
                    var b = new Profile { Id = Guid.NewGuid(), Name = "b" };
                    profiles.AddAsync(a).GetAwaiter().GetResult();
                    profiles.AddAsync(b).GetAwaiter().GetResult();
                    Is("b,a", string.Join(",", profiles.GetManyAsync(new[] { b.Id, Guid.NewGuid(), a.Id }).GetAwaiter().GetResult().Select(p => p.Name)), "in the order of the keys given, a missing one left out");
                    Is("b,a", string.Join(",", profiles.GetByIdsAsync(new[] { b.Id, a.Id }).GetAwaiter().GetResult().Select(p => p.Name)), "as GetByIdsAsync");
                }
            }
            """);
    }

    [Fact]
    public void IMF0008_names_the_constraint_key_it_looked_for()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public interface IOwned { string OwnerId { get; set; } }

            [InMemoryFake]
            public interface IStore<T> where T : IOwned
            {
                void Add(T item);
                IReadOnlyList<T> GetAll();
            }
            """);
        Assertions.NeverFailed(run);
        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0008").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("its entity type parameter 'T' is constrained to V.IOwned, which give it no key property: none marked [Key], no Id, and no OwnedId (a type parameter is also keyed by a constraint's name plus Id", message, StringComparison.Ordinal);
        Assert.Contains("or where T : ILease with a LeaseId: the constraint's name plus Id", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDelete_that_reaches_no_member_is_IMF0010()
    {
        var source = Sources.Usings + """
            namespace V;

            public class Note { public int Id { get; set; } public string Text { get; set; } = ""; }

            [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
            public interface INoteRepository
            {
                void Add(Note note);
                Note? Delete(Note note);
                bool Remove(int id);
            }
            """;
        var run = GeneratorHarness.Run(source);
        Assertions.NeverFailed(run);
        var invalid = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0010").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("MissingDelete = NotFound: no member of INoteRepository removes entities and returns nothing", invalid, StringComparison.Ordinal);

        var reached = GeneratorHarness.Run(source.Replace("bool Remove(int id);", "void Remove(int id);", StringComparison.Ordinal));
        Assertions.Clean(reached);
    }

    private const string History = Sources.Usings + """
        namespace V;

        public record ChatMessage
        {
            public required string Id { get; set; }
            public required string UserId { get; set; }
            public required string ThreadId { get; set; }
            public required string Content { get; set; }
            public required DateTime Created { get; set; }
        }

        [InMemoryFake]
        public interface IHistoryRepository
        {
            Task<List<ChatMessage>> GetHistoryAsync(string userId, string threadId);
            Task<bool> DeleteHistoryAsync(string userId, string threadId);
            Task<bool> AddMessageToHistoryAsync(string userId, string threadId, string message, string role);
        }
        """;

    [Fact]
    public void A_history_whose_rows_no_member_writes_stays_key_value_and_says_why()
    {
        // InstallmentAdvisor's IHistoryRepository: one filtered list of ChatMessage and no member that writes one. One list
        // proves no table (it may be a projection), so the store stays key-value; the refusal now says so instead of only
        // "'threadId' after the key is nothing a key-value store knows".
        var run = GeneratorHarness.Run(History);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 AddMessageToHistoryAsync", "IMF0001 DeleteHistoryAsync", "IMF0001 GetHistoryAsync" }, Refusals.Listed(run));
        Assert.Contains("it lists ChatMessage rows by UserId and ThreadId, which an entity repository of ChatMessage would read, but no member of IHistoryRepository writes or removes a ChatMessage",
            Refusals.Message(run, "GetHistoryAsync"), StringComparison.Ordinal);

        // A member that adds a ChatMessage proves the rows: the same reads are then an entity repository's.
        var rows = GeneratorHarness.Run(History.Replace("Task<bool> AddMessageToHistoryAsync(string userId, string threadId, string message, string role);",
            "Task AddAsync(ChatMessage message);", StringComparison.Ordinal));
        Assertions.Clean(rows);
    }
}
