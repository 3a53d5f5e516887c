// Source: https://github.com/umbraco/Umbraco-CMS
// Commit: 4e50f6e3da09 (the IKeyValueRepository.cs commit; IReadRepository.cs of the same major version)
// Licence: MIT
// Path: src/Umbraco.Core/Persistence/IReadRepository.cs (IRepository.cs; entity base src/Umbraco.Core/Models/Entities/
//   EntityBase.cs)
// Adapted: closed over a minimal ContentItem entity with Umbraco's EntityBase identity (int Id, HasIdentity = Id != 0).
// Real store: src/Umbraco.Infrastructure/Persistence/Repositories/Implement/EntityRepositoryBase.cs: Get(id) returns null
//   when missing; GetMany() with no ids returns every entity (DefaultRepositoryCachePolicy.GetAll, PerformGetAll with no
//   ids), with ids the entities found, each once (ids.Distinct()), in the order of an SQL IN without ORDER BY or of the
//   cache; Exists(id). A null array: the NPoco EntityRepositoryBase with params TId[]? ids reaches ids.InGroupsOf(…) with
//   null, while the EF Core EntityRepositoryBase (Implement/EFCore) reads it as no ids (`ids?.Distinct()… ?? []`); the fake
//   throws ArgumentNullException naming ids, and the smoke script does not pass null.
// Shapes: *=core; GetMany=18
// Configured: NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored: what GetMany(params TId[]? ids) lists for
//   no ids is the store's own (EntityRepositoryBase lists every entity; Umbraco's own ContentTypeServiceBase.GetMany(params
//   int[] ids) of the same shape lists nothing), and so is the order of the entities of the ids given (each once here, in
//   no stated order); without the settings GetMany is refused (IMF0001) (docs/generator.md, attribute settings).
// First try (a75b0ce): incomplete: IMF0001 GetMany(params int[]? ids) | WRONG: none seen
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Umbraco.IReadRepositoryCase;

public class ContentItem
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public bool HasIdentity => Id != 0;
}

public interface IRepository
{
}

public interface IReadRepository<in TId, out TEntity> : IRepository
{
    TEntity? Get(TId? id);

    IEnumerable<TEntity> GetMany(params TId[]? ids);

    bool Exists(TId id);
}

[InMemoryFake(typeof(IReadRepository<int, ContentItem>), NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored)]
public partial class ContentItemReadRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IReadRepository<int, ContentItem> store)
    {
        ((IInMemoryFake)store).Seed(new ContentItem { Id = 1, Name = "Home" }, new ContentItem { Id = 2, Name = "About" }, new ContentItem { Id = 3, Name = "News" });
        Check.Equal("About", store.Get(2)?.Name, "Get(id) finds the entity");
        Check.Null(store.Get(42), "Get of a missing id returns null");
        Check.Equal(3, store.GetMany().Count(), "GetMany() with no ids returns every entity");
        Check.Equal("Home,News", string.Join(",", store.GetMany(1, 3, 42).Select(c => c.Name).OrderBy(n => n)), "GetMany(ids) returns the entities found");
        Check.Equal(2, store.GetMany(3, 1, 3).Count(), "GetMany(ids) returns each entity once (the ids are de-duplicated)");
        Check.Equal(0, store.GetMany(42, 43).Count(), "GetMany(ids) of missing ids returns nothing");
        Check.True(store.Exists(3), "Exists(id) finds a stored id");
        Check.False(store.Exists(42), "Exists(id) of a missing id is false");
        return Task.CompletedTask;
    }
}
