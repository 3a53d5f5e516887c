// Source: https://github.com/microsoft/PTVS
// Commit: 68a2f94eef34
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample49 rule, fixed before probing (Corpus/WindowsClassicSamples/IPropertyStore.cs has it in full:
//   find_repos("microsoft/")'s order from after sqltoolsservice to its end, then today's listing's repositories that
//   h-sample45 does not account for; first *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order
//   with >= 3 members that holds state, outside paths containing "test", 1 per repository, stop after 6). This one: the
//   5th and last pick (PTVS, 5 members). Before it in path order: IReferenceContainerProvider, ICustomSearchListProvider,
//   both ILambdaConverterProvider, IStructFieldOffsetProvider, IValueStore and IValueStore<T> (1-2 members);
//   Cookiecutter's IPythonInterpreterFactoryProvider (4 members: it discovers interpreters and hands out the factories it
//   makes), IEnvironmentViewExtensionProvider (1), IPythonLauncherProvider (6: fixed metadata and launchers it makes),
//   IInteractiveEvaluatorProvider (3: evaluators it makes): skipped. IProjectContextProvider keeps the projects (or
//   MSBuild contexts) added to it, which Projects reads back, and the interpreters InterpreterLoaded records.
// Path: Python/Product/VSInterpreters/Interpreter/IProjectContextProvider.cs (ProjectChangedEventArgs in the same file;
//   real stores: Python/Product/PythonTools/PythonTools/Project/LoadedProjectInterpreterFactoryProvider.cs
//   (VsProjectContextProvider) and Python/Product/BuildTasks/MsBuildProjectContextProvider.cs; model:
//   VSInterpreters/Interpreter/InterpreterConfiguration.cs)
// Adapted: the namespace (one for all). InterpreterConfiguration with only its Id. Nullable disabled, as in the source.
// Real store: VsProjectContextProvider (Visual Studio's; the MSBuild one agrees on what follows). Projects: the MSBuild
//   projects its own UpdateProject(node, project) added (a member not on the interface), a new array on each read; none
//   for a new provider. InterpreterLoaded(context, configuration) records the configuration's Id against the context
//   (its own IsProjectSpecific reads it, not on the interface; MsBuildProjectContextProvider ignores the call);
//   InterpreterUnloaded removes that record. Neither changes Projects nor raises an event. ProjectsChanged is raised by
//   UpdateProject, ProjectChanged by OnProjectChanged (both not on the interface).
// Shapes: *=core
// First try (30887e9): incomplete, no member generated: IMF0001 on the events ProjectsChanged and ProjectChanged ("events
//   are not supported (when the real store raises one is its own code)"), Projects ("only Count ... Keys, Values and a
//   settings object are supported") and InterpreterLoaded, InterpreterUnloaded ("not a known verb"). The probe stops at
//   ProjectsChanged, the script's first line | WRONG: none (no member generated). The refusals are right: the projects
//   come from members the interface does not have, and what InterpreterLoaded records is read by none of its members.
// After this round: unchanged (all five refused, rightly).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ptvs.IProjectContextProviderCase;

public class InterpreterConfiguration
{
    public InterpreterConfiguration(string id) => Id = id;

    public string Id { get; }
}

[InMemoryFake]
public interface IProjectContextProvider {
    event EventHandler ProjectsChanged;
    event EventHandler<ProjectChangedEventArgs> ProjectChanged;

    IEnumerable<object> Projects {
        get;
    }

    void InterpreterLoaded(object context, InterpreterConfiguration factory);

    void InterpreterUnloaded(object context, InterpreterConfiguration factory);
}

public class ProjectChangedEventArgs : EventArgs {
    private readonly object _project;

    public ProjectChangedEventArgs(object project) {
        _project = project;
    }

    public object Project => _project;
}

public static class Smoke
{
    public static Task RunAsync(IProjectContextProvider provider)
    {
        var raised = 0;
        provider.ProjectsChanged += (_, _) => raised++;
        provider.ProjectChanged += (_, _) => raised++;
        Check.Equal(0, provider.Projects.Count(), "a new provider has no project");

        var project = new object();
        var configuration = new InterpreterConfiguration("Global|PythonCore|3.12");
        provider.InterpreterLoaded(project, configuration);
        Check.Equal(0, provider.Projects.Count(), "InterpreterLoaded records an interpreter, it adds no project");
        provider.InterpreterUnloaded(project, configuration);
        Check.Equal(0, provider.Projects.Count(), "nor does InterpreterUnloaded remove one");
        Check.Equal(0, raised, "neither raises an event");
        return Task.CompletedTask;
    }
}
