// Source: https://github.com/microsoft/azure-pipelines-tasks
// Commit: 299572e25b6c
// Licence: MIT (LICENSE.txt; an interface signature transcribed for a test)
// Sample: h-sample84 rule, fixed before any interface was looked at (the whole rule, the walk and every skip are in
//   Corpus/ToDoListDev/ILayout.cs): the repositories find_repos("Todo") lists, in its order, keeping those with C# files
//   (then find_repos("Task")); in each, at its newest stored snapshot, the first C# interface outside test paths that
//   declares at least 3 members and whose implementation in the same repository keeps state (read as in h-sample70, 76
//   and 81, a settings file included); not a corpus source already; a licence that allows transcribing a signature (no
//   licence file: skipped); at most 1 per repository; stop after 5. Picks, in order: abstractspoon/ToDoList_Dev ILayout;
//   cvetomir-todorov/CecoChat IIdChannel; drmoisan/TaskMaster IQfcQueue; microsoft/azure-pipelines-tasks
//   IDebugConfigGenerator; hamed-shirbandi/TaskoMask INotificationService.
//   This one: the 4th pick (the 22nd repository of find_repos("Task"); its C# is the BuildConfigGen tool beside the
//   TypeScript tasks). It is the repository's first C# interface.
// Path: BuildConfigGen/Debugging/DebugConfigGenerator.cs (the interface and NoDebugConfigGenerator, whose members do
//   nothing; VsCodeLaunchConfigGenerator.cs and VsCodeLaunchConfiguration.cs, chosen by Program.cs when a debug agent
//   directory is given)
// Adapted: none (the interface is internal, as in the source, so the smoke script takes the fake as object). Nullable
//   enabled, as in the source (BuildConfigGen.csproj).
// Real store: VsCodeLaunchConfigGenerator(gitRootPath, agentPath) reads <gitRoot>/.vscode/launch.json at construction (a
//   new { version 0.2.0, configurations [] } when missing) and keeps its configurations in memory. AddForTask(taskConfigPath)
//   reads that task.json (a missing file: ArgumentException) and puts in a node "attach" configuration named
//   "Attach to {name} ({Major.Minor.Patch})", whose remoteRoot is the task's folder under the agent's _work/_tasks,
//   replacing one of the same name (ignoring case). WriteLaunchConfigurations() writes the whole launch.json back.
//   WriteTypescriptConfig(taskOutput) adds inlineSourceMap and inlineSources to the compilerOptions of
//   <taskOutput>/tsconfig.json, and does nothing when there is none. NoDebugConfigGenerator, used without an agent
//   directory, does nothing in all three.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 on all three (a known verb, Write or Add, whose noun is none of the store's)
//   | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: files read and written by path (a task.json parsed into a
//   launch configuration, a tsconfig.json edited in place), which no signature describes; the store a fake could keep is
//   the launch configurations, and no member hands them out.
#nullable enable

using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzurePipelinesTasks.IDebugConfigGeneratorCase;

[InMemoryFake]
internal interface IDebugConfigGenerator
{
    void WriteTypescriptConfig(string taskOutput);

    void AddForTask(string taskConfigPath);

    void WriteLaunchConfigurations();
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object generator) => RunCoreAsync((IDebugConfigGenerator)generator);

    // What VsCodeLaunchConfigGenerator does without touching a file: the launch.json it writes lives under the git root
    // its constructor takes, which a fake of the interface is not given.
    private static Task RunCoreAsync(IDebugConfigGenerator generator)
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "task.json");
        Check.Throws<ArgumentException>(() => generator.AddForTask(missing), "AddForTask of a task.json that does not exist throws ArgumentException");
        var noTsConfig = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        generator.WriteTypescriptConfig(noTsConfig);
        Check.False(File.Exists(Path.Combine(noTsConfig, "tsconfig.json")), "WriteTypescriptConfig does nothing for an output without tsconfig.json");
        return Task.CompletedTask;
    }
}
