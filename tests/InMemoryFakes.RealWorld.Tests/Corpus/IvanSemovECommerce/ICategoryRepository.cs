// Source: https://github.com/IvanSemov44/E-commerce
// Commit: f97c02dbcb1e
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample66 rule (the whole rule and the repositories it skipped: Corpus/ECommerceSpareParts/IS3StorageService.cs).
//   This one: the 5th pick (the 94th of find_repos("commerce")); its first in path order is
//   IProductProjectionEventPublisher (2 members), then this one (9 members, an EF Core repository).
// Path: src/backend/Catalog/ECommerce.Catalog.Domain/Interfaces/ICategoryRepository.cs (real store:
//   ECommerce.Catalog.Infrastructure/Repositories/CategoryRepository.cs; models: Domain/Aggregates/Category/Category.cs,
//   Domain/ValueObjects/CategoryName.cs, Slug.cs, ECommerce.SharedKernel/Domain/Entity.cs, AggregateRoot.cs)
// Adapted: the namespaces (one for all). Category keeps its properties, private setters, factory and domain methods;
//   its domain events (AggregateRoot), CreatedAt and UpdatedAt are dropped, and Create, UpdateDetails and MoveTo throw
//   ArgumentException where the source returns a failed Result (SharedKernel's Result type dropped); CategoryName and
//   Slug keep their rules, their Create throwing likewise. Nullable enabled, as in the source (the Catalog projects).
// Real store: CategoryRepository over CatalogDbContext (EF Core). AddAsync tracks the category as Added; the catalog's
//   IUnitOfWork (another interface) saves it. GetByIdAsync(id) answers the category with that Id or null.
//   GetBySlugAsync(slug) and SlugExistsAsync(slug) first normalize the string as Slug.Create does (trim, lower case,
//   spaces and underscores to hyphens, other characters dropped), answering null / false when that fails, then compare
//   it with the stored Slug. GetAllAsync answers only the active categories (IsActive), untracked. GetPagedAsync(page,
//   pageSize) pages the active ones ordered by Name (page < 1 reads as 1, pageSize < 1 as 20) with their count;
//   GetTopLevelPagedAsync does the same for the active ones without a parent. GetByIdsAsync(ids) answers the stored
//   categories among the ids, active or not. HasProductsAsync(categoryId) answers whether any product (another table)
//   has that CategoryId.
// Shapes: *=core; GetBySlugAsync=4; SlugExistsAsync=4; GetAllAsync=core; GetPagedAsync=14; GetTopLevelPagedAsync=14;
//   GetByIdsAsync=18; HasProductsAsync=none
// First try (f923f300): incomplete: IMF0018 GetBySlugAsync (string does not convert to Slug) and GetByIdsAsync (whether
//   a list by keys follows the keys' order or the table's); IMF0001 SlugExistsAsync (string, not Slug), HasProductsAsync
//   (Products names neither the entity nor a parameter) and GetTopLevelPagedAsync (paging on a lookup's name);
//   GetByIdAsync, GetAllAsync, GetPagedAsync and AddAsync generated | WRONG: GetAllAsync (the fake lists every category;
//   the real one only the active ones, IsActive) and GetPagedAsync (the fake pages every category by Id and throws for
//   page 0, answers no item for pageSize 0; the real one pages the active ones by Name, reading page < 1 as 1 and
//   pageSize < 1 as 20).
// After this round: unchanged. The refusals are right (the slug is a value object the string is normalized into,
//   products are another table, a top level is a filter the name does not spell). The two wrong members stay, as
//   Corpus/CsiHsmCore/ICommentRepository.cs's GetAllAsync: that a bare list or page skips inactive rows, and by which
//   order a page is cut, is the body's, not the signature's (most GetAll list every row); refusing every GetAll of an
//   entity with a flag would undo many right ones, so it is left to the lead (Left in the round's report).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IvanSemovECommerce.ICategoryRepositoryCase;

public sealed record CategoryName
{
    public string Value { get; }

    private CategoryName(string value) => Value = value;

    public static CategoryName Create(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            throw new ArgumentException("Category name is empty.", nameof(raw));
        if (raw.Trim().Length > 100)
            throw new ArgumentException("Category name is too long.", nameof(raw));
        return new CategoryName(raw.Trim());
    }
}

public sealed record Slug
{
    public string Value { get; }

    private Slug(string value) => Value = value;

    public static Slug Create(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            throw new ArgumentException("Slug is empty.", nameof(raw));

        string slug = raw.Trim().ToLowerInvariant()
            .Replace(" ", "-")
            .Replace("_", "-");

        slug = Regex.Replace(slug, "[^a-z0-9\\-]", "");
        slug = Regex.Replace(slug, "-+", "-").Trim('-');

        if (slug.Length == 0)
            throw new ArgumentException("Slug is invalid.", nameof(raw));

        return new Slug(slug);
    }
}

