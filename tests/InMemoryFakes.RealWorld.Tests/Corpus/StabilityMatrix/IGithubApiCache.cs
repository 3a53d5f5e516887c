// Source: https://github.com/LykosAI/StabilityMatrix
// Commit: c255230f
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample25 rule, fixed before probing: in these repositories, in this order (NEventStore/NEventStore,
//   SQLStreamStore/SQLStreamStore, Jackett/Jackett, akkadotnet/akka.net, Flow-Launcher/Flow.Launcher, Sustainsys/Saml2,
//   HangfireIO/Hangfire, graphql-dotnet/graphql-dotnet, BrighterCommand/Brighter, NethermindEth/nethermind,
//   ChilliCream/graphql-platform, LykosAI/StabilityMatrix, 2dust/v2rayN, Nethereum/Nethereum), skipping any the tools
//   do not hold, that are over fetch's limit, or already in the corpus, at the newest stored snapshot (fetch, then git
//   grep for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not
//   count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the
//   base interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   nethermind (651 MB) and graphql-platform (992 MB) are over fetch's 500 MB limit: skipped. NEventStore, Jackett,
//   Flow.Launcher, Saml2, Hangfire and v2rayN have no such interface; akka.net's only one (ITestSnapshotStore, under
//   Akka.Persistence.TestKit), graphql-dotnet's three (under GraphQL.DataLoader.Tests) and Brighter's IRepository<T>
//   (under tests/) are in test paths; StabilityMatrix's ILogDataStore declares 2 members. So the rule picks 6, not 10,
//   in order: SQLStreamStore IReadonlyStreamStore, IStreamStore; StabilityMatrix IImageCache, IGithubApiCache;
//   Nethereum IABIInfoStorage, IReputationStore.
//   This one: the 2nd of LykosAI/StabilityMatrix (3 members).
// Path: StabilityMatrix.Core/Helper/Cache/IGithubApiCache.cs (real store: GithubApiCache.cs, same folder, over
//   StabilityMatrix.Core/Database/LiteDbContext.cs; GithubCacheEntry: StabilityMatrix.Core/Models/Database)
// Adapted: Octokit's Release, Branch and GitCommit cut to a name or Sha; Refit's [AliasAs] is a stand-in attribute in
//   this namespace. Nullable enabled (Directory.Build.props).
// Real store: a read-through cache of the GitHub API in LiteDB: each call builds a key ("Releases-<user>-<repo>",
//   "Branches-…", "Commits-<user>-<repo>-<branch>-<page>-<perPage>"), returns the cached entry when it is younger than
//   15 minutes, else calls GitHub (Octokit) and upserts the entry; when GitHub fails or is rate limited it returns the
//   stale entry, or an empty list when there is none. Releases come newest first (CreatedAt descending). Nothing
//   writes an entry from outside: the cache fills itself from GitHub.
// Shapes: *=core
// First try (40352aa): incomplete: IMF0001 on all 3 members (GetAllReleases, GetAllBranches, GetAllCommits not known
//   verbs) | WRONG: none (nothing generated).
// After this round: unchanged; refusing is right (a read-through cache of the GitHub API: nothing writes it).

#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.StabilityMatrix.IGithubApiCacheCase;

[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class AliasAsAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

public class Release
{
    public string TagName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

public class Branch
{
    public string Name { get; set; } = "";
}

public class GitCommit
{
    public string? Sha { get; set; }
}

[InMemoryFake]
public interface IGithubApiCache
{
    Task<IEnumerable<Release>> GetAllReleases(string username, string repository);

    Task<IEnumerable<Branch>> GetAllBranches(string username, string repository);

    Task<IEnumerable<GitCommit>?> GetAllCommits(
        string username,
        string repository,
        string branch,
        int page = 1,
        [AliasAs("per_page")] int perPage = 10
    );
}

public static class Smoke
{
    public static async Task RunAsync(IGithubApiCache cache)
    {
        // The real cache asks GitHub on a miss; with GitHub unreachable it answers an empty list. Nothing else writes it.
        Check.NotNull(await cache.GetAllReleases("LykosAI", "StabilityMatrix"), "GetAllReleases answers a list");
        Check.NotNull(await cache.GetAllBranches("LykosAI", "StabilityMatrix"), "GetAllBranches answers a list");
    }
}
