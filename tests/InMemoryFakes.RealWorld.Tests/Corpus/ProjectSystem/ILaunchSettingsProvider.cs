// Source: https://github.com/dotnet/project-system
// Commit: 1379b2dce
// Licence: MIT (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd pick (project-system; the first in path order that holds state with at least 3 members, 11).
// Path: src/Microsoft.VisualStudio.ProjectSystem.Managed/ProjectSystem/Debug/ILaunchSettingsProvider.cs (models:
//   ILaunchSettings.cs, ILaunchProfile.cs beside it; real store: LaunchSettingsProvider.cs beside it)
// Adapted: the namespace; ILaunchProfile cut down to Name, CommandName and CommandLineArgs (of 9), ILaunchSettings
//   kept whole but for GetGlobalSetting; LaunchProfile and LaunchSettings are the script's plain implementations (the
//   real ones are immutable classes beside them). IReceivableSourceBlock<T> (TPL Dataflow) is an empty stand-in
//   interface: the corpus compiles without System.Threading.Tasks.Dataflow. The [Obsolete] on LaunchSettingsFile kept.
// Real store: LaunchSettingsProvider keeps an immutable snapshot of launchSettings.json (profiles in file order, global
//   settings by name) and rewrites the file on each change, one change at a time. UpdateAndSaveSettingsAsync(settings)
//   replaces the profiles and global settings (the active profile is kept: a project property decides it);
//   CurrentSnapshot answers the snapshot (ActiveProfile is CurrentSnapshot?.ActiveProfile); AddOrUpdateProfileAsync(
//   profile, addToFront) replaces the profile of the same Name (ordinal) in its place, or adds it at the end, or at the
//   front when addToFront (a replaced one too); RemoveProfileAsync(name) removes that profile (none: nothing);
//   AddOrUpdateGlobalSettingAsync(name, content) sets a global setting, RemoveGlobalSettingAsync(name) removes it
//   (none: nothing); WaitForFirstSnapshot(timeout) answers CurrentSnapshot once there is one (null after the timeout);
//   SetActiveProfileAsync(name) writes the ActiveDebugProfile project property, which the snapshot's ActiveProfile
//   follows when the project's rule update arrives (later, not at once); SourceBlock publishes each new snapshot;
//   LaunchSettingsFile is the file's path (Properties/launchSettings.json in the project folder).
// First try (e557a11): incomplete, nothing generated: IMF0001 on all 11 (the four properties return interfaces or a
//   configured file name; UpdateAndSaveSettings, AddOrUpdateProfile, RemoveProfile, AddOrUpdateGlobalSetting,
//   RemoveGlobalSetting, SetActiveProfile and WaitForFirstSnapshot are no known verbs). The probe stops at
//   UpdateAndSaveSettingsAsync, the script's first line | WRONG: none (no member generated).
// After this round: unchanged, rightly: it is one document (an ordered list of profiles keyed by Name within it, and a
//   dictionary of global settings) published as immutable snapshots, with an active profile a project property decides
//   later. AddOrUpdateProfile(profile, addToFront) keeps a replaced profile's place; no key-value or entity convention
//   reads a list inside one snapshot. Left to the lead (a store of one document with keyed parts).
#nullable enable

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ProjectSystem.ILaunchSettingsProviderCase;

public interface IReceivableSourceBlock<out TOutput>
{
}

public interface ILaunchProfile
{
    string? Name { get; }
    string? CommandName { get; }
    string? CommandLineArgs { get; }
}

public interface ILaunchSettings
{
    ILaunchProfile? ActiveProfile { get; }

    ImmutableList<ILaunchProfile> Profiles { get; }

    ImmutableDictionary<string, object> GlobalSettings { get; }
}

public sealed class LaunchProfile : ILaunchProfile
{
    public string? Name { get; set; }
    public string? CommandName { get; set; }
    public string? CommandLineArgs { get; set; }
}

