// Source: https://github.com/chimexy8alluvial/Fliq-WebAPI
// Commit: bda011025268
// Licence: MIT (License.txt: the MIT text, headed "Fliq - Copyright © 2024-2025, Chimezirim Bassey, All rights
//   reserved"; its grant allows copying; an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample75 rule (the whole rule and the repositories it skipped: Corpus/ODataWebApi/
//   IODataInstanceAnnotationContainer.cs). This one: the 4th pick (the 14th repository listed). Before it in path order:
//   IJwtTokenGenerator and ICustomProfileMapper (no store), IAuditTrailRepository (2 members).
// Path: ConnectVibe.Application/Common/Interfaces/Persistence/IBlindDateCategoryRepository.cs (real store:
//   ConnectVibe.Infrastructure/Persistence/Repositories/BlindDateCategoryRepository.cs, EF Core over SQL Server;
//   models: ConnectVibe.Domain/Entities/Record.cs, Entities/DatingEnvironment/BlindDates/BlindDateCategory.cs)
// Adapted: BlindDate is cut to an Id, a title and its category's id (the source's has the session's details and
//   participants). Nullable enabled, as in the source (Fliq.Application.csproj).
// Real store: BlindDateCategoryRepository over FliqDbContext.BlindDateCategories (an int IDENTITY key; no query
//   filter, so rows flagged IsDeleted are read like the others). GetByIdAsync(id) = FirstOrDefaultAsync(c => c.Id ==
//   id), including BlindDates: the category or null. GetByCategoryName(name) = FirstOrDefaultAsync(c => c.CategoryName
//   == name): the database's collation decides case (SQL Server's default ignores it; the script uses one spelling),
//   and no unique index keeps two categories of a name apart (the script adds each name once). GetAllAsync = every
//   category. AddAsync adds and saves (the database numbers Id); UpdateAsync = DbSet.Update + save (every column
//   written); DeleteAsync = DbSet.Remove + save: the row is deleted outright, IsDeleted untouched.
// Shapes: *=core
// First try (ddd0e550): incomplete: IMF0001 on DeleteAsync (BlindDateCategory has the deletion flag IsDeleted, so
//   whether a delete removes the row or sets the flag is the store's own). Generated: GetByIdAsync (by the key),
//   GetByCategoryName (a lookup by the CategoryName property, null when none; several matches are the fake's error),
//   GetAllAsync, AddAsync (numbered), UpdateAsync | WRONG: none.
// After this round: unchanged, and the refusal is right: this store deletes the row and leaves the flag to others,
//   where ABP's and nopCommerce's repositories set IsDeleted instead; an entity with a deletion flag does not say which.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FliqWebApi.IBlindDateCategoryRepositoryCase;

public class Record
{
    public int Id { get; set; }
    public DateTime DateCreated { get; set; } = DateTime.UtcNow;
    public DateTime? DateModified { get; set; }
    public bool IsDeleted { get; set; }
}

public class BlindDate : Record
{
    public string Title { get; set; } = default!;
    public int? BlindDateCategoryId { get; set; }
}

public class BlindDateCategory : Record
{
    public string CategoryName { get; set; } = default!;

    public string Description { get; set; } = default!;

    public ICollection<BlindDate> BlindDates { get; set; } = new List<BlindDate>();
}

[InMemoryFake]
public interface IBlindDateCategoryRepository
{
    Task<BlindDateCategory?> GetByIdAsync(int id);
    Task<BlindDateCategory?> GetByCategoryName(string CategoryName);
    Task<IEnumerable<BlindDateCategory>> GetAllAsync();
    Task AddAsync(BlindDateCategory category);
    Task UpdateAsync(BlindDateCategory category);
    Task DeleteAsync(BlindDateCategory category);
}

public static class Smoke
{
    public static async Task RunAsync(IBlindDateCategoryRepository categories)
    {
        Check.Null(await categories.GetByIdAsync(1), "an empty table has no category");
        Check.Equal(0, (await categories.GetAllAsync()).Count(), "and lists none");

        var coffee = new BlindDateCategory { CategoryName = "Coffee", Description = "A short first date" };
        var dinner = new BlindDateCategory { CategoryName = "Dinner", Description = "An evening" };
        await categories.AddAsync(coffee);
        await categories.AddAsync(dinner);
        Check.True(coffee.Id > 0 && dinner.Id > 0 && coffee.Id != dinner.Id, "AddAsync numbers each category");
        Check.Equal("Coffee", (await categories.GetByIdAsync(coffee.Id))?.CategoryName, "GetByIdAsync finds it by Id");
        Check.Equal(dinner.Id, (await categories.GetByCategoryName("Dinner"))?.Id, "GetByCategoryName finds it by its name");
        Check.Null(await categories.GetByCategoryName("Picnic"), "a name not stored is null");
        Check.Equal(2, (await categories.GetAllAsync()).Count(), "GetAllAsync lists both");

        var flagged = new BlindDateCategory { Id = dinner.Id, CategoryName = "Dinner", Description = "Closed", IsDeleted = true };
        await categories.UpdateAsync(flagged);
        Check.Equal("Closed", (await categories.GetByIdAsync(dinner.Id))?.Description, "UpdateAsync writes every column");
        Check.True((await categories.GetByIdAsync(dinner.Id))?.IsDeleted == true, "a flagged category is still read: no query filter");

        await categories.DeleteAsync(flagged);
        Check.Null(await categories.GetByIdAsync(dinner.Id), "DeleteAsync removes the row outright");
        Check.Equal(1, (await categories.GetAllAsync()).Count(), "the other category stays");
    }
}
