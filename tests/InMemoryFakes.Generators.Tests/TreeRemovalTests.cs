using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The removal of a tree's node (session 33, found by h-sample104): on an entity with one self-reference (<c>ParentId</c>
/// of the key's type, as the tree reads <c>GetChildren</c>/<c>GetRoots</c> recognise it), a generated removal that would
/// leave a stored row whose parent is gone refuses with <c>InvalidOperationException</c> and changes nothing: ABP's and
/// bxjg's tree managers delete the subtree, FreeSql and MongoDB the one row, EF Core's save fails on the foreign key or
/// sets tracked children's <c>ParentId</c> to null. A leaf, or a parent removed with all its children in one call, is
/// removed as before; an entity without a self-reference, and removals through the fake's <c>Store</c>, are not checked.
/// </summary>
public class TreeRemovalTests
{
    private const string Categories = Sources.Usings + """
        using System.Linq.Expressions;

        namespace Catalog;

        public class Category
        {
            public int Id { get; set; }
            public int? ParentId { get; set; }
            public string Name { get; set; } = "";
        }

        public class Product
        {
            public int Id { get; set; }
            public int CategoryId { get; set; }
            public int? ReplacesId { get; set; }
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface ICategoryRepository
        {
            Category Add(Category category);
            Category? GetById(int id);
            IReadOnlyList<Category> GetChildren(int parentId);
            void Delete(int id);
            bool Remove(Category category);
            Task DeleteAsync(int id);
            int DeleteRange(IEnumerable<int> ids);
            int RemoveRange(IEnumerable<Category> categories);
            int Delete(Expression<Func<Category, bool>> predicate);
        }

        [InMemoryFake]
        public interface IProductRepository
        {
            Product Add(Product product);
            Product? GetById(int id);
            void Delete(int id);
            int DeleteRange(IEnumerable<int> ids);
        }

        """;

