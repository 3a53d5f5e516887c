// Source: https://github.com/microsoft/dotnet-podcasts
// Commit: 5ee8be2990b8
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing (rule 1: in each of 7 Microsoft repositories, Azure-Samples/todo-csharp-cosmos-sql,
//   Azure-Samples/todo-csharp-sql, microsoft/SmartHotel360-Backend, microsoft/TailwindTraders-Backend, microsoft/PartsUnlimited,
//   microsoft/InventorySample, microsoft/teams-ai, the first 2 interfaces in path order, outside paths containing "test",
//   named *Repository/*Store/*Storage/*Cache with at least 3 members: none found; rule 2, fixed before any probe: the same
//   7 plus microsoft/dotnet-podcasts, microsoft/SmartHotel360-Mobile, microsoft/TailwindTraders-Mobile,
//   microsoft/SmartHotel360-Website, names ending in Repository, Store, Storage, Cache or Service, at least 3 members of
//   which at least 2 methods start with a data verb Get/Find/List/Add/Create/Insert/Save/Update/Upsert/Set/Delete/Remove:
//   5 interfaces). This one: the 1st of microsoft/dotnet-podcasts.
// Path: src/Lib/SharedMauiLib/INativeAudioService.cs
// Adapted: none.
// Real store: none: src/Lib/SharedMauiLib/Platforms/*/NativeAudioService.cs drive the platform's media player
//   (InitializeAsync loads a stream URI, PlayAsync/PauseAsync start and stop it, SetMuted/SetVolume/SetCurrentTime set
//   the player's state, IsPlaying/CurrentPosition read it, IsPlayingChanged fires on play/pause). Not a store: the sampling
//   rule picked it on its name and its Set* verbs; the right answer is a refusal, not a fake.
// Shapes: *=core
// First try (6713fa8): incomplete: IMF0001 on all 9 members (read as a key-value store,
//   no verb known) | WRONG: none (nothing generated, the right answer for a media player)
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetPodcasts.INativeAudioServiceCase;

[InMemoryFake]
public interface INativeAudioService
{
    Task InitializeAsync(string audioURI);
    Task PlayAsync(double position = 0);
    Task PauseAsync();
    Task SetMuted(bool value);
    Task SetVolume(int value);
    Task SetCurrentTime(double value);
    ValueTask DisposeAsync();
    bool IsPlaying { get; }
    double CurrentPosition { get; }
    event EventHandler<bool> IsPlayingChanged;
}

public static class Smoke
{
    public static async Task RunAsync(INativeAudioService player)
    {
        await player.InitializeAsync("https://example.org/episode.mp3");
        await player.PlayAsync();
        Check.True(player.IsPlaying, "PlayAsync starts playing");
    }
}
