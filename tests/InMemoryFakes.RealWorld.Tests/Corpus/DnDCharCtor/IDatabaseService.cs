// Source: https://github.com/YeGaSoft/DnDCharCtor
// Commit: 042874cf (IDatabaseService.cs); DatabaseService.cs at 32106d9d
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
//   This one: query (2), rank 1 (4 members in the excerpt; 3 at the version read_file reads, transcribed here).
// Path: DnDCharCtor/DnDCharCtor.Maui/Services/IDatabaseService.cs (a .NET MAUI app; real store: DatabaseService.cs
//   beside it, over sqlite-net's SQLiteAsyncConnection on a file in LocalApplicationData)
// Adapted: internal made public (the harness calls a public Smoke.RunAsync); the namespace added (the source declares
//   none); the Character class is the script's own (the app stores its view models). Nullable enabled, as the source's annotations (T?) show.
// Real store: DatabaseService, one sqlite-net table of Entity { [PrimaryKey] string Key; string JsonValue }: a JSON
//   key-value store. CreateTableAsync = CreateTableAsync<Entity> (idempotent; every other member calls it first).
//   SaveItemAsync<T>(primaryKey, item) serializes the item to JSON and InsertOrReplaceAsync's it: a new key inserts, a
//   stored key is replaced; it returns the rows written, 1. GetItemAsync<T>(primaryKey) = FindAsync<Entity>: default
//   (null) for a key not stored, else the JSON deserialized as T: a fresh copy, so a change to the saved object after
//   the save does not show. Keys compare as SQLite TEXT primary keys do: case-sensitively (BINARY collation).
// Shapes: *=core
// First try (d08747c): incomplete: IMF0001 CreateTableAsync ('CreateTable' is not a known verb), SaveItemAsync (a
//   key-value write returning int: the rows written here, a new id or a count elsewhere). Generated: GetItemAsync<T>
//   (default for a key not stored, else the value as T) | WRONG: none seen: the probe stops at the script's first call,
//   CreateTableAsync.
// After this round: unchanged, and rightly refused: CreateTableAsync is schema set-up whose effect on stored rows a
//   signature does not say, and SaveItemAsync's int is the sqlite-net row count only by this store's code; a fake writes
//   them by hand (CreateTableAsync a no-op, SaveItemAsync a Set then 1).
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DnDCharCtor.IDatabaseServiceCase;

public class Character
{
    public string Name { get; set; } = string.Empty;
    public int Level { get; set; }
}

[InMemoryFake]
public interface IDatabaseService
{
    Task CreateTableAsync();
    Task<T?> GetItemAsync<T>(string primaryKey);
    Task<int> SaveItemAsync<T>(string primaryKey, T item);
}

public static class Smoke
{
    public static async Task RunAsync(IDatabaseService database)
    {
        await database.CreateTableAsync();
        await database.CreateTableAsync();

        var aria = new Character { Name = "Aria", Level = 3 };
        Check.Equal(1, await database.SaveItemAsync("character:1", aria), "SaveItemAsync answers the rows written (1)");
        var read = await database.GetItemAsync<Character>("character:1");
        Check.Equal("Aria", read?.Name, "GetItemAsync reads the saved object back");
        Check.False(ReferenceEquals(aria, read), "as a copy (it was stored as JSON)");
        aria.Level = 4;
        Check.Equal(3, (await database.GetItemAsync<Character>("character:1"))?.Level, "a change after the save does not show");

        Check.Equal(1, await database.SaveItemAsync("character:1", aria), "SaveItemAsync of a stored key replaces it (InsertOrReplace), 1 row");
        Check.Equal(4, (await database.GetItemAsync<Character>("character:1"))?.Level, "the replaced value is read");

        Check.Null(await database.GetItemAsync<Character>("character:2"), "GetItemAsync of a key not stored is default (null)");
        Check.Null(await database.GetItemAsync<Character>("Character:1"), "keys compare case-sensitively (SQLite TEXT primary key)");

        Check.Equal(1, await database.SaveItemAsync("settings:theme", "dark"), "any T is saved");
        Check.Equal("dark", await database.GetItemAsync<string>("settings:theme"), "and read back as that T");
    }
}
