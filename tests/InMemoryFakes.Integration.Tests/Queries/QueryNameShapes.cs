using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Integration.Tests.Queries;

// Issue 10, shape 6: query names whose meaning comes from the plural or singular of a property, collection operators,
// a trailing Optional, Many for All and GetCount, each generated with no hand-written member.

/// <summary>An entity with properties that hold one value and collections of several kinds.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public string? Title { get; set; }

    public string Slug { get; set; } = "";

    public Guid Owner { get; set; }

    public List<string> Tags { get; set; } = new();

    public int[] Ratings { get; set; } = Array.Empty<int>();

    public ICollection<Guid>? Editors { get; set; }

    public ImmutableArray<string> Regions { get; set; } = ImmutableArray<string>.Empty;

    /// <summary>JSON text, as OpenIddict keeps its lists: a string is not a collection of values.</summary>
    public string? Permissions { get; set; }
}

[InMemoryFake]
public interface IArticleQueries
{
    void Add(Article article);

    void Update(Article article);

    // A plural property with a collection argument: the property's value is one of them (In).
    IReadOnlyList<Article> FindByTitles(IEnumerable<string> titles);

    IReadOnlyList<Article> FindByTitlesIgnoreCase(params string[] titles);

    Task<IReadOnlyList<Article>> FindByIdsOrderByIdAsync(IEnumerable<int> ids, CancellationToken cancellationToken = default);

    Article[] GetByIdsOrderById(int[] ids);

    IAsyncEnumerable<Article> FindBySlugsAsync(ImmutableArray<string> slugs, CancellationToken cancellationToken);

    IReadOnlyList<Article> FindByOwners(IEnumerable<Guid> owners);

    int CountByTitles(IEnumerable<string> titles);

    int DeleteBySlugs(IEnumerable<string> slugs);

    // The singular property with a collection argument (IdentityServer4's FindApiScopesByNameAsync(scopeNames)): In too.
    IReadOnlyList<Article> FindBySlug(IEnumerable<string> slugs);

    // A collection property named in the singular with one value: the collection holds it.
    IReadOnlyList<Article> FindByTag(string tag);

    IReadOnlyList<Article> FindByTagIgnoreCase(string tag);

    IReadOnlyList<Article> FindByTagsContaining(string tag);

    IReadOnlyList<Article> FindByRating(int rating);

    IReadOnlyList<Article> FindByEditor(Guid editor);

    IReadOnlyList<Article> FindByRegion(string region);

    bool ExistsByTag(string tag);

    IReadOnlyList<Article> FindByTagAndRating(string tag, int rating);

    // Empty collections: null or no element.
    IReadOnlyList<Article> FindByTagsIsEmpty();

    IReadOnlyList<Article> FindByTagsIsNotEmpty();

    IReadOnlyList<Article> FindByEditorsIsEmpty();

    int CountByRegionsIsNotEmpty();

    // Optional: one entity or null.
    Task<Article?> GetByIdOptionalAsync(int id);

    Article? FindFirstBySlugOrderByIdDescOptional(string slug);

    // Many for All; GetCount for Count.
    IReadOnlyList<Article> GetMany();

    Task<IReadOnlyList<Article>> GetManyAsync();

    IReadOnlyList<Article> FindManyByTag(string tag);

    int GetCount();

    Task<long> GetCountAsync();

    int GetCountByTag(string tag);

    /// <summary>GetCount with a parameter naming a property (the Cosmos DB tutorial's GetCountAsync(category)): a count of the matches, not a Get of a "Count".</summary>
    int GetCount(string slug);
}
