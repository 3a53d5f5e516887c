// Source: https://github.com/microsoft/botbuilder-dotnet
// Commit: 1f9719b318d1
// Licence: MIT
// Path: libraries/Microsoft.Bot.Builder/ITranscriptStore.cs (ITranscriptLogger.cs, PagedResult.cs, TranscriptInfo.cs; IActivity and
//   ConversationAccount from Microsoft.Bot.Schema, cut down)
// Adapted: IActivity keeps Type, Id, ChannelId, Conversation and Timestamp; Activity is its one implementation.
// Real store: libraries/Microsoft.Bot.Builder/MemoryTranscriptStore.cs: activities kept per (ChannelId, Conversation.Id) in
//   the order logged; LogActivityAsync appends (a messageDelete activity tombstones the logged message with its Id, a
//   messageUpdate replaces it); GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, startDate)
//   returns the conversation's activities with Timestamp >= startDate ordered by Timestamp, 20 a page, the continuation
//   token being the last item's Id when the page is full; ListTranscriptsAsync(channelId) lists the channel's
//   conversations as TranscriptInfo (ChannelId, Id, Created = first activity's Timestamp) ordered by Created, 20 a page;
//   DeleteTranscriptAsync removes a conversation's transcript; null ids throw ArgumentNullException.
// Shapes: *=1,4,14; LogActivityAsync=1,12
// First try (a75b0ce): incomplete: IMF0001 LogActivityAsync, GetTranscriptActivitiesAsync, ListTranscriptsAsync,
//   DeleteTranscriptAsync
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more (the note ended all
//   4): read under that setting none of these members is generated, and a refusal names a setting only where
//   it would generate the member. No outcome changed.
#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BotBuilder.ITranscriptStoreCase;

public interface ITranscriptLogger
{
    Task LogActivityAsync(IActivity activity);
}

[InMemoryFake]
public interface ITranscriptStore : ITranscriptLogger
{
    Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string continuationToken = null, DateTimeOffset startDate = default(DateTimeOffset));

    Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string continuationToken = null);

    Task DeleteTranscriptAsync(string channelId, string conversationId);
}

public class PagedResult<T>
{
    public T[] Items { get; set; } = Array.Empty<T>();

    public string ContinuationToken { get; set; }
}

public class TranscriptInfo
{
    public string ChannelId { get; set; }

    public string Id { get; set; }

    public DateTimeOffset Created { get; set; }
}

public class ConversationAccount
{
    public string Id { get; set; }
}

public interface IActivity
{
    string Type { get; set; }
    string Id { get; set; }
    string ChannelId { get; set; }
    ConversationAccount Conversation { get; set; }
    DateTimeOffset? Timestamp { get; set; }
}

public class Activity : IActivity
{
    public string Type { get; set; }
    public string Id { get; set; }
    public string ChannelId { get; set; }
    public ConversationAccount Conversation { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(ITranscriptStore store)
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Activity Message(string id, string conversation, int minute)
            => new() { Type = "message", Id = id, ChannelId = "test", Conversation = new ConversationAccount { Id = conversation }, Timestamp = t0.AddMinutes(minute) };
        await store.LogActivityAsync(Message("a2", "c1", 2));
        await store.LogActivityAsync(Message("a1", "c1", 1));
        await store.LogActivityAsync(Message("b1", "c2", 3));
        var page = await store.GetTranscriptActivitiesAsync("test", "c1");
        Check.Equal("a1,a2", string.Join(",", page.Items.Select(a => a.Id)), "GetTranscriptActivitiesAsync returns the conversation's activities by Timestamp");
        Check.Null(page.ContinuationToken, "a page that is not full has no continuation token");
        var list = await store.ListTranscriptsAsync("test");
        Check.Equal("c1,c2", string.Join(",", list.Items.Select(t => t.Id)), "ListTranscriptsAsync lists the channel's conversations");
        await store.DeleteTranscriptAsync("test", "c1");
        Check.Equal(0, (await store.GetTranscriptActivitiesAsync("test", "c1")).Items.Length, "DeleteTranscriptAsync removed the transcript");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.GetTranscriptActivitiesAsync(null, "c1"), "a null channel id throws ArgumentNullException");
    }
}
