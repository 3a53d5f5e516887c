using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.ByKeys;

// Lists and deletes by a collection of keys (issue 10, shape 18):
// - keys given as a collection that does not say their type (ServiceStack's IEntityStore<T>: GetByIds(IEnumerable ids),
//   DeleteByIds(IEnumerable ids)): each element is a key given as object, as GetById(object id) reads one;
// - the order of such a list, which real stores choose differently (nopCommerce's GetByIdsAsync sorts by the ids given;
//   a Contains query keeps the table's), stated with ByKeysOrder.
public sealed class Poco
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public bool Published { get; set; }
}

public interface IEntityStore<T>
{
    T? GetById(object id);

    IList<T> GetByIds(IEnumerable ids);

    IList<T> GetAll();

    T Store(T entity);

    void DeleteById(object id);

    void DeleteByIds(IEnumerable ids);
}

[InMemoryFake(typeof(IEntityStore<Poco>), ByKeysOrder = ByKeysOrder.KeysGiven)]
public partial class PocoStore;

[InMemoryFake(ByKeysOrder = ByKeysOrder.KeysGiven)]
public interface IKeysGivenRepository
{
    void Add(Poco poco);

    Task<IList<Poco>> GetByIdsAsync(IList<int> ids);

    IReadOnlyList<Poco> FindByIdsAndPublished(IEnumerable<int> ids, bool published);

    int CountByIds(IList<int> ids);
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
public interface IStoredOrderRepository
{
    void Add(Poco poco);

    Task<IList<Poco>> GetByIdsAsync(IList<int> ids);
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.KeysGiven, UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface IPocoUnitOfWork
{
    void Add(Poco poco);

    Task<IList<Poco>> GetByIdsAsync(IList<int> ids);

    Task<int> SaveChangesAsync(System.Threading.CancellationToken cancellationToken = default);
}

public sealed class ByKeysTests
{
    private static IEntityStore<Poco> Pocos()
    {
        IEntityStore<Poco> store = new PocoStore();
        store.Store(new Poco { Id = 1, Name = "one" });
        store.Store(new Poco { Id = 2, Name = "two" });
        store.Store(new Poco { Id = 3, Name = "three" });
        return store;
    }

    [Fact]
    public void An_untyped_collection_of_keys_finds_each_key_given_as_object()
    {
        var store = Pocos();

        Assert.Equal(new[] { "three", "one" }, store.GetByIds(new ArrayList { 3, 9, 1 }).Select(static p => p.Name));
        Assert.Equal(new[] { "two" }, store.GetByIds(new object[] { 2 }).Select(static p => p.Name));
        Assert.Empty(store.GetByIds(Array.Empty<int>()));
    }

    [Fact]
    public void An_untyped_collection_of_keys_deletes_each_key()
    {
        var store = Pocos();

        store.DeleteByIds(new[] { 1, 3, 9 });

        Assert.Equal(new[] { "two" }, store.GetAll().Select(static p => p.Name));
    }

    [Fact]
    public void A_key_of_another_type_in_an_untyped_collection_throws_ArgumentException_naming_the_parameter_and_deletes_nothing()
    {
        var store = Pocos();

        var read = Assert.Throws<ArgumentException>(() => store.GetByIds(new object[] { 1, "2" }));
        Assert.Equal("ids", read.ParamName);
        var delete = Assert.Throws<ArgumentException>(() => store.DeleteByIds(new object[] { 1, 2L }));
        Assert.Equal("ids", delete.ParamName);
        Assert.Equal(3, store.GetAll().Count);
    }

    [Fact]
    public void A_null_untyped_collection_throws_ArgumentNullException_naming_the_parameter()
    {
        var store = Pocos();

        Assert.Equal("ids", Assert.Throws<ArgumentNullException>(() => store.GetByIds(null!)).ParamName);
        Assert.Equal("ids", Assert.Throws<ArgumentNullException>(() => store.DeleteByIds(null!)).ParamName);
        Assert.Equal(3, store.GetAll().Count);
    }

