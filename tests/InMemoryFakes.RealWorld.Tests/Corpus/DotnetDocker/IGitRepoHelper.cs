// Source: https://github.com/dotnet/dotnet-docker
// Commit: 3ed00b611cc8
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample126 rule (/work/prompts/out/h-sample126-rule.md; the rule is quoted in Corpus/DockerTools/IRepoHost.cs,
//   the first pick). The second pick: the 91st repository of find_repos("dotnet/"); in this snapshot's path order the
//   first interface with the words is eng/update-dependencies/Git/GitRepoHelperFactory.cs's IGitRepoHelperFactory (2
//   members, skipped), then this one (4 of its own and IDisposable's Dispose). Its store is a local clone of a git
//   repository in a temporary directory and that clone's remote, read as the corpus reads git-backed stores. The lists
//   ran out after it (dotnet/yarp's ICache, which would have come next, is microsoft/reverse-proxy's, already
//   Corpus/Yarp/ICache.cs): the round has 2 picks.
// Path: eng/update-dependencies/Git/IGitRepoHelper.cs (store: GitRepoHelper.cs, built by GitRepoHelperFactory.cs over
//   LocalGitRepoHelper.cs and RemoteGitRepoHelper.cs; the two helper interfaces: ILocalGitRepoHelper.cs,
//   IRemoteGitRepoHelper.cs; models: GitRemoteInfo.cs, PullRequestCreationInfo.cs, InvalidBranchException.cs)
// Adapted: the namespace. The two helper interfaces are transcribed whole (they are the types of Local and Remote, not
//   marked); Microsoft.DotNet.DarcLib's PullRequest (a NuGet package) is a stand-in class with the four properties
//   RemoteGitRepoHelper fills. Internal as in the source, so the smoke script takes the fake as object. Nullable enabled
//   and implicit usings on, as its project (update-dependencies.csproj) builds it (the usings written out here).
// Real store: GitRepoHelper(remoteRepoUrl, local, remote, libGit2Client, logger), made by
//   GitRepoHelperFactory.CreateAndCloneAsync(repoUri, dir) after cloning repoUri into a temporary directory (or
//   CreateFromLocal over an existing clone). Local is a LocalGitRepoHelper over that directory (LocalPath), Remote a
//   RemoteGitRepoHelper over repoUri (RemoteUrl), both fixed at construction. CheckoutRemoteBranchAsync(branch) does
//   nothing when the checked-out branch is already that branch; otherwise, when the remote has no such branch, throws
//   InvalidBranchException (an InvalidOperationException: "Branch '{branch}' does not exist on remote."), else checks
//   out origin/{branch} (a detached HEAD at the remote's commit). PushLocalBranchAsync(branch) lists the clone's remotes
//   and pushes the local branch to the one whose URL is repoUri (First: InvalidOperationException when none is);
//   LibGit2Sharp's push fails for a branch the clone does not have. Dispose() deletes the clone's directory with
//   everything in it (a directory already gone, or access denied, is ignored; other failures are logged) and marks the
//   helper disposed; a second Dispose does nothing. Nothing else is kept by the object: every read asks git.
// Shapes: *=core; Dispose=17
// First try (b97d6abe): incomplete, read as a key-value store of object values by string keys (nothing in it says a
//   kind: the default): Local and Remote refused (IMF0001: "it returns …ILocalGitRepoHelper, an interface: the real
//   store's own engine or service, which a fake does not have"), CheckoutRemoteBranchAsync and PushLocalBranchAsync
//   ("'CheckoutRemoteBranch' is not a known verb (Get, TryGet, Set/Put, …)"); Dispose generated (nothing, issue 10 shape
//   17) | WRONG: Dispose does nothing, where the real one deletes the clone's directory (after it the clone is gone and
//   every read of Local fails); no signature says so, and the no-op is the documented decision (docs/generator.md,
//   "Decision (a disposed store)").
// After this round: unchanged. Local and Remote are rightly refused (the clone and the remote are the real store's
//   engine); CheckoutRemoteBranchAsync and PushLocalBranchAsync are git commands whose meaning no store convention has.
//   The smoke cannot run (incomplete).
// Still wrong: Dispose, as above: the documented no-op keeps the fake usable after a container disposes it, and the real
//   helper deletes its clone (a decision left to the lead, as for StratisFullNode's IBlockRepository and unlaunch's
//   IUnlaunchDataStore).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetDocker.IGitRepoHelperCase;

internal sealed record GitRemoteInfo(string Name, string Url);

public record PullRequestCreationInfo(string Title, string Body, string BaseBranch, string HeadBranch);

/// <summary>A stand-in for Microsoft.DotNet.DarcLib's PullRequest (the package is not referenced here).</summary>
public class PullRequest
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? BaseBranch { get; set; }
    public string? HeadBranch { get; set; }
}

