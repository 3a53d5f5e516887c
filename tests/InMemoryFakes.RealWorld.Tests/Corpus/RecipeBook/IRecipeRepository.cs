// Source: https://github.com/jvallon/recipe-book
// Commit: 37b863de30fe ("initial server commit", 2021-05-27: the version the search result shows, the empty body; the
//   index also stores 0928cfe and e5d1629, which add GetRecipes, GetRecipeById, GetRecipeDetailsById and CreateRecipe;
//   IRepositoryBase.cs, IRepositoryWrapper.cs, RepositoryBase.cs, RecipeRepository.cs, RepositoryWrapper.cs, Recipe.cs,
//   User.cs and RepositoryContext.cs read at the same commit)
// Licence: Apache-2.0 (LICENSE at the root, there at 37b863d; an interface signature and a minimal model transcribed for
//   a test)
// Sample: h-sample129 rule (/work/prompts/out/h-sample129-rule.md), fixed by the lead before any interface was looked at:
//   restaurant, food-ordering and survey codebases; the search tool (corpus code) with, in this order, (1) `interface
//   IRestaurantRepository`, (2) `interface IMenuRepository`, (3) `interface IRecipeRepository`, (4) `interface
//   IDishRepository`, (5) `interface ISurveyRepository`, (6) `interface IQuestionRepository Task`, (7) `interface
//   IPollRepository`, (8) `interface IReviewRepository Task`; from each, the FIRST result in the order returned that is
//   a C# interface declaration with at least 3 members (inherited ones count when the base interface is declared in the
//   same repository), no "test" (any case) in its path, from a repository that has a licence, is not already a corpus
//   source and is not already picked; anonymous excerpts are not taken; at most 1 per repository; stop after 3. Picks:
//   (1) query (3) rank 9, jvallon/recipe-book IRecipeRepository (this one; ranks 1-4 and 7 are TypeScript, Go and Java,
//   5-6 anonymous, rank 8 brent-edwards-online/demo-applications has no licence); (2) query (7) rank 1,
//   digioz/digioznetportal-legacy IPollRepository. The lists ran out with 2 picks.
//   This one: query (3), rank 9 (declares none; 5 in its base IRepositoryBase<T> beside it).
// Path: recipebookserver/Contracts/IRecipeRepository.cs (base: Contracts/IRepositoryBase.cs; unit of work:
//   Contracts/IRepositoryWrapper.cs, with Contracts/IUserRepository.cs; real store: Repository/RecipeRepository.cs on
//   Repository/RepositoryBase.cs, saved by Repository/RepositoryWrapper.cs, over Entities/RepositoryContext.cs (EF Core
//   5 on MySQL, Pomelo, recipebookserver/Extensions/ServiceExtensions.cs); models: Entities/Models/Recipe.cs, User.cs)
// Adapted: one namespace for Contracts and Entities.Models (the source's two). Nullable disabled, as in the source
//   (netcoreapp3.1, not enabled). The data annotations ([Table], [Required], [StringLength], [ForeignKey]) left out: they
//   are EF Core's and MVC's, not the store's signature (the lengths are MySQL's column widths). IRepositoryWrapper and
//   IUserRepository transcribed beside it as the source declares them (its save is the one the writes wait for).
// Real store: RecipeRepository : RepositoryBase<Recipe>, EF Core over MySQL, one scoped RepositoryContext per request,
//   which the scoped RepositoryWrapper hands to each repository it makes. Create = Set<T>().Add, Update =
//   Set<T>().Update, Delete = Set<T>().Remove: each only tracks the change; RepositoryWrapper.Save() =
//   SaveChanges() writes them (nothing is stored, nor seen by a query, before it). RecipeId is an int AUTO_INCREMENT key
//   by convention: Create leaves it 0 until the save writes the number in; an Update or Delete of a recipe not stored
//   fails the save (DbUpdateConcurrencyException). FindAll() = Set<T>().AsNoTracking(): every stored row, as an
//   untracked query; FindByCondition(e) = Set<T>().Where(e).AsNoTracking(): the stored rows matching. Both are the EF
//   Core query itself (IQueryable): composed further by the caller, run on the database (MySQL compares text by its
//   collation, case-insensitive by default). Reads without Include leave the User navigation null.
// Shapes: *=core
// First try (c183da2f): incomplete: IMF0022 Create, Update, Delete ("IRepositoryWrapper.Recipe returns
//   IRecipeRepository beside that save, so the repository's writes may only be tracked until it runs"; the fix: fake
//   IRepositoryWrapper, or UnitOfWorkWrites: the right cause). Generated: FindAll (every recipe) and FindByCondition (the
//   matches of the expression), each LINQ to objects over copies of the rows of the moment it is called. The probe
//   stops at Create, the script's first write | WRONG: FindAll and FindByCondition answer a query over the rows of the
//   call's moment (the documented consistent snapshot), where EF Core's IQueryable runs when it is enumerated: a FindAll()
//   kept and enumerated after a save misses the rows saved since (the script's fourth check of a count; the probe does
//   not reach it). Their string comparisons are ordinal, where MySQL's default collation ignores case (the documented
//   InMemoryFakeOptions.Semantics; the script uses one case).
// After this round: unchanged, rightly incomplete. No setting: UnitOfWorkWrites = Deferred would make the writes wait
//   for a SharedUnitOfWork's save, as the real ones wait for RepositoryWrapper.Save, but would also make FindAll and
//   FindByCondition read tracked entities whose changes the save writes back, where the real reads are AsNoTracking (the
//   script's check of a change not saved); faking IRepositoryWrapper, the other fix IMF0022 names, is another file's
//   interface.
#nullable disable

