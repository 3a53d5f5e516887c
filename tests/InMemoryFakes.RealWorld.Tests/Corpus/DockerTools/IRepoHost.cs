// Source: https://github.com/dotnet/docker-tools
// Commit: ffecd625b2ac
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample126 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample126-rule.md):
//   Microsoft's dotnet organisation: the repositories find_repos("dotnet/") lists, in its order, owner exactly dotnet,
//   with C# files (find_files(repo, ext="cs") gives rows); then find_repos("dotnet/a"), find_repos("dotnet/b")… when
//   the list runs out before 3 picks. A corpus source is skipped, as is a repository with no licence of its own; in
//   each, at its newest stored snapshot (fetch, then git grep of the interface declarations in *.cs, paths in ordinal
//   order; the file index where no snapshot can be had), the first interface whose name contains Store, Repository,
//   Repo, Cache, Storage or Persist (case-sensitive), whose path contains no "test", with at least 3 members and an
//   implementation in the same repository that keeps state; at most 1 per repository; stop after 3. A path saying
//   "sample" is not skipped. The walk (every repository, in order, and why each was skipped) is in the rule file.
//   This one: the first pick, the 80th repository of find_repos("dotnet/") (the ten before it that have no snapshot
//   within the limit could not be walked through the index: a deviation the walk records); the first interface with
//   the words in this snapshot's path order. Its store keeps its state in a hosted git repository (branches, pull
//   requests), read as the corpus reads git and HTTP-backed stores. The 2nd pick is Corpus/DotnetDocker/IGitRepoHelper.cs.
// Path: src/GitAutomation/IRepoHost.cs (store: GitHub/GitHubRepoHost.cs, opened by GitHub/GitHubRepoHostProvider.cs;
//   models: Models.cs; caller: PullRequestManager.cs, which plans operations with Planner.cs)
// Adapted: the namespace. Models.cs's records kept whole but PullRequestDefinition, the enums and TargetBranchState
//   (not in any signature); internal as in the source, so the smoke script takes the fake as object. Nullable enabled
//   and implicit usings on, as its project builds it (the usings written out here).
// Real store: GitHubRepoHost(targetRepo, sourceRepo, access, …), over one GitHub repository pair (a pull request is opened
//   in targetRepo from a branch of sourceRepo, a fork or the same). Identity is the access's identity (who the token is).
//   GetTokenAsync() answers the token (the credential store's password). GetPullRequest(key, ct) throws
//   OperationCanceledException for a cancelled token, lists targetRepo's OPEN pull requests whose head is
//   "{sourceOwner}:{key}" and answers null for none, throws InvalidOperationException for more than one, else an
//   ExistingPullRequest: Content (Key = key, Title, Body ("" for none), TargetBranch = the base ref, TreeHash = the head
//   commit's tree), Number and Url (assigned by GitHub) and the pull request's commits (sha, author name and e-mail).
//   ExecuteAsync(operations, ct) runs them in order and answers one result each: PushCommitsOperation pushes the
//   workspace's HEAD to refs/heads/{SourceBranch} of sourceRepo (forced when ForcePush) and answers CommitsPushed(branch,
//   the old head sha or "" for a new branch, the new one, its commit URL); CreatePullRequestOperation opens a pull request
//   from "{sourceOwner}:{SourceBranch}" into TargetBranch (GitHub refuses a head branch that has no commits beyond the
//   base) and answers PullRequestCreated(number, url); UpdateTitle/UpdateBody/UpdateBaseBranchOperation change that
//   pull request by number and answer TitleUpdated/BodyUpdated/BaseBranchUpdated; any other operation type throws
//   InvalidOperationException. Nothing is kept by the object itself: every read asks GitHub.
// Shapes: *=core
// First try (b97d6abe): incomplete, read as a key-value store of ExistingPullRequest by a string key (nothing in it says
//   a kind: the default): GetPullRequest generated (the value under the key, null when missing, the token checked
//   first); Identity refused (IMF0001: "only Count …, Keys, Values and a settings object … are supported"),
//   GetTokenAsync ("it starts with Get, which is one, but 'Token' after it is no noun of this store"), ExecuteAsync
//   ("'Execute' is not a known verb (Get, TryGet, Set/Put, …)") | WRONG: none (GetPullRequest reads the pull request kept
//   under its branch name, null for none, as the real one answers; nothing generated writes the table, which the
//   hand-written ExecuteAsync or a test's Seed fills, as GitHub's state is filled by the pushes and creations it runs)
// After this round: unchanged but ExecuteAsync's cause: a member named Execute… now says it has the real store's own
//   engine run what it is given (here a batch of pushes and pull-request edits on GitHub), where it offered a list of
//   verbs to rename it to. Identity and GetTokenAsync stay refused, rightly (the token's identity and the token are the
//   host's credentials, no entry). The smoke cannot run (incomplete).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DockerTools.IRepoHostCase;

