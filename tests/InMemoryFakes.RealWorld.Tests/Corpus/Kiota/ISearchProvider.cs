// Source: https://github.com/microsoft/kiota
// Commit: c3f8d23bb
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample49 rule, fixed before probing (Corpus/WindowsClassicSamples/IPropertyStore.cs has it in full:
//   find_repos("microsoft/")'s order from after sqltoolsservice to its end, then today's listing's repositories that
//   h-sample45 does not account for; first *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order
//   with >= 3 members that holds state, outside paths containing "test", 1 per repository, stop after 6). This one: the
//   2nd pick (kiota). Before it in path order: Refiners/IReservedNamesProvider.cs (1 member). ISearchProvider is mostly a
//   search over a remote index, but its KeysToExclude { get; init; } keeps the set given at construction (or the
//   provider's default) and SearchAsync reads it back to leave those keys out, so it holds state. Not the same
//   repository as Corpus/KiotaDotnet (microsoft/kiota-dotnet, the runtime libraries; this is the generator).
// Path: src/Kiota.Builder/SearchProviders/ISearchProvider.cs (real stores: SearchProviders/OpenApiSpec/
//   OpenApiSpecSeachProvider.cs, APIsGuru/APIsGuruSearchProvider.cs, GitHub/GitHubSearchProvider.cs; the caller:
//   KiotaSearcher.cs; model: SearchProviders/SearchResult.cs)
// Adapted: the namespace (one for all). SearchResult as declared (a record). Nullable enabled, as in the source.
// Real store: OpenApiSpecSearchProvider (the one of the three that needs no network; the others agree on the properties).
//   ProviderKey: its own constant ("oas"; "apisguru", "github"), the prefix KiotaSearcher puts before each result key.
//   KeysToExclude: a case-insensitive (OrdinalIgnoreCase) set, empty unless the provider's default or an initializer
//   filled it ("microsoft.com:graph" for APIs.guru), the same set on every read. SearchAsync(term, version, ct): null or
//   empty term: ArgumentException (ThrowIfNullOrEmpty); a term with any of its words (split on ' ' and '-') among its
//   keywords (pet, store, petstore, cat, dog, open, api, openapi, example, swagger; case-insensitive) answers one entry,
//   "petstore", the Swagger Petstore with version label "1.0.0"; any other term an empty dictionary. The others answer
//   from APIs.guru's list or GitHub's index over HTTP.
// Shapes: *=core
// First try (30887e9): incomplete, no member generated: IMF0001 on SearchAsync ("'Search' is not a known verb"),
//   ProviderKey ("a string the real store is configured with (a name)") and KeysToExclude ("properties with a setter
//   are not supported": its init). The probe stops at ProviderKey, the script's first line | WRONG: none (no member
//   generated). The refusals are right: the results come from the provider's own index (a keyword list, APIs.guru or
//   GitHub), the key is its own constant, and the set's default contents and comparer (OrdinalIgnoreCase) are in no
//   signature.
// After this round: unchanged (all three refused, rightly).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Kiota.ISearchProviderCase;

public record SearchResult(string Title, string Description, Uri? ServiceUrl, Uri? DescriptionUrl, List<string> VersionLabels);

[InMemoryFake]
public interface ISearchProvider
{
    Task<IDictionary<string, SearchResult>> SearchAsync(string term, string? version, CancellationToken cancellationToken);
    string ProviderKey
    {
        get;
    }
    HashSet<string> KeysToExclude
    {
        get; init;
    }
}

public static class Smoke
{
    public static async Task RunAsync(ISearchProvider provider)
    {
        Check.False(string.IsNullOrEmpty(provider.ProviderKey), "ProviderKey is the provider's own key, never empty");
        var excluded = Check.NotNull(provider.KeysToExclude, "KeysToExclude is a set, never null");
        excluded.Add("microsoft.com:graph");
        Check.True(provider.KeysToExclude.Contains("Microsoft.com:Graph"), "the same set on every read, case-insensitive");

        var found = await provider.SearchAsync("petstore", null, CancellationToken.None);
        Check.True(found.ContainsKey("petstore"), "SearchAsync finds the petstore description for its keyword");
        Check.Equal("1.0.0", found["petstore"].VersionLabels[0], "with its version label");
        Check.Equal(0, (await provider.SearchAsync("weather", null, CancellationToken.None)).Count, "a term it does not know finds nothing");
        await Check.ThrowsAsync<ArgumentException>(() => provider.SearchAsync("", null, CancellationToken.None), "an empty term is an ArgumentException");
    }
}
