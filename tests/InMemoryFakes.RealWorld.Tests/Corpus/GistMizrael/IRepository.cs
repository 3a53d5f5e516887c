// Source: https://gist.github.com/mizrael/7e75d7f14cb2971997fa
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 6 (6 members).
// Path: "basic C# interface for a MongoDB repository" (2015)
// Adapted: MongoDB.Driver's FilterDefinition<T>, ExpressionFilterDefinition<T> and IFindFluent<T, T> are stubs in the
//   file's namespace (a corpus file has one namespace); Post (Id, Title) is the document (the same author's IDbContext
//   names Entities.Post). Nullable disabled (2015).
// Real store: a pass-through to IMongoCollection<TEntity> (the author's implementation forwards each member):
//   CollectionName the collection's name; CountAsync(filter) counts the matching documents; Find(filter) the driver's
//   fluent find; FindOneAndReplaceAsync(filter, replacement) replaces the first match and answers the document as it
//   was before, or null when nothing matches (no upsert by default). Nothing here inserts.
// Shapes: *=core; CountAsync=2; Find=2; FindOneAndReplaceAsync=2
// First try (71d37bc): incomplete: IMF0001 CollectionName, CountAsync, Find(FilterDefinition), FindOneAndReplaceAsync
//   (FilterDefinition); IMF0019 Find(Expression) (IFindFluent is no list); IMF0018 FindOneAndReplaceAsync(Expression)
//   (the replacement is no condition) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the driver's filter and fluent types, a collection name, and a
//   replace that answers the document before it.
#nullable disable

using System;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GistMizrael.IRepositoryCase;

public abstract class FilterDefinition<TDocument>
{
}

public sealed class ExpressionFilterDefinition<TDocument>(Expression<Func<TDocument, bool>> expression) : FilterDefinition<TDocument>
{
    public Expression<Func<TDocument, bool>> Expression { get; } = expression;
}

public interface IFindFluent<TDocument, TProjection>
{
}

public class Post
{
    public Guid Id { get; set; }

    public string Title { get; set; }
}

public interface IRepository<TEntity>
{
    string CollectionName { get; }

    Task<long> CountAsync(FilterDefinition<TEntity> filter);

    IFindFluent<TEntity, TEntity> Find(FilterDefinition<TEntity> filter);

    IFindFluent<TEntity, TEntity> Find(Expression<Func<TEntity, bool>> filter);

    Task<TEntity> FindOneAndReplaceAsync(FilterDefinition<TEntity> filter, TEntity replacement);

    Task<TEntity> FindOneAndReplaceAsync(Expression<Func<TEntity, bool>> filter, TEntity replacement);
}

[InMemoryFake(typeof(IRepository<Post>))]
public partial class PostRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IRepository<Post> repository)
    {
        Check.Equal(0L, await repository.CountAsync(new ExpressionFilterDefinition<Post>(p => true)), "CountAsync counts the documents that match (an empty collection: 0)");
        Check.Null(await repository.FindOneAndReplaceAsync(p => p.Title == "Hello", new Post { Id = Guid.NewGuid(), Title = "Hello" }), "FindOneAndReplaceAsync of no match answers null and inserts nothing (IsUpsert is false by default)");
        Check.Equal(0L, await repository.CountAsync(new ExpressionFilterDefinition<Post>(p => true)), "so the collection stays empty");
    }
}
