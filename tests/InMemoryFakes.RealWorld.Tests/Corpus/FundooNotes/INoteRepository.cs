// Source: https://github.com/tejasri3716/BookStore
// Commit: 0abdf660 (INoteRepository.cs, NoteRepository.cs); NoteModel.cs at 550676e3
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
//   This one: query (3), rank 1 (5 members in the excerpt; 19 at the version read_file reads, transcribed here).
// Path: FundooNoteApi/Repository/IRepository/INoteRepository.cs (real store:
//   FundooNoteApi/Repository/RepositoryClasses/NoteRepository.cs, over UserContext (EF Core, netcoreapp2.1); model:
//   FundooNoteApi/Model/NotesModel/NoteModel.cs)
// Adapted: NoteModel's backing fields folded into auto-properties (the same properties); the namespaces shortened; the
//   file-header comment left out. Nullable disabled, as in the source (netcoreapp2.1, no Nullable property).
// Real store: NoteRepository over one EF Core DbContext; NoteModel.Id is IDENTITY by convention. Most writes save with
//   a fire-and-forget Task.Run(() => SaveChanges()), which races the next call on the same (not thread-safe) context;
//   the script reads as the code means it, each save done before the next call. AddNotes(note) adds a NEW NoteModel
//   with the note's values but not its Id (so the note handed in keeps Id 0 and the stored one gets the IDENTITY
//   value), and answers "Added SuccessFully"; only a note whose Title and Description are both " " is not added (null).
//   GetAllNotes = every note (trashed and archived ones too). GetNote(id) = a list holding that note, or null for an id
//   not stored. UpdateNote(note) finds the note by note.Id and copies Email, Title, Description, Date and
//   ModifiedDate only (ChangeColor is assigned to itself on the argument; Archive, Pin, Trash, Reminder and AddImage are
//   kept): "updated successfully", or null when not stored. DeleteNote(id): "Deleted Successfully", or null. Trash(id)
//   sets Trash: "moved to trash" or null; TrashList = the notes with Trash; Restore(id) clears Trash of a trashed note:
//   "restored successfully", else null; RestoreAll clears every Trash and EmptyTrash removes every trashed note, both
//   answering their message whatever they found. IsArchive(id)/UnArchive(id) set/clear Archive ("archived"/"unArchived";
//   UnArchive only of an archived note), else null; ArchiveList = the notes with Archive. Ispin/Unpin set/clear Pin
//   ("pinned"/"unpinned"), else null. Reminder(id, reminder) sets Reminder and answers SaveChanges' count (1), 0 for an
//   id not stored. DeleteRemainder(id) sets Reminder to "" and answers SaveChanges' count (1 when it changed), 0 for an
//   id not stored. ChangeColor(id, color) sets ChangeColor: "color changed"; a null color answers null; an id not stored
//   THROWS (new Exception()). UploadImage uploads to Cloudinary and stores the URL in AddImage (not in the script).
// Shapes: *=core
// First try (d08747c): incomplete: IMF0001 on 18 of 19 members: AddNotes, UpdateNote, DeleteNote (string results, a
//   message or null), GetNote (a one-element list by key), Trash, EmptyTrash, TrashList, Restore, RestoreAll,
//   IsArchive, UnArchive, ArchiveList, Ispin, Unpin, Reminder, DeleteRemainder, ChangeColor, UploadImage (verbs no
//   convention knows, or flags named as nouns: Trash, Archive, Pin). Generated: GetAllNotes | WRONG: none (the probe
//   stops at the script's first call, AddNotes).
// After this round: unchanged, and rightly refused: the message strings, the one-element list and the flag verbs
//   whose flags are nouns (Trash, Archive, Pin, not IsTrashed, IsArchived, IsPinned) are this store's own code.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Http;

namespace Corpus.FundooNotes.INoteRepositoryCase;

public class NoteModel
{
    public int Id { get; set; }
    public string Title { get; set; }
    public string Description { get; set; }
    public string Email { get; set; }
    public DateTime? Date { get; set; }
    public DateTime? ModifiedDate { get; set; }
    public bool Archive { get; set; }
    public bool Pin { get; set; }
    public string ChangeColor { get; set; }
    public string AddImage { get; set; }
    public string Reminder { get; set; }
    public bool Trash { get; set; }
}

[InMemoryFake]
public interface INoteRepository
{
    string AddNotes(NoteModel note);
    string UpdateNote(NoteModel note);
    string DeleteNote(int id);
    Task<List<NoteModel>> GetAllNotes();
    List<NoteModel> GetNote(int id);
    string Trash(int id);
    string EmptyTrash();
    List<NoteModel> TrashList();
     string Restore(int id);
    string RestoreAll();
    string IsArchive(int id);
    string UnArchive(int id);
    List<NoteModel> ArchiveList();
    string Ispin(int id);
    string Unpin(int id);
    int Reminder(int id, string reminder);
    int DeleteRemainder(int id);
    string ChangeColor(int id, string color);
    string UploadImage(IFormFile image, int id);
}

