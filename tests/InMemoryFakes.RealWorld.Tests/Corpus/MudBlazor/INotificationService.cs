// Source: https://github.com/MudBlazor/MudBlazor
// Commit: 640b9beef255
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample69 rule (the whole rule and the repositories it skipped: Corpus/BootstrapBlazor/IDynamicObjectContext.cs).
//   This one: the 3rd pick (the 6th of find_repos("Blazor")). Before it in path order: the docs host's
//   ICrawlerIdentifier, IApiLinkService (2 members), IDocsJsApiService, IMenuService (a menu built in code, nothing
//   written) and IDocsNavigationService keep no entries; so INotificationService (6 members).
// Path: src/MudBlazor.Docs/Services/Notifications/INotificationService.cs (real store: InMemoryNotificationService.cs in
//   the same folder; models: NotificationMessage.cs, NotificationAuthor.cs)
// Adapted: the namespaces (one for all); the records whole. Nullable disabled, as in the source (MudBlazor.Docs enables
//   it file by file; this file does not).
// Real store: InMemoryNotificationService over a List<NotificationMessage> and, for the last read time, the browser's
//   local storage (Blazored.LocalStorage, key "__notficationTimestamp"; none stored is DateTime.MinValue).
//   AddNotification(message) appends the message (an Id already listed too). GetMessageById(id) answers the first
//   message with that Id, null when none. AreNewNotificationsAvailable() answers whether a message was published after
//   the last read time. GetNotifications() answers every message mapped to "read" (the last read time is after its
//   PublishDate). MarkNotificationsAsRead() stores today's date (DateTime.UtcNow.Date) as the last read time;
//   MarkNotificationsAsRead(id) stores the message's PublishDate when it is after the stored time (an unknown id is
//   nothing).
// Shapes: *=none; GetMessageById=core; AddNotification=core
// First try (137a868c): incomplete: IMF0001 AreNewNotificationsAvailable, both MarkNotificationsAsRead (no known verb)
//   and GetNotifications (Notifications names no entity); AddNotification (an entity add keyed by Id) and GetMessageById
//   (a find by Id, null when missing) generated | WRONG: AddNotification of an Id already stored throws the fake's
//   duplicate-key error, where the real list keeps both and GetMessageById answers the first (the docs add each
//   announcement once, by its component's type name).
// After this round: unchanged. The refusals are right: the read state is a timestamp in the browser's storage, compared
//   with PublishDate, and GetNotifications maps each message to it. The duplicate add stays as it is: an add of an entity
//   with an Id is the duplicate-key error in the stores that key by it (EF Core, MongoDB, a dictionary), and nothing in
//   the signature says this one is a list; the smoke script's last lines check the real list's answer and would fail, so
//   the file goes to KnownSmokeMismatches if the fake is ever complete.
// After h-oblivious (session 29): still incomplete (other members); GetMessageById answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MudBlazor.INotificationServiceCase;

public record NotificationAuthor(string DisplayName, string AvatarUrl);

public record NotificationMessage(string Id, string Title, string Except, string Category, DateTime PublishDate, string ImgUrl, IEnumerable<NotificationAuthor> Authors, Type ContentComponent);

[InMemoryFake]
public interface INotificationService
{
    Task<bool> AreNewNotificationsAvailable();
    Task MarkNotificationsAsRead();
    Task MarkNotificationsAsRead(string id);

    Task<NotificationMessage> GetMessageById(string id);
    Task<IDictionary<NotificationMessage, bool>> GetNotifications();
    Task AddNotification(NotificationMessage message);
}

public static class Smoke
{
    public static async Task RunAsync(INotificationService notifications)
    {
        var authors = new[] { new NotificationAuthor("The MudBlazor Team", "https://mudblazor.com/logo.png") };
        var v7 = new NotificationMessage("Announcement_v7_GA", "v7 Is Here!", "Learn about the new major version", "Announcement", new DateTime(2024, 06, 29), "https://example.org/v7.png", authors, typeof(object));

        Check.False(await notifications.AreNewNotificationsAvailable(), "no message, nothing new");
        Check.Null(await notifications.GetMessageById("Announcement_v7_GA"), "GetMessageById of an id not listed is null");

        await notifications.AddNotification(v7);
        Check.Equal("v7 Is Here!", (await notifications.GetMessageById("Announcement_v7_GA"))?.Title, "GetMessageById finds the message by Id");
        Check.True(await notifications.AreNewNotificationsAvailable(), "a message published after the last read time (none yet) is new");
        var all = await notifications.GetNotifications();
        Check.Equal(1, all.Count, "GetNotifications answers every message");
        Check.False(all.Values.Single(), "not read yet");

        await notifications.MarkNotificationsAsRead();
        Check.False(await notifications.AreNewNotificationsAvailable(), "after MarkNotificationsAsRead nothing published before today is new");
        Check.True((await notifications.GetNotifications()).Values.Single(), "and the message reads as read");

        await notifications.MarkNotificationsAsRead("unknown");
        Check.False(await notifications.AreNewNotificationsAvailable(), "MarkNotificationsAsRead of an unknown id is nothing");

        var v7Again = v7 with { Title = "v7 again" };
        await notifications.AddNotification(v7Again);
        Check.Equal(2, (await notifications.GetNotifications()).Count, "AddNotification appends a message whose Id is listed already");
        Check.Equal("v7 Is Here!", (await notifications.GetMessageById("Announcement_v7_GA"))?.Title, "and GetMessageById answers the first");
    }
}
