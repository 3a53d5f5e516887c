using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.RemovedByKeys;

// FluentCMS's IEntityRepository<TEntity> (issue 10, h-sample19): DeleteMany(ids) returns the entities it removed, read with
// a Contains query before the removal (ByKeysOrder = Stored), and Update of an open generic TEntity? returns null for a
// missing entity, as the closed ApiToken? does.
public interface IEntity
{
    Guid Id { get; set; }
}

public sealed class Page : IEntity
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
public interface IEntityRepository<TEntity> where TEntity : IEntity
{
    Task<TEntity?> Create(TEntity entity);

    Task<TEntity?> Update(TEntity entity);

    Task<IEnumerable<TEntity>> DeleteMany(IEnumerable<Guid> ids);

    Task<IEnumerable<TEntity>> GetAll();
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.Stored, DefaultOrder = "Title desc")]
public interface IOrderedPages
{
    Page Add(Page page);

    Page[] RemoveRange(IList<Guid> ids);

    IReadOnlyList<Page> GetAll();
}

public sealed class RemovedByKeysTests
{
    [Fact]
    public async Task DeleteMany_returns_the_removed_entities_in_the_stores_order_and_skips_missing_keys()
    {
        IEntityRepository<Page> pages = new InMemoryEntityRepository<Page>();
        var a = await pages.Create(new Page { Title = "a" });
        var b = await pages.Create(new Page { Title = "b" });
        var c = await pages.Create(new Page { Title = "c" });

        var removed = (await pages.DeleteMany(new[] { c!.Id, Guid.NewGuid(), a!.Id, c.Id })).ToList();

        Assert.Equal(new[] { "a", "c" }, removed.Select(static p => p.Title));
        Assert.Equal(new[] { "b" }, (await pages.GetAll()).Select(static p => p.Title));
        Assert.Empty(await pages.DeleteMany(new[] { a.Id }));
        removed[0].Title = "changed";
        Assert.Equal("b", (await pages.GetAll()).Single().Title);
        Assert.Equal(b!.Id, (await pages.GetAll()).Single().Id);
    }

    [Fact]
    public async Task DeleteMany_of_null_keys_throws_naming_them_and_removes_nothing()
    {
        IEntityRepository<Page> pages = new InMemoryEntityRepository<Page>();
        await pages.Create(new Page { Title = "a" });

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => pages.DeleteMany(null!));

        Assert.Equal("ids", error.ParamName);
        Assert.Single(await pages.GetAll());
    }

    [Fact]
    public async Task Update_declared_TEntity_nullable_on_an_open_generic_returns_null_for_a_missing_entity_and_writes_nothing()
    {
        IEntityRepository<Page> pages = new InMemoryEntityRepository<Page>();
        var a = await pages.Create(new Page { Title = "a" });

        Assert.Null(await pages.Update(new Page { Id = Guid.NewGuid(), Title = "ghost" }));
        Assert.Equal("a2", (await pages.Update(new Page { Id = a!.Id, Title = "a2" }))?.Title);
        Assert.Equal(new[] { "a2" }, (await pages.GetAll()).Select(static p => p.Title));
    }

    [Fact]
    public void An_array_of_removed_entities_follows_DefaultOrder()
    {
        IOrderedPages pages = new InMemoryOrderedPages();
        var a = pages.Add(new Page { Id = Guid.NewGuid(), Title = "a" });
        var b = pages.Add(new Page { Id = Guid.NewGuid(), Title = "b" });
        pages.Add(new Page { Id = Guid.NewGuid(), Title = "c" });

        var removed = pages.RemoveRange(new List<Guid> { a.Id, b.Id });

        Assert.Equal(new[] { "b", "a" }, removed.Select(static p => p.Title));
        Assert.Equal(new[] { "c" }, pages.GetAll().Select(static p => p.Title));
    }
}
