using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// A read by a collection of keys answered as a dictionary by key, as GraphQL DataLoaders (HotChocolate's
// BatchDataLoader<TKey, TValue>.LoadBatchAsync) call a repository: the keys found, each under its key.

public sealed class CatalogProduct
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake]
public interface ICatalogProducts
{
    Task AddAsync(CatalogProduct product);

    Task<IReadOnlyDictionary<Guid, CatalogProduct>> GetByIdsAsync(IReadOnlyList<Guid> ids);

    Task<IDictionary<Guid, CatalogProduct>> GetManyAsync(IEnumerable<Guid> productIds);
}

[InMemoryFake]
public interface ICatalogUnitOfWork
{
    void Add(CatalogProduct product);

    Dictionary<Guid, CatalogProduct> Get(IEnumerable<Guid> keys);

    int SaveChanges();
}

public sealed class KeyMapReadTests
{
    private static readonly Guid First = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Missing = new("00000000-0000-0000-0000-000000000009");

    [Fact]
    public async Task A_read_by_keys_into_a_dictionary_holds_each_key_found_once_and_leaves_out_missing_keys()
    {
        ICatalogProducts products = new InMemoryCatalogProducts();
        await products.AddAsync(new CatalogProduct { Id = First, Name = "one" });
        await products.AddAsync(new CatalogProduct { Id = Second, Name = "two" });

        var found = await products.GetByIdsAsync([Second, Missing, First, Second]);
        Assert.Equal(2, found.Count);
        Assert.Equal("one", found[First].Name);
        Assert.Equal("two", found[Second].Name);
        Assert.False(found.ContainsKey(Missing));
        Assert.Empty(await products.GetManyAsync(Array.Empty<Guid>()));
    }

    [Fact]
    public async Task The_dictionary_holds_copies_the_caller_cannot_change_the_store_through()
    {
        ICatalogProducts products = new InMemoryCatalogProducts();
        await products.AddAsync(new CatalogProduct { Id = First, Name = "one" });
        (await products.GetManyAsync([First]))[First].Name = "changed";
        Assert.Equal("one", (await products.GetByIdsAsync([First]))[First].Name);
    }

    [Fact]
    public async Task A_null_collection_of_keys_throws_ArgumentNullException_naming_it()
    {
        ICatalogProducts products = new InMemoryCatalogProducts();
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => products.GetManyAsync(null!));
        Assert.Equal("productIds", error.ParamName);
    }

    [Fact]
    public void Under_a_unit_of_work_the_dictionary_holds_tracked_entities_whose_changes_the_save_writes()
    {
        ICatalogUnitOfWork work = new InMemoryCatalogUnitOfWork();
        work.Add(new CatalogProduct { Id = First, Name = "one" });
        work.SaveChanges();
        work.Get([First])[First].Name = "renamed";
        Assert.Equal(1, work.SaveChanges());
        Assert.Equal("renamed", work.Get([First, Missing]).Single().Value.Name);
    }
}
