// Source: https://github.com/Dorotel/MTM_WIP_Application_Avalonia
// Commit: b6149630903d
// Licence: MIT (LICENSE.txt; an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample106 rule (the whole rule and the repositories it skipped: Corpus/Avalonia/IAvaloniaList.cs). This one:
//   the 3rd pick (the 13th repository listed). Before it in path order: Core/Startup/ApplicationHealthService.cs's
//   IApplicationHealthService (4: health checks and metrics computed from the process, no store) and
//   StartupValidationService.cs's IStartupValidationService (3: validations, no store).
// Path: Services/ColumnConfigurationService.cs (the interface and its implementation ColumnConfigurationService in one
//   file; the model Controls/CustomDataGrid/ColumnConfiguration.cs)
// Adapted: ColumnConfiguration and ColumnSettings cut to their properties (INotifyPropertyChanged, FromColumns,
//   ApplyToColumns, Clone and IsValid dropped). Nullable enabled, as in the source (MTM_WIP_Application_Avalonia.csproj).
// Real store: ColumnConfigurationService: one JSON file per configuration under %LOCALAPPDATA%/MTM_WIP_Application/
//   ColumnConfigurations/Saved named {gridId}_{configurationId}.json, a session file per grid under Sessions/
//   session_{gridId}.json, and a Dictionary cache keyed "{gridId}:{configurationId}". Every member catches every
//   exception: a blank gridId or configurationId, a null configuration, answer false/null. SaveConfigurationAsync(gridId,
//   configuration) answers false for an invalid configuration (a blank ConfigurationId or DisplayName, no ColumnSettings,
//   a property name twice), else stamps LastModified = DateTime.Now, writes the file (replacing the one of the same ids)
//   and caches the instance given; true. LoadConfigurationAsync(gridId, configurationId) answers the cached instance
//   (the very object saved), else the file's configuration read back (cached from then on), null when there is none or
//   it is invalid. DeleteConfigurationAsync deletes the file and the cache entry and answers whether no file is left:
//   true also for one that was never there. GetAllConfigurationsAsync(gridId) reads every file named "{gridId}_*.json"
//   (so grid "a" also lists grid "a_b"'s) and sorts them by DisplayName, ignoring case. SaveSessionConfigurationAsync
//   (gridId, configuration) writes the grid's one session file: a new configuration with the same ConfigurationId,
//   DisplayName "Session Layout", Description "Auto-saved session configuration", copies of the column settings,
//   IsDefault false, CreatedBy the user; no validity check; true. RestoreSessionConfigurationAsync(gridId) reads it back,
//   null when there is none or it is invalid. ClearSessionConfigurationsAsync deletes every session file.
// Shapes: *=none
// First try (6587633c): incomplete: IMF0001 on all 7, as a key-value store keyed by gridId: LoadConfigurationAsync and
//   DeleteConfigurationAsync ("its parameter 'configurationId' (string) after the key 'gridId' is nothing a key-value
//   store knows"), GetAllConfigurationsAsync ("GetAll must take no parameters, or a collection of keys"),
//   SaveConfigurationAsync ("'GetAllConfigurationsAsync' reads a collection of ColumnConfiguration for one key, so the
//   store keeps several values under a key … whether 'SaveConfigurationAsync' adds one to them, replaces them or refuses
//   a second is not said"), SaveSessionConfigurationAsync and ClearSessionConfigurationsAsync ("'SessionConfiguration(s)'
//   … is no noun of this store"), RestoreSessionConfigurationAsync ("not a known verb") | WRONG: none (nothing generated).
// After this round: unchanged, rightly: a configuration is identified by (gridId, ConfigurationId), a value given beside
//   it and one of its properties, which no member writes as a pair; the save answers false for a configuration its own
//   validation rejects (no column, a property twice), the delete answers true for one never there, the listing matches
//   file names by prefix (grid "a" lists grid "a_b"'s), the load hands out the instance saved, and the session layouts
//   are a second store, one per grid, renamed on the way in. None of it is in a signature. The probe stops at
//   SaveConfigurationAsync, its first line.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MtmWipApplicationAvalonia.IColumnConfigurationServiceCase;

