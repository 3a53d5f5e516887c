// Source: https://github.com/dotnet-architecture/eShopOnWeb
// Path: src/ApplicationCore/Interfaces/IReadRepository.cs (entity: src/ApplicationCore/Entities/CatalogItem.cs)
// Commit: 2414014bfa0f
// Licence: MIT
// Adapted: Ardalis.Specification 9.3.1 instead of 7.0.0; closed over CatalogItem; CatalogItem keeps its key and the
//   properties the script uses.
// Real store: src/Infrastructure/Data/EfRepository.cs (Ardalis RepositoryBase<T> on EF Core): read-only here;
//   GetByIdAsync -> FindAsync (null when missing); ListAsync(spec) filters, CountAsync counts. The read repository
//   cannot add, so the script seeds through the fake's own Seed hook (IInMemoryFake), as a test would.
// Shapes: *=2; GetByIdAsync=5; ListAsync=2,5; FirstOrDefaultAsync=2,5; SingleOrDefaultAsync=2,5

using System.Threading.Tasks;
using Ardalis.Specification;
using InMemoryFakes;

namespace Corpus.EShopOnWeb.IReadRepositoryCase;

public interface IAggregateRoot
{
}

public abstract class BaseEntity
{
    public virtual int Id { get; protected set; }
}

public class CatalogItem : BaseEntity, IAggregateRoot
{
    public string Name { get; private set; }
    public int CatalogBrandId { get; private set; }

    public CatalogItem(int id, int catalogBrandId, string name)
    {
        Id = id;
        CatalogBrandId = catalogBrandId;
        Name = name;
    }
}

public interface IReadRepository<T> : IReadRepositoryBase<T> where T : class, IAggregateRoot
{
}

[InMemoryFake(typeof(IReadRepository<CatalogItem>))]
public partial class CatalogItemReadRepositoryFake;

public sealed class CatalogFilterSpecification : Specification<CatalogItem>
{
    public CatalogFilterSpecification(int? brandId)
    {
        Query.Where(i => !brandId.HasValue || i.CatalogBrandId == brandId);
    }
}

public static class Smoke
{
    public static async Task RunAsync(IReadRepository<CatalogItem> store)
    {
        ((IInMemoryFake)store).Seed(new CatalogItem(1, 7, ".NET Bot Black Sweatshirt"), new CatalogItem(2, 8, ".NET Black & White Mug"));
        Check.Equal(".NET Bot Black Sweatshirt", (await store.GetByIdAsync(1))?.Name, "GetByIdAsync finds a stored item");
        Check.Null(await store.GetByIdAsync(3), "GetByIdAsync of a missing id returns null");
        Check.Equal(1, (await store.ListAsync(new CatalogFilterSpecification(8))).Count, "ListAsync applies the specification");
        Check.Equal(2, await store.CountAsync(new CatalogFilterSpecification(null)), "CountAsync applies the specification");
    }
}
