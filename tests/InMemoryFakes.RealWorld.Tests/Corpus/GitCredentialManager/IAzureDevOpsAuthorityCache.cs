// Source: https://github.com/git-ecosystem/git-credential-manager
// Commit: 2fe99b86
// Licence: MIT
// Sample: h-sample9 rule, fixed before probing: in these repositories, in this order
//   (AzureAD/microsoft-authentication-library-for-dotnet, git-ecosystem/git-credential-manager, dotnet/maui,
//   microsoft/teams-ai, Azure/azure-webjobs-sdk, microsoft/durabletask-dotnet, NuGet/NuGet.Client, dotnet/roslyn,
//   dotnet/sdk, microsoft/ApplicationInsights-dotnet, microsoft/kiota-dotnet, Azure/azure-sdk-for-net), skipping any
//   the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage, Cache or
//   Accessor, that declare at least 3 members (inherited ones count if the base interface is in the same repository)
//   and are not already in the corpus; stop after 12. dotnet/maui (2.2 GB), dotnet/roslyn (3.8 GB), dotnet/sdk
//   (551 MB) and Azure/azure-sdk-for-net (4.4 GB) are over fetch's 500 MB limit, and find_files lists a repository's
//   files 100 a call as a union over its crawled history (dotnet/maui alone: 4,027 .cs files under src/), which does
//   not give the newest snapshot's interfaces in path order within the round: skipped, unprobed (a gap to close).
//   microsoft/teams-ai's snapshot has no C# file; durabletask-dotnet and ApplicationInsights-dotnet have no such
//   interface; azure-webjobs-sdk's IConcurrencyStatusRepository and IScaleMetricsRepository declare 2 members.
//   8 interfaces from 5 repositories.
//   This one: the 2nd of git-ecosystem/git-credential-manager.
// Path: src/shared/Microsoft.AzureRepos/AzureDevOpsAuthorityCache.cs
// Adapted: none. The project builds without nullable annotations (#nullable disable).
// Real store: the same file, class AzureDevOpsAuthorityCache: one global git configuration entry per organization
//   (credential."azrepos:org/{orgName}".azureAuthority; the subsection, so the name, is compared with case).
//   GetAuthority(orgName) the entry's value, or null when there is none; UpdateAuthority(orgName, authority) sets the
//   entry (creates or replaces); EraseAuthority(orgName) unsets it (git config --unset; exit code 5, nothing to unset,
//   is no error); Clear() unsets every organization's entry. A null, empty or blank orgName throws ArgumentException
//   (EnsureArgument.NotNullOrWhiteSpace; ArgumentNullException for null) before anything is read or written.
// Shapes: *=core
// First try (38cb94c): complete | WRONG: GetAuthority and UpdateAuthority take an empty or blank orgName as a key,
//   where the real store throws ArgumentException (EnsureArgument.NotNullOrWhiteSpace) and writes nothing
// Configured: BlankKeys = BlankKeys.Throw: GetAuthority, UpdateAuthority and EraseAuthority of a null, empty or
//   white-space orgName throw ArgumentException (ArgumentNullException for null) and write nothing, as
//   EnsureArgument.NotNullOrWhiteSpace does; no signature can say a store refuses blank keys (docs/generator.md,
//   attribute settings). Complete with it, and its smoke script passes.
// After h-oblivious2 (session 30): complete as before; GetAuthority answers null for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for one,
//   as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GitCredentialManager.IAzureDevOpsAuthorityCacheCase;

[InMemoryFake(BlankKeys = BlankKeys.Throw)]
public interface IAzureDevOpsAuthorityCache
{
    string GetAuthority(string orgName);

    void UpdateAuthority(string orgName, string authority);

    void EraseAuthority(string orgName);

    void Clear();
}

public static class Smoke
{
    public static Task RunAsync(IAzureDevOpsAuthorityCache cache)
    {
        Check.Null(cache.GetAuthority("contoso"), "GetAuthority of an organization with no entry returns null");
        cache.UpdateAuthority("contoso", "https://login.microsoftonline.com/a");
        Check.Equal("https://login.microsoftonline.com/a", cache.GetAuthority("contoso"), "GetAuthority returns what UpdateAuthority set");
        cache.UpdateAuthority("contoso", "https://login.microsoftonline.com/b");
        Check.Equal("https://login.microsoftonline.com/b", cache.GetAuthority("contoso"), "UpdateAuthority replaces the entry");
        cache.UpdateAuthority("fabrikam", "https://login.microsoftonline.com/c");
        cache.EraseAuthority("contoso");
        Check.Null(cache.GetAuthority("contoso"), "an erased entry is gone");
        cache.EraseAuthority("contoso");
        Check.Equal("https://login.microsoftonline.com/c", cache.GetAuthority("fabrikam"), "erasing one organization leaves the others");
        Check.Throws<ArgumentException>(() => cache.GetAuthority(" "), "a blank orgName throws ArgumentException");
        Check.Throws<ArgumentException>(() => cache.UpdateAuthority("", "x"), "an empty orgName throws ArgumentException");
        Check.Throws<ArgumentException>(() => cache.EraseAuthority(null), "a null orgName throws ArgumentException");
        cache.Clear();
        Check.Null(cache.GetAuthority("fabrikam"), "Clear removes every organization's entry");
        return Task.CompletedTask;
    }
}
