// Source: https://github.com/devbridge/BetterCMS
// Commit: 2be419e047f4
// Licence: LGPL-3.0 (COPYING.LESSER; an interface signature and minimal stand-ins of NuGet.Core types transcribed for a
//   test)
// Sample: h-sample82 rule, fixed before probing (the walk and every skip: Corpus/CodeMazeGuides/ICmCourseService.cs).
//   This one: the 5th pick (the 45th repository of find_repos("Cms")); the rule stops here. Its implementation,
//   DefaultModuleManager, installs and removes NuGet packages in a local package repository on disk. Before it in path
//   order: BetterCms.Configuration's nine settings sections (ICmsCacheConfiguration, ICmsConfiguration…: web.config
//   values, no records), IHaveCustomXmlSettings (2 members), the 28 DataContracts interfaces (entity shapes), ICmsHost
//   (0) and IMultilingualOption (1).
// Path: BetterCms.Core/Modules/Install/IModuleManager.cs (implementation: DefaultModuleManager.cs beside it)
// Adapted: NuGet.Core's IPackage is cut to a stand-in interface with its Id and Version, and SemanticVersion to its
//   Version. XML comments dropped. Nullable disabled, as in the source (a .NET Framework project).
// Real store: DefaultModuleManager over NuGet.Core: a PackageManager whose source is the module gallery's feed
//   (ICmsConfiguration.ModuleGallery.FeedUrl; the constructor ignores its packageRepository argument) and whose local
//   repository is under WorkingDirectoryRootPath. GetInstalledModules lists the local packages by Id,
//   GetAvailableModules the feed's. InstallModule(moduleId) throws ArgumentNullException for a blank id, installs the
//   feed's newest version when none is installed, throws ModuleAlreadyInstalledException when a version is, and
//   ModuleNotFoundException when the feed has none. RemoveModule(moduleId) throws ArgumentNullException for a blank id,
//   removes the newest installed version, and throws ModuleNotFoundException when none is installed. CheckForUpdates
//   throws NotImplementedException.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 every member: GetInstalledModules, GetAvailableModules ('InstalledModules',
//   'AvailableModules' are no noun of the store), InstallModule, CheckForUpdates (not known verbs), RemoveModule (a
//   removal where no member puts a value in or hands one out) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: an install copies a package from a remote feed (which the
//   interface does not fill) into the local repository, by id and newest version; the two lists read different
//   repositories; CheckForUpdates is not implemented.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BetterCms.IModuleManagerCase;

public class SemanticVersion
{
    public SemanticVersion(Version version)
    {
        Version = version;
    }

    public Version Version { get; }
}

public interface IPackage
{
    string Id { get; }

    SemanticVersion Version { get; }
}

[InMemoryFake]
public interface IModuleManager
{
    IList<IPackage> GetInstalledModules();

    IList<IPackage> GetAvailableModules();

    void InstallModule(string moduleId);

    void RemoveModule(string moduleId);

    IList<IPackage> CheckForUpdates();
}

public static class Smoke
{
    public static Task RunAsync(IModuleManager manager)
    {
        Check.Equal(0, manager.GetInstalledModules().Count, "a fresh working directory has no module installed");
        Check.Throws<ArgumentNullException>(() => manager.InstallModule(" "), "InstallModule of a blank id throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => manager.RemoveModule(""), "RemoveModule of a blank id throws ArgumentNullException");
        Check.Throws<Exception>(() => manager.RemoveModule("BetterCms.Module.Blog"), "RemoveModule of a module not installed throws ModuleNotFoundException");
        Check.Throws<NotImplementedException>(() => manager.CheckForUpdates(), "CheckForUpdates is not implemented");
        return Task.CompletedTask;
    }
}