public abstract class Entity
{
    public Guid Id { get; protected set; }

    protected Entity()
    {
        Id = Guid.NewGuid();
    }
}

public sealed class Category : Entity
{
    public CategoryName Name { get; private set; } = null!;
    public Slug Slug { get; private set; } = null!;
    public Guid? ParentId { get; private set; }
    public bool IsActive { get; private set; }

    private Category() { }

    public static Category Create(string nameRaw, Guid? parentId = null, string? slugRaw = null)
    {
        var name = CategoryName.Create(nameRaw);
        var slug = Slug.Create(slugRaw ?? nameRaw);
        return new Category
        {
            Name = name,
            Slug = slug,
            ParentId = parentId,
            IsActive = true,
        };
    }

    public void Rename(CategoryName newName)
    {
        Name = newName;
        Slug = Slug.Create(newName.Value);
    }

    public void UpdateDetails(CategoryName newName, Guid? newParentId)
    {
        if (newParentId == Id)
            throw new ArgumentException("A category cannot be its own parent.", nameof(newParentId));

        Name = newName;
        Slug = Slug.Create(newName.Value);
        ParentId = newParentId;
    }

    public void Deactivate() => IsActive = false;

    public void MoveTo(Guid? newParentId)
    {
        if (newParentId == Id)
            throw new ArgumentException("A category cannot be its own parent.", nameof(newParentId));
        ParentId = newParentId;
    }
}

[InMemoryFake]
public interface ICategoryRepository
{
    Task<Category?> GetByIdAsync(Guid id, CancellationToken ct = default);
    Task<Category?> GetBySlugAsync(string slug, CancellationToken ct = default);
    Task<IReadOnlyList<Category>> GetAllAsync(CancellationToken ct = default);
    /// <summary>
    /// Gets categories in a paginated form.
    /// </summary>
    Task<(IReadOnlyList<Category> Items, int TotalCount)> GetPagedAsync(int page, int pageSize, CancellationToken ct = default);
    Task<bool> SlugExistsAsync(string slug, CancellationToken ct = default);
    Task<bool> HasProductsAsync(Guid categoryId, CancellationToken ct = default);
    /// <summary>
    /// Gets top-level categories (ParentId == null) in a paginated form.
    /// </summary>
    Task<(IReadOnlyList<Category> Items, int TotalCount)> GetTopLevelPagedAsync(int page, int pageSize, CancellationToken ct = default);
    Task<IReadOnlyList<Category>> GetByIdsAsync(IEnumerable<Guid> ids, CancellationToken ct = default);
    Task AddAsync(Category category, CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICategoryRepository categories)
    {
        var tools = Category.Create("Power Tools");
        var drills = Category.Create("Drills", tools.Id);
        var garden = Category.Create("Garden");
        garden.Deactivate();
        await categories.AddAsync(tools);
        await categories.AddAsync(drills);
        await categories.AddAsync(garden);

        Check.Equal("Power Tools", (await categories.GetByIdAsync(tools.Id))?.Name.Value, "GetByIdAsync answers the category with that Id");
        Check.Null(await categories.GetByIdAsync(Guid.NewGuid()), "and null for an Id not stored");
        Check.Equal(tools.Id, (await categories.GetBySlugAsync("power-tools"))?.Id, "GetBySlugAsync compares the stored slug");
        Check.Equal(tools.Id, (await categories.GetBySlugAsync(" Power Tools "))?.Id, "after normalizing the string given as a slug");
        Check.Null(await categories.GetBySlugAsync("!!!"), "a string that is no slug finds nothing");
        Check.True(await categories.SlugExistsAsync("Power_Tools"), "SlugExistsAsync normalizes too");
        Check.False(await categories.SlugExistsAsync("saws"), "and is false for a slug not stored");

        Check.Equal(2, (await categories.GetAllAsync()).Count, "GetAllAsync lists only the active categories");
        var page = await categories.GetPagedAsync(1, 1);
        Check.Equal(2, page.TotalCount, "GetPagedAsync counts the active categories");
        Check.Equal("Drills", page.Items.Single().Name.Value, "and pages them by name");
        var top = await categories.GetTopLevelPagedAsync(0, 0);
        Check.Equal("Power Tools", top.Items.Single().Name.Value, "GetTopLevelPagedAsync pages the active ones without a parent, page 0 and size 0 read as 1 and 20");
        Check.Equal(2, (await categories.GetByIdsAsync(new[] { garden.Id, drills.Id, Guid.NewGuid() })).Count, "GetByIdsAsync answers the stored ones among the ids, active or not");
        Check.False(await categories.HasProductsAsync(tools.Id), "no product is stored");
    }
}
