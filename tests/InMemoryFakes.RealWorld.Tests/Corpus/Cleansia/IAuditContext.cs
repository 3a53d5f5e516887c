// Source: https://github.com/VM-s-Solutions/cleansia
// Commit: ac2162aad90f
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample68 rule, fixed before probing: the repositories find_repos("Clean") lists, in its order (then
//   find_repos("Architecture") once that list runs out); in each, at its newest stored snapshot (fetch, then git grep,
//   paths sorted ordinally), the first C# interface outside paths containing "test" that has at least 3 members
//   (inherited ones count if the base interface is in the same repository) and whose implementation in the same
//   repository keeps state (a database, cache, blob, table, in-memory collection; a client of a remote API, a query view
//   a store builds, or an interface with no implementation does not count); not a corpus source already; a licence that
//   allows transcribing a signature (no licence file: skipped); at most 1 per repository; stop after 6. Skipped, in
//   order: the "Clean" repositories not named here hold no .cs file; kontur-courses/clean-code's only interface at its
//   snapshot is a path finder's IMaze; azha/mafia-builder-city-clean has no snapshot; Kot141078/ester-clean-code (one
//   bridge file) and ayunesb/allora-galaxy-clean (XAML code-behind) declare no interface; CleanstoneMC/Cleanstone is
//   Java at its snapshot; nuiva/Elin-Decompiled-Cleaned is a decompiled commercial game; SidhantUppal/UP-Test-1-Clean,
//   gcorchon/peiton-aspnetcore8-cleanarchictecture and dexeltod/VacuumCleanerGame have no licence file;
//   victorrentea/clean-code-java's 15 kata files declare no interface; phongnguyend/Practical.CleanArchitecture and
//   ivanpaulovich/clean-architecture-manga are sources already. The "Clean" list gives 5; find_repos("Architecture")
//   gives the 6th after EJkenway/Computer-Architecture-Coursework, StudyFork/GoogryAndroidArchitectureStudy and
//   MicrosoftDocs/architecture-center (no .cs file). The six, in order: cleansia IAuditContext; Clean-CaDET tutor
//   IEventStore<TEvent>; EasyDesk easydesk-clean-architecture IAuditConfigurer; neozhu CleanArchitectureWithBlazorServer
//   IAppCache; frasermclean adoptrix IBlobContainerManager; TimeWarpEngineering timewarp-architecture IPrincipalRoleStore.
//   This one: the 1st (the 2nd of find_repos("Clean")); IRevokedDeviceDirectory and IRevokedUserDirectory, before it in
//   path order, declare 2 members each.
// Path: src/Cleansia.Core.AppServices/Auditing/IAuditContext.cs (real store: AuditContext.cs in the same folder, the only
//   implementation, registered scoped; model: AuditSnapshot.cs)
// Adapted: the XML comments dropped. Nullable enabled, as in the source (Directory.Build.props).
// Real store: AuditContext, a per-request buffer of one audit change (ADR-0012 D4), no database. RecordChange(type, id,
//   before, after, reason) serializes before and after to camelCase JSON at once and keeps one AuditSnapshot, replacing
//   the one recorded before (the last change of a request wins). DrainSnapshot() hands out the snapshot and forgets it
//   (null when none is recorded, or once drained). TryClaimFailureRecording() is true the first time and false after:
//   a request records its failure once.
// Shapes: *=none
// First try (137a868c): incomplete: IMF0001 all 3 members (RecordChange, DrainSnapshot, TryClaimFailureRecording: no
//   known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a single slot holding JSON the store makes from the objects
//   it is given, handed out once, and a one-time flag; no key and no collection, nothing a store convention keeps.
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cleansia.IAuditContextCase;

public sealed record AuditSnapshot(
    string? ResourceType,
    string? ResourceId,
    string? BeforeJson,
    string? AfterJson,
    string? Reason);

[InMemoryFake]
public interface IAuditContext
{
    void RecordChange(string resourceType, string resourceId, object before, object after, string? reason = null);

    AuditSnapshot? DrainSnapshot();

    bool TryClaimFailureRecording();
}

public static class Smoke
{
    public static Task RunAsync(IAuditContext audit)
    {
        Check.Null(audit.DrainSnapshot(), "nothing is recorded yet");
        audit.RecordChange("Order", "o-1", new { Status = "Open" }, new { Status = "Paid" }, "payment");
        audit.RecordChange("Order", "o-1", new { Status = "Paid" }, new { Status = "Refunded" });
        var snapshot = Check.NotNull(audit.DrainSnapshot(), "DrainSnapshot hands out what was recorded");
        Check.Equal("{\"status\":\"Paid\"}", snapshot.BeforeJson, "the last change wins, serialized to camelCase JSON");
        Check.Equal("{\"status\":\"Refunded\"}", snapshot.AfterJson, "its after state too");
        Check.Null(snapshot.Reason, "and its reason, none");
        Check.Null(audit.DrainSnapshot(), "a drained snapshot is gone");
        Check.True(audit.TryClaimFailureRecording(), "the first claim succeeds");
        Check.False(audit.TryClaimFailureRecording(), "a second claim fails");
        return Task.CompletedTask;
    }
}
