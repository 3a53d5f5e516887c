using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample126 (session 38), Microsoft's dotnet organisation: docker-tools' <c>IRepoHost</c> (pull requests of a GitHub
/// repository, <c>Corpus/DockerTools/IRepoHost.cs</c>) and dotnet-docker's <c>IGitRepoHelper</c> (a git clone and its
/// remote, <c>Corpus/DotnetDocker/IGitRepoHelper.cs</c>). Neither had a member generated with a wrong meaning but the
/// inherited <c>Dispose</c> (the documented no-op, left to the lead). <c>IRepoHost.ExecuteAsync(IEnumerable&lt;IOperation&gt;)</c>
/// was refused as "'Execute' is not a known verb (Get, TryGet, Set/Put, …)", a list of verbs no renaming from which could
/// give it a meaning: a member whose name starts with the word Execute has the real store's own engine run what it is
/// given (a batch of operations, SQL, a procedure, a script, a delegate, a query object), and its refusal now says so, in
/// every kind of store.
/// </summary>
public class Sample126Tests
{
    private const string RepoHost = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed record AutomationIdentity(string AuthorName, string AuthorEmail);
        public sealed record PullRequestState(string Key, string Title, string Body, string TargetBranch, string TreeHash);
        public sealed record CommitInfo(string Sha, string AuthorName, string AuthorEmail);
        public sealed record ExistingPullRequest(PullRequestState Content, int Number, Uri Url, IReadOnlyList<CommitInfo> Commits);
        public interface IOperation;
        public sealed record CreatePullRequestOperation(string Title, string Body, string SourceBranch, string TargetBranch) : IOperation;
        public interface IOperationResult;
        public sealed record PullRequestCreated(int Number, Uri Url) : IOperationResult;

        [InMemoryFake]
        public interface IRepoHost
        {
            AutomationIdentity Identity { get; }
            Task<string> GetTokenAsync();
            Task<ExistingPullRequest?> GetPullRequest(string key, CancellationToken cancellationToken);
            Task<IReadOnlyList<IOperationResult>> ExecuteAsync(IEnumerable<IOperation> operations, CancellationToken cancellationToken);
        }
        """;

    private const string GitRepoHelper = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed record GitRemoteInfo(string Name, string Url);

        public interface ILocalGitRepoHelper
        {
            string LocalPath { get; }
            Task<string> GetCurrentBranchAsync();
            Task<IEnumerable<GitRemoteInfo>> ListAllRemotesAsync();
        }

        public interface IRemoteGitRepoHelper
        {
            string RemoteUrl { get; }
            Task<bool> RemoteBranchExistsAsync(string branchName);
        }

        [InMemoryFake]
        public interface IGitRepoHelper : IDisposable
        {
            ILocalGitRepoHelper Local { get; }
            IRemoteGitRepoHelper Remote { get; }
            Task CheckoutRemoteBranchAsync(string branchName);
            Task PushLocalBranchAsync(string branchName);
        }
        """;

    /// <summary>What every refusal of a member named Execute… says (after "matches no … convention: ").</summary>
    private const string Engine = "has the real store's own engine run what it is given or holds (SQL text, a stored procedure, a script or code, a query or command object, "
        + "a delegate over its collection or context, a batch of operations), and what running it changes and answers is that engine's: no signature says it, and a fake has no such engine";

    [Fact]
    public void A_batch_of_operations_is_refused_for_the_engine_that_runs_it_and_the_lookup_by_branch_is_generated()
    {
        var run = GeneratorHarness.Run(RepoHost);
        Refusals.Exactly(run,
            ("ExecuteAsync", "'Execute' " + Engine),
            ("GetTokenAsync", "'GetToken' is not a known verb: it starts with Get, which is one, but 'Token' after it is no noun of this store (its values' type ExistingPullRequest"),
            ("Identity", "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object"));
        Assert.Equal(
            "'ExecuteAsync' of IRepoHost matches no store convention: 'Execute' " + Engine + "; nothing in IRepoHost says which kind of store it is (no member has a verb only a key-value store has, "
            + "such as Set, Increment or Expire, or a time to live, nor a blob verb, nor an entity with a key that members add, read or remove), so its members were read by the key-value store's conventions, the default. "
            + "Implement it in the partial class InMemoryRepoHost, where its Store property reaches the fake's table in one line: await Store.CallAsync(nameof(ExecuteAsync), cancellationToken, operations) "
            + "joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "ExecuteAsync"));
        Assert.DoesNotContain("is not a known verb", Refusals.Message(run, "ExecuteAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lookup_reads_what_the_hand_written_batch_keeps_under_the_branch()
    {
        const string handWritten = Sources.Usings + """
            #nullable enable
            namespace V
            {
                public sealed partial class InMemoryRepoHost
                {
                    private int _next;

                    public AutomationIdentity Identity => Store.Call(nameof(Identity)) is { } ? new AutomationIdentity("bot", "bot@example.org") : null!;

                    public Task<string> GetTokenAsync() => Task.FromResult(Store.Call(nameof(GetTokenAsync)) is { } ? "token" : "");

                    public async Task<IReadOnlyList<IOperationResult>> ExecuteAsync(IEnumerable<IOperation> operations, CancellationToken cancellationToken)
                    {
                        var store = await Store.CallAsync(nameof(ExecuteAsync), cancellationToken, operations);
                        var results = new List<IOperationResult>();
                        foreach (var operation in operations)
                        {
                            var create = (CreatePullRequestOperation)operation;
                            var number = ++_next;
                            var url = new Uri("https://github.com/dotnet/docker-tools/pull/" + number);
                            store.Set(create.SourceBranch, new ExistingPullRequest(new PullRequestState(create.SourceBranch, create.Title, create.Body, create.TargetBranch, "tree"), number, url, new List<CommitInfo>()));
                            results.Add(new PullRequestCreated(number, url));
                        }

                        return results;
                    }
                }
            }
            """;
        var run = GeneratorHarness.Run(RepoHost, handWritten);
        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRepoHost host = new InMemoryRepoHost();
                    Is(null, host.GetPullRequest("update-dependencies", CancellationToken.None).GetAwaiter().GetResult(), "no pull request from the branch: null");
                    host.ExecuteAsync(new IOperation[] { new CreatePullRequestOperation("Update dependencies", "Automated.", "update-dependencies", "main") }, CancellationToken.None).GetAwaiter().GetResult();
                    var found = host.GetPullRequest("update-dependencies", CancellationToken.None).GetAwaiter().GetResult();
                    Is("Update dependencies", found?.Content.Title, "the pull request kept under its branch");
                    Is(null, host.GetPullRequest("main", CancellationToken.None).GetAwaiter().GetResult(), "another branch has none");
                    using var cancelled = new CancellationTokenSource();
                    cancelled.Cancel();
                    Throws<OperationCanceledException>(() => host.GetPullRequest("update-dependencies", cancelled.Token).GetAwaiter().GetResult(), null, "a cancelled token throws first");
                }
            }
            """);
    }

    [Fact]
    public void Execute_members_of_an_entity_repository_and_a_blob_store_name_the_engine_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Order
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task<Order?> GetByIdAsync(int id);
                Task AddAsync(Order order);
                Task<int> ExecuteAsync(string sql, object? parameters = null);
                Task<object?> ExecuteScalarAsync(string sql);
                void Execute(Action<IOrderRepository> handler);
            }

            [InMemoryFake]
            public interface IScriptStore
            {
                Task UploadAsync(string name, Stream content);
                Task<Stream> OpenReadAsync(string name);
                Task ExecuteScriptAsync(string name, CancellationToken cancellationToken);
            }
            """);
        foreach (var (member, verb) in new[] { ("ExecuteAsync", "Execute"), ("ExecuteScalarAsync", "ExecuteScalar"), ("Execute", "Execute"), ("ExecuteScriptAsync", "ExecuteScript") })
        {
            var message = Refusals.Message(run, member);
            Assert.Contains("'" + verb + "' " + Engine, message, StringComparison.Ordinal);
            Assert.DoesNotContain("is not a known verb", message, StringComparison.Ordinal);
        }

        Assert.StartsWith("'ExecuteAsync' of IOrderRepository matches no entity repository convention: ", Refusals.Message(run, "ExecuteAsync"), StringComparison.Ordinal);
        Assert.StartsWith("'ExecuteScriptAsync' of IScriptStore matches no blob store convention: ", Refusals.Message(run, "ExecuteScriptAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_only_begins_with_the_letters_of_Execute_keeps_its_cause()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IJobTimes
            {
                Task<DateTime?> GetAsync(string job);
                Task SetAsync(string job, DateTime at);
                Task<int> ExecutedCountAsync();
            }
            """);
        Assert.Contains("'ExecutedCount' is not a known verb", Refusals.Message(run, "ExecutedCountAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_git_helper_is_refused_but_its_inherited_Dispose_which_does_nothing()
    {
        var run = GeneratorHarness.Run(GitRepoHelper);
        Refusals.Exactly(run,
            ("Local", "it returns V.ILocalGitRepoHelper, an interface: the real store's own engine or service, which a fake does not have"),
            ("Remote", "it returns V.IRemoteGitRepoHelper, an interface: the real store's own engine or service, which a fake does not have"),
            ("CheckoutRemoteBranchAsync", "'CheckoutRemoteBranch' is not a known verb (Get, TryGet, Set/Put"),
            ("PushLocalBranchAsync", "'PushLocalBranch' is not a known verb (Get, TryGet, Set/Put"));
        Assert.Contains("public void Dispose()", run.Source("IGitRepoHelper.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }
}
