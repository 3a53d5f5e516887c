using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace InMemoryFakes.Verification.Tests.Queryables;

// ABP's T Query<T>(Func<IQueryable<TEntity>, T> queryMethod) as a fake's only queryable member, in a project that
// references EF Core: the caller's query may use EF Core's async operators, so the fake must emit the async query
// provider for it too (it was emitted only beside a plain IQueryable<T> member, and such a fake did not compile).

public sealed class Shelf
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}

[InMemoryFake]
public interface IShelves
{
    void Add(Shelf shelf);

    T Query<T>(Func<IQueryable<Shelf>, T> queryMethod);
}

public sealed class QueryFunctionTests
{
    [Fact]
    public async Task A_query_function_runs_EF_Cores_async_operators_over_the_fakes_entities()
    {
        var shelves = new InMemoryShelves();
        shelves.Add(new Shelf { Id = 1, Label = "Fiction" });
        shelves.Add(new Shelf { Id = 2, Label = "Poetry" });

        var poetry = await shelves.Query(q => q.Where(s => s.Label == "Poetry").FirstOrDefaultAsync());
        var count = await shelves.Query(q => q.CountAsync());

        Assert.Equal(2, poetry!.Id);
        Assert.Equal(2, count);
    }
}
