// Source: https://github.com/Azure/azure-functions-microsoftgraph-extension
// Commit: 0edb2e497e3f
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample59 rule, fixed before probing (the whole walk is in Corpus/AzureIotRemoteMonitoring/
//   IVirtualDeviceStorage.cs): h-sample57's rule continued from the repository after the last it considered: the Azure/
//   repositories in find_repos("Azure/azure-") order past Azure-AppServices-Diagnostics (then, past that list's 100,
//   the same order from find_repos("Azure/azure-a") ... ("Azure/azure-x") merged), mostly C# at the newest stored
//   snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 8.
//   This one: the 8th pick (azure-functions-microsoftgraph-extension, 74 .cs of 74 source files; its first and only
//   match, 4 members).
// Path: src/MicrosoftGraphBinding/Config/IGraphSubscriptionStore.cs (real store: WebhookSubscriptionStore.cs beside it;
//   model: SubscriptionEntry.cs beside it and Microsoft.Graph 1.4.0's Subscription; the tests' MemorySubscriptionStore
//   is a Dictionary by subscription id)
// Adapted: the namespaces (one for all); internal made public (the corpus compiles each file as a library); the
//   InternalsVisibleTo attribute dropped. Microsoft.Graph's Subscription cut down to Id, Resource, ChangeType,
//   ClientState and ExpirationDateTime. Nullable disabled, as in the source (netstandard2.0, no Nullable).
// Real store: WebhookSubscriptionStore, one JSON file per subscription in the TokenMapLocation directory, named by the
//   subscription's Id. SaveSubscriptionEntryAsync(subscription, userId) writes new SubscriptionEntry { Subscription,
//   UserId } to the file subscription.Id (replacing it). GetSubscriptionEntryAsync(subscriptionId) reads and
//   deserializes that file: a new entry; a subscription not stored throws FileNotFoundException (File.ReadAllText), not
//   the null its doc comment promises (the tests' MemorySubscriptionStore answers null). GetAllSubscriptionsAsync()
//   every file's entry (in the directory's enumeration order). DeleteAsync(subscriptionId) deletes the file if it
//   exists (no error when it does not).
// First try (ac6de91): incomplete: IMF0009 "Entity type 'SubscriptionEntry' used by IGraphSubscriptionStore has no key"
//   blocks the whole fake; nothing generated | WRONG: none.
// After this round: unchanged, and rightly refused: an entry's key is its Subscription's Id, a property of a property,
//   and SaveSubscriptionEntryAsync builds the entry from a subscription and a user id (a type the store builds from
//   parts). GetSubscriptionEntryAsync of an id not stored throws in the real store, where its doc comment and the
//   tests' MemorySubscriptionStore say null: the script follows WebhookSubscriptionStore.
#nullable disable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureFunctionsMicrosoftGraph.IGraphSubscriptionStoreCase;

public class Subscription
{
    public string Id { get; set; }

    public string Resource { get; set; }

    public string ChangeType { get; set; }

    public string ClientState { get; set; }

    public DateTimeOffset? ExpirationDateTime { get; set; }
}

public class SubscriptionEntry
{
    /// <summary>
    /// Gets or sets subscription ID returned by MS Graph after creation
    /// </summary>
    public Subscription Subscription { get; set; }

    /// <summary>
    /// Gets or sets the user id for the subscription
    /// </summary>
    public string UserId { get; set; }
}

[InMemoryFake]
public interface IGraphSubscriptionStore
{
    /// <summary>
    /// Saves the subscription in the token store, along with the user id for the subscription
    /// </summary>
    /// <param name="subscription">The subscription being saved</param>
    /// <param name="userId">The user id of the user who the subscription belongs to</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task SaveSubscriptionEntryAsync(Subscription subscription, string userId);

    /// <summary>
    /// Retrieves all subscription entries in the store.
    /// </summary>
    /// <returns>A task that respresents the asynchronous operation. The task's result contains the
    /// subscription entries.</returns>
    Task<SubscriptionEntry[]> GetAllSubscriptionsAsync();

    /// <summary>
    /// Retrieves the subscription entry with the given subscription id.
    /// Returns null if the subscriptionId does not match any subscriptions in the store
    /// </summary>
    /// <param name="subscriptionId">The subscription id of the entry to retrieve</param>
    /// <returns>A task that respresents the asynchronous operation. The task's result contains the
    /// subscription entry with the subscription Id provided</returns>
    Task<SubscriptionEntry> GetSubscriptionEntryAsync(string subscriptionId);

    /// <summary>
    /// Deletes the subscription entry in the store with the given subscription Id.
    /// NoOps if the subscriptionId does not match any subscriptions in the store
    /// </summary>
    /// <param name="subscriptionId">The subscription id of the entry to delete</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task DeleteAsync(string subscriptionId);
}

public static class Smoke
{
    public static async Task RunAsync(IGraphSubscriptionStore store)
    {
        Check.Equal(0, (await store.GetAllSubscriptionsAsync()).Length, "GetAllSubscriptionsAsync of an empty store");

        var inbox = new Subscription { Id = "sub-1", Resource = "me/mailFolders('Inbox')/messages", ChangeType = "created", ClientState = "state-1" };
        await store.SaveSubscriptionEntryAsync(inbox, "user-1");
        var entry = await store.GetSubscriptionEntryAsync("sub-1");
        Check.Equal("user-1", entry.UserId, "GetSubscriptionEntryAsync(subscriptionId) reads the entry saved under the subscription's Id");
        Check.Equal("me/mailFolders('Inbox')/messages", entry.Subscription.Resource, "with its subscription");

        await store.SaveSubscriptionEntryAsync(new Subscription { Id = "sub-1", Resource = inbox.Resource, ChangeType = "created,updated" }, "user-2");
        entry = await store.GetSubscriptionEntryAsync("sub-1");
        Check.Equal("user-2", entry.UserId, "SaveSubscriptionEntryAsync of a stored subscription id replaces its entry");
        Check.Equal("created,updated", entry.Subscription.ChangeType, "subscription and all");

        await store.SaveSubscriptionEntryAsync(new Subscription { Id = "sub-2", Resource = "me/events", ChangeType = "created" }, "user-1");
        Check.Equal("sub-1,sub-2", string.Join(",", (await store.GetAllSubscriptionsAsync()).Select(e => e.Subscription.Id).OrderBy(id => id, StringComparer.Ordinal)), "GetAllSubscriptionsAsync answers every entry");

        await store.DeleteAsync("sub-1");
        Check.Equal(1, (await store.GetAllSubscriptionsAsync()).Length, "DeleteAsync removes the entry");
        await store.DeleteAsync("sub-1");
        Check.Equal(1, (await store.GetAllSubscriptionsAsync()).Length, "DeleteAsync of a subscription not stored does nothing");
        await Check.ThrowsAsync<Exception>(() => store.GetSubscriptionEntryAsync("sub-1"), "GetSubscriptionEntryAsync of a subscription not stored throws (FileNotFoundException), whatever its doc comment says");
    }
}
