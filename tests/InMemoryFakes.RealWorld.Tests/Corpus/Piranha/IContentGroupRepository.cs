// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Repositories/IContentGroupRepository.cs (model: core/Piranha/Models/ContentGroup.cs)
// Adapted: ContentGroup keeps its string Id and Title.
// Real store: data/Piranha.Data.EF/Repositories/ContentGroupRepository.cs: the key is a string Id chosen by the caller;
//   GetByIdAsync returns null when missing; SaveAsync inserts or updates by Id; DeleteAsync of a missing id does nothing;
//   GetAllAsync lists every group ordered by Title.
// Configured: DefaultOrder = "Title": the real store's GetAllAsync sorts (OrderBy(g => g.Title) in its EF Core query), which
//   the interface cannot say; without the setting the fake lists in insertion order (docs/generator.md, "The order of lists").
// Shapes: *=core
// After h-oblivious (session 29): complete as before; GetByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.IContentGroupRepositoryCase;

public class ContentGroup
{
    public string Id { get; set; }
    public string Title { get; set; }
    public string CLRType { get; set; }
}

[InMemoryFake(DefaultOrder = "Title")]
public interface IContentGroupRepository
{
    Task<IEnumerable<ContentGroup>> GetAllAsync();
    Task<ContentGroup> GetByIdAsync(string id);
    Task SaveAsync(ContentGroup model);
    Task DeleteAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IContentGroupRepository store)
    {
        await store.SaveAsync(new ContentGroup { Id = "Products", Title = "Products" });
        await store.SaveAsync(new ContentGroup { Id = "Articles", Title = "Articles" });
        Check.Equal("Articles", (await store.GetAllAsync()).First().Title, "GetAllAsync is ordered by Title");
        await store.SaveAsync(new ContentGroup { Id = "Products", Title = "Catalog" });
        Check.Equal("Catalog", (await store.GetByIdAsync("Products"))?.Title, "SaveAsync updates the group with the same Id");
        Check.Null(await store.GetByIdAsync("Missing"), "GetByIdAsync of an unknown id returns null");
        await store.DeleteAsync("Products");
        await store.DeleteAsync("Products");
        Check.Equal(1, (await store.GetAllAsync()).Count(), "DeleteAsync removes the group");
    }
}
