// Source: https://github.com/MicrosoftLearning/AZ-2007-Accelerate-app-development-by-using-GitHub-Copilot
// Commit: df4fc23da31f
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample54 rule (Corpus/Course20486D/IData.cs has it in full, with the repositories skipped and why), fixed
//   before probing. This one: the 2nd pick (AZ-2007; in path order ILoanRepository (2 members) and ILoanService (2,
//   computes over the repositories) come before it; this one declares 3).
// Path: LearnModuleExercises/GuidedProject/AccelerateDevGitHubCopilot/src/Library.ApplicationCore/Interfaces/IPatronRepository.cs
//   (real store: src/Library.Infrastructure/Data/JsonPatronRepository.cs over Data/JsonData.cs, JSON
//   files read with System.Text.Json; models: Library.ApplicationCore/Entities/Patron.cs, Loan.cs; caller:
//   Services/PatronService.cs, Library.Console/ConsoleApp.cs). mslearn-github-copilot-dev ships identical copies.
// Adapted: the namespaces (one for all). Loan without its BookItem navigation (BookItem, Book and Author, which
//   JsonData fills in for a loan it hands out; no member takes or returns them). Nullable enabled, as in the source
//   (net8.0).
// Real store: JsonData loads Authors, Books, BookItems, Patrons and Loans from JSON files on first use; nothing adds a
//   patron (the files are the seed). GetPatron(id): the patron with that Id, as a new Patron copying Id, Name, ImageName,
//   MembershipStart and MembershipEnd, its Loans the loans of the Loans file whose PatronId is the Id (each a new Loan
//   with its BookItem filled in); null when no patron has the Id. SearchPatrons(searchInput): the patrons whose Name
//   Contains the text (string.Contains: ordinal, case-sensitive; "" matches every name), sorted by Name with
//   String.Compare (the current culture's order), each filled in as GetPatron's. UpdatePatron(patron): finds the
//   patron with that Id; if there is one, copies Name, ImageName, MembershipStart, MembershipEnd and Loans onto it,
//   writes every patron back to the file (without their loans) and reloads all files (so the loans come from the Loans
//   file again); a patron not stored: nothing at all (no write, no error).
// Shapes: *=core
// First try (10e6d05): incomplete: IMF0001 SearchPatrons (a search's matching is the store's own) and UpdatePatron
//   (the only write: whether an update creates a missing patron is not said; its fix named MissingUpdate = Insert or
//   NotFound, neither this store's); GetPatron generated (a lookup by key, null when missing). The probe passes GetPatron
//   and stops at SearchPatrons | WRONG: none (GetPatron hands out the Loans stored with the patron, where the real one
//   reads them from the Loans file by PatronId; the script seeds no loan).
// Configured: MissingUpdate = MissingUpdate.Ignore (h-sample54): UpdatePatron of a patron not stored does nothing,
//   as JsonPatronRepository finds none and writes nothing.
// After this round: UpdatePatron generated under the setting (a stored patron written whole: the real one copies Name,
//   ImageName, both dates and Loans, every property but Id; one not stored: nothing); the refusal it had now names
//   MissingUpdate = Ignore beside Insert and NotFound for an update that returns nothing (docs/generator.md, refused
//   guesses), where it named only those two. Still incomplete: SearchPatrons, rightly (an ordinal Contains on Name,
//   sorted by the culture's order: neither is in its name). The probe still stops at SearchPatrons.
// After this round (h-wrongclass6): reviewed, not changed. Still wrong, not reached (the probe stops at SearchPatrons):
//   UpdatePatron keeps the Loans it is given in the patron's row, so GetPatron answers them afterwards, where
//   JsonPatronRepository writes the patrons without their loans and reloads the Loans file (a loan added to patron.Loans
//   and not saved through the loan repository is gone). EF Core's Update would save them with the patron; which one a
//   store does with a collection of another entity's rows is not in the signature (left for the lead).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Az2007GitHubCopilot.IPatronRepositoryCase;

public class Patron
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTime MembershipEnd { get; set; }
    public DateTime MembershipStart { get; set; }
    public string? ImageName { get; set; }
    public ICollection<Loan> Loans { get; set; } = new HashSet<Loan>();
}

public class Loan
{
    public int Id { get; set; }
    public int BookItemId { get; set; }
    public int PatronId { get; set; }
    public Patron? Patron { get; set; }
    public DateTime LoanDate { get; set; }
    public DateTime DueDate { get; set; }
    public DateTime? ReturnDate { get; set; }
}

[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]
public interface IPatronRepository {
    Task<Patron?> GetPatron(int patronId);
    Task<List<Patron>> SearchPatrons(string searchInput);
    Task UpdatePatron(Patron patron);
}

public static class Smoke
{
    public static async Task RunAsync(IPatronRepository repository)
    {
        var start = new DateTime(2025, 1, 10);
        ((IInMemoryFake)repository).Seed(
            new Patron { Id = 1, Name = "Smith, Alice", MembershipStart = start, MembershipEnd = start.AddYears(1), ImageName = "alice.jpg" },
            new Patron { Id = 2, Name = "Jones, Bob", MembershipStart = start, MembershipEnd = start.AddYears(1) },
            new Patron { Id = 3, Name = "Blacksmith, Carol", MembershipStart = start, MembershipEnd = start.AddYears(1) });

        var alice = Check.NotNull(await repository.GetPatron(1), "GetPatron finds a patron of the file");
        Check.Equal("Smith, Alice", alice.Name, "with its name");
        Check.Equal("alice.jpg", alice.ImageName, "and its image");
        Check.Null(await repository.GetPatron(42), "GetPatron of an id no patron has is null");

        Check.Equal("Blacksmith, Carol|Smith, Alice", string.Join("|", (await repository.SearchPatrons("Smith")).Select(p => p.Name)), "SearchPatrons: the names containing the text, sorted by name");
        Check.Equal(0, (await repository.SearchPatrons("smith")).Count, "Contains is case-sensitive");
        Check.Equal("Blacksmith, Carol|Jones, Bob|Smith, Alice", string.Join("|", (await repository.SearchPatrons("")).Select(p => p.Name)), "an empty text matches every patron");

        alice.MembershipEnd = alice.MembershipEnd.AddYears(1);
        await repository.UpdatePatron(alice);
        Check.Equal(start.AddYears(2), Check.NotNull(await repository.GetPatron(1), "the patron is still there").MembershipEnd, "UpdatePatron writes the new membership end (PatronService.RenewMembership)");

        await repository.UpdatePatron(new Patron { Id = 42, Name = "Nobody" });
        Check.Null(await repository.GetPatron(42), "UpdatePatron of a patron not stored does nothing (no error, nothing added)");
    }
}
