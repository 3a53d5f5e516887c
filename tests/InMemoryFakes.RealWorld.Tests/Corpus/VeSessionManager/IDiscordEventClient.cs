// Source: https://github.com/MikeWills/VeSessionManager
// Commit: b6e66e44753f
// Licence: MIT (an interface signature and its models transcribed for a test)
// Sample: h-sample111 rule (the whole rule and the repositories it skipped: Corpus/Lachain/IBlockProducer.cs). This
//   one: the 3rd pick (the 54th repository find_repos("Session") lists). Before it in path order:
//   src/VeSessionManager.Core/Discord/IDiscordChannelMessageClient (2 members; the same implementation).
// Path: src/VeSessionManager.Core/Discord/IDiscordEventClient.cs (real store: src/VeSessionManager.Core/Discord/
//   DiscordEventClient.cs, a guild's scheduled events through Discord.Net's DiscordRestClient; models:
//   DiscordEventModels.cs, DiscordEventNotFoundException.cs)
// Adapted: the XML comments shortened. Nullable enabled, as in the source (Directory.Build.props).
// Real store: DiscordEventClient, logged in once as the deployment's bot. IsConfigured is whether the bot token is
//   set (configuration, not the events). CreateEventAsync(guildId, request) creates an External scheduled event in
//   the guild (name, description, start, end, location) and answers a DiscordEvent carrying only the id Discord made
//   up (a snowflake; Name and StartTimeUtc left null); two creates with the same request make two events.
//   UpdateEventAsync(guildId, eventId, request) replaces the event's name, description, times and location; an id the
//   guild does not hold throws DiscordEventNotFoundException (the caller catches it to forget the id).
//   ListEventsAsync(guildId) answers the guild's Scheduled and Active events (completed and cancelled ones left out)
//   with Id, Name and StartTimeUtc. DeleteEventAsync(guildId, eventId) deletes the event; an id the guild does not
//   hold is success, nothing thrown. A guild the bot is not in throws InvalidOperationException on every call.
// Shapes: *=none
// First try (fa08f2db): incomplete: IMF0001 on all 5, read as a key-value store of string values under a ulong key (the
//   guild id first in every member, UpdateEventAsync's eventId where a write's value goes): CreateEventAsync,
//   UpdateEventAsync, DeleteEventAsync and ListEventsAsync ("'Event' after it is no noun of this store (its values' type
//   string, …)", each adding "read as a key-value store, not as a repository of DiscordEvent … Kind =
//   StoreKind.EntityRepository reads it as one"), IsConfigured ("only Count, IsEmpty/HasItems, Keys, Values and a
//   settings object are supported") | WRONG: none (nothing generated).
// After this round: the four verbs' refusals name their cause: 'Event' names DiscordEvent, which the interface returns,
//   while the store's values were read as string, so DiscordEvent entries are data the fake's one table does not hold
//   (Sample111Tests). Outcome unchanged, rightly: the events are a guild's, each under an id Discord makes up (the create
//   answers it), written from a request type, and an update of a missing id throws the app's DiscordEventNotFoundException
//   where a delete of one succeeds; none of it is in a signature. With the hint's Kind = StoreKind.EntityRepository the
//   four are refused too ('guildId' names no property of DiscordEvent; the create and update take a request). The probe
//   stops at ListEventsAsync, its first line.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VeSessionManager.IDiscordEventClientCase;

public record DiscordEventRequest(string Name, string Description, DateTime StartTimeUtc, DateTime EndTimeUtc, string Location);

public class DiscordEvent
{
    public required string Id { get; set; }

    public string? Name { get; set; }

    public DateTime? StartTimeUtc { get; set; }
}

public class DiscordEventNotFoundException(ulong guildId, string eventId)
    : Exception($"Discord scheduled event {eventId} no longer exists in guild {guildId} (deleted outside the app?).")
{
    public ulong GuildId { get; } = guildId;

    public string EventId { get; } = eventId;
}

[InMemoryFake]
public interface IDiscordEventClient
{
    bool IsConfigured { get; }

    Task<DiscordEvent> CreateEventAsync(ulong guildId, DiscordEventRequest request, CancellationToken cancellationToken);

    Task UpdateEventAsync(ulong guildId, string eventId, DiscordEventRequest request, CancellationToken cancellationToken);

    Task DeleteEventAsync(ulong guildId, string eventId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DiscordEvent>> ListEventsAsync(ulong guildId, CancellationToken cancellationToken);
}

public static class Smoke
{
    // A configured bot in guild 42, which holds no scheduled event yet.
    public static async Task RunAsync(IDiscordEventClient discord)
    {
        var none = CancellationToken.None;
        var start = new DateTime(2026, 12, 12, 18, 0, 0, DateTimeKind.Utc);
        Check.Equal(0, (await discord.ListEventsAsync(42, none)).Count, "the guild holds no event at first");

        var created = await discord.CreateEventAsync(42, new DiscordEventRequest("VE session", "Exams", start, start.AddHours(2), "https://zoom.example/1"), none);
        Check.True(created.Id.Length > 0, "a create answers the id Discord made up");
        Check.Null(created.Name, "and only the id");
        var listed = await discord.ListEventsAsync(42, none);
        Check.Equal(1, listed.Count, "the created event is listed");
        Check.Equal("VE session", listed[0].Name, "with its name");
        Check.Equal<DateTime?>(start, listed[0].StartTimeUtc, "and its start");
        Check.Equal(0, (await discord.ListEventsAsync(7, none)).Count, "another guild's events are its own");

        await discord.UpdateEventAsync(42, created.Id, new DiscordEventRequest("VE session (moved)", "Exams", start.AddDays(1), start.AddDays(1).AddHours(2), "https://zoom.example/1"), none);
        listed = await discord.ListEventsAsync(42, none);
        Check.Equal("VE session (moved)", listed.Single().Name, "an update replaces the name");
        Check.Equal<DateTime?>(start.AddDays(1), listed.Single().StartTimeUtc, "and the start");
        await Check.ThrowsAsync<DiscordEventNotFoundException>(
            () => discord.UpdateEventAsync(42, "999", new DiscordEventRequest("x", "x", start, start, "x"), none),
            "an update of an event the guild does not hold throws DiscordEventNotFoundException");

        var second = await discord.CreateEventAsync(42, new DiscordEventRequest("VE session", "Exams", start, start.AddHours(2), "https://zoom.example/1"), none);
        Check.True(second.Id != created.Id, "a second create of the same request makes a second event");

        await discord.DeleteEventAsync(42, created.Id, none);
        Check.Equal(second.Id, (await discord.ListEventsAsync(42, none)).Single().Id, "a delete removes that event only");
        await discord.DeleteEventAsync(42, created.Id, none);
        Check.Equal(1, (await discord.ListEventsAsync(42, none)).Count, "deleting an event already gone is success, nothing thrown");
    }
}
