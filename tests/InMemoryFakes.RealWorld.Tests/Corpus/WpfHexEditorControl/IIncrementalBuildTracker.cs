// Source: https://github.com/myd7349/WpfHexEditorControl
// Commit: 3920230183eb
// Licence: AGPL-3.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample81 rule (written out in Corpus/HeBianGuWpfControl/IRepositoryPresenter.cs), fixed before probing.
//   This one: the 2nd pick (the 9th repository of find_repos("Wpf")). Before it in path order:
//   IDecompilationLanguage (a language's names and a code transform, no state), IAssemblyAnalysisEngine (analyses a
//   file each call, no cache), IBuildAdapter (runs a build).
// Path: Sources/Core/WpfHexEditor.Core.BuildSystem/IIncrementalBuildTracker.cs (implementation:
//   IncrementalBuildTracker.cs beside it, fed by BuildFileWatcher and used by BuildSystem before each build)
// Adapted: the XML comments are dropped; ProjectDirtyChangedEventArgs is transcribed whole. Nullable enabled, as in the
//   source (WpfHexEditor.Core.BuildSystem.csproj).
// Real store: IncrementalBuildTracker keeps, under a lock, a Dictionary<string, long> of the UTC ticks of each project's
//   last successful build and a HashSet<string> of the projects marked dirty, both OrdinalIgnoreCase.
//   IsProjectDirty(projectId) is true when the project is marked dirty or has no snapshot yet (a project never built is
//   dirty). GetDirtyProjects(projectIds) keeps, in the order given, the ids IsProjectDirty says are dirty.
//   RecordSuccess(projectId) unmarks it and stamps its snapshot with DateTimeOffset.UtcNow; Invalidate(projectId) marks
//   it dirty. Each raises DirtyChanged (and publishes ProjectDirtyChangedEvent on the IDE event bus) only when the mark
//   changed: a RecordSuccess of a project that was not marked (a first build) raises nothing, though IsProjectDirty
//   turns false.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on every member: IsProjectDirty and RecordSuccess (no known verb),
//   GetDirtyProjects ('DirtyProjects' is no noun of the store), Invalidate (a removal in a store where no member puts a
//   value in or hands one out), DirtyChanged (an event) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a set of dirty marks in which a project never built counts
//   as dirty, ids that compare ignoring case, and an event raised only when a mark changes, none of which a signature
//   says; and Invalidate marks a project dirty, where a cache's Invalidate removes an entry.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WpfHexEditorControl.IIncrementalBuildTrackerCase;

[InMemoryFake]
public interface IIncrementalBuildTracker
{
    bool IsProjectDirty(string projectId);

    IReadOnlyList<string> GetDirtyProjects(IEnumerable<string> projectIds);

    void RecordSuccess(string projectId);

    void Invalidate(string projectId);

    event EventHandler<ProjectDirtyChangedEventArgs> DirtyChanged;
}

public sealed class ProjectDirtyChangedEventArgs : EventArgs
{
    public string ProjectId { get; init; } = string.Empty;

    public bool IsDirty { get; init; }
}

public static class Smoke
{
    public static Task RunAsync(IIncrementalBuildTracker tracker)
    {
        var changes = new List<(string ProjectId, bool IsDirty)>();
        tracker.DirtyChanged += (_, e) => changes.Add((e.ProjectId, e.IsDirty));

        Check.True(tracker.IsProjectDirty("App"), "a project never built is dirty");
        tracker.RecordSuccess("App");
        Check.False(tracker.IsProjectDirty("App"), "a project is clean after a successful build");
        Check.False(tracker.IsProjectDirty("app"), "project ids compare ignoring case");
        Check.Equal(0, changes.Count, "a first build raises no DirtyChanged: the project was not marked dirty");

        tracker.Invalidate("APP");
        Check.True(tracker.IsProjectDirty("App"), "Invalidate marks the project dirty (ignoring case)");
        Check.Equal(1, changes.Count, "Invalidate raises DirtyChanged once");
        Check.True(changes[0].IsDirty, "with IsDirty true");
        tracker.Invalidate("App");
        Check.Equal(1, changes.Count, "a second Invalidate changes nothing and raises nothing");

        tracker.RecordSuccess("Lib");
        var dirty = tracker.GetDirtyProjects(new[] { "Tests", "Lib", "App" });
        Check.True(dirty.SequenceEqual(new[] { "Tests", "App" }), "GetDirtyProjects keeps the dirty ids in the order given");

        tracker.RecordSuccess("App");
        Check.False(tracker.IsProjectDirty("App"), "a build after Invalidate makes it clean again");
        Check.Equal(2, changes.Count, "and raises DirtyChanged");
        Check.False(changes[1].IsDirty, "with IsDirty false");
        return Task.CompletedTask;
    }
}
