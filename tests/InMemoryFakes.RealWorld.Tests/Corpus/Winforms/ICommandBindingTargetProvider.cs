// Source: https://github.com/dotnet/winforms
// Commit: 2278c7fbbc
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample46 rule, fixed before probing: the repositories in the order find_repos("dotnet/") lists them (owner
//   dotnet only: akkadotnet/…, json-api-dotnet/…, corvus-dotnet/… and the like skipped), keeping those with C# code at
//   their newest stored snapshot and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n
//   -E "interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first
//   interface outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the
//   base interface is in the same repository, as h-sample12 ruled) and holds state (a …Provider that only computes is
//   skipped); at most 1 per repository; stop after 6. A repository over fetch's 500 MiB limit is skipped, as
//   h-sample42 ruled: find_files lists a repository's files over its whole crawled history, 100 rows a call, and cannot
//   stand in for one snapshot's ordinal path order (tried on roslyn: src/Workspaces/Core/Portable/Storage alone is
//   over 100 rows).
//   In order: roslyn (3.7 GB), docs (1.7 GB), Silk.NET (1.1 GB), maui (2.2 GB) over the limit; runtime, aspnetcore,
//   efcore, orleans, msbuild, aspire, extensions already sources; corefx's newest snapshot is its archived README (no
//   C# code); fsharp (0.99 GB), AspNetCore.Docs (0.87 GB), sdk (0.55 GB) over the limit; winforms gives
//   ICommandBindingTargetProvider (before it: IGraphicsHdcProvider, 3 members that hand out a GDI+ device context and
//   the Graphics made over it, no state a caller puts in: skipped; IToolboxItemProvider and ITargetAwareCodeDomProvider
//   1 member each); android none (IMavenRepository, ILicensesStorage, ILocalManifestProvider 2 members,
//   ILogPathProvider 1); docfx none (IMarkdownObjectRewriterProvider 1); roslynator no match at all; razor's newest snapshot is a README
//   (no C# code); ef6 none (IDbAsyncQueryProvider 2, computing; IDbModelCacheKeyProvider 1); project-system gives
//   ILaunchSettingsProvider (before it: IDebugProfileLaunchTargetsProvider, 4 members that compute launch targets and
//   run launch hooks: skipped; the others 1-2 members); wpf gives IContainItemStorage (its first match is the reference
//   copy in cycle-breakers/PresentationFramework/PresentationFramework.cs; transcribed from its own file);
//   machinelearning gives IKVCache (before it: IChannelProvider, 2 members + 2 of IExceptionContext that create
//   channels and wrap exceptions, computing; IProgressChannelProvider 1); dotNext gives IClusterConfigurationStorage<
//   TAddress> (2 members + 2 of IClusterConfigurationStorage beside it; before it: IMemorySegmentProvider 2;
//   IApplicationStatusProvider 3 health probes that compute; IWaitQueueProvider 1 + 4 of ITaskBuilder that build and
//   complete a lock's wait tasks, computing; IAwaiterStateProvider 1; IClusterConfigurationStorage 2 + IDisposable, not
//   in the repository); wpf-test has every match under src/Test; BenchmarkDotNet none (IHelpProvider, IColumnProvider
//   1 each); arcade-services gives ICache, the 6th. No interface of these repositories was in the corpus.
//   This one: the 1st pick (winforms; the first in path order that holds state with at least 3 members: 2 events, 4
//   properties, 2 protected methods, and 2 static and 2 private methods with bodies).
// Path: src/System.Windows.Forms/System/Windows/Forms/DataBinding/ICommandBindingTargetProvider.cs (implementations:
//   Controls/Buttons/ButtonBase.cs and Controls/ToolStrips/ToolStripItem.cs)
// Adapted: the namespace; the XML docs left out. Nothing else: ICommand is System.Windows.Input's (System.ObjectModel).
// Real store: the implementer holds Command, CommandParameter, Enabled and PreviousEnabledStatus; ButtonBase's and
//   ToolStripItem's Command setters call the interface's static CommandSetter, which (for a command other than the one
//   held) unhooks the old command's CanExecuteChanged, raises CommandChanged (through RaiseCommandChanged, i.e.
//   OnCommandChanged), hooks the new command's CanExecuteChanged, remembers Enabled in PreviousEnabledStatus (once) and
//   sets Enabled to Command.CanExecute(CommandParameter); setting Command back to null restores Enabled from
//   PreviousEnabledStatus. A CanExecuteChanged of the held command raises CommandCanExecuteChanged and sets Enabled to
//   CanExecute(CommandParameter). CommandParameter and Enabled are plain properties (Enabled also enables the control).
//   The interface is a component's command binding, not a store of records; the rule took it for its state.
// First try (e557a11): incomplete, nothing generated: IMF0001 on the two events, the four settable properties and the
//   two protected Raise methods; the static and private members with bodies are left alone, as default members are.
//   The probe stops at CommandChanged, the script's first line | WRONG: none (no member generated; plain properties and
//   never-raised events would have been wrong: the real Command setter raises CommandChanged and sets Enabled).
// After this round: unchanged, rightly: a control's command binding, not a store; the interface's own static
//   CommandSetter is what an implementer calls, which a fake of the interface cannot know to call.
#nullable enable

using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using System.Windows.Input;
using InMemoryFakes;

namespace Corpus.Winforms.ICommandBindingTargetProviderCase;

[InMemoryFake]
internal interface ICommandBindingTargetProvider
{
    event EventHandler? CommandChanged;

    event EventHandler? CommandCanExecuteChanged;

    ICommand? Command { get; set; }

    object? CommandParameter { get; set; }

    bool Enabled { get; set; }

    protected bool? PreviousEnabledStatus { get; set; }

    protected void RaiseCommandChanged(EventArgs e);

    protected void RaiseCommandCanExecuteChanged(EventArgs e);

    protected static void CommandSetter(
        ICommandBindingTargetProvider commandComponent,
        ICommand? newCommand,
        ref ICommand? commandBackingField)
        => commandComponent.CommandSetter(newCommand, ref commandBackingField);

    protected static void RequestCommandExecute(ICommandBindingTargetProvider commandComponent)
    {
        commandComponent.Command?.Execute(commandComponent.CommandParameter);
    }

    private void CommandSetter(
        ICommand? newCommand,
        ref ICommand? commandBackingField)
    {
        if (!Equals(commandBackingField, newCommand))
        {
            if (commandBackingField is not null)
            {
                commandBackingField.CanExecuteChanged -= CommandCanExecuteChangedProc;

                if (newCommand is null)
                {
                    if (PreviousEnabledStatus.HasValue)
                    {
                        Enabled = PreviousEnabledStatus.Value;
                        PreviousEnabledStatus = null;
                    }
                }
            }

            commandBackingField = newCommand;
            RaiseCommandChanged(EventArgs.Empty);

            if (commandBackingField is null)
            {
                return;
            }

            commandBackingField.CanExecuteChanged += CommandCanExecuteChangedProc;
            PreviousEnabledStatus ??= Enabled;
            Enabled = commandBackingField.CanExecute(CommandParameter);
        }
    }

    private void CommandCanExecuteChangedProc([AllowNull] object sender, EventArgs e)
    {
        RaiseCommandCanExecuteChanged(e);
        Enabled = Command?.CanExecute(CommandParameter) ?? false;
    }
}

internal sealed class SaveCommand : ICommand
{
    public bool Allowed { get; set; }

    public object? LastParameter { get; private set; }

    public event EventHandler? CanExecuteChanged;

    public bool CanExecute(object? parameter) => Allowed;

    public void Execute(object? parameter) => LastParameter = parameter;

    public void Allow()
    {
        Allowed = true;
        CanExecuteChanged?.Invoke(this, EventArgs.Empty);
    }
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object target) => RunCoreAsync((ICommandBindingTargetProvider)target);

    private static Task RunCoreAsync(ICommandBindingTargetProvider target)
    {
        var commandChanges = 0;
        var canExecuteChanges = 0;
        target.CommandChanged += (_, _) => commandChanges++;
        target.CommandCanExecuteChanged += (_, _) => canExecuteChanges++;
        target.Enabled = true;
        Check.True(target.Enabled, "Enabled is a plain property");
        target.CommandParameter = "draft";
        Check.Equal("draft", target.CommandParameter, "CommandParameter too");

        var save = new SaveCommand { Allowed = false };
        target.Command = save;
        Check.True(ReferenceEquals(save, target.Command), "Command holds the command set");
        Check.Equal(1, commandChanges, "setting a new Command raises CommandChanged");
        Check.False(target.Enabled, "and sets Enabled to the command's CanExecute(CommandParameter)");

        save.Allow();
        Check.Equal(1, canExecuteChanges, "the command's CanExecuteChanged raises CommandCanExecuteChanged");
        Check.True(target.Enabled, "and sets Enabled to CanExecute again");

        target.Command = save;
        Check.Equal(1, commandChanges, "setting the same Command again raises nothing");

        save.Allowed = false;
        target.Enabled = false;
        target.Command = null;
        Check.Equal(2, commandChanges, "clearing Command raises CommandChanged");
        Check.True(target.Enabled, "and restores Enabled to what it was before the first command");
        return Task.CompletedTask;
    }
}
