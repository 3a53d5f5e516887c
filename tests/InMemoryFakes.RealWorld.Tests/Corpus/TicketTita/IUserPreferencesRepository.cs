// Source: https://github.com/artifecx/TicketTita
// Commit: 81c4fa5 (ASI.Basecode.Data/Interfaces/IUserPreferencesRepository.cs, ASI.Basecode.Data/Repositories/
//   UserPreferencesRepository.cs, ASI.Basecode.Data/Models/User.cs, ASI.Basecode.Data/ASI.Basecode.Data.csproj; the
//   version the search result shows, the first with the Async names; 4432b5a and earlier name them without)
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-sample72 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserSessionStore Task RevokeAsync`, (2) `interface IUserPreferencesRepository Task`, (3) `interface
//   IInboxMessageStore Task`, (4) `interface IAttachmentRepository Task` (none ran in an earlier round); from each
//   query's results in the order returned, the C# interfaces (a file opened by repository and path, or the interface an
//   excerpt shows, its repository found by the file tools) whose implementation in the same repository keeps state and
//   that have at least 3 members, outside test paths, not a corpus source already; at most 1 per repository, 2 per
//   query, stop after 6. Each is transcribed at the version the result shows, with its real store at that version.
//   Picks: (1) rank 8, ahmedMgouda/Avancira IUserSessionService (7; ranks 1, 3, 5, 6, 9, 12 are ISessionRevocationService
//   with 1 member; rank 2 (and 7, 11), jokk-itu/authserver's ISessionRepository, declares 1 (2 in a later version); rank
//   4, shendongnian/code, is a snippet collection whose file holds only the interface, no implementation; rank 10 is
//   anonymous, found as Kiryuumaru/ApplicationBuilderHelpersTemplate's obsolete ISessionStore, which nothing implements
//   at that version); (2) rank 2, brobata/desktop-foodcost IUserPreferencesRepository (4; rank 1 has 2) and rank 5,
//   artifecx/TicketTita IUserPreferencesRepository (3; anonymous, found by its path; ranks 3-4 are TypeScript);
//   (3) rank 1, leonasa/OutBoxPattern IInboxStore<TMessage> (4) and rank 4, manassesV/F360Task IInboxMessageRepository
//   (4; ranks 2-3 have 1 member); (4) rank 1, Yuh1612/Task-Management-App IAttachmentRepository (declares none; 8 in its
//   base IGenericRepository<T> in the same repository). Six picks: the rule stopped there.
//   This one: query (2), rank 5 (anonymous: its path, ASI.Basecode.Data/Interfaces/IUserPreferencesRepository.cs, is in
//   two repositories; artifecx/TicketTita's has these members, MexlTuba/SCS-Help-Desk's others).
// Path: ASI.Basecode.Data/Interfaces/IUserPreferencesRepository.cs (real store: ASI.Basecode.Data/Repositories/
//   UserPreferencesRepository.cs, EF Core 6 over the application's database)
// Adapted: the unused usings (Models, Logging, Linq) left out; the namespace shortened. Nullable disabled, as in
//   ASI.Basecode.Data.csproj (the project does not enable it).
// Real store: UserPreferencesRepository keeps a user's preferences as one JSON text in the User row's Preferences
//   column. GetUserPreferences(userId) = the user's Preferences deserialized into a Dictionary<string, string>; an
//   empty dictionary when the user has none (Preferences null) or no such user is stored. UpdateUserPreferencesAsync(
//   userId, updatedPreferences) = serializes the whole dictionary into the user's Preferences (replacing what was there)
//   and saves; nothing for a user not stored. FindUserPreferenceByKeyAsync(userId, key) = GetUserPreferences(userId)
//   .FirstOrDefault(x => x.Key == key): the pair, or default(KeyValuePair) (Key and Value null) when the key is not
//   there. The users are another table the interface does not write: the script's user ids stand for stored users.
// Shapes: *=core
// First try (0487eace): incomplete: IMF0001 GetUserPreferences (a read of several entries takes nothing or a
//   collection of keys), FindUserPreferenceByKeyAsync ('Key' names none of its parameters). Generated:
//   UpdateUserPreferencesAsync (a set of the user's dictionary) | WRONG: none (the probe stops at GetUserPreferences,
//   the script's first line; the set is what the real update does for a stored user).
// After this round: unchanged, and the refusals are right. GetUserPreferences answers an empty dictionary for a user
//   without preferences, where a read of a missing key answers null or the not-found error: the empty default is the
//   store's own. FindUserPreferenceByKeyAsync reads an entry inside the stored value (a second key), which no key-value
//   convention of one key reads.
// Still wrong (h-review32, session 32): UpdateUserPreferencesAsync of a user id no User row has stores the dictionary
//   under it, where the real store finds no user and writes nothing (a later read answers the empty dictionary there);
//   the users are another table the interface never writes, so no signature says which ids exist. Not reached by the
//   script, whose ids stand for stored users.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TicketTita.IUserPreferencesRepositoryCase;

[InMemoryFake]
public interface IUserPreferencesRepository
{
    Dictionary<string, string> GetUserPreferences(string userId);
    Task UpdateUserPreferencesAsync(string userId, Dictionary<string, string> updatedPreferences);
    Task<KeyValuePair<string, string>> FindUserPreferenceByKeyAsync(string userId, string key);
}

public static class Smoke
{
    public static async Task RunAsync(IUserPreferencesRepository preferences)
    {
        Check.Equal(0, preferences.GetUserPreferences("u-1").Count, "a user without preferences has an empty dictionary");

        await preferences.UpdateUserPreferencesAsync("u-1", new Dictionary<string, string> { ["theme"] = "dark", ["pageSize"] = "25" });
        await preferences.UpdateUserPreferencesAsync("u-2", new Dictionary<string, string> { ["theme"] = "light" });
        var stored = preferences.GetUserPreferences("u-1");
        Check.Equal(2, stored.Count, "UpdateUserPreferencesAsync stores the dictionary given");
        Check.Equal("dark", stored["theme"], "with its values");
        Check.Equal("light", preferences.GetUserPreferences("u-2")["theme"], "each user has their own");

        var theme = await preferences.FindUserPreferenceByKeyAsync("u-1", "theme");
        Check.Equal("theme", theme.Key, "FindUserPreferenceByKeyAsync finds the pair by its key");
        Check.Equal("dark", theme.Value, "with its value");
        var missing = await preferences.FindUserPreferenceByKeyAsync("u-1", "language");
        Check.Null(missing.Key, "a key not there gives the default pair (Key null)");
        Check.Null(missing.Value, "and Value null");

        await preferences.UpdateUserPreferencesAsync("u-1", new Dictionary<string, string> { ["language"] = "fil" });
        var replaced = preferences.GetUserPreferences("u-1");
        Check.Equal(1, replaced.Count, "UpdateUserPreferencesAsync replaces the whole dictionary");
        Check.False(replaced.ContainsKey("theme"), "so a key left out is gone");
        Check.Equal("fil", (await preferences.FindUserPreferenceByKeyAsync("u-1", "language")).Value, "and the new one is found");
    }
}