public static class Smoke
{
    public static async Task RunAsync(INoteRepository notes)
    {
        var groceries = new NoteModel { Title = "Groceries", Description = "Milk, eggs", Email = "a@example.com", ChangeColor = "white" };
        Check.Equal("Added SuccessFully", notes.AddNotes(groceries), "AddNotes answers its message");
        Check.Equal(0, groceries.Id, "the note handed in keeps Id 0 (a copy is added)");
        Check.Equal("Added SuccessFully", notes.AddNotes(new NoteModel { Title = "Ideas", Description = "Fake a store", Email = "a@example.com" }), "a second note");
        Check.Null(notes.AddNotes(new NoteModel { Title = " ", Description = " " }), "a note whose Title and Description are both a space is not added");

        var all = await notes.GetAllNotes();
        Check.Equal(2, all.Count, "GetAllNotes lists every note");
        var id = all.Single(n => n.Title == "Groceries").Id;
        Check.True(id > 0, "the stored copy got an IDENTITY id");
        Check.Equal("Milk, eggs", notes.GetNote(id).Single().Description, "GetNote(id) is a list holding the note");
        Check.Null(notes.GetNote(9_999), "GetNote of an id not stored is null");

        Check.Equal("updated successfully", notes.UpdateNote(new NoteModel { Id = id, Title = "Groceries", Description = "Milk, eggs, bread", Email = "a@example.com", Pin = true, ChangeColor = "red" }), "UpdateNote answers its message");
        var updated = notes.GetNote(id).Single();
        Check.Equal("Milk, eggs, bread", updated.Description, "and copies Description");
        Check.False(updated.Pin, "but not Pin");
        Check.Equal("white", updated.ChangeColor, "nor ChangeColor");
        Check.Null(notes.UpdateNote(new NoteModel { Id = 9_999, Title = "Ghost" }), "UpdateNote of a note not stored answers null");

        Check.Equal("pinned", notes.Ispin(id), "Ispin sets Pin");
        Check.True(notes.GetNote(id).Single().Pin, "Pin is set");
        Check.Equal("unpinned", notes.Unpin(id), "Unpin clears it");
        Check.Null(notes.Ispin(9_999), "Ispin of an id not stored answers null");

        Check.Equal("archived", notes.IsArchive(id), "IsArchive sets Archive");
        Check.Equal(1, notes.ArchiveList().Count, "ArchiveList lists it");
        Check.Equal("unArchived", notes.UnArchive(id), "UnArchive clears it");
        Check.Null(notes.UnArchive(id), "UnArchive of a note not archived answers null");

        Check.Equal(1, notes.Reminder(id, "tomorrow 9:00"), "Reminder answers the rows saved");
        Check.Equal("tomorrow 9:00", notes.GetNote(id).Single().Reminder, "and sets Reminder");
        Check.Equal(0, notes.Reminder(9_999, "never"), "0 for an id not stored");
        Check.Equal(1, notes.DeleteRemainder(id), "DeleteRemainder clears it");
        Check.Equal("", notes.GetNote(id).Single().Reminder, "to the empty string");

        Check.Equal("color changed", notes.ChangeColor(id, "yellow"), "ChangeColor sets ChangeColor");
        Check.Null(notes.ChangeColor(id, null), "a null color answers null");
        Check.Throws<Exception>(() => notes.ChangeColor(9_999, "blue"), "ChangeColor of an id not stored throws");

        Check.Equal("moved to trash", notes.Trash(id), "Trash sets Trash");
        Check.Equal(1, notes.TrashList().Count, "TrashList lists it");
        Check.Equal(2, (await notes.GetAllNotes()).Count, "GetAllNotes still lists a trashed note");
        Check.Equal("restored successfully", notes.Restore(id), "Restore clears Trash");
        Check.Null(notes.Restore(id), "Restore of a note not trashed answers null");
        notes.Trash(id);
        Check.Equal("restored successfully", notes.RestoreAll(), "RestoreAll clears every Trash");
        Check.Equal(0, notes.TrashList().Count, "nothing is trashed");
        notes.Trash(id);
        Check.Equal("trash removed", notes.EmptyTrash(), "EmptyTrash removes every trashed note");
        Check.Equal(1, (await notes.GetAllNotes()).Count, "one note is left");

        var ideas = (await notes.GetAllNotes()).Single().Id;
        Check.Equal("Deleted Successfully", notes.DeleteNote(ideas), "DeleteNote answers its message");
        Check.Null(notes.DeleteNote(ideas), "and null for an id not stored");
        Check.Equal(0, (await notes.GetAllNotes()).Count, "no note is left");
    }
}
