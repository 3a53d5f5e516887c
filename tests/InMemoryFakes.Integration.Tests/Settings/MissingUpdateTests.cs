using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class BuyerBasket
{
    public string Id { get; set; } = "";

    public string Note { get; set; } = "";
}

/// <summary>eShop's RedisBasketRepository: UpdateBuyerBasketAsync is a Redis SET (creates or replaces) and returns the basket read back.</summary>
[InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
public interface ISetBuyerBaskets
{
    Task<BuyerBasket?> GetBuyerBasketAsync(string id);

    Task<BuyerBasket> UpdateBuyerBasketAsync(BuyerBasket basket);

    Task<bool> DeleteBuyerBasketAsync(string id);
}

/// <summary>An EF Core-backed store whose only write is Update: a missing entity is the not-found error.</summary>
[InMemoryFake(MissingUpdate = MissingUpdate.NotFound)]
public interface IStrictCarts
{
    BuyerBasket? Find(string id);

    void Update(BuyerBasket basket);
}

/// <summary>The AspNetCore.Docs TodoRepository shape: Add, plus an Update that is a dictionary indexer write.</summary>
[InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
public interface IIndexerCarts
{
    void Add(BuyerBasket basket);

    void Update(BuyerBasket basket);

    BuyerBasket? Find(string id);
}

public class MissingUpdateTests
{
    [Fact]
    public async Task Insert_makes_an_update_store_a_missing_entity_and_replace_a_stored_one()
    {
        ISetBuyerBaskets carts = new InMemorySetBuyerBaskets();

        var created = await carts.UpdateBuyerBasketAsync(new BuyerBasket { Id = "b1", Note = "first" });
        Assert.Equal("first", created.Note);
        Assert.Equal("first", (await carts.GetBuyerBasketAsync("b1"))?.Note);

        var replaced = await carts.UpdateBuyerBasketAsync(new BuyerBasket { Id = "b1", Note = "second" });
        Assert.Equal("second", replaced.Note);
        Assert.Equal("second", (await carts.GetBuyerBasketAsync("b1"))?.Note);

        Assert.True(await carts.DeleteBuyerBasketAsync("b1"));
        Assert.Null(await carts.GetBuyerBasketAsync("b1"));
    }

    [Fact]
    public void Insert_beside_an_add_still_upserts_on_update()
    {
        IIndexerCarts carts = new InMemoryIndexerCarts();
        carts.Add(new BuyerBasket { Id = "a", Note = "kept" });

        carts.Update(new BuyerBasket { Id = "new", Note = "added" });

        Assert.Equal("added", carts.Find("new")?.Note);
        Assert.Equal("kept", carts.Find("a")?.Note);
        Assert.Throws<ArgumentNullException>(() => carts.Update(null!));
    }

    [Fact]
    public void NotFound_makes_an_update_that_is_the_only_write_fail_for_a_missing_entity_and_store_nothing()
    {
        IStrictCarts carts = new InMemoryStrictCarts();

        Assert.Throws<NotFoundException>(() => carts.Update(new BuyerBasket { Id = "b1", Note = "x" }));
        Assert.Null(carts.Find("b1"));
    }
}

public class IndexedDocument
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";
}

/// <summary>A Dapper UPDATE whose affected rows nobody reads, an Elasticsearch partial update: a missing entity is nothing.</summary>
[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]
public interface IIgnoringDocuments
{
    void Add(IndexedDocument document);

    Task Update(IndexedDocument document);

    Task UpdateAsync(Guid id, IndexedDocument document);

    bool Replace(IndexedDocument document);

    IndexedDocument? Find(Guid id);

    int Count();
}

public class MissingUpdateIgnoreTests
{
    [Fact]
    public async Task Ignore_makes_an_update_returning_nothing_do_nothing_for_a_missing_entity()
    {
        IIgnoringDocuments documents = new InMemoryIgnoringDocuments();
        var stored = new IndexedDocument { Id = Guid.NewGuid(), Title = "a" };
        documents.Add(stored);

        var missing = Guid.NewGuid();
        await documents.Update(new IndexedDocument { Id = missing, Title = "ghost" });
        await documents.UpdateAsync(missing, new IndexedDocument { Id = missing, Title = "ghost" });
        Assert.Null(documents.Find(missing));
        Assert.Equal(1, documents.Count());

        await documents.Update(new IndexedDocument { Id = stored.Id, Title = "b" });
        Assert.Equal("b", documents.Find(stored.Id)?.Title);
        await documents.UpdateAsync(stored.Id, new IndexedDocument { Id = stored.Id, Title = "c" });
        Assert.Equal("c", documents.Find(stored.Id)?.Title);
    }

    [Fact]
    public void An_update_returning_bool_still_says_false_for_a_missing_entity()
    {
        IIgnoringDocuments documents = new InMemoryIgnoringDocuments();

        Assert.False(documents.Replace(new IndexedDocument { Id = Guid.NewGuid(), Title = "x" }));
        Assert.Equal(0, documents.Count());
    }
}