    private const string CheckPrelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Catalog;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {
            // A tree: 1 (root) with children 2 and 3; 3 has child 4.
            private static ICategoryRepository Tree()
            {
                ICategoryRepository categories = new InMemoryCategoryRepository();
                categories.Add(new Category { Name = "Root" });
                categories.Add(new Category { Name = "A", ParentId = 1 });
                categories.Add(new Category { Name = "B", ParentId = 1 });
                categories.Add(new Category { Name = "B1", ParentId = 3 });
                return categories;
            }

            private static string Refused(Action removal, string what)
            {
                try
                {
                    removal();
                }
                catch (InvalidOperationException e)
                {
                    return e.Message;
                }

                throw new InvalidOperationException(what + ": nothing thrown");
            }

            private static void AllStored(ICategoryRepository categories, string what)
            {
                for (var id = 1; id <= 4; id++)
                {
                    Is(true, categories.GetById(id) is not null, what + ": category " + id + " still stored");
                }
            }

        """;

    [Fact]
    public void Removing_a_node_with_children_refuses_naming_the_readings_and_the_fix_and_changes_nothing()
    {
        var run = GeneratorHarness.Run(Categories);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    var categories = Tree();
                    var message = Refused(() => categories.Delete(1), "Delete(id) of a parent");
                    foreach (var part in new[] { "Category: can't remove the row with Id '1'", "2 stored rows have ParentId '1' (its children)", "subtree", "the one row", "foreign key", "Nothing was removed", "partial class", "Store.Remove(id)" })
                    {
                        Is(true, message.Contains(part, StringComparison.Ordinal), "the message names '" + part + "': " + message);
                    }

                    AllStored(categories, "Delete(id)");
                    Is(true, Refused(() => categories.Remove(categories.GetById(3)!), "Remove(entity) of a parent").Contains("1 stored row has ParentId '3' (its child)", StringComparison.Ordinal), "Remove(entity) names its one child");
                    AllStored(categories, "Remove(entity)");
                    Refused(() => categories.DeleteAsync(1).GetAwaiter().GetResult(), "DeleteAsync(id) of a parent");
                    AllStored(categories, "DeleteAsync(id)");
                    Refused(() => categories.Delete(c => c.Name == "B"), "a query removal of a parent");
                    AllStored(categories, "a query removal");

                    // A leaf goes; then its parent is a leaf too.
                    categories.Delete(4);
                    Is(null, categories.GetById(4), "a leaf is removed");
                    Is(true, categories.Remove(categories.GetById(3)!), "a parent whose children are gone is removed");
                    categories.DeleteAsync(2).GetAwaiter().GetResult();
                    categories.Delete(1);
                    Is(null, categories.GetById(1), "the root, a leaf at last, is removed");
                }
            }
            """);
    }

    [Fact]
    public void A_range_or_query_that_removes_a_parent_with_all_its_children_works_and_one_that_leaves_a_child_changes_nothing()
    {
        var run = GeneratorHarness.Run(Categories);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    var categories = Tree();
                    Refused(() => categories.DeleteRange(new[] { 3, 2, 1 }), "a range that leaves 4 under 3");
                    AllStored(categories, "the refused range");
                    Refused(() => categories.RemoveRange(new[] { categories.GetById(1)!, categories.GetById(2)! }), "an entity range that leaves 3 under 1");
                    AllStored(categories, "the refused entity range");
                    Refused(() => categories.Delete(c => c.Id <= 3), "a query that leaves 4 under 3");
                    AllStored(categories, "the refused query");

                    // The parent first, its children after it, in one call.
                    Is(2, categories.DeleteRange(new[] { 3, 4 }), "a parent and its child in one range");
                    Is(null, categories.GetById(4), "the child is gone");
                    Is(2, categories.Delete(c => c.Id == 1 || c.ParentId == 1), "a query that takes the root and its last child");
                    Is(0, categories.GetChildren(1).Count, "nothing is left under the root");

                    var again = Tree();
                    again.RemoveRange(new[] { again.GetById(1)!, again.GetById(2)!, again.GetById(3)!, again.GetById(4)! });
                    for (var id = 1; id <= 4; id++)
                    {
                        Is(null, again.GetById(id), "the whole tree removed in one entity range: " + id);
                    }
                }
            }
            """);
    }

    [Fact]
    public void An_entity_without_a_self_reference_and_a_member_written_over_the_store_are_not_checked()
    {
        var run = GeneratorHarness.Run(Categories + """
            [InMemoryFake]
            public interface IFolderRepository
            {
                Category Add(Category category);
                Category? GetById(int id);
                void Delete(int id);
            }

            // A document store's removal of the one row, written by hand: what the store does is said, so it is not checked.
            public partial class InMemoryFolderRepository
            {
                public void Delete(int id) => Store.Remove(id);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    // Product's ReplacesId and CategoryId are no self-reference: a removal removes the one row.
                    IProductRepository products = new InMemoryProductRepository();
                    products.Add(new Product { Name = "Old", CategoryId = 1 });
                    products.Add(new Product { Name = "New", CategoryId = 1, ReplacesId = 1 });
                    products.Delete(1);
                    Is(null, products.GetById(1), "a product is removed");
                    Is(1, products.GetById(2)?.ReplacesId, "the other keeps its reference");

                    IFolderRepository folders = new InMemoryFolderRepository();
                    folders.Add(new Category { Name = "Root" });
                    folders.Add(new Category { Name = "A", ParentId = 1 });
                    folders.Delete(1);
                    Is(null, folders.GetById(1), "the hand-written removal over Store removes the one row");
                    Is(1, folders.GetById(2)?.ParentId, "and leaves its child as the store it follows does");

                    // The generated fake of the same entity refuses it.
                    var categories = Tree();
                    Refused(() => categories.Delete(1), "the generated removal");
                    AllStored(categories, "the generated removal");
                }
            }
            """);
    }

    [Fact]
    public void Under_a_unit_of_work_the_removal_is_judged_at_the_save_with_all_of_the_saves_removals()
    {
        var run = GeneratorHarness.Run(Categories + """
            [InMemoryFake]
            public interface ICategoryStore
            {
                void Add(Category category);
                Category? GetById(int id);
                void Remove(Category category);
                int SaveChanges();
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    ICategoryStore store = new InMemoryCategoryStore();
                    store.Add(new Category { Name = "Root" });
                    store.Add(new Category { Name = "A", ParentId = 1 });
                    store.SaveChanges();

                    // The removal waits for the save, where it takes effect: the save refuses it and writes nothing.
                    store.Remove(store.GetById(1)!);
                    var message = Refused(() => store.SaveChanges(), "a save that removes a parent and leaves its child");
                    Is(true, message.Contains("1 stored row has ParentId '1'", StringComparison.Ordinal), "the save names the child: " + message);

                    // The child's removal joins it: one save removes both.
                    store.Remove(store.GetById(2)!);
                    Is(2, store.SaveChanges(), "a save that removes the parent and its child");
                    Is(null, store.GetById(2), "the child is gone");
                }
            }
            """);
    }

    private const string Navigations = Sources.Usings + """
        namespace Catalog;

        // Only a Parent navigation: EF Core's shadow foreign key, no ParentId.
        public class Category
        {
            public int Id { get; set; }
            public Category? Parent { get; set; }
            public string Name { get; set; } = "";
        }

        // The Parent{Entity} form, with a Guid key.
        public class Folder
        {
            public Guid Id { get; set; }
            public Folder? ParentFolder { get; set; }
        }

        // A ParentId beside a navigation of another name: the ParentId rule decides, as before.
        public class Node
        {
            public int Id { get; set; }
            public int? ParentId { get; set; }
            public Node? ParentNode { get; set; }
        }

        // Two navigations either of which could be the parent: neither is taken.
        public class Topic
        {
            public int Id { get; set; }
            public Topic? Parent { get; set; }
            public Topic? ParentTopic { get; set; }
        }

        // EF Core's foreign key of the navigation in another case (ParentID): neither rule proves the link, as before.
        public class Page
        {
            public int PageID { get; set; }
            public int? ParentID { get; set; }
            public Page? Parent { get; set; }
        }

        [InMemoryFake]
        public interface ICategoryRepository
        {
            Category Add(Category category);
            Category? GetById(int id);
            void Delete(int id);
            int DeleteRange(IEnumerable<int> ids);
        }

        [InMemoryFake]
        public interface IPageRepository
        {
            Page Add(Page page);
            Page? GetById(int id);
            void Delete(int id);
        }

        [InMemoryFake]
        public interface IFolderRepository
        {
            Folder Add(Folder folder);
            Folder? GetById(Guid id);
            bool Remove(Folder folder);
        }

        [InMemoryFake]
        public interface INodeRepository
        {
            Node Add(Node node);
            Node? GetById(int id);
            void Delete(int id);
        }

        [InMemoryFake]
        public interface ITopicRepository
        {
            Topic Add(Topic topic);
            Topic? GetById(int id);
            void Delete(int id);
        }

        """;

    [Fact]
    public void A_Parent_navigation_alone_is_the_tree_link_compared_by_the_key_of_the_entity_it_holds()
    {
        var run = GeneratorHarness.Run(Navigations);
        Assertions.Clean(run);
        var categories = string.Join("\n", run.Sources.Where(s => s.Key.Contains(".ICategoryRepository.", StringComparison.Ordinal)).Select(static s => s.Value));
        Assert.Contains("ParentKey = static e => e.Parent?.Id,", categories, StringComparison.Ordinal);

        BehaviourCheck.Run(run, """
            using System;
            using Catalog;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                private static string Refused(Action removal, string what)
                {
                    try
                    {
                        removal();
                    }
                    catch (InvalidOperationException e)
                    {
                        return e.Message;
                    }

                    throw new InvalidOperationException(what + ": nothing thrown");
                }

                public static void Run()
                {
                    ICategoryRepository categories = new InMemoryCategoryRepository();
                    var root = categories.Add(new Category { Name = "Root" });
                    var a = categories.Add(new Category { Name = "A", Parent = root });
                    categories.Add(new Category { Name = "A1", Parent = a });
                    var message = Refused(() => categories.Delete(1), "Delete(id) of a parent held by a navigation");
                    Is(true, message.Contains("1 stored row has Parent.Id '1' (its child)", StringComparison.Ordinal), "the message names the child and the link: " + message);
                    Is(true, categories.GetById(1) is not null, "the parent is still stored");
                    Refused(() => categories.DeleteRange(new[] { 1, 2 }), "a range that leaves A1 under A");
                    Is(true, categories.GetById(2) is not null, "the refused range removed nothing");
                    Is(3, categories.DeleteRange(new[] { 3, 1, 2 }), "a range that takes the whole tree");

                    IFolderRepository folders = new InMemoryFolderRepository();
                    var top = folders.Add(new Folder());
                    var sub = folders.Add(new Folder { ParentFolder = top });
                    Refused(() => folders.Remove(folders.GetById(top.Id)!), "Remove(entity) of a parent held by ParentFolder");
                    Is(true, folders.Remove(folders.GetById(sub.Id)!), "the child goes");
                    Is(true, folders.Remove(folders.GetById(top.Id)!), "then the parent");

                    // ParentId decides where both are: a child held by the navigation only is no child of the tree the fake reads.
                    INodeRepository nodes = new InMemoryNodeRepository();
                    var n1 = nodes.Add(new Node());
                    nodes.Add(new Node { ParentNode = n1 });
                    nodes.Add(new Node { ParentId = 1 });
                    Is(true, Refused(() => nodes.Delete(1), "a ParentId child").Contains("1 stored row has ParentId '1'", StringComparison.Ordinal), "ParentId is the link");

                    // Two candidate navigations: the fake cannot tell which is the parent and checks nothing, as before.
                    ITopicRepository topics = new InMemoryTopicRepository();
                    var t1 = topics.Add(new Topic());
                    topics.Add(new Topic { Parent = t1 });
                    topics.Delete(1);
                    Is(null, topics.GetById(1), "removed unchecked");

                    IPageRepository pages = new InMemoryPageRepository();
                    var p1 = pages.Add(new Page());
                    pages.Add(new Page { ParentID = 1, Parent = p1 });
                    pages.Delete(1);
                    Is(null, pages.GetById(1), "a navigation beside its key in another case is not taken: removed unchecked, as before");
                }
            }
            """);
    }
}
