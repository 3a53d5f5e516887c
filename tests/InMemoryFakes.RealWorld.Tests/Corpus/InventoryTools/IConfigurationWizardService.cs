// Source: https://github.com/Critical-Impact/InventoryTools
// Commit: 2043c0188760
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample77 rule (the whole rule and the repositories it skipped: Corpus/HomeInventory/IScope.cs).
//   This one: the 3rd pick (the 34th of find_repos("Inventory")), a Dalamud plugin for Final Fantasy XIV. Before it in
//   path order: the compendium's ICompendiumGrouping (models), ICompendiumTable (a UI table), ICompendiumType
//   (presentation over the game's read-only sheets), ICompendiumViewSection, IMenuProvider (UI),
//   ICompendiumTypeFactory (a lookup over injected services, no data of its own); IHotkey, IChat2Ipc (IPC), ILocalizer,
//   IColumnSetting, IColumn, IFilterEvent, IFeature, ISampleFilter, IItemTypeFilter, IFilter, IGenericFilter,
//   IConfigPage, IRenderTableBase, IWotsitIpc, IItemInfoRenderer, ISetting, IGameOverlay, IAtkOverlayState (UI,
//   filters, renderers and settings drawn over the configuration), IConfigurable<T> (2 members), IClipboardService (2).
// Path: InventoryTools/Services/ConfigurationWizardService.cs (the interface and its implementation; models:
//   Logic/Features/IFeature.cs, Logic/Settings/Abstract/ISetting.cs, InventoryToolsConfiguration.cs)
// Adapted: ISetting cut down to Key, Name and Version (the settings' UI members dropped). Nullable enabled, as in the
//   source (the Dalamud.NET.Sdk project; the file uses `?` annotations elsewhere).
// Real store: ConfigurationWizardService over the features the container injects (every IFeature) and the plugin's
//   InventoryToolsConfiguration, saved to disk by Dalamud: its WizardVersionsSeen (a HashSet<string>) and
//   ShowWizardNewFeatures (default true). GetFeatures() answers a copy of the injected features; GetNewFeatures() those
//   with a related setting whose Version is not in WizardVersionsSeen; HasNewFeatures whether there is one;
//   MarkFeaturesSeen() adds every feature's settings' versions to WizardVersionsSeen; ShouldShowWizard is
//   HasNewFeatures and ShowWizardNewFeatures; ConfiguredOnce whether WizardVersionsSeen holds any version;
//   ClearFeaturesSeen() empties WizardVersionsSeen. With no feature injected and a new configuration, every list is
//   empty and every answer false.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 7 members, read as a keyless key-value store of List<IFeature>
//   (GetFeatures, GetNewFeatures, MarkFeaturesSeen, ClearFeaturesSeen: no noun of the store after a known verb or no
//   known verb; HasNewFeatures, ShouldShowWizard, ConfiguredOnce: properties no convention reads) | WRONG: none (nothing
//   generated).
// After this round: unchanged, and the refusals are right: the features are services the container injects and the
//   versions seen live in the plugin's configuration; no member stores what a caller gives, and "new" is a comparison of
//   each feature's settings' versions with that configuration.
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.InventoryTools.IConfigurationWizardServiceCase;

public interface ISetting
{
    public string Key { get; set; }
    public string Name { get; set; }
    public string Version { get; }
}

public interface IFeature
{
    List<ISetting> RelatedSettings { get; }
    string Name { get; }
    string Description { get; }

    void OnFinish();
}

[InMemoryFake]
public interface IConfigurationWizardService
{
    public List<IFeature> GetFeatures();
    public List<IFeature> GetNewFeatures();
    public bool HasNewFeatures { get; }
    public void MarkFeaturesSeen();
    public bool ShouldShowWizard { get; }
    public bool ConfiguredOnce { get; }

    public void ClearFeaturesSeen();
}

public static class Smoke
{
    public static Task RunAsync(IConfigurationWizardService wizard)
    {
        Check.Equal(0, wizard.GetFeatures().Count, "no feature is injected into the fake");
        Check.Equal(0, wizard.GetNewFeatures().Count, "so none is new");
        Check.False(wizard.HasNewFeatures, "and there are no new features");
        Check.False(wizard.ShouldShowWizard, "so the wizard is not shown");
        Check.False(wizard.ConfiguredOnce, "a new configuration has seen no version");
        wizard.MarkFeaturesSeen();
        Check.False(wizard.ConfiguredOnce, "marking no feature seen records no version");
        wizard.ClearFeaturesSeen();
        Check.False(wizard.ConfiguredOnce, "clearing leaves no version seen");
        return Task.CompletedTask;
    }
}
