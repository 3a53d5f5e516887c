// Source: https://github.com/bdongus/idee5.Common
// Commit: 167bc4e4b059
// Licence: MIT (NuGet package idee5.Common.Data); only the interface signatures are transcribed
// Path: idee5.Common.Data/IQueryRepositoryOfT.cs (IEntityOfTPrimaryKey.cs)
// Adapted: Article is an entity written here (an int Id, as IEntity<int> gives it, a title and a rating); the store is
//   filled with the fake's Seed, as the real read-only repository reads rows other code wrote.
// Real store: the read side of the library's repositories (CQRS): GetAsync(func) lists what the function makes of the
//   entity set's query ("the function that shapes the query to execute"), GetAsync<TResult>(func) returns the function's
//   result over that query (a count, a projection, Any). EF Core implementations run the function over DbSet<T>.
// Shapes: *=9
// First try (2f120b5): incomplete: IMF0001 GetAsync<TResult> (the interface was read as a key-value store keyed by the
//   function) | WRONG: GetAsync(func) generated as a key-value read keyed by the delegate (GetRequired(func): not-found for
//   any function), silently
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Idee5.IQueryRepositoryCase;

public class Article
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Rating { get; set; }
}

public interface IQueryRepository<T> where T : class
{
    Task<IEnumerable<T>> GetAsync(Func<IQueryable<T>, IQueryable<T>> func, CancellationToken cancellationToken = default);

    Task<TResult> GetAsync<TResult>(Func<IQueryable<T>, TResult> func, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(IQueryRepository<Article>))]
public partial class ArticleQueryRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IQueryRepository<Article> store)
    {
        ((IInMemoryFake)store).Seed(
            new Article { Id = 1, Title = "Intro", Rating = 3 },
            new Article { Id = 2, Title = "Deep dive", Rating = 5 },
            new Article { Id = 3, Title = "Draft", Rating = 1 });
        Check.Equal("Deep dive,Intro", string.Join(",", (await store.GetAsync(q => q.Where(a => a.Rating >= 3).OrderBy(a => a.Title))).Select(a => a.Title)), "GetAsync(func) lists what the function makes of the query");
        Check.Equal(2, await store.GetAsync(q => q.Count(a => a.Rating > 2)), "GetAsync<TResult>(func) returns the function's result over the query");
        Check.True(await store.GetAsync(q => q.Any(a => a.Title == "Draft")), "GetAsync<TResult>(func) answers Any over the query");
    }
}
