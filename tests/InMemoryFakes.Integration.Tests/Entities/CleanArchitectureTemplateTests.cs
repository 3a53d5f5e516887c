using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// The generic repository of the widely forked Clean Architecture Web API template (iammukeshm/CleanArchitecture.WebApi,
// Application/Interfaces/IGenericRepositoryAsync.cs), its page member spelled as the template spells it. The real one:
// Skip((pageNumber - 1) * pageSize).Take(pageSize) over the table, with no order of its own.

public sealed class TemplateProduct
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Rate { get; set; }
}

public interface IGenericRepositoryAsync<T>
    where T : class
{
    Task<T> GetByIdAsync(int id);

    Task<IReadOnlyList<T>> GetAllAsync();

    Task<IReadOnlyList<T>> GetPagedReponseAsync(int pageNumber, int pageSize);

    Task<T> AddAsync(T entity);

    Task UpdateAsync(T entity);

    Task DeleteAsync(T entity);
}

[InMemoryFake(typeof(IGenericRepositoryAsync<TemplateProduct>), MissingDelete = MissingDelete.NotFound)]
public partial class TemplateProductRepository;

public sealed class CleanArchitectureTemplateTests
{
    [Fact]
    public async Task The_templates_paged_response_pages_from_one_in_insertion_order()
    {
        IGenericRepositoryAsync<TemplateProduct> products = new TemplateProductRepository();
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await products.AddAsync(new TemplateProduct { Name = name });
        }

        Assert.Equal(new[] { "a", "b" }, (await products.GetPagedReponseAsync(1, 2)).Select(static p => p.Name));
        Assert.Equal(new[] { "e" }, (await products.GetPagedReponseAsync(3, 2)).Select(static p => p.Name));
        Assert.Empty(await products.GetPagedReponseAsync(4, 2));
        Assert.Equal(5, (await products.GetAllAsync()).Count);
    }
}
