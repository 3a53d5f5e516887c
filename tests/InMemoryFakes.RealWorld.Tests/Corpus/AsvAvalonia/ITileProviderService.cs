// Source: https://github.com/asv-soft/asv-avalonia
// Commit: 2c6930c314f5
// Licence: MIT (an interface signature and cut-down types transcribed for a test)
// Sample: h-sample106 rule (the whole rule and the repositories it skipped: Corpus/Avalonia/IAvaloniaList.cs). This one:
//   the 2nd pick (the 7th repository listed). Before it in path order (src/Asv.Avalonia.Charts/…, src/Asv.Avalonia.
//   Example…/…, src/Asv.Avalonia.GeoMap/…): view models (ISignalPlot, ISignalPlotWidget, IPlotWidget,
//   IControlsGalleryPage, IMap, IMapAnchor: bindable UI state, no store), empty markers (IWellKnownCommands,
//   IExamplePageViewModel, IControlsGallerySubPage), the map interaction controller, session owner and session (no
//   store), ITileCache (2 of its own beside IDisposable and IAsyncDisposable), ITileLoader (5: a renderer over a
//   two-level tile cache, whose members draw and report, none reading or writing an entry), IMapService (8: a facade over
//   ITileLoader, IZoomService and this service, keeping nothing of its own).
// Path: src/Asv.Avalonia.GeoMap/Core/Services/ProviderService/ITileProviderService.cs (real store: TileProviderService.cs
//   beside it, over Asv.Cfg's IConfiguration, a JSON file)
// Adapted: ITileProvider cut to Info; TileProviderInfo (a record struct) to Id; R3's SynchronizedReactiveProperty<T> is a
//   stand-in of the same name with Value. Nullable enabled, as in the source (src/Directory.Build.props).
// Real store: TileProviderService(providers, configuration, logger): AvailableProviders is the list of every
//   ITileProvider registered (the map's HERE, Thunderforest, Bing, ArcGIS, OSM… providers), fixed when it is made.
//   CurrentProvider holds the provider whose id the configuration names (the first one when none has it); a change is
//   written back to the configuration. SetProviderApiKey(providerId, apiKey) finds the provider with that id: when it is
//   no IProtectedTileProvider (an unknown id, or a provider that needs no key) it does nothing; else it sets the
//   provider's ApiKey and keeps the key in the configuration's ApiKeys (null removes it). GetProviderApiKey(providerId)
//   answers that provider's ApiKey when it is protected, else null. At start the saved keys are given to their providers.
// Shapes: *=none
// First try (6587633c): incomplete: IMF0001 on all 4, as a key-value store: AvailableProviders and CurrentProvider
//   ("only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object … are supported"),
//   SetProviderApiKey and GetProviderApiKey ("'ProviderApiKey' after it is its noun Provider and then 'ApiKey', which no
//   convention reads") | WRONG: none (nothing generated).
// After this round: unchanged, rightly: the keys belong to the providers the app registers, so an id of no provider, or
//   of one that needs no key, keeps nothing (a key-value Set and Get would keep and answer it); which providers exist
//   and which is current are the app's registrations and configuration, no signature's. The probe stops at
//   SetProviderApiKey, its first line.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AsvAvalonia.ITileProviderServiceCase;

public readonly record struct TileProviderInfo
{
    public required string Id { get; init; }
}

public interface ITileProvider
{
    TileProviderInfo Info { get; }
}

public interface IProtectedTileProvider : ITileProvider
{
    string? ApiKey { get; set; }
}

public class SynchronizedReactiveProperty<T>
{
    public SynchronizedReactiveProperty(T value) => Value = value;

    public T Value { get; set; }
}

[InMemoryFake]
public interface ITileProviderService
{
    IReadOnlyList<ITileProvider> AvailableProviders { get; }
    SynchronizedReactiveProperty<ITileProvider> CurrentProvider { get; }
    void SetProviderApiKey(string providerId, string? apiKey);
    string? GetProviderApiKey(string providerId);
}

public static class Smoke
{
    // HereMap is one of the protected providers the app registers; OpenStreetMap needs no key.
    public static Task RunAsync(ITileProviderService service)
    {
        service.SetProviderApiKey("HereMap", "k1");
        Check.Equal("k1", service.GetProviderApiKey("HereMap"), "a protected provider's key is kept");
        service.SetProviderApiKey("HereMap", "k2");
        Check.Equal("k2", service.GetProviderApiKey("HereMap"), "and replaced");
        service.SetProviderApiKey("HereMap", null);
        Check.Null(service.GetProviderApiKey("HereMap"), "null removes it");
        service.SetProviderApiKey("NoSuchProvider", "k3");
        Check.Null(service.GetProviderApiKey("NoSuchProvider"), "an id no provider has keeps no key");
        Check.True(service.AvailableProviders.Count > 0, "the registered providers are available");
        Check.NotNull(service.CurrentProvider.Value, "one of them is current");
        return Task.CompletedTask;
    }
}
