using System.Collections.Generic;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>Piranha's content group, with a rank and a kind to order and filter by.</summary>
public class ContentGroup
{
    public string Id { get; set; } = "";

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public int Rank { get; set; }
}

/// <summary>A repository whose real store sorts by title (Piranha's <c>OrderBy(g =&gt; g.Title)</c>), declared with DefaultOrder.</summary>
[InMemoryFake(DefaultOrder = "Title")]
public interface IContentGroupRepository
{
    Task<IEnumerable<ContentGroup>> GetAllAsync();

    Task<ContentGroup?> GetByIdAsync(string id);

    Task SaveAsync(ContentGroup model);

    Task DeleteAsync(string id);

    IReadOnlyList<ContentGroup> FindByKind(string kind);

    IReadOnlyList<ContentGroup> FindByKindOrderByRankDesc(string kind);

    ContentGroup? FindFirstByKind(string kind);

    IReadOnlyList<ContentGroup> List(int skip, int take);
}

/// <summary>Two keys, the first descending.</summary>
[InMemoryFake(DefaultOrder = "Rank desc, title")]
public interface IRankedGroups
{
    void Add(ContentGroup group);

    IReadOnlyList<ContentGroup> GetAll();
}

/// <summary>No DefaultOrder: lists come in insertion order.</summary>
[InMemoryFake]
public interface IUnorderedGroups
{
    void Add(ContentGroup group);

    void Update(ContentGroup group);

    IReadOnlyList<ContentGroup> GetAll();
}
