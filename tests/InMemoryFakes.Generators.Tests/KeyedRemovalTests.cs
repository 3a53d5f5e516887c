using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Delete(key, entity)</c> (EventSourcing.NetCore's <c>ElasticSearchRepository.Delete(Guid id, T aggregate)</c>) removes the
/// entity the key names, as <c>Update(key, entity)</c> updates it: the entity's own key must be the key given (else
/// <c>ArgumentException</c> naming the entity, store unchanged), and what a missing entity does is the removal by entity's
/// (a <c>bool</c> says it; a removal returning nothing needs <c>MissingDelete</c>, else IMF0001).
/// </summary>
public class KeyedRemovalTests
{
    private const string Carts = Sources.Usings + """
        namespace Shop;

        public sealed class Cart
        {
            public Guid Id { get; set; }
            public Guid ClientId { get; set; }
            public int Items { get; set; }
        }

        """;

    private const string CheckPrelude = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using Shop;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {


        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Delete_by_key_and_entity_removes_the_entity_the_key_names_and_refuses_an_entity_of_another_key()
    {
        var run = GeneratorHarness.Run(Carts + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface ICartIndex
            {
                Task<Cart?> Find(Guid id, CancellationToken cancellationToken);
                Task Save(Cart cart, CancellationToken cancellationToken);
                Task Delete(Guid id, Cart aggregate, CancellationToken cancellationToken);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    ICartIndex carts = new InMemoryCartIndex();
                    var ct = CancellationToken.None;
                    var cart = new Cart { Id = Guid.NewGuid(), ClientId = Guid.NewGuid(), Items = 2 };
                    var other = new Cart { Id = Guid.NewGuid(), Items = 5 };
                    carts.Save(cart, ct).GetAwaiter().GetResult();
                    carts.Save(other, ct).GetAwaiter().GetResult();

                    Throws<ArgumentException>(() => carts.Delete(cart.Id, other, ct).GetAwaiter().GetResult(), "aggregate", "an entity of another key");
                    Is(2, carts.Find(cart.Id, ct).GetAwaiter().GetResult()?.Items, "the refused removal left the key's entity");
                    Is(5, carts.Find(other.Id, ct).GetAwaiter().GetResult()?.Items, "the refused removal left the other entity");
                    Throws<ArgumentNullException>(() => carts.Delete(cart.Id, null!, ct).GetAwaiter().GetResult(), "aggregate", "a null entity");

                    carts.Delete(cart.Id, cart, ct).GetAwaiter().GetResult();
                    Is(null, carts.Find(cart.Id, ct).GetAwaiter().GetResult(), "the entity the key names is removed");
                    Is(5, carts.Find(other.Id, ct).GetAwaiter().GetResult()?.Items, "another entity stays");
                    carts.Delete(cart.Id, cart, ct).GetAwaiter().GetResult();
                    Is(5, carts.Find(other.Id, ct).GetAwaiter().GetResult()?.Items, "MissingDelete = Ignore: removing it again does nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_bool_result_says_whether_it_removed_and_MissingDelete_NotFound_throws_for_a_missing_entity()
    {
        var run = GeneratorHarness.Run(Carts + """
            [InMemoryFake]
            public interface ICartStore
            {
                void Add(Cart cart);
                Cart? Get(Guid id);
                bool Remove(Guid id, Cart cart);
            }

            [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
            public interface IStrictCartStore
            {
                void Add(Cart cart);
                void Delete(Guid cartId, Cart cart);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    ICartStore carts = new InMemoryCartStore();
                    var cart = new Cart { Id = Guid.NewGuid(), Items = 1 };
                    carts.Add(cart);
                    Throws<ArgumentException>(() => carts.Remove(Guid.NewGuid(), cart), "cart", "an entity of another key");
                    Is(1, carts.Get(cart.Id)?.Items, "the refused removal changed nothing");
                    Is(true, carts.Remove(cart.Id, cart), "a stored entity is removed");
                    Is(false, carts.Remove(cart.Id, cart), "a missing one is false");

                    IStrictCartStore strict = new InMemoryStrictCartStore();
                    var kept = new Cart { Id = Guid.NewGuid() };
                    strict.Add(kept);
                    strict.Delete(kept.Id, kept);
                    Throws<KeyNotFoundException>(() => strict.Delete(kept.Id, kept), null, "MissingDelete = NotFound: a missing entity is the not-found error");
                }
            }
            """);
    }

    [Fact]
    public void A_string_key_without_nullable_annotations_and_a_count_result_generate_clean()
    {
        var run = GeneratorHarness.Run("#nullable disable\n" + Sources.Usings + """
            namespace Docs;

            public class Document
            {
                public string Id { get; set; }
                public string Title { get; set; }
            }

            [InMemoryFake]
            public interface IDocumentIndex
            {
                void Add(Document document);
                Document Find(string id);
                int RemoveDocument(string id, Document document);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            #nullable disable
            using System;
            using Docs;

            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    IDocumentIndex index = new InMemoryDocumentIndex();
                    var document = new Document { Id = "a", Title = "A" };
                    index.Add(document);
                    try
                    {
                        index.RemoveDocument("b", document);
                        throw new InvalidOperationException("an entity of another key was removed");
                    }
                    catch (ArgumentException e) when (e.ParamName == "document")
                    {
                    }

                    if (index.Find("a") is null) throw new InvalidOperationException("the refused removal changed the store");
                    if (index.RemoveDocument("a", document) != 1) throw new InvalidOperationException("a stored entity counts 1");
                    if (index.RemoveDocument("a", document) != 0) throw new InvalidOperationException("a missing one counts 0");
                }
            }
            """);
    }

    [Fact]
    public void Unstated_a_removal_returning_nothing_is_refused_as_a_removal_by_entity_is()
    {
        // EF Core's Remove(aggregate) + SaveChanges throws for a missing row; Elasticsearch's DeleteAsync(id) answers 404 and throws nothing.
        var run = GeneratorHarness.Run(Carts + """
            [InMemoryFake]
            public interface ICartIndex
            {
                Task<Cart?> Find(Guid id);
                Task Save(Cart cart);
                Task Delete(Guid id, Cart aggregate);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("matches no entity repository convention: a removal by entity that returns nothing cannot say what it does when the entity is not stored", Message(run, "Delete"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_parameter_that_is_not_the_key_keeps_the_refusal()
    {
        // Delete(clientId, cart): which carts of the client it removes, or whether the cart must be the client's, is not said.
        var run = GeneratorHarness.Run(Carts + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface ICartIndex
            {
                Task Save(Cart cart);
                Task Delete(Guid clientId, Cart cart);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        // Since session 24 (h-nearly) the message names 'clientId', where it blamed the entity parameter 'cart'.
        Assert.Contains("a removal of the Cart it is given ('cart') takes it and nothing else the conventions know, and it takes 'clientId' (Guid), 'cart' (Cart); "
            + "'clientId' names Cart's ClientId: whether the removal checks it against the entity given, or removes the other Cart rows it names, is the store's own", Message(run, "Delete"), StringComparison.Ordinal);
    }
}
