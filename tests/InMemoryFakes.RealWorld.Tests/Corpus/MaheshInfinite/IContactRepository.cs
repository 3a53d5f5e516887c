// Source: https://github.com/MaheshEllapu/Infinite
// Commit: da3c1984 (IContactRepository.cs, ContactRepository.cs, Contact.cs)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample47 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IItemRepository SQLiteAsyncConnection`, (2) `interface IDatabaseService Task SaveItemAsync`,
//   (3) `interface INoteRepository Task`, (4) `interface IFavoritesService`, (5) `interface ILocalDatabase Task`,
//   (6) `interface IContactRepository Task`, (7) `interface IExpenseRepository`; from each, the FIRST result in the
//   order returned that is a C# interface declaration with at least 3 members (inherited ones count if the base
//   interface is in the same repository, as in h-sample41), outside paths containing "test" (any case), from a
//   repository not already a corpus source; at most 1 per repository; stop after 5. A result that names no repository
//   or path (the tool's anonymous excerpts) cannot be cited, checked against the corpus or read further, so it is not
//   taken (as in h-sample40, 41 and 44). Each interface is transcribed at the stored version read_file reads, with its
//   real store.
//   Picks: (1) rank 1, pascalypperciel/formula-sae-elec-inventory-app IItemRepository (5 members in the excerpt, 6 at
//   the version read); (2) rank 1, YeGaSoft/DnDCharCtor IDatabaseService (4 members in the excerpt, 3 at the version
//   read); (3) rank 1, tejasri3716/BookStore INoteRepository (5 members in the excerpt, 19 at the version read);
//   (4) none (ranks 1-4 are TypeScript and Java, ranks 5-12 anonymous); (5) none (ranks 1-4 are Java, Dart and Kotlin,
//   ranks 5-12 anonymous or TypeScript); (6) rank 1, MaheshEllapu/Infinite IContactRepository (3 members); (7) rank 3,
//   thonycsdev/financial-daily-control-backend IExpenseRepository (rank 1 is Java; rank 2, turpija/VS_CSharp_API,
//   declares 2; this one declares none, its base IRepository<TEntity> in the same repository 8). Five picks. None of
//   the five repositories was a corpus source (tejasri3716/BookStore is not h-sample44's TURKERBEY/BookStore).
//   This one: query (6), rank 1 (3 members).
// Path: MVC/Assignments/Assignment1/Assignment1/Repositories/IContactRepository.cs (an ASP.NET MVC 5 assignment; real
//   store: ContactRepository.cs beside it, over ContactContext (Entity Framework 6, a DbContext in Models/Contact.cs))
// Adapted: the usings the interface does not need (System.Web) left out; the namespace shortened. Nullable disabled,
//   as in the source (.NET Framework).
// Real store: ContactRepository over EF6's ContactContext (SQL Server by EF6's default connection factory); Contact.Id
//   (long) is the key and IDENTITY by convention. The stored ContactRepository.cs declares its ContactContext
//   constructor twice (CS0111: that version does not compile); the members read as EF6 runs them. GetAllAsync =
//   ToListAsync: every contact. CreateAsync = Contacts.Add + SaveChangesAsync: the insert leaves out the IDENTITY
//   column, so the contact gets the generated value, written back, whatever Id it was given (EF6 overwrites a preset
//   Id). DeleteAsync(Id) = FindAsync, then Remove + SaveChangesAsync when found; an id not stored does nothing and
//   throws nothing.
// Shapes: *=core
// First try (d08747c): complete (attribute bare): GetAllAsync, CreateAsync (an IDENTITY-like number for Id 0, written
//   back), DeleteAsync(Id) (nothing for an id not stored) | WRONG: CreateAsync of a contact given Id 99 stored it under
//   99, where EF6 leaves an IDENTITY key out of the insert and writes the generated value back (and a taken Id would
//   be the duplicate-key error where EF6 inserts a new row): the signature cannot say the key is IDENTITY.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace (EF6 overwrites a preset IDENTITY key with the generated one).
// After this round: complete, and the smoke script passes (configured as the real store reads).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MaheshInfinite.IContactRepositoryCase;

public class Contact
{
    public long Id { get; set; }
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string Email { get; set; }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IContactRepository
{
    Task<List<Contact>> GetAllAsync();
    Task CreateAsync(Contact contact);
    Task DeleteAsync(long Id);
}

public static class Smoke
{
    public static async Task RunAsync(IContactRepository contacts)
    {
        var ada = new Contact { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com" };
        await contacts.CreateAsync(ada);
        Check.True(ada.Id > 0, "CreateAsync numbers a contact whose Id is 0 (IDENTITY), written back");
        var alan = new Contact { FirstName = "Alan", LastName = "Turing", Email = "alan@example.com" };
        await contacts.CreateAsync(alan);
        Check.True(alan.Id > 0 && alan.Id != ada.Id, "each contact gets its own Id");
        Check.Equal(2, (await contacts.GetAllAsync()).Count, "GetAllAsync lists every contact");

        var grace = new Contact { Id = 99, FirstName = "Grace", LastName = "Hopper", Email = "grace@example.com" };
        await contacts.CreateAsync(grace);
        Check.True(grace.Id != 99 && grace.Id != ada.Id && grace.Id != alan.Id, "CreateAsync of a contact given an Id stores it under a new IDENTITY value (EF6 leaves the preset Id out of the insert and writes the generated one back)");
        Check.Equal(3, (await contacts.GetAllAsync()).Count, "and adds it");
        var linus = new Contact { Id = ada.Id, FirstName = "Linus", LastName = "Torvalds", Email = "linus@example.com" };
        await contacts.CreateAsync(linus);
        Check.True(linus.Id != ada.Id, "a taken Id too: no duplicate-key error, a new IDENTITY value");
        Check.Equal("Ada", (await contacts.GetAllAsync()).Single(c => c.Id == ada.Id).FirstName, "Ada is kept");
        Check.Equal(4, (await contacts.GetAllAsync()).Count, "four contacts");

        await contacts.DeleteAsync(alan.Id);
        Check.Equal("Ada,Grace,Linus", string.Join(",", (await contacts.GetAllAsync()).Select(c => c.FirstName).OrderBy(n => n, StringComparer.Ordinal)), "DeleteAsync removes the contact");
        await contacts.DeleteAsync(alan.Id);
        Check.Equal(3, (await contacts.GetAllAsync()).Count, "DeleteAsync of an id not stored does nothing and throws nothing");
    }
}