public sealed class LaunchSettings : ILaunchSettings
{
    public ILaunchProfile? ActiveProfile { get; set; }
    public ImmutableList<ILaunchProfile> Profiles { get; set; } = ImmutableList<ILaunchProfile>.Empty;
    public ImmutableDictionary<string, object> GlobalSettings { get; set; } = ImmutableDictionary<string, object>.Empty;
}

[InMemoryFake]
public interface ILaunchSettingsProvider
{
    IReceivableSourceBlock<ILaunchSettings> SourceBlock { get; }

    ILaunchSettings? CurrentSnapshot { get; }

    [Obsolete("Use ILaunchSettingsProvider2.GetLaunchSettingsFilePathAsync instead.")]
    string LaunchSettingsFile { get; }

    ILaunchProfile? ActiveProfile { get; }

    Task UpdateAndSaveSettingsAsync(ILaunchSettings profiles);

    Task<ILaunchSettings?> WaitForFirstSnapshot(int timeout);

    Task AddOrUpdateProfileAsync(ILaunchProfile profile, bool addToFront);

    Task RemoveProfileAsync(string profileName);

    Task AddOrUpdateGlobalSettingAsync(string settingName, object settingContent);

    Task RemoveGlobalSettingAsync(string settingName);

    Task SetActiveProfileAsync(string profileName);
}

public static class Smoke
{
    private static string Names(ILaunchSettingsProvider provider)
        => string.Join(",", Check.NotNull(provider.CurrentSnapshot, "CurrentSnapshot is there").Profiles.Select(static p => p.Name));

    public static async Task RunAsync(ILaunchSettingsProvider provider)
    {
        await provider.UpdateAndSaveSettingsAsync(new LaunchSettings
        {
            Profiles = ImmutableList.Create<ILaunchProfile>(
                new LaunchProfile { Name = "App", CommandName = "Project" },
                new LaunchProfile { Name = "IIS Express", CommandName = "IISExpress" }),
        });
        Check.Equal("App,IIS Express", Names(provider), "UpdateAndSaveSettingsAsync replaces the profiles, in order");
        Check.NotNull(await provider.WaitForFirstSnapshot(100), "WaitForFirstSnapshot answers the snapshot there is");

        await provider.AddOrUpdateProfileAsync(new LaunchProfile { Name = "Docker", CommandName = "Docker" }, addToFront: false);
        Check.Equal("App,IIS Express,Docker", Names(provider), "AddOrUpdateProfileAsync adds a new profile at the end");
        await provider.AddOrUpdateProfileAsync(new LaunchProfile { Name = "IIS Express", CommandName = "IISExpress", CommandLineArgs = "--x" }, addToFront: false);
        Check.Equal("App,IIS Express,Docker", Names(provider), "and replaces a profile of the same name in its place");
        Check.Equal("--x", provider.CurrentSnapshot!.Profiles[1].CommandLineArgs, "with the new profile");
        await provider.AddOrUpdateProfileAsync(new LaunchProfile { Name = "WSL", CommandName = "WSL2" }, addToFront: true);
        Check.Equal("WSL,App,IIS Express,Docker", Names(provider), "addToFront puts it first");

        await provider.RemoveProfileAsync("App");
        Check.Equal("WSL,IIS Express,Docker", Names(provider), "RemoveProfileAsync removes the profile of that name");
        await provider.RemoveProfileAsync("App");
        Check.Equal("WSL,IIS Express,Docker", Names(provider), "RemoveProfileAsync of a name not there changes nothing");

        await provider.AddOrUpdateGlobalSettingAsync("iisSettings", "anonymous");
        Check.Equal("anonymous", provider.CurrentSnapshot!.GlobalSettings["iisSettings"], "AddOrUpdateGlobalSettingAsync sets a global setting");
        await provider.RemoveGlobalSettingAsync("iisSettings");
        Check.False(provider.CurrentSnapshot!.GlobalSettings.ContainsKey("iisSettings"), "RemoveGlobalSettingAsync removes it");
        Check.Equal("WSL,IIS Express,Docker", Names(provider), "global settings leave the profiles alone");
    }
}
