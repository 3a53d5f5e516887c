// Source: https://gist.github.com/mizrael/a06bc0bc23223fa62345
// Licence: none stated (an interface signature and minimal models transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 7 (4 members).
// Path: "basic C# interface for a MongoDB context" (2015), over the IRepository<TEntity> of gist 7e75d7f1 (transcribed
//   beside it, as in Corpus/GistMizrael/IRepository.cs)
// Adapted: as IRepository.cs; User, Tag and Taxonomy (Id, Name) are the other documents. Nullable disabled (2015).
// Real store: a context handing out one repository per MongoDB collection (posts, users, tags, taxonomies), each a
//   pass-through to its IMongoCollection (see Corpus/GistMizrael/IRepository.cs).
// Shapes: *=3
// First try (71d37bc): incomplete: IMF0023 on Posts, Users, Tags and Taxonomies (a unit of work's repositories are
//   generated only whole), with IRepository's members refused as in Corpus/GistMizrael/IRepository.cs | WRONG: none.
// After this round: unchanged, and rightly (the repository's refusals).
#nullable disable

using System;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GistMizrael.IDbContextCase;

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

public class User
{
    public Guid Id { get; set; }

    public string Name { get; set; }
}

public class Tag
{
    public Guid Id { get; set; }

    public string Name { get; set; }
}

public class Taxonomy
{
    public Guid Id { get; set; }

    public string Name { get; set; }
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

[InMemoryFake]
public interface IDbContext
{
    IRepository<Post> Posts { get; }

    IRepository<User> Users { get; }

    IRepository<Tag> Tags { get; }

    IRepository<Taxonomy> Taxonomies { get; }
}

public static class Smoke
{
    public static async Task RunAsync(IDbContext context)
    {
        Check.Equal(0L, await context.Posts.CountAsync(new ExpressionFilterDefinition<Post>(p => true)), "Posts is a repository over the posts collection (empty)");
        Check.Null(await context.Users.FindOneAndReplaceAsync(u => u.Name == "ada", new User { Id = Guid.NewGuid(), Name = "ada" }), "Users is another collection: no match, nothing inserted");
        Check.True(context.Tags is not null && context.Taxonomies is not null, "every property hands out a repository");
    }
}
