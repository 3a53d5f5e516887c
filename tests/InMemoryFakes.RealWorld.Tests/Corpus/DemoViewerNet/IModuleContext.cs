// Source: https://github.com/sid2934/DemoViewer.NET
// Commit: a8f24df750e5 (the snapshot's HEAD, 2026-08-18, "bump to 0.7.1 (#8)"; IModuleContext.cs and its model types in
//   src/App/DemoViewer.NET.Modules.Abstractions, ModuleContext.cs, PlaybackController.cs and MainViewModel.cs read at the
//   same commit)
// Licence: MIT (LICENSE at the root; an interface signature and minimal models transcribed for a test)
// Sample: h-sample135 rule (/work/prompts/out/h-sample135-rule.md; the full rule is in
//   Corpus/MovieTheater/IPosterImageRepository.cs). This one: the "Movie" list's 28th repository; the snapshot's third
//   interface (the first, ISyncClient, forwards commands to the game and keeps nothing; the second, ILiveSyncHudState,
//   is a view model of scalar fields).
// Path: src/App/DemoViewer.NET.Modules.Abstractions/IModuleContext.cs (model types: IReadOnlyEntityView.cs,
//   IReadOnlyEntity.cs, PlayerState.cs (IPlayerState), PlayerRosterEntry.cs, GameEventView.cs, ILiveSyncHudState.cs,
//   IPlaybackSnapshot.cs in the same folder; real store: src/App/DemoViewer.NET/Modules/ModuleContext.cs over
//   ViewModels/Playback/PlaybackController.cs; made in ViewModels/Shell/MainViewModel.cs, BuildWorkspaceTabs)
// Adapted: the namespace (the source's DemoViewer.NET.Modules.Abstractions). The model interfaces and classes are as in
//   the source, without their XML comments and ILiveSyncHudState's doc-only members; IPlayerState's
//   SuppressMessage attribute is left out. Nullable enabled, as in the source (net10.0, LangVersion latest).
// Real store: ModuleContext, the read-only view a workspace module (a tab of the demo viewer) is handed, over the shell's
//   PlaybackController and SemanticNavigator. HasDemo, TickRate, CurrentFrameIndex, CurrentTick, IsPlaying and Speed
//   read the controller (no demo: false, 64, -1, 0, false, 1.0); DemoPath reads the shell's loaded path (null before a
//   load). The shell fills the rest at load through methods outside the interface: SetRoster (the List behind Players),
//   SetMapName, SetLiveSyncHud, SetGameClock (the offset CurtimeSeconds subtracts: tick / TickRate - offset, 0 before a
//   load) and SetGameEvents (the demo's events, and an emptied per-name cache). GetEventTimeline(name) answers the
//   demo's events of that name, built on first request and cached by name; an unknown name is an empty list (cached
//   too). Entities is a pooled view re-aimed at the controller's current entities (empty without a demo);
//   CurrentPlayers is rebuilt from the roster and the live pawns on each read (empty without a tracker). The Request*
//   members ask the controller or the navigator to seek, play or pause: without a demo each is a no-op
//   (SeekToFrame ignores an index out of range, Play returns when !HasDemo). AvailableEventNames are the navigator's
//   event names (none without a demo). Advanced fires per rendered frame while a module listens; DemoReset when a new
//   demo is loaded (RaiseDemoReset); NotifySpectateTarget raises the context's SpectateTargetChanged.
// Shapes: *=core
// First try (68ce44f4): incomplete, nothing generated: IMF0009 "Entity type 'PlayerRosterEntry' used by IModuleContext has
//   no key; mark the key property with [Key] or [FakeKey], name it Id or PlayerRosterEntryId, or name it with Key = "…" on
//   [InMemoryFake] …; if no property identifies a stored PlayerRosterEntry …, no key fits: write IModuleContext by hand"
//   (the interface read as an entity repository of PlayerRosterEntry, whose one mention is the property Players): a
//   wrong cause, since a key generates nothing here: with Key = "Slot" (tried) each of the 16 abstract members is IMF0001
//   (Players: a property listing PlayerRosterEntries "names neither" PlayerRosterEntries nor AllPlayerRosterEntries;
//   HasDemo, DemoPath, TickRate, CurrentFrameIndex, CurrentTick, IsPlaying, Speed, Entities, CurrentPlayers: "a setting or
//   state of the real store's own"; CurtimeSeconds, RequestSeekToFrame, RequestSeekToTick, RequestPlay, RequestPause: "not a
//   known verb"; Advanced: "events are not supported"). The 8 default members are left alone, their bodies run (MapName
//   and LiveSyncHud null, AvailableEventNames and GetEventTimeline empty, DemoReset's accessors, NotifySpectateTarget,
//   RequestNextEvent and RequestPrevEvent do nothing) | WRONG: none (nothing generated; the default bodies are the
//   interface's own, documented "for hosts / test doubles that don't expose a demo", where the real ModuleContext
//   overrides them with the loaded demo's map, events and navigation)
// After this round: unchanged outcome (IMF0009, nothing generated), its cause corrected (h-sample135): the message now adds
//   that a key would not help, Players being the only member that mentions PlayerRosterEntry, a property listing them
//   under a name of its own, with no member that adds, reads by key or removes one. The members are the shell's
//   playback view (a clock, requests to it, an event): written by hand, or a fake of the test's own.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DemoViewerNet.IModuleContextCase;