using System;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RecipeBook.IRecipeRepositoryCase;

public class User
{
    public int UserId { get; set; }

    public string FirstName { get; set; }

    public string LastName { get; set; }

    public string Username { get; set; }

    public string EmailAddress { get; set; }
}

public class Recipe
{
    public int RecipeId { get; set; }

    public string Title { get; set; }

    public string Description { get; set; }

    public DateTime? PrepTime { get; set; }

    public DateTime? CookTime { get; set; }

    public int UserId { get; set; }

    public User User { get; set; }
}

public interface IRepositoryBase<T>
{
    IQueryable<T> FindAll();
    IQueryable<T> FindByCondition(Expression<Func<T, bool>> expression);
    void Create(T entity);
    void Update(T entity);
    void Delete(T entity);
}

public interface IUserRepository : IRepositoryBase<User>
{
}

[InMemoryFake]
public interface IRecipeRepository : IRepositoryBase<Recipe>
{
}

public interface IRepositoryWrapper
{
    IUserRepository User { get; }
    IRecipeRepository Recipe { get; }
    void Save();
}

public static class Smoke
{
    public static Task RunAsync(IRecipeRepository given)
    {
        // One request: the scoped RepositoryWrapper hands out RecipeRepository over the request's RepositoryContext, and
        // its Save() is that context's SaveChanges. The fake of that scope is one SharedUnitOfWork.
        var request = new SharedUnitOfWork();
        IRecipeRepository recipes = Fakes.Create<IRecipeRepository>(new InMemoryFakeOptions { Backend = ((IInMemoryFake)given).Backend, SharedUnitOfWork = request });

        Check.Equal(0, recipes.FindAll().Count(), "a new database has no recipe");
        var soup = new Recipe { Title = "Tomato soup", Description = "Blend and simmer", UserId = 1 };
        recipes.Create(soup);
        Check.Equal(0, recipes.FindAll().Count(), "Create only tracks the recipe: a query does not see it before RepositoryWrapper.Save");
        Check.Equal(0, soup.RecipeId, "the AUTO_INCREMENT key is not given before the save");
        request.SaveChanges();
        Check.True(soup.RecipeId != 0, "the save writes the number MySQL gave into RecipeId");
        Check.Equal("Blend and simmer", recipes.FindByCondition(r => r.Title == "Tomato soup").Single().Description, "FindByCondition finds the saved recipe");

        var all = recipes.FindAll();
        recipes.Create(new Recipe { Title = "Pancakes", UserId = 1 });
        request.SaveChanges();
        Check.Equal(2, all.Count(), "FindAll's IQueryable is EF Core's query: it runs when enumerated and sees the rows saved since");
        Check.Equal(1, recipes.FindByCondition(r => r.Title.StartsWith("Pan")).Count(), "FindByCondition filters by the expression");

        var read = recipes.FindByCondition(r => r.RecipeId == soup.RecipeId).Single();
        read.Description = "changed, not saved";
        request.SaveChanges();
        Check.Equal("Blend and simmer", recipes.FindAll().Single(r => r.RecipeId == soup.RecipeId).Description, "FindAll and FindByCondition read AsNoTracking: a change to what they return is not saved");

        recipes.Update(new Recipe { RecipeId = soup.RecipeId, Title = "Tomato soup", Description = "Roast, blend and simmer", UserId = 1 });
        Check.Equal("Blend and simmer", recipes.FindAll().Single(r => r.RecipeId == soup.RecipeId).Description, "Update only tracks the change");
        request.SaveChanges();
        Check.Equal("Roast, blend and simmer", recipes.FindAll().Single(r => r.RecipeId == soup.RecipeId).Description, "the save writes every column of the recipe given");

        recipes.Delete(new Recipe { RecipeId = soup.RecipeId });
        Check.Equal(2, recipes.FindAll().Count(), "Delete only tracks the removal");
        request.SaveChanges();
        Check.Equal("Pancakes", recipes.FindAll().Single().Title, "the save removes the row");
        return Task.CompletedTask;
    }
}
