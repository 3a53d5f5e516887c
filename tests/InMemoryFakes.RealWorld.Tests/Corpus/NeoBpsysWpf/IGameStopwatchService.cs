// Source: https://github.com/PLFJY/neo-bpsys-wpf
// Commit: c4e27c54cdf5
// Licence: GPL-3.0 (an interface signature transcribed for a test)
// Sample: h-sample81 rule (written out in Corpus/HeBianGuWpfControl/IRepositoryPresenter.cs), fixed before probing.
//   This one: the 5th pick (the 12th repository of find_repos("Wpf")); the rule stops here. Before it in path order:
//   IFocusKeeperService (a window-focus hook; its IsEnabled is kept in memory only, no records).
// Path: Built-inPlugins/neo-bpsys-wpf.GameStopwatch/IGameStopwatchService.cs (implementation:
//   Services/GameStopwatchService.cs)
// Adapted: the XML comments are dropped. Nullable enabled, as in the source (neo-bpsys-wpf.GameStopwatch.csproj).
// Real store: GameStopwatchService keeps its four display settings in a JSON file (the settings path it is given),
//   read once when it is made (missing or broken: the defaults "#FFFFFFFF", "Arial", 48, 320), and a Stopwatch with a
//   DispatcherTimer. Each setting's setter writes the whole file and raises PropertyChanged, both only when the value
//   changes; FontSize is clamped to 12..300 and WindowSize to 80..4096 first. DisplayText is the elapsed time as
//   "mm:ss" (minutes not capped at 59); IsRunning the stopwatch's. Start() starts it, Pause() stops it (the elapsed
//   time is kept), Reset() stops it at zero; each raises PropertyChanged for IsRunning (and DisplayText, but Start).
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on every member: DisplayText (a string the real store is configured
//   with), IsRunning (no bool property but IsEmpty/HasItems), TextColor, FontFamilyName, FontSize and WindowSize
//   (properties with a setter), Start, Pause and Reset (no known verb), PropertyChanged (an event, of
//   INotifyPropertyChanged) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a stopwatch, and display settings with defaults of the
//   service's own whose setters clamp (FontSize to 12..300, WindowSize to 80..4096), write a JSON file and raise
//   PropertyChanged only on a change.
#nullable enable

using System.Collections.Generic;
using System.ComponentModel;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NeoBpsysWpf.IGameStopwatchServiceCase;

[InMemoryFake]
public interface IGameStopwatchService : INotifyPropertyChanged
{
    string DisplayText { get; }

    bool IsRunning { get; }

    string TextColor { get; set; }

    string FontFamilyName { get; set; }

    double FontSize { get; set; }

    double WindowSize { get; set; }

    void Start();

    void Pause();

    void Reset();
}

public static class Smoke
{
    public static Task RunAsync(IGameStopwatchService stopwatch)
    {
        var changed = new List<string?>();
        stopwatch.PropertyChanged += (_, e) => changed.Add(e.PropertyName);

        Check.Equal("#FFFFFFFF", stopwatch.TextColor, "the text colour defaults to white");
        Check.Equal("Arial", stopwatch.FontFamilyName, "the font defaults to Arial");
        Check.Equal(48d, stopwatch.FontSize, "the font size defaults to 48");
        Check.Equal(320d, stopwatch.WindowSize, "the window size defaults to 320");

        stopwatch.FontSize = 500;
        Check.Equal(300d, stopwatch.FontSize, "a font size above 300 is clamped to 300");
        stopwatch.WindowSize = 10;
        Check.Equal(80d, stopwatch.WindowSize, "a window size below 80 is clamped to 80");
        stopwatch.TextColor = "#FFFF0000";
        Check.Equal("#FFFF0000", stopwatch.TextColor, "a colour set is kept");
        Check.True(changed.Contains("TextColor"), "setting a value raises PropertyChanged for it");
        changed.Clear();
        stopwatch.TextColor = "#FFFF0000";
        Check.Equal(0, changed.Count, "setting the same value raises nothing");

        Check.False(stopwatch.IsRunning, "a new stopwatch is not running");
        Check.Equal("00:00", stopwatch.DisplayText, "and shows 00:00");
        stopwatch.Start();
        Check.True(stopwatch.IsRunning, "Start runs it");
        stopwatch.Pause();
        Check.False(stopwatch.IsRunning, "Pause stops it");
        stopwatch.Reset();
        Check.Equal("00:00", stopwatch.DisplayText, "Reset sets it back to 00:00");
        return Task.CompletedTask;
    }
}
