// Source: https://github.com/umbraco/Umbraco-CMS
// Commit: 4e50f6e3da09 (the IKeyValueRepository.cs commit; IWriteRepository.cs of the same major version)
// Licence: MIT
// Path: src/Umbraco.Core/Persistence/IWriteRepository.cs (IRepository.cs; entity base src/Umbraco.Core/Models/Entities/
//   EntityBase.cs)
// Adapted: closed over a minimal ContentItem entity with Umbraco's EntityBase identity (int Id, HasIdentity = Id != 0).
// Real store: src/Umbraco.Infrastructure/Persistence/Repositories/Implement/EntityRepositoryBase.cs: Save inserts an
//   entity without identity (Id 0: the database assigns the Id) and updates one with identity; Delete(entity) deletes it.
// Shapes: *=core
// Configured: MissingDelete = MissingDelete.Ignore: EntityRepositoryBase.Delete(entity) runs PersistDeletedItem,
//   which executes the repository's DELETE statements for the entity's Id (NPoco Database.Execute, no affected-row
//   check: nothing when absent), which a removal that returns nothing cannot say (docs/generator.md, attribute
//   settings).
// First try (a75b0ce): complete, smoke passed | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Umbraco.IWriteRepositoryCase;

public class ContentItem
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public bool HasIdentity => Id != 0;
}

public interface IRepository
{
}

public interface IWriteRepository<in TEntity> : IRepository
{
    void Save(TEntity entity);

    void Delete(TEntity entity);
}

[InMemoryFake(typeof(IWriteRepository<ContentItem>), MissingDelete = MissingDelete.Ignore)]
public partial class ContentItemWriteRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IWriteRepository<ContentItem> store)
    {
        var home = new ContentItem { Name = "Home" };
        store.Save(home);
        Check.True(home.Id != 0, "Save of an entity without identity inserts it and assigns its Id");
        var fake = (IInMemoryFake)store;
        home.Name = "Start";
        store.Save(home);
        Check.Equal(1, fake.Count, "Save of an entity with identity updates it");
        store.Save(new ContentItem { Name = "About" });
        Check.Equal(2, fake.Count, "another entity without identity is inserted");
        store.Delete(new ContentItem { Id = home.Id, Name = "Start" });
        Check.Equal(1, fake.Count, "Delete(entity) deletes it");
        return Task.CompletedTask;
    }
}
