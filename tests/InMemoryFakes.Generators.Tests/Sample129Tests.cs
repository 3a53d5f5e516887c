using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample129 (session 39), restaurant, food-ordering and survey codebases. digioz.Portal's <c>IPollRepository</c> (MVCForum's
/// layout) writes through EF6's <c>DbSet.Add</c>/<c>Remove</c>, and nothing is stored until a unit of work that
/// <c>IUnitOfWorkManager.NewUnitOfWork()</c> makes runs <c>SaveChanges()</c> or <c>Commit()</c> over the request's one
/// <c>DbContext</c>. A saves-only interface a method makes was left out as a transaction's end (session 19's
/// <c>BeginTransaction()</c>), so the fake stored each write at once and a <c>Get</c> after <c>Add</c> found the poll the real
/// query does not: silently wrong. A made interface with a save that is no transaction's end (<c>SaveChanges</c>,
/// <c>Save</c>, <c>Persist</c>… : not <c>Commit</c> or <c>Complete</c>), neither it nor its maker named a transaction, now
/// counts as the repository's unit of work of saves: IMF0022 beside it, IMF0027 elsewhere in the app.
/// </summary>
public class Sample129Tests
{
    private const string PollsTemplate = Sources.Usings + """
        namespace {0}
        {
            public class Poll
            {
                public Guid Id { get; set; } = Guid.NewGuid();
                public string Slug { get; set; } = "";
                public bool IsClosed { get; set; }
            }

            [InMemoryFake{1}]
            public interface IPollRepository
            {
                List<Poll> GetAllPolls();
                Poll Add(Poll poll);
                Poll? Get(Guid id);
                void Delete(Poll item);
            }
        }

        """;

    private static string Polls(string space = "Portal.Domain", string settings = "")
        => PollsTemplate.Replace("{0}", space, StringComparison.Ordinal).Replace("{1}", settings, StringComparison.Ordinal);

    private static string UnitOfWork(string space = "Portal.Domain", string name = "IUnitOfWork", string saves = "void Commit(); void Rollback(); void SaveChanges();", string maker = "NewUnitOfWork")
        => Sources.Usings + "namespace " + space + "\n{\n"
            + "    public interface " + name + " : IDisposable { " + saves + " }\n"
            + "    public interface I" + name.Substring(1) + "Manager : IDisposable { " + name + " " + maker + "(); }\n"
            + "}\n";

    /// <summary>What a removal of a poll not stored does (IMF0001 asks it on its own): EF's Remove + SaveChanges fails.</summary>
    private const string Stated = "(MissingDelete = MissingDelete.NotFound)";