public interface IReadOnlyEntity
{
    string ClassName { get; }

    int Serial { get; }

    bool IsInPvs { get; }

    object? this[string fieldPath] { get; }

    bool TryGet<T>(string fieldPath, out T value);
}

public interface IReadOnlyEntityView
{
    IEnumerable<IReadOnlyEntity> All();

    IEnumerable<IReadOnlyEntity> OfClass(string className);

    IReadOnlyEntity? BySerial(int serial);

    IReadOnlyEntity? ByIndex(int entityIndex);

    IReadOnlyEntity? ResolveHandle(ulong handle);
}

public interface IPlayerState
{
    int Slot { get; }

    int Team { get; }

    bool HasLivePawn { get; }

    IReadOnlyEntity? Pawn { get; }

    IReadOnlyEntity? Controller { get; }

    (float X, float Y, float Z)? WorldPosition { get; }
}

public sealed class PlayerRosterEntry
{
    public int Slot { get; init; }

    public ulong SteamId { get; init; }

    public string Name { get; init; } = "";
}

public sealed class GameEventView
{
    public string Name { get; init; } = "";

    public int Tick { get; init; }

    public IReadOnlyDictionary<string, object?> Fields { get; init; } =
        new Dictionary<string, object?>();
}

public enum LiveSyncHudDot
{
    None,
    Working,
    Good,
    Degraded,
    Error
}

public interface ILiveSyncHudState
{
    bool IsActive { get; }

    LiveSyncHudDot Dot { get; }

    bool IsPulsing { get; }

    bool IsHollow { get; }

    string Label { get; }

    event EventHandler? Changed;
}

public interface IPlaybackSnapshot
{
    int FrameIndex { get; }

    int Tick { get; }

    IReadOnlyEntityView Entities { get; }

    IReadOnlyList<IPlayerState> Players { get; }
}

[InMemoryFake]
public interface IModuleContext
{
    // ── Identity / lifecycle ──
    bool HasDemo { get; }

    string? DemoPath { get; }

    string? MapName => null;

    int TickRate { get; }

    ILiveSyncHudState? LiveSyncHud => null;

    // ── Clock (read-only view of PlaybackController) ──
    int CurrentFrameIndex { get; }

    int CurrentTick { get; }

    bool IsPlaying { get; }

    double Speed { get; }

    // ── Pull access (for on-activation resync and lazy detail) ──
    IReadOnlyEntityView Entities { get; }

    IReadOnlyList<PlayerRosterEntry> Players { get; }

    IReadOnlyList<IPlayerState> CurrentPlayers { get; }

    // ── Semantic (game-event) forward-nav (Phase E) ──
    IReadOnlyCollection<string> AvailableEventNames => Array.Empty<string>();

    double CurtimeSeconds(int tick);

    // ── Operations a module may REQUEST (it asks the clock; it never moves itself). ──
    void RequestSeekToFrame(int frameIndex);

    void RequestSeekToTick(int tick);

    void RequestPlay();

    void RequestPause();

    // ── Per-frame push (the hot path) ──
    event Action<IPlaybackSnapshot> Advanced;

    event Action DemoReset
    {
        add { }
        remove { }
    }

    void NotifySpectateTarget(int slot)
    {
    }

    void RequestNextEvent(IReadOnlyCollection<string>? eventNames)
    {
    }

    void RequestPrevEvent(IReadOnlyCollection<string>? eventNames)
    {
    }

    IReadOnlyList<GameEventView> GetEventTimeline(string eventName) => Array.Empty<GameEventView>();
}

public static class Smoke
{
    public static Task RunAsync(IModuleContext context)
    {
        // The real context as a module first sees it: made by the shell over its playback controller before any demo is
        // loaded (nothing in the interface loads one: the shell's LoadDemo and Set* methods are outside it).
        Check.False(context.HasDemo, "no demo is loaded (PlaybackController.HasDemo: no frames)");
        Check.Null(context.DemoPath, "no demo path before a load");
        Check.Null(context.MapName, "no map name before a load");
        Check.Equal(64, context.TickRate, "the controller's tick rate defaults to 64 until a demo sets it");
        Check.Equal(-1, context.CurrentFrameIndex, "no frame is selected (-1)");
        Check.Equal(0, context.CurrentTick, "tick 0");
        Check.False(context.IsPlaying, "not playing");
        Check.Equal(1.0, context.Speed, "speed 1x");
        Check.Equal(0, context.Players.Count, "an empty roster");
        Check.Equal(0, context.CurrentPlayers.Count, "no player state without a tracker");
        Check.Equal(0, new List<IReadOnlyEntity>(context.Entities.All()).Count, "the entity view over no entities");
        Check.Equal(2.0, context.CurtimeSeconds(128), "tick / TickRate - offset, the offset 0 before a load");
        context.RequestSeekToFrame(5);
        Check.Equal(-1, context.CurrentFrameIndex, "a seek without a demo is ignored (index out of range)");
        context.RequestPlay();
        Check.False(context.IsPlaying, "play without a demo is ignored");
        context.RequestPause();
        Check.Equal(0, context.GetEventTimeline("player_death").Count, "no events before a load");
        Check.Equal(0, context.AvailableEventNames.Count, "no event names before a load");
        return Task.CompletedTask;
    }
}
