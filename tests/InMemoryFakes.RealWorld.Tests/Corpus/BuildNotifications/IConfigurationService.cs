// Source: https://github.com/grollmus/BuildNotifications
// Commit: 9ec782f5c6a8
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample100 rule (written in Corpus/AltinnNotifications/ISmsPublishTaskQueue.cs with the whole walk): the
//   3rd pick. In path order under BuildNotifications.Core/Config, IConfiguration comes first: its implementation
//   Configuration is the settings model itself (auto-properties with defaults, read and written by others), not a
//   store; IConfigurationBuilder and IConfigurationSerializer declare 2 members each; IConfigurationService (3) keeps
//   the loaded configuration in memory, and Merge upserts its connection and project lists.
// Path: BuildNotifications.Core/Config/IConfigurationService.cs (IConfiguration.cs, IConfigurationSerializer.cs,
//   IProjectConfiguration.cs, ConnectionData.cs beside it); real store: BuildNotifications.Core/Config/
//   ConfigurationService.cs
// Adapted: IConfiguration cut down to Language, BuildsToShow, UpdateInterval and the two lists; IProjectConfiguration to
//   ProjectName, IsEnabled and DefaultCompareBranch; ConnectionData to ConnectionType (an enum cut to two values), Name
//   and PluginConfiguration; Configuration and ProjectConfiguration (internal there) written for the smoke script; the
//   namespaces (one for all). Nullable enabled, as in the source (Directory.Build.props).
// Real store: ConfigurationService(serializer, builder) keeps the serializer and Current = builder.LoadConfiguration()
//   (the user's configuration file read through the serializer; the same instance from then on). Merge(newConfiguration)
//   copies every scalar setting of the argument onto Current, then for each of the argument's connections finds
//   Current's connection of the same ConnectionType and Name (adds a new ConnectionData when none) and copies the plugin
//   settings onto it, and for each of its projects finds Current's project of the same ProjectName (adds a new
//   ProjectConfiguration when none) and copies the project's settings onto it. Nothing is removed: a connection or
//   project of Current that the argument lacks stays. Merge writes no file (saving is the caller's, through Serializer).
// Shapes: Current=20; Serializer=20; Merge=12
// First try (cc7c7c0f): incomplete: IMF0001 on all 3: Current and Serializer ("it returns …IConfiguration / …
//   IConfigurationSerializer, an interface: the real store's own engine or service, which a fake does not have"), Merge
//   ("'Merge' is not a known verb") | WRONG: none (nothing generated). The reason given for Current was not the real
//   one: IConfiguration is the settings model, loaded from the user's file.
// After this round: unchanged, and the refusals are right: Current is an interface (a fake can make no instance of it)
//   whose value the real service loads from a file when it is made; Serializer is a service handed in; Merge copies
//   scalars and upserts two lists by name inside the one configuration, a field-by-field copy no signature describes.
//   Current's message now says "an interface named like a settings object" and how to get it generated (a class with a
//   public parameterless constructor) instead of calling it an engine (Sample100Tests).
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BuildNotifications.IConfigurationServiceCase;

public enum ConnectionPluginType
{
    Build,
    SourceControl
}

public class ConnectionData
{
    public ConnectionPluginType ConnectionType { get; set; }
    public string Name { get; set; } = "New connection";
    public string? PluginConfiguration { get; set; }
}

public interface IProjectConfiguration
{
    string DefaultCompareBranch { get; set; }
    bool IsEnabled { get; set; }
    string ProjectName { get; set; }
}

public interface IConfiguration
{
    int BuildsToShow { get; set; }
    IList<ConnectionData> Connections { get; }
    string Language { get; set; }
    IList<IProjectConfiguration> Projects { get; }
    int UpdateInterval { get; set; }
}

public interface IConfigurationSerializer
{
    IConfiguration Load(string fileName, out bool success);
    bool Save(IConfiguration configuration, string fileName);
}

[InMemoryFake]
public interface IConfigurationService
{
    IConfiguration Current { get; }
    IConfigurationSerializer Serializer { get; }
    void Merge(IConfiguration newConfiguration);
}

public class Configuration : IConfiguration
{
    public int BuildsToShow { get; set; } = 5;
    public IList<ConnectionData> Connections { get; set; } = new List<ConnectionData>();
    public string Language { get; set; } = "en-US";
    public IList<IProjectConfiguration> Projects { get; set; } = new List<IProjectConfiguration>();
    public int UpdateInterval { get; set; } = 30;
}

public class ProjectConfiguration : IProjectConfiguration
{
    public string DefaultCompareBranch { get; set; } = "";
    public bool IsEnabled { get; set; } = true;
    public string ProjectName { get; set; } = "";
}

public static class Smoke
{
    public static Task RunAsync(IConfigurationService service)
    {
        var current = Check.NotNull(service.Current, "Current is the loaded configuration");
        Check.NotNull(service.Serializer, "Serializer is the serializer it was made with");

        var first = new Configuration { BuildsToShow = 9, Language = "de-DE", UpdateInterval = 60 };
        first.Connections.Add(new ConnectionData { ConnectionType = ConnectionPluginType.Build, Name = "tfs", PluginConfiguration = "a" });
        first.Projects.Add(new ProjectConfiguration { ProjectName = "Alpha", DefaultCompareBranch = "main" });
        service.Merge(first);
        Check.True(ReferenceEquals(current, service.Current), "Merge changes the configuration Current holds, not which one");
        Check.Equal(9, service.Current.BuildsToShow, "Merge copies the scalar settings");
        Check.Equal("de-DE", service.Current.Language, "every one of them");
        Check.Equal(1, service.Current.Connections.Count, "and adds a connection it lacks");
        Check.Equal(1, service.Current.Projects.Count, "and a project it lacks");

        var second = new Configuration { BuildsToShow = 3 };
        second.Connections.Add(new ConnectionData { ConnectionType = ConnectionPluginType.Build, Name = "tfs", PluginConfiguration = "b" });
        second.Connections.Add(new ConnectionData { ConnectionType = ConnectionPluginType.SourceControl, Name = "tfs" });
        second.Projects.Add(new ProjectConfiguration { ProjectName = "Beta" });
        service.Merge(second);
        Check.Equal(2, service.Current.Connections.Count, "a connection of the same type and name is updated, another type is added");
        Check.Equal("b", service.Current.Connections[0].PluginConfiguration, "the plugin settings are copied onto the one there");
        Check.Equal(2, service.Current.Projects.Count, "a project the argument lacks stays");
        Check.Equal("main", service.Current.Projects[0].DefaultCompareBranch, "unchanged");
        return Task.CompletedTask;
    }
}