/// <summary>The automation's git identity, used to distinguish its own commits from foreign ones.</summary>
public sealed record AutomationIdentity(string AuthorName, string AuthorEmail);

internal sealed record PullRequestState(string Key, string Title, string Body, string TargetBranch, string TreeHash);

internal sealed record CommitInfo(string Sha, string AuthorName, string AuthorEmail);

internal sealed record ExistingPullRequest(PullRequestState Content, int Number, Uri Url, IReadOnlyList<CommitInfo> Commits);

internal interface IOperation;
internal sealed record PushCommitsOperation(string WorkspaceDirectory, string SourceBranch, bool ForcePush) : IOperation;
internal sealed record CreatePullRequestOperation(string Title, string Body, string SourceBranch, string TargetBranch) : IOperation;
internal sealed record UpdateTitleOperation(int Number, string Title) : IOperation;
internal sealed record UpdateBodyOperation(int Number, string Body) : IOperation;
internal sealed record UpdateBaseBranchOperation(int Number, string TargetBranch) : IOperation;

internal interface IOperationResult;
internal sealed record CommitsPushed(string Branch, string FromSha, string ToSha, Uri Url) : IOperationResult;
internal sealed record PullRequestCreated(int Number, Uri Url) : IOperationResult;
internal sealed record TitleUpdated(int Number, string Title) : IOperationResult;
internal sealed record BodyUpdated(int Number, string Body) : IOperationResult;
internal sealed record BaseBranchUpdated(int Number, string TargetBranch) : IOperationResult;

[InMemoryFake]
internal interface IRepoHost
{
    AutomationIdentity Identity { get; }

    Task<string> GetTokenAsync();

    Task<ExistingPullRequest?> GetPullRequest(string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<IOperationResult>> ExecuteAsync(
        IEnumerable<IOperation> operations,
        CancellationToken cancellationToken);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object host) => RunCoreAsync((IRepoHost)host);

    private static async Task RunCoreAsync(IRepoHost host)
    {
        Check.True(host.Identity is not null, "Identity is the identity of the token the host was opened with");
        Check.True(!string.IsNullOrEmpty(await host.GetTokenAsync()), "GetTokenAsync answers the token");

        Check.Null(await host.GetPullRequest("update-dependencies", CancellationToken.None), "no open pull request from that branch: null");

        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            await Check.ThrowsAsync<OperationCanceledException>(() => host.GetPullRequest("update-dependencies", cancelled.Token), "a cancelled token throws before GitHub is asked");
        }

        var results = await host.ExecuteAsync(
            [
                new PushCommitsOperation("/tmp/workspace", "update-dependencies", ForcePush: false),
                new CreatePullRequestOperation("Update dependencies", "Automated.", "update-dependencies", "main"),
            ],
            CancellationToken.None);
        Check.Equal(2, results.Count, "one result per operation, in order");
        var pushed = (CommitsPushed)results[0];
        Check.Equal("update-dependencies", pushed.Branch, "the push names the branch it pushed");
        Check.Equal("", pushed.FromSha, "a new branch had no head before");
        var created = (PullRequestCreated)results[1];

        var existing = await host.GetPullRequest("update-dependencies", CancellationToken.None);
        Check.True(existing is not null, "the pull request opened from the branch is found by its key");
        Check.Equal(created.Number, existing!.Number, "the same pull request");
        Check.Equal("Update dependencies", existing.Content.Title, "its title");
        Check.Equal("main", existing.Content.TargetBranch, "its base branch");

        var renamed = await host.ExecuteAsync([new UpdateTitleOperation(created.Number, "Update .NET dependencies")], CancellationToken.None);
        Check.Equal("Update .NET dependencies", ((TitleUpdated)renamed.Single()).Title, "the update answers the new title");
        Check.Equal("Update .NET dependencies", (await host.GetPullRequest("update-dependencies", CancellationToken.None))!.Content.Title, "and the pull request has it");
    }
}
