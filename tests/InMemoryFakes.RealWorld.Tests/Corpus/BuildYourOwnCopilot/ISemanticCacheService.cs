// Source: https://github.com/Azure/BuildYourOwnCopilot
// Commit: 1d164ee35c67
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample116 rule (/work/prompts/out/h-sample116-rule.md; the rule and the first pick's walk are in
//   Corpus/IndustrialIoT/IStorageProvider.cs). find_repos("Azure/") ran out with 2 picks; of find_repos("Azure/a") and
//   find_repos("Azure/b"), the repositories not yet walked give no rows, are corpus sources, have no licence
//   (BillingCodeSamples) or declare no qualifying interface (azure-saas's IPersistenceProvider has 2 members,
//   Bridge-To-Kubernetes's IUserVisibleExceptionReporter 1); this is the first interface of its snapshot with the
//   words. 3 picks: stop.
// Path: src/Infrastructure/Interfaces/ISemanticCacheService.cs (real store: src/Infrastructure/Services/
//   SemanticCacheService.cs over SemanticKernel/Plugins/Memory/VectorMemoryStore.cs and
//   SemanticKernel/Memory/AzureCosmosDBNoSQLMemoryStore.cs; models: Infrastructure/Models/SemanticCacheItem.cs,
//   Common/Models/Chat/Message.cs)
// Adapted: the namespaces (one for all); Message cut to the properties the cache reads (its constructor kept). Nullable
//   enabled, as its projects state; CS8618 (non-nullable properties the model leaves unset) disabled around the models,
//   whose projects build with that warning.
// Real store: SemanticCacheService, a semantic cache of chat completions in a Cosmos DB NoSQL vector collection.
//   Initialize() creates the collection; Reset() deletes it when it exists and creates it again (every item gone).
//   SetMinRelevanceOverride(x) replaces the configured minimum relevance (kept in a field). GetCacheItem(prompt,
//   history) never answers null: it makes a new item with a new Guid id, the prompt, its embedding (Azure OpenAI) and
//   token count; when the last user message's vector is at least as similar as the minimum relevance it copies that
//   message and the last assistant reply into the item's context and Completion (a repeated question); otherwise it
//   builds the conversation context from the history within a token budget, embeds it and searches the collection for
//   the nearest stored item at least that relevant: a hit copies its Completion and CompletionTokens, a miss leaves
//   Completion null. The caller tells a hit by a non-empty Completion. SetCacheItem(item) upserts the item under its
//   Id with its context embedding and the item as JSON metadata.
// Shapes: *=core
// First try (8a486cb1): incomplete: all 5 refused (IMF0001), read as a key-value store of SemanticCacheItem values by a
//   string key (the prompt): Initialize and Reset as unknown verbs, SetMinRelevanceOverride as an unknown noun,
//   GetCacheItem ("its parameter 'messageHistory' … after the key 'userPrompt' is nothing a key-value store knows"),
//   SetCacheItem ("it takes no key, but other members do; a write that makes up a key must return it"); IMF0021 (no JSON
//   metadata for the ReadOnlyMemory<float> embeddings) | WRONG: none
// After this round: unchanged, rightly: the lookup is a nearest-neighbour search over embeddings the real service has
//   Azure OpenAI compute, a repeated question is answered from the history, a miss still answers a new item, and Reset
//   drops and recreates the collection. SetCacheItem's cause is thin: the item carries its Id, which is the key the real
//   store upserts under (Left). The smoke cannot run (incomplete).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BuildYourOwnCopilot.ISemanticCacheServiceCase;

#pragma warning disable CS8618 // as the source's projects, which build the models with this warning
public class SemanticCacheItem
{
    public string Id { get; set; }
    public string PartitionKey { get; set; }
    public string UserPrompt { get; set; }
    public int UserPromptTokens { get; set; }
    public ReadOnlyMemory<float> UserPromptEmbedding { get; set; }
    public string ConversationContext { get; set; }
    public int ConversationContextTokens { get; set; }
    public ReadOnlyMemory<float> ConversationContextEmbedding { get; set; }
    public string Completion { get; set; }
    public int CompletionTokens { get; set; }
}

public record Message
{
    public string Id { get; set; }
    public string SessionId { get; set; }
    public string Sender { get; set; }
    public int? TokensSize { get; set; }
    public string Text { get; set; }
    public float[]? Vector { get; set; }

    public Message(string sessionId, string sender, int? tokensSize, string text, float[]? vector)
    {
        Id = Guid.NewGuid().ToString();
        SessionId = sessionId;
        Sender = sender;
        TokensSize = tokensSize;
        Text = text;
        Vector = vector;
    }
}

#pragma warning restore CS8618

[InMemoryFake]
public interface ISemanticCacheService
{
    Task Initialize();
    Task Reset();
    void SetMinRelevanceOverride(double minRelevance);

    Task<SemanticCacheItem> GetCacheItem(string userPrompt, List<Message> messageHistory);
    Task SetCacheItem(SemanticCacheItem cacheItem);
}

public static class Smoke
{
    public static async Task RunAsync(ISemanticCacheService cache)
    {
        await cache.Initialize();
        var miss = await cache.GetCacheItem("What is a bike?", new List<Message>());
        Check.True(miss != null, "a lookup never answers null: it answers a new item for the prompt");
        Check.True(string.IsNullOrEmpty(miss!.Completion), "an empty cache has no completion for the prompt");
        Check.Equal("What is a bike?", miss.UserPrompt, "the item carries the prompt it was asked for");
    }
}
