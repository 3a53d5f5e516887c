using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Xunit;

namespace InMemoryFakes.Verification.Tests.Queryables;

// Generic repositories (Arch.EntityFrameworkCore.UnitOfWork and its copies) take EF Core's eager loading as a function:
// Func<IQueryable<T>, IIncludableQueryable<T, object>>? include = null, called as q => q.Include(b => b.Author). A fake
// holds the whole object graph it was given, so there is nothing to load: the parameter is ignored, like includeProperties.
public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class Novel
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public Author? Author { get; set; }
}

[InMemoryFake]
public interface INovelRepository
{
    void Insert(Novel novel);

    Task<IList<Novel>> GetAllAsync(Expression<Func<Novel, bool>>? predicate = null, Func<IQueryable<Novel>, IIncludableQueryable<Novel, object>>? include = null);
}

public sealed class IncludeFunctionTests
{
    [Fact]
    public async Task An_include_function_is_ignored_and_the_stored_graph_comes_back_whole()
    {
        INovelRepository novels = new InMemoryNovelRepository();
        novels.Insert(new Novel { Id = 1, Title = "Emma", Author = new Author { Id = 1, Name = "Austen" } });
        novels.Insert(new Novel { Id = 2, Title = "Dracula", Author = new Author { Id = 2, Name = "Stoker" } });

        var included = await novels.GetAllAsync(n => n.Title == "Emma", include: q => q.Include(n => n.Author!));
        var plain = await novels.GetAllAsync(n => n.Title == "Emma");

        Assert.Equal("Austen", Assert.Single(included).Author!.Name);
        Assert.Equal("Austen", Assert.Single(plain).Author!.Name);
        Assert.Equal(2, (await novels.GetAllAsync()).Count);
    }
}