    private static GeneratorRun Run(params string[] sources)
        => GeneratorHarness.Run(CSharpCompilation.Create(
            "Portal",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: "Source" + i + ".cs")),
            GeneratorHarness.References,
            GeneratorHarness.CompilationOptions));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_unit_of_work_with_SaveChanges_that_a_manager_makes_beside_the_repository_is_IMF0022_on_each_write()
    {
        var run = Run(Polls(), UnitOfWork());

        var refused = run.GeneratorDiagnostics.Where(static d => d.Severity != DiagnosticSeverity.Info).ToArray();
        Assert.Equal(["IMF0022 Add", "IMF0022 Delete"], refused.Select(static d => d.Id + " " + Refusals.PointedAt(d)).OrderBy(static s => s, StringComparer.Ordinal));
        Assert.All(refused, static d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(
            "'Add' of IPollRepository is a write, and IPollRepository has no save of its own beside IUnitOfWork.Commit, a save on another interface, but whether the writes of IPollRepository wait for IUnitOfWork.Commit or are saved at once cannot be told from the interface"
            + " (IUnitOfWork holds only saves, IUnitOfWorkManager.NewUnitOfWork makes it, and no interface hands it out; its SaveChanges is no transaction's end, so it saves what repositories beside it track: the writes may only be tracked until it runs)."
            + " Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)], or mark IUnitOfWork [InMemoryFake] too, when the writes wait for Commit, and build this fake and the IUnitOfWork fake with one InMemoryFakeOptions.SharedUnitOfWork (the container's scoped registration does it per scope);"
            + " or set UnitOfWorkWrites.Immediate when each write is stored at once (docs/runtime.md#unit-of-work)",
            Message(refused.Single(static d => Refusals.PointedAt(d) == "Add")));
        Assert.DoesNotContain("Poll Add(", run.Source("IPollRepository.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deferred_the_writes_wait_for_the_save_as_the_request_s_DbContext_keeps_them()
    {
        var run = Run(Polls(settings: "(UnitOfWorkWrites = UnitOfWorkWrites.Deferred, MissingDelete = MissingDelete.NotFound)"), UnitOfWork());
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + """
            using Portal.Domain;
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var backend = new InMemoryBackend();
                    var shared = new SharedUnitOfWork();
                    IPollRepository polls = new InMemoryPollRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = shared });
                    // Another request: another DbContext.
                    Func<IPollRepository> fresh = () => new InMemoryPollRepository(new InMemoryFakeOptions { Backend = backend, SharedUnitOfWork = new SharedUnitOfWork() });
                    var poll = new Poll { Slug = "favourite-dish" };
                    Is(true, ReferenceEquals(poll, polls.Add(poll)), "Add answers the poll it was given, as DbSet.Add");
                    Is(null, fresh().Get(poll.Id), "an added poll is not stored before the save");
                    Is(0, fresh().GetAllPolls().Count, "nor listed");
                    Is(1, shared.SaveChanges(), "the unit of work's SaveChanges writes it");
                    Is("favourite-dish", fresh().Get(poll.Id)?.Slug, "then it is read");

                    polls.Delete(polls.Get(poll.Id)!);
                    Is(1, fresh().GetAllPolls().Count, "a removal waits for the save too");
                    Is(1, shared.SaveChanges(), "and the save writes it");
                    Is(0, fresh().GetAllPolls().Count, "then the poll is gone");
                }
            }
            """);
    }

    [Fact]
    public void A_made_transaction_or_scope_ending_with_Commit_or_Complete_is_still_no_unit_of_work()
    {
        // A transaction (IDbContextTransaction's Commit), a scope (TransactionScope's Complete), or anything named a
        // transaction, ends what the repositories or the context saved themselves: the writes stay stored at once.
        Assertions.Clean(Run(Polls(settings: Stated), UnitOfWork(saves: "void Commit(); void Rollback();")));
        Assertions.Clean(Run(Polls(settings: Stated), UnitOfWork(name: "IUnitOfWorkScope", saves: "void Complete();", maker: "Begin")));
        Assertions.Clean(Run(Polls(settings: Stated), UnitOfWork(name: "IPollTransaction")));
        Assertions.Clean(Run(Polls(settings: Stated), UnitOfWork(maker: "BeginTransaction")));
    }

    [Fact]
    public void Made_with_SaveChanges_in_a_sibling_namespace_it_is_IMF0027_naming_its_maker()
    {
        // digioz.Portal's layout: Domain.Interfaces.Repositories beside Domain.Interfaces.UnitOfWork.
        var run = Run(Polls("Portal.Domain.Interfaces.Repositories", Stated), UnitOfWork("Portal.Domain.Interfaces.UnitOfWork"));
        Assert.Empty(run.CompilationDiagnostics);
        var warned = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("IMF0027", warned.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warned.Severity);
        Assert.Contains(
            "Portal.Domain.Interfaces.UnitOfWork.IUnitOfWork.Commit may be what stores them (Portal.Domain.Interfaces.UnitOfWork.IUnitOfWork holds only saves, IUnitOfWorkManager.NewUnitOfWork makes it, and no interface hands it out; its SaveChanges is no transaction's end",
            Message(warned), StringComparison.Ordinal);
    }
}
