// Source: https://github.com/umbraco/Umbraco-CMS
// Commit: 4e50f6e3da09 (the IKeyValueRepository.cs commit; IReadRepository.cs of the same major version)
// Licence: MIT
// Path: src/Umbraco.Core/Persistence/IReadRepository.cs (IRepository.cs; entity base src/Umbraco.Core/Models/Entities/
//   EntityBase.cs)
// Adapted: closed over a minimal ContentItem entity with Umbraco's EntityBase identity (int Id, HasIdentity = Id != 0).
// Real store: src/Umbraco.Infrastructure/Persistence/Repositories/Implement/EntityRepositoryBase.cs: Get(id) returns null
//   when missing; GetMany() with no ids returns every entity, with ids the entities found; Exists(id).
// Shapes: *=core; GetMany=18
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

[InMemoryFake(typeof(IReadRepository<int, ContentItem>))]
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
        Check.True(store.Exists(3), "Exists(id) finds a stored id");
        Check.False(store.Exists(42), "Exists(id) of a missing id is false");
        return Task.CompletedTask;
    }
}
