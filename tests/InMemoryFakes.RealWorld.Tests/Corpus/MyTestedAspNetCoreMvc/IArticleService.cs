// Source: https://github.com/ivaylokenov/MyTested.AspNetCore.Mvc
// Commit: 4d60e0d57f63
// Licence: Apache-2.0 or Ms-PL, at the user's choice (LICENSE)
// Sample: h-sample87 rule (the rule and the walk: Corpus/AspNetCoreDocs/IBrainStormSessionRepository.cs). In this
//   repository, by git grep of the snapshot in path order: plugins/…NewtonsoftJson's test-builder contracts keep no
//   state; samples/ApplicationParts' IEmailSender and ISmsSender send; samples/Autofac's IDataService (1 member, a
//   constant) and IDateTimeService keep no state; then samples/Blog/Blog.Services/IArticleService.cs.
//   This one: the 3rd pick (ivaylokenov/MyTested.AspNetCore.Mvc).
// Path: samples/Blog/Blog.Services/IArticleService.cs (real store: ArticleService.cs beside it, over Blog.Data's
//   BlogDbContext; models: Services/Models/*.cs, Data/Models/Article.cs; mapping: Infrastructure/ServiceMappingProfile.cs)
// Adapted: the namespaces (one for all); ServicesConstants keeps ArticlesPerPage (12); the three service models kept
//   whole. The data model Article (Id, Title, Content, IsPublic, PublishedOn, UserId, User) is not in the interface and
//   is left out. Nullable disabled, as in the source (Blog.Services.csproj sets no Nullable).
// Real store: ArticleService over EF Core's Articles, projected with AutoMapper (Author = the user's UserName).
//   All(page, pageSize, publicOnly) and All<TModel>(…): the articles (only IsPublic ones when publicOnly), by
//   PublishedOn newest first, Skip((page - 1) * pageSize).Take(pageSize), as the model asked. ByUser(userId): the
//   user's articles, PublishedOn newest first. IsByUser(id, userId): whether article id is that user's. Details(id):
//   the article as ArticleDetailsServiceModel, null when none. Total(): the count of public articles. Add(title,
//   content, userId): a new Article (not public, PublishedOn null), saved; returns its Id (the identity column).
//   Edit(id, title, content): none → returns; else sets Title and Content **and IsPublic = false** (an edited article
//   goes back to review) and saves. Delete(id): FindAsync then Remove: an id not stored throws (Remove(null):
//   ArgumentNullException). ChangeVisibility(id): none → returns; else flips IsPublic and, when PublishedOn is null,
//   sets it to the provider's Now().
// Shapes: ByUser=4; IsByUser=4; Total=6; ChangeVisibility=20; *=none
// First try (8b82adcf): incomplete: Edit and Delete generated over ArticleDetailsServiceModel (the one type with Title
//   and Content); IMF0001 on All (page alone, and the generic projection), ByUser, IsByUser, Details, Total,
//   ChangeVisibility (not known verbs) and Add (userId names no property of ArticleDetailsServiceModel) | WRONG: Edit
//   (writes Title and Content but leaves IsPublic, which the store sets to false; an id not stored is the fake's
//   not-found error, the store returns without a word), Delete (an id not stored: the fake does nothing, the store
//   throws ArgumentNullException).
// After this round: unchanged. The refusals are right: paging by page alone, projections made by AutoMapper, a count
//   of the public ones named Total, and a toggle that stamps a publication date are the service's own. Edit and Delete
//   stay generated, and wrong for this store: the un-publishing on edit is a rule of the service that no signature
//   shows, and the missing id follows the conventions' majority (an update of a missing row is the not-found error; a
//   removal by key of one does nothing, as a SQL DELETE) where this service does the opposite of both. Left open in
//   docs/generator-rounds.md's h-sample87 section: the interface proves its stored row is none of its types (Add, ByUser and
//   IsByUser take a userId no model has), which could refuse writes through a projection.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MyTestedAspNetCoreMvc.IArticleServiceCase;

public class ServicesConstants
{
    public const int ArticlesPerPage = 12;
}

public class ArticleListingServiceModel
{
    public int Id { get; set; }

    public string Title { get; set; }

    public DateTime? PublishedOn { get; set; }

    public string Author { get; set; }
}

public class ArticleForUserListingServiceModel : ArticleListingServiceModel
{
    public bool IsPublic { get; set; }
}

public class ArticleDetailsServiceModel
{
    public int Id { get; set; }

    public string Title { get; set; }

    public string Content { get; set; }

    public bool IsPublic { get; set; }

    public DateTime? PublishedOn { get; set; }

    public string Author { get; set; }
}

[InMemoryFake]
public interface IArticleService
{
    Task<IEnumerable<ArticleListingServiceModel>> All(
        int page = 1,
        int pageSize = ServicesConstants.ArticlesPerPage,
        bool publicOnly = true);

    Task<IEnumerable<TModel>> All<TModel>(
        int page = 1,
        int pageSize = ServicesConstants.ArticlesPerPage,
        bool publicOnly = true)
        where TModel : class;

    Task<IEnumerable<ArticleForUserListingServiceModel>> ByUser(string userId);

    Task<bool> IsByUser(int id, string userId);

    Task<ArticleDetailsServiceModel> Details(int id);

    Task<int> Total();

    Task<int> Add(string title, string content, string userId);

    Task Edit(int id, string title, string content);

    Task Delete(int id);

    Task ChangeVisibility(int id);
}

public static class Smoke
{
    public static async Task RunAsync(IArticleService articles)
    {
        Check.Equal(0, await articles.Total(), "a new blog has no public article");
        var id = await articles.Add("Test Article", "Test Article Content", "user-1");
        Check.Equal(1, id, "Add returns the new article's Id");
        var details = await articles.Details(id);
        Check.Equal("Test Article", details.Title, "Details reads the article added");
        Check.False(details.IsPublic, "a new article is not public");
        Check.Null(details.PublishedOn, "nor published");
        Check.Equal(0, (await articles.All()).Count(), "All lists only public articles by default");
        Check.Equal(1, (await articles.All(publicOnly: false)).Count(), "and every article with publicOnly: false");
        Check.True(await articles.IsByUser(id, "user-1"), "IsByUser: the article is its author's");
        Check.False(await articles.IsByUser(id, "user-2"), "and no one else's");

        await articles.ChangeVisibility(id);
        details = await articles.Details(id);
        Check.True(details.IsPublic, "ChangeVisibility makes a private article public");
        Check.NotNull(details.PublishedOn, "and stamps its publication date");
        Check.Equal(1, await articles.Total(), "Total counts the public articles");

        await articles.Edit(id, "Edited", "Edited Content");
        details = await articles.Details(id);
        Check.Equal("Edited", details.Title, "Edit writes the title");
        Check.Equal("Edited Content", details.Content, "and the content");
        Check.False(details.IsPublic, "and makes the article private again");
        await articles.Edit(99, "Ghost", "None");
        Check.Null(await articles.Details(99), "Edit of an id not stored does nothing");

        var second = await articles.Add("Second", "More", "user-1");
        Check.Equal(2, (await articles.ByUser("user-1")).Count(), "ByUser lists the user's articles, public or not");
        await articles.Delete(second);
        Check.Null(await articles.Details(second), "Delete removes the article");
        await Check.ThrowsAsync<ArgumentNullException>(() => articles.Delete(second), "Delete of an id not stored throws (Remove(null))");
    }
}
