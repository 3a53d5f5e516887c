// Source: https://github.com/microsoft/CmdPalGitHubExtension
// Commit: fedae84664c6 (the interface last changed in 5601b4c0476a)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 4th pick (CmdPalGitHubExtension; its first hit in path order, 9 members).
// Path: GitHubExtension/Controls/ISearchRepository.cs (ISearch: Controls/ISearch.cs; real store: PersistentData/
//   PersistentDataManager.cs over PersistentData/Search.cs, a SQLite table through Dapper; the searches callers hand in:
//   Helpers/SearchCandidate.cs; the validation: PersistentData/GitHubValidatorAdapter.cs)
// Adapted: the namespaces (one for all); SearchType as declared; ISearch as declared; SearchCandidate (what the forms
//   pass in) with its properties and two constructors, the search-string parser dropped (Type is set); the store's
//   row class (PersistentData.Search: Id, Name, SearchString, IsTopLevel, Type) kept as StoredSearch, since the
//   compilation has more than one ISearch. Nullable enabled, as in the source (GitHubExtension.csproj).
// Real store: PersistentDataManager keeps the saved searches in a SQLite table Search (Id autoincrement, Name,
//   SearchString, IsTopLevel); a search is found by Name AND SearchString (ordinal, SQLite's default). AddSavedSearch
//   validates the search (a GitHub query through Octokit: an invalid query throws; a Repositories search throws
//   NotImplementedException) and inserts it, InvalidOperationException ("already exists") when Name and SearchString are
//   taken. GetSearch(name, searchString) returns the stored row, InvalidOperationException ("not found") when none.
//   GetSavedSearches() lists every row, GetTopLevelSearches() those with IsTopLevel (in table order). RemoveSavedSearch
//   deletes the rows of that Name and SearchString (none: nothing happens). IsTopLevel(search) answers the stored flag
//   (false when not stored). UpdateSearchTopLevelStatus(search, flag) validates, then sets the flag, inserting the search
//   when missing. InitializeTopLevelSearches(searches) validates each and adds-or-updates it as top level (in parallel:
//   the insertion order is not kept). ValidateSearch(search) runs the GitHub query and stores nothing.
// Shapes: *=15
// First try (71d37bc): incomplete: IMF0001 on all 9, read as a key-value store of ISearch values: GetSearch (a second
//   string parameter after the key), GetSavedSearches, GetTopLevelSearches, AddSavedSearch, RemoveSavedSearch (a noun
//   after the verb that is not the store's), UpdateSearchTopLevelStatus, IsTopLevel, ValidateSearch,
//   InitializeTopLevelSearches ('not a known verb') | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: a search is identified by its Name and SearchString together,
//   which ISearch (an interface with three implementations and no key) does not say; the adds validate the query
//   against GitHub first; the flag update inserts a missing search; a top-level listing is a flag the store keeps
//   beside the search.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CmdPalGitHubExtension.ISearchRepositoryCase;

public enum SearchType
{
    Unkown = 0,
    Issues = 1,
    PullRequests = 2,
    IssuesAndPullRequests = 3,
    Repositories = 4,
}

public interface ISearch
{
    string Name { get; }

    string SearchString { get; }

    SearchType Type { get; }
}

public class SearchCandidate : ISearch
{
    public string Name { get; set; } = string.Empty;

    public string SearchString { get; set; } = string.Empty;

    public SearchType Type { get; set; }

    public bool IsTopLevel { get; set; }

    public SearchCandidate()
    {
    }

    public SearchCandidate(string searchString, string name)
    {
        SearchString = string.IsNullOrEmpty(searchString) ? string.Empty : searchString;
        Name = name;
        Type = SearchType.Issues;
    }
}

public class StoredSearch : ISearch
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string SearchString { get; set; } = string.Empty;

    public bool IsTopLevel { get; set; }

    public SearchType Type { get; set; }
}

[InMemoryFake]
public interface ISearchRepository
{
    ISearch GetSearch(string name, string searchString);

    Task<IEnumerable<ISearch>> GetSavedSearches();

    Task RemoveSavedSearch(ISearch search);

    Task ValidateSearch(ISearch search);

    Task AddSavedSearch(ISearch search);

    Task InitializeTopLevelSearches(IEnumerable<ISearch> searches);

    Task<IEnumerable<ISearch>> GetTopLevelSearches();

    Task<bool> IsTopLevel(ISearch search);

    Task UpdateSearchTopLevelStatus(ISearch search, bool isTopLevel);
}

public static class Smoke
{
    public static async Task RunAsync(ISearchRepository searches)
    {
        var mine = new SearchCandidate("is:open author:me", "Mine");
        var reviews = new SearchCandidate("is:open review-requested:me", "Reviews");
        await searches.AddSavedSearch(mine);
        await searches.AddSavedSearch(reviews);
        await Check.ThrowsAsync<System.InvalidOperationException>(() => searches.AddSavedSearch(new SearchCandidate("is:open author:me", "Mine")), "a search whose Name and SearchString are stored already exists");
        await searches.AddSavedSearch(new SearchCandidate("is:closed author:me", "Mine"));
        Check.Equal(3, (await searches.GetSavedSearches()).Count(), "the same name with another query is another search");

        Check.Equal("is:open author:me", searches.GetSearch("Mine", "is:open author:me").SearchString, "GetSearch finds a search by name and query");
        Check.Throws<System.InvalidOperationException>(() => searches.GetSearch("Mine", "is:merged"), "GetSearch of a search not stored throws (not found)");

        Check.False(await searches.IsTopLevel(mine), "a saved search is not top level until said");
        await searches.UpdateSearchTopLevelStatus(mine, true);
        Check.True(await searches.IsTopLevel(mine), "UpdateSearchTopLevelStatus sets the flag");
        Check.Equal("Mine", (await searches.GetTopLevelSearches()).Single().Name, "GetTopLevelSearches lists the flagged ones");

        var pinned = new SearchCandidate("is:open label:bug", "Bugs");
        await searches.UpdateSearchTopLevelStatus(pinned, true);
        Check.True(await searches.IsTopLevel(pinned), "a search not stored is added by UpdateSearchTopLevelStatus");
        Check.False(await searches.IsTopLevel(new SearchCandidate("is:draft", "Drafts")), "IsTopLevel of a search not stored is false");

        await searches.RemoveSavedSearch(reviews);
        Check.Equal(3, (await searches.GetSavedSearches()).Count(), "RemoveSavedSearch deletes the search of that name and query");
        await searches.RemoveSavedSearch(reviews);

        await searches.InitializeTopLevelSearches(new ISearch[] { new SearchCandidate("is:open assignee:me", "Assigned"), mine });
        Check.Equal(3, (await searches.GetTopLevelSearches()).Count(), "InitializeTopLevelSearches adds or flags each one");
    }
}
