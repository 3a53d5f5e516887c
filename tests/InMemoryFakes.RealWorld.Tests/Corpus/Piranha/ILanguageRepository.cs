// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Repositories/ILanguageRespository.cs (model: core/Piranha/Models/Language.cs)
// Real store: data/Piranha.Data.EF/Repositories/LanguageRepository.cs: GetAll ordered by Title; GetById null when
//   missing; GetDefault = the language with IsDefault (null when none); Save inserts or updates by Id; Delete of a
//   missing id does nothing.
// Shapes: GetDefault=20; GetAll=core; GetById=core; Save=core; Delete=core
// Configured: DefaultOrder = "Title" (h-wrongclass6): LanguageRepository.GetAll is OrderBy(l => l.Title) (read at
//   174e9a9c), an order in the query's body that no signature shows.
// After this round (h-wrongclass6): WRONG found reviewing the members the script did not check: GetAll listed in
//   insertion order (the script only counted); right with the setting, and the script now checks the order. Loud, not in
//   the script: GetDefault of two languages marked IsDefault throws the several-matches error, where the real
//   FirstOrDefault answers one.
// After h-oblivious (session 29): complete as before; GetById, GetDefault answer null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.ILanguageRepositoryCase;

public class Language
{
    public Guid Id { get; set; }
    public string Title { get; set; }
    public string Culture { get; set; }
    public bool IsDefault { get; set; }
}

[InMemoryFake(DefaultOrder = "Title")]
public interface ILanguageRepository
{
    Task<IEnumerable<Language>> GetAll();
    Task<Language> GetById(Guid id);
    Task<Language> GetDefault();
    Task Save(Language model);
    Task Delete(Guid id);
}

public static class Smoke
{
    public static async Task RunAsync(ILanguageRepository store)
    {
        Check.Null(await store.GetDefault(), "GetDefault with no languages returns null");
        var en = Guid.NewGuid();
        await store.Save(new Language { Id = Guid.NewGuid(), Title = "Svenska", Culture = "sv-SE" });
        await store.Save(new Language { Id = en, Title = "English", Culture = "en-US", IsDefault = true });
        Check.Equal(en, (await store.GetDefault())?.Id, "GetDefault returns the language marked IsDefault");
        Check.Equal(2, (await store.GetAll()).Count(), "GetAll lists the languages");
        Check.Equal("English,Svenska", string.Join(",", (await store.GetAll()).Select(l => l.Title)), "GetAll orders by Title (OrderBy(l => l.Title))");
        await store.Delete(en);
        Check.Null(await store.GetById(en), "Delete removes it");
    }
}
