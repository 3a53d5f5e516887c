using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An add declared to return <c>object</c> returns the key of the entity it stored, boxed, as RepoDb's <c>Insert</c>,
/// NHibernate's <c>ISession.Save</c> and PetaPoco's <c>Database.Insert</c> do (mix.core's <c>Task&lt;object&gt;
/// InsertAsync(TEntity entity)</c> over RepoDb), and so does an upsert (RepoDb's <c>Merge</c>); a string key returned as
/// <c>object</c> is refused as a string key is.
/// </summary>
public class ObjectKeyResultTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void An_add_or_upsert_returning_object_returns_the_generated_or_given_key_boxed()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Posts;

            public class Post
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPostRepository
            {
                object Insert(Post post);
                Task<object> InsertAsync(Post post);
                object Save(Post post);
                Post? Get(int id);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        BehaviourCheck.Run(run, """
            using InMemoryFakes;
            using Posts;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var fake = new InMemoryPostRepository();
                    var first = fake.Insert(new Post { Title = "a" });
                    Is(1, first, "Insert returns the generated key, boxed");
                    var second = fake.InsertAsync(new Post { Title = "b" }).GetAwaiter().GetResult();
                    Is(2, second, "InsertAsync returns the next generated key, boxed");
                    Is("b", fake.Get(2)?.Title, "the entity is stored under that key");
                    Is(7, fake.Insert(new Post { Id = 7, Title = "c" }), "a key the caller gave is returned as given");
                    Throws<DuplicateKeyException>(() => fake.Insert(new Post { Id = 7, Title = "d" }), null, "a taken key is the duplicate error");
                    Is("c", fake.Get(7)?.Title, "the store is unchanged by the refused add");
                    Is(7, fake.Save(new Post { Id = 7, Title = "e" }), "an upsert returning object returns the key of the entity it replaced");
                    Is("e", fake.Get(7)?.Title, "the upsert replaced it");
                    var generated = fake.Save(new Post { Title = "f" });
                    Is(false, Equals(0, generated), "an upsert of a new entity returns a generated key");
                    Is("f", fake.Get((int)generated)?.Title, "the upsert stored the new entity under the key it returned");
                }
            }
            """);
    }

    [Fact]
    public void An_add_returning_a_string_key_as_object_is_refused_as_a_string_key_is()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Navigations;

            public class Navigation
            {
                public string Id { get; set; } = "";
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface INavigationRepository
            {
                Task<object> InsertAsync(Navigation navigation);
                Navigation? Get(string id);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith(
            "'InsertAsync' of INavigationRepository matches no entity repository convention: it returns the string key of the Navigation it adds (as object), which says the store hands the key out",
            Message(run, "InsertAsync"),
            StringComparison.Ordinal);
    }
}