public class ColumnSettings
{
    public string PropertyName { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public bool IsVisible { get; set; } = true;
    public double Width { get; set; } = 100;
}

public class ColumnConfiguration
{
    public ColumnConfiguration()
    {
        ConfigurationId = Guid.NewGuid().ToString();
        DisplayName = "Default Configuration";
        Description = "Auto-generated default column configuration";
    }

    public ColumnConfiguration(string configurationId, string displayName)
    {
        ConfigurationId = configurationId;
        DisplayName = displayName;
        Description = $"Column configuration: {displayName}";
    }

    public string ConfigurationId { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public List<ColumnSettings> ColumnSettings { get; set; } = new();
    public DateTime CreatedAt { get; set; } = DateTime.Now;
    public DateTime LastModified { get; set; } = DateTime.Now;
    public string CreatedBy { get; set; } = Environment.UserName;
    public bool IsDefault { get; set; }
    public int Version { get; set; } = 1;
}

[InMemoryFake]
public interface IColumnConfigurationService
{
    Task<bool> SaveConfigurationAsync(string gridId, ColumnConfiguration configuration);

    Task<ColumnConfiguration?> LoadConfigurationAsync(string gridId, string configurationId);

    Task<bool> DeleteConfigurationAsync(string gridId, string configurationId);

    Task<List<ColumnConfiguration>> GetAllConfigurationsAsync(string gridId);

    Task<bool> SaveSessionConfigurationAsync(string gridId, ColumnConfiguration configuration);

    Task<ColumnConfiguration?> RestoreSessionConfigurationAsync(string gridId);

    Task ClearSessionConfigurationsAsync();
}

public static class Smoke
{
    private static ColumnConfiguration Layout(string id, string name)
        => new(id, name) { ColumnSettings = { new ColumnSettings { PropertyName = "PartId", DisplayName = "Part" } } };

    public static async Task RunAsync(IColumnConfigurationService service)
    {
        Check.True(await service.SaveConfigurationAsync("inventory", Layout("compact", "Compact")), "a valid configuration is saved");
        Check.Equal("Compact", (await service.LoadConfigurationAsync("inventory", "compact"))?.DisplayName, "and loaded by grid and id");
        Check.Null(await service.LoadConfigurationAsync("transactions", "compact"), "the same id of another grid is another configuration");
        Check.True(await service.SaveConfigurationAsync("inventory", Layout("compact", "Compact wide")), "saving the same ids again replaces it");
        Check.Equal("Compact wide", (await service.LoadConfigurationAsync("inventory", "compact"))?.DisplayName, "the load answers the new one");
        Check.True(await service.SaveConfigurationAsync("inventory", Layout("all", "All columns")), "a second layout of the grid");
        var all = await service.GetAllConfigurationsAsync("inventory");
        Check.Equal("All columns,Compact wide", string.Join(",", all.ConvertAll(static c => c.DisplayName)), "the grid's layouts, by name");
        Check.False(await service.SaveConfigurationAsync("inventory", new ColumnConfiguration("empty", "Empty")), "a configuration with no column is invalid: false");
        Check.Null(await service.LoadConfigurationAsync("inventory", "empty"), "and nothing is stored");
        Check.True(await service.DeleteConfigurationAsync("inventory", "compact"), "a delete answers true");
        Check.Null(await service.LoadConfigurationAsync("inventory", "compact"), "and the layout is gone");
        Check.True(await service.DeleteConfigurationAsync("inventory", "compact"), "a delete of a layout not there answers true too (no file is left)");

        Check.True(await service.SaveSessionConfigurationAsync("inventory", Layout("all", "All columns")), "the session layout is saved");
        var session = await service.RestoreSessionConfigurationAsync("inventory");
        Check.Equal("Session Layout", session?.DisplayName, "and restored under the session's own name");
        Check.Equal("all", session?.ConfigurationId, "with the configuration's id");
        await service.ClearSessionConfigurationsAsync();
        Check.Null(await service.RestoreSessionConfigurationAsync("inventory"), "clearing the sessions removes it");
        Check.Equal("all", (await service.LoadConfigurationAsync("inventory", "all"))?.ConfigurationId, "and leaves the saved layouts");
    }
}