    [Fact]
    public async Task KeysGiven_returns_the_matches_in_the_order_of_the_keys_a_key_given_twice_twice()
    {
        IKeysGivenRepository repository = new InMemoryKeysGivenRepository();
        repository.Add(new Poco { Id = 1, Name = "one", Published = true });
        repository.Add(new Poco { Id = 2, Name = "two" });
        repository.Add(new Poco { Id = 3, Name = "three", Published = true });

        Assert.Equal(new[] { 3, 1, 3 }, (await repository.GetByIdsAsync(new List<int> { 3, 42, 1, 3 })).Select(static p => p.Id));
        Assert.Equal(new[] { 3, 1 }, repository.FindByIdsAndPublished(new[] { 3, 2, 1 }, true).Select(static p => p.Id));
        Assert.Empty(await repository.GetByIdsAsync(new List<int>()));
        Assert.Equal(2, repository.CountByIds(new List<int> { 3, 1, 3 }));
    }

    [Fact]
    public void KeysGiven_reads_a_lazy_sequence_of_keys_once()
    {
        IKeysGivenRepository repository = new InMemoryKeysGivenRepository();
        repository.Add(new Poco { Id = 1, Name = "one", Published = true });
        repository.Add(new Poco { Id = 3, Name = "three", Published = true });
        var reads = 0;

        IEnumerable<int> Keys()
        {
            reads++;
            yield return 3;
            yield return 1;
        }

        Assert.Equal(new[] { 3, 1 }, repository.FindByIdsAndPublished(Keys(), true).Select(static p => p.Id));
        Assert.Equal(1, reads);

        var store = Pocos();
        var untypedReads = 0;

        System.Collections.IEnumerable UntypedKeys()
        {
            untypedReads++;
            yield return 3;
            yield return 1;
        }

        Assert.Equal(new[] { "three", "one" }, store.GetByIds(UntypedKeys()).Select(static p => p.Name));
        Assert.Equal(1, untypedReads);
    }

    [Fact]
    public async Task KeysGiven_returns_copies_the_caller_cannot_change_the_store_through()
    {
        IKeysGivenRepository repository = new InMemoryKeysGivenRepository();
        repository.Add(new Poco { Id = 1, Name = "one" });

        (await repository.GetByIdsAsync(new List<int> { 1 }))[0].Name = "changed";

        Assert.Equal("one", (await repository.GetByIdsAsync(new List<int> { 1 }))[0].Name);
    }

    [Fact]
    public async Task KeysGiven_under_a_unit_of_work_returns_tracked_entities_in_the_keys_order_whose_changes_the_save_writes()
    {
        IPocoUnitOfWork unitOfWork = new InMemoryPocoUnitOfWork();
        unitOfWork.Add(new Poco { Id = 1, Name = "one" });
        unitOfWork.Add(new Poco { Id = 2, Name = "two" });
        await unitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        var found = await unitOfWork.GetByIdsAsync(new List<int> { 2, 1 });
        Assert.Equal(new[] { 2, 1 }, found.Select(static p => p.Id));
        found[0].Name = "deux";
        await unitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.Equal("deux", (await unitOfWork.GetByIdsAsync(new List<int> { 2 }))[0].Name);
    }

    [Fact]
    public async Task Stored_returns_the_matches_in_the_stores_order_each_once()
    {
        IStoredOrderRepository repository = new InMemoryStoredOrderRepository();
        repository.Add(new Poco { Id = 1, Name = "one" });
        repository.Add(new Poco { Id = 2, Name = "two" });
        repository.Add(new Poco { Id = 3, Name = "three" });

        Assert.Equal(new[] { 1, 3 }, (await repository.GetByIdsAsync(new List<int> { 3, 1, 3 })).Select(static p => p.Id));
    }
}