internal sealed class InvalidBranchException(string message) : InvalidOperationException(message);

internal interface ILocalGitRepoHelper
{
    string LocalPath { get; }

    Task<string> CommitAsync(string message, (string Name, string Email) author);

    Task CheckoutRefAsync(string gitRef);

    Task CreateAndCheckoutLocalBranchAsync(string branchName);

    Task<string> GetCurrentBranchAsync();

    Task<string?> GetShaForRefAsync(string gitRef);

    Task StageAsync(params IEnumerable<string> paths);

    Task<bool> IsAncestorAsync(string ancestorRef, string descendantRef);

    Task<IEnumerable<GitRemoteInfo>> ListAllRemotesAsync();

    Task RestoreAsync(string source);
}

internal interface IRemoteGitRepoHelper
{
    string RemoteUrl { get; }

    Task<bool> RemoteBranchExistsAsync(string branchName);

    Task CreateRemoteBranchAsync(string newBranch, string baseBranch);

    Task<string> CreatePullRequestAsync(PullRequestCreationInfo request);

    Task<PullRequest> GetPullRequestInfoAsync(string pullRequestUrl);

    Task<string?> GetRemoteBranchShaAsync(string branch);

    Task FetchAsync();
}

[InMemoryFake]
internal interface IGitRepoHelper : IDisposable
{
    ILocalGitRepoHelper Local { get; }

    IRemoteGitRepoHelper Remote { get; }

    Task CheckoutRemoteBranchAsync(string branchName);

    Task PushLocalBranchAsync(string branchName);

}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object helper) => RunCoreAsync((IGitRepoHelper)helper);

    private static async Task RunCoreAsync(IGitRepoHelper repo)
    {
        var local = repo.Local;
        var remote = repo.Remote;
        Check.True(!string.IsNullOrEmpty(local.LocalPath), "Local is the clone in its directory");
        Check.True(!string.IsNullOrEmpty(remote.RemoteUrl), "Remote is the repository it was cloned from");
        Check.True(ReferenceEquals(local, repo.Local), "the same helper every time");

        var current = await local.GetCurrentBranchAsync();
        await repo.CheckoutRemoteBranchAsync(current);
        Check.Equal(current, await local.GetCurrentBranchAsync(), "checking out the branch already checked out does nothing");

        await Check.ThrowsAsync<InvalidOperationException>(() => repo.CheckoutRemoteBranchAsync("no-such-branch"), "a branch the remote does not have throws InvalidBranchException");

        await remote.CreateRemoteBranchAsync("nightly", current);
        await remote.FetchAsync();
        await repo.CheckoutRemoteBranchAsync("nightly");
        Check.Equal(await remote.GetRemoteBranchShaAsync("nightly"), await local.GetShaForRefAsync("HEAD"), "the remote branch's commit is checked out");

        await local.CreateAndCheckoutLocalBranchAsync("update-dependencies");
        await repo.PushLocalBranchAsync("update-dependencies");
        Check.True(await remote.RemoteBranchExistsAsync("update-dependencies"), "the pushed branch is on the remote");

        repo.Dispose();
        Check.False(System.IO.Directory.Exists(local.LocalPath), "Dispose deletes the clone's directory");
        repo.Dispose();
    }
}
